"""Bad policies never crash a rule: mutated example policies run through the whole engine."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.engine.run import RunOptions, run
from checker.input import yamlpos
from checker.schema.validate import load_schema
from tests.helpers import TODAY, example_repo
from tests.test_policy_schemas import (
    EXAMPLES,
    POLICY_KINDS,
    _mutate,
    _schema_words,
    _values,
    to_json,
)


@pytest.mark.parametrize("kind", POLICY_KINDS)
def test_mutated_policies_never_crash_a_rule(tmp_path: Path, kind: str) -> None:
    root = example_repo(tmp_path / "repo")
    target = root / "policies" / EXAMPLES[kind].name
    original = to_json(yamlpos.load(EXAMPLES[kind].read_text("utf-8")).data)
    values = _values(sorted(_schema_words(load_schema(kind))))

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def survives(data: st.DataObject) -> None:
        mutated = _mutate(original, data.draw, values)
        target.write_text(yaml.safe_dump(mutated, allow_unicode=True), "utf-8")
        options = RunOptions(paths=[str(root)], today=dt.date.fromisoformat(TODAY), cwd=root)
        result = run(options)
        assert result.internal_errors == [], result.internal_errors
        for finding in result.findings:
            assert finding.line >= 1 and finding.message
            # every placeholder of the message was filled in
            assert not re.search(r"\{[a-z_]+\}", finding.message), finding

    survives()


@pytest.mark.parametrize(
    "text",
    [
        "kind: strategy\nversion: 1\ngoals: {a: 1}\npositionings: x\nprinciples: [1, [2], null]\n",
        "kind: organization\nversion: 1\nroles: [[], 3, {id: [a]}, {id: a, reports_to: [b]}]\n"
        "required_duties: {x: 1}\ntraining_plan: [每月]\ncollaboration: [marketing, {department: 1}]\n",
        "kind: platforms\nversion: 1\nplatforms: {wechat: core}\naccounts: [null, {id: 5, platform: []}]\n",
        "kind: workflow\nversion: 1\napproval_tiers: [low, high]\n",
        "kind: rulepack\nversion: 1\nid: [x]\nsource: {a: ''}\nreviewed_on: 2026-13-45\n"
        "rules: [{platforms: wechat}]\n",
        "kind: platform\nversion: 1\nsources: 7\nreviewed_on: [2026-01-01]\n",
    ],
)
def test_wrong_shapes_are_reported_not_crashed(tmp_path: Path, text: str) -> None:
    root = example_repo(tmp_path / "repo")
    (root / "policies" / "odd.yaml").write_text(text, "utf-8")
    result = run(RunOptions(paths=[str(root)], today=dt.date.fromisoformat(TODAY), cwd=root))
    assert result.internal_errors == []
    assert any(f.path == "policies/odd.yaml" for f in result.findings)
