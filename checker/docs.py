"""Rule documentation as Markdown, shared by ``opscheck rules --format md`` and the site."""

from __future__ import annotations

import inspect
import re

from checker import messages
from checker.rules.registry import Rule, handbook_label

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_TARGETS = {
    "policy": ("制度文件（policies/）", "policy files (policies/)"),
    "draft": ("内容草稿（drafts/）", "content drafts (drafts/)"),
    "file": ("所有文件", "every file"),
    "post": ("所有文件（在其他规则之后运行）", "every file (after the other rules)"),
}


def doc_sections(rule: Rule) -> tuple[str, str]:
    """The docstring's one-line title and the rest (its ``##`` sections)."""
    doc = inspect.cleandoc(rule.doc)
    title, _, body = doc.partition("\n")
    return title.strip(), body.strip()


def shift_headings(markdown: str, levels: int) -> str:
    """Make every ATX heading outside fenced code ``levels`` deeper (code stays untouched)."""
    if levels <= 0:
        return markdown
    out = []
    fence: str | None = None
    for line in markdown.split("\n"):
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence = opened.group(1)
        elif fence is not None and line.strip().startswith(fence[0] * len(fence)):
            if line.strip().strip(fence[0]) == "":
                fence = None
        elif fence is None and re.match(r"#{1,6} ", line):
            out.append("#" * levels + line)
            continue
        out.append(line)
    return "\n".join(out)


def rule_page(
    rule: Rule, lang: str = "zh", handbook_link: str | None = None, level: int = 1
) -> str:
    """One rule's documentation: title, summary, its contract as a table, then its docstring.

    ``handbook_link`` replaces the plain section label (the site passes a Markdown link to the
    section page); ``level`` is the heading level of the rule's own heading.
    """
    fixable = {"safe": "explain.fix-safe", "unsafe": "explain.fix-unsafe"}.get(
        rule.fixable or "", "explain.fix-none"
    )
    title, body = doc_sections(rule)
    zh = lang != "en"
    target = _TARGETS.get(rule.target, (rule.target, rule.target))[0 if zh else 1]
    section = handbook_link or f"{handbook_label(rule.handbook)} (`{rule.handbook}`)"
    severity = messages.text(f"severity.{rule.severity.value}", lang)
    rows = [
        f"{'#' * level} {rule.id}",
        "",
        f"**{title}**" if title and title != rule.id else "",
        "",
        messages.summary(rule.id, lang),
        "",
        "| " + ("项目 | 内容" if zh else "Item | Value") + " |",
        "|---|---|",
        f"| {messages.text('explain.severity', lang)} | {severity}（`{rule.severity.value}`） |"
        if zh
        else f"| {messages.text('explain.severity', lang)} | `{rule.severity.value}` |",
        f"| {messages.text('explain.handbook', lang)} | {section} |",
        f"| {messages.text('explain.fixable', lang)} | {messages.text(fixable, lang)} |",
        f"| {'检查对象' if zh else 'Looks at'} | {target} |",
    ]
    if rule.kinds:
        kinds = "、".join(f"`{kind}`" for kind in rule.kinds)
        rows.append(f"| {'制度类型' if zh else 'Policy kinds'} | {kinds} |")
    rows += ["", shift_headings(body, level - 1), ""]
    text = "\n".join(rows)
    return re.sub(r"\n{3,}", "\n\n", text)


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
        parts.append(rule_page(rule, lang, level=2))
    return "\n".join(parts) + "\n"
