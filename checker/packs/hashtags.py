"""Find hashtags (话题) in prose the way each platform reads them.

Platforms disagree on the syntax: Weibo wraps a topic in two marks (``#话题#``, spaces allowed
inside), Douyin, Kuaishou, Xiaohongshu and LinkedIn put one mark in front (``#话题``), WeChat
Channels accepts both, Bilibili takes tags in a separate field. The scanner therefore reads a
text *for a syntax* and says, for every topic it finds, which form the author used, so a rule can
tell ``#话题`` on Weibo or ``#话题#`` on Douyin from a correct one.

What is not a hashtag: a mark after a Latin letter, a digit, ``&``, ``/`` or a backslash
(``C#``, ``issue#12``, ``&#x4e00;``, ``\\#``), a mark followed by a space or punctuation, a run
of digits only (``#1``), anything inside URLs (the caller skips those). The full-width mark
``＃`` is read as a hashtag mark too, and reported as the wrong character.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

MARKS = "#\uff03"  # '#' and the full-width '＃'
_MARK = re.compile(f"[{MARKS}]")
_NOT_BEFORE = re.compile(r"[A-Za-z0-9_&/\\]")
_STORED = re.compile(r"\[[^\]\n#\uff03]{1,30}\][#\uff03]")  # Xiaohongshu's #话题[话题]#
_MAX_DOUBLE = 64
#: A topic does not end with sentence punctuation: ``#空气净化器 春天来了，#`` is two things.
_NO_END = frozenset("，。、；：,.;:")
_OBJECT = "\ufffc"


class Tag(NamedTuple):
    """A hashtag in a text: ``start``/``end`` index the text, ``name`` is the topic itself.

    ``form`` is ``single`` (``#话题``), ``double`` (``#话题#``) or ``stored`` (``#话题[话题]#``).
    ``close`` is the index of the closing mark (double and stored forms), else -1.
    """

    start: int
    end: int
    name: str
    form: str
    close: int = -1

    def key(self) -> str:
        """The topic as platforms compare it: width-folded, case-folded, trimmed."""
        return normalize_name(self.name)


def normalize_name(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().strip("#").strip().casefold()


def is_tag_char(char: str) -> bool:
    return char in ("·", "_") or char.isalnum()


def _mark_ok(text: str, index: int) -> bool:
    return index == 0 or not _NOT_BEFORE.match(text[index - 1])


#: A run of :func:`is_tag_char` characters: ``\w`` is exactly ``str.isalnum()`` or ``_``.
_TAG_RUN = re.compile(r"[\w·]*")


def _single(text: str, index: int) -> int:
    """End of a ``#name`` starting at ``index`` (``index`` when there is no name)."""
    run = _TAG_RUN.match(text, index + 1)
    end = run.end() if run is not None else index + 1
    name = text[index + 1 : end]
    if not name or name.isdigit():
        return index
    return end


#: What ends the search for the closing mark of ``#话题#``: the mark, or a line break or inline
#: object before it.
_DOUBLE_STOPS = ("\n", _OBJECT, "#", "\uff03")
#: A character of a topic name (:func:`is_tag_char`).
_TAG_CHAR = re.compile(r"[\w·]")


def _double(text: str, index: int) -> int:
    """Index of the closing mark of ``#话题#`` starting at ``index``, or -1."""
    limit = min(len(text), index + 2 + _MAX_DOUBLE)
    close = -1
    for stop in _DOUBLE_STOPS:
        found = text.find(stop, index + 1, limit)
        if found >= 0 and (close < 0 or found < close):
            close = found
    if close < 0 or text[close] not in MARKS:
        return -1
    content = text[index + 1 : close]
    if (
        content
        and not content[0].isspace()
        and not content[-1].isspace()
        and content[-1] not in _NO_END
        and _TAG_CHAR.search(content)
        and not content.isdigit()
    ):
        return close
    return -1


def scan(text: str, syntax: str) -> list[Tag]:
    """Every hashtag in ``text`` as a reader on a platform with ``syntax`` would see it.

    ``syntax`` is ``double`` (Weibo), ``either`` (WeChat Channels), ``single`` or ``field``
    (read like ``single``); ``none`` finds nothing.
    """
    if syntax == "none" or ("#" not in text and "\uff03" not in text):
        return []
    tags: list[Tag] = []
    index = 0
    chained = -1  # a mark right after a tag starts the next tag, whatever precedes it
    length = len(text)
    while index < length:
        mark = _MARK.search(text, index)
        if mark is None:
            break
        index = mark.start()
        if not (index == chained or _mark_ok(text, index)):
            index += 1
            continue
        if syntax in ("double", "either"):
            close = _double(text, index)
            if close >= 0:
                tags.append(Tag(index, close + 1, text[index + 1 : close], "double", close))
                index = close + 1
                continue
        end = _single(text, index)
        if end == index:
            index += 1
            continue
        name = text[index + 1 : end]
        stored = _STORED.match(text, end)
        if stored is not None:
            tags.append(Tag(index, stored.end(), name, "stored", stored.end() - 1))
            index = stored.end()
            continue
        after = text[end + 1] if end + 1 < length else ""
        if end < length and text[end] in MARKS and not is_tag_char(after):
            tags.append(Tag(index, end + 1, name, "double", end))
            index = end + 1
            continue
        tags.append(Tag(index, end, name, "single"))
        index = chained = end
    return tags
