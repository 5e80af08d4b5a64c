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
from functools import lru_cache
from typing import NamedTuple

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")


class Normalized(NamedTuple):
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
    """How each character normalises, learnt lazily (one table per case/fold setting)."""

    def __init__(self, fold_case: bool, fold: Mapping[str, str] | None) -> None:
        self.fold_case = fold_case
        self.fold = fold
        self.pieces: dict[str, str] = {}
        #: Characters whose normal form is not exactly one character long.
        self.odd: set[str] = set()

    def piece(self, char: str) -> str:
        if char in ZERO_WIDTH:
            piece = ""
        else:
            piece = unicodedata.normalize("NFKC", char) if not char.isascii() else char
            if self.fold is not None:
                piece = "".join(self.fold.get(c, c) for c in piece)
            if self.fold_case:
                piece = piece.lower()
        self.pieces[char] = piece
        if len(piece) != 1:
            self.odd.add(char)
        return piece


#: Characters no normalisation changes unless Traditional characters are folded: ASCII except
#: capital letters, the CJK ideographs, and Chinese punctuation without a compatibility form
#: (``tests/test_input_fast_paths.py`` checks every one of them).
_KEPT = (
    "\x00-\x40\x5b-\x7f\u2014\u2018\u2019\u201c\u201d\u3001\u3002\u3008-\u3011"
    "\u3400-\u4dbf\u4e00-\u9fff"
)
#: Splits a text into runs that stay as they are and single characters that may change (every
#: character when a ``fold`` table may change any of them); compiled on first use.
_SPLITS = {
    (True, False): f"([^{_KEPT}])",
    (False, False): f"([^A-Z{_KEPT}])",
    (True, True): "(.)",
    (False, True): "(.)",
}
_OTHERS: dict[tuple[bool, bool], re.Pattern[str]] = {}


def _splitter(fold_case: bool, folding: bool) -> re.Pattern[str]:
    found = _OTHERS.get((fold_case, folding))
    if found is None:
        found = _OTHERS[fold_case, folding] = re.compile(_SPLITS[fold_case, folding], re.DOTALL)
    return found


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
        if len(text) > _CACHED_LENGTH:  # a long text is not kept alive by the cache
            return _normalize_cached.__wrapped__(text, fold_case)
        return _normalize_cached(text, fold_case)
    return _normalize(text, fold_case, fold)


#: Joins the texts that :func:`normalize_many` normalises at once; it normalises to itself.
_SEPARATOR = "\x00"


def normalize_many(
    texts: list[str], *, fold_case: bool = True, fold: Mapping[str, str] | None = None
) -> list[str]:
    """The normalised text of each of ``texts`` (a term list), in one call.

    Normalisation works character by character (the case-folded form lowers the whole text at
    once only when no capital sigma, the one context-dependent lowering, is in it), so the texts
    joined by a character that stays as it is normalise to their normal forms joined by it.
    Texts that hold the separator themselves are normalised one by one.
    """
    joined = _SEPARATOR.join(texts)
    if len(texts) > 1 and joined.count(_SEPARATOR) == len(texts) - 1:
        parts = _normalize(joined, fold_case, fold).text.split(_SEPARATOR)
        if len(parts) == len(texts):
            return parts
    return [normalize(text, fold_case=fold_case, fold=fold).text for text in texts]


#: Texts up to this length are cached: prose blocks, not whole long lines.
_CACHED_LENGTH = 10_000


@lru_cache(maxsize=4096)
def _normalize_cached(text: str, fold_case: bool) -> Normalized:
    return _normalize(text, fold_case, None)


def _normalize(text: str, fold_case: bool, fold: Mapping[str, str] | None) -> Normalized:
    if fold is None and text.isascii():
        return Normalized(text.lower() if fold_case else text, None)
    if fold is None and fold_case:
        # Case folding lowers each normalised character: when every character normalises to
        # exactly one and none lowers to more than one, that is the case-preserving form lowered
        # at once (str.lower lowers one character at a time but for a capital sigma). That form
        # splits the text at fewer places (capitals stay) and several rules need it anyway.
        plain = normalize(text, fold_case=False)
        if plain.origin is None and "\u03a3" not in plain.text:
            lowered = plain.text.lower()
            if len(lowered) == len(plain.text):
                return Normalized(lowered, None)
    parts = _splitter(fold_case, fold is not None).split(text)
    if len(parts) == 1:
        return Normalized(text, None)
    # parts[0::2] are kept as they are; parts[1::2] are single characters to normalise.
    table = _table(fold_case, fold)
    known = table.pieces
    chars = parts[1::2]
    parts[1::2] = [known[c] if c in known else table.piece(c) for c in chars]
    odd = not table.odd.isdisjoint(chars)
    if not odd:
        return Normalized("".join(parts), None)
    # Some character became longer or vanished: map each normalised character to its origin.
    origin: list[int] = []
    cursor = 0
    for index, part in enumerate(parts):
        if index % 2 == 0:
            origin.extend(range(cursor, cursor + len(part)))
            cursor += len(part)
        else:
            origin.extend([cursor] * len(part))
            cursor += 1
    origin.append(len(text))
    return Normalized("".join(parts), tuple(origin))
