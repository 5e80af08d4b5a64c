"""A set of non-overlapping ``[start, end)`` spans with a logarithmic overlap test."""

from __future__ import annotations

from bisect import bisect_right, insort


class Spans:
    """Spans taken so far; ``add`` keeps a span only when it overlaps none of them."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self._spans, (start, end))
        if index > 0 and self._spans[index - 1][1] > start:
            return True
        return index < len(self._spans) and self._spans[index][0] < end

    def add(self, start: int, end: int) -> bool:
        """Take ``[start, end)`` unless it overlaps a span already taken; True when taken."""
        if self.overlaps(start, end):
            return False
        insort(self._spans, (start, end))
        return True
