"""Appendix D (the rules reference), one page per rule, and each section's list of its rules.

URL scheme (a contract: the SARIF reporter links to it): rule ``area/name`` has its page at
``rules/<area>/<name>.md``, served at ``<site_url>rules/<area>/<name>/``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker import docs, messages
from checker.rules.registry import AREA_TARGETS, Rule, handbook_label
from hooks.markup import cell, code, relative, table

INDEX_PAGE = "appendix/d.md"

#: How the rules are grouped in the index and the navigation, by what they look at.
GROUPS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("制度文件", ("policy",), "检查 `policies/` 中的定位、目标、组织、平台与账号矩阵、规则包。"),
    (
        "内容草稿",
        ("draft",),
        "检查 `drafts/` 中的草稿：账号与审批、平台格式、广告法、个人信息、AI 标识和排版。",
    ),
    (
        "输入与结构",
        ("file", "post"),
        "所有文件都会经过的检查：编码、YAML 语法与安全、front matter、JSON Schema 和抑制注释。",
    ),
)


@dataclass(frozen=True)
class RuleInfo:
    """What the site shows about one rule (built from the registry and the message catalogue)."""

    id: str
    title: str
    summary: str
    severity: str
    handbook: str
    fixable: str | None
    target: str

    @property
    def page(self) -> str:
        return rule_page_path(self.id)


def info(rule: Rule) -> RuleInfo:
    return RuleInfo(
        id=rule.id,
        title=rule.title,
        summary=messages.summary(rule.id, "zh"),
        severity=rule.severity.value,
        handbook=rule.handbook,
        fixable=rule.fixable,
        target=rule.target,
    )


def rule_page_path(rule_id: str) -> str:
    """``ad-law/absolute-term`` -> ``rules/ad-law/absolute-term.md``."""
    return f"rules/{rule_id}.md"


def handbook_page(anchor: str) -> str:
    """The page file of a handbook anchor: ``ch9/9.1`` -> ``ch9/9.1.md``, ``ch5`` ->
    ``ch5/index.md``, ``preface`` -> ``preface.md``, ``appendix/b`` -> ``appendix/b.md``."""
    if anchor == "preface":
        return "preface.md"
    if "/" in anchor:
        return f"{anchor}.md"
    return f"{anchor}/index.md"


def severity_label(severity: str) -> str:
    return messages.text(f"severity.{severity}", "zh")


def fixable_label(fixable: str | None) -> str:
    return {"safe": "可自动修复", "unsafe": "可修复（需确认）"}.get(fixable or "", "—")


def group_of(rule: RuleInfo) -> str:
    """A rule's group follows its area (``schema/unknown-kind`` looks at policies but belongs
    with the structural checks)."""
    target = AREA_TARGETS.get(rule.id.split("/", 1)[0], rule.target)
    for name, targets, _ in GROUPS:
        if target in targets:
            return name
    return GROUPS[-1][0]


def grouped(rules: Iterable[RuleInfo]) -> list[tuple[str, str, list[RuleInfo]]]:
    """The rules in their groups (empty groups left out), each sorted by id."""
    ordered = sorted(rules, key=lambda r: r.id)
    result = []
    for name, _, blurb in GROUPS:
        members = [r for r in ordered if group_of(r) == name]
        if members:
            result.append((name, blurb, members))
    return result


def nav_entries(rules: Iterable[RuleInfo]) -> list[object]:
    """The navigation of appendix D: the index, then one section per group."""
    entries: list[object] = [{"规则总表": INDEX_PAGE}]
    for name, _, members in grouped(rules):
        entries.append({name: [{r.id: r.page} for r in members]})
    return entries


def render_index(rules: Sequence[RuleInfo], page_titles: dict[str, str]) -> str:
    """Appendix D: every rule with its severity, handbook section, fixability and summary."""
    counts = {s: sum(1 for r in rules if r.severity == s) for s in ("error", "warning", "info")}
    out = [
        "---",
        "tags: [规则, 检查器]",
        "---",
        "",
        "# 附录 D 规则参考",
        "",
        f"`opscheck` 内置 **{len(rules)}** 条规则：{counts['error']} 条默认为错误，"
        f"{counts['warning']} 条为警告，{counts['info']} 条为提示。"
        "每条规则都引用它所执行的手册章节，"
        "每个被检查的章节末尾也列出检查它的规则。本页和每条规则的页面都在构建手册时由检查器的"
        "规则注册表生成，与 `opscheck rules`、`opscheck explain` 的输出同源。",
        "",
        "团队在规则包（`kind: rulepack`）里自定义的规则编号为 `terms/<规则包>/<规则>`，"
        "它们随团队的制度变化，不在本页列出；用 `opscheck rules` 可以看到当前仓库的全部规则。",
        "",
        '!!! tip "在命令行查看"',
        "",
        "    `opscheck explain ad-law/absolute-term` 打印一条规则的完整说明；"
        "`opscheck rules --format json` 输出全部规则的机器可读清单。",
    ]
    for name, blurb, members in grouped(rules):
        out += ["", f"## {name}", "", blurb, ""]
        rows = []
        for rule in members:
            target = handbook_page(rule.handbook)
            title = page_titles.get(target, handbook_label(rule.handbook))
            rows.append(
                [
                    f"[{code(rule.id)}]({relative(rule.page, INDEX_PAGE)})",
                    severity_label(rule.severity),
                    f"[{cell(handbook_label(rule.handbook))}]({relative(target, INDEX_PAGE)}"
                    f' "{cell(title)}")',
                    fixable_label(rule.fixable),
                    cell(rule.summary),
                ]
            )
        out.append(table(["规则", "默认级别", "手册章节", "自动修复", "说明"], rows))
    return "\n".join(out) + "\n"


def render_rule(rule: Rule, page_titles: dict[str, str]) -> str:
    """One rule's page: its documentation, with the handbook section as a link."""
    path = rule_page_path(rule.id)
    target = handbook_page(rule.handbook)
    title = page_titles.get(target, handbook_label(rule.handbook))
    link = f"[{cell(title)}]({relative(target, path)})"
    front = ["---", "search:", "  boost: 0.5", "---", ""]
    body = docs.rule_page(rule, "zh", handbook_link=link)
    back = [
        "",
        "---",
        "",
        f"[:material-arrow-left: 返回规则总表]({relative(INDEX_PAGE, path)}) · "
        f"[:material-book-open-variant: 阅读 {cell(handbook_label(rule.handbook))}]"
        f"({relative(target, path)})",
    ]
    return "\n".join(front) + body.rstrip() + "\n" + "\n".join(back) + "\n"


def render_enforced_by(rules: Sequence[RuleInfo], page: str) -> str:
    """The list appended to a handbook section: the rules that enforce its norms."""
    if not rules:
        return ""
    out = [
        "",
        "## 本节由这些规则检查",
        "",
        "下面的规则执行本节的规范（构建时由检查器的规则注册表生成）。点开规则可以看到它检查什么、"
        "为什么重要，以及会被报告和应改为的示例。",
        "",
    ]
    for rule in sorted(rules, key=lambda r: r.id):
        out.append(
            f"- [{code(rule.id)}]({relative(rule.page, page)})"
            f"（{severity_label(rule.severity)}）：{cell(rule.summary)}"
        )
    return "\n".join(out) + "\n"


def by_handbook_page(rules: Iterable[RuleInfo]) -> dict[str, list[RuleInfo]]:
    """Rules grouped by the page file of the handbook section they enforce."""
    found: dict[str, list[RuleInfo]] = {}
    for rule in rules:
        found.setdefault(handbook_page(rule.handbook), []).append(rule)
    return found
