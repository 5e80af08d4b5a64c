"""Small helpers for writing Markdown tables, links and Mermaid diagrams."""

from __future__ import annotations

import posixpath
import re

_MERMAID_UNSAFE = re.compile(r'["<>{}\[\]|#;`]')
_MERMAID_ENTITY = {
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "#": "#35;",
    ";": "#59;",
    "{": "#123;",
    "}": "#125;",
    "[": "#91;",
    "]": "#93;",
    "|": "#124;",
    "`": "#96;",
}


def cell(value: object) -> str:
    """Text for one Markdown table cell: pipes escaped, line breaks folded."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace("|", r"\|")
    return " ".join(text.split()) or "—"


def code(value: object) -> str:
    """Inline code that survives any content (backticks inside use a longer fence)."""
    text = str(value).replace("|", r"\|")
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table from already-escaped cells."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def relative(target: str, page: str) -> str:
    """The relative Markdown link from the page file ``page`` to the file ``target``.

    Both are paths inside ``docs/`` (``ch9/9.1.md``); MkDocs resolves and validates the link.
    """
    start = posixpath.dirname(page) or "."
    return posixpath.relpath(target, start)


def mermaid_text(value: object) -> str:
    """Text for a quoted Mermaid label: characters with a meaning there become entities."""
    text = " ".join(str(value).split())
    return _MERMAID_UNSAFE.sub(lambda m: _MERMAID_ENTITY[m.group(0)], text)


def mermaid_label(*lines: object) -> str:
    """A quoted Mermaid node label of one or more lines."""
    return '"' + "<br/>".join(mermaid_text(line) for line in lines if str(line).strip()) + '"'


def fenced(body: str, lang: str, title: str | None = None) -> str:
    """A fenced code block whose fence is longer than any backtick run in ``body``."""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    info = lang + (f' title="{title}"' if title else "")
    return f"{fence}{info}\n{body.rstrip()}\n{fence}"
