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


_MARKDOWN_PIECES = st.sampled_from(
    [
        "a",
        "最",
        "😀",
        " ",
        "\n",
        "\n\n",
        "*",
        "`",
        "[",
        "]",
        "(u)",
        "<b>",
        "<!-- 最 -->",
        "# ",
        "- ",
        "\\",
    ]
    + ["| 最 | b |\n|---|---|\n| 😀 | c |\n", "```\n最\n```\n", "[最](https://x.cn/最)", "&amp;"]
)


@given(st.lists(_MARKDOWN_PIECES, max_size=40), st.integers(min_value=0, max_value=5))
def test_markdown_positions_point_at_the_characters_they_stand_for(
    pieces: list[str], base: int
) -> None:
    body = "".join(pieces)
    text = "x" * base + body
    doc = markdown.parse(body, base)
    for segment in doc.segments:
        bounds = [*segment.starts[1:], len(segment.text)]
        for begin, stop, source in zip(segment.starts, bounds, segment.sources, strict=True):
            piece = segment.text[begin:stop]
            if piece not in ("\n", markdown.OBJECT):
                assert text[source : source + len(piece)] == piece
    for comment in doc.comments:
        assert text[comment.start : comment.end] == comment.text
    for start, end in doc.code:
        assert text[start] == "`" and start < end <= len(text)  # a span or a fenced block
    for link in doc.links:
        assert text[link.start] in "[!<" and link.start < link.end <= len(text)


def test_duplicate_keys_are_found_whatever_the_key_type() -> None:
    def duplicates(text: str) -> list[tuple[str, int]]:
        doc = yamlpos.load(text)
        return [
            (str(i.args["key"]), i.start) for i in doc.issues if i.rule == "input/duplicate-key"
        ]

    assert duplicates("a: 1\nb: 2\nc: [x, x]\nd: {e: 1, f: 2}\n") == []
    assert duplicates("a: 1\nb: 2\na: 3\n") == [("a", 10)]
    assert duplicates("2026-12-01: a\n'2026-12-01': b\n") == [("2026-12-01", 14)]
    assert duplicates("1: a\n'1': b\n1: c\n") == [("1", 12)]
    assert duplicates("x:\n  - {k: 1, k: 2}\n") == [("k", 14)]


_PATTERNS = [re.compile(p) for p in (r"a", r"a\nb", r"[ab]+", r"\s", r"(?=a)", r"b*", r"a.{0,3}b")]


@given(st.lists(st.text(alphabet=st.sampled_from("ab x\n"), max_size=8), max_size=6))
def test_prose_matching_names_every_segment_a_match_touches(texts: list[str]) -> None:
    segments = []
    for text in texts:
        segment = markdown.Segment("body")
        segment.add(text, 0)
        segments.append(segment)
    prose = markdown.Prose(segments)
    assert prose.text == "\n".join(texts)
    owner = [i for i, text in enumerate(texts) for _ in range(len(text) + 1)]  # char -> segment
    for pattern in _PATTERNS:
        if not texts:
            assert prose.matching(pattern) == set()
            continue
        expected = {
            i
            for m in pattern.finditer(prose.text)
            for i in range(owner[m.start()], owner[max(m.start(), m.end() - 1)] + 1)
        }
        assert prose.matching(pattern) == expected
        # so a segment where the pattern matches on its own is never left out
        assert {i for i, text in enumerate(texts) if pattern.search(text)} <= expected
