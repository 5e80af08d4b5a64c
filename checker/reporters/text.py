"""Human-readable output: one line per finding, a code frame, and a summary line.

``drafts/a.md:12:5: error ad-law/absolute-term 「最佳」是绝对化用语 [§9.1]``, then the source line
with a caret row aligned by display width (a Han character is two columns wide). Colour is used
only when the output is a terminal.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import accumulate

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


#: Characters two columns wide in every Unicode version Python has shipped: CJK symbols and
#: punctuation, kana, the CJK ideographs, Hangul syllables and the full-width forms.
_WIDE = (
    "\u1100-\u115f\u3000-\u3029\u3030-\u303e\u3041-\u3096\u30a0-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6"
)
#: Characters one column wide besides printable ASCII: Latin-1 and Latin extensions, and the
#: general punctuation from the hyphen on (quotation marks, dashes, the ellipsis).
_NARROW = "\x20-\x7e\u00a0-\u02ff\u2010-\u205e"
#: The two expressions below, compiled once a report has measured this many texts: compiling
#: them takes longer (8 ms, the classes are large) than measuring the few lines of a short report
#: character by character.
_COMPILE_AFTER = 200
_measured = 0
_counters: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _wide_and_other() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of two-column characters, and any character whose width those classes do not tell
    (combining marks, emoji, ...)."""
    global _counters
    if _counters is None:
        _counters = (re.compile(f"[{_WIDE}]+"), re.compile(f"[^{_NARROW}{_WIDE}]"))
    return _counters


def display_width(text: str) -> int:
    """Terminal columns of ``text``: the sum of :func:`char_width`, counted in C for the
    characters whose width is known in advance (``tests/test_text_reporter.py`` checks them)."""
    global _measured
    if text.isascii() and text.isprintable():
        return len(text)
    if _counters is None:
        _measured += 1
        if _measured <= _COMPILE_AFTER:
            return sum(map(char_width, text))
    wide, other = _wide_and_other()
    width = len(text) + sum(map(len, wide.findall(text)))
    for char in other.findall(text):
        width += char_width(char) - 1
    return width


#: The width of a character of :data:`_WIDE` or :data:`_NARROW` by the high byte of its UTF-16
#: code unit: the wide ranges start at U+1100 and from U+3000 on, the narrow ones lie below
#: U+0300 and in U+2010-U+205E.
_WIDTH_BY_HIGH_BYTE = bytes(2 if high == 0x11 or high >= 0x30 else 1 for high in range(256))


def running_widths(text: str) -> list[int]:
    """``ends[i]``: the width of ``text[:i]`` (``ends[0]`` is 0).

    When every character is in the classes of known width, the widths come from the high bytes
    of the UTF-16 text, translated in C; otherwise character by character.
    """
    if _counters is not None and _counters[1].search(text) is None:
        widths = text.encode("utf-16-le")[1::2].translate(_WIDTH_BY_HIGH_BYTE)
        return list(accumulate(widths, initial=0))
    return list(accumulate(map(char_width, text), initial=0))


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
    total = len(line_text)
    if total > _MAX_WIDTH:
        # Characters at least one column wide: the window reaches at most a third of the width
        # to the left of ``start`` and the full width to the right of that. Measure only there,
        # and the whole line when zero-width characters carry it further.
        low = max(0, start - _MAX_WIDTH // 3)
        window = _window(line_text, start, stop, low, min(total, start + _MAX_WIDTH))
        if window is not None:
            return window
    window = _window(line_text, start, stop, 0, total)
    assert window is not None
    return window


def _window(line_text: str, start: int, stop: int, low: int, high: int) -> list[str] | None:
    """frame_window measured on ``line_text[low:high]``; None when the window may go beyond."""
    total = len(line_text)
    # ``ends[i]``: the width of the characters from ``low`` to ``low + i``. The window is what
    # the character by character walk of frame_chars finds, located by bisection in these sums.
    ends = running_widths(line_text[low:high])
    here = start - low
    if total <= _MAX_WIDTH and ends[-1] <= _MAX_WIDTH and low == 0 and high == total:
        left = 0  # the whole line fits
    else:
        # The last place before ``start`` at least a third of the width away (or the start).
        left = max(0, bisect_right(ends, ends[here] - _MAX_WIDTH // 3, 0, here) - 1)
        if left == 0 and low > 0 and ends[here] < _MAX_WIDTH // 3:
            return None
    # The first place at least the full width after ``left`` (or the end of the line).
    index = min(high - low, bisect_left(ends, ends[left] + _MAX_WIDTH, left + 1))
    if index == high - low and high < total and ends[index] - ends[left] < _MAX_WIDTH:
        return None
    pad = ends[min(here, index)] - ends[left]
    caret = ends[min(stop - low, index)] - ends[here] if here < index else 0
    left += low
    index += low
    prefix = "…" if left else ""
    suffix = "…" if index < total else ""
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
