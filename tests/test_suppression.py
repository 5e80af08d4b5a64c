"""Suppression comments: reasons are mandatory, blocks end at enable, unused ones are reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from checker.config import Config
from checker.engine import run as engine
from checker.findings import Problem, Severity
from checker.model.document import Draft, load_draft
from checker.model.repository import Repository
from checker.rules import registry
from checker.rules.api import Context
from checker.rules.registry import Rule


def _word_rule() -> Rule:
    """A stand-in rule for this test: flags the word 最佳 in prose."""

    def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
        for segment in draft.segments():
            index = segment.text.find("最佳")
            while index >= 0:
                start, end = segment.span(index, index + 2)
                yield Problem(start, end)
                index = segment.text.find("最佳", index + 2)

    return Rule("ad-law/absolute-term", Severity.ERROR, "ch9/9.1", None, "draft", (), "", check)


def _run(
    tmp_path: Path, body: str, unsuppressible: list[str] | None = None
) -> list[tuple[str, int]]:
    path = tmp_path / "a.md"
    path.write_text(
        "---\nplatform: weibo\naccount: weibo-official\nauthor: a\nstatus: draft\n---\n" + body,
        "utf-8",
    )
    draft = load_draft(path, "a.md")
    config = Config(unsuppressible=unsuppressible or [])
    rules = [
        _word_rule(),
        registry.load("suppression/no-reason"),
        registry.load("suppression/unused"),
    ]
    active = frozenset(rule.id for rule in rules)
    selection = engine.Selection(active, {}, {}, config.unsuppressible)
    ctx = Context(Repository(None, config), config, dt.date(2026, 11, 26), "zh", active)
    findings = engine.check_file(draft, rules, ctx, selection, [])
    return [(f.rule, f.line) for f in findings]


def test_next_line_with_reason_suppresses_and_is_used(tmp_path: Path) -> None:
    body = "<!-- opscheck-disable-next-line ad-law/absolute-term: 最佳赏味期，食用建议 -->\n最佳\n最佳\n"
    assert _run(tmp_path, body) == [("ad-law/absolute-term", 9)]


def test_full_width_colon_and_blank_lines_are_accepted(tmp_path: Path) -> None:
    body = "<!-- opscheck-disable-next-line ad-law/absolute-term：法务已确认 -->\n\n最佳\n"
    assert _run(tmp_path, body) == []


def test_no_reason_suppresses_nothing_and_is_reported(tmp_path: Path) -> None:
    body = "<!-- opscheck-disable-next-line ad-law/absolute-term -->\n最佳\n"
    assert sorted(_run(tmp_path, body)) == [
        ("ad-law/absolute-term", 8),
        ("suppression/no-reason", 7),
    ]


def test_block_ends_at_enable(tmp_path: Path) -> None:
    body = (
        "<!-- opscheck-disable ad-law/*: 引用的是法规原文 -->\n最佳\n最佳\n"
        "<!-- opscheck-enable ad-law/* -->\n最佳\n"
    )
    assert _run(tmp_path, body) == [("ad-law/absolute-term", 11)]


def test_unused_suppression_is_reported(tmp_path: Path) -> None:
    body = "<!-- opscheck-disable-next-line ad-law/absolute-term: 这里原来有问题 -->\n很好\n"
    assert _run(tmp_path, body) == [("suppression/unused", 7)]


def test_unsuppressible_rules_ignore_comments(tmp_path: Path) -> None:
    body = "<!-- opscheck-disable-next-line ad-law/absolute-term: 想放过 -->\n最佳\n"
    assert sorted(_run(tmp_path, body, ["ad-law/*"])) == [
        ("ad-law/absolute-term", 8),
        ("suppression/unused", 7),
    ]


def test_yaml_comment_in_front_matter_suppresses(tmp_path: Path) -> None:
    path = tmp_path / "repo"
    (path / "policies").mkdir(parents=True)
    (path / "drafts").mkdir()
    (path / "drafts/a.md").write_text(
        "---\nplatform: weibo\naccount: weibo-official\nauthor: a\n"
        "# opscheck-disable-next-line schema/invalid: 状态值正在和系统对齐\n"
        "status: done\n---\n正文\n",
        "utf-8",
    )
    from tests.helpers import check_json

    outcome = check_json(cwd=path)
    assert outcome.rules() == []
