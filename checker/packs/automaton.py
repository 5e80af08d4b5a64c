"""Aho-Corasick automata: every occurrence of any number of keys in one pass over a text.

Built on ``ahocorasick_rs`` (Python bindings of the Rust ``aho-corasick`` crate). Its standard
match kind with overlapping search reports every occurrence of every key, overlapping ones
included, in character offsets of the text, in the order of their ends; callers choose among
them (leftmost-longest, per list) themselves.

An automaton that scans the drafts of a run is a DFA when it holds up to :data:`DFA_KEYS` keys:
one table lookup per byte of the text, two to five times faster than the NFA on a draft's prose,
but slower to build. ``dfa_after`` says after how many texts to build it: 0 for an automaton made
for a run over many drafts, 1 for one that may scan a single draft (the pre-commit case, which
then never pays for it). A 10,000-term rule pack stays a contiguous NFA (its DFA would take tens
of megabytes and a tenth of a second to build in each process).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: The most keys an automaton holds as a DFA.
DFA_KEYS = 4000

#: Lone surrogates (a text decoded with ``surrogateescape``, a YAML escape such as ``\ud800``):
#: the automaton reads UTF-8, which cannot hold them.
_SURROGATE = re.compile("[\ud800-\udfff]")


class Automaton:
    """Keys and their values, found in a text in one pass."""

    __slots__ = ("_find", "_keys", "_pending", "values")

    def __init__(self, entries: Mapping[str, Any], dfa_after: int | None = None) -> None:
        # A key with a lone surrogate can only occur in a text that holds one, and such a text
        # is searched with its surrogates replaced (see hits): the key would never be found.
        keys = [key for key in entries if key and not _SURROGATE.search(key)]
        #: The value of each key, by the key's index in the automaton.
        self.values = [entries[key] for key in keys]
        #: Texts to scan before the DFA is built (-1: never), and the keys to build it from.
        self._pending = -1 if dfa_after is None or len(keys) > DFA_KEYS else dfa_after
        self._keys = keys if self._pending > 0 else None
        self._find = _compiled(keys, dfa=self._pending == 0) if keys else None

    def hits(self, text: str) -> list[tuple[int, int, Any]]:
        """``(start, end, value)`` of every occurrence of every key in ``text``, by their ends."""
        if self._find is None:
            return []
        if self._pending > 0:
            self._pending -= 1
            if self._pending == 0 and self._keys is not None:
                self._find, self._keys = _compiled(self._keys, dfa=True), None
        try:
            found = self._find(text, overlapping=True)
        except UnicodeEncodeError:  # one character for one: the offsets stay the same
            found = self._find(_SURROGATE.sub("\ufffd", text), overlapping=True)
        values = self.values
        return [(start, end, values[index]) for index, start, end in found]


def _compiled(keys: list[str], dfa: bool) -> Any:
    """The search function of an automaton of ``keys``."""
    import ahocorasick_rs

    kinds = ahocorasick_rs.Implementation
    automaton = ahocorasick_rs.AhoCorasick(
        keys,
        matchkind=ahocorasick_rs.MatchKind.Standard,
        implementation=kinds.DFA if dfa else kinds.ContiguousNFA,
    )
    return automaton.find_matches_as_indexes
