"""One matching engine for built-in term lists and team rule packs.

All terms are compiled into Aho-Corasick automata (:mod:`checker.packs.automaton`) once, and a
text is scanned in a single pass whatever the number of terms: 10,000 terms cost about what 300
do. Matching is leftmost-longest, so a longer entry wins over a shorter one it contains; term
lists use this for context exclusions (an allowed phrase such as ``第一时间`` hides the term
``第一`` inside it).

Terms are normalised exactly as the text is (:mod:`checker.packs.normalize`); case-sensitive
terms go to a second automaton that sees the text without case folding.

Several matchers share one scan of a draft's prose: the matchers without a folding table (the
built-in lists and most team rule packs) join a :class:`ScanGroup`, and from the second draft of
a run on the group scans each draft once with automata that hold every member's terms, the
member in the payload; each member then keeps only its own hits. An automaton reports every
occurrence of every key, so a member's hits are exactly those its own automata would report.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from checker.input.markdown import Prose
from checker.packs.automaton import Automaton
from checker.packs.normalize import normalize, normalize_many

_WORD = re.compile(r"[0-9A-Za-z_]")


class Term(NamedTuple):
    """A string to find, and what it means to the rule that listed it."""

    text: str
    payload: Any = None
    word: bool = False  # Latin letters/digits must not touch it on either side
    case: bool = False  # case-sensitive (otherwise Latin case is folded)


class Match(NamedTuple):
    """A term found in a text; ``start``/``end`` index the ORIGINAL text."""

    start: int
    end: int
    terms: tuple[Term, ...]
    text: str

    @property
    def term(self) -> Term:
        return self.terms[0]


#: One automaton hit in original character offsets: (start, end, terms, some term is a word).
_Raw = tuple[int, int, tuple[Term, ...], bool]


class Matcher:
    """Finds any number of terms in one pass over a text (one automaton per case setting)."""

    def __init__(
        self,
        terms: list[Term],
        fold: Mapping[str, str] | None = None,
        group: ScanGroup | None = None,
    ) -> None:
        self.terms = terms
        self.fold = fold
        self._automata: list[tuple[Automaton, bool]] = []
        #: True when some term holds a line break (a match could then cross two joined segments).
        self._multiline = False
        groups: dict[bool, dict[str, list[Term]]] = {False: {}, True: {}}
        for case, entries in groups.items():
            listed = [term for term in terms if bool(term.case) == case]
            texts = [term.text for term in listed]
            keys = normalize_many(texts, fold_case=not case, fold=fold) if texts else []
            for key, term in zip(keys, listed, strict=True):
                if key:
                    entries.setdefault(key, []).append(term)
            self._multiline = self._multiline or any("\n" in key for key in entries)
        #: The automaton keys per case setting, normalised like the text (a ScanGroup reuses them).
        self._keys = groups
        #: The group that scans a prose for this matcher and others at once (see ScanGroup).
        self._group = None if fold is not None or self._multiline else group
        for case, entries in groups.items():
            if entries:
                payloads = {
                    key: (tuple(listed), any(t.word for t in listed))
                    for key, listed in entries.items()
                }
                # A matcher that scans every draft itself gets the faster automaton from the
                # second draft on; a group's member scans alone only until the group is built.
                alone = 1 if self._group is None else None
                self._automata.append((Automaton(payloads, dfa_after=alone), case))

    def _raw(self, text: str) -> list[_Raw]:
        """Every occurrence of every term, from this matcher's own automata."""
        found: list[_Raw] = []
        for automaton, case in self._automata:
            norm = normalize(text, fold_case=not case, fold=self.fold)
            if norm.origin is None:
                hits = automaton.hits(norm.text)
                found.extend((a, b, terms, word) for a, b, (terms, word) in hits)
            else:
                span = norm.span
                for start_n, end_n, (terms, word) in automaton.hits(norm.text):
                    found.append((*span(start_n, end_n), terms, word))
        return found

    @staticmethod
    def _candidates(raw: list[_Raw], text: str) -> list[Match]:
        """Every occurrence of every term (overlapping ones too), by start, longest first."""
        found: list[Match] = []
        for start, end, listed, word in raw:
            terms = listed
            if word and not _word_ok(text, start, end):
                terms = tuple(t for t in listed if not t.word)
                if not terms:
                    continue
            found.append(Match(start, end, terms, text[start:end]))
        if len(found) > 1:
            found.sort(key=_order)
        return found

    def find(self, text: str) -> list[Match]:
        """Non-overlapping leftmost-longest matches in ``text``, in order.

        Every occurrence is collected and the leftmost-longest ones are chosen here, so the
        choice is the same for one list and for the lists a :class:`ScanGroup` scans at once.
        """
        return _leftmost(self._candidates(self._raw(text), text))

    def find_all(self, text: str) -> list[Match]:
        """Every occurrence of every term in ``text``, overlapping ones included.

        Still one pass per automaton. Callers that hold several independent term lists in one
        matcher (team rule packs) resolve longest-match per list themselves, so a term of one
        list never hides a term of another.
        """
        return self._candidates(self._raw(text), text)

    def find_in(self, prose: Prose, overlapping: bool = False) -> list[Sequence[Match]]:
        """:meth:`find` (with ``overlapping``, :meth:`find_all`) for each segment of ``prose``.

        One pass over the joined text instead of one per segment: a term without a line break
        never matches across two segments, and the line break between them is neither a word
        character nor a term, so each segment gets exactly the matches it would get alone.
        """
        segments = prose.segments
        if self._multiline:
            scan = self.find_all if overlapping else self.find
            return [scan(segment.text) for segment in segments]
        # Most segments hold no term: they share one empty tuple instead of a list each.
        found: list[Sequence[Match]] = [()] * len(segments)
        text = prose.text
        raw = self._group.raw(self, prose) if self._group is not None else None
        if raw is None:
            raw = self._raw(text)
        if not raw:
            return found
        candidates = self._candidates(raw, text)
        if not overlapping:
            candidates = _leftmost(candidates)
        starts = prose.starts
        for start, end, terms, matched in candidates:
            index = bisect_right(starts, start) - 1
            if index < 0:
                continue
            offset = starts[index]
            if end - offset > len(segments[index].text):
                continue
            bucket = found[index]
            if not bucket:
                bucket = found[index] = []
            assert isinstance(bucket, list)
            bucket.append(Match(start - offset, end - offset, terms, matched))
        return found


def _order(match: Match) -> tuple[int, int]:
    return match.start, match.start - match.end


def _leftmost(candidates: list[Match]) -> list[Match]:
    found: list[Match] = []
    last = -1
    for match in candidates:
        if match.start < last:
            continue
        found.append(match)
        last = match.end
    return found


class ScanGroup:
    """Matchers (without a folding table) that share one scan of each draft's prose.

    A matcher joins when it first scans a prose; the group builds its shared automata when it
    moves on to another prose, so a run over one draft builds nothing more than its matchers.
    Until a matcher is part of the shared automata it scans alone. Members are held weakly (a
    team's packs are compiled per repository).
    """

    def __init__(self) -> None:
        #: id(matcher) -> (matcher, its index in the shared payloads or -1 when not built in).
        self._members: dict[int, tuple[weakref.ref[Matcher], int]] = {}
        self._pending = False
        self._size = 0
        #: The automaton of the case-folded keys; a key's value holds the members' entries and
        #: whether the key marks a possible hit of the case-sensitive automaton.
        self._folded: Automaton | None = None
        #: The automaton of the case-sensitive keys, and whether it must always run.
        self._exact: Automaton | None = None
        self._always_exact = False
        self._prose: Prose | None = None
        self._results: list[list[_Raw]] | None = None

    def raw(self, matcher: Matcher, prose: Prose) -> list[_Raw] | None:
        """``matcher``'s raw hits in ``prose.text``, or None when it must scan alone."""
        if prose is not self._prose:
            if self._pending and self._prose is not None:
                self._build()
            self._prose = prose
            self._results = None
        entry = self._members.get(id(matcher))
        if entry is None or entry[0]() is not matcher:
            self._members[id(matcher)] = (weakref.ref(matcher), -1)
            self._pending = True
            return None
        index = entry[1]
        if index < 0:
            return None
        if self._results is None:
            self._results = self._scan(prose.text)
        return self._results[index]

    def _build(self) -> None:
        members: list[Matcher] = []
        for ref, _ in self._members.values():
            matcher = ref()
            if matcher is not None:
                members.append(matcher)
        self._members = {
            id(matcher): (weakref.ref(matcher), index) for index, matcher in enumerate(members)
        }
        self._pending = False
        self._size = len(members)
        folded: dict[str, list[tuple[int, tuple[Term, ...], bool]]] = {}
        exact: dict[str, list[tuple[int, tuple[Term, ...], bool]]] = {}
        for case, entries in ((False, folded), (True, exact)):
            for index, matcher in enumerate(members):
                for key, listed in matcher._keys[case].items():
                    word = any(t.word for t in listed)
                    entries.setdefault(key, []).append((index, tuple(listed), word))
        # A case-sensitive key K found in the text normalised without case folding means K's
        # lower case in the text normalised with it (case folding lowers each normalised piece,
        # and str.lower lowers one character at a time except the final-sigma rule): markers in
        # the folded automaton tell when the case-sensitive one can find anything at all.
        markers = {key.lower() for key in exact}
        self._always_exact = any("\u03a3" in key for key in exact)
        payloads = {key: (tuple(listed), key in markers) for key, listed in folded.items()}
        for marker in markers:
            payloads.setdefault(marker, ((), True))
        self._folded = Automaton(payloads, dfa_after=0) if payloads else None
        exact_payloads = {key: (tuple(listed), False) for key, listed in exact.items()}
        self._exact = Automaton(exact_payloads, dfa_after=0) if exact else None

    def _scan(self, text: str) -> list[list[_Raw]]:
        results: list[list[_Raw]] = [[] for _ in range(self._size)]
        exact = self._always_exact
        if self._folded is not None:
            norm = normalize(text)
            span = norm.span
            for start_n, end_n, (entries, marker) in self._folded.hits(norm.text):
                exact = exact or marker
                if entries:
                    start, end = span(start_n, end_n)
                    for index, terms, word in entries:
                        results[index].append((start, end, terms, word))
        if exact and self._exact is not None:
            norm = normalize(text, fold_case=False)
            span = norm.span
            for start_n, end_n, (entries, _) in self._exact.hits(norm.text):
                start, end = span(start_n, end_n)
                for index, terms, word in entries:
                    results[index].append((start, end, terms, word))
        return results


#: The group of the built-in term lists and the team rule packs.
SHARED = ScanGroup()


def _word_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    first, last = text[start : start + 1], text[end - 1 : end]
    if before and _WORD.match(before) and _WORD.match(first):
        return False
    return not (after and _WORD.match(after) and _WORD.match(last))


def compile_terms(terms: Iterable[Term], fold: Mapping[str, str] | None = None) -> Matcher:
    return Matcher(list(terms), fold)
