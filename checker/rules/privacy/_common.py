"""What the privacy rules share: identifier hits in the draft's visible prose."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checker.input.markdown import Segment
from checker.model.document import Draft
from checker.packs import identifiers
from checker.packs.identifiers import Hit


def hits(
    draft: Draft, finder: Callable[[str], list[Hit]]
) -> Iterator[tuple[Segment, Hit, int, int]]:
    """Each hit of ``finder`` in the title, summary, tags and body prose, with file offsets.

    Hits inside a URL are skipped (a number in a link's query string is not shown as a number).
    """
    for segment in draft.segments():
        for hit in finder(segment.text):
            if segment.in_url(hit.start, hit.end):
                continue
            start, end = segment.span(hit.start, hit.end)
            yield segment, hit, start, end


def allowed_numbers(numbers: list[str]) -> frozenset[str]:
    return frozenset(identifiers.digits_of(n) for n in numbers if isinstance(n, str))
