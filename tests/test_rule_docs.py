"""Every rule is documented, summarised in both languages, and its docstring examples run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker import messages
from checker.rules import registry
from tests.helpers import check_json, example_repo
from tests.rule_examples import Example, examples

RULE_IDS = registry.rule_ids()


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_contract_and_documentation(rule_id: str) -> None:
    rule = registry.load(rule_id)
    assert registry.doc_problems(rule) == []
    for lang in ("zh", "en"):
        summary = messages.summary(rule_id, lang)
        assert summary and summary != f"{rule_id}#summary", f"{rule_id} lacks a {lang} summary"
    found = examples(rule.doc)
    assert any(e.should_fire for e in found), "needs a failing example"
    assert any(not e.should_fire for e in found), "needs a passing example"


def _materialise(root: Path, example: Example) -> Path:
    path = root / example.path
    path.parent.mkdir(parents=True, exist_ok=True)
    kind_line = next((ln for ln in example.text.splitlines() if ln.startswith("kind:")), None)
    if example.path.startswith("policies/") and kind_line:
        for other in (root / "policies").glob("*.y*ml"):
            if other != path and kind_line in other.read_text("utf-8").splitlines():
                other.unlink()
    if example.attrs.get("special") == "fifo":
        if path.exists():
            path.unlink()
        os.mkfifo(path)
        return path
    encoding = example.attrs.get("encoding", "utf-8")
    path.write_bytes(example.text.encode(encoding))
    return path


CASES = [
    pytest.param(rule_id, index, example, id=f"{rule_id}-{example.section}-{index}")
    for rule_id in RULE_IDS
    for index, example in enumerate(examples(registry.load(rule_id).doc))
]


@pytest.mark.parametrize(("rule_id", "index", "example"), CASES)
def test_docstring_example(tmp_path: Path, rule_id: str, index: int, example: Example) -> None:
    root = example_repo(tmp_path)
    path = _materialise(root, example)
    outcome = check_json(str(path.relative_to(root)), cwd=root)
    assert outcome.code in (0, 1), outcome.stderr
    fired = [d for d in outcome.json["diagnostics"] if d["rule"] == rule_id]
    if example.should_fire:
        assert fired, f"the failing example of {rule_id} did not fire: {outcome.json}"
    else:
        assert not fired, f"the passing example of {rule_id} fired: {fired}"
