"""平台要求标题，草稿却没有写。

## 检查什么

平台包里标题为必填（`limits.title.required: true`）的平台，草稿的 front matter 必须有非空的
`title`。内置平台包中必填标题的是公众号文章和 B 站视频；小红书、抖音、视频号的标题选填，
微博、快手和领英的普通帖子没有标题。团队可以用 `kind: platform` 文件改变这一要求。

没有 `title` 时，问题指向 `platform` 一行（是平台要求了标题）；`title` 写了却是空的，指向它。

## 为什么重要

必填的标题缺失时，内容在发布后台根本提交不了；临发布才补的标题没有经过审批，
也最容易出现绝对化用语或标题党。

## 示例

```markdown title="drafts/bilibili-purifier-lab.md"
---
platform: bilibili
account: bilibili-lab
author: he-huan
status: draft
video_seconds: 742
tags: [空气净化器, 实验室, 评测]
---
这期我们把三台净化器搬进 30 立方米的实验舱，从同一浓度开始计时，记录颗粒物降到安全值所需的时间。
```

## 应改为

```markdown title="drafts/bilibili-purifier-lab.md"
---
platform: bilibili
account: bilibili-lab
title: 实验舱实测：三台净化器降尘要多久？
author: he-huan
status: draft
video_seconds: 742
tags: [空气净化器, 实验室, 评测]
---
这期我们把三台净化器搬进 30 立方米的实验舱，从同一浓度开始计时，记录颗粒物降到安全值所需的时间。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import base_args, field_text, pack_of, soft_severity

ID = "platform/missing-title"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    limit = pack.limit("title") if pack is not None else None
    if pack is None or limit is None or not limit.required:
        return
    text = field_text(draft, "title")
    if text is not None and text.strip():
        return
    present = "title" in draft.meta
    start, end = draft.field_span("title" if present else "platform")
    yield Problem(
        start,
        end,
        base_args(pack),
        variant="empty" if present else "",
        severity=soft_severity(limit.provenance),
    )
