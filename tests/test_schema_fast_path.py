"""The compiled validity check of ``schema/validate.py`` never hides an error the walk finds.

``Validator.errors`` walks an instance only when the check compiled from the schema cannot prove
it valid; so on any instance, valid or not, it must return exactly the walk's errors, in the
walk's order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.input import yamlpos
from checker.schema.validate import SchemaError, Validator, validator
from tests.helpers import PROJECT

SCALAR_VALUES = (
    [None, True, False, 0, -3, 2.0, 2.5, "", "x", "Bad Id", "xhs-official", "draft", "high"]
    + ["2026-12-01T20:00:00+08:00", "2026-12-01T20:00:00", "2026-02-30", "a@b.cn"]
    + [dt.date(2026, 12, 1), dt.datetime(2026, 12, 1, 20, 0), 10**20]
)
SCALARS = st.sampled_from(SCALAR_VALUES)
KEYS = st.sampled_from(
    ["platform", "account", "author", "status", "title", "tags", "images", "risk", "sponsored"]
    + ["video_seconds", "approvals", "evidence", "publish_at", "x-note", "sponsered", "role"]
    + ["by", "at", "claim", "source", "kind", "version", "id", "owner", "name", 3]
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=20,
)


def walked(check: Validator, instance: Any) -> list[SchemaError]:
    return list(check._check(instance, check.root, ()))


def _policy(kind: str) -> Any:
    for path in sorted((PROJECT / "policies").glob("*.yaml")):
        data = yamlpos.load(path.read_text("utf-8")).data
        if isinstance(data, dict) and data.get("kind") == kind:
            return data
    raise AssertionError(kind)


def _replace(data: Any, choices: list[int], value: Any) -> Any:
    """``data`` with the node that ``choices`` leads to replaced by ``value``."""
    if not choices or not isinstance(data, (dict, list)) or not data:
        return value
    if isinstance(data, dict):
        key = list(data)[choices[0] % len(data)]
        return {**data, key: _replace(data[key], choices[1:], value)}
    index = choices[0] % len(data)
    return [*data[:index], _replace(data[index], choices[1:], value), *data[index + 1 :]]


VALID_FRONT = {
    "platform": "xiaohongshu",
    "account": "xhs-official",
    "author": "zhang-wei",
    "status": "approved",
    "title": "三件基础款",
    "publish_at": dt.datetime(2026, 12, 1, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    "tags": ["通勤"],
    "images": 3,
    "approvals": [{"role": "legal", "by": "li-na", "at": "2026-11-30T10:00:00+08:00"}],
    "evidence": [{"claim": "销量第一", "source": "天猫"}],
}


@settings(max_examples=500)
@given(
    st.dictionaries(KEYS, VALUES, max_size=2),
    st.lists(st.sampled_from(sorted(VALID_FRONT)), max_size=2),
    st.lists(st.integers(min_value=0, max_value=9), max_size=4),
    VALUES,
)
def test_draft_front_matter_errors_are_the_walks_errors(
    changes: dict[Any, Any], dropped: list[str], choices: list[int], value: Any
) -> None:
    check = validator("draft")
    assert check.errors(VALID_FRONT) == [] == walked(check, VALID_FRONT)
    # Mostly valid front matters with one or two things wrong, and random ones.
    front = {k: v for k, v in VALID_FRONT.items() if k not in dropped} | changes
    for instance in (front, _replace(VALID_FRONT, choices, value), changes):
        assert check.errors(instance) == walked(check, instance)


@pytest.mark.parametrize("kind", ["strategy", "organization", "platforms", "workflow", "rulepack"])
@settings(max_examples=60, deadline=None)
@given(choices=st.lists(st.integers(min_value=0, max_value=50), max_size=6), value=VALUES)
def test_policy_errors_are_the_walks_errors(kind: str, choices: list[int], value: Any) -> None:
    check = validator(kind)
    original = _policy(kind)
    assert check.errors(original) == [] == walked(check, original)
    mutated = _replace(original, choices, value)
    assert check.errors(mutated) == walked(check, mutated)


def test_a_schema_that_refers_to_itself_is_checked_at_every_level() -> None:
    schema = {
        "$defs": {"node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/node"}}}},
        "$ref": "#/$defs/node",
    }
    check = Validator(schema)
    assert check.errors({"child": {"child": {}}}) == []
    deep = {"child": {"child": {"child": 3}}}
    assert [e.path for e in check.errors(deep)] == [("child", "child", "child")]


@pytest.mark.parametrize(
    ("pattern", "names"),
    [
        ("^x[-_]", ["x-a", "x_b", "x", "xa", "y-x", "X-a"]),
        ("^ab*", ["a", "ab", "abbb", "b", "ba"]),
        ("^a|b", ["a", "b", "cb", "c"]),
        ("^a{2}", ["aa", "a", "ba"]),
        ("x$", ["x", "ax", "xa"]),
    ],
)
def test_pattern_properties_match_the_names_their_pattern_matches(
    pattern: str, names: list[str]
) -> None:
    # Names are tried against a pattern only when they start with its literal head (``x`` of
    # ``^x[-_]``); the compiled check must still agree with the walk on every name.
    import re

    schema = {"type": "object", "patternProperties": {pattern: {"type": "integer"}}}
    check = Validator(schema)
    for name in names:
        errors = check.errors({name: "not a number"})
        assert bool(errors) == bool(re.search(pattern, name)), name
        assert errors == walked(check, {name: "not a number"})


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, item in data.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found.extend(_paths(item, (*prefix, index)))
    return found


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _set(data[head], rest, value)}
    return [*data[:head], _set(data[head], rest, value), *data[head + 1 :]]


def test_every_single_wrong_value_in_a_valid_front_matter_is_walked() -> None:
    check = validator("draft")
    replacements = [*SCALAR_VALUES, [], {}, [""], {"x": 1}]
    for path in _paths(VALID_FRONT):
        for value in replacements:
            instance = _set(VALID_FRONT, path, value)
            assert check.errors(instance) == walked(check, instance), (path, value)
