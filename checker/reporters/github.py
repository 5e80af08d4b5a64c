"""``--format github``: GitHub Actions workflow commands that annotate the pull request.

One line per finding::

    ::error file=drafts/a.md,line=12,col=5,endLine=12,endColumn=7,title=ad-law/absolute-term::…

``info`` findings become ``notice`` annotations. Property values escape ``%``, CR, LF, ``:``
and ``,``; the message escapes ``%``, CR and LF, as the runner expects. A closing summary line
(not a command) keeps the log readable.
"""

from __future__ import annotations

from checker import messages
from checker.findings import Finding, Severity
from checker.input.text import neutralise
from checker.reporters import Report
from checker.rules.registry import handbook_label

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape what the runner reads as syntax; other control characters (ESC could recolour or
    clear the log) are shown as visible stand-ins."""
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return neutralise(escaped)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, report: Report) -> str:
    properties = [
        ("file", report.ci_path(finding.path)),
        ("line", str(finding.line)),
        ("col", str(finding.column)),
        ("endLine", str(finding.end_line)),
        ("endColumn", str(finding.end_column)),
        ("title", f"opscheck {finding.rule}"),
    ]
    head = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = f"{finding.message} [{handbook_label(finding.handbook)}]"
    return f"::{COMMANDS[finding.severity]} {head}::{escape_data(message)}"


def render(report: Report) -> str:
    lines = [annotation(finding, report) for finding in report.findings]
    counts = dict.fromkeys(Severity, 0)
    for finding in report.findings:
        counts[finding.severity] += 1
    if report.findings:
        lines.append(
            messages.text(
                "report.summary",
                report.lang,
                files=report.files,
                errors=counts[Severity.ERROR],
                warnings=counts[Severity.WARNING],
                infos=counts[Severity.INFO],
            )
        )
    else:
        lines.append(messages.text("report.clean", report.lang, files=report.files))
    return "\n".join(lines) + "\n"
