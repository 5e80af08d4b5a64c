"""Small helpers shared by the policy rules (locating nodes, listing ids, guessing typos)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from checker import messages
from checker.model.document import PolicyDoc
from checker.model.repository import Where

Span = tuple[int, int]


#: At most this many items are listed in a message; the rest are counted. A message naming
#: every role of a 50,000-role policy, once per finding, would take time and memory squared.
MAX_LISTED = 30


def join(items: Iterable[object], lang: str) -> str:
    """``a、b、c`` in Chinese, ``a, b, c`` in English (long lists end with how many there are)."""
    every = list(items)
    sep = "、" if lang != "en" else ", "
    text = sep.join(str(item) for item in every[:MAX_LISTED])
    if len(every) > MAX_LISTED:
        more = messages.text("list.more", lang, count=len(every), more=len(every) - MAX_LISTED)
        text += ("…" if lang != "en" else ", … ") + more
    return text


def chain(items: Iterable[object]) -> str:
    """``a -> b -> a``: a path through roles, written the same in every language."""
    return " -> ".join(str(item) for item in items)


#: Suggestions are only looked for among ids this short, in lists this long: an id of a
#: hundred thousand characters or a list of fifty thousand ids gets no suggestion, and
#: :func:`difflib.get_close_matches` never runs for minutes.
_GUESS_MAX_LENGTH = 100
_GUESS_MAX_CHOICES = 1000
#: How many unknown references of one file get a suggestion (the rest only name the id).
GUESS_BUDGET = 100


def guess(value: str, options: Iterable[str], cutoff: float = 0.75) -> str:
    """The option a misspelt or shortened ``value`` most likely means (empty when unsure).

    A close spelling wins (``ops-directer`` -> ``ops-director``); otherwise an option that
    ``value`` is the only prefix of (``legal`` -> ``legal-reviewer``). Ids that merely share a
    common ending such as ``-manager`` are not suggested.
    """
    if len(value) > _GUESS_MAX_LENGTH:
        return ""
    choices = [option for option in options if len(option) <= _GUESS_MAX_LENGTH]
    if len(choices) > _GUESS_MAX_CHOICES:
        return ""
    import difflib  # only when there is something to suggest

    found = difflib.get_close_matches(value, choices, n=1, cutoff=cutoff)
    if found:
        return found[0]
    extended = [option for option in choices if value and option.startswith(value + "-")]
    return extended[0] if len(extended) == 1 else ""


def first_of(where: Where, *candidates: tuple[str | int, ...]) -> Span:
    """The span of the first candidate sub-path that exists, else of the entry itself."""
    for candidate in candidates:
        if where.has(*candidate):
            return where.span(*candidate)
    return where.span()


def top_key(doc: PolicyDoc, *keys: str) -> Span:
    """The first of the top-level ``keys`` present in ``doc``, else its first key (``kind:``)."""
    for key in keys:
        if doc.yaml is not None and doc.yaml.key_at((key,)) is not None:
            return doc.key_span((key,))
    return doc.span(("\0missing",))


def entry_id(doc: PolicyDoc, path: tuple[str | int, ...]) -> str:
    """The ``id`` of the mapping at ``path`` (empty when it has none)."""
    node: Any = doc.data
    for part in path:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
        else:
            node = node.get(part) if isinstance(node, dict) else None
    value = node.get("id") if isinstance(node, dict) else None
    return value if isinstance(value, str) else ""
