"""Split a Markdown body into the prose scopes rules look at, with exact file positions.

Parsing is done by pulldown-cmark (through ``pyromark``), a maintained CommonMark parser that
reports the source byte range of every event. Prose is built from the *source slices* of text
events, so every character a rule sees maps back to its exact place in the file; code blocks,
inline code, HTML, link destinations and autolinks never enter the prose.

Scopes: ``body`` (paragraphs, block quotes, table cells), ``heading``, ``list`` (anything inside a
list item) and ``link_text`` (link and image text). The front-matter scopes ``title``,
``summary`` and ``tags`` are added by :mod:`checker.model.draft`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Any, NamedTuple, overload

#: Stands in the prose for something that is not prose (inline code, an image, HTML).
OBJECT = "\ufffc"

_URL_PATTERN = (
    r"(?:https?://|www\.)[^\s<>\"'，。、；：！？（）【】《》「」“”]+"
    r"|(?<![\w@.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|top|xyz|vip|shop|store|"
    r"info|io|co|me|cc|tv|link|site|online)(?:/[^\s<>\"'，。、；：！？（）【】《》「」“”]*)?"
    r"(?![\w.-])"
)
_url: re.Pattern[str] | None = None
#: What a URL or domain holds when it has neither a scheme nor ``www.``: a dot before a letter
#: (``.com``). Prose without one of the three has no URL, and the long expression is not run.
_DOT_LETTER = re.compile(r"\.[A-Za-z]")


def may_hold_url(text: str) -> bool:
    """False when ``text`` has no scheme, no ``www.`` and no dot before a letter (PM2.5, 3.5):
    then it holds no URL or domain name."""
    return "://" in text or "www." in text or _DOT_LETTER.search(text) is not None


def _url_regex() -> re.Pattern[str]:
    """Compiled on first use (half a millisecond; a draft without a dot never needs it)."""
    global _url
    if _url is None:
        _url = re.compile(_URL_PATTERN)
    return _url


class _Joined:
    """``Segment.text``: the pieces joined on first read and kept in the instance's ``__dict__``,
    where later reads find it directly (rules read a segment's text hundreds of times per draft,
    and a property would run Python code every time). ``Segment.add`` forgets it."""

    @overload
    def __get__(self, segment: None, owner: type[Segment]) -> _Joined: ...
    @overload
    def __get__(self, segment: Segment, owner: type[Segment]) -> str: ...
    def __get__(self, segment: Segment | None, owner: type[Segment]) -> str | _Joined:
        if segment is None:
            return self
        joined: str = "".join(segment._chunks)
        segment.__dict__["text"] = joined
        return joined


class Segment:
    """One block of prose (a paragraph, heading, list item, cell, link text or front-matter value).

    ``text`` is the prose; piece ``i`` starts at prose offset ``starts[i]`` and file offset
    ``sources[i]``. Offsets inside a piece map one to one.
    """

    # A plain class with slots, not a dataclass: a draft makes dozens of segments, and a
    # dataclass costs more to build, both per segment and once at import time.
    __slots__ = (
        "scope",
        "starts",
        "sources",
        "opaque",
        "_chunks",
        "_length",
        "__dict__",  # holds ``text`` once it is joined (see _Joined)
        "_urls",
        "_verbatim_end",
    )
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value (as before)

    def __init__(
        self,
        scope: str,
        starts: list[int] | None = None,
        sources: list[int] | None = None,
        opaque: bool = False,
    ) -> None:
        self.scope = scope
        self.starts: list[int] = [] if starts is None else starts
        self.sources: list[int] = [] if sources is None else sources
        self.opaque = opaque
        self._chunks: list[str] = []
        self._length = 0
        self._urls: list[tuple[int, int]] | None = None
        self._verbatim_end = -1  # file offset after the last verbatim piece

    def __repr__(self) -> str:
        return (
            f"Segment(scope={self.scope!r}, starts={self.starts!r}, sources={self.sources!r}, "
            f"opaque={self.opaque!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Segment)
        return (self.scope, self.starts, self.sources, self.opaque, self.text) == (
            other.scope,
            other.starts,
            other.sources,
            other.opaque,
            other.text,
        )

    text = _Joined()

    def add(self, text: str, source: int, verbatim: bool = False) -> None:
        """Append ``text`` that stands at file offset ``source``.

        ``verbatim`` text is an exact slice of the file; one that starts where the previous
        verbatim piece ended extends that piece (a line of ``<`` or ``[`` arrives as a text
        event per character, and a million pieces would make every later step slow).
        """
        if not text:
            return
        if not (verbatim and source == self._verbatim_end and self.starts):
            self.starts.append(self._length)
            self.sources.append(source)
        self._chunks.append(text)
        self._length += len(text)
        self.__dict__.pop("text", None)
        self._urls = None
        self._verbatim_end = source + len(text) if verbatim else -1

    def _locate(self, offset: int, as_end: bool) -> int:
        if not self.starts:
            return 0
        if self.opaque:
            return self.sources[0] + (len(self.text) if as_end and offset else 0)
        index = max(0, bisect_right(self.starts, offset) - 1)
        if as_end and index > 0 and offset == self.starts[index]:
            index -= 1  # an end offset on a piece boundary closes the previous piece
        return self.sources[index] + (offset - self.starts[index])

    def to_file(self, offset: int) -> int:
        """The file offset where prose offset ``offset`` starts."""
        return self._locate(offset, as_end=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets of the prose range ``[start, end)``."""
        begin = self._locate(start, as_end=False)
        return begin, (self._locate(end, as_end=True) if end > start else begin)

    def contiguous(self, start: int, end: int) -> bool:
        """True when the prose range is one unbroken run of the file (safe to rewrite)."""
        if self.opaque:
            return False
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(0, bisect_right(self.starts, max(start, end - 1)) - 1)
        # Pieces that follow each other in the file without a gap (the parser splits text at
        # characters such as ``*`` or ``!`` that turned out to be literal) are one run too.
        return all(
            self.sources[k] + (self.starts[k + 1] - self.starts[k]) == self.sources[k + 1]
            for k in range(first, last)
        )

    @property
    def urls(self) -> list[tuple[int, int]]:
        """Prose ranges that are bare URLs or domain names (found once per segment)."""
        if self._urls is None:
            text = self.text
            if not may_hold_url(text):
                self._urls = []
            else:
                self._urls = [(m.start(), m.end()) for m in _url_regex().finditer(text)]
        return self._urls

    def in_url(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a bare URL (logarithmic: URLs are sorted and
        never overlap, so only the last one starting before ``end`` can)."""
        urls = self.urls
        index = bisect_right(urls, (end, -1)) - 1
        if index < 0:
            return False
        first, last = urls[index]
        return first < end and start < last


_PLUS_ONE = (1).__add__


class Prose:
    """Prose segments joined into one text, one line break between two segments.

    A rule can scan a draft's prose once through :attr:`text` instead of segment by segment, or
    ask it first whether there is anything to look at at all. This holds for what the rules look
    for: a term or a key word without a line break, a regular expression whose lookarounds see a
    line break as they see the end of the text (``[^，。\\n]``, ``\\s`` or ``(?![0-9])``, never
    ``$``). A match in one segment is then a match in the joined text; :meth:`locate` maps a range
    of the joined text back to its segment, and :meth:`holding` (:meth:`matching` for patterns
    that may cross a line break) finds the segments worth a look.
    """

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        texts = [segment.text for segment in segments]
        self.text = "\n".join(texts)
        # Where each segment starts: the running sum of the previous texts and their breaks.
        self.starts: list[int] = (
            list(accumulate(map(_PLUS_ONE, map(len, texts[:-1])), initial=0)) if texts else []
        )

    def locate(self, start: int, end: int) -> tuple[int, int, int] | None:
        """``(segment index, start, end)`` of a range of :attr:`text` in its segment's text, or
        None when the range does not lie inside one segment."""
        index = bisect_right(self.starts, start) - 1
        if index < 0:
            return None
        offset = self.starts[index]
        if end - offset > len(self.segments[index].text):
            return None
        return index, start - offset, end - offset

    def holding(self, pattern: re.Pattern[str]) -> list[int]:
        """Indices of the segments in which ``pattern`` matches, in order.

        For a pattern that never matches a line break (then a match lies inside one segment):
        after the first match in a segment the search goes on at the start of the next one, so
        a segment costs one search however many matches it holds.
        """
        found: list[int] = []
        text = self.text
        starts = self.starts
        count = len(starts)
        search = pattern.search
        position = 0
        while position <= len(text):
            match = search(text, position)
            if match is None:
                break
            index = bisect_right(starts, match.start()) - 1
            found.append(index)
            if index + 1 >= count:
                break
            position = starts[index + 1]
        return found

    def holding_any(self, chars: str) -> list[int]:
        """Indices of the segments holding one of ``chars`` (none of them a line break), in
        order: :meth:`holding` for a class of a few characters, found with ``str.find``, which
        skips through a text many times faster than a regular expression's character class."""
        text = self.text
        starts = self.starts
        count = len(starts)
        found: set[int] = set()
        for char in chars:
            position = text.find(char)
            while position >= 0:
                index = bisect_right(starts, position) - 1
                found.add(index)
                if index + 1 >= count:
                    break
                position = text.find(char, starts[index + 1])
        return sorted(found)

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """Indices of the segments where ``pattern`` may match, from one scan of :attr:`text`.

        Every segment a match of the joined text touches is included, so a segment in which the
        pattern matches on its own is never left out.
        """
        found: set[int] = set()
        if not self.segments:
            return found
        starts = self.starts
        count = len(starts)
        index = 0
        low = high = 0  # the joined text's range of segment ``index`` (up to the next segment)
        for match in pattern.finditer(self.text):
            start = match.start()
            if not low <= start < high:  # a match in another segment than the last one
                index = bisect_right(starts, start) - 1
                low = starts[index]
                high = starts[index + 1] if index + 1 < count else len(self.text) + 1
                found.add(index)
            end = match.end() - 1
            if end >= high:  # the match runs on into the following segments
                found.update(range(index, bisect_right(starts, end)))
        return found


class Link(NamedTuple):
    """A link or image: its destination and where it sits in the file."""

    kind: str  # inline | reference | autolink | email | image
    url: str
    start: int
    end: int


class Comment(NamedTuple):
    """An HTML comment or inline HTML fragment (suppression comments live here)."""

    text: str
    start: int
    end: int


class MarkdownDoc:
    """A parsed body: its prose segments, links, HTML fragments and code spans."""

    __slots__ = ("segments", "links", "comments", "code", "headings")

    def __init__(
        self,
        segments: list[Segment],
        links: list[Link],
        comments: list[Comment],
        code: list[tuple[int, int]],
        headings: int = 0,
    ) -> None:
        self.segments = segments
        self.links = links
        self.comments = comments
        self.code = code
        self.headings = headings

    def __repr__(self) -> str:
        return (
            f"MarkdownDoc(segments={self.segments!r}, links={self.links!r}, "
            f"comments={self.comments!r}, code={self.code!r}, headings={self.headings!r})"
        )


#: 1 for a byte that starts a UTF-8 character, 0 for a continuation byte.
_LEAD = bytes(0 if 0x80 <= value < 0xC0 else 1 for value in range(256))


def char_offsets(text: str) -> list[int] | None:
    """``table[b]`` is the character offset of UTF-8 byte offset ``b`` of ``text``.

    None when the text is ASCII (byte and character offsets are then the same). Built in one
    pass in C: the running count of character-starting bytes before each byte.
    """
    if text.isascii():
        return None
    return list(accumulate(text.encode("utf-8").translate(_LEAD), initial=0))


_OPTIONS: Any = None


def _options() -> Any:
    global _OPTIONS
    if _OPTIONS is None:
        import pyromark

        flags = pyromark.Options
        _OPTIONS = flags.ENABLE_TABLES | flags.ENABLE_STRIKETHROUGH | flags.ENABLE_TASKLISTS
    return _OPTIONS


_REFERENCE_KINDS = frozenset(
    {
        "shortcut",
        "collapsed",
        "reference",
        "shortcutunknown",
        "collapsedunknown",
        "referenceunknown",
    }
)

# What an ``End`` event closes.
_CLOSE_SEGMENT, _CLOSE_SCOPE, _CLOSE_CODE, _CLOSE_LINK = 1, 2, 3, 4
_END_ACTIONS = {
    "Paragraph": _CLOSE_SEGMENT,
    "TableCell": _CLOSE_SEGMENT,
    "Heading": _CLOSE_SCOPE,
    "Item": _CLOSE_SCOPE,
    "CodeBlock": _CLOSE_CODE,
    "Link": _CLOSE_LINK,
    "Image": _CLOSE_LINK,
}


def parse(text: str, base: int = 0) -> MarkdownDoc:
    """Parse a Markdown body that starts at file offset ``base``."""
    import pyromark

    # pulldown-cmark reports UTF-8 byte offsets. Only text, code, HTML and link events need
    # them as character offsets (start and end events of blocks, two thirds of all events, do
    # not), and those come almost in file order: a character offset is the count of
    # character-starting bytes before the byte offset (``marks``), counted in C from the last
    # offset converted (``cursor_byte``/``cursor_char``) instead of from the start.
    marks = None if text.isascii() else text.encode("utf-8").translate(_LEAD)
    cursor_byte = cursor_char = 0

    def char_at(byte: int) -> int:
        nonlocal cursor_byte, cursor_char
        if marks is None:
            return byte
        if byte >= cursor_byte:
            cursor_char += marks.count(1, cursor_byte, byte)
            cursor_byte = byte
            return cursor_char
        return cursor_char - marks.count(1, byte, cursor_byte)

    segments: list[Segment] = []
    links: list[Link] = []
    comments: list[Comment] = []
    code: list[tuple[int, int]] = []
    open_segments: list[Segment] = []
    scopes: list[str] = []  # enclosing container scopes: heading / list
    code_depth = 0
    link_stack: list[bool] = []  # True when the link's text is a URL (autolink / email)
    headings = 0
    end_actions = _END_ACTIONS
    segment: Segment

    events: Any = pyromark.events_with_range(text, options=_options())
    # Dispatch on the most frequent events first (block starts and ends, then text); a text
    # event is appended to its segment here rather than through ``Segment.add`` (same logic).
    for event, span in events:
        if event.__class__ is str:
            if open_segments and event in ("SoftBreak", "HardBreak"):
                open_segments[-1].add("\n", base + char_at(span["end"]) - 1)
            continue
        if "Start" in event:
            value = event["Start"]
            if value.__class__ is str:
                if value in ("Paragraph", "TableCell"):
                    segment = Segment(scopes[-1] if scopes else "body")
                    segments.append(segment)
                    open_segments.append(segment)
                elif value == "Item":
                    scopes.append("list")
                    segment = Segment("list")
                    segments.append(segment)
                    open_segments.append(segment)
            elif "Heading" in value:
                headings += 1
                scopes.append("heading")
                segment = Segment("heading")
                segments.append(segment)
                open_segments.append(segment)
            elif "CodeBlock" in value:
                code_depth += 1
                code.append((base + char_at(span["start"]), base + char_at(span["end"])))
            elif "Link" in value or "Image" in value:
                tag = "Link" if "Link" in value else "Image"
                start = base + char_at(span["start"])
                end = base + char_at(span["end"])
                detail: Any = value[tag] or {}
                kind = "image" if tag == "Image" else str(detail.get("link_type", "Inline")).lower()
                if kind in _REFERENCE_KINDS:
                    kind = "reference"
                links.append(Link(kind, str(detail.get("dest_url", "")), start, end))
                link_stack.append(kind in ("autolink", "email"))
                if open_segments:
                    open_segments[-1].add(OBJECT, start)
                segment = Segment("link_text")
                segments.append(segment)
                open_segments.append(segment)
        elif "End" in event:
            value = event["End"]
            action = end_actions.get(value if value.__class__ is str else next(iter(value)))
            if action is None:
                continue
            if action == _CLOSE_SEGMENT:
                if open_segments:
                    open_segments.pop()
            elif action == _CLOSE_SCOPE:
                if scopes:
                    scopes.pop()
                if open_segments:
                    open_segments.pop()
            elif action == _CLOSE_CODE:
                code_depth -= 1
            else:
                if link_stack:
                    link_stack.pop()
                if open_segments:
                    open_segments.pop()
        elif "Text" in event:
            if code_depth or (link_stack and link_stack[-1]) or not open_segments:
                continue
            first = span["start"]
            last = span["end"]
            if marks is not None:
                if first >= cursor_byte:
                    first = cursor_char + marks.count(1, cursor_byte, first)
                else:
                    first = cursor_char - marks.count(1, first, cursor_byte)
                cursor_byte = last
                last = cursor_char = first + marks.count(1, span["start"], last)
            if first == last:
                continue
            piece = text[first:last]
            source = base + first
            segment = open_segments[-1]
            if source != segment._verbatim_end or not segment.starts:
                segment.starts.append(segment._length)
                segment.sources.append(source)
            segment._chunks.append(piece)
            segment._length += last - first
            # (no joined text or URLs to forget: nothing reads a segment before the parse ends)
            segment._verbatim_end = source + last - first
        else:
            ((name, value),) = event.items()
            if name in ("Code", "InlineMath", "DisplayMath"):
                start = base + char_at(span["start"])
                code.append((start, base + char_at(span["end"])))
                if open_segments:
                    open_segments[-1].add(OBJECT, start)
            elif name in ("Html", "InlineHtml"):
                first = char_at(span["start"])
                last = char_at(span["end"])
                comments.append(Comment(text[first:last], base + first, base + last))
                if name == "InlineHtml" and open_segments:
                    open_segments[-1].add(OBJECT, base + first)
    kept = [segment for segment in segments if segment._chunks]  # no piece is ever empty
    for segment in kept:  # join the pieces now, most segments have one
        chunks = segment._chunks
        segment.text = chunks[0] if len(chunks) == 1 else "".join(chunks)
    return MarkdownDoc(kept, links, comments, code, headings)
