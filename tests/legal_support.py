"""Support for the legal and privacy tests: run draft rules in-process and score a labelled corpus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from checker.config import Config
from checker.findings import Problem, Severity
from checker.input.text import SourceText
from checker.model.document import Draft, load_draft, load_policy
from checker.model.repository import Repository
from checker.rules import registry
from checker.rules.api import Context

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "drafts" / "legal"
POLICIES = FIXTURES / "policies"

FRONT = {
    "platform": "xiaohongshu",
    "account": "xhs-official",
    "author": "zhang-wei",
    "status": "draft",
}


@cache
def repository() -> Repository:
    """The trimmed example-company policies under the fixture folder."""
    config = Config(company_domains=["qinghe.example.cn"])
    repo = Repository(POLICIES, config)
    for path in sorted(POLICIES.glob("*.yaml")):
        repo.policies.append(load_policy(path, path.name))
    return repo


def context(lang: str = "zh", **config: Any) -> Context:
    base = repository()
    settings = Config(company_domains=["qinghe.example.cn"], **config)
    repo = Repository(base.root, settings, list(base.policies))
    return Context(repo, settings, dt.date(2026, 11, 26), lang)


def draft_text(body: str, **front: Any) -> str:
    meta = dict(FRONT)
    meta.update(front)
    header = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{header}---\n{body}\n"


def make_draft(body: str = "", *, text: str | None = None, **front: Any) -> Draft:
    source = text if text is not None else draft_text(body, **front)
    return load_draft(Path("/nonexistent/drafts/x.md"), "drafts/x.md", text=SourceText(source))


@dataclass
class Found:
    rule: str
    severity: Severity
    variant: str
    matched: str
    problem: Problem = field(repr=False)


def run_rules(draft: Draft, rules: Iterable[str], ctx: Context | None = None) -> list[Found]:
    ctx = ctx or context()
    found = []
    for rule_id in rules:
        rule = registry.load(rule_id)
        for problem in rule.check(draft, ctx):
            severity = problem.severity or rule.severity
            matched = draft.source.text[problem.start : problem.end]
            found.append(Found(rule_id, severity, problem.variant, matched, problem))
    return found


def fired(found: list[Found]) -> set[str]:
    """Rules that reported at error or warning level (info notes do not count)."""
    return {f.rule for f in found if f.severity != Severity.INFO}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def corpus() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "corpus.yaml").read_text("utf-8"))
    return data


def score(rules: list[str]) -> dict[str, Score]:
    """Per-rule precision and recall over the labelled sentences and drafts."""
    scores = {rule: Score() for rule in rules}
    data = corpus()
    cases: list[tuple[str, Draft, set[str]]] = []
    for item in data["sentences"]:
        cases.append((item["text"], make_draft(item["text"]), set(item["expect"])))
    for item in data["drafts"]:
        cases.append((item["name"], make_draft(item["body"], **item["front"]), set(item["expect"])))
    for label, draft, expected in cases:
        got = fired(run_rules(draft, rules))
        for rule in rules:
            hit, want = rule in got, rule in expected
            entry = scores[rule]
            if hit and want:
                entry.tp += 1
            elif hit:
                entry.fp += 1
                entry.misses.append(f"false positive: {label}")
            elif want:
                entry.fn += 1
                entry.misses.append(f"missed: {label}")
    return scores


def report(scores: dict[str, Score]) -> str:
    lines = [f"{'rule':32} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7}"]
    for rule, s in scores.items():
        lines.append(f"{rule:32} {s.tp:3} {s.fp:3} {s.fn:3} {s.precision:9.2f} {s.recall:7.2f}")
        lines.extend(f"    {miss}" for miss in s.misses)
    return "\n".join(lines)
