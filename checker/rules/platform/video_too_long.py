"""视频时长超过平台的上限。

## 检查什么

front matter 的 `video_seconds` 超过平台包的上限时报告上限和实际时长（秒，附分钟数）。
内置上限：抖音经开放接口上传 15 分钟，快手 30 分钟，领英 30 分钟，视频号和小红书 60 分钟，
B 站少于 5 小时。

视频时长是各平台调整最频繁的数值：抖音创作者中心可以上传比 15 分钟更长的视频，所以抖音默认的
15 分钟只作提示（警告）；团队选择 `platform_profiles = { douyin = "api" }` 时按错误报告。
团队可以用 `kind: platform` 文件写入自己核实过的上限。

## 为什么重要

超长的视频上传后才被拒，或者被要求剪短，剪辑返工会挤掉审批留出的提前量。

## 示例

```markdown title="drafts/channels-filter-change.md"
---
platform: weixin_channels
account: channels-service
title: 净化器换滤网教程
author: chen-jie
status: draft
video_seconds: 4200
---
三分钟学会给青禾净化器更换滤网，换下来的旧滤网记得按当地要求分类投放。
```

## 应改为

```markdown title="drafts/channels-filter-change.md"
---
platform: weixin_channels
account: channels-service
title: 净化器换滤网教程
author: chen-jie
status: draft
video_seconds: 180
---
三分钟学会给青禾净化器更换滤网，换下来的旧滤网记得按当地要求分类投放。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import base_args, number, pack_of, show, soft_severity

ID = "platform/video-too-long"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    limit = pack.limit("video_seconds") if pack is not None else None
    seconds = number(draft.get("video_seconds"))
    if pack is None or limit is None or limit.max is None or seconds is None:
        return
    if seconds <= limit.max:
        return
    start, end = draft.field_span("video_seconds")
    args = base_args(pack) | {
        "actual": show(seconds),
        "limit": limit.max,
        "actual_minutes": show(round(seconds / 60, 1)),
        "limit_minutes": show(round(limit.max / 60, 1)),
        "over": show(seconds - limit.max),
    }
    yield Problem(start, end, args, severity=soft_severity(limit.provenance))
