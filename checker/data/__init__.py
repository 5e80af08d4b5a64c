"""Data files shipped inside the package: term lists, platform packs, schemas, templates.

They are read straight from the package folder: ``importlib.resources`` would cost a one-draft
run a few milliseconds of imports for no gain, since the package is always installed as files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The path of a data file, e.g. ``path("terms", "ad_law.yaml")``."""
    return FOLDER.joinpath(*parts)


def read_text(*parts: str) -> str:
    """The UTF-8 text of a data file, e.g. ``read_text("terms", "ad_law.yaml")``."""
    return path(*parts).read_text("utf-8")


def load_twin(folder: str, name: str) -> Any:
    """The data of the YAML file ``folder/name`` (e.g. ``"terms", "ad_law.yaml"``), read from its
    JSON twin (see :mod:`checker.data.twins`)."""
    import json

    return json.loads(read_text(folder, name.removesuffix(".yaml") + ".json"))
