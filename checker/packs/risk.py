"""Risk language: medical, efficacy, financial and guarantee claims that make a draft high-risk.

Used by the workflow rules: the risk level a draft must be approved at is the higher of its
front-matter ``risk`` and ``high`` when such language appears in any prose scope (title, summary,
tags, body, headings, lists, link text; never code, URLs or HTML comments).

Risk language is wider than what the advertising-law rules report: it is everything a legal
reviewer must see before publication. It is the union of

- the terms of ``checker/data/terms/high_risk.yaml`` (medical words, health food, efficacy and
  test data such as 除菌 or 检测报告, financial products, guarantees),
- efficacy figures such as ``去除 99% 过敏原`` or ``99.9% 的细菌``, and
- every claim ``ad-law/efficacy-guarantee`` reports (:mod:`checker.packs.adlaw`, category D).

Term data is loaded and compiled once per process, on first use.
"""

from __future__ import annotations

import weakref
from functools import cache
from typing import Any

from checker.model.document import Draft
from checker.packs.keyed import Keyed
from checker.packs.matcher import SHARED, Match, Matcher, Term
from checker.packs.normalize import normalize
from checker.packs.spans import Spans

LEVELS = ("low", "medium", "high")

_EFFICACY_BASIS = "《广告法》第十一条第二款、第二十八条"
_FIGURES = (  # both need a percent sign
    Keyed(
        r"(?:去除|清除|除去|杀灭|杀死|过滤|净化|抑制|消除|除菌|除醛|除螨|灭活)[^，,。！？!?；;\n]{0,6}?"
        r"\d+(?:\.\d+)?\s*+%",
        ("%",),
    ),
    Keyed(
        r"(?<!\d)\d+(?:\.\d+)?\s*+%\s*+(?:的)?\s*+(?:细菌|病菌|病毒|甲醛|过敏原|过敏源|螨虫|花粉|pm2\.?5|异味|"
        r"有害物质|大肠杆菌|金黄色葡萄球菌)",
        ("%",),
    ),
)


@cache
def _matcher() -> Matcher:
    from checker import data as shipped

    data: dict[str, Any] = shipped.load_twin("terms", "high_risk.yaml")  # its JSON twin: faster
    terms = [
        Term(str(term), payload=(name, str(entry.get("basis", ""))))
        for name, entry in data["categories"].items()
        for term in entry["terms"]
    ]
    terms.extend(Term(str(term), None) for term in data.get("not_risk") or [])
    return Matcher(terms, group=SHARED)


_CACHE: weakref.WeakKeyDictionary[Draft, list[tuple[Match, int, int]]] = weakref.WeakKeyDictionary()


def risk_language(draft: Draft) -> list[tuple[Match, int, int]]:
    """Every piece of high-risk language in the draft's prose, with its file offsets.

    ``match.term.payload`` is ``(category, legal basis)``; ``match.text`` is the text as written.
    Computed once per draft.
    """
    cached = _CACHE.get(draft)
    if cached is None:
        cached = _CACHE[draft] = _find(draft)
    return cached


def _find(draft: Draft) -> list[tuple[Match, int, int]]:
    from checker.packs import adlaw

    found: list[tuple[Match, int, int]] = []
    taken = Spans()

    def add(match: Match, start: int, end: int) -> None:
        if taken.add(start, end):
            found.append((match, start, end))

    for claim in adlaw.claims(draft, None):
        if claim.category == "D":
            term = Term(claim.term, (claim.group.name, claim.group.basis))
            add(Match(claim.start, claim.end, (term,), claim.term), claim.start, claim.end)
    prose = draft.prose
    everything = normalize(prose.text).text
    figures = [pattern for pattern in _FIGURES if pattern.possible(everything)]
    for segment, matches in zip(prose.segments, _matcher().find_in(prose), strict=True):
        if not matches and not figures:
            continue  # most segments
        text = segment.text
        for match in matches:
            if match.term.payload is None or segment.in_url(match.start, match.end):
                continue
            start, end = segment.span(match.start, match.end)
            add(match, start, end)
        if not figures:
            continue
        norm = normalize(text)
        for pattern in figures:
            for hit in pattern.finditer(norm.text):
                a, b = norm.span(hit.start(), hit.end())
                if segment.in_url(a, b):
                    continue
                term = Term(text[a:b], ("efficacy", _EFFICACY_BASIS))
                start, end = segment.span(a, b)
                add(Match(a, b, (term,), text[a:b]), start, end)
    return sorted(found, key=lambda item: item[1])


def declared_risk(draft: Draft) -> str:
    value = draft.get("risk")
    return value if value in LEVELS else "low"


def effective_risk(draft: Draft) -> str:
    """The risk level approvals must follow: declared, raised to high by risk language."""
    declared = declared_risk(draft)
    if declared != "high" and risk_language(draft):
        return "high"
    return declared
