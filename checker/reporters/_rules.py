"""Rule metadata for reporters that describe the rules they mention (SARIF).

Read from each rule module's source with :mod:`ast` instead of importing it, so formatting a
report never loads rule code (a cached run checks nothing and should import nothing it does
not need). Rules built at run time from a team's rule packs (``terms/...``) have no module;
their metadata comes from the findings themselves.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import re
from dataclasses import dataclass
from functools import cache

from checker.rules import registry


@dataclass(frozen=True)
class RuleInfo:
    id: str
    severity: str
    handbook: str
    fixable: str | None
    title: str
    doc: str

    def section(self, heading: str) -> str:
        """The text under ``## heading`` of the documentation, without its examples."""
        match = re.search(
            rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", self.doc, re.MULTILINE | re.DOTALL
        )
        return match.group(1).strip() if match else ""


@cache
def describe(rule_id: str) -> RuleInfo | None:
    """Metadata of a built-in rule, or None for a run-time rule (or an unreadable module)."""
    if rule_id not in registry.rule_ids():
        return None
    area, name = rule_id.split("/", 1)
    module = f"checker.rules.{area.replace('-', '_')}.{name.replace('-', '_')}"
    try:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            return None
        with open(spec.origin, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
    except (OSError, SyntaxError, ValueError, ImportError):
        return None
    constants: dict[str, object] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
        ):
            constants[node.targets[0].id] = node.value.value
    doc = inspect.cleandoc(ast.get_docstring(tree) or "")
    title = doc.splitlines()[0].strip() if doc else rule_id
    fixable = constants.get("FIXABLE")
    return RuleInfo(
        id=rule_id,
        severity=str(constants.get("SEVERITY", "error")),
        handbook=str(constants.get("HANDBOOK", "")),
        fixable=fixable if isinstance(fixable, str) else None,
        title=title,
        doc=doc,
    )


def unwrap(text: str) -> str:
    """Join the hard-wrapped lines of each paragraph (no space between Chinese characters)."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        joined = ""
        for raw in block.splitlines():
            line = raw.strip()
            if joined and line and (joined[-1].isascii() and line[0].isascii()):
                joined += " "
            joined += line
        paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def help_uri(site_url: str, rule_id: str) -> str:
    """The handbook site's page for a built-in rule: ``<site>rules/<area>/<name>/``."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return f"{base}rules/{rule_id}/"
