"""The shipped policy schemas: well-formed, documented, exported, and agreeing with the reference tools.

* every schema is valid Draft 2020-12, uses only keywords ``checker/schema/validate.py`` implements,
  and has a Chinese title and description on every field;
* ``opscheck schema --out DIR`` writes them, and the real ``check-jsonschema`` CLI accepts the
  example company's policies and rejects an enum and a range error, as opscheck does;
* ``validate.py`` gives the same verdict as the ``jsonschema`` package on the example policies,
  on every fixture, and on many mutated policies.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from checker.input import yamlpos
from checker.schema.export import shipped
from checker.schema.validate import load_schema, unsupported_keywords, validator
from tests.helpers import PROJECT, check_json, example_repo, opscheck, write

POLICY_KINDS = ("strategy", "organization", "platforms", "workflow", "rulepack")
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _kind_of(path: Path) -> str | None:
    data = yamlpos.load(path.read_text("utf-8")).data
    return data.get("kind") if isinstance(data, dict) else None


EXAMPLES = {_kind_of(p): p for p in sorted((PROJECT / "policies").glob("*.yaml"))}


def to_json(value: Any) -> Any:
    """What a JSON-based tool sees: YAML dates and times become their ISO text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def reference(kind: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(kind), format_checker=FormatChecker())


def ours_valid(kind: str, data: Any) -> bool:
    return validator(kind).errors(data) == []


@pytest.mark.parametrize("kind", POLICY_KINDS)
def test_schema_is_valid_and_uses_only_supported_keywords(kind: str) -> None:
    schema = load_schema(kind)
    Draft202012Validator.check_schema(schema)
    assert unsupported_keywords(schema) == []
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["kind"]["const"] == kind
    assert schema["properties"]["version"]["const"] == 1
    assert {"kind", "version"} <= set(schema["required"])


def _fields(schema: Any, where: str = "#") -> list[tuple[str, dict[str, Any]]]:
    """Every property schema (and array item schema) in a schema, with its location."""
    found: list[tuple[str, dict[str, Any]]] = []
    if not isinstance(schema, dict):
        return found
    for key in ("properties", "patternProperties", "$defs"):
        for name, child in schema.get(key, {}).items():
            if key != "$defs":
                found.append((f"{where}/{key}/{name}", child))
            found.extend(_fields(child, f"{where}/{key}/{name}"))
    for key in ("items", "additionalProperties"):
        child = schema.get(key)
        if isinstance(child, dict):
            found.append((f"{where}/{key}", child))
            found.extend(_fields(child, f"{where}/{key}"))
    for key in ("allOf", "anyOf", "oneOf"):
        for index, child in enumerate(schema.get(key, [])):
            found.extend(_fields(child, f"{where}/{key}/{index}"))
    return found


@pytest.mark.parametrize("kind", POLICY_KINDS)
def test_every_field_has_a_chinese_title_and_description(kind: str) -> None:
    schema = load_schema(kind)
    defs = schema.get("$defs", {})
    fields = _fields(schema)
    assert len(fields) > 10
    for where, field in fields:
        target = field
        if "$ref" in field and ("title" not in field or "description" not in field):
            target = {**defs[field["$ref"].split("/")[-1]], **field}
        for key in ("title", "description"):
            assert HAN.search(str(target.get(key, ""))), f"{kind}: {where} lacks a Chinese {key}"


@pytest.mark.parametrize("kind", POLICY_KINDS)
def test_top_level_keys_are_those_of_the_design(kind: str) -> None:
    expected = {
        "strategy": {"positionings", "goals", "principles"},
        "organization": {"model", "roles", "required_duties", "training_plan", "collaboration"},
        "platforms": {"platforms", "accounts"},
        "workflow": {
            "pillars",
            "statuses",
            "approval_tiers",
            "lead_time_hours",
            "reply_sla_hours",
        },
        "rulepack": {"id", "source", "reviewed_on", "traditional", "rules"},
    }[kind]
    assert set(load_schema(kind)["properties"]) == expected | {"kind", "version"}


# -- opscheck schema ------------------------------------------------------------------------


def test_schema_command_lists_kinds_and_exports_them(tmp_path: Path) -> None:
    listing = opscheck("schema", cwd=tmp_path)
    assert listing.code == 0
    for kind in (*POLICY_KINDS, "draft"):
        assert kind in listing.stdout
    assert "yaml-language-server" in listing.stdout

    out = tmp_path / "schemas"
    exported = opscheck("schema", "--out", str(out), cwd=tmp_path)
    assert exported.code == 0, exported.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{name}.schema.json" for name in shipped())
    for name in shipped():
        assert (out / f"{name}.schema.json").read_text("utf-8").strip().startswith("{")
        assert load_schema(name) == __import__("json").loads(
            (out / f"{name}.schema.json").read_text("utf-8")
        )

    single = opscheck("schema", "workflow", cwd=tmp_path)
    assert single.code == 0 and '"const": "workflow"' in single.stdout
    unknown = opscheck("schema", "nonsense", cwd=tmp_path)
    assert unknown.code == 2 and "nonsense" in unknown.stderr
    (tmp_path / "afile").write_text("x", "utf-8")
    clash = opscheck("schema", "--out", str(tmp_path / "afile"), cwd=tmp_path)
    assert clash.code == 2 and "Traceback" not in clash.stderr


def test_example_policies_point_editors_at_the_exported_schemas() -> None:
    for kind, path in EXAMPLES.items():
        first = path.read_text("utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"


# -- agreement with check-jsonschema ----------------------------------------------------------


def _check_jsonschema(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("schemas")
    outcome = opscheck("schema", "--out", str(out), cwd=out)
    assert outcome.code == 0, outcome.stderr
    return out


@pytest.mark.parametrize("kind", POLICY_KINDS)
def test_check_jsonschema_accepts_the_example_policies(exported: Path, kind: str) -> None:
    proc = _check_jsonschema(exported / f"{kind}.schema.json", EXAMPLES[kind])
    assert proc.returncode == 0, proc.stdout + proc.stderr


BROKEN = {
    # an enum error: tier must be core, pilot or distribution
    "enum": (
        "platforms",
        "platforms.yaml",
        """kind: platforms
version: 1
platforms:
  - platform: wechat
    tier: main
    selection: {audience_fit: 4, format_fit: 5, goal_support: 4, expected_roi: 4}
    rationale: 私域和会员服务的入口
""",
        5,
        ["core", "pilot", "distribution"],
    ),
    # a range error: a selection score above 5
    "range": (
        "platforms",
        "platforms.yaml",
        """kind: platforms
version: 1
platforms:
  - platform: wechat
    tier: core
    selection: {audience_fit: 4, format_fit: 7, goal_support: 4, expected_roi: 4}
    rationale: 私域和会员服务的入口
""",
        6,
        ["5"],
    ),
    # a format error: a deadline that is not a date
    "format": (
        "strategy",
        "strategy.yaml",
        """kind: strategy
version: 1
positionings:
  - {id: brand-youth, type: brand_showcase, supports: 品牌年轻化}
goals:
  - id: youth-awareness
    deadline: 2027-02-30
""",
        7,
        ["2027-06-30"],
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_both_tools_reject_a_broken_policy_at_its_line(
    tmp_path: Path, exported: Path, case: str
) -> None:
    kind, name, text, line, allowed = BROKEN[case]
    root = example_repo(tmp_path / "repo")
    for old in (root / "policies").glob("*.yaml"):
        if _kind_of(old) == kind:
            old.unlink()
    path = write(root, {f"policies/{name}": text}) / "policies" / name
    proc = _check_jsonschema(exported / f"{kind}.schema.json", path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    outcome = check_json(f"policies/{name}", cwd=root)
    schema_findings = [d for d in outcome.json["diagnostics"] if d["rule"] == "schema/invalid"]
    assert [d["line"] for d in schema_findings] == [line]
    message = schema_findings[0]["message"]
    assert HAN.search(message)
    for word in allowed:
        assert word in message


def test_template_policies_pass_check_jsonschema(tmp_path: Path, exported: Path) -> None:
    outcome = opscheck("init", str(tmp_path / "team"), cwd=tmp_path)
    assert outcome.code == 0, outcome.stderr
    for path in sorted((tmp_path / "team" / "policies").glob("*.yaml")):
        kind = _kind_of(path)
        proc = _check_jsonschema(exported / f"{kind}.schema.json", path)
        assert proc.returncode == 0, proc.stdout + proc.stderr


# -- agreement with the jsonschema package ----------------------------------------------------


def _fixture_documents() -> list[tuple[str, Path]]:
    found = []
    for path in sorted((PROJECT / "tests" / "fixtures" / "policies").rglob("*.yaml")):
        if path.name == "opscheck.yaml":
            continue
        kind = _kind_of(path)
        if kind in POLICY_KINDS:
            found.append((kind, path))
    return found


FIXTURE_DOCS = _fixture_documents()


@pytest.mark.parametrize(
    ("kind", "path"),
    [*((k, p) for k, p in EXAMPLES.items() if k), *FIXTURE_DOCS],
    ids=lambda v: v.name if isinstance(v, Path) else str(v),
)
def test_validator_agrees_with_jsonschema_on_real_files(kind: str, path: Path) -> None:
    loaded = yamlpos.load(path.read_text("utf-8"))
    assert loaded.ok
    assert ours_valid(kind, loaded.data) == reference(kind).is_valid(to_json(loaded.data))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


def _schema_words(schema: Any) -> set[str]:
    words: set[str] = set()
    if isinstance(schema, dict):
        for key, child in schema.items():
            if key in ("properties", "$defs"):
                words.update(child)
            if key in ("enum",):
                words.update(str(v) for v in child)
            if key == "const":
                words.add(str(child))
            words |= _schema_words(child)
    elif isinstance(schema, list):
        for child in schema:
            words |= _schema_words(child)
    return words


def _values(words: list[str]) -> st.SearchStrategy[Any]:
    leaves = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-3, max_value=10**6)
        | st.floats(allow_nan=False, allow_infinity=False, width=32)
        | st.text(max_size=6)
        | st.sampled_from(
            [*words, "", "2027-06-30", "2027-02-30", "2027-6-30", "x-note", "Core", "中文"]
        )
        | st.sampled_from([0, 1, 1.0, 2.5, 5, 5.5, 6, -1])
    )
    keys = st.sampled_from([*words, "x-note", "x_extra", "unknown_field"]) | st.text(max_size=5)
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
        max_leaves=6,
    )


def _mutate(data: Any, draw: st.DrawFn, values: st.SearchStrategy[Any]) -> Any:
    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        operation = draw(st.sampled_from(["replace", "delete", "insert"]))
        if not path:
            if operation == "insert" and isinstance(data, dict):
                data[draw(st.sampled_from(sorted(map(str, data)) + ["x-new", "extra"]))] = draw(
                    values
                )
            continue
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        if operation == "replace":
            parent[last] = draw(values)
        elif operation == "delete":
            del parent[last]
        elif isinstance(parent[last], dict):
            parent[last][draw(st.text(max_size=5) | st.sampled_from(["id", "x-a", "type"]))] = draw(
                values
            )
        elif isinstance(parent[last], list):
            parent[last].append(draw(values))
    return data


#: A complete draft front matter (DESIGN §4) to mutate for the draft schema.
DRAFT_FRONT_MATTER = """
platform: xiaohongshu
account: xhs-official
title: 秋冬通勤穿搭三件套
summary: 三件基础款搞定一周通勤
author: zhang-wei
pillar: product
status: approved
publish_at: 2026-12-01T20:00:00+08:00
risk: low
sponsored: false
ai_generated: false
tags: [通勤穿搭, 秋冬]
images: 6
video_seconds: 0
approvals:
  - {role: content-lead, by: li-na, at: 2026-11-28T10:00:00+08:00}
evidence:
  - {claim: 天猫小家电类目销量第一, source: 天猫 2026 年 1-9 月类目报告, period: 2026年1-9月}
"""


def _base(kind: str) -> Any:
    if kind == "draft":
        return to_json(yamlpos.load(DRAFT_FRONT_MATTER).data)
    if kind in EXAMPLES:
        return to_json(yamlpos.load(EXAMPLES[kind].read_text("utf-8")).data)
    pytest.skip(f"no example document of kind {kind} in policies/ to mutate")


@pytest.mark.parametrize("kind", shipped())
def test_validator_agrees_with_jsonschema_on_mutated_documents(kind: str) -> None:
    original = _base(kind)
    assert ours_valid(kind, original) and reference(kind).is_valid(original)
    values = _values(sorted(_schema_words(load_schema(kind))))
    reference_validator = reference(kind)

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def agree(data: st.DataObject) -> None:
        mutated = _mutate(original, data.draw, values)
        assert ours_valid(kind, mutated) == reference_validator.is_valid(mutated), mutated

    agree()
