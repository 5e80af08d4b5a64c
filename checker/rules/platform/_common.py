"""What the ``platform/*`` rules share: the draft's pack, visible text, hashtags, severities."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Any, NamedTuple

from checker.findings import Problem, Severity
from checker.input.markdown import OBJECT, Segment
from checker.model.document import Draft
from checker.packs.platforms import Limit, PlatformPack, Provenance, for_draft
from checker.rules.api import Context

#: Body scopes whose text a reader sees as the post's text.
BODY_SCOPES = ("body", "heading", "list", "link_text")
#: Scopes where a hashtag is a hashtag (not link text, not front matter).
HASHTAG_SCOPES = ("body", "heading", "list")


def pack_of(draft: Draft, ctx: Context) -> PlatformPack | None:
    """The platform pack that applies to ``draft`` (None when the platform is unknown)."""
    return draft.shared("platform/pack", lambda: for_draft(draft, ctx.repo, ctx.config))


def soft_severity(provenance: Provenance) -> Severity | None:
    """Warning for a volatile or low-confidence value; None keeps the rule's default (error)."""
    return Severity.WARNING if provenance.soft else None


def unit_variant(limit: Limit) -> str:
    """Message variant naming the counting unit (the default message speaks of characters)."""
    return limit.unit if limit.unit in ("weighted", "bytes") else ""


def base_args(pack: PlatformPack) -> dict[str, object]:
    return {"platform": pack.name, "platform_id": pack.id}


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def show(value: float) -> str:
    """``900.0`` -> ``900``; ``12.5`` -> ``12.5``."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# --------------------------------------------------------------------------------------------
# Visible text of the body


class Piece(NamedTuple):
    """A run of visible body text.

    With a ``segment``, ``offset`` is where the run starts in the segment's prose and the segment
    maps it back to the file; without one, the run is file text taken verbatim from file offset
    ``offset`` (code), or a line break between blocks (``offset`` -1).
    """

    text: str
    segment: Segment | None
    offset: int  # offset of the run in the segment's text (or the file offset when no segment)

    def to_file(self, index: int) -> int:
        if self.segment is None:
            return self.offset + index
        return self.segment.to_file(self.offset + index)


def visible_pieces(draft: Draft) -> list[Piece]:
    """The body as a reader sees it, in file order.

    Counted: paragraphs, headings, list items, table cells, link text, bare URLs, inline code
    and code blocks (without their fences or backticks), one line break between blocks.
    Not counted: Markdown markup, link targets, images and their alt text, HTML comments and
    front matter.
    """
    items: list[tuple[int, int, Piece]] = []  # (file offset, 1 for a line break, piece)
    images = _merged([(link.start, link.end) for link in draft.body.links if link.kind == "image"])
    for segment in draft.body.segments:
        if segment.scope not in BODY_SCOPES:
            continue
        if segment.scope == "link_text" and _inside(images, segment.to_file(0)):
            continue  # an image's alt text is not shown to readers
        start = 0
        for run in segment.text.split(OBJECT):  # the text between inline objects
            if run:
                items.append((segment.to_file(start), 0, Piece(run, segment, start)))
            start += len(run) + 1
        if segment.scope != "link_text":
            items.append((segment.to_file(len(segment.text)), 1, Piece("\n", None, -1)))
    text = draft.source.text
    for start, end in draft.body.code:
        raw = text[start:end]
        if raw.startswith(("```", "~~~")):
            lines = raw.splitlines(keepends=True)
            inner = lines[1:-1] if len(lines) > 1 else []
            first = start + len(lines[0]) if lines else start
            body = "".join(inner)
            if body:
                items.append((first, 0, Piece(body, None, first)))
            items.append((end, 1, Piece("\n", None, -1)))
        else:
            stripped = raw.strip("`")
            lead = (len(raw) - len(raw.lstrip("`"))) if stripped else 0
            if stripped.strip():
                items.append((start + lead, 0, Piece(stripped, None, start + lead)))
    items.sort(key=lambda item: (item[0], item[1]))
    pieces = [piece for _, _, piece in items]
    while pieces and pieces[-1].text == "\n":
        pieces.pop()
    return pieces


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of the union of ``spans`` (images may nest), for a bisect lookup."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _inside(union: tuple[list[int], list[int]], offset: int) -> bool:
    starts, ends = union
    index = bisect_right(starts, offset) - 1
    return index >= 0 and offset < ends[index]


def visible_bound(draft: Draft) -> str:
    """A text at least as long as the visible body in every unit, and quick to make.

    It holds all the draft's prose (the body's in :data:`BODY_SCOPES`, inline objects
    included, and the front matter's, already joined by :attr:`Draft.prose`) and the body's code
    (fences included) and a line break per block: everything :func:`visible_pieces` counts, and
    a little more. A body whose bound fits a limit fits it too, and needs no piece-by-piece look.
    """
    text = draft.source.text
    return (
        "\n".join([draft.prose.text, *(text[start:end] for start, end in draft.body.code)]) + "\n"
    )


def _units(char: str, unit: str) -> int:
    if unit == "weighted":
        return 1 if ord(char) < 128 else 2
    if unit == "bytes":
        return len(char.encode("utf-8"))
    return 1


def _over(units: int, limit: int, unit: str) -> bool:
    return (units + 1) // 2 > limit if unit == "weighted" else units > limit


def over_limit_at(pieces: list[Piece], limit: int, unit: str) -> tuple[int, int] | None:
    """File span from the first character past ``limit`` to the end of its line (None if within)."""
    units = 0
    pending = False
    for piece in pieces:
        separator = piece.segment is None and piece.offset < 0
        for index, char in enumerate(piece.text):
            if not pending:
                units += _units(char, unit)
                pending = _over(units, limit, unit)
            if pending and not separator and char != "\n":
                begin = piece.to_file(index)
                stop = piece.text.find("\n", index)
                stop = len(piece.text) if stop < 0 else stop
                return begin, max(begin + 1, piece.to_file(stop - 1) + 1)
    return None


# --------------------------------------------------------------------------------------------
# Hashtags


class FoundTag(NamedTuple):
    """A hashtag in a prose segment, or a front-matter tag (``segment`` None)."""

    name: str
    key: str
    start: int  # file offsets
    end: int
    form: str  # single | double | stored | field (front matter)
    segment: Segment | None = None
    seg_start: int = 0
    seg_end: int = 0
    close: int = -1  # segment offset of the closing mark


def prose_tags(draft: Draft, syntax: str) -> list[FoundTag]:
    """Hashtags written in the body, read with the platform's syntax (never inside URLs).

    Found once per draft and syntax, for all the hashtag rules.
    """
    return draft.shared(f"platform/tags/{syntax}", lambda: _prose_tags(draft, syntax))


def _prose_tags(draft: Draft, syntax: str) -> list[FoundTag]:
    from checker.packs.hashtags import MARKS, scan

    found: list[FoundTag] = []
    prose = draft.prose  # the front matter's segments first: their scopes are not looked at
    for index in prose.holding_any(MARKS):  # the segments holding a hashtag mark
        segment = prose.segments[index]
        if segment.scope not in HASHTAG_SCOPES:
            continue
        for tag in scan(segment.text, syntax):
            if segment.in_url(tag.start, tag.end):
                continue
            start, end = segment.span(tag.start, tag.end)
            found.append(
                FoundTag(
                    tag.name,
                    tag.key(),
                    start,
                    end,
                    tag.form,
                    segment,
                    tag.start,
                    tag.end,
                    tag.close,
                )
            )
    return found


def front_tags(draft: Draft) -> list[FoundTag]:
    """The front matter's ``tags`` (topics added through the platform's topic field)."""
    from checker.packs.hashtags import normalize_name

    root = draft.front.root if draft.front is not None else None
    node = root.get("tags") if root is not None and root.kind == "map" else None
    found = []
    if node is not None and node.kind == "seq":
        for item in node.value:
            if item.kind == "scalar" and item.value is not None and str(item.value).strip():
                name = str(item.value).strip().strip("#\uff03").strip()
                found.append(
                    FoundTag(
                        name,
                        normalize_name(name),
                        item.start,
                        max(item.end, item.start + 1),
                        "field",
                    )
                )
    return found


# --------------------------------------------------------------------------------------------
# Length of a front-matter field


def field_text(draft: Draft, key: str) -> str | None:
    """A scalar front-matter value as text (None when absent, empty or not a scalar)."""
    value = draft.get(key)
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return str(value)


def field_length(draft: Draft, ctx: Context, key: str) -> Iterator[Problem]:
    """A problem when the front-matter field ``key`` is longer than the pack allows."""
    pack = pack_of(draft, ctx)
    limit = pack.limit(key) if pack is not None else None
    text = field_text(draft, key)
    if pack is None or limit is None or limit.max is None or text is None:
        return
    actual = limit.measure(text)
    if actual <= limit.max:
        return
    start, end = draft.field_span(key)
    args = base_args(pack) | {"actual": actual, "limit": limit.max, "over": actual - limit.max}
    yield Problem(
        start, end, args, variant=unit_variant(limit), severity=soft_severity(limit.provenance)
    )
