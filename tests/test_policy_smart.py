"""The SMART evaluation of goals/not-smart, letter by letter, on goals a team might write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from checker.config import Config
from checker.input.text import SourceText
from checker.model.document import load_policy
from checker.model.repository import Goal, Repository, Where
from checker.rules.goals.not_smart import evaluate, is_vague

POSITIONINGS = "kind: strategy\nversion: 1\npositionings:\n  - {id: brand-youth, type: brand_showcase, supports: 品牌年轻化}\n"


@pytest.mark.parametrize(
    "statement",
    [
        "",
        "涨粉",
        "提升品牌影响力",
        "进一步提升品牌知名度和美誉度",
        "做好社交媒体运营",
        "扩大新媒体矩阵影响力",
        "增加粉丝",
        "提升销量",
        "Increase brand awareness",
        "Grow our social media presence",
    ],
)
def test_vague_statements_fail_s(statement: str) -> None:
    assert is_vague(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "提升用户满意度",
        "提高新品试用报名人数",
        "让小红书和抖音上 25-35 岁的城市用户认识青禾",
        "把社交聆听整理成产品建议，让产品部每季度采纳更多洞察",
        "提升品牌在年轻用户中的认知度",
        "杜绝在公开评论区泄露客户个人信息",
        "Grow LinkedIn followers among hotel procurement managers",
        "缩短售后私信的首次回复时间",
    ],
)
def test_concrete_statements_pass_s(statement: str) -> None:
    assert not is_vague(statement)


def _goal(**fields: Any) -> tuple[Goal, Repository]:
    base: dict[str, Any] = {
        "id": "g",
        "statement": "让小红书上的年轻用户报名新品试用",
        "positioning": "brand-youth",
        "metric": "每季度试用报名人数",
        "baseline": 2000,
        "target": 6000,
        "unit": "人/季度",
        "deadline": "2027-09-30",
    }
    base.update(fields)
    doc = load_policy(Path("s.yaml"), "s.yaml", text=SourceText(POSITIONINGS))
    repo = Repository(None, Config(), [doc])
    return Goal("g", {k: v for k, v in base.items() if v is not None}, Where(doc, ())), repo


def _letters(**fields: Any) -> list[str]:
    goal, repo = _goal(**fields)
    return [key for key, _ in evaluate(goal, repo, 5.0)]


def test_a_complete_goal_passes() -> None:
    assert _letters() == []


@pytest.mark.parametrize(
    ("fields", "reasons"),
    [
        ({"statement": None}, ["S-missing"]),
        ({"metric": ""}, ["M-metric"]),
        ({"target": "很多"}, ["M-target"]),
        ({"target": None}, ["M-target-missing"]),
        ({"unit": None}, ["M-unit"]),
        ({"baseline": None}, ["A-baseline"]),
        ({"target": 10001}, ["A-up"]),
        ({"baseline": 60, "target": 10}, ["A-down"]),
        ({"baseline": -2, "target": 20}, ["A-range"]),
        ({"positioning": None}, ["R-missing"]),
        ({"positioning": "brand-young"}, ["R-unknown"]),
        ({"deadline": None}, ["T-missing"]),
        ({"deadline": "2027 年底"}, ["T-invalid"]),
        ({"deadline": "2027-02-30"}, ["T-invalid"]),
        (
            {"statement": "涨粉", "target": 100000, "positioning": None, "deadline": None},
            ["S-vague", "A-up", "R-missing", "T-missing"],
        ),
    ],
)
def test_each_letter_fails_for_its_own_reason(fields: dict[str, Any], reasons: list[str]) -> None:
    assert _letters(**fields) == reasons


@pytest.mark.parametrize(
    "fields",
    [
        {"target": 10000},  # exactly five times
        {"baseline": 0, "target": 5000},  # a new metric
        {"baseline": 3, "target": 0},  # "eliminate" goals
        {"baseline": 48, "target": 12},  # a decrease within the multiple
        {"baseline": -5, "target": 15},  # a negative baseline, change within 5x its size
        {"target": "6,000", "baseline": "2,000"},  # numbers written as text
        {"baseline": 18, "target": "30%"},
    ],
)
def test_plausible_targets_pass_a(fields: dict[str, Any]) -> None:
    assert _letters(**fields) == []


def test_the_multiple_is_configurable() -> None:
    goal, repo = _goal(baseline=2000, target=6000)
    assert [k for k, _ in evaluate(goal, repo, 2.0)] == ["A-up"]
    assert evaluate(goal, repo, 3.0) == []
