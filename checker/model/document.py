"""Loaded files: a policy document or a draft, with its text, data and input issues."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar, overload

from checker.input import frontmatter, yamlpos
from checker.input.markdown import MarkdownDoc, Prose, Segment
from checker.input.paths import OPEN_FLAGS, read_open

# Moved to checker.input.paths (a cached run lists files without the parsers); re-exported.
from checker.input.paths import is_link_outside as is_link_outside  # noqa: PLC0414
from checker.input.paths import walk_files as walk_files  # noqa: PLC0414
from checker.input.text import DecodeError, SourceText, decode

DEFAULT_MAX_BYTES = 1_048_576
T = TypeVar("T")

#: Scopes a rule may ask for. Front-matter scopes come first.
SCOPES = ("title", "summary", "tags", "body", "heading", "list", "link_text")


class cached(Generic[T]):
    """``functools.cached_property`` without its lock: computed on first read and kept in the
    instance's ``__dict__``, where later reads find it without calling anything. (Python 3.11's
    ``cached_property`` takes a lock at every first read: three per draft, for nothing here.)"""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> cached[T]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any]) -> T: ...
    def __get__(self, instance: object | None, owner: type[Any]) -> T | cached[T]:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value
        return value


class InputIssue(yamlpos.YamlIssue):
    """A problem found while reading a file, reported by the matching ``input/*`` rule."""

    __slots__ = ()


class LoadedFile:
    """Any file opscheck reads: its path for output, its text and what went wrong reading it."""

    # Plain classes (compared by identity), not dataclasses: cheaper to import, and the
    # parsed parts are cached in the instance's ``__dict__`` (:class:`cached`).
    def __init__(
        self,
        path: str,
        abspath: Path,
        source: SourceText,
        issues: list[InputIssue] | None = None,
        readable: bool = True,
    ) -> None:
        self.path = path
        self.abspath = abspath
        self.source = source
        self.issues: list[InputIssue] = [] if issues is None else issues
        self.readable = readable

    def __repr__(self) -> str:
        return f"{type(self).__name__}(path={self.path!r}, readable={self.readable!r})"

    kind_of_file = "file"

    @property
    def trusted(self) -> bool:
        """True when no input problem makes the content unreliable (fixes need this)."""
        return self.readable and not self.issues

    def release(self) -> None:
        """Forget what was parsed from the text for the rules (the text itself stays).

        The engine calls this once a file's findings are made, so that a run over thousands of
        drafts holds one parsed body at a time, not all of them. Anything released is parsed
        again if it is asked for later.
        """
        for name in self._RELEASABLE:
            self.__dict__.pop(name, None)

    _RELEASABLE: ClassVar[tuple[str, ...]] = ()


def read_source(abspath: Path, max_bytes: int) -> tuple[SourceText, list[InputIssue], bool]:
    """Read and decode a file; never raises for file-system or encoding problems."""
    # One open and one fstat instead of stat, open and fstat. O_NONBLOCK: opening a FIFO
    # returns at once instead of waiting for a writer (and reading it is refused below, as it is
    # not a regular file); O_NOCTTY: opening a terminal never makes it the run's terminal.
    try:
        descriptor = os.open(abspath, OPEN_FLAGS)
    except OSError as exc:
        # Rare: classified by a stat of the file, so the finding is the one a stat first gives.
        return _unopened(abspath, max_bytes, exc)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return SourceText(""), [InputIssue("input/unreadable", "not-file", 0, 0)], False
        if info.st_size > max_bytes:
            return _too_large(info.st_size, max_bytes)
        data = read_open(descriptor, info.st_size, max_bytes)
    except OSError as exc:
        return (
            SourceText(""),
            [InputIssue("input/unreadable", "", 0, 0, {"reason": _why(exc)})],
            False,
        )
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:  # it grew since it was measured
        return _too_large(len(data), max_bytes)
    decoded = decode(data)
    if isinstance(decoded, DecodeError):
        body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        fallback = SourceText(body.decode("utf-8", errors="replace").replace("\x00", "\ufffd"))
        offset = fallback.offset(decoded.line, decoded.column)
        issue = InputIssue(
            "input/encoding",
            decoded.variant,
            offset,
            offset + 1,
            {"byte": decoded.detail},
        )
        return fallback, [issue], False
    return decoded, [], True


def _too_large(size: int, limit: int) -> tuple[SourceText, list[InputIssue], bool]:
    """The finding for a file larger than ``max_file_bytes``: nothing of it is read."""
    issue = InputIssue("input/unsafe-yaml", "too-large", 0, 0, {"size": size, "limit": limit})
    return SourceText(""), [issue], False


def _unopened(
    abspath: Path, max_bytes: int, error: OSError
) -> tuple[SourceText, list[InputIssue], bool]:
    """The finding for a file that could not be opened: what a stat of it says, else ``error``.

    (A socket, say, is "not a file" rather than "no such device or address".)
    """
    try:
        info = abspath.stat()
    except OSError as exc:
        error = exc
    else:
        if not stat.S_ISREG(info.st_mode):
            return SourceText(""), [InputIssue("input/unreadable", "not-file", 0, 0)], False
        if info.st_size > max_bytes:
            return _too_large(info.st_size, max_bytes)
    return (
        SourceText(""),
        [InputIssue("input/unreadable", "", 0, 0, {"reason": _why(error)})],
        False,
    )


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def refused_link(abspath: Path, relpath: str, kind: str) -> LoadedFile:
    """A symbolic link that is not followed (it leaves the repository or loops), as a finding."""
    issue = InputIssue("input/unreadable", "outside-link", 0, 0)
    cls: type[LoadedFile] = PolicyDoc if kind == "policy" else Draft
    return cls(relpath, abspath, SourceText(""), [issue], readable=False)


class PolicyDoc(LoadedFile):
    """A policy file: YAML with positions, dispatched on its ``kind``."""

    def __init__(  # noqa: PLR0917 (the dataclass's positional signature, kept)
        self,
        path: str,
        abspath: Path,
        source: SourceText,
        issues: list[InputIssue] | None = None,
        readable: bool = True,
        yaml: yamlpos.YamlDoc | None = None,
    ) -> None:
        super().__init__(path, abspath, source, issues, readable)
        self.yaml = yaml

    kind_of_file = "policy"
    #: The policy's ``kind`` (None when it has none or it is not a string), set with ``yaml``:
    #: a plain attribute, as the repository asks every policy's kind for every draft.
    kind: str | None

    @property
    def yaml(self) -> yamlpos.YamlDoc | None:
        return self._yaml

    @yaml.setter
    def yaml(self, loaded: yamlpos.YamlDoc | None) -> None:
        self._yaml = loaded
        data = loaded.data if loaded is not None else None
        value = data.get("kind") if isinstance(data, dict) else None
        self.kind = value if isinstance(value, str) else None

    @property
    def data(self) -> dict[str, Any]:
        value = self._yaml.data if self._yaml is not None else None
        return value if isinstance(value, dict) else {}

    def span(self, path: yamlpos.Path) -> tuple[int, int]:
        """File offsets of the node at ``path``, or of its nearest existing ancestor."""
        if self.yaml is None:
            return 0, 0
        for cut in range(len(path), -1, -1):
            node = self.yaml.node_at(path[:cut])
            if node is not None:
                if cut < len(path) and node.kind == "map":
                    # A missing key: point at the mapping's first key, not its whole span.
                    first = next(node.items(), None)
                    if first is not None:
                        return first[0].start, first[0].end
                return node.start, _first_line_end(self.source.text, node.start, node.end)
        return 0, 0

    def key_span(self, path: yamlpos.Path) -> tuple[int, int]:
        """File offsets of the key that names ``path[-1]`` (falls back to :meth:`span`)."""
        if self.yaml is not None:
            node = self.yaml.key_at(path)
            if node is not None:
                return node.start, node.end
        return self.span(path)


def _first_line_end(text: str, start: int, end: int) -> int:
    """Clip a span to its first line so findings underline one line, not a whole block."""
    for index in range(start, min(end, len(text))):
        if text[index] in "\r\n":
            return max(index, start + 1) if index > start else start + 1
    return max(end, start + 1) if end > start else start + 1


def load_policy(
    abspath: Path, relpath: str, max_bytes: int = DEFAULT_MAX_BYTES, text: SourceText | None = None
) -> PolicyDoc:
    """Load a policy file (or, with ``text``, its in-memory content after a fix)."""
    source, issues, readable = (
        (text, [], True) if text is not None else read_source(abspath, max_bytes)
    )
    doc = PolicyDoc(relpath, abspath, source, issues, readable)
    if readable:
        doc.yaml = yamlpos.load(source.text)
        doc.issues.extend(
            InputIssue(i.rule, i.variant, i.start, i.end, i.args) for i in doc.yaml.issues
        )
    return doc


class Draft(LoadedFile):
    """A Markdown draft: front matter (YAML with positions) and a body split into scopes."""

    def __init__(  # noqa: PLR0917 (the dataclass's positional signature, kept)
        self,
        path: str,
        abspath: Path,
        source: SourceText,
        issues: list[InputIssue] | None = None,
        readable: bool = True,
        split: frontmatter.Split | None = None,
        front: yamlpos.YamlDoc | None = None,
    ) -> None:
        super().__init__(path, abspath, source, issues, readable)
        self.split = split
        self.front = front

    kind_of_file = "draft"
    _RELEASABLE = ("body", "front_segments", "prose", "_shared")

    @property
    def meta(self) -> dict[str, Any]:
        value = self.front.data if self.front is not None else None
        return value if isinstance(value, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        front = self.front
        data = front.data if front is not None else None
        return data.get(key, default) if isinstance(data, dict) else default

    @property
    def body_start(self) -> int:
        return self.split.body_start if self.split is not None else 0

    @cached
    def body(self) -> MarkdownDoc:
        from checker.input import markdown

        return markdown.parse(self.source.text[self.body_start :], base=self.body_start)

    @cached
    def front_segments(self) -> list[Segment]:
        segments = []
        for key in ("title", "summary"):
            node = self.front.root.get(key) if self.front and self.front.root else None
            if node is not None and node.kind == "scalar" and node.value is not None:
                segments.append(self._scalar_segment(key, node))
        tags = self.front.root.get("tags") if self.front and self.front.root else None
        if tags is not None and tags.kind == "seq":
            segments.extend(
                self._scalar_segment("tags", node) for node in tags.value if node.kind == "scalar"
            )
        return segments

    def _scalar_segment(self, scope: str, node: yamlpos.Node) -> Segment:
        value = str(node.value)
        raw = self.source.text[node.start : node.end]
        segment = Segment(scope)
        if node.style in ("", None) and raw == value:
            segment.add(value, node.start)
        elif node.style in ('"', "'") and raw[1:-1] == value:
            segment.add(value, node.start + 1)
        else:
            segment.add(value, node.start)
            segment.opaque = True
        return segment

    def shared(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, run once per draft for all the rules that ask for ``key``.

        For what several rules derive from the draft alike (its platform pack, its prose with
        masked numbers restored); released with the parsed body.
        """
        memo: dict[str, Any] | None = self.__dict__.get("_shared")
        if memo is None:
            memo = self.__dict__["_shared"] = {}
        elif key in memo:
            found: T = memo[key]
            return found
        value: T = compute()
        memo[key] = value
        return value

    @cached
    def prose(self) -> Prose:
        """Every prose segment (front matter first) joined into one text, built once per draft."""
        return Prose(self.segments())

    def segments(self, scopes: tuple[str, ...] | frozenset[str] | None = None) -> list[Segment]:
        """Prose segments in ``scopes`` (all scopes when None), front matter first."""
        every = self.front_segments + (self.body.segments if self.readable else [])
        if scopes is None:
            return every
        return [segment for segment in every if segment.scope in scopes]

    def field_span(self, key: str) -> tuple[int, int]:
        """File offsets of a front-matter value, else of its key, else of the opening fence."""
        root = self.front.root if self.front is not None else None
        if root is not None and root.kind == "map":
            node = root.get(key)
            if node is not None:
                return node.start, _first_line_end(self.source.text, node.start, node.end)
        return 0, min(3, len(self.source.text))


def load_draft(
    abspath: Path, relpath: str, max_bytes: int = DEFAULT_MAX_BYTES, text: SourceText | None = None
) -> Draft:
    """Load a draft (or, with ``text``, its in-memory content after a fix)."""
    source, issues, readable = (
        (text, [], True) if text is not None else read_source(abspath, max_bytes)
    )
    draft = Draft(relpath, abspath, source, issues, readable)
    if not readable:
        return draft
    parts = frontmatter.split(source.text)
    draft.split = parts
    if not parts.present:
        draft.issues.append(InputIssue("input/front-matter", "missing", 0, 0))
        return draft
    if not parts.closed:
        draft.issues.append(InputIssue("input/front-matter", "unclosed", 0, 3))
        return draft
    front = yamlpos.load(source.text[parts.yaml_start : parts.yaml_end], base=parts.yaml_start)
    draft.front = front
    draft.issues.extend(InputIssue(i.rule, i.variant, i.start, i.end, i.args) for i in front.issues)
    if front.ok and front.data is not None and not isinstance(front.data, dict):
        node = front.root
        start = node.start if node is not None else parts.yaml_start
        draft.issues.append(
            InputIssue(
                "input/front-matter",
                "not-mapping",
                start,
                start + 1,
                {"type": type(front.data).__name__},
            )
        )
    return draft
