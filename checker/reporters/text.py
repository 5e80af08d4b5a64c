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
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(map(char_width, text))


def frame(line_text: str, column: int, end_column: int, same_line: bool) -> list[str] | None:
    """The source line and a caret row under columns ``[column, end_column)``.

    Only a window of about :data:`_MAX_WIDTH` display columns around the finding is looked at,
    so a finding on a line of a million characters costs no more than one on a short line.
    Tabs are shown as four spaces; control characters as visible stand-ins (``␛``).
    """
    start = min(max(column - 1, 0), len(line_text))
    stop = max(end_column - 1 if same_line else len(line_text), start + 1)
    if (
        len(line_text) < _MAX_WIDTH
        and "\t" not in line_text
        and neutralise(line_text) == line_text
        and display_width(line_text) < _MAX_WIDTH
    ):
        # The common case: a short line shown whole, nothing to replace; the widths in C.
        pad, caret = display_width(line_text[:start]), display_width(line_text[start:stop])
        return [line_text, " " * pad + "^" * max(1, caret)]
    return frame_window(line_text, start, stop)


def frame_window(line_text: str, start: int, stop: int) -> list[str]:
    """:func:`frame` for any line: a window of about :data:`_MAX_WIDTH` columns around it.

    A line without tabs or characters to replace (long Chinese paragraphs, mostly) is measured
    from its characters' widths alone; anything else goes character by character.
    """
    if "\t" in line_text or neutralise(line_text) != line_text:
        return frame_chars(line_text, start, stop)
    widths = list(map(char_width, line_text))
    fits = len(line_text) <= _MAX_WIDTH and sum(widths) <= _MAX_WIDTH
    left, width = start, 0
    while left > 0 and (fits or width < _MAX_WIDTH // 3):
        left -= 1
        width += widths[left]
    index, width = left, 0
    while index < len(line_text) and width < _MAX_WIDTH:
        width += widths[index]
        index += 1
    pad = sum(widths[left : min(start, index)])
    caret = sum(widths[start : min(stop, index)]) if start < index else 0
    prefix = "…" if left else ""
    suffix = "…" if index < len(line_text) else ""
    shown = prefix + line_text[left:index] + suffix
    return [shown, " " * (len(prefix) + pad) + "^" * max(1, caret)]


def frame_chars(line_text: str, start: int, stop: int) -> list[str]:
    """:func:`frame_window` character by character: stand-ins for control characters, tabs."""
    left, width = start, 0
    fits = len(line_text) <= _MAX_WIDTH and display_width(line_text) <= _MAX_WIDTH
    while left > 0 and (fits or width < _MAX_WIDTH // 3):
        left -= 1
        width += 4 if line_text[left] == "\t" else char_width(line_text[left])
    shown: list[str] = []
    pad = caret = width = 0
    index = left
    while index < len(line_text) and width < _MAX_WIDTH:
        char = line_text[index]
        # Control characters, separators and bidi overrides are shown as visible stand-ins:
        # file content must not rewrite the log it is printed to.
        piece = "    " if char == "\t" else neutralise(char)
        cells = 4 if char == "\t" else char_width(piece)
        if index < start:
            pad += cells
        elif index < stop:
            caret += cells
        shown.append(piece)
        width += cells
        index += 1
    prefix = "…" if left else ""
    suffix = "…" if index < len(line_text) else ""
    return [prefix + "".join(shown) + suffix, " " * (len(prefix) + pad) + "^" * max(1, caret)]


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
