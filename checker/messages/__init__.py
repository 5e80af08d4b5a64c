"""The message catalogue: every user-facing sentence in zh (default) and en.

Entries live in the area modules of this package (``core``, ``input``, ``policy``, ``draft``),
each a ``MESSAGES`` dict of ``key -> (zh, en)``. Keys are a rule id (its default message), a rule
id plus ``#variant``, ``<rule id>#summary`` (the one-line summary shown by ``opscheck rules``)
or a ``cli.*`` / ``report.*`` key. Placeholders use ``str.format`` syntax.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache

AREAS = ("core", "input", "policy", "draft")
LANGS = ("zh", "en")


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for area in AREAS:
        module = importlib.import_module(f"checker.messages.{area}")
        for key, value in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} defined twice")
            merged[key] = value
    return merged


class _Lenient(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, args: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders; unknown ones stay visible instead of raising."""
    try:
        return template.format_map(_Lenient(args))
    except (ValueError, IndexError, KeyError, AttributeError):
        return template


def has(key: str) -> bool:
    return key in catalogue()


def text(key: str, lang: str = "zh", /, **args: object) -> str:
    """The message ``key`` in ``lang`` with its placeholders filled."""
    entry = catalogue().get(key)
    if entry is None:
        return key
    template = entry[1] if lang == "en" and entry[1] else entry[0]
    return render(template, {name: _short(value) for name, value in args.items()})


#: Longest argument a finding's message quotes: file content in a message (a key, a term, an id)
#: is cut here, so one long value in a draft cannot blow up every report that names it.
MAX_ARG_CHARS = 1000


def _short(value: object) -> object:
    if isinstance(value, str) and len(value) > MAX_ARG_CHARS:
        return value[:MAX_ARG_CHARS] + "…"
    return value


def problem_text(rule_id: str, variant: str, lang: str, args: Mapping[str, object]) -> str:
    args = {name: _short(value) for name, value in args.items()}
    key = f"{rule_id}#{variant}" if variant else rule_id
    if key not in catalogue():
        key = rule_id
    entry = catalogue().get(key)
    if entry is None:
        return rule_id
    template = entry[1] if lang == "en" and entry[1] else entry[0]
    return render(template, args)


def summary(rule_id: str, lang: str = "zh") -> str:
    return text(f"{rule_id}#summary", lang)
