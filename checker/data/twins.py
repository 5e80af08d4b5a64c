"""JSON twins of the YAML term lists that a one-draft run reads at start-up.

The YAML files are what people edit (comments, sources, flow lists); building Python objects from
them costs a few milliseconds per process even with libyaml, while ``json.loads`` of the same data
takes a tenth of a millisecond. Each twin holds exactly the data of its YAML file, dates written as
ISO strings (the code reads no date from these lists). After editing a listed YAML file, run
``python -m checker.data.twins``; ``tests/test_data_twins.py`` fails while a twin is stale.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from checker import data

#: The YAML files with a JSON twin (``terms/ad_law.yaml`` -> ``terms/ad_law.json``).
TWINS = (("terms", "ad_law.yaml"), ("terms", "high_risk.yaml"))


def _iso(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} has no JSON form")


def twin_name(name: str) -> str:
    return name.removesuffix(".yaml") + ".json"


def twin_text(folder: str, name: str) -> str:
    """The JSON twin's text for the YAML file ``folder/name``, as it should be."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded: Any = yaml.load(data.read_text(folder, name), Loader=loader)
    return json.dumps(loaded, ensure_ascii=False, separators=(",", ":"), default=_iso) + "\n"


def main() -> None:
    for folder, name in TWINS:
        data.path(folder, twin_name(name)).write_text(twin_text(folder, name), "utf-8")


if __name__ == "__main__":
    main()
