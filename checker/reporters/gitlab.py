"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array with one issue per finding: ``description``, ``check_name`` (the rule id),
``fingerprint`` (unique per finding, stable when lines move: the baseline fingerprint plus the
occurrence number), ``severity`` and ``location.path`` with ``lines.begin``. Severities map to
GitLab's scale as error -> ``major``, warning -> ``minor``, info -> ``info``; ``critical`` and
``blocker`` are left for tools that find security holes.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from checker.engine.baseline import occurrences
from checker.findings import Severity
from checker.reporters import Report

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issues(report: Report) -> list[dict[str, Any]]:
    found = []
    for finding, (value, nth) in zip(report.findings, occurrences(report.findings), strict=True):
        fingerprint = hashlib.sha256(f"{value}:{nth}".encode()).hexdigest()[:32]
        found.append(
            {
                "type": "issue",
                "check_name": finding.rule,
                "description": finding.message,
                "categories": ["Style" if finding.rule.startswith("style/") else "Bug Risk"],
                "fingerprint": fingerprint,
                "severity": SEVERITIES[finding.severity],
                "location": {
                    "path": report.ci_path(finding.path),
                    "lines": {"begin": finding.line, "end": finding.end_line},
                },
            }
        )
    return found


def render(report: Report) -> str:
    return json.dumps(issues(report), ensure_ascii=False, indent=2) + "\n"
