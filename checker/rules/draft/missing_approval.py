"""稿件已标为通过、排期或发布，却缺少必需的审批。

## 检查什么

`status` 为 `approved`、`scheduled` 或 `published` 的稿件，`approvals` 里必须有以下每个岗位的审批：

1. 发布账号自己的审批链（账号矩阵里账号的 `approval`）；
2. 工作流制度里该风险等级要求的岗位（`approval_tiers`）。风险等级取 front matter 的 `risk`
   （默认 `low`）；正文、标题或摘要里出现医疗、功效、金融或保证类用语时按 `high` 计。

同一岗位只需审批一次；作者本人的审批不算（见 `draft/self-approved`）。报告指向 `status` 一行，
并列出缺少的岗位。仓库里没有账号矩阵时只按风险等级检查，没有工作流制度时只按账号审批链检查，
两者都没有时不检查。

## 为什么重要

审批链是制度写下的责任分工：高风险内容没有法务审批就发出，出了问题无人把关、也无法复盘。
把状态改成「已通过」并不等于真的审过，检查器按记录核对。

## 示例

```markdown title="drafts/douyin-south-store.md"
---
platform: douyin
account: douyin-south
title: 广州天河门店焕新开业
author: sun-hao
status: scheduled
publish_at: 2026-12-12T10:00:00+08:00
risk: medium
video_seconds: 40
approvals:
  - {role: regional-ops, by: sun-hao, at: 2026-12-10T09:00:00+08:00}
---
天河门店焕新开业，周末带上家人来体验新款空气炸锅的现场试吃。
```

## 应改为

华南账号的审批链是华南运营和内容主编，中风险同样需要内容主编；作者孙浩本人是华南运营，
所以由运营总监代行华南运营的审批：

```markdown title="drafts/douyin-south-store.md"
---
platform: douyin
account: douyin-south
title: 广州天河门店焕新开业
author: sun-hao
status: scheduled
publish_at: 2026-12-12T10:00:00+08:00
risk: medium
video_seconds: 40
approvals:
  - {role: regional-ops, by: zhao-lei, at: 2026-12-10T09:00:00+08:00}
  - {role: content-lead, by: li-na, at: 2026-12-10T15:00:00+08:00}
---
天河门店焕新开业，周末带上家人来体验新款空气炸锅的现场试吃。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.draft._workflow import (
    APPROVED_STATUSES,
    account_of,
    approvals,
    author,
    role_names,
    same_person,
)

ID = "draft/missing-approval"
SEVERITY = "error"
HANDBOOK = "ch4/4.3"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    status = draft.get("status")
    if status not in APPROVED_STATUSES:
        return
    account = account_of(draft, ctx)
    workflow = ctx.repo.workflow
    if account is None and workflow is None:
        return
    required: list[str] = list(account.approval) if account is not None else []
    risk = declared = ""
    if workflow is not None:
        from checker.packs.risk import declared_risk, effective_risk

        declared = declared_risk(draft)
        risk = effective_risk(draft)
        required.extend(workflow.approval_tiers.get(risk, ()))
    required = list(dict.fromkeys(role for role in required if role))
    writer = author(draft)
    records = approvals(draft)
    given = {a.role for a in records if not same_person(a.by, writer)}
    missing = [role for role in required if role not in given]
    if not missing:
        return
    own = {a.role for a in records if same_person(a.by, writer)}
    variant = "raised" if risk != declared else ""
    if own & set(missing):
        variant = f"{variant}-self" if variant else "self"
    zh, en = role_names(ctx, missing)
    start, end = draft.field_span("status")
    args = {
        "status": status,
        "missing": zh,
        "missing_en": en,
        "account": account.id if account is not None else str(draft.get("account", "")),
        "risk": risk or "low",
        "declared": declared or "low",
        "author": writer,
    }
    yield Problem(start, end, args, variant=variant)
