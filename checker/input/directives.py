"""Suppression comments: ``opscheck-disable-next-line``, ``opscheck-disable``, ``opscheck-enable``.

Markdown: ``<!-- opscheck-disable-next-line RULE[, RULE]: 理由 -->`` and a ``disable`` ...
``enable`` pair. YAML (policies and front matter): ``# opscheck-disable-next-line RULE: 理由``.
A reason is mandatory; a directive without one suppresses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from checker.input.text import SourceText

_MD_HEAD = re.compile(r"<!--\s*+opscheck-(disable-next-line|disable|enable)\b")
_YAML = re.compile(r"(?:^|[ \t])#[ \t]*opscheck-(disable-next-line)\b(.*)$", re.MULTILINE)
_SPLIT_REASON = re.compile(r"[:：]")


class Directive:
    """One suppression comment and what it suppressed during the run."""

    __slots__ = (
        "action",
        "end",
        "end_line",
        "line",
        "patterns",
        "reason",
        "start",
        "target_line",
        "used",
    )

    def __init__(
        self,
        action: str,
        patterns: tuple[str, ...],
        reason: str,
        *,
        span: tuple[int, int],
        lines: tuple[int, int],
    ) -> None:
        self.action = action  # "disable-next-line" | "disable" | "enable"
        self.patterns = patterns
        self.reason = reason
        self.start, self.end = span
        self.line, self.end_line = lines
        self.target_line = 0  # for disable-next-line: the first non-blank line after it
        self.used: set[str] = set()

    def __repr__(self) -> str:
        return f"Directive({self.action!r}, {self.patterns!r}, line={self.line})"


def _parse_args(raw: str) -> tuple[tuple[str, ...], str]:
    raw = raw.strip()
    parts = _SPLIT_REASON.split(raw, maxsplit=1)
    rules_part = parts[0]
    reason = parts[1].strip() if len(parts) > 1 else ""
    patterns = tuple(p for p in re.split(r"[\s,，]+", rules_part.strip()) if p)
    return patterns, reason


def _make(action: str, raw: str, start: int, end: int, source: SourceText) -> Directive:
    patterns, reason = _parse_args(raw)
    line = source.position(start)[0]
    end_line = source.position(max(start, end - 1))[0]
    return Directive(action, patterns, reason, span=(start, end), lines=(line, end_line))


def from_markdown(comments: Iterable[tuple[str, int]], source: SourceText) -> list[Directive]:
    """Directives in HTML comments (``(text, file offset)`` pairs from the Markdown layer)."""
    found = []
    for text, offset in comments:
        for action, raw, start, end in _markdown_comments(text):
            found.append(_make(action, raw, offset + start, offset + end, source))
    return found


def _markdown_comments(text: str) -> Iterator[tuple[str, str, int, int]]:
    """``(action, arguments, start, end)`` of each directive in an HTML fragment.

    The closing ``-->`` is searched once per directive and never again from a later opening, so
    an unclosed comment full of openings costs linear time.
    """
    position = 0
    while True:
        head = _MD_HEAD.search(text, position)
        if head is None:
            return
        close = text.find("-->", head.end())
        if close < 0:
            return
        yield head.group(1), text[head.end() : close], head.start(), close + 3
        position = close + 3


def from_yaml(source: SourceText, start: int = 0, end: int | None = None) -> list[Directive]:
    """Directives in YAML comments between ``start`` and ``end`` of the text."""
    stop = len(source.text) if end is None else end
    return [
        _make(
            m.group(1),
            m.group(2),
            m.start() + (len(m.group(0)) - len(m.group(0).lstrip())),
            m.end(),
            source,
        )
        for m in _YAML.finditer(source.text, start, stop)
    ]
