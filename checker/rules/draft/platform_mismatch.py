"""草稿的平台与发布账号所在的平台不一致。

## 检查什么

账号矩阵里每个账号都属于一个平台。草稿的 `platform` 与 `account` 所属的平台不同时报告，指向
`platform` 一行，并说明账号实际在哪个平台。账号不在矩阵里时由 `draft/unknown-account` 报告，
这里不再重复。

## 为什么重要

平台决定了按哪个平台包检查标题长度、话题写法和导流规则。一篇写着 `platform: douyin`、账号却是
小红书的稿件，会按错误的规则检查，也可能被发到错误的账号上。

## 示例

```markdown title="drafts/douyin-kitchen-rice.md"
---
platform: douyin
account: xhs-official
title: 电饭煲煮杂粮饭，水量这样放
author: he-huan
status: draft
video_seconds: 45
---
杂粮和大米按 1:2 混合，水比平时多一个指节，选「杂粮饭」程序就好。
```

## 应改为

```markdown title="drafts/douyin-kitchen-rice.md"
---
platform: douyin
account: douyin-kitchen
title: 电饭煲煮杂粮饭，水量这样放
author: he-huan
status: draft
video_seconds: 45
---
杂粮和大米按 1:2 混合，水比平时多一个指节，选「杂粮饭」程序就好。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.draft._workflow import account_of

ID = "draft/platform-mismatch"
SEVERITY = "error"
HANDBOOK = "ch3/3.3"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    account = account_of(draft, ctx)
    platform = draft.get("platform")
    if account is None or not account.platform or not isinstance(platform, str) or not platform:
        return
    if platform == account.platform:
        return
    start, end = draft.field_span("platform")
    args = {
        "account": account.id,
        "name": account.name or account.id,
        "account_platform": account.platform,
        "platform": platform,
    }
    yield Problem(start, end, args)
