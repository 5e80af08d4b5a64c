"""Aho-Corasick automata: every occurrence of any number of keys in one pass over a text.

Built on ``ahocorasick_rs`` (Python bindings of the Rust ``aho-corasick`` crate). Its standard
match kind with overlapping search reports every occurrence of every key, overlapping ones
included, in character offsets of the text, in the order of their ends; callers choose among
them (leftmost-longest, per list) themselves.

An automaton that scans every draft of a run (``dfa=True``) is a DFA when it holds up to
:data:`DFA_KEYS` keys: one table lookup per byte of the text, four to five times faster than the
NFA on a draft's prose, but slower to build. The others (a one-draft run, a 10,000-term rule
pack, whose DFA would take tens of megabytes and a tenth of a second to build) are contiguous
NFAs.
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

    __slots__ = ("_find", "values")

    def __init__(self, entries: Mapping[str, Any], dfa: bool = False) -> None:
        import ahocorasick_rs

        # A key with a lone surrogate can only occur in a text that holds one, and such a text
        # is searched with its surrogates replaced (see hits): the key would never be found.
        keys = [key for key in entries if key and not _SURROGATE.search(key)]
        #: The value of each key, by the key's index in the automaton.
        self.values = [entries[key] for key in keys]
        if not keys:
            self._find = None
            return
        kinds = ahocorasick_rs.Implementation
        implementation = kinds.DFA if dfa and len(keys) <= DFA_KEYS else kinds.ContiguousNFA
        automaton = ahocorasick_rs.AhoCorasick(
            keys,
            matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=implementation,
        )
        self._find = automaton.find_matches_as_indexes

    def hits(self, text: str) -> list[tuple[int, int, Any]]:
        """``(start, end, value)`` of every occurrence of every key in ``text``, by their ends."""
        if self._find is None:
            return []
        try:
            found = self._find(text, overlapping=True)
        except UnicodeEncodeError:  # one character for one: the offsets stay the same
            found = self._find(_SURROGATE.sub("\ufffd", text), overlapping=True)
        values = self.values
        return [(start, end, values[index]) for index, start, end in found]
