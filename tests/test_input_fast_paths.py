"""The input layer's fast paths give exactly what the straightforward computation gives."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from checker.input import markdown, yamlpos
from checker.input.text import SourceText


@given(st.text(alphabet=st.sampled_from("ab最\r\n😀 "), max_size=60))
def test_line_starts_match_every_kind_of_line_break(text: str) -> None:
    expected = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    assert SourceText(text).line_starts == expected


@given(st.text(max_size=80))
def test_byte_offsets_map_to_character_offsets(text: str) -> None:
    table = markdown.char_offsets(text)
    byte = 0
    for index, char in enumerate(text):
        assert (table[byte] if table is not None else byte) == index
        byte += len(char.encode("utf-8"))
    assert (table[byte] if table is not None else byte) == len(text)


def test_a_repeated_scalar_keeps_its_own_type_and_style() -> None:
    first = yamlpos.load("a: 1\nb: '1'\nc: 2026-12-01\nd: 2026-12-01T20:00:00+08:00\n")
    again = yamlpos.load("a: '1'\nb: 1\nc: '2026-12-01'\n")
    assert first.data["a"] == 1 and first.data["b"] == "1"
    assert first.data["c"] == dt.date(2026, 12, 1)
    assert first.data["d"].utcoffset() == dt.timedelta(hours=8)
    assert again.data == {"a": "1", "b": 1, "c": "2026-12-01"}
    assert again.root is not None and again.root.get("a").style == "'"  # type: ignore[union-attr]


def test_aliases_are_limited_and_a_long_plain_document_is_not() -> None:
    # A long document is bounded by the file-size limit, not by the alias limit: a policy with
    # 50,000 roles is not a bomb.
    plain = "[" + ", ".join("x" for _ in range(yamlpos.MAX_NODES + 5)) + "]\n"
    assert yamlpos.load(plain).issues == []
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for name, prev in zip("bcdef", "abcde", strict=True):
        bomb += f"{name}: &{name} [" + ", ".join(f"*{prev}" for _ in range(10)) + "]\n"
    assert [i.variant for i in yamlpos.load(bomb).issues] == ["expansion"]
    small = yamlpos.load("a: &a [1, 2]\nb: *a\n")
    assert small.issues == [] and small.data == {"a": [1, 2], "b": [1, 2]}
