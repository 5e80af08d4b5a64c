"""Extract the examples of a rule's docstring so the test suite can run them."""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"^```(\w+)[ \t]+([^\n]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Example:
    """One fenced example: the file it stands for and what it should show."""

    section: str  # "示例" (must fire) or "应改为" (must not fire)
    path: str
    text: str
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def should_fire(self) -> bool:
        return self.section == "示例"


def examples(doc: str) -> list[Example]:
    doc = inspect.cleandoc(doc)
    found: list[Example] = []
    for section in ("示例", "应改为"):
        match = re.search(rf"^## {section}\n(.*?)(?=^## |\Z)", doc, re.MULTILINE | re.DOTALL)
        if not match:
            continue
        for fence in _FENCE.finditer(match.group(1)):
            attrs = dict(_ATTR.findall(fence.group(2)))
            if "title" in attrs:
                found.append(Example(section, attrs["title"], fence.group(3), attrs))
    return found
