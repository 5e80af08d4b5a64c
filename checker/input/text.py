"""Decode a file's bytes and map offsets in its text back to the original line and column.

The decoded text keeps the file's own line endings (LF, CRLF or CR); only a UTF-8 byte-order mark
is removed, and remembered so that a rewrite can restore it. Lines and columns are 1-based and
count Unicode code points, so a file with CRLF endings and a BOM reports exactly the positions of
its LF twin.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

UTF8_BOM = b"\xef\xbb\xbf"
_BREAK = re.compile(r"\r\n|\r|\n")


class DecodeError(NamedTuple):
    """Why bytes could not be read as UTF-8 text, and where (1-based)."""

    variant: str  # "binary", "utf16", "gb18030", "invalid"
    line: int
    column: int
    detail: str = ""


class SourceText:
    """The decoded text of one file and its line index."""

    # A plain class with slots, not a dataclass: cheaper to import (one-draft runs).
    __slots__ = ("text", "bom", "_line_starts")

    def __init__(self, text: str, bom: bool = False, line_starts: list[int] | None = None) -> None:
        self.text = text
        self.bom = bom
        self._line_starts = line_starts or None

    @property
    def line_starts(self) -> list[int]:
        """Offsets where each line starts, indexed on first use (most drafts have no finding
        and never need it)."""
        starts = self._line_starts
        if starts is None:
            starts = self._line_starts = _line_starts(self.text)
        return starts

    def __repr__(self) -> str:
        return f"SourceText(text={self.text!r}, bom={self.bom!r}, line_starts={self.line_starts!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, SourceText)
        return (self.text, self.bom, self.line_starts) == (other.text, other.bom, other.line_starts)

    __hash__ = None  # type: ignore[assignment]

    @property
    def newline(self) -> str:
        """The file's dominant line ending (used when a fix inserts a line)."""
        match = _BREAK.search(self.text)
        return match.group(0) if match else "\n"

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a text offset; offsets past the end clamp to the end."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[index]
        # An offset between \r and \n of a CRLF belongs to the line the \r ends.
        return index + 1, offset - start + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position` for in-range positions."""
        line = max(1, min(line, len(self.line_starts)))
        return min(self.line_starts[line - 1] + column - 1, len(self.text))

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        if line < 1 or line > len(self.line_starts):
            return ""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def encode(self, text: str | None = None) -> bytes:
        """Bytes to write back: UTF-8, with the BOM restored if the file had one."""
        data = (self.text if text is None else text).encode("utf-8")
        return UTF8_BOM + data if self.bom else data


def _line_starts(text: str) -> list[int]:
    """Offsets where each line starts (after LF, CRLF or CR)."""
    if "\r" in text:
        starts = [0]
        starts.extend(match.end() for match in _BREAK.finditer(text))
        return starts
    # LF only: the running sum of line lengths plus their newline, computed in C.
    return list(accumulate(map(_PLUS_ONE, map(len, text.split("\n")[:-1])), initial=0))


_PLUS_ONE = (1).__add__


def _line_col_of_byte(data: bytes, index: int) -> tuple[int, int]:
    head = data[:index].decode("utf-8", errors="replace")
    lines = _BREAK.split(head)
    return len(lines), len(lines[-1]) + 1


def decode(data: bytes) -> SourceText | DecodeError:
    """Decode UTF-8 (with or without BOM); anything else is a :class:`DecodeError`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return DecodeError("utf16", 1, 1)
    bom = data.startswith(UTF8_BOM)
    body = data[3:] if bom else data
    nul = body.find(b"\x00")
    if nul >= 0:
        line, column = _line_col_of_byte(body, nul)
        return DecodeError("binary", line, column)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_col_of_byte(body, exc.start)
        try:
            alt = body.decode("gb18030")
        except UnicodeDecodeError:
            return DecodeError("invalid", line, column, f"0x{body[exc.start]:02x}")
        if any("\u4e00" <= char <= "\u9fff" for char in alt):
            return DecodeError("gb18030", line, column)
        return DecodeError("invalid", line, column, f"0x{body[exc.start]:02x}")
    return SourceText(text, bom=bom)


#: Characters that could rewrite a terminal or CI log when file content is echoed: C0 and C1
#: controls (ESC starts ANSI sequences, CR returns to the line start, LF forges a new report
#: line), DEL, line and paragraph separators, and the bidirectional overrides that reorder
#: what a reader sees.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_unsafe: re.Pattern[str] | None = None


def _unsafe_regex() -> re.Pattern[str]:
    """Compiled on first use (nearly a millisecond; most runs echo only plain text)."""
    global _unsafe
    if _unsafe is None:
        _unsafe = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(_BIDI)) + "]")
    return _unsafe


def _picture(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␊ for LF
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def neutralise(text: str, keep: str = "") -> str:
    """``text`` with every control, separator and bidi-override character replaced by one
    visible, single-width stand-in (``␛``, ``␊``, ``�``), except the characters in ``keep``.

    Used wherever file content reaches a log: messages, paths, code frames, diffs.
    """
    if text.isascii() and text.isprintable():
        return text
    if not keep:
        return _unsafe_regex().sub(_picture, text)
    return _unsafe_regex().sub(lambda m: m.group(0) if m.group(0) in keep else _picture(m), text)
