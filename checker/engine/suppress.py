"""Apply suppression comments to a file's findings and record which ones were used."""

from __future__ import annotations

from dataclasses import dataclass

from checker.findings import Finding
from checker.input import directives as dirmod
from checker.input.directives import Directive
from checker.model.document import Draft, LoadedFile, PolicyDoc
from checker.rules import registry


def directives_of(file: LoadedFile) -> list[Directive]:
    """Every suppression comment of a file, in file order."""
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
    """Drop suppressed findings; a directive without a reason suppresses nothing."""
    if not directives:
        return findings
    next_line = [d for d in directives if d.action == "disable-next-line" and d.reason]
    blocks = [(a, b, d) for a, b, d in _blocks(directives) if d.reason]
    kept = []
    for finding in findings:
        if finding.rule.startswith("suppression/") or _protected(finding.rule, unsuppressible):
            kept.append(finding)
            continue
        covering = [d for d in next_line if d.target_line == finding.line]
        covering += [d for a, b, d in blocks if a <= finding.line <= b]
        if not _suppress_by(finding, covering):
            kept.append(finding)
    return kept


def _suppress_by(finding: Finding, directives: list[Directive]) -> bool:
    for directive in directives:
        for pattern in directive.patterns:
            if registry.matches(pattern, finding.rule):
                directive.used.add(pattern)
                return True
    return False


@dataclass
class State:
    """What the ``suppression/*`` rules look at: a file's directives after suppression."""

    file: LoadedFile
    directives: list[Directive]
    active: frozenset[str]
    unsuppressible: list[str]

    def protected(self, pattern: str) -> bool:
        """True when a pattern names only rules the configuration makes unsuppressible."""
        return _protected(pattern, self.unsuppressible) if "/" in pattern else False
