"""No rule crashes on a value of the wrong type, wherever it stands.

Every field of every example policy (each list's first entry standing for all of them) and every
front-matter field of a complete draft is replaced, one at a time, by each value of
:data:`WRONG`: a number where text is expected, text where a list is, a date, infinity, NaN, a
thirty-digit integer, an empty or nested mapping and so on. After each replacement every rule
runs on every policy and on the draft, in process, and none may raise: a wrong type is a
``schema/invalid`` finding, never an internal error.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.engine import discovery
from checker.engine.run import Loaded, RunOptions, check_file, load_target
from checker.input import yamlpos
from checker.input.text import SourceText
from checker.model.document import Draft, LoadedFile, PolicyDoc, load_draft, load_policy
from checker.model.repository import Repository
from checker.rules.api import Context
from tests.helpers import PROJECT, TODAY, example_repo

WRONG: tuple[Any, ...] = (
    None,
    True,
    -1,
    3.5,
    10**30,
    float("inf"),
    float("nan"),
    "",
    "文本 text",
    [],
    [None, 1, "a", [2]],
    {"x": {"y": [1]}},
    dt.date(2026, 1, 1),
    dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
)

#: A draft that sets every front-matter field (DESIGN §4), each to a sensible value.
DRAFT = """---
platform: xiaohongshu
account: xhs-official
title: 秋冬通勤穿搭三件套
summary: 三件基础款搞定一周通勤
author: zhang-wei
pillar: product
status: approved
publish_at: 2026-12-01T20:00:00+08:00
risk: medium
sponsored: true
ai_generated: true
tags: [通勤穿搭, 秋冬]
images: 6
video_seconds: 30
consent_ref: CR-2026-001
approvals:
  - {role: content-lead, by: li-na, at: 2026-11-28T10:00:00+08:00}
evidence:
  - {claim: 天猫小家电类目销量第一, source: 天猫 2026 年 1-9 月类目报告, period: 2026年1-9月, region: 全国, category: 小家电}
---
【广告】本文含 AI 生成内容。#秋冬通勤# 青禾最佳的一款，联系 13800138000，详见 https://shop.example.cn 。
"""


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into ``value``; of each list only the first entry stands for the rest."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list) and value:
        yield from _paths(value[0], (*prefix, 0))


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    changed = copy.deepcopy(data)
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return changed


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@cache
def _loaded(root: str) -> Loaded:
    base = Path(root)
    target = discovery.resolve([str(base)], base)[0]
    return load_target(target, RunOptions(paths=[str(base)], cwd=base))


def _check_all(loaded: Loaded, policies: list[PolicyDoc], drafts: list[Draft]) -> list[str]:
    """Run every rule on every file with a repository made of ``policies``; the errors."""
    repo = Repository(loaded.repo.root, loaded.ctx.config)
    repo.policies.extend(policies)
    ctx = Context(
        repo, loaded.ctx.config, dt.date.fromisoformat(TODAY), "zh", loaded.selection.active
    )
    errors: list[str] = []
    files: list[LoadedFile] = [*policies, *drafts]
    for file in files:
        check_file(file, loaded.rules, ctx, loaded.selection, errors)
    return errors


@pytest.fixture(scope="module")
def repo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = example_repo(tmp_path_factory.mktemp("wrong") / "repo")
    (root / "drafts" / "a.md").write_text(DRAFT, "utf-8")
    return root


def _policy_texts() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted((PROJECT / "policies").glob("*.yaml"))}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_policy_texts()))
def test_no_rule_crashes_on_a_wrong_type_in_a_policy(repo_root: Path, name: str) -> None:
    loaded = _loaded(str(repo_root))
    texts = _policy_texts()
    others = [
        load_policy(repo_root / "policies" / other, f"policies/{other}", text=SourceText(text))
        for other, text in texts.items()
        if other != name
    ]
    draft = load_draft(repo_root / "drafts/a.md", "drafts/a.md", text=SourceText(DRAFT))
    data = yamlpos.load(texts[name]).data
    failures: list[str] = []
    tried = 0
    for path in _paths(data):
        for value in WRONG:
            text = _dump(_replace(data, path, value))
            doc = load_policy(
                repo_root / "policies" / name, f"policies/{name}", text=SourceText(text)
            )
            fresh = load_draft(repo_root / "drafts/a.md", "drafts/a.md", text=draft.source)
            errors = _check_all(loaded, [*others, doc], [fresh])
            tried += 1
            if errors:
                failures.append(f"{name} {path} = {value!r}: {errors[0]}")
    assert tried > 50
    assert not failures, "\n".join(failures[:20]) + f"\n({len(failures)} in all)"


@pytest.mark.slow
def test_no_rule_crashes_on_a_wrong_type_in_front_matter(repo_root: Path) -> None:
    loaded = _loaded(str(repo_root))
    policies = [
        load_policy(repo_root / "policies" / name, f"policies/{name}", text=SourceText(text))
        for name, text in _policy_texts().items()
    ]
    head, body = DRAFT.split("---\n")[1], DRAFT.split("---\n", 2)[2]
    front = yamlpos.load(head).data
    failures: list[str] = []
    tried = 0
    for path in _paths(front):
        for value in WRONG:
            text = "---\n" + _dump(_replace(front, path, value)) + "---\n" + body
            draft = load_draft(repo_root / "drafts/a.md", "drafts/a.md", text=SourceText(text))
            errors = _check_all(loaded, policies, [draft])
            tried += 1
            if errors:
                failures.append(f"{path} = {value!r}: {errors[0]}")
    assert tried > 100
    assert not failures, "\n".join(failures[:20]) + f"\n({len(failures)} in all)"
