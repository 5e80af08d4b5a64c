"""The current check status of ``policies/`` and ``drafts/``: the engine run in-process at build
time, summarised by rule and by file."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Sequence

from checker.findings import Finding
from hooks.markup import cell, code, relative, table
from hooks.rules_ref import rule_page_path, severity_label

PAGE = "company/status.md"
_SEVERITIES = ("error", "warning", "info")
MAX_LISTED = 200


def _rule_link(rule_id: str, documented: Collection[str]) -> str:
    if rule_id in documented:
        return f"[{code(rule_id)}]({relative(rule_page_path(rule_id), PAGE)})"
    return code(rule_id)


def render(
    findings: Sequence[Finding],
    files: Sequence[str],
    today: dt.date,
    documented: Collection[str],
    *,
    errors: Sequence[str] = (),
    team_rules: int = 0,
) -> str:
    """The status page: totals, counts by rule and by file, then the findings themselves."""
    by_severity = Counter(f.severity.value for f in findings)
    policies = [f for f in files if f.startswith("policies/")]
    drafts = [f for f in files if not f.startswith("policies/")]
    out = [
        "---",
        "search:",
        "  exclude: true",
        "hide: [navigation]",
        "---",
        "",
        "# 检查现状",
        "",
        f"构建手册时（{today.isoformat()}）在进程内运行 `opscheck`，"
        f"检查了 {len(policies)} 个制度文件和 {len(drafts)} 篇草稿，"
        f"结果与在仓库根目录运行 `opscheck --today {today.isoformat()}` 相同。"
        f"参与检查的规则：内置 {len(documented)} 条"
        + (f"，团队规则包 {team_rules} 条。" if team_rules else "。"),
        "",
    ]
    if errors:
        out += ['!!! failure "检查没有完整运行"', ""]
        out += [f"    - {cell(e)}" for e in errors]
        out.append("")
    if not findings:
        out += [
            '!!! success "没有发现问题"',
            "",
            "    制度和草稿都符合手册的规范。",
            "",
        ]
    else:
        summary = "，".join(
            f"{severity_label(s)} {by_severity[s]} 个" for s in _SEVERITIES if by_severity[s]
        )
        out += [f'!!! warning "共发现 {len(findings)} 个问题：{summary}"', ""]
        out += ["    问题按规则和文件汇总如下；修改对应的文件后重新构建，本页随之更新。", ""]

    out += ["## 按规则", ""]
    per_rule = Counter(f.rule for f in findings)
    if per_rule:
        severity_of = {f.rule: f.severity.value for f in findings}
        rows = [
            [_rule_link(rule, documented), severity_label(severity_of[rule]), str(count)]
            for rule, count in sorted(per_rule.items(), key=lambda p: (-p[1], p[0]))
        ]
        out.append(table(["规则", "级别", "问题数"], rows))
    else:
        out.append("没有规则报告问题。")
    out += ["", "## 按文件", ""]
    rows = []
    for path in sorted(files):
        mine = [f for f in findings if f.path == path]
        counts = Counter(f.severity.value for f in mine)
        rows.append(
            [
                code(path),
                *(str(counts[s]) if counts[s] else "—" for s in _SEVERITIES),
                ":material-check-circle:{ .opscheck-ok } 通过"
                if not mine
                else ":material-alert-circle:{ .opscheck-bad } 需要修改",
            ]
        )
    extra = sorted({f.path for f in findings} - set(files))
    rows.extend(
        [code(p), "?", "?", "?", ":material-alert-circle:{ .opscheck-bad } 需要修改"] for p in extra
    )
    out.append(table(["文件", "错误", "警告", "提示", "结论"], rows))
    if findings:
        out += ["", "## 问题明细", ""]
        rows = [
            [
                f"{code(f.path)}:{f.line}:{f.column}",
                severity_label(f.severity.value),
                _rule_link(f.rule, documented),
                cell(f.message),
            ]
            for f in findings[:MAX_LISTED]
        ]
        out.append(table(["位置", "级别", "规则", "说明"], rows))
        if len(findings) > MAX_LISTED:
            out += [
                "",
                f"另有 {len(findings) - MAX_LISTED} 个问题未列出，请在命令行运行 `opscheck`。",
            ]
    return "\n".join(out) + "\n"
