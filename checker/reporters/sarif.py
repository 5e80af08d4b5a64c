"""``--format sarif``: SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps, IDEs).

One run with the rules that appear in the report (id, a readable name, the one-line summary,
the rule's documentation, a link to its page in the handbook, its default level), and one
result per finding.

Decisions:

- Columns count Unicode code points, as in every other opscheck output, and the run says so
  with ``columnKind: "unicodeCodePoints"`` (SARIF's default is UTF-16 code units). The two
  differ only on a line that has a character outside the Basic Multilingual Plane (an emoji,
  a rare ideograph) before the finding.
- File locations are relative to ``%SRCROOT%``: the checked-out repository (the CI workspace,
  else the working directory), because GitHub resolves result paths from the repository root
  and ignores ``originalUriBaseIds``. When opscheck's root is a sub-folder (``social/``), paths
  carry it in front. ``originalUriBaseIds`` still gives the folder's absolute ``file:`` URI.
- ``partialFingerprints`` hash the rule, the path and the normalised matched text, plus the
  occurrence number of repeats, so a finding keeps its identity when lines move (the same
  fingerprint as ``--baseline``).
- Fixes are included when the finding has one and the file's text is at hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from checker import messages
from checker.engine.baseline import occurrences
from checker.findings import Finding, Severity
from checker.input.text import SourceText
from checker.reporters import Report
from checker.reporters._rules import describe, help_uri, unwrap

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT = "opscheck/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _pascal(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.replace("/", "-").split("-") if part)


def _rule(rule_id: str, first: Finding, report: Report) -> dict[str, Any]:
    info = describe(rule_id)
    summary = messages.summary(rule_id, report.lang)
    if summary == f"{rule_id}#summary":
        summary = info.title if info is not None else first.message
    entry: dict[str, Any] = {
        "id": rule_id,
        "name": _pascal(rule_id),
        "shortDescription": {"text": summary},
    }
    severity = Severity(info.severity) if info is not None else first.severity
    if info is not None:
        what = unwrap(info.section("检查什么")) or info.title
        entry["fullDescription"] = {"text": what}
        entry["helpUri"] = help_uri(report.site_url, rule_id)
        entry["help"] = {"text": what, "markdown": info.doc}
    entry["defaultConfiguration"] = {"level": LEVELS[severity]}
    handbook = info.handbook if info is not None else first.handbook
    entry["properties"] = {
        "tags": [rule_id.split("/", 1)[0]],
        "handbook": handbook,
        "fixable": info.fixable if info is not None else None,
    }
    return entry


def _uri(path: str) -> str:
    return quote(path, safe="/")


def _region(source: SourceText, start: int, end: int) -> dict[str, int]:
    line, column = source.position(start)
    end_line, end_column = source.position(max(start, end))
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
    }


def _fixes(finding: Finding, report: Report) -> list[dict[str, Any]]:
    source = report.sources.get(finding.path)
    if finding.fix is None or source is None:
        return []
    flag = "--fix" if finding.fix.safe else "--fix --unsafe-fixes"
    description = messages.text("report.sarif-fix", report.lang, flag=flag)
    return [
        {
            "description": {"text": description},
            "artifactChanges": [
                {
                    "artifactLocation": {
                        "uri": _uri(report.ci_path(finding.path)),
                        "uriBaseId": "%SRCROOT%",
                    },
                    "replacements": [
                        {
                            "deletedRegion": _region(source, edit.start, edit.end),
                            "insertedContent": {"text": edit.replacement},
                        }
                        for edit in finding.fix.edits
                    ],
                }
            ],
        }
    ]


def document(report: Report) -> dict[str, Any]:
    """The SARIF log as a JSON-ready mapping."""
    index: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    for finding in report.findings:
        if finding.rule not in index:
            index[finding.rule] = len(rules)
            rules.append(_rule(finding.rule, finding, report))
    results = []
    for finding, (value, nth) in zip(report.findings, occurrences(report.findings), strict=True):
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": _uri(report.ci_path(finding.path)),
                            "uriBaseId": "%SRCROOT%",
                        },
                        "region": {
                            "startLine": finding.line,
                            "startColumn": finding.column,
                            "endLine": finding.end_line,
                            "endColumn": finding.end_column,
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT: f"{value}:{nth}"},
        }
        fixes = _fixes(finding, report)
        if fixes:
            result["fixes"] = fixes
        results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "opscheck",
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "informationUri": report.site_url,
                "rules": rules,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if report.root:
        run["originalUriBaseIds"] = {
            "%SRCROOT%": {"uri": Path(report.ci_base()).absolute().as_uri().rstrip("/") + "/"}
        }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json.dumps(document(report), ensure_ascii=False, indent=2) + "\n"
