"""The one finding model shared by rules, the engine and every reporter.

Rules yield :class:`Problem` objects (offsets into the file's text, message arguments, an optional
fix). The engine turns each into an immutable :class:`Finding` with 1-based line and column
positions and a rendered message; reporters only ever see findings.

The four records are named tuples rather than frozen dataclasses: equally immutable, faster to
build (a draft yields many), and nearly free to define, which a one-draft run notices.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple


class Severity(StrEnum):
    """How serious a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls(value.strip().lower())


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement`` (offsets into the file's decoded text)."""

    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    """One or more edits that together resolve a problem.

    ``safe`` fixes are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``.
    """

    edits: tuple[Edit, ...]
    safe: bool = True

    @property
    def replacement(self) -> str:
        return "".join(edit.replacement for edit in self.edits)


#: The arguments of a problem that has none (read-only, so one object serves every problem).
NO_ARGS: Mapping[str, object] = MappingProxyType({})


class Problem(NamedTuple):
    """What a rule reports: a span of the file's text and the arguments of its message.

    ``start``/``end`` are offsets into :attr:`checker.input.text.SourceText.text`. ``variant``
    selects a message in the catalogue (``rule-id`` or ``rule-id#variant``). ``severity``
    overrides the rule's default when the rule itself grades its findings (for example a
    volatile platform limit reported as a warning).
    """

    start: int
    end: int
    args: Mapping[str, object] = NO_ARGS
    variant: str = ""
    fix: Fix | None = None
    severity: Severity | None = None


class Finding(NamedTuple):
    """A rendered, positioned problem: what every reporter receives."""

    rule: str
    severity: Severity
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    handbook: str
    fix: Fix | None = None
    matched: str = ""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)
