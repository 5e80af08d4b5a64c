"""Risk language: medical, efficacy, financial and guarantee claims that make a draft high-risk.

Used by the workflow rules: the risk level a draft must be approved at is the higher of its
front-matter ``risk`` and ``high`` when such language appears in any prose scope.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from checker.model.document import Draft
from checker.packs.matcher import Match, Matcher, Term

LEVELS = ("low", "medium", "high")


@cache
def _matcher() -> Matcher:
    import yaml

    text = resources.files("checker.data.terms").joinpath("high_risk.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    terms = [
        Term(str(term), payload=(name, str(entry.get("basis", ""))))
        for name, entry in data["categories"].items()
        for term in entry["terms"]
    ]
    return Matcher(terms)


def risk_language(draft: Draft) -> list[tuple[Match, int, int]]:
    """Every high-risk term in the draft's prose, with its file offsets."""
    found = []
    for segment in draft.segments():
        for match in _matcher().find(segment.text):
            if match.term.payload is None or segment.in_url(match.start, match.end):
                continue
            start, end = segment.span(match.start, match.end)
            found.append((match, start, end))
    return found


def declared_risk(draft: Draft) -> str:
    value = draft.get("risk")
    return value if value in LEVELS else "low"


def effective_risk(draft: Draft) -> str:
    """The risk level approvals must follow: declared, raised to high by risk language."""
    declared = declared_risk(draft)
    if declared != "high" and risk_language(draft):
        return "high"
    return declared
