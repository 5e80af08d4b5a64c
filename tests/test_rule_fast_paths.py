"""The fast paths the draft rules share give exactly what the straightforward computation gives.

Normalisation by runs of unchanged characters, one scan of a draft's joined prose instead of one
per segment, and expressions skipped where none of their key words occur: each is checked here
against the plain character-by-character or segment-by-segment way.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.input.markdown import Prose, Segment
from checker.packs import adlaw, diversion
from checker.packs.keyed import Keyed, fold
from checker.packs.matcher import Matcher, ScanGroup, Term
from checker.packs.normalize import _KEPT, ZERO_WIDTH, Normalized, _normalize, normalize_many
from checker.packs.normalize import normalize as normalize_full
from checker.rules.style import _common as style_common

EVERY_CHARACTER = "".join(map(chr, range(0x110000)))

#: Characters that make normalisation and matching interesting.
ALPHABET = (
    "最佳第一唯全网低价青禾微信加扫码二维码 \n\t"
    "abcVXqQ1Ｑ２０，。！？：（）【】《》“”…—～　、"
    "\u200b\u00adİıſK㈱ﬁⅫé\u0301ä😀#＃@＠"
)


def reference(text: str, fold_case: bool, table: Mapping[str, str] | None) -> Normalized:
    """Normalisation one character at a time, as the module describes it."""
    pieces = []
    for char in text:
        piece = "" if char in ZERO_WIDTH else unicodedata.normalize("NFKC", char)
        if table is not None:
            piece = "".join(table.get(c, c) for c in piece)
        pieces.append(piece.lower() if fold_case else piece)
    if all(len(piece) == 1 for piece in pieces):
        return Normalized("".join(pieces), None)
    origin = [index for index, piece in enumerate(pieces) for _ in piece]
    return Normalized("".join(pieces), (*origin, len(text)))


def test_kept_characters_never_change() -> None:
    kept = re.findall(f"[{_KEPT}]", EVERY_CHARACTER)
    assert len(kept) > 27_000
    for fold_case in (True, False):
        assert _normalize("".join(kept), fold_case, None).text == "".join(kept)
        for char in kept[::97]:
            assert reference(char, fold_case, None).text == char


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60), st.booleans())
def test_normalisation_equals_one_character_at_a_time(text: str, fold_case: bool) -> None:
    assert _normalize(text, fold_case, None) == reference(text, fold_case, None)
    table = {"網": "网", "價": "价", "Ｑ": "Q"}
    assert _normalize(text, fold_case, table) == reference(text, fold_case, table)


@settings(max_examples=300)
@given(
    st.lists(st.text(alphabet=st.sampled_from(ALPHABET + "ΣσΑ\x00"), max_size=8), max_size=6),
    st.booleans(),
)
def test_a_term_list_normalises_at_once_as_term_by_term(terms: list[str], fold_case: bool) -> None:
    for table in (None, {"網": "网", "價": "价", "Ｑ": "Q"}):
        one_by_one = [normalize_full(t, fold_case=fold_case, fold=table).text for t in terms]
        assert normalize_many(terms, fold_case=fold_case, fold=table) == one_by_one


def test_fold_is_ignorecase_one_character_for_one() -> None:
    assert len(fold(EVERY_CHARACTER)) == len(EVERY_CHARACTER)
    for letter in string.ascii_lowercase:
        for found in re.finditer(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE):
            assert fold(found.group()) == letter


def prose(texts: list[str]) -> Prose:
    segments = []
    for text in texts:
        segment = Segment("body")
        segment.add(text, 0)
        segments.append(segment)
    return Prose(segments)


def test_prose_locates_ranges_in_their_segment() -> None:
    joined = prose(["青禾", "", "加微信"])
    assert joined.text == "青禾\n\n加微信"
    assert joined.locate(0, 2) == (0, 0, 2)
    assert joined.locate(4, 7) == (2, 0, 3)
    assert joined.locate(1, 4) is None  # crosses two segments
    assert prose([]).locate(0, 0) is None


TERMS = [
    Term("最佳", "abs"),
    Term("第一", "rank"),
    Term("第一时间", None),
    Term("vx", "wx", word=True),
    Term("QQ", "qq", case=True),
    Term("青禾", "brand"),
    Term("禾加", "overlap"),
]


@settings(max_examples=300)
@given(st.lists(st.text(alphabet=st.sampled_from(ALPHABET), max_size=25), max_size=6))
def test_one_scan_of_the_joined_prose_equals_one_scan_per_segment(texts: list[str]) -> None:
    matcher = Matcher(TERMS)
    joined = prose(texts)
    for overlapping in (False, True):
        scan = matcher.find_all if overlapping else matcher.find
        found = matcher.find_in(joined, overlapping)
        assert [list(matches) for matches in found] == [scan(text) for text in texts]


OTHER_TERMS = [
    Term("第一", "other"),
    Term("加微信", "wechat"),
    Term("qq", "qq", word=True),
    Term("ＶＸ", "wx", case=True),
    Term("QQ", "upper", case=True),
    Term("ıQ第", "dotless", case=True),
    Term("网低", "net"),
]


@settings(max_examples=200)
@given(
    st.lists(st.lists(st.text(alphabet=st.sampled_from(ALPHABET + "Σσς"), max_size=25), max_size=5))
)
def test_matchers_sharing_one_scan_find_what_each_finds_alone(drafts: list[list[str]]) -> None:
    group = ScanGroup()
    lists = (TERMS, OTHER_TERMS, TERMS[:3])
    shared = [Matcher(terms, group=group) for terms in lists]
    alone = [Matcher(terms) for terms in lists]
    for texts in [["青禾第一", "加微信"], ["QQ 号", "vx第一时间"], *drafts]:  # built on the 2nd
        joined = prose(texts)
        for overlapping in (False, True):
            for one, own in zip(shared, alone, strict=True):
                assert one.find_in(joined, overlapping) == own.find_in(joined, overlapping)


def keyed_expressions() -> list[Keyed]:
    """Every keyed expression the checker uses."""
    found = list(adlaw.data().patterns.expressions)
    found.extend(diversion._expressions(()).expressions)  # every platform named "another"
    found.append(style_common._PROTECTED)
    return found


@pytest.mark.parametrize("expression", keyed_expressions(), ids=lambda e: e.pattern[:30])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_match_of_a_keyed_expression_holds_one_of_its_keys(
    expression: Keyed, data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(expression.compiled))
    for found in expression.compiled.finditer(text):
        assert expression.possible(found.group()), (expression.pattern, found.group())


def typography_needs() -> list[tuple[re.Pattern[str] | Keyed, re.Pattern[str]]]:
    """Every need the typography rules pass to ``segments``, with the plain expression of what
    it stands for (a need may be written differently, or carry key words, to be found faster)."""
    from checker.rules.style import cjk_spacing, fullwidth_punctuation, repeated_punctuation

    needs: list[re.Pattern[str] | Keyed] = [
        *fullwidth_punctuation._NEEDS,
        cjk_spacing._TOUCHING,
        cjk_spacing._NUMBER_SPACE,
        cjk_spacing._SPACE_BY_MARK,
    ]
    pairs = [(need, need.compiled if isinstance(need, Keyed) else need) for need in needs]
    pairs.append((repeated_punctuation._TWO_MARKS, re.compile(r"[,;:!?，；：！？。、]{2}")))
    return pairs


@settings(max_examples=300)
@given(st.lists(st.text(alphabet=st.sampled_from(ALPHABET + '$%°.-"。'), max_size=25), max_size=6))
def test_segments_worth_a_look_equal_those_the_joined_scan_finds(texts: list[str]) -> None:
    pairs = typography_needs()
    fixed = ["价格 99 %", "好，，吧", "青禾K7很静", "等等。。。", "温度 30 °C", "好!?"]
    for joined in (prose(texts), prose(fixed + texts)):
        for need, plain in pairs:
            assert style_common._matching(joined, (need,)) == joined.matching(plain)
        assert style_common._matching(joined, tuple(need for need, _ in pairs)) == set().union(
            *(joined.matching(plain) for _, plain in pairs)
        )


AD_LAW_KEYS = sorted({key for e in adlaw.data().patterns.expressions for key in e.keys})


@settings(max_examples=200)
@given(
    st.lists(
        st.lists(st.sampled_from([*AD_LAW_KEYS, "１００", "百分", "\n", "，", "Ａ", "\u200b"])).map(
            "".join
        ),
        max_size=5,
    )
)
def test_ad_law_patterns_worth_a_try_come_from_the_shared_scan_as_from_their_keys(
    texts: list[str],
) -> None:
    # Each segment gets the patterns with a key in that segment: what the key set finds in the
    # segment's own normalised text (a pattern's match always holds one of its keys).
    for words in (["治愈率", "百分之百"], texts):
        joined = prose(words)
        everything = normalize_full(joined.text).text
        assert adlaw._possible_patterns(joined, everything) == [
            adlaw.data().patterns.possible(normalize_full(word).text) for word in words
        ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=",;:!?，；：！？。、ab中 .()", max_size=40))
def test_half_width_runs_are_the_mark_runs_holding_a_half_width_mark(text: str) -> None:
    from checker.rules.style.fullwidth_punctuation import FULL, HALF_RUN, MARK_RUN

    expected = [m.span() for m in MARK_RUN.finditer(text) if any(c in FULL for c in m.group())]
    assert [m.span() for m in HALF_RUN.finditer(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".。…-—a中 ", max_size=30))
def test_marks_are_found_where_the_look_behind_first_forms_find_them(text: str) -> None:
    # The expressions start with the mark and look behind it afterwards, which lets the engine
    # skip to the next mark; they must find exactly what the plain forms find.
    from checker.rules.style.fullwidth_punctuation import _DASH, _ELLIPSIS, _SINGLE_DOT

    plain = {
        _SINGLE_DOT: r"(?<![.。…])\.(?![.。…])",
        _ELLIPSIS: r"\.{3,}|。{3,}|(?<!…)…(?!…)",
        _DASH: r"(?<![-—])--(?![-—])",
    }
    for fast, slow in plain.items():
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(slow, text)
        ]


@given(st.text())
def test_weighted_units_count_two_for_every_character_beyond_ascii(text: str) -> None:
    from checker.packs.platforms import weighted_units

    assert weighted_units(text) == sum(1 if ord(char) < 128 else 2 for char in text)


def _double_by_hand(text: str, index: int) -> int:
    from checker.packs.hashtags import _MAX_DOUBLE, MARKS, is_tag_char

    for close in range(index + 1, min(len(text), index + 2 + _MAX_DOUBLE)):
        if text[close] in ("\n", "\ufffc"):
            return -1
        if text[close] in MARKS:
            content = text[index + 1 : close]
            ok = (
                content
                and not content[0].isspace()
                and not content[-1].isspace()
                and content[-1] not in "，。、；：,.;:"
                and any(is_tag_char(c) for c in content)
                and not content.isdigit()
            )
            return close if ok else -1
    return -1


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="#＃a1 ，·_\n\ufffc话-", max_size=80))
def test_a_double_hashtag_closes_where_a_character_walk_closes_it(text: str) -> None:
    from checker.packs.hashtags import _double

    for index, char in enumerate(text):
        if char in "#＃":
            assert _double(text, index) == _double_by_hand(text, index)


def test_a_hashtag_name_run_is_exactly_the_tag_characters() -> None:
    # ``#话题`` ends where is_tag_char stops holding; the scanner finds that end with one regular
    # expression, whose ``\w`` must be str.isalnum() or ``_`` on every code point.
    from checker.packs.hashtags import _TAG_RUN, is_tag_char

    every = "".join(map(chr, range(0x110000)))
    assert "".join(filter(is_tag_char, every)) == "".join(re.findall(_TAG_RUN.pattern[:-1], every))


def test_the_visible_bound_of_a_body_is_never_shorter_than_its_visible_text() -> None:
    # platform/body-too-long skips the exact count when a quick bound of the body fits the
    # limit; the bound must be at least as long as the visible text in every unit.
    from pathlib import Path

    from checker.model.document import load_draft
    from checker.packs.platforms import measure
    from checker.rules.platform._common import visible_bound, visible_pieces

    root = Path(__file__).parent / "fixtures" / "drafts"
    paths = sorted(root.rglob("*.md"))
    assert len(paths) > 20
    for path in paths:
        draft = load_draft(path, str(path))
        if not draft.readable or draft.front is None:
            continue
        shown = "".join(piece.text for piece in visible_pieces(draft))
        bound = visible_bound(draft)
        for unit in ("chars", "weighted", "bytes"):
            assert measure(bound, unit) >= measure(shown, unit), (path, unit)
