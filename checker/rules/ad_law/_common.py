"""What the three ad-law rules share: the brand's names and turning claims into problems."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.packs import adlaw
from checker.rules.api import Context

FIELD_NAMES = {
    "source": ("来源", "the source"),
    "period": ("统计期间", "the period"),
    "region": ("地域范围", "the region"),
}


#: The brand names of the last context asked about (one context serves a whole run).
_BRANDS: list[tuple[Context, tuple[str, ...]]] = []


def brands(ctx: Context) -> tuple[str, ...]:
    if _BRANDS and _BRANDS[0][0] is ctx:
        return _BRANDS[0][1]
    extra = ctx.option("ad-law/absolute-term", "brand_names", [])
    accounts = [(a.type, a.name) for a in ctx.repo.accounts.values()]
    names = adlaw.brand_names(accounts, extra if isinstance(extra, list) else [])
    _BRANDS[:] = [(ctx, names)]
    return names


def problems(draft: Draft, ctx: Context, rule_id: str) -> Iterator[Problem]:
    en = ctx.lang == "en"
    for claim in adlaw.claims(draft, brands(ctx)):
        if claim.rule != rule_id:
            continue
        group = claim.group
        args: dict[str, object] = {
            "term": claim.term,
            "basis": group.basis_en if en else group.basis,
        }
        variant = group.variant
        severity: Severity | None = None
        if rule_id == "ad-law/absolute-term" and (group.evidence or claim.award):
            evidence = claim.evidence
            if evidence is None:
                variant = "award" if claim.award and not group.evidence else "ranking"
            else:
                missing = evidence.missing(claim.award and not group.evidence)
                args.update(source=evidence.source, period=evidence.period, region=evidence.region)
                if missing:
                    variant = "evidence-incomplete"
                    joiner = ", " if en else "、"
                    args["missing"] = joiner.join(FIELD_NAMES[m][1 if en else 0] for m in missing)
                else:
                    variant = "evidenced"
                    severity = Severity.WARNING
        yield Problem(claim.start, claim.end, args, variant, severity=severity)
