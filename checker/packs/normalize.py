"""Normalise text for matching and keep a map back to the original characters.

Matching runs on text with NFKC width folding (``ＡＢＣ１２３`` -> ``ABC123``, ``，`` -> ``,``),
Latin case folding, zero-width characters removed and, on request, Traditional Chinese folded to
Simplified character by character. Every normalised character remembers the index of the
original character it came from, so a match maps back to exact positions in the file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text; ``origin[i]`` is the original index of normalised character ``i``.

    ``origin`` has one extra entry (the original length) so an end offset maps too. It is None
    when normalisation changed no length (then indices are the same in both texts).
    """

    text: str
    origin: tuple[int, ...] | None

    def to_original(self, index: int) -> int:
        return index if self.origin is None else self.origin[index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of a normalised range (covers every contributing character)."""
        if self.origin is None:
            return start, end
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last


def _fast(text: str, fold_case: bool) -> str | None:
    """The normalised text when it is a plain one-to-one transformation, else None."""
    if any(char in ZERO_WIDTH for char in text):
        return None
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        return None
    if not fold_case:
        return text
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def normalize(
    text: str, *, fold_case: bool = True, fold: Mapping[str, str] | None = None
) -> Normalized:
    """Normalise ``text``; ``fold`` maps single characters (Traditional -> Simplified)."""
    if fold is None:
        quick = _fast(text, fold_case)
        if quick is not None:
            return Normalized(quick, None)
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in ZERO_WIDTH:
            continue
        piece = unicodedata.normalize("NFKC", char) if not char.isascii() else char
        if fold is not None:
            piece = "".join(fold.get(c, c) for c in piece)
        if fold_case:
            piece = piece.lower()
        out.append(piece)
        origin.extend([index] * len(piece))
    origin.append(len(text))
    return Normalized("".join(out), tuple(origin))
