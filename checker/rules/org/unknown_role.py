"""引用了不存在的岗位：`reports_to`、目标负责人、账号负责人、审批人或审批层级里的岗位 id 不在 `roles` 里。

## 检查什么

组织制度的 `roles` 定义了全部岗位 id。下面这些地方引用的岗位都必须在其中：

- 组织制度里每个岗位的 `reports_to`（汇报线离开团队时写 `null`）；
- 策略文件里每个目标的 `owner`；
- 账号矩阵里每个账号的 `owner` 和审批链 `approval`；
- 工作流 `approval_tiers` 各风险等级的审批岗位。

问题报告在写着这个 id 的那一行，拼写接近某个已有岗位时给出建议。仓库里还没有组织制度文件时
不检查（无从比对）。

## 为什么重要

引用不存在的岗位，审批链就会卡在一个没有人能签的环节上，或者更糟：检查器和发布流程都
以为有人负责，实际上没有。岗位改名时最容易漏改其他文件里的引用。

## 示例

```yaml title="policies/workflow.yaml"
kind: workflow
version: 1
pillars: [{id: product, name: 产品种草}]
statuses: [draft, in_review, approved, scheduled, published]
approval_tiers:
  low: []
  medium: [content-lead]
  high: [content-lead, legal-review]
lead_time_hours: 24
reply_sla_hours: 2
```

## 应改为

```yaml title="policies/workflow.yaml"
kind: workflow
version: 1
pillars: [{id: product, name: 产品种草}]
statuses: [draft, in_review, approved, scheduled, published]
approval_tiers:
  low: []
  medium: [content-lead]
  high: [content-lead, legal-reviewer]
lead_time_hours: 24
reply_sla_hours: 2
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import GUESS_BUDGET, entry_id, guess, join
from checker.rules.api import Context

ID = "org/unknown-role"
SEVERITY = "error"
HANDBOOK = "ch2/2.1"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("organization", "strategy", "platforms", "workflow")

#: Which message each kind of reference gets.
VARIANTS = {
    "reports_to": "reports-to",
    "goal.owner": "goal-owner",
    "account.owner": "account-owner",
    "account.approval": "account-approval",
    "approval_tier": "approval-tier",
}


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    if not repo.by_kind("organization"):
        return
    known = list(repo.roles)
    listed = join(known, ctx.lang) if known else "—"
    suggested = 0
    for ref in repo.dangling("role"):
        if ref.where.doc is not doc or ref.source not in VARIANTS:
            continue
        variant = VARIANTS[ref.source]
        path = ref.where.path
        # the role, goal or account entry that holds the reference; for a tier, its risk level
        owner = str(path[1]) if ref.source == "approval_tier" else entry_id(doc, path[:2])
        suggestion = guess(ref.value, known) if suggested < GUESS_BUDGET else ""
        suggested += 1
        start, end = ref.where.span()
        yield Problem(
            start,
            end,
            {
                "role": ref.value,
                "owner": owner or "?",
                "guess": suggestion,
                "known": listed,
            },
            variant + ("-guess" if suggestion else ""),
        )
