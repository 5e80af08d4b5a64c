"""The text report: the line format, carets aligned by display width, colour only when asked."""

from __future__ import annotations

import random
import re

from checker.findings import Finding, Severity
from checker.input.text import SourceText
from checker.reporters import Report, render
from checker.reporters.text import display_width, frame, frame_chars, frame_window


def _finding(line: int, column: int, end_column: int) -> Finding:
    return Finding(
        "ad-law/absolute-term",
        Severity.ERROR,
        "drafts/a.md",
        line,
        column,
        line,
        end_column,
        "「最佳」是绝对化用语",
        "ch9/9.1",
    )


def test_line_format_and_handbook_label() -> None:
    source = SourceText("---\n---\n这款是最佳的选择\n")
    out = render("text", Report([_finding(3, 4, 6)], 1, sources={"drafts/a.md": source}))
    first = out.splitlines()[0]
    assert first == "drafts/a.md:3:4: error ad-law/absolute-term 「最佳」是绝对化用语 [§9.1]"


def test_caret_sits_under_the_han_characters() -> None:
    text, carets = frame("这款是最佳的选择", 4, 6, True) or ("", "")
    assert carets == " " * 6 + "^^^^"
    assert display_width(text[:3]) == 6


def test_caret_with_mixed_latin_and_tabs() -> None:
    text, carets = frame("\tiPhone 最佳", 9, 11, True) or ("", "")
    assert text.startswith("    iPhone")
    assert carets.index("^") == display_width("    iPhone ")
    assert carets.count("^") == 4


def test_long_lines_are_windowed_around_the_finding() -> None:
    line = "甲" * 5000 + "最佳" + "乙" * 5000
    text, carets = frame(line, 5001, 5003, True) or ("", "")
    assert display_width(text) < 220
    assert text.count("最佳") == 1
    assert carets.index("^") == display_width(text[: text.index("最佳")])
    assert carets.count("^") == 4


def test_no_colour_unless_requested() -> None:
    source = SourceText("最佳\n")
    plain = render("text", Report([_finding(1, 1, 3)], 1, sources={"drafts/a.md": source}))
    coloured = render(
        "text", Report([_finding(1, 1, 3)], 1, color=True, sources={"drafts/a.md": source})
    )
    assert "\033[" not in plain and "\033[31m" in coloured


def test_summary_in_english() -> None:
    out = render("text", Report([_finding(1, 1, 3)], 4, lang="en"))
    assert "Checked 4 files: 1 errors, 0 warnings, 0 infos." in out


def test_short_line_frame_equals_the_character_by_character_frame() -> None:
    # Short lines without tabs or control characters take a quicker path; random lines of
    # Han, Latin, full-width, combining and zero-width characters (and some that force the
    # slow path) must get exactly the frame the general path draws.
    rng = random.Random(20261126)
    alphabet = "ab Z中文，。！\u0301\u200bＡ1é\x1b\t\u202e"
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70)))
        column, end_column = rng.randint(0, len(line) + 3), rng.randint(0, len(line) + 5)
        same_line = rng.random() < 0.7
        start = min(max(column - 1, 0), len(line))
        stop = max(end_column - 1 if same_line else len(line), start + 1)
        assert frame(line, column, end_column, same_line) == frame_window(line, start, stop)


def test_long_line_frame_equals_the_character_by_character_frame() -> None:
    # Long lines without tabs or control characters are measured from their widths alone;
    # the window, the ellipses and the caret must be exactly those of the general path.
    rng = random.Random(20261127)
    alphabet = "ab Z中文，。！\u0301\u200bＡ1é"
    for _ in range(3000):
        size = rng.choice([rng.randint(0, 60), rng.randint(90, 320)])
        line = "".join(rng.choice(alphabet) for _ in range(size))
        if rng.random() < 0.1:
            line += rng.choice("\x1b\t\u202e")
        start = rng.randint(0, len(line))
        stop = max(rng.randint(0, len(line) + 5), start + 1)
        assert frame_window(line, start, stop) == frame_chars(line, start, stop)


def test_long_line_window_with_many_zero_width_characters() -> None:
    # The window is measured near the finding first; runs of zero-width characters carry it
    # further, and it must still be exactly the one the general path finds.
    rng = random.Random(20261128)
    for _ in range(2000):
        weight = rng.choice([0.5, 0.8, 0.95])
        size = rng.randint(90, 400)
        line = "".join(
            rng.choice("\u0301\u200b") if rng.random() < weight else rng.choice("中a，Ｚ ")
            for _ in range(size)
        )
        start = rng.randint(0, len(line))
        stop = max(rng.randint(0, len(line) + 5), start + 1)
        assert frame_window(line, start, stop) == frame_chars(line, start, stop)


def test_display_width_is_the_sum_of_the_character_widths() -> None:
    # The widths counted in C (the classes of characters known to be one or two columns wide)
    # must be those char_width gives, on this Python's Unicode tables.
    from checker.reporters import text as textmod
    from checker.reporters.text import _NARROW, _WIDE, char_width

    textmod._wide_and_other()  # the counting expressions, as in a long report
    for ranges in (_WIDE, _NARROW):
        for first, last in re.findall(r"(.)-(.)", ranges, re.DOTALL):
            for code in range(ord(first), ord(last) + 1):
                assert display_width(chr(code)) == char_width(chr(code)), hex(code)
    rng = random.Random(20261129)
    alphabet = "ab 中文，。“”…—\u0301\u200bＡé\U0001f600ｶ한\u3099"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert display_width(text) == sum(map(char_width, text))


def test_running_widths_from_utf16_high_bytes_are_the_character_widths() -> None:
    # Once the width classes are compiled (a long report), a window of characters of known
    # width is measured from the high bytes of its UTF-16 form; every such character, and any
    # text, must measure as char_width says, and long-line frames must not change.
    from checker.reporters import text as textmod
    from checker.reporters.text import _NARROW, _WIDE, char_width, running_widths

    textmod._wide_and_other()
    for ranges in (_WIDE, _NARROW):
        for first, last in re.findall(r"(.)-(.)", ranges, re.DOTALL):
            for code in range(ord(first), ord(last) + 1):
                assert running_widths(chr(code)) == [0, char_width(chr(code))], hex(code)
    rng = random.Random(20261130)
    alphabet = "ab Z中文，。！“”…—\u0301\u200bＡ1é\U0001f600한ｶ"
    for _ in range(2000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 320)))
        expected = [0]
        for char in line:
            expected.append(expected[-1] + char_width(char))
        assert running_widths(line) == expected
        start = rng.randint(0, len(line))
        stop = max(rng.randint(0, len(line) + 5), start + 1)
        assert frame_window(line, start, stop) == frame_chars(line, start, stop)
