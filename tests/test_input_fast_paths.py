"""The input layer's fast paths give exactly what the straightforward computation gives."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.input import frontmatter, markdown, yamlpos
from checker.input.text import SourceText


@given(st.text(alphabet=st.sampled_from("ab最\r\n😀 "), max_size=60))
def test_line_starts_match_every_kind_of_line_break(text: str) -> None:
    expected = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    assert SourceText(text).line_starts == expected


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["---", "...", "\n", "\r", "\r\n", " ", "\t", "-", "a: 1"])))
def test_the_closing_fence_is_the_first_fence_at_a_line_start(parts: list[str]) -> None:
    text = "".join(parts)
    split = frontmatter.split(text)
    opening = re.match(r"---[ \t]*(\r\n|\r|\n)", text)
    if opening is None:
        assert not split.present
        return
    # The straightforward way: every line start after the opening fence, in order.
    fence = re.compile(r"(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)")
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    for start in starts:
        closing = fence.match(text, start) if start >= opening.end() else None
        if closing is not None:
            assert split == (True, True, opening.end(), start, closing.end())
            return
    assert split == (True, False, opening.end(), len(text), len(text))


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
        assert start < end <= len(text)
        # a span or a fenced block, or an indented block (its text after four spaces)
        assert text[start] == "`" or text[max(base, start - 4) : start] == "    "
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


def _prose(texts: list[str]) -> markdown.Prose:
    """One body segment per text, joined."""
    segments = []
    for text in texts:
        segment = markdown.Segment("body")
        segment.add(text, 0)
        segments.append(segment)
    return markdown.Prose(segments)


_PATTERNS = [re.compile(p) for p in (r"a", r"a\nb", r"[ab]+", r"\s", r"(?=a)", r"b*", r"a.{0,3}b")]


@given(st.lists(st.text(alphabet=st.sampled_from("ab x\n"), max_size=8), max_size=6))
def test_prose_matching_names_every_segment_a_match_touches(texts: list[str]) -> None:
    prose = _prose(texts)
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


#: Patterns that never match a line break (what :meth:`Prose.holding` is for).
_ONE_LINE = [re.compile(p) for p in (r"a", r"[ab]+", r"x", r"(?<=a)b", r"a(?=x)", r"[^\n]b")]


@given(st.lists(st.text(alphabet=st.sampled_from("ab x\n"), max_size=8), max_size=6))
def test_prose_holding_names_the_segments_where_a_pattern_matches(texts: list[str]) -> None:
    prose = _prose(texts)
    for pattern in _ONE_LINE:
        # A segment's own text may hold line breaks (a soft break); the joined text adds one
        # between segments, which a pattern that never matches one sees as an end of text.
        expected = [i for i, text in enumerate(texts) if pattern.search(text)]
        assert prose.holding(pattern) == expected


@given(
    st.lists(st.text(alphabet=st.sampled_from("ab#\uff03x\n"), max_size=8), max_size=6),
    st.sampled_from(["#", "#\uff03", "\uff03", "ab"]),
)
def test_prose_holding_any_names_the_segments_holding_one_of_the_characters(
    texts: list[str], chars: str
) -> None:
    prose = _prose(texts)
    expected = [i for i, text in enumerate(texts) if any(char in text for char in chars)]
    assert prose.holding_any(chars) == expected
    assert prose.holding_any(chars) == prose.holding(re.compile(f"[{re.escape(chars)}]"))


_TRICKY = [
    "bilibili", "关于 H2 售后，你想知道的都在这里", "yes", "No", "~", "null", "1.0", "0x1F", "1_000",
    "2026-12-01", "2027-03-21T17:00:00+08:00", "2027-03-21 17:00:00", "12:30", "190:20:30", "a: b",
    "a #b", "a#b", "http://x.cn/a?b=1", "a,b", "a]b", "x:", "'q'", '"d"', "@x", "&x y", "*x", "|",
    "?x", "-1", "- x", ".inf", "<<", "…", "...", "---", "0b101", "\u00a0x", "a\u0085b", "😀", "a:b",
]  # fmt: skip
_KEYS = st.sampled_from(["platform", "tags", "x-a", "yes", "1", "2026-12-01", "<<", "a b", "a"])


def _flow(items: list[str], pairs: bool) -> str:
    if pairs:
        return (
            "{"
            + ", ".join(f"{k}: {v}" for k, v in zip(items[::2], items[1::2], strict=False))
            + "}"
        )
    return "[" + ", ".join(items) + "]"


_VALUES = st.one_of(
    st.sampled_from(_TRICKY),
    st.builds(_flow, st.lists(st.sampled_from(_TRICKY), max_size=4), st.booleans()),
)
_LINES = st.one_of(
    st.builds("{}: {}".format, _KEYS, _VALUES),
    st.builds(
        lambda key, indent, items: f"{key}:\n" + "\n".join(f"{' ' * indent}- {i}" for i in items),
        _KEYS,
        st.sampled_from([0, 2, 4]),
        st.lists(_VALUES, min_size=1, max_size=3),
    ),
    st.sampled_from(["", "# c", "  more", "a:", "a: x  ", "a:  x", "- x", "a:\tb"]),
)


def _through_libyaml(text: str, base: int) -> yamlpos.YamlDoc:
    limit = yamlpos._SIMPLE_MAX
    yamlpos._SIMPLE_MAX = -1
    try:
        return yamlpos.load(text, base)
    finally:
        yamlpos._SIMPLE_MAX = limit


def _tree(node: yamlpos.Node | None) -> object:
    if node is None or node.kind == "scalar":
        return node and (node.start, node.end, repr(node.value), node.tag, node.style)
    if node.kind == "seq":
        return (node.start, node.end, [_tree(child) for child in node.value])
    return (node.start, node.end, [(_tree(k), _tree(v)) for k, v in node.value])


@settings(max_examples=500)
@given(st.lists(_LINES, min_size=1, max_size=6), st.integers(min_value=0, max_value=4))
def test_simple_front_matter_loads_as_libyaml_loads_it(lines: list[str], base: int) -> None:
    text = "\n".join(lines) + "\n"
    fast, slow = yamlpos.load(text, base), _through_libyaml(text, base)
    assert repr(fast.data) == repr(slow.data)
    assert _tree(fast.root) == _tree(slow.root)
    assert fast.issues == slow.issues


def test_a_usual_front_matter_takes_the_simple_path() -> None:
    text = (
        "platform: xiaohongshu\naccount: xhs-official\ntitle: 三件基础款：通勤\nstatus: draft\n"
        "publish_at: 2026-12-01T20:00:00+08:00\ntags: [通勤, 穿搭]\nsponsored: false\n"
        "approvals:\n  - {role: legal, by: li-na, at: 2026-11-30T10:00:00+08:00}\n"
    )
    assert yamlpos._simple(text, 4, []) is not None
    fast, slow = yamlpos.load(text, 4), _through_libyaml(text, 4)
    assert fast.data == slow.data and _tree(fast.root) == _tree(slow.root)
    assert fast.data["approvals"][0]["at"].utcoffset() is not None


def test_a_line_met_before_loads_as_it_did_the_first_time_at_its_new_place() -> None:
    # ``key: value`` lines repeat from draft to draft and are read once; a line seen again, at
    # another offset and next to other lines, must give the nodes libyaml gives.
    first = "platform: weibo\nstatus: draft\nrisk: low\nimages: 3\n"
    second = "title: 新品\nrisk: low\nimages: 3\nplatform: weibo\nstatus: draft\n"
    for text, base in ((first, 4), (second, 9), (first, 0)):
        fast, slow = yamlpos.load(text, base), _through_libyaml(text, base)
        assert repr(fast.data) == repr(slow.data)
        assert _tree(fast.root) == _tree(slow.root)


@settings(max_examples=400)
@given(
    st.one_of(
        st.sampled_from(_TRICKY),
        st.text("中a1-+.:~<=FNOTYfnoty \"'", min_size=1, max_size=8),
    ).filter(lambda value: value[:1] not in ("!", "&", "*")),  # tags, anchors: tested elsewhere
    st.sampled_from(["{}", "'{}'", '"{}"']),
)
def test_scalars_are_the_values_pyyaml_gives(value: str, quoting: str) -> None:
    # A scalar whose first character starts no implicit type is taken as a string without the
    # resolver; what comes out must be what PyYAML's own safe loader makes of the line.
    import yaml

    line = "k: " + quoting.format(value) + "\n"
    try:
        expected = yaml.safe_load(line)
    except yaml.YAMLError:
        return  # not a valid line: the loaders' error paths are tested elsewhere
    loaded = yamlpos.load(line)
    assert loaded.ok
    assert repr(loaded.data) == repr(expected)


_DIGITS = st.text("0123456789", min_size=1, max_size=3)


@settings(max_examples=500)
@given(
    st.lists(
        st.one_of(_DIGITS, st.sampled_from(["-", ":", " ", "T", "t", "Z", "+", ".", "_", "0"])),
        min_size=1,
        max_size=14,
    ),
    st.sampled_from(["", "2027-03-21 ", "2026-12-01T", "19", "0"]),
)
def test_counts_dates_and_times_are_typed_as_pyyaml_types_them(
    pieces: list[str], lead: str
) -> None:
    # Decimal counts, dates and times to the second are typed without PyYAML's resolver and
    # constructor; every value, valid or not (month 13, offset +99:00), must be PyYAML's.
    import yaml

    text = lead + "".join(pieces)
    line = f"k: {text}\n"
    try:
        expected = yaml.safe_load(line)
    except yaml.YAMLError:
        return
    except (ValueError, OverflowError):  # a date PyYAML's constructor rejects (2027-02-30)
        expected = {"k": text}  # stays the text, as for every scalar the constructor rejects
    loaded = yamlpos.load(line)
    assert loaded.ok
    assert repr(loaded.data) == repr(expected)
    value = loaded.data["k"] if isinstance(loaded.data, dict) else None
    assert type(value) is type(expected["k"])


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(["a", "中", ".", "5", "www", "http", "://", "com", "cn", " ", "/", "@"])
    )
)
def test_a_segment_finds_the_urls_the_expression_finds(pieces: list[str]) -> None:
    # Prose without a scheme, ``www.`` or a dot before a letter skips the URL expression; it
    # must then have no URL the expression would find.
    text = "".join(pieces)
    segment = markdown.Segment("body")
    segment.add(text, 0)
    expected = [(m.start(), m.end()) for m in markdown._url_regex().finditer(text)]
    assert segment.urls == expected
