"""Apply suppression comments to a file's findings and record which ones were used."""

from __future__ import annotations

import heapq
from typing import NamedTuple

from checker.findings import Finding
from checker.input import directives as dirmod
from checker.input.directives import Directive
from checker.model.document import Draft, LoadedFile, PolicyDoc
from checker.rules import registry


def directives_of(file: LoadedFile) -> list[Directive]:
    """Every suppression comment of a file, in file order."""
    if "opscheck-" not in file.source.text:
        return []  # every directive names itself so (most files have none: no parse, no scan)
    found = _collect(file)
    for directive in found:
        directive.target_line = _next_line(file, directive)
    return found


def _collect(file: LoadedFile) -> list[Directive]:
    if not file.readable:
        return []
    if isinstance(file, PolicyDoc):
        return dirmod.from_yaml(file.source)
    if isinstance(file, Draft):
        found: list[Directive] = []
        if file.split is not None and file.split.closed:
            found.extend(dirmod.from_yaml(file.source, file.split.yaml_start, file.split.yaml_end))
        if file.split is None or file.split.closed or not file.split.present:
            comments = [(c.text, c.start) for c in file.body.comments]
            found.extend(dirmod.from_markdown(comments, file.source))
        return sorted(found, key=lambda d: d.start)
    return []


def _next_line(file: LoadedFile, directive: Directive) -> int:
    """The first non-blank line after the directive."""
    line = directive.end_line + 1
    total = len(file.source.line_starts)
    while line <= total and not file.source.line_text(line).strip():
        line += 1
    return line


def _protected(rule_id: str, unsuppressible: list[str]) -> bool:
    return any(registry.matches(p, rule_id) for p in unsuppressible)


def _blocks(directives: list[Directive]) -> list[tuple[int, int, Directive]]:
    """Line ranges covered by ``disable`` ... ``enable`` pairs (to the end when never enabled)."""
    ranges: list[tuple[int, int, Directive]] = []
    open_blocks: dict[str, tuple[int, Directive]] = {}
    for directive in directives:
        if directive.action == "disable":
            for pattern in directive.patterns:
                open_blocks[pattern] = (directive.end_line + 1, directive)
        elif directive.action == "enable":
            for pattern in directive.patterns:
                opened = open_blocks.pop(pattern, None)
                if opened is not None:
                    ranges.append((opened[0], directive.line - 1, opened[1]))
    ranges.extend((start, 10**9, directive) for start, directive in open_blocks.values())
    return ranges


def apply(
    findings: list[Finding], directives: list[Directive], unsuppressible: list[str]
) -> list[Finding]:
    """Drop suppressed findings; a directive without a reason suppresses nothing.

    A finding is silenced by the first directive that covers its line and names its rule:
    ``disable-next-line`` comments first (in file order), then ``disable`` blocks (in the order
    they were closed). Lookups are indexed by line and swept per rule, so thousands of comments
    and findings in one file cost n log n, not their product.
    """
    if not directives:
        return findings
    next_line: dict[int, list[Directive]] = {}
    for directive in directives:
        if directive.action == "disable-next-line" and directive.reason:
            next_line.setdefault(directive.target_line, []).append(directive)
    blocks = [(a, b, d) for a, b, d in _blocks(directives) if d.reason]
    dropped: set[int] = set()
    pending: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        if finding.rule.startswith("suppression/") or _protected(finding.rule, unsuppressible):
            continue
        if _suppress_by(finding, next_line.get(finding.line, [])):
            dropped.add(index)
        elif blocks:
            pending.setdefault(finding.rule, []).append(index)
    for rule_id, indexes in pending.items():
        named = sorted(
            (a, order, b, d)
            for order, (a, b, d) in enumerate(blocks)
            if any(registry.matches(p, rule_id) for p in d.patterns)
        )
        active: list[tuple[int, int, Directive]] = []  # (order, last line, directive)
        cursor = 0
        for index in sorted(indexes, key=lambda i: findings[i].line):
            line = findings[index].line
            while cursor < len(named) and named[cursor][0] <= line:
                _, order, last, directive = named[cursor]
                heapq.heappush(active, (order, last, directive))
                cursor += 1
            while active and active[0][1] < line:
                heapq.heappop(active)  # ended before this line (lines only grow)
            if active and _suppress_by(findings[index], [active[0][2]]):
                dropped.add(index)
    return [finding for index, finding in enumerate(findings) if index not in dropped]


def _suppress_by(finding: Finding, directives: list[Directive]) -> bool:
    for directive in directives:
        for pattern in directive.patterns:
            if registry.matches(pattern, finding.rule):
                directive.used.add(pattern)
                return True
    return False


class State(NamedTuple):
    """What the ``suppression/*`` rules look at: a file's directives after suppression."""

    file: LoadedFile
    directives: list[Directive]
    active: frozenset[str]
    unsuppressible: list[str]

    def protected(self, pattern: str) -> bool:
        """True when a pattern names only rules the configuration makes unsuppressible."""
        return _protected(pattern, self.unsuppressible) if "/" in pattern else False
