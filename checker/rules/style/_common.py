"""Shared by the ``style/*`` rules: character classes, the text typography must leave alone, and
how to tell a Chinese sentence from an English one.

Every style rule reads the prose segments of a draft (title, summary and the Markdown body; never
code, link targets, HTML or front-matter keys) and skips, inside them, what only looks like prose:
bare URLs and domains, e-mail addresses, hashtags, @mentions, HTML entities, file paths and
emoticons. Front-matter ``tags`` are values the platform matches literally, so they are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from checker.findings import Edit, Fix, Problem
from checker.input.markdown import OBJECT, Prose, Segment
from checker.model.document import Draft
from checker.packs.keyed import Keyed

#: Scopes the typography rules look at (front-matter tags are matched literally by platforms).
SCOPES = ("title", "summary", "body", "heading", "list", "link_text")

SPACES = " \t\u00a0"

#: Full-width punctuation that is never used in Latin text: no space may stand next to it.
FULLWIDTH_PUNCT = frozenset("，。！？：；、（）【】《》〈〉「」『』〔〕〖〗｛｝［］")

#: Curly quotes, ellipsis and dash are shared with English typography: they count as Chinese
#: punctuation only next to Chinese text.
SHARED_PUNCT = frozenset("“”‘’…—")

_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x31A0, 0x31BF),
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x3FFFF),  # extensions B and later
)


def is_cjk(char: str) -> bool:
    """A Han character (or kana/bopomofo): a letter of Chinese text, not punctuation."""
    if not char:
        return False
    code = ord(char)
    if code < 0x2E80:
        return False
    return any(low <= code <= high for low, high in _CJK_RANGES)


def is_latin(char: str) -> bool:
    """An ASCII letter or digit, or a letter of the Latin-1/Latin Extended blocks."""
    if not char:
        return False
    if char.isascii():
        return char.isalnum()
    code = ord(char)
    return 0xC0 <= code <= 0x24F and code not in (0xD7, 0xF7)


def is_ascii_alnum(char: str) -> bool:
    return bool(char) and char.isascii() and char.isalnum()


def has_letter(text: str) -> bool:
    return any(is_latin(c) and not c.isdigit() for c in text)


_PROTECTED = Keyed(
    "|".join(
        (
            # e-mail addresses
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
            # Weibo-style hashtags #话题# and the #话题 of other platforms
            r"#[^#\s]{1,60}#",
            r"(?<![0-9A-Za-z&])#[^\s#，。！？、；：,.!?;:（）()【】\[\]「」“”]+",
            # @mentions (an @ that does not belong to an e-mail address)
            r"(?<![0-9A-Za-z._%+-])@[^\s@，。！？、；：,!?;:（）()“”]+",
            # HTML entities
            r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});",
            # file paths: C:\dir\file, /usr/local/bin, ./docs/a.md, ~/x
            r"(?:[A-Za-z]:|~|\.{1,2})?(?:[\\/][\w.-]+){2,}[\\/]?",
            # emoticons :) :-( ;D =P :( (an opening one only when nothing follows it)
            r"(?<![0-9A-Za-z])[:;=][-'^]?(?:[)DPpO3|\]]|[(\[](?![0-9A-Za-z\u4e00-\u9fff]))",
            r"\^[_-]?\^|[Tt]_[Tt]|>_<|o\(\s*\)o",
        )
    ),
    tuple("@#&/\\:;=^_>("),  # each of the forms above needs one of these characters
)


class Protected:
    """Prose ranges a typography rule must not look inside (found on first use)."""

    def __init__(self, segment: Segment) -> None:
        self.segment = segment
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _find(self) -> list[int]:
        ranges = [(m.start(), m.end()) for m in _PROTECTED.finditer(self.segment.text)]
        ranges.extend(self.segment.urls)
        ranges.sort()
        merged: list[tuple[int, int]] = []
        for start, end in ranges:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self._ends = [b for _, b in merged]
        return [a for a, _ in merged]

    def overlaps(self, start: int, end: int) -> bool:
        if self._starts is None:
            self._starts = self._find()
        if end <= start:
            end = start + 1
        index = bisect_right(self._starts, end - 1) - 1
        return index >= 0 and self._ends[index] > start

    def covers(self, index: int) -> bool:
        return self.overlaps(index, index + 1)


_GUARDS: dict[int, tuple[Segment, Protected]] = {}


def protected(segment: Segment) -> Protected:
    """The protected ranges of a segment, shared by the style rules that look at it."""
    cached = _GUARDS.get(id(segment))
    if cached is None or cached[0] is not segment:
        if len(_GUARDS) > 4096:
            _GUARDS.clear()
        cached = (segment, Protected(segment))
        _GUARDS[id(segment)] = cached
    return cached[1]


def segments(draft: Draft, *needs: re.Pattern[str] | Keyed) -> Iterator[tuple[Segment, Protected]]:
    """The draft's prose segments in the typography scopes, with their protected ranges.

    With ``needs`` (what a rule needs in a segment to find anything at all), only the segments
    where one of these patterns matches, found by searching the draft's joined prose. A need
    given as a :class:`Keyed` expression is not searched for at all when none of its keys is
    in the prose.
    """
    prose = draft.prose
    every = prose.segments
    chosen = every if not needs else [every[index] for index in sorted(_matching(prose, needs))]
    for segment in chosen:
        if segment.scope in SCOPES:
            yield segment, protected(segment)


def _matching(prose: Prose, needs: tuple[re.Pattern[str] | Keyed, ...]) -> set[int]:
    """Indices of the segments in which one of ``needs`` matches (:meth:`Prose.holding`: every
    pattern passed to :func:`segments` never matches a line break)."""
    found: set[int] = set()
    for need in needs:
        if isinstance(need, Keyed):
            if not need.possible(prose.text):
                continue
            found.update(prose.holding(need.compiled))
        else:
            found.update(prose.holding(need))
    return found


#: How far the context of a punctuation mark is looked for (keeps every rule linear in the text).
REACH = 80


def prev_index(text: str, index: int) -> int | None:
    """The index of the nearest character before ``index`` that is not a space or an object."""
    cursor = index - 1
    stop = max(-1, index - 1 - REACH)
    while cursor > stop and (text[cursor] in SPACES or text[cursor] == OBJECT):
        cursor -= 1
    if cursor <= stop or text[cursor] in "\r\n":
        return None
    return cursor


def next_index(text: str, index: int) -> int | None:
    """The index of the nearest character at or after ``index`` that is not a space or object."""
    cursor = index
    stop = min(len(text), index + REACH)
    while cursor < stop and (text[cursor] in SPACES or text[cursor] == OBJECT):
        cursor += 1
    if cursor >= stop or text[cursor] in "\r\n":
        return None
    return cursor


def chinese_side(char: str) -> bool:
    """A character that makes its neighbour part of Chinese text."""
    return is_cjk(char) or char in FULLWIDTH_PUNCT


_ENGLISH_CLAUSE = re.compile(r"[A-Za-z][,.!?;:]\s+[A-Za-z]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]")


#: The characters :func:`is_cjk` accepts, for use inside a regular expression's ``[...]``.
CJK_CLASS = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _CJK_RANGES)

_BOUNDARY = re.compile("[\r\n" + CJK_CLASS + "".join(sorted(FULLWIDTH_PUNCT)) + "]")


def has_chinese(text: str) -> bool:
    """Whether the text holds any Han character or full-width punctuation at all."""
    found = _BOUNDARY.search(text.replace("\r", " ").replace("\n", " "))
    return found is not None


def _run_back(text: str, index: int) -> int:
    """Start of the run of non-Chinese text that ends at ``index`` (inclusive), looking back at
    most :data:`REACH` characters (a longer run is no short brand name anyway)."""
    stop = max(0, index - REACH)
    found = _BOUNDARY.search(text[stop:index][::-1])
    return index - found.start() if found else stop


def _run_forward(text: str, index: int) -> int:
    """End of the run of non-Chinese text that starts at ``index`` (at most :data:`REACH` on)."""
    stop = min(len(text), index + REACH)
    found = _BOUNDARY.search(text, index, stop)
    return found.start() if found else stop


def _short_latin(run: str) -> bool:
    """A brand, model or number (at most three words), not an English clause."""
    words = [chunk for chunk in run.split() if _WORD.search(chunk)]
    return len(words) <= 3 and not _ENGLISH_CLAUSE.search(run)


def in_chinese_sentence(text: str, start: int, end: int) -> bool:
    """Whether the punctuation ``text[start:end]`` belongs to a Chinese sentence.

    Judged by the characters around it: it follows a Han character or full-width punctuation;
    or it stands after (and possibly between) short Latin runs -- a brand, model or number of at
    most three words -- that are themselves embedded in Chinese text. A complete English clause
    (``Stay hungry, stay foolish.``) keeps its half-width punctuation.
    """
    before = prev_index(text, start)
    if before is None:
        return False
    if chinese_side(text[before]):
        return True
    run_start = _run_back(text, before)
    embedded_before = (
        run_start > 0 and before - run_start < REACH and chinese_side(text[run_start - 1])
    )
    after = next_index(text, end)
    if after is None:
        return embedded_before and _short_latin(text[run_start:start])
    if chinese_side(text[after]):
        return (embedded_before or is_cjk(text[after])) and _short_latin(text[run_start:start])
    # Latin on both sides: Chinese only when the whole run is short and Chinese surrounds it.
    run_end = _run_forward(text, after)
    return (
        embedded_before
        and run_end < len(text)
        and chinese_side(text[run_end])
        and _short_latin(text[run_start:run_end])
    )


def spaces_left(text: str, index: int) -> int:
    """Start of the run of spaces that ends at ``index`` (only between two characters)."""
    cursor = index
    while cursor > 0 and text[cursor - 1] in SPACES:
        cursor -= 1
    if cursor == 0 or text[cursor - 1] in "\r\n":
        return index
    return cursor


def spaces_right(text: str, index: int) -> int:
    """End of the run of spaces that starts at ``index`` (only between two characters)."""
    cursor = index
    while cursor < len(text) and text[cursor] in SPACES:
        cursor += 1
    if cursor >= len(text) or text[cursor] in "\r\n":
        return index
    return cursor


def edit(segment: Segment, start: int, end: int, replacement: str) -> Edit | None:
    """An edit of the prose range, or None when it does not lie in one unbroken run of the file.

    An empty range is an insertion between the two characters around it; both must be in the run.
    """
    if end > start:
        if not segment.contiguous(start, end):
            return None
        first, last = segment.span(start, end)
        return Edit(first, last, replacement)
    if start == 0 or start >= len(segment.text) or not segment.contiguous(start - 1, start + 1):
        return None
    position = segment.to_file(start)
    return Edit(position, position, replacement)


def problem(
    segment: Segment,
    start: int,
    end: int,
    args: dict[str, object],
    variant: str = "",
    *,
    edits: list[Edit | None] | None = None,
) -> Problem:
    """A problem at the prose range (an empty range points at the two characters around it),
    with a safe fix when every edit could be made."""
    if end <= start:
        start, end = max(0, start - 1), min(len(segment.text), start + 1)
    first, last = segment.span(start, end)
    fix = None
    if edits and all(e is not None for e in edits):
        fix = Fix(tuple(e for e in edits if e is not None), safe=True)
    return Problem(first, last, args, variant, fix)
