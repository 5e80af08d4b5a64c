"""One matching engine for built-in term lists and team rule packs.

All terms are compiled into Aho-Corasick automata (pyahocorasick) once, and a text is scanned in a
single pass whatever the number of terms: 10,000 terms cost about what 300 do. Matching is
leftmost-longest, so a longer entry wins over a shorter one it contains; term lists use this for
context exclusions (an allowed phrase such as ``第一时间`` hides the term ``第一`` inside it).

Terms are normalised exactly as the text is (:mod:`checker.packs.normalize`); case-sensitive
terms go to a second automaton that sees the text without case folding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from checker.input.markdown import Prose
from checker.packs.normalize import normalize

_WORD = re.compile(r"[0-9A-Za-z_]")


@dataclass(frozen=True)
class Term:
    """A string to find, and what it means to the rule that listed it."""

    text: str
    payload: Any = None
    word: bool = False  # Latin letters/digits must not touch it on either side
    case: bool = False  # case-sensitive (otherwise Latin case is folded)


@dataclass(frozen=True)
class Match:
    """A term found in a text; ``start``/``end`` index the ORIGINAL text."""

    start: int
    end: int
    terms: tuple[Term, ...]
    text: str

    @property
    def term(self) -> Term:
        return self.terms[0]


def _bytes_view(text: str) -> str:
    """``text`` as its UTF-8 bytes, one character per byte (the automata's alphabet)."""
    return text if text.isascii() else text.encode("utf-8").decode("latin-1")


def _hits(automaton: Any, text: str) -> Iterator[tuple[int, int, tuple[Term, ...]]]:
    """(start, end, terms) of every automaton hit in ``text``, in character offsets."""
    view = _bytes_view(text)
    raw = None if view is text else view.encode("latin-1")
    scan = automaton.iter(view)
    byte_cursor = char_cursor = 0  # hits come in order of their end: convert incrementally
    for end_byte, (length, terms) in scan:
        start_byte = end_byte - length + 1
        if raw is None:
            yield start_byte, end_byte + 1, terms
            continue
        char_cursor += len(raw[byte_cursor : end_byte + 1].decode("utf-8"))
        byte_cursor = end_byte + 1
        yield char_cursor - len(raw[start_byte:byte_cursor].decode("utf-8")), char_cursor, terms


@dataclass
class Matcher:
    """Finds any number of terms in one pass over a text.

    The automata run over the UTF-8 bytes of the normalised text (one character per byte):
    pyahocorasick looks a transition up by scanning a node's children, and a trie of thousands
    of Chinese terms has a root with thousands of children over code points but at most a few
    dozen over bytes. UTF-8 is self-synchronising, so a match always starts on a character.
    """

    terms: list[Term]
    fold: Mapping[str, str] | None = None
    _automata: list[tuple[Any, bool]] = field(default_factory=list, init=False, repr=False)
    #: True when some term holds a line break (a match could then cross two joined segments).
    _multiline: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        import ahocorasick

        groups: dict[bool, dict[str, list[Term]]] = {False: {}, True: {}}
        for term in self.terms:
            key = normalize(term.text, fold_case=not term.case, fold=self.fold).text
            if key:
                groups[term.case].setdefault(key, []).append(term)
                self._multiline = self._multiline or "\n" in key
        for case, entries in groups.items():
            if not entries:
                continue
            automaton = ahocorasick.Automaton()
            for key, terms in entries.items():
                view = _bytes_view(key)
                automaton.add_word(view, (len(view), tuple(terms)))
            automaton.make_automaton()
            self._automata.append((automaton, case))

    def _candidates(self, text: str) -> list[Match]:
        """Every occurrence of every term (overlapping ones too), by start, longest first."""
        found: list[Match] = []
        for automaton, case in self._automata:
            norm = normalize(text, fold_case=not case, fold=self.fold)
            for start_n, end_n, listed in _hits(automaton, norm.text):
                start, end = norm.span(start_n, end_n)
                terms: tuple[Term, ...] = listed
                if any(t.word for t in terms) and not _word_ok(text, start, end):
                    terms = tuple(t for t in terms if not t.word)
                    if not terms:
                        continue
                found.append(Match(start, end, terms, text[start:end]))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return found

    def find(self, text: str) -> list[Match]:
        """Non-overlapping leftmost-longest matches in ``text``, in order.

        Every occurrence is collected with ``Automaton.iter`` and the leftmost-longest ones are
        chosen here: pyahocorasick's own ``iter_long`` drops some matches (for example a term at
        the very end of the text when a longer term shares its prefix).
        """
        found: list[Match] = []
        for match in self._candidates(text):
            if found and match.start < found[-1].end:
                continue
            found.append(match)
        return found

    def find_all(self, text: str) -> list[Match]:
        """Every occurrence of every term in ``text``, overlapping ones included.

        Still one pass per automaton. Callers that hold several independent term lists in one
        matcher (team rule packs) resolve longest-match per list themselves, so a term of one
        list never hides a term of another.
        """
        return self._candidates(text)

    def find_in(self, prose: Prose, overlapping: bool = False) -> list[list[Match]]:
        """:meth:`find` (with ``overlapping``, :meth:`find_all`) for each segment of ``prose``.

        One pass over the joined text instead of one per segment: a term without a line break
        never matches across two segments, and the line break between them is neither a word
        character nor a term, so each segment gets exactly the matches it would get alone.
        """
        scan = self.find_all if overlapping else self.find
        if self._multiline:
            return [scan(segment.text) for segment in prose.segments]
        found: list[list[Match]] = [[] for _ in prose.segments]
        for match in scan(prose.text):
            place = prose.locate(match.start, match.end)
            if place is not None:
                index, start, end = place
                found[index].append(Match(start, end, match.terms, match.text))
        return found


def _word_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    first, last = text[start : start + 1], text[end - 1 : end]
    if before and _WORD.match(before) and _WORD.match(first):
        return False
    return not (after and _WORD.match(after) and _WORD.match(last))


def compile_terms(terms: Iterable[Term], fold: Mapping[str, str] | None = None) -> Matcher:
    return Matcher(list(terms), fold)
