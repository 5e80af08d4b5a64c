"""The JSON twins of the YAML data files hold exactly what the YAML files say."""

from __future__ import annotations

import pytest

from checker import data
from checker.data import twins


@pytest.mark.parametrize(("folder", "name"), twins.TWINS)
def test_every_twin_is_up_to_date(folder: str, name: str) -> None:
    twin = data.path(folder, twins.twin_name(name)).read_text("utf-8")
    assert twin == twins.twin_text(folder, name), (
        f"{folder}/{twins.twin_name(name)} is stale: run python -m checker.data.twins"
    )


def test_a_twin_loads_as_its_yaml_file_with_dates_as_text() -> None:
    import yaml

    loaded = yaml.safe_load(data.read_text("terms", "ad_law.yaml"))
    loaded["reviewed_on"] = loaded["reviewed_on"].isoformat()
    assert data.load_twin("terms", "ad_law.yaml") == loaded
