"""Expand ``<!-- opscheck:policy kind=KIND key=KEY -->`` into the company's real policy YAML.

The block is sliced from the policy file's own text with the positions the checker's YAML loader
records, so comments, quoting and order stay exactly as the team wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from checker.model.document import PolicyDoc
from hooks.markup import fenced

DIRECTIVE = re.compile(r"^[ \t]*<!--[ \t]*opscheck:policy\b(?P<args>[^\n]*?)-->[ \t]*$", re.M)
_ARG = re.compile(r"(\w+)=(\S+)")
_ALLOWED_ARGS = {"kind", "key"}


class DirectiveError(Exception):
    """A directive that cannot be expanded; the message says what to fix."""


@dataclass(frozen=True)
class Directive:
    kind: str
    key: str
    line: int


def parse(markdown: str) -> list[Directive]:
    """Every directive of a page, with its 1-based line (raises for malformed ones)."""
    found = []
    code = code_ranges(markdown)
    for match in DIRECTIVE.finditer(markdown):
        if any(start <= match.start() < end for start, end in code):
            continue
        line = markdown.count("\n", 0, match.start()) + 1
        found.append(_directive(match.group("args"), line))
    return found


def _directive(raw: str, line: int) -> Directive:
    args = dict(_ARG.findall(raw))
    leftover = _ARG.sub("", raw).strip()
    unknown = sorted(set(args) - _ALLOWED_ARGS)
    if leftover or unknown or "kind" not in args or "key" not in args:
        raise DirectiveError(
            f"line {line}: write the directive as <!-- opscheck:policy kind=KIND key=KEY -->"
            f" (got {raw.strip()!r})"
        )
    return Directive(args["kind"], args["key"], line)


_FENCE_LINE = re.compile(r"^[ \t]*(`{3,}|~{3,})", re.M)


def code_ranges(markdown: str) -> list[tuple[int, int]]:
    """Offsets of the fenced code blocks of a page (an unclosed fence runs to the end)."""
    ranges = []
    opened: tuple[int, str] | None = None
    for match in _FENCE_LINE.finditer(markdown):
        marker = match.group(1)
        if opened is None:
            opened = (match.start(), marker)
        elif marker[0] == opened[1][0] and len(marker) >= len(opened[1]):
            rest = markdown[match.end() : _line_end(markdown, match.end())]
            if not rest.strip():
                ranges.append((opened[0], _line_end(markdown, match.end())))
                opened = None
    if opened is not None:
        ranges.append((opened[0], len(markdown)))
    return ranges


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def key_text(doc: PolicyDoc, key: str) -> str | None:
    """The original text of top-level ``key`` in ``doc``: the comment lines directly above it,
    the key and its whole value, with comments inside the value and at the end of its last line.
    None when the document has no such key."""
    if doc.yaml is None or doc.yaml.root is None or doc.yaml.root.kind != "map":
        return None
    key_node = doc.yaml.root.key_node(key)
    value = doc.yaml.root.get(key)
    if key_node is None or value is None:
        return None
    text = doc.source.text
    start = _line_start(text, key_node.start)
    # Comment lines right above the key (no blank line between) describe it.
    while start > 0:
        previous = _line_start(text, start - 1)
        if not text[previous : start - 1].lstrip().startswith("#"):
            break
        start = previous
    end = max(value.end, key_node.end)
    # A block value's end mark sits at the start of whatever follows; step back over it.
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    lines = text[start : _line_end(text, end - 1 if end > start else end)].split("\n")
    # Drop trailing lines that belong to the next key: blank lines and top-level comments.
    while len(lines) > 1 and (not lines[-1].strip() or lines[-1].startswith("#")):
        lines.pop()
    return "\n".join(line.rstrip("\r") for line in lines)


def render(directive: Directive, docs: Sequence[PolicyDoc], kinds: Sequence[str]) -> str:
    """The fenced YAML block(s) of a directive: one per policy file of the kind with the key."""
    if directive.kind not in kinds:
        raise DirectiveError(
            f"line {directive.line}: unknown policy kind {directive.kind!r}"
            f" (known kinds: {', '.join(kinds)})"
        )
    of_kind = [doc for doc in docs if doc.kind == directive.kind]
    if not of_kind:
        raise DirectiveError(
            f"line {directive.line}: no file in policies/ has kind: {directive.kind}"
        )
    blocks = []
    for doc in sorted(of_kind, key=lambda d: d.path):
        body = key_text(doc, directive.key)
        if body is not None:
            blocks.append(fenced(body, "yaml", title=doc.path))
    if not blocks:
        files = ", ".join(sorted(doc.path for doc in of_kind))
        raise DirectiveError(
            f"line {directive.line}: the {directive.kind} policy ({files}) has no top-level key"
            f" {directive.key!r}"
        )
    return "\n\n".join(blocks)


def expand(markdown: str, docs: Sequence[PolicyDoc], kinds: Sequence[str]) -> tuple[str, list[str]]:
    """The page with every directive expanded, and the errors of those that could not be.

    A failed directive is replaced by a visible warning box, so ``mkdocs serve`` shows the problem
    in place; the caller logs the errors (which fails a strict build).
    """
    errors: list[str] = []
    code = code_ranges(markdown)

    def replace(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in code):
            return match.group(0)  # an example of the syntax inside a code block
        line = markdown.count("\n", 0, match.start()) + 1
        try:
            return render(_directive(match.group("args"), line), docs, kinds)
        except DirectiveError as exc:
            errors.append(str(exc))
            return f'!!! failure "opscheck:policy"\n\n    {exc}'

    return DIRECTIVE.sub(replace, markdown), errors
