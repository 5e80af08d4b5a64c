"""``--format json``: the machine-readable contract (schema: checker/data/report.schema.json)."""

from __future__ import annotations

import json
from typing import Any

from checker.findings import Finding, Severity
from checker.reporters import Report


def diagnostic(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "message": finding.message,
        "handbook": finding.handbook,
        "fix": (
            {
                "replacement": finding.fix.replacement,
                "applicability": "safe" if finding.fix.safe else "unsafe",
            }
            if finding.fix is not None
            else None
        ),
    }


def render(report: Report) -> str:
    counts = dict.fromkeys(Severity, 0)
    for finding in report.findings:
        counts[finding.severity] += 1
    document = {
        "version": 1,
        "tool": "opscheck",
        "tool_version": report.tool_version,
        "diagnostics": [diagnostic(f) for f in report.findings],
        "summary": {
            "files": report.files,
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "infos": counts[Severity.INFO],
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
