"""The single-pass matcher: normalisation, longest match, exact original positions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.packs.matcher import Matcher, Term
from checker.packs.normalize import normalize


def spans(matcher: Matcher, text: str) -> list[tuple[str, object]]:
    return [(m.text, m.term.payload) for m in matcher.find(text)]


def test_fullwidth_zero_width_and_case_still_match_and_map_back() -> None:
    matcher = Matcher(
        [Term("全网最低价", "abs"), Term("no.1", "rank"), Term("VX", "wx", word=True)]
    )
    text = "今天全网最\u200b低价，ＮＯ．１品质，加Vx：qh2026"
    assert spans(matcher, text) == [
        ("全网最\u200b低价", "abs"),
        ("ＮＯ．１", "rank"),
        ("Vx", "wx"),
    ]


def test_longest_match_lets_allowed_phrases_hide_terms() -> None:
    matcher = Matcher([Term("第一", "rank"), Term("第一时间", None), Term("第一季度", None)])
    assert spans(matcher, "第一时间回复，第一季度增长，行业第一") == [
        ("第一时间", None),
        ("第一季度", None),
        ("第一", "rank"),
    ]


def test_word_terms_do_not_fire_inside_longer_latin_words() -> None:
    matcher = Matcher([Term("qq", "qq", word=True)])
    assert spans(matcher, "qqmusic 和 QQ 123") == [("QQ", "qq")]


def test_case_sensitive_terms_see_the_original_case() -> None:
    matcher = Matcher([Term("iPhone", "brand", case=True)])
    assert spans(matcher, "iphone 和 iPhone") == [("iPhone", "brand")]


def test_traditional_folding_is_opt_in() -> None:
    fold = {"網": "网", "價": "价", "低": "低"}
    plain = Matcher([Term("全网最低价", "abs")])
    folding = Matcher([Term("全网最低价", "abs")], fold=fold)
    assert plain.find("全網最低價") == []
    assert spans(folding, "全網最低價") == [("全網最低價", "abs")]


@given(st.text(alphabet=st.sampled_from("最佳ＡＢab第一\u200b，,Ⅻ㈱ﬁ İ\n"), max_size=40))
def test_normalised_offsets_always_map_inside_the_original(text: str) -> None:
    norm = normalize(text)
    for start in range(len(norm.text)):
        for end in range(start + 1, len(norm.text) + 1):
            first, last = norm.span(start, end)
            assert 0 <= first < last <= len(text)
