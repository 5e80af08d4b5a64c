"""What the privacy rules share: identifier hits in the draft's visible prose."""

from __future__ import annotations

import re
from collections.abc import Callable

from checker.input.markdown import Segment
from checker.model.document import Draft
from checker.packs import identifiers
from checker.packs.identifiers import Hit


def with_masks(segment: Segment, text: str) -> Segment:
    """The segment with the ``*`` of masked numbers put back.

    Markdown reads the asterisks of ``139****5678 … 3301****0028`` as emphasis markers, so they
    are not in the prose; a gap between two pieces that holds only asterisks is restored.
    """
    if segment.opaque or len(segment.starts) < 2:
        return segment
    if not any(_stars(text, segment, index) for index in range(len(segment.sources) - 1)):
        return segment  # nothing to put back: reuse the segment (it may hold many pieces)
    rebuilt = Segment(segment.scope)
    bounds = [*segment.starts[1:], len(segment.text)]
    for index, (begin, stop) in enumerate(zip(segment.starts, bounds, strict=True)):
        piece = segment.text[begin:stop]
        source = segment.sources[index]
        rebuilt.add(piece, source)
        if index + 1 < len(segment.sources):
            gap = text[source + len(piece) : segment.sources[index + 1]]
            if gap and set(gap) == {"*"}:
                rebuilt.add(gap, source + len(piece))
    return rebuilt


def _stars(text: str, segment: Segment, index: int) -> bool:
    """True when the file text between piece ``index`` and the next is all asterisks."""
    begin = segment.sources[index] + segment.starts[index + 1] - segment.starts[index]
    stop = segment.sources[index + 1]
    return begin < stop and text.count("*", begin, stop) == stop - begin


#: Runs of digits: a segment without one holds no number, whatever masks are put back.
_DIGITS = re.compile("[0-9０-９]")


def _with_numbers(draft: Draft) -> list[Segment]:
    """The prose segments (masks put back) that hold a long enough run of digits."""
    prose = draft.prose
    text = draft.source.text
    masked = (with_masks(prose.segments[index], text) for index in prose.holding(_DIGITS))
    return [segment for segment in masked if identifiers.has_number(segment.text)]


def hits(draft: Draft, finder: Callable[[str], list[Hit]]) -> list[tuple[Segment, Hit, int, int]]:
    """Each hit of the number ``finder`` (phones, ID numbers, bank cards: none of them finds
    anything in a text without a run of digits) in the title, summary, tags and body prose,
    with file offsets.

    Hits inside a URL are skipped (a number in a link's query string is not shown as a number).
    Found once per draft and finder: two rules look for ID numbers.
    """
    return draft.shared(
        f"privacy/hits/{finder.__module__}.{finder.__qualname__}", lambda: _hits(draft, finder)
    )


def _hits(draft: Draft, finder: Callable[[str], list[Hit]]) -> list[tuple[Segment, Hit, int, int]]:
    found: list[tuple[Segment, Hit, int, int]] = []
    for segment in draft.shared("privacy/numbers", lambda: _with_numbers(draft)):
        for hit in finder(segment.text):
            if segment.in_url(hit.start, hit.end):
                continue
            start, end = segment.span(hit.start, hit.end)
            found.append((segment, hit, start, end))
    return found


def allowed_numbers(numbers: list[str]) -> frozenset[str]:
    return frozenset(identifiers.digits_of(n) for n in numbers if isinstance(n, str))
