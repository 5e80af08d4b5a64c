"""Split a draft into its YAML front matter and Markdown body, keeping exact offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

_FENCE = re.compile(r"(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)")


class Split(NamedTuple):
    """Where the front matter's YAML and the body lie in the text.

    ``yaml_start``/``yaml_end`` delimit the YAML between the fences; ``body_start`` is the first
    character after the closing fence. ``closed`` is False when there is an opening fence and no
    closing one; ``present`` is False when the text does not start with a fence at all.
    """

    present: bool
    closed: bool
    yaml_start: int
    yaml_end: int
    body_start: int


def split(text: str, line_starts: list[int]) -> Split:
    """Find the fences using the file's own line starts (LF, CRLF and CR all count)."""
    opening = _FENCE.match(text)
    if opening is None or opening.group(1) != "---" or not opening.group(2):
        return Split(False, False, 0, 0, 0)
    start = opening.end()
    startswith = text.startswith
    for line_start in line_starts[1:]:
        if line_start < start or not startswith(("---", "..."), line_start):
            continue
        closing = _FENCE.match(text, line_start)
        if closing is not None:
            return Split(True, True, start, line_start, closing.end())
    return Split(True, False, start, len(text), len(text))
