"""作者审批了自己的稿件（违反四眼原则）。

## 检查什么

`approvals` 里任何一条审批的审批人（`by`）与稿件作者（`author`）是同一个人时报告，指向那条审批
的 `by`。每篇内容至少要经过作者以外的一个人审阅，作者自己的审批也不算作补齐了审批链
（见 `draft/missing-approval`）。

## 为什么重要

自己很难发现自己的错误：错别字、绝对化用语、忘了标注广告，都需要另一双眼睛。四眼原则也是出了
问题后能说清「谁审过」的前提；作者兼任审批人时，应当事先约定由谁代行审批。

## 示例

```markdown title="drafts/wechat-member-day.md"
---
platform: wechat
account: wechat-official
title: 会员日，青禾智家 App 积分可以这样用
author: li-na
status: approved
publish_at: 2026-12-10T20:00:00+08:00
approvals:
  - {role: content-lead, by: li-na, at: 2026-12-08T10:00:00+08:00}
---
每月 10 日是青禾会员日，积分可以兑换滤网和清洁配件。
```

## 应改为

由作者以外、有审批权的人审批（这里由运营总监代行内容主编的审批）：

```markdown title="drafts/wechat-member-day.md"
---
platform: wechat
account: wechat-official
title: 会员日，青禾智家 App 积分可以这样用
author: li-na
status: approved
publish_at: 2026-12-10T20:00:00+08:00
approvals:
  - {role: content-lead, by: zhao-lei, at: 2026-12-08T10:00:00+08:00}
---
每月 10 日是青禾会员日，积分可以兑换滤网和清洁配件。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.draft._workflow import approval_span, approvals, author, same_person

ID = "draft/self-approved"
SEVERITY = "error"
HANDBOOK = "ch4/4.3"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    writer = author(draft)
    if not writer:
        return
    for approval in approvals(draft):
        if same_person(approval.by, writer):
            start, end = approval_span(draft, approval.position, "by")
            yield Problem(start, end, {"author": writer, "role": approval.role or "?"})
