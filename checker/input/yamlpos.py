"""Load YAML safely and keep the position of every node.

The loader reads libyaml's event stream and builds its own nodes with an explicit stack, so
nothing in a file can make it recurse, run code or expand without bound:

* duplicate mapping keys, ``!!python/...`` and unknown tags, nesting deeper than
  :data:`MAX_DEPTH`, and aliases that add more than :data:`MAX_NODES` nodes are reported as issues,
  never raised;
* tags are never executed: a tagged node keeps its plain value and the tag is reported;
* positions are character offsets into the loaded text, plus ``base`` when the YAML is a slice
  of a larger file (front matter).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, NamedTuple

import yaml

MAX_DEPTH = 100
MAX_NODES = 100_000
_STANDARD_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge")
}
_MERGE = "<<"

Path = tuple[str | int, ...]


class Node:
    """A YAML node with its span; ``value`` is a scalar, a list of nodes or a list of pairs."""

    # A plain class with slots (compared by identity), not a dataclass: cheaper to import.
    __slots__ = ("kind", "start", "end", "value", "tag", "style")

    def __init__(  # noqa: PLR0917 (the dataclass's positional signature, kept)
        self,
        kind: str,  # "scalar" | "seq" | "map"
        start: int,
        end: int,
        value: Any,
        tag: str | None = None,
        style: str | None = None,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
        self.tag = tag
        self.style = style

    def __repr__(self) -> str:
        return (
            f"Node(kind={self.kind!r}, start={self.start!r}, end={self.end!r}, "
            f"value={self.value!r}, tag={self.tag!r}, style={self.style!r})"
        )

    def items(self) -> Iterator[tuple[Node, Node]]:
        if self.kind == "map":
            yield from self.value

    def get(self, key: str) -> Node | None:
        """The value node of ``key`` in a mapping node (last one wins, as in the data)."""
        if self.kind != "map":
            return None
        found = None
        for key_node, value_node in self.value:
            if key_node.kind == "scalar" and key_node.value == key:
                found = value_node
        return found

    def key_node(self, key: str) -> Node | None:
        found = None
        for key_node, _ in self.items():
            if key_node.kind == "scalar" and key_node.value == key:
                found = key_node
        return found


class YamlIssue:
    """A problem found while loading: its rule, message variant, span and arguments."""

    # A plain class with slots, not a frozen dataclass (about 2 ms less at import).
    __slots__ = ("rule", "variant", "start", "end", "args")

    def __init__(
        self,
        rule: str,
        variant: str,
        start: int,
        end: int,
        args: dict[str, object] | None = None,
    ) -> None:
        self.rule = rule
        self.variant = variant
        self.start = start
        self.end = end
        self.args: dict[str, object] = {} if args is None else args

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{self.__class__.__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # holds a dict, as the dataclass did


class YamlDoc:
    """A loaded document: plain data, the node tree, and any loading issues."""

    __slots__ = ("data", "root", "issues")

    def __init__(self, data: Any, root: Node | None, issues: list[YamlIssue]) -> None:
        self.data = data
        self.root = root
        self.issues = issues

    def __repr__(self) -> str:
        return f"YamlDoc(data={self.data!r}, root={self.root!r}, issues={self.issues!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, YamlDoc)
        return (self.data, self.root, self.issues) == (other.data, other.root, other.issues)

    __hash__ = None  # type: ignore[assignment]

    @property
    def ok(self) -> bool:
        """True when the data can be trusted (no syntax or safety problem)."""
        return not any(issue.rule != "input/duplicate-key" for issue in self.issues)

    def node_at(self, path: Path) -> Node | None:
        """The node at a data path such as ``("accounts", 2, "owner")``."""
        node = self.root
        for part in path:
            if node is None:
                return None
            if isinstance(part, int):
                if node.kind != "seq" or not 0 <= part < len(node.value):
                    return None
                node = node.value[part]
            else:
                node = node.get(part)
        return node

    def key_at(self, path: Path) -> Node | None:
        """The key node naming the last element of ``path`` (for 'unexpected key' findings)."""
        if not path or not isinstance(path[-1], str):
            return self.node_at(path)
        parent = self.node_at(path[:-1])
        return parent.key_node(path[-1]) if parent is not None else None


class _Limit(Exception):
    def __init__(self, issue: YamlIssue) -> None:
        super().__init__(issue.variant)
        self.issue = issue


_constructor: yaml.constructor.SafeConstructor | None = None
_resolver: yaml.resolver.Resolver | None = None
#: Constructed scalars by (tag, text, implicit, style): keys and common values repeat in every
#: draft's front matter, and every constructed value is immutable, so it can be shared.
_SCALARS: dict[tuple[Any, ...], tuple[Any, str | None]] = {}
_SCALAR_CACHE_LIMIT = 50_000


def _scalar_value(event: yaml.ScalarEvent) -> tuple[Any, str | None]:
    """Construct a scalar the way SafeLoader would, without honouring unsafe tags."""
    key = (event.tag, event.value, event.implicit, event.style)
    found = _SCALARS.get(key)
    if found is None:
        found = _construct_scalar(event)
        if len(_SCALARS) >= _SCALAR_CACHE_LIMIT:
            _SCALARS.clear()
        _SCALARS[key] = found
    return found


_STARTS: frozenset[Any] | None = None


def _implicit_starts() -> frozenset[Any]:
    """The first characters with which a plain scalar may be something else than a string (a
    number, a date, a boolean, null...): the keys of the resolver's implicit table. Empty when
    the resolver may type any scalar (a resolver for every first character, or by path): then
    nothing is taken as a string without asking it."""
    global _STARTS
    if _STARTS is None:
        resolver = yaml.resolver.Resolver
        table = resolver.yaml_implicit_resolvers
        typed_anywhere = None in table or bool(resolver.yaml_path_resolvers)
        _STARTS = frozenset() if typed_anywhere else frozenset(table)
    return _STARTS


def _common_value(text: str) -> tuple[Any, None] | None:
    """The value of a plain scalar every draft has, as SafeLoader types it; None for others.

    A decimal count, a date (``2026-12-01``), a date and time to the second with an optional
    offset (``2026-12-01 20:00:00+08:00``, ``T`` or a space, ``Z``) are typed here without the
    resolver's tries and the constructor (13 us for a publish time, 5 for a count); no
    implicit resolver tried before the one that types them matches them (a count has no
    ``.``, ``:`` or ``-``; a date no ``.``), so the type is the resolver's. Read with string
    tests, not an expression: compiling one costs a one-draft run more than it saves.
    """
    if not text.isascii():
        return None
    if text.isdigit():
        return (int(text), None) if text[0] != "0" or len(text) == 1 else None
    size = len(text)
    if size not in (10, 19, 20, 25) or text[4] != "-" or text[7] != "-":
        return None
    day = text[0:4] + text[5:7] + text[8:10]
    if not day.isdigit():
        return None
    if size > 10:
        if text[10] not in " T" or text[13] != ":" or text[16] != ":":
            return None
        if not (text[11:13] + text[14:16] + text[17:19]).isdigit():
            return None
        if size == 20 and text[19] != "Z":
            return None
        if size == 25 and (
            text[19] not in "+-" or text[22] != ":" or not (text[20:22] + text[23:25]).isdigit()
        ):
            return None
    try:
        if size == 10:
            return dt.date(int(text[0:4]), int(text[5:7]), int(text[8:10])), None
        zone = None
        if size == 20:
            zone = dt.UTC
        elif size == 25:
            offset = dt.timedelta(hours=int(text[20:22]), minutes=int(text[23:25]))
            zone = dt.timezone(-offset if text[19] == "-" else offset)
        value = dt.datetime(
            int(text[0:4]),
            int(text[5:7]),
            int(text[8:10]),
            int(text[11:13]),
            int(text[14:16]),
            int(text[17:19]),
            0,
            tzinfo=zone,
        )
    except ValueError:
        return text, None  # the constructor fails and the text stays a string
    return value, None


def _construct_scalar(event: yaml.ScalarEvent) -> tuple[Any, str | None]:
    global _constructor, _resolver
    if _constructor is None or _resolver is None:
        _constructor = yaml.constructor.SafeConstructor()
        _resolver = yaml.resolver.Resolver()
    tag = event.tag
    text = event.value
    starts = _implicit_starts()
    if tag is None and starts:
        if not event.implicit[0] or (text and text[0] not in starts):
            return text, None  # what the resolver would say: a string (no implicit type starts so)
        common = _common_value(text)
        if common is not None:
            return common
    if tag is None or tag == "!":
        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
    if tag not in _STANDARD_TAGS:
        return event.value, event.tag
    node = yaml.ScalarNode(tag, event.value, style=event.style)
    constructors = {
        "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
        "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
        "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
        "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
        "tag:yaml.org,2002:timestamp": _constructor.construct_yaml_timestamp,
    }
    build = constructors.get(tag)
    if build is None:
        return event.value, None
    try:
        value = build(node)
    except (ValueError, yaml.YAMLError, OverflowError):
        return event.value, None
    return (event.value, None) if isinstance(value, bytes) else (value, None)


def _bad_tag(tag: str | None) -> str | None:
    if tag is None or tag in ("!", "?") or tag in _STANDARD_TAGS:
        return None
    return "python-tag" if tag.startswith("tag:yaml.org,2002:python/") else "unknown-tag"


class _Composed(NamedTuple):
    root: Node | None
    nodes: int  # nodes created (the data's size when there is no alias)
    aliased: bool  # an alias shares a node, so the expanded size must be computed


def _compose(text: str, base: int, issues: list[YamlIssue]) -> _Composed:
    """Build the node tree from libyaml's events with an explicit stack (never recursive)."""
    anchors: dict[str, Node] = {}
    # One frame per open collection: [node, anchor, is_map, key waiting for its value].
    stack: list[list[Any]] = []
    root: Node | None = None
    documents = 0
    nodes = 0
    aliased = False
    scalar_event = yaml.ScalarEvent
    starts = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    bad_tag = _bad_tag
    scalars = _SCALARS

    def attach(node: Node) -> None:
        nonlocal root
        if stack:
            frame = stack[-1]
            if not frame[2]:
                frame[0].value.append(node)
            elif frame[3] is None:
                frame[3] = node
            else:
                frame[0].value.append((frame[3], node))
                frame[3] = None
        elif root is None:
            root = node

    parser = yaml.CSafeLoader(text)
    get_event = parser.get_event
    try:
        while True:
            event: Any = get_event()
            kind = event.__class__
            if kind is scalar_event:
                start = base + event.start_mark.index
                end = base + event.end_mark.index
                tag = event.tag
                if tag is not None:
                    variant = bad_tag(tag)
                    if variant:
                        issues.append(
                            YamlIssue("input/unsafe-yaml", variant, start, end, {"tag": tag})
                        )
                style = event.style
                found = scalars.get((tag, event.value, event.implicit, style))
                if found is None:
                    found = _scalar_value(event)
                node = Node("scalar", start, end, found[0], tag, style)
                nodes += 1
                if event.anchor:
                    anchors[event.anchor] = node
                # attach(node), inlined: most nodes are scalars
                if stack:
                    frame = stack[-1]
                    if not frame[2]:
                        frame[0].value.append(node)
                    elif frame[3] is None:
                        frame[3] = node
                    else:
                        frame[0].value.append((frame[3], node))
                        frame[3] = None
                elif root is None:
                    root = node
            elif kind in starts:
                start = base + event.start_mark.index
                end = base + event.end_mark.index
                tag = event.tag
                if tag is not None:
                    variant = bad_tag(tag)
                    if variant:
                        issues.append(
                            YamlIssue("input/unsafe-yaml", variant, start, end, {"tag": tag})
                        )
                if len(stack) >= MAX_DEPTH:
                    raise _Limit(
                        YamlIssue("input/unsafe-yaml", "depth", start, end, {"limit": MAX_DEPTH})
                    )
                is_map = kind is yaml.MappingStartEvent
                node = Node("map" if is_map else "seq", start, end, [], tag)
                stack.append([node, event.anchor, is_map, None])
                nodes += 1
            elif kind in ends:
                node, anchor, is_map, _ = stack.pop()
                node.end = base + event.end_mark.index
                if is_map:
                    _check_duplicates(node, issues)
                if anchor:
                    anchors[anchor] = node
                attach(node)
            elif kind is yaml.AliasEvent:
                target = anchors.get(str(event.anchor))
                if target is None:
                    start = base + event.start_mark.index
                    end = base + event.end_mark.index
                    raise _Limit(
                        YamlIssue(
                            "input/unsafe-yaml", "alias", start, end, {"anchor": event.anchor}
                        )
                    )
                aliased = True
                attach(target)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    start = base + int(getattr(event.start_mark, "index", 0))
                    issues.append(YamlIssue("input/yaml-syntax", "multi-doc", start, start + 3))
                    break
            elif kind is yaml.StreamEndEvent or event is None:
                break
    finally:
        parser.dispose()
    return _Composed(root, nodes, aliased)


# A front matter is almost always a flat mapping of plain scalars, flow lists and lists of flow
# mappings. :func:`_simple` builds the nodes of such a text line by line, with the positions,
# values and issues libyaml's events would give, and returns None at the first line it does not
# recognise exactly, which then goes through libyaml. tests/test_input_fast_paths.py checks the
# two paths against each other.
_SIMPLE_MAX = 8192
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
#: Characters that may not start a plain scalar (or make it something else).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_STOPS = frozenset(",[]{}#")
_PLAIN_IMPLICIT = (True, False)
#: ``key: plain scalar`` lines read before: (colon, key, value offset, value) by line.
_LINES: dict[str, tuple[int, Any, int, Any]] = {}


class _Plain:
    """What :func:`_construct_scalar` reads from a plain scalar event."""

    __slots__ = ("value",)
    tag = None
    implicit = _PLAIN_IMPLICIT
    style = ""

    def __init__(self, value: str) -> None:
        self.value = value


def _plain(text: str, start: int, base: int) -> Node:
    found = _SCALARS.get((None, text, _PLAIN_IMPLICIT, ""))
    if found is None:
        found = _scalar_value(_Plain(text))  # type: ignore[arg-type]
    return Node("scalar", base + start, base + start + len(text), found[0], None, "")


def _block_plain(text: str) -> bool:
    """True for a plain scalar on one line of block context that libyaml reads as it stands."""
    return (
        text[0] not in _INDICATORS
        and text[-1] != ":"
        and ": " not in text
        and " #" not in text
        and text.isprintable()
    )


def _flow_plain(text: str) -> bool:
    """The same inside ``[...]`` or ``{...}`` (no flow indicators, no ``:`` before a space)."""
    return (
        bool(text)
        and text[0] not in _INDICATORS
        and text[0] != " "
        and text[-1] not in " :"
        and _FLOW_STOPS.isdisjoint(text)
        and ": " not in text
        and text.isprintable()
    )


def _flow(text: str, start: int, base: int, issues: list[YamlIssue]) -> Node | None:
    """A one-line ``[a, b]`` of plain scalars or ``{k: v, k: v}`` of plain keys and values."""
    inner = text[1:-1]
    if text[0] == "[" and text[-1] == "]":
        node = Node("seq", base + start, base + start + len(text), [])
        if inner:
            offset = start + 1
            for item in inner.split(", "):
                if not _flow_plain(item):
                    return None
                node.value.append(_plain(item, offset, base))
                offset += len(item) + 2
        return node
    if text[0] == "{" and text[-1] == "}":
        node = Node("map", base + start, base + start + len(text), [])
        if inner:
            offset = start + 1
            for pair in inner.split(", "):
                key, colon, value = pair.partition(": ")
                if not colon or not _flow_plain(key) or not _flow_plain(value):
                    return None
                node.value.append(
                    (_plain(key, offset, base), _plain(value, offset + len(key) + 2, base))
                )
                offset += len(pair) + 2
        _check_duplicates(node, issues)
        return node
    return None


def _value(text: str, start: int, base: int, issues: list[YamlIssue]) -> Node | None:
    if text[0] in "[{":
        return _flow(text, start, base, issues)
    return _plain(text, start, base) if _block_plain(text) else None


def _simple(text: str, base: int, issues: list[YamlIssue]) -> tuple[Node, dict[Any, Any]] | None:
    """A block mapping of ``key: value`` lines and ``key:`` lists, the shape of nearly every
    front matter: its tree and its data (what :func:`to_python` makes of the tree, built along
    the way); None for anything else, which the full loader reads."""
    if not text.endswith("\n") or "\r" in text or "\t" in text:
        return None
    lines = text.split("\n")
    lines.pop()  # the empty string after the last line break
    found: list[YamlIssue] = []
    root = Node("map", base, base + len(text), [])
    pairs = root.value
    data: dict[Any, Any] = {}  # keys are plain scalars: never a merge key, always hashable
    position = 0
    index = 0
    count = len(lines)
    known = _LINES
    while index < count:
        line = lines[index]
        seen = known.get(line)
        if seen is not None:  # ``key: value`` met before (``status: draft`` in every draft)
            colon, key_value, at, value_value = seen
            start = base + position
            data[key_value] = value_value
            pairs.append(
                (
                    Node("scalar", start, start + colon, key_value, None, ""),
                    Node("scalar", start + at, start + len(line), value_value, None, ""),
                )
            )
            position += len(line) + 1
            index += 1
            continue
        colon = line.find(":")
        if colon <= 0 or not _KEY_CHARS.issuperset(line[:colon]) or line[0] in "-":
            return None
        key = _plain(line[:colon], position, base)
        rest = line[colon + 1 :]
        if rest:
            value_text = rest.lstrip(" ")
            if rest[0] != " " or not value_text or value_text != value_text.rstrip(" "):
                return None
            at = len(line) - len(value_text)
            value = _value(value_text, position + at, base, found)
            if value is None:
                return None
            if value.kind == "scalar":
                if len(known) >= _SCALAR_CACHE_LIMIT:
                    known.clear()
                known[line] = (colon, key.value, at, value.value)
            pairs.append((key, value))
            data[key.value] = value.value if value.kind == "scalar" else to_python(value)
            position += len(line) + 1
            index += 1
            continue
        # ``key:`` alone: a block list follows, one ``- item`` per line at one indentation.
        position += len(line) + 1
        index += 1
        if index == count:
            return None
        indent = len(lines[index]) - len(lines[index].lstrip(" "))
        sequence = Node("seq", base + position + indent, 0, [])
        while index < count:
            line = lines[index]
            if not line.startswith("- ", indent) or (indent and line[:indent].strip(" ")):
                if line[:1] in ("", " ", "-"):
                    return None  # anything else indented or dashed
                break
            item_text = line[indent + 2 :]
            if not item_text or item_text[0] == " " or item_text != item_text.rstrip(" "):
                return None
            item = _value(item_text, position + indent + 2, base, found)
            if item is None:
                return None
            sequence.value.append(item)
            position += len(line) + 1
            index += 1
        if not sequence.value:
            return None  # ``key:`` with nothing under it (a null value)
        sequence.end = base + position
        pairs.append((key, sequence))
        data[key.value] = [
            item.value if item.kind == "scalar" else to_python(item) for item in sequence.value
        ]
    if not pairs:
        return None
    _check_duplicates(root, found)
    issues.extend(found)
    return root, data


def _check_duplicates(node: Node, issues: list[YamlIssue]) -> None:
    keys = [key.value for key, _ in node.value if key.kind == "scalar"]
    if (
        len(keys) == len(node.value)
        and all(value.__class__ is str for value in keys)
        and len(set(keys)) == len(keys)
    ):
        return  # every key a distinct string (the usual case): the loop finds nothing
    seen: dict[object, Node] = {}
    for key, _ in node.value:
        if key.kind != "scalar" or key.value == _MERGE:
            continue
        marker: object = key.value
        if isinstance(marker, (dt.date, dt.datetime)):
            marker = marker.isoformat()
        try:
            first = seen.get(marker)
        except TypeError:
            continue
        if first is not None:
            issues.append(
                YamlIssue(
                    "input/duplicate-key",
                    "",
                    key.start,
                    key.end,
                    {"key": str(key.value), "first_offset": first.start},
                )
            )
        else:
            seen[marker] = key


def _expanded_size(node: Node, memo: dict[int, int], cap: int) -> int:
    """How many nodes the data would hold once every alias is expanded (iterative; counts
    stop growing at ``cap``, so a bomb is measured without being expanded)."""
    order: list[Node] = []
    pending = [node]
    while pending:
        current = pending.pop()
        if id(current) in memo:
            continue
        memo[id(current)] = -1
        order.append(current)
        if current.kind == "seq":
            pending.extend(current.value)
        elif current.kind == "map":
            for key, value in current.value:
                pending.append(key)
                if value is not None:
                    pending.append(value)
    for current in reversed(order):
        size = 1
        if current.kind == "seq":
            size += sum(memo[id(child)] for child in current.value)
        elif current.kind == "map":
            for key, value in current.value:
                size += memo[id(key)] + (memo[id(value)] if value is not None else 0)
        memo[id(current)] = min(size, cap)
    return memo[id(node)]


def to_python(node: Node | None) -> Any:
    """Plain data from a node tree (merge keys applied; later duplicate keys win)."""
    if node is None:
        return None
    if node.kind == "scalar":
        return node.value
    if node.kind == "seq":
        return [child.value if child.kind == "scalar" else to_python(child) for child in node.value]
    result: dict[Any, Any] = {}
    merged: dict[Any, Any] = {}
    for key, value in node.value:
        if key.kind == "scalar":
            name = key.value
            if name == _MERGE and not key.style and value is not None:
                sources = value.value if value.kind == "seq" else [value]
                for source in sources:
                    data = to_python(source)
                    if isinstance(data, dict):
                        for merged_name, item in data.items():
                            merged.setdefault(merged_name, item)
                continue
        else:
            name = to_python(key)
        if name.__class__ is not str:
            try:
                hash(name)
            except TypeError:
                name = str(name)
        result[name] = (
            value.value if value is not None and value.kind == "scalar" else to_python(value)
        )
    for name, item in merged.items():
        result.setdefault(name, item)
    return result


def load(text: str, base: int = 0) -> YamlDoc:
    """Load one YAML document from ``text``; ``base`` is added to every offset."""
    issues: list[YamlIssue] = []
    simple = _simple(text, base, issues) if len(text) <= _SIMPLE_MAX else None
    if simple is not None:
        return YamlDoc(simple[1], simple[0], issues)
    try:
        composed = _compose(text, base, issues)
    except _Limit as limit:
        issues.append(limit.issue)
        return YamlDoc(None, None, issues)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context = str(exc.context or "")
        if (
            exc.context_mark is not None
            and mark is not None
            and context.startswith(
                ("while parsing a flow", "while scanning a quoted", "while scanning a block scalar")
            )
        ):
            mark = exc.context_mark  # point at the bracket or quote that was never closed
        offset = base + (mark.index if mark is not None else 0)
        problem = str(exc.problem or exc.context or "YAML")
        if "nesting depth" in problem:
            issues.append(
                YamlIssue("input/unsafe-yaml", "depth", offset, offset + 1, {"limit": MAX_DEPTH})
            )
            return YamlDoc(None, None, issues)
        issues.append(
            YamlIssue(
                "input/yaml-syntax",
                "",
                offset,
                offset + 1,
                {"problem": problem, "context": context},
            )
        )
        return YamlDoc(None, None, issues)
    except yaml.YAMLError as exc:
        issues.append(YamlIssue("input/yaml-syntax", "", base, base + 1, {"problem": str(exc)}))
        return YamlDoc(None, None, issues)
    root = composed.root
    # Aliases may add at most MAX_NODES nodes to what the file itself holds: a long policy is not
    # a bomb (its own size is bounded by the file-size limit), a few lines that expand to
    # millions are.
    allowed = composed.nodes + MAX_NODES
    if root is not None and composed.aliased and _expanded_size(root, {}, allowed + 1) > allowed:
        issues.append(
            YamlIssue(
                "input/unsafe-yaml", "expansion", root.start, root.start + 1, {"limit": MAX_NODES}
            )
        )
        return YamlDoc(None, None, issues)
    return YamlDoc(to_python(root), root, issues)
