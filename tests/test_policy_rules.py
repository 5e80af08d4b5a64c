"""Every policy rule fires on its failing fixtures at the annotated lines, and not on its passing ones.

Fixtures live in ``tests/fixtures/policies/<area>/<name>/`` for rule ``area/name``. A case is a
policy file, or a folder of policy files (plus an optional ``opscheck.yaml`` and a ``remove.txt``
naming company policy kinds to delete). Each file replaces the example company's file of the same
``kind``. A line that must carry findings ends with ``# expect: rule[, rule ...]``; cases named
``fail*`` must expect the rule under test, cases named ``pass*`` must not.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from checker.engine.run import RunOptions, run
from checker.rules import registry
from tests.helpers import PROJECT, TODAY, example_repo

FIXTURES = PROJECT / "tests" / "fixtures" / "policies"
POLICY_AREAS = (
    "strategy",
    "goals",
    "principles",
    "org",
    "roles",
    "team",
    "collab",
    "platforms",
    "accounts",
    "rules",
)
MINE = tuple(
    rule_id
    for rule_id in registry.rule_ids()
    if rule_id.split("/")[0] in POLICY_AREAS
    and rule_id not in ("rules/example-failed", "rules/bad-pattern")
)
_EXPECT = re.compile(r"#\s*expect:\s*(.+)$")
_KIND = re.compile(r"^kind:\s*([a-z]+)", re.MULTILINE)


def _cases() -> list[tuple[str, Path]]:
    found = []
    for rule_dir in sorted(FIXTURES.glob("*/*")):
        rule_id = f"{rule_dir.parent.name}/{rule_dir.name}"
        found.extend((rule_id, case) for case in sorted(rule_dir.iterdir()))
    return found


def _kind(path: Path) -> str:
    match = _KIND.search(path.read_text("utf-8"))
    return match.group(1) if match else ""


def materialise(root: Path, case: Path) -> list[str]:
    """Write a case into a copy of the example company; returns the fixture files' paths."""
    example_repo(root)
    files = [case] if case.is_file() else sorted(case.iterdir())
    policies = [f for f in files if f.suffix == ".yaml" and f.name != "opscheck.yaml"]
    removed = {_kind(f) for f in policies}
    for f in files:
        if f.name == "remove.txt":
            removed.update(f.read_text("utf-8").split())
        elif f.name == "opscheck.yaml":
            config = root / "opscheck.yaml"
            config.write_text(config.read_text("utf-8") + f.read_text("utf-8"), "utf-8")
    for existing in (root / "policies").glob("*.yaml"):
        if _kind(existing) in removed:
            existing.unlink()
    written = []
    for f in policies:
        target = root / "policies" / f.name
        shutil.copyfile(f, target)
        written.append(f"policies/{f.name}")
    return written


def expectations(root: Path, paths: list[str]) -> Counter[tuple[str, int, str]]:
    expected: Counter[tuple[str, int, str]] = Counter()
    for path in paths:
        for number, line in enumerate((root / path).read_text("utf-8").splitlines(), 1):
            match = _EXPECT.search(line)
            if match:
                for rule in match.group(1).split(","):
                    expected[(path, number, rule.strip())] += 1
    return expected


def check(root: Path) -> list[tuple[str, int, str, str]]:
    result = run(RunOptions(paths=[str(root)], today=dt.date.fromisoformat(TODAY), cwd=root))
    assert not result.internal_errors, result.internal_errors
    return [(f.path, f.line, f.rule, f.message) for f in result.findings]


CASES = _cases()


@pytest.mark.parametrize(("rule_id", "case"), CASES, ids=[f"{r}-{c.name}" for r, c in CASES])
def test_fixture(tmp_path: Path, rule_id: str, case: Path) -> None:
    root = tmp_path / "repo"
    paths = materialise(root, case)
    expected = expectations(root, paths)
    watched = {rule_id} | {rule for _, _, rule in expected}
    findings = check(root)
    actual = Counter(
        (path, line, rule) for path, line, rule, _ in findings if path in paths and rule in watched
    )
    if case.name.startswith("fail"):
        assert any(rule == rule_id for _, _, rule in expected), "a failing case must expect it"
    else:
        assert rule_id not in {rule for _, _, rule in expected}
    assert actual == expected, [f for f in findings if f[0] in paths]


def test_every_policy_rule_has_failing_and_passing_fixtures() -> None:
    for rule_id in MINE:
        folder = FIXTURES / rule_id
        names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
        assert any(n.startswith("fail") for n in names), f"{rule_id} has no failing fixture"
        assert any(n.startswith("pass") for n in names), f"{rule_id} has no passing fixture"


def test_example_company_has_no_findings_at_all(tmp_path: Path) -> None:
    root = example_repo(tmp_path / "repo")
    assert check(root) == []
