"""Reporters: turn a run's findings into text, JSON, SARIF, annotations or JUnit.

Each format is a module with ``render(report: Report) -> str``. Reporters never decide what is a
problem; they only format what the engine found. Modules are imported only when used.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple, Protocol

from checker.findings import Finding
from checker.input.text import SourceText

FORMATS: dict[str, str] = {
    "text": "checker.reporters.text",
    "json": "checker.reporters.json_format",
    "sarif": "checker.reporters.sarif",
    "github": "checker.reporters.github",
    "gitlab": "checker.reporters.gitlab",
    "junit": "checker.reporters.junit",
}


class Report(NamedTuple):
    """Everything a reporter may show."""

    findings: list[Finding]
    files: int
    lang: str = "zh"
    tool_version: str = ""
    site_url: str = ""
    color: bool = False
    fixed: int = 0
    fixed_files: int = 0
    sources: Mapping[str, SourceText] = MappingProxyType({})
    #: Every checked file's path as shown in findings, in check order (clean files included).
    paths: Sequence[str] = ()
    #: The absolute repository root when the run covered exactly one, else "".
    root: str = ""

    def ci_base(self) -> str:
        """The folder CI paths are relative to: the CI workspace (``GITHUB_WORKSPACE``,
        ``CI_PROJECT_DIR``) when set, else the working directory; the root when outside it."""
        import os

        base = os.path.abspath(
            os.environ.get("GITHUB_WORKSPACE") or os.environ.get("CI_PROJECT_DIR") or "."
        )
        if not self.root:
            return base
        try:
            inside = not os.path.relpath(self.root, base).replace(os.sep, "/").startswith("..")
        except ValueError:
            inside = False
        return base if inside else self.root

    def ci_path(self, path: str) -> str:
        """``path`` relative to :meth:`ci_base`, as CI services expect it.

        Findings name files relative to opscheck's root; when that root is a folder inside the
        checked-out repository (``social/`` in a monorepo), annotations and code-scanning
        results need the folder in front (GitHub resolves paths from the repository root).
        """
        if not self.root:
            return path
        import os

        relative = os.path.relpath(os.path.join(self.root, path), self.ci_base())
        return relative.replace(os.sep, "/")


class Renderer(Protocol):
    def __call__(self, report: Report) -> str: ...


def render(name: str, report: Report) -> str:
    module = importlib.import_module(FORMATS[name])
    text: str = module.render(report)
    return text
