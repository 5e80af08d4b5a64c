"""Normalise text for matching and keep a map back to the original characters.

Matching runs on text with NFKC width folding (``ＡＢＣ１２３`` -> ``ABC123``, ``，`` -> ``,``),
Latin case folding, zero-width characters removed and, on request, Traditional Chinese folded to
Simplified character by character. Every normalised character remembers the index of the
original character it came from, so a match maps back to exact positions in the file.
"""

from __future__ import annotations

import re
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


class _Table:
    """How each character normalises, learnt lazily (one table per case/fold setting).

    Texts are normalised with ``str.translate`` in one C-level pass; the map back to original
    positions is only built when the text holds a character whose normal form is not exactly one
    character long (zero-width characters, ``…`` -> ``...``, ``㈱`` -> ``(株)``).
    """

    def __init__(self, fold_case: bool, fold: Mapping[str, str] | None) -> None:
        self.fold_case = fold_case
        self.fold = fold
        self.map: dict[int, str] = {}
        self.seen: set[str] = set()
        self.odd: set[str] = set()
        self.odd_pattern: re.Pattern[str] | None = None

    def piece(self, char: str) -> str:
        if char in ZERO_WIDTH:
            return ""
        piece = unicodedata.normalize("NFKC", char) if not char.isascii() else char
        if self.fold is not None:
            piece = "".join(self.fold.get(c, c) for c in piece)
        if self.fold_case:
            piece = piece.lower()
        return piece

    def learn(self, text: str) -> None:
        if self.seen.issuperset(text):
            return
        new = set(text) - self.seen
        grew = False
        for char in new:
            piece = self.piece(char)
            # Identity entries too: ``str.translate`` is much slower on a missing key.
            self.map[ord(char)] = piece
            if len(piece) != 1:
                self.odd.add(char)
                grew = True
        self.seen |= new
        if grew:
            self.odd_pattern = re.compile(
                "[" + "".join(re.escape(c) for c in sorted(self.odd)) + "]"
            )


_TABLES: dict[tuple[bool, int], tuple[Mapping[str, str] | None, _Table]] = {}


def _table(fold_case: bool, fold: Mapping[str, str] | None) -> _Table:
    key = (fold_case, id(fold))
    entry = _TABLES.get(key)
    if entry is None or entry[0] is not fold:
        entry = (fold, _Table(fold_case, fold))
        _TABLES[key] = entry
    return entry[1]


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
    return _normalize(text, fold_case, None)


def _normalize(text: str, fold_case: bool, fold: Mapping[str, str] | None) -> Normalized:
    if fold is None and text.isascii():
        return Normalized(text.lower() if fold_case else text, None)
    table = _table(fold_case, fold)
    table.learn(text)
    out = text.translate(table.map)
    pattern = table.odd_pattern
    if pattern is None or pattern.search(text) is None:
        return Normalized(out, None)
    origin: list[int] = []
    cursor = 0
    for found in pattern.finditer(text):
        index = found.start()
        origin.extend(range(cursor, index))
        origin.extend([index] * len(table.map.get(ord(text[index]), text[index])))
        cursor = index + 1
    origin.extend(range(cursor, len(text)))
    origin.append(len(text))
    return Normalized(out, tuple(origin))
