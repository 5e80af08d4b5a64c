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
from functools import lru_cache

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
    if not ZERO_WIDTH.isdisjoint(text):
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
    """Normalise ``text``; ``fold`` maps single characters (Traditional -> Simplified).

    Without ``fold`` the result is cached (several rules normalise the same prose).
    """
    if fold is None:
        return _normalize_cached(text, fold_case)
    return _normalize(text, fold_case, fold)


@lru_cache(maxsize=4096)
def _normalize_cached(text: str, fold_case: bool) -> Normalized:
    quick = _fast(text, fold_case)
    if quick is not None:
        return Normalized(quick, None)
    # Most text maps one character to one character (Chinese with full-width punctuation):
    # translate it in one C-level pass with a per-character table filled on first sight.
    table, multi = _TABLES[fold_case]
    chars = set(text)
    for char in chars:
        if ord(char) not in table:
            piece = _piece(char, fold_case)
            table[ord(char)] = piece
            if len(piece) != 1:
                multi.add(char)
    if chars.isdisjoint(multi):
        return Normalized(text.translate(table), None)
    return _normalize(text, fold_case, None)


#: Per fold_case: code point -> normalised piece, and the characters whose piece is not one char.
_TABLES: dict[bool, tuple[dict[int, str], set[str]]] = {True: ({}, set()), False: ({}, set())}


def _piece(char: str, fold_case: bool) -> str:
    if char in ZERO_WIDTH:
        return ""
    piece = unicodedata.normalize("NFKC", char) if not char.isascii() else char
    return piece.lower() if fold_case else piece


def _normalize(text: str, fold_case: bool, fold: Mapping[str, str] | None) -> Normalized:
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
