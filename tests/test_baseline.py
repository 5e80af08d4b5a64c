"""--baseline / --update-baseline: adopt opscheck on a repository that already has problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.engine import baseline
from checker.findings import Finding, Severity
from tests.helpers import Outcome, check_json, write

DRAFT = """---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
risk: extreme
---
今晚八点，青禾焕新季直播见。
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return write(
        tmp_path,
        {
            "opscheck.yaml": "company_domains: [qinghe.example.cn]\n",
            "policies/.keep": "",
            "drafts/a.md": DRAFT,
            "drafts/b.md": DRAFT.replace("risk: extreme", "risk: low\ncolour: red"),
        },
    )


def run(repo: Path, *args: str) -> Outcome:
    outcome = check_json("--no-cache", *args, cwd=repo)
    assert "Traceback" not in outcome.stderr
    return outcome


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_update_writes_a_sorted_versioned_file_and_then_nothing_is_reported(repo: Path) -> None:
    outcome = run(repo, "--update-baseline", "baseline.json")
    assert outcome.code == 0 and outcome.json["diagnostics"] == []
    assert "2" in outcome.stderr and "baseline.json" in outcome.stderr
    data = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [(e["path"], e["rule"]) for e in data["findings"]] == [
        ("drafts/a.md", "schema/invalid"),
        ("drafts/b.md", "schema/invalid"),
    ]
    # The baseline never copies the matched text (it may be personal data).
    assert "extreme" not in (repo / "baseline.json").read_text(encoding="utf-8")
    text = (repo / "baseline.json").read_text(encoding="utf-8")
    assert len(text.splitlines()) == 2 + len(data["findings"]), "one line per entry"
    again = run(repo, "--baseline", "baseline.json", "--update-baseline")
    assert again.code == 0
    assert (repo / "baseline.json").read_text(encoding="utf-8") == text, "stable when unchanged"


def test_moved_lines_keep_a_finding_known_and_a_new_one_is_reported(repo: Path) -> None:
    run(repo, "--update-baseline", "baseline.json")
    draft = repo / "drafts/a.md"
    edit(
        draft, "status: draft\n", "status: draft\ntitle: 直播预告\nsummary: 八点见\ntags: [直播]\n"
    )
    edit(draft, "今晚八点", "开场白\n\n第二段\n\n今晚八点")
    moved = run(repo, "--baseline", "baseline.json")
    assert moved.code == 0, moved.json
    assert moved.json["diagnostics"] == []
    assert "2" in moved.stderr  # two known problems not shown

    edit(draft, "status: draft\n", "status: draft\npillar: [product]\n")
    new = run(repo, "--baseline", "baseline.json")
    assert new.code == 1
    (diagnostic,) = new.json["diagnostics"]
    assert diagnostic["path"] == "drafts/a.md" and diagnostic["line"] == 6


def test_identical_findings_count_as_a_multiset(repo: Path) -> None:
    draft = repo / "drafts/a.md"
    edit(draft, "status: draft\n", "status: draft\nstatus: draft\n")
    run(repo, "--update-baseline", "baseline.json")
    entries = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [e["rule"] for e in entries].count("input/duplicate-key") == 1
    edit(draft, "status: draft\n", "status: draft\nstatus: draft\n")
    outcome = run(repo, "--baseline", "baseline.json")
    assert outcome.code == 1
    assert outcome.rules() == ["input/duplicate-key"], "the second copy of a known problem is new"


def test_stale_entries_are_noted_and_pruned_by_an_update(repo: Path) -> None:
    run(repo, "--update-baseline", "baseline.json")
    edit(repo / "drafts/a.md", "risk: extreme", "risk: low")
    outcome = run(repo, "--baseline", "baseline.json")
    assert outcome.code == 0 and outcome.json["diagnostics"] == []
    assert "drafts/a.md" in outcome.stderr and "--update-baseline" in outcome.stderr
    run(repo, "--baseline", "baseline.json", "--update-baseline")
    entries = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [e["path"] for e in entries] == ["drafts/b.md"]
    assert "drafts/a.md" not in run(repo, "--baseline", "baseline.json").stderr


def test_a_run_on_some_files_keeps_the_entries_of_the_others(repo: Path) -> None:
    run(repo, "--update-baseline", "baseline.json")
    edit(repo / "drafts/a.md", "risk: extreme", "risk: low")
    single = run(repo, "drafts/b.md", "--baseline", "baseline.json")
    assert single.code == 0
    assert "drafts/a.md" not in single.stderr, "a file not checked has no stale entries"
    run(repo, "drafts/a.md", "--baseline", "baseline.json", "--update-baseline")
    entries = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [e["path"] for e in entries] == ["drafts/b.md"]
    selected = run(repo, "--select", "input/*", "--baseline", "baseline.json")
    assert "drafts/b.md" not in selected.stderr, "an unselected rule's entries are not stale"


@pytest.mark.parametrize(
    ("args", "content", "needle"),
    [
        (["--baseline", "missing.json"], None, "--update-baseline"),
        (["--baseline", "bad.json"], "{not json", "bad.json"),
        (["--baseline", "bad.json"], '{"version": 9, "findings": []}', "version"),
        (["--baseline", "bad.json"], '{"version": 1, "findings": [1]}', "findings"),
        (["--update-baseline"], None, "--update-baseline FILE"),
        (["--baseline", "a.json", "--update-baseline", "b.json"], None, "a.json"),
    ],
)
def test_unusable_baselines_exit_2(
    repo: Path, args: list[str], content: str | None, needle: str
) -> None:
    if content is not None:
        (repo / "bad.json").write_text(content, encoding="utf-8")
    outcome = run(repo, *args)
    assert outcome.code == 2
    assert needle in outcome.stderr and outcome.stderr.count("\n") == 1


def _finding(line: int, matched: str, path: str = "drafts/a.md") -> Finding:
    return Finding(
        "ad-law/absolute-term",
        Severity.ERROR,
        path,
        line,
        1,
        line,
        3,
        "m",
        "ch9/9.1",
        None,
        matched,
    )


def test_fingerprints_ignore_width_spacing_and_zero_width_characters() -> None:
    a = baseline.digest(_finding(3, "最佳"))
    assert baseline.digest(_finding(40, "最\u200b佳")) == a
    assert baseline.digest(_finding(3, "最\n  佳")) == a
    assert baseline.digest(_finding(3, "ＡＢＣ")) == baseline.digest(_finding(3, "ABC"))
    assert baseline.digest(_finding(3, "第一")) != a
    assert baseline.digest(_finding(3, "最佳", path="drafts/b.md")) != a


def test_apply_is_a_multiset_within_scope() -> None:
    entries = [baseline.entry_of(_finding(1, "最佳")), baseline.entry_of(_finding(1, "第一"))]
    findings = [_finding(5, "最佳"), _finding(9, "最佳")]
    outcome = baseline.apply(findings, entries, lambda path, rule: True)
    assert [f.line for f in outcome.findings] == [9]
    assert outcome.known == 1
    assert outcome.stale == [entries[1]]
    outside = baseline.apply([], entries, lambda path, rule: False)
    assert outside.stale == []


def test_unsuppressible_rules_are_never_baselined(repo: Path) -> None:
    (repo / "opscheck.yaml").write_text(
        "company_domains: [qinghe.example.cn]\nunsuppressible: [schema/*]\n", encoding="utf-8"
    )
    edit(repo / "drafts/a.md", "status: draft\n", "status: draft\nstatus: draft\n")
    outcome = run(repo, "--update-baseline", "baseline.json")
    assert sorted(set(outcome.rules())) == ["schema/invalid"]
    entries = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [e["rule"] for e in entries] == ["input/duplicate-key"]
    assert outcome.code == 1
