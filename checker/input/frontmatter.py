"""Split a draft into its YAML front matter and Markdown body, keeping exact offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

_FENCE = re.compile(r"(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)")
#: A closing fence: the same at the start of a line, i.e. after LF, CRLF or CR (the CR of a CRLF
#: is followed by an LF, never by a fence, so it cannot match).
_CLOSING = re.compile(r"[\r\n]((?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$))")


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


def split(text: str) -> Split:
    """Find the fences, the closing one at the start of a line (LF, CRLF and CR all count)."""
    opening = _FENCE.match(text)
    if opening is None or opening.group(1) != "---" or not opening.group(2):
        return Split(False, False, 0, 0, 0)
    start = opening.end()
    # From the opening fence's own line break: a closing fence may follow it at once.
    closing = _CLOSING.search(text, start - 1)  # in C, and only as far as the closing fence
    if closing is not None:
        return Split(True, True, start, closing.start(1), closing.end())
    return Split(True, False, start, len(text), len(text))
