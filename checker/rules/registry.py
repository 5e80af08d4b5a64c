"""The rule registry: finds rule modules, loads them lazily, and selects rules by pattern."""

from __future__ import annotations

import fnmatch
import importlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from checker.findings import Problem, Severity

#: Which kind of input each rule area looks at. A new area needs one line here.
AREA_TARGETS: dict[str, str] = {
    "input": "file",
    "schema": "file",
    "strategy": "policy",
    "goals": "policy",
    "principles": "policy",
    "org": "policy",
    "roles": "policy",
    "team": "policy",
    "collab": "policy",
    "platforms": "policy",
    "accounts": "policy",
    "rules": "policy",
    "draft": "draft",
    "platform": "draft",
    "ad-law": "draft",
    "ad": "draft",
    "ai": "draft",
    "privacy": "draft",
    "style": "draft",
    "suppression": "post",
}

_RULES_DIR = Path(__file__).resolve().parent
_ID = re.compile(r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)?$")
_SECTIONS = ("## 检查什么", "## 为什么重要", "## 示例", "## 应改为")


class Rule(NamedTuple):
    """A registered rule: its contract, its documentation and its check function."""

    id: str
    severity: Severity
    handbook: str
    fixable: str | None
    target: str
    kinds: tuple[str, ...]
    doc: str
    check: Callable[..., Iterator[Problem]]
    module: str = ""
    message: Callable[[Problem, str], str] | None = None

    @property
    def title(self) -> str:
        """The first line of the documentation (the Chinese one-line summary)."""
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else self.id

    @property
    def area(self) -> str:
        return self.id.split("/", 1)[0]


def _module_name(area: str, name: str) -> str:
    return f"checker.rules.{area.replace('-', '_')}.{name.replace('-', '_')}"


@cache
def rule_ids() -> tuple[str, ...]:
    """Every built-in rule id, found from file names without importing anything."""
    found = []
    for area in AREA_TARGETS:
        folder = _RULES_DIR / area.replace("-", "_")
        if not folder.is_dir():
            continue
        for name in os.listdir(folder):  # not pkgutil: it imports inspect, 5 ms of start-up
            if name.endswith(".py") and not name.startswith("_"):
                found.append(f"{area}/{name.removesuffix('.py').replace('_', '-')}")
    return tuple(sorted(found))


def _from_module(module: ModuleType) -> Rule:
    rule_id = str(module.ID)
    area = rule_id.split("/", 1)[0]
    return Rule(
        id=rule_id,
        severity=Severity.parse(str(module.SEVERITY)),
        handbook=str(module.HANDBOOK),
        fixable=getattr(module, "FIXABLE", None),
        target=str(getattr(module, "TARGET", AREA_TARGETS.get(area, "file"))),
        kinds=tuple(getattr(module, "POLICY_KINDS", ())),
        doc=module.__doc__ or "",
        check=module.check,
        module=module.__name__,
        message=getattr(module, "message", None),
    )


@cache
def load(rule_id: str) -> Rule:
    """Import one built-in rule module and check that it declares what it should."""
    area, name = rule_id.split("/", 1)
    module = importlib.import_module(_module_name(area, name))
    rule = _from_module(module)
    if rule.id != rule_id:
        raise RuntimeError(f"{module.__name__} declares ID {rule.id!r}, expected {rule_id!r}")
    return rule


def rules_for(targets: Iterable[str]) -> list[Rule]:
    """The built-in rules that look at any of ``targets`` (imports only those modules)."""
    wanted = set(targets)
    return [
        load(rule_id)
        for rule_id in rule_ids()
        if AREA_TARGETS.get(rule_id.split("/", 1)[0]) in wanted
    ]


def all_rules() -> list[Rule]:
    return [load(rule_id) for rule_id in rule_ids()]


def doc_problems(rule: Rule) -> list[str]:
    """What is missing from a rule's contract or documentation (empty when complete)."""
    problems = []
    if not _ID.match(rule.id):
        problems.append("id is not area/name in kebab-case")
    if not re.match(r"^(preface|ch\d+(/\d+\.\d+)?|appendix/[a-e])$", rule.handbook):
        problems.append(f"handbook anchor {rule.handbook!r} is not chN, chN/N.M or appendix/x")
    if rule.fixable not in (None, "safe", "unsafe"):
        problems.append("FIXABLE must be 'safe', 'unsafe' or None")
    position = -1
    for section in _SECTIONS:
        found = rule.doc.find(section)
        if found <= position:
            problems.append(f"docstring lacks section {section!r} (in order)")
        position = max(position, found)
    return problems


def matches(pattern: str, rule_id: str) -> bool:
    """``ad-law/*`` and ``ad-law`` select every rule of the area (``terms/<pack>`` every rule of a
    pack); ``*`` selects all."""
    if pattern == rule_id or pattern in ("*", "all", "ALL"):
        return True
    if rule_id.startswith(pattern.rstrip("/") + "/"):
        return True  # a group: ``ad-law`` or ``terms/qinghe-brand``
    return fnmatch.fnmatchcase(rule_id, pattern)


def unknown_patterns(patterns: Iterable[str], known: Iterable[str]) -> list[str]:
    """Patterns that select no known rule (``terms/...`` are checked once packs are loaded)."""
    known = list(known)
    return [p for p in patterns if not any(matches(p, rule_id) for rule_id in known)]


def handbook_label(anchor: str) -> str:
    """``ch9/9.1`` -> ``§9.1``; ``ch5`` -> ``§5``; ``appendix/b`` -> ``附录 B``."""
    if anchor == "preface":
        return "前言"
    if anchor.startswith("appendix/"):
        return "附录 " + anchor.split("/", 1)[1].upper()
    if "/" in anchor:
        return "§" + anchor.split("/", 1)[1]
    return "§" + anchor.removeprefix("ch")


def as_dict(rule: Rule, summary: str) -> dict[str, Any]:
    return {
        "id": rule.id,
        "severity": rule.severity.value,
        "handbook": rule.handbook,
        "fixable": rule.fixable is not None,
        "fix_applicability": rule.fixable,
        "target": rule.target,
        "summary": summary,
    }
