"""Reporters: turn a run's findings into text, JSON, SARIF, annotations or JUnit.

Each format is a module with ``render(report: Report) -> str``. Reporters never decide what is a
problem; they only format what the engine found. Modules are imported only when used.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Protocol

from checker.findings import Finding
from checker.input.text import SourceText

FORMATS: dict[str, str] = {
    "text": "checker.reporters.text",
    "json": "checker.reporters.json_format",
}


@dataclass
class Report:
    """Everything a reporter may show."""

    findings: list[Finding]
    files: int
    lang: str = "zh"
    tool_version: str = ""
    site_url: str = ""
    color: bool = False
    fixed: int = 0
    fixed_files: int = 0
    sources: dict[str, SourceText] = field(default_factory=dict)


class Renderer(Protocol):
    def __call__(self, report: Report) -> str: ...


def render(name: str, report: Report) -> str:
    module = importlib.import_module(FORMATS[name])
    text: str = module.render(report)
    return text
