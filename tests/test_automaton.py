"""The Aho-Corasick automaton under every term list: all occurrences, character offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.packs.automaton import DFA_KEYS, Automaton


def plain_hits(keys: dict[str, int], text: str) -> list[tuple[int, int, int]]:
    """Every occurrence of every key, found with ``str.startswith`` at every position."""
    return sorted(
        (start, start + len(key), value)
        for key, value in keys.items()
        for start in range(len(text))
        if key and text.startswith(key, start)
    )


def test_reports_every_occurrence_overlapping_ones_included() -> None:
    keys = {"第一": 1, "第一次": 2, "一次": 3, "次": 4}
    hits = Automaton(keys).hits("这是第一次，再一次")
    assert sorted(hits) == [(2, 4, 1), (2, 5, 2), (3, 5, 3), (4, 5, 4), (7, 9, 3), (8, 9, 4)]


def test_offsets_count_characters_beyond_the_basic_plane() -> None:
    # U+20000 is four bytes in UTF-8 and one character in Python.
    assert Automaton({"𠀀x": "a", "青禾": "b"}).hits("𠀀x青禾") == [(0, 2, "a"), (2, 4, "b")]


def test_a_text_with_a_lone_surrogate_is_still_searched_at_the_same_offsets() -> None:
    assert Automaton({"青禾": 1}).hits("\udc80青禾") == [(1, 3, 1)]
    assert Automaton({"\ud800x": 1}).hits("a\ud800x") == [(1, 3, 1)]


def test_an_empty_key_is_left_out_and_no_key_finds_nothing() -> None:
    assert Automaton({"": 2}).hits("text") == []
    assert Automaton({}).hits("anything") == []


_KEYS = st.dictionaries(st.text("第一次最佳ab", min_size=1, max_size=4), st.integers(), max_size=12)
_TEXT = st.text("第一次最佳ab,。\n𠀀é\udc80", max_size=40)


@settings(max_examples=200, deadline=None)
@given(_KEYS, _TEXT)
def test_the_dfa_and_the_nfa_find_what_a_plain_search_finds(
    keys: dict[str, int], text: str
) -> None:
    expected = plain_hits(keys, text)
    assert sorted(Automaton(keys, dfa_after=0).hits(text)) == expected
    assert sorted(Automaton(keys).hits(text)) == expected
    later = Automaton(keys, dfa_after=1)  # an NFA for the first text, a DFA for the next ones
    assert [sorted(later.hits(text)) for _ in range(3)] == [expected] * 3


def test_a_large_list_is_found_the_same_way_without_a_dfa() -> None:
    keys = {f"词{index:05d}": index for index in range(DFA_KEYS + 1)}
    text = f"前缀词00007和词{DFA_KEYS:05d}，词99999"
    assert Automaton(keys, dfa_after=0).hits(text) == [(2, 8, 7), (9, 15, DFA_KEYS)]
