"""Human-readable output: one line per finding, a code frame, and a summary line.

``drafts/a.md:12:5: error ad-law/absolute-term 「最佳」是绝对化用语 [§9.1]``, then the source line
with a caret row aligned by display width (a Han character is two columns wide). Colour is used
only when the output is a terminal.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from checker import messages
from checker.findings import Finding, Severity
from checker.input.text import neutralise
from checker.reporters import Report
from checker.rules.registry import handbook_label

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
_MAX_WIDTH = 100


@cache
def char_width(char: str) -> int:
    """Terminal columns of one character: 2 for wide CJK, 0 for combining marks."""
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)  # control characters never get here: frames are neutralised first
    return sum(map(char_width, text))


def frame(line_text: str, column: int, end_column: int, same_line: bool) -> list[str] | None:
    """The source line and a caret row under columns ``[column, end_column)``.

    Only a window of the line around the finding is looked at, so a finding on a line of a
    million characters costs what one on a short line does; control characters, separators and
    bidi overrides are shown as visible stand-ins so file content cannot rewrite the log.
    """
    cut = max(0, column - 1 - _MAX_WIDTH)
    clipped_right = len(line_text) > column - 1 + 2 * _MAX_WIDTH
    line_text = line_text[cut : column - 1 + 2 * _MAX_WIDTH]
    column -= cut
    end_column -= cut
    text = neutralise(line_text, keep="\t").replace("\t", "    ")
    shift = line_text[: column - 1].count("\t") * 3
    start = column - 1 + shift
    stop = (
        end_column - 1 + shift + line_text[column - 1 : max(column, end_column - 1)].count("\t") * 3
        if same_line
        else len(text)
    )
    stop = max(stop, start + 1)
    # Keep long lines readable: show a window around the finding.
    left = 0
    if cut or display_width(text[:start]) > _MAX_WIDTH // 2:
        left = start
        width = 0
        while left > 0 and width < _MAX_WIDTH // 3:
            left -= 1
            width += char_width(text[left])
    window = text[left:]
    shown = ""
    width = 0
    for char in window:
        if width >= _MAX_WIDTH:
            shown += "…"
            break
        shown += char
        width += char_width(char)
    else:
        if clipped_right:
            shown += "…"
    prefix = "…" if left or cut else ""
    pad = display_width(prefix) + display_width(text[left:start])
    carets = max(1, display_width(text[start : min(stop, left + len(shown))]))
    return [prefix + shown, " " * pad + "^" * carets]


def _sources_line(report: Report, finding: Finding) -> tuple[str, int] | None:
    """The part of the finding's line a frame can show, and how many characters precede it."""
    source = report.sources.get(finding.path)
    if source is None or finding.line > len(source.line_starts) or not source.text:
        return None
    starts = source.line_starts
    begin = starts[finding.line - 1]
    end = starts[finding.line] if finding.line < len(starts) else len(source.text)
    cut = max(0, finding.column - 1 - 2 * _MAX_WIDTH)
    stop = min(end, begin + finding.column + 2 * _MAX_WIDTH)
    return source.text[begin + cut : stop].rstrip("\r\n"), cut


def format_finding(finding: Finding, report: Report) -> list[str]:
    color = report.color
    head = f"{neutralise(finding.path)}:{finding.line}:{finding.column}:"
    severity = finding.severity.value
    label = handbook_label(finding.handbook)
    if color:
        head = _BOLD + head + _RESET
        severity = _COLORS[finding.severity] + severity + _RESET
    message = neutralise(finding.message)
    out = [f"{head} {severity} {neutralise(finding.rule)} {message} [{label}]"]
    source_line = _sources_line(report, finding)
    if source_line is not None:
        line_text, cut = source_line
        rows = frame(
            line_text,
            finding.column - cut,
            finding.end_column - cut,
            finding.end_line == finding.line,
        )
        if rows is not None:
            gutter = str(finding.line)
            blank = " " * len(gutter)
            bar = (_DIM + "|" + _RESET) if color else "|"
            caret = (_COLORS[finding.severity] + rows[1] + _RESET) if color else rows[1]
            out.append(f"  {gutter} {bar} {rows[0]}")
            out.append(f"  {blank} {bar} {caret}")
    return out


def render(report: Report) -> str:
    lines: list[str] = []
    for finding in report.findings:
        lines.extend(format_finding(finding, report))
    counts = dict.fromkeys(Severity, 0)
    for finding in report.findings:
        counts[finding.severity] += 1
    if report.fixed:
        lines.append(
            messages.text("report.fixed", report.lang, count=report.fixed, files=report.fixed_files)
        )
    if report.findings:
        if lines:
            lines.append("")
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
        fixable = sum(1 for f in report.findings if f.fix is not None and f.fix.safe)
        if fixable:
            lines.append(messages.text("report.fixable", report.lang, count=fixable))
    else:
        lines.append(messages.text("report.clean", report.lang, files=report.files))
    return "\n".join(lines) + "\n"
