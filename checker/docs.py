"""Rule documentation as Markdown, shared by ``opscheck rules --format md`` and the site."""

from __future__ import annotations

import inspect

from checker import messages
from checker.rules.registry import Rule, handbook_label


def rule_page(rule: Rule, lang: str = "zh") -> str:
    """One rule's documentation: its contract as a table, then its docstring sections."""
    fixable = {"safe": "explain.fix-safe", "unsafe": "explain.fix-unsafe"}.get(
        rule.fixable or "", "explain.fix-none"
    )
    doc = inspect.cleandoc(rule.doc)
    body = doc.split("\n", 1)[1].strip() if "\n" in doc else ""
    rows = [
        f"# {rule.id}",
        "",
        f"> {messages.summary(rule.id, lang)}",
        "",
        "| | |",
        "|---|---|",
        f"| {messages.text('explain.severity', lang)} | `{rule.severity.value}` |",
        f"| {messages.text('explain.handbook', lang)} | "
        f"{handbook_label(rule.handbook)} (`{rule.handbook}`) |",
        f"| {messages.text('explain.fixable', lang)} | {messages.text(fixable, lang)} |",
        "",
        body,
        "",
    ]
    return "\n".join(rows)


def rules_markdown(rules: list[Rule], lang: str = "zh") -> str:
    """Every rule, one section each (used by ``opscheck rules --format md``)."""
    lines = ["| id | severity | handbook | fixable | summary |", "|---|---|---|---|---|"]
    for rule in rules:
        lines.append(
            f"| `{rule.id}` | {rule.severity.value} | {handbook_label(rule.handbook)} | "
            f"{rule.fixable or '-'} | {messages.summary(rule.id, lang)} |"
        )
    parts = ["\n".join(lines), ""]
    for rule in rules:
        parts.append(rule_page(rule, lang).replace("\n# ", "\n## ", 1).replace("# ", "## ", 1))
    return "\n".join(parts) + "\n"
