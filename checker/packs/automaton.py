"""Aho-Corasick automata: every occurrence of any number of keys in one pass over a text.

Built on ``ahocorasick_rs`` (Python bindings of the Rust ``aho-corasick`` crate). Its standard
match kind with overlapping search reports every occurrence of every key, overlapping ones
included, in the order of their ends; :meth:`Automaton.hits` gives them in character offsets of
the text, and callers choose among them (leftmost-longest, per list) themselves.

A small automaton that scans the drafts of a run is a DFA (up to :data:`DFA_KEYS` keys): one
table lookup per byte of the text, about twice as fast as the NFA when its table stays in the
processor's cache, but slower to build. ``dfa_after`` says after how many texts to build it: 0
for an automaton made for a run over many drafts, 1 for one that may scan a single draft (the
pre-commit case, which then never pays for it). A larger automaton stays a contiguous NFA: the
DFA of the shared scan (about 1,500 keys of Chinese terms) takes megabytes, and between two
drafts the rules push it out of the cache; measured per draft in a run over the benchmark
corpus, its scan took 9-19 % longer than the NFA's (three runs), and it cost 13 ms to build
before the workers start. A 10,000-term rule pack would take tens of megabytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: The most keys an automaton holds as a DFA.
DFA_KEYS = 500

#: 1 for a byte that starts a UTF-8 character, 0 for a continuation byte.
_LEAD = bytes(0 if 0x80 <= value < 0xC0 else 1 for value in range(256))


def _utf8(text: str) -> bytes:
    """UTF-8, lone surrogates included as three bytes each (one character, one lead byte)."""
    return text.encode("utf-8", "surrogatepass")


class Automaton:
    """Keys and their values, found in a text in one pass."""

    __slots__ = ("_find", "_keys", "_lengths", "_pending", "values")

    def __init__(self, entries: Mapping[str, Any], dfa_after: int | None = None) -> None:
        keys = [key for key in entries if key]
        #: The value of each key, by the key's index in the automaton.
        self.values = [entries[key] for key in keys]
        #: The length of each key in characters: a hit's start is its end minus that.
        self._lengths = [len(key) for key in keys]
        encoded = [_utf8(key) for key in keys]
        #: Texts to scan before the DFA is built (-1: never), and the keys to build it from.
        self._pending = -1 if dfa_after is None or len(keys) > DFA_KEYS else dfa_after
        self._keys = encoded if self._pending > 0 else None
        self._find = _compiled(encoded, dfa=self._pending == 0) if keys else None

    def hits(self, text: str) -> list[tuple[int, int, Any]]:
        """``(start, end, value)`` of every occurrence of every key in ``text``, by their ends.

        The automaton reads the text's UTF-8 bytes (handing it a ``str`` costs more than the
        search); UTF-8 is self-synchronising, so a key's bytes only match where its characters
        are. Byte offsets become character offsets by counting the bytes that start a character.
        """
        if self._find is None:
            return []
        if self._pending > 0:
            self._pending -= 1
            if self._pending == 0 and self._keys is not None:
                self._find, self._keys = _compiled(self._keys, dfa=True), None
        values = self.values
        if text.isascii():
            found = self._find(text.encode("ascii"), overlapping=True)
            return [(start, end, values[index]) for index, start, end in found]
        raw = _utf8(text)
        found = self._find(raw, overlapping=True)
        if not found:
            return []
        marks = raw.translate(_LEAD)
        lengths = self._lengths
        result: list[tuple[int, int, Any]] = []
        byte = char = 0  # the last end converted: matches come by their ends
        for index, _first, last in found:
            if last >= byte:
                char += marks.count(1, byte, last)
            else:
                char -= marks.count(1, last, byte)
            byte = last
            result.append((char - lengths[index], char, values[index]))
        return result


def _compiled(keys: list[bytes], dfa: bool) -> Any:
    """The search function of an automaton of ``keys``."""
    import ahocorasick_rs

    kinds = ahocorasick_rs.Implementation
    automaton = ahocorasick_rs.BytesAhoCorasick(
        keys,
        matchkind=ahocorasick_rs.MatchKind.Standard,
        implementation=kinds.DFA if dfa else kinds.ContiguousNFA,
    )
    return automaton.find_matches_as_indexes
