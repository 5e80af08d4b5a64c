"""审批晚于发布前的提前量。

## 检查什么

工作流制度的 `lead_time_hours` 规定全部审批须在 `publish_at` 之前多少小时完成（青禾为 24 小时）。
`approvals` 里审批时间（`at`）晚于「发布时间减去提前量」的，每一条单独报告，指向那条审批的时间，
并给出截止时间。恰好在截止时间完成的审批不报告。

时间按各自写明的时区比较（`+08:00`、`Z` 等都可以），报告里的时间换算到发布时间的时区；没有写
时区的时间按北京时间（UTC+8）理解。仓库里没有工作流制度或草稿没有 `publish_at` 时不检查。

## 为什么重要

提前量留给两件事：审批后发现问题时还有时间修改，以及排期、预热等发布准备。临发布前才补的审批，
往往是在压力下走过场。

## 示例

```markdown title="drafts/weibo-member-day.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: scheduled
publish_at: 2026-12-10T12:00:00+08:00
approvals:
  - {role: content-lead, by: li-na, at: 2026-12-09T18:30:00+08:00}
---
12 月 10 日青禾会员日，积分兑换滤网和清洁配件，评论区说说你最想兑换什么。
```

## 应改为

```markdown title="drafts/weibo-member-day.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: scheduled
publish_at: 2026-12-10T12:00:00+08:00
approvals:
  - {role: content-lead, by: li-na, at: 2026-12-09T10:30:00+08:00}
---
12 月 10 日青禾会员日，积分兑换滤网和清洁配件，评论区说说你最想兑换什么。
```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.draft._workflow import approval_span, approvals, show_time, to_datetime

ID = "draft/approval-too-late"
SEVERITY = "error"
HANDBOOK = "ch4/4.3"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    workflow = ctx.repo.workflow
    hours = workflow.lead_time_hours if workflow is not None else None
    publish = to_datetime(draft.get("publish_at"))
    if hours is None or publish is None:
        return
    try:
        deadline = publish - dt.timedelta(hours=hours)
    except OverflowError:  # a lead time of centuries: schema/invalid says what is wrong with it
        return
    zone = publish.tzinfo
    for approval in approvals(draft):
        if approval.at is None or approval.at <= deadline:
            continue
        late = approval.at - deadline
        start, end = approval_span(draft, approval.position, "at")
        args = {
            "role": approval.role or "?",
            "by": approval.by or "?",
            "at": show_time(approval.at, zone),
            "deadline": show_time(deadline, zone),
            "publish_at": show_time(publish, zone),
            "hours": int(hours) if float(hours).is_integer() else hours,
            "late_hours": round(late.total_seconds() / 3600, 1),
        }
        yield Problem(start, end, args)
