"""Regular expressions searched only in text that holds one of their key words.

Most prose holds nothing that a rare, large expression looks for (a WeChat id, 年化收益 8%), yet
Python's ``re`` tries such an expression at every character. A :class:`Keyed` expression names
its *keys*: words one of which every match contains (for ``(?:保证|确保|承诺)\\s*有效`` the keys
are 保证, 确保 and 承诺). A text that holds none of them is not searched at all, so the
expression costs a few substring tests instead of a full scan. The expression alone decides what
matches; the keys only skip text where it cannot match. ``tests/test_keyed.py`` generates
matches of every keyed expression of the checker and checks that each holds one of its keys.

Keys are compared with :func:`fold` (Latin case folded) when the expression ignores case.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from checker.input.markdown import Prose
from checker.packs.normalize import Normalized

if TYPE_CHECKING:
    from checker.packs.automaton import Automaton

#: Characters that ``re.IGNORECASE`` matches to an ASCII letter though ``str.lower`` does not
#: give that letter: dotted and dotless i, the long s and the Kelvin sign.
_CASE_PARTNERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_PARTNER = re.compile("[" + "".join(_CASE_PARTNERS) + "]")


def fold(text: str) -> str:
    """``text`` with Latin case folded as ``re.IGNORECASE`` folds it, one character for one."""
    if _PARTNER.search(text):
        text = _PARTNER.sub(lambda found: _CASE_PARTNERS[found.group()], text)
    return text.lower()


class _Compiled:
    """A regular expression's source, compiled on first use."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled


class Lazy(_Compiled):
    """A regular expression compiled on first use: importing a module that holds many stays
    cheap, and a run that never needs one never compiles it."""

    __slots__ = ()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


class Keyed(_Compiled):
    """A regular expression (compiled on first use) and the keys one of which it needs."""

    __slots__ = ("ignore_case", "keys")

    def __init__(self, pattern: str, keys: Iterable[str], flags: int = 0) -> None:
        super().__init__(pattern, flags)
        keys = tuple(keys)
        # Case matters to the key test only when a key holds a letter that has case.
        self.ignore_case = bool(flags & re.IGNORECASE) and any(k.lower() != k.upper() for k in keys)
        self.keys = tuple(fold(key) if self.ignore_case else key for key in keys)
        if not self.keys or not all(key and "\n" not in key for key in self.keys):
            raise ValueError(f"keys must be non-empty words without line breaks: {pattern!r}")

    def possible(self, text: str) -> bool:
        """False when ``text`` holds none of the keys (then the expression cannot match)."""
        if self.ignore_case:
            text = fold(text)
        return any(key in text for key in self.keys)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.possible(text):
            return iter(())
        return self.compiled.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text) if self.possible(text) else None


#: The keyed expressions of a segment without any key (shared, never changed).
_NONE: frozenset[Keyed] = frozenset()


class KeyedSet:
    """Several keyed expressions whose keys are looked for in one pass over a text.

    An Aho-Corasick automaton of all their keys reports every occurrence (overlapping ones too),
    so :meth:`possible` costs one scan of the text whatever the number of expressions and keys.
    """

    def __init__(self, expressions: Sequence[Keyed]) -> None:
        self.expressions = tuple(expressions)
        self._automata: list[tuple[bool, Automaton]] = []  # (ignore case, automaton), on first use

    def _build(self) -> list[tuple[bool, Automaton]]:
        from checker.packs.automaton import Automaton

        for ignore_case in (False, True):
            owners: dict[str, list[int]] = {}
            for index, expression in enumerate(self.expressions):
                if expression.ignore_case == ignore_case:
                    for key in expression.keys:
                        owners.setdefault(key, []).append(index)
            if owners:
                entries = {key: tuple(indices) for key, indices in owners.items()}
                # Scanned for every draft of a run: a DFA from the second draft on.
                self._automata.append((ignore_case, Automaton(entries, dfa_after=1)))
        return self._automata

    def possible(self, text: str) -> list[Keyed]:
        """The expressions whose keys occur in ``text`` (the others cannot match it)."""
        found: set[int] = set()
        for ignore_case, automaton in self._automata or self._build():
            for _, _, indices in automaton.hits(fold(text) if ignore_case else text):
                found.update(indices)
        return [self.expressions[index] for index in sorted(found)]

    def possible_each(self, prose: Prose, norm: Normalized) -> list[AbstractSet[Keyed]]:
        """For each segment of ``prose``, the expressions whose keys occur in it.

        ``norm`` is the normalised joined text of ``prose`` (normalised as the expressions'
        texts are): one pass over it finds every key, and each key belongs to the segment it
        lies in (no key holds a line break, so none crosses from one segment into the next).
        """
        # Most segments hold no key: they share one empty set instead of a set each.
        found: list[AbstractSet[Keyed]] = [_NONE] * len(prose.segments)
        for ignore_case, automaton in self._automata or self._build():
            # fold() keeps every character one character long, so offsets stay the same.
            text = fold(norm.text) if ignore_case else norm.text
            for start, end, indices in automaton.hits(text):
                place = prose.locate(*norm.span(start, end))
                if place is not None:
                    keyed = found[place[0]]
                    if not isinstance(keyed, set):
                        keyed = found[place[0]] = set()
                    keyed.update(self.expressions[index] for index in indices)
        return found
