"""话题数量超过平台的上限。

## 检查什么

数出正文里写的话题和 front matter `tags` 里的话题（同一个话题只算一次），超过平台包的上限时
报告，指向第一个超出上限的话题。正文里的话题按平台的写法识别（微博 `#话题#`，其他平台
`#话题`），代码、网址和链接文字里的 `#` 不算。内置上限：抖音 5 个，快手 4 个，小红书、视频号
和 B 站 10 个（B 站的标签只看 `tags`，正文里的 `#` 不是标签）。领英没有公开的硬性上限，超过
建议的 5 个时只作提示。

## 为什么重要

超出上限的话题会被平台丢弃，或者让整条内容无法提交。话题也不是越多越好：抖音明确提示与内容
无关的话题会影响分发，堆砌话题还会被判定为营销号行为。

## 示例

```markdown title="drafts/douyin-fryer.md"
---
platform: douyin
account: douyin-kitchen
title: 空气炸锅烤红薯，20 分钟出炉
author: he-huan
status: draft
video_seconds: 58
tags: [空气炸锅, 烤红薯]
---
外皮焦香、里面流心，20 分钟就能出炉。#空气炸锅食谱 #冬日美食 #厨房小家电 #懒人早餐 #青禾厨房实验室
```

## 应改为

```markdown title="drafts/douyin-fryer.md"
---
platform: douyin
account: douyin-kitchen
title: 空气炸锅烤红薯，20 分钟出炉
author: he-huan
status: draft
video_seconds: 58
tags: [空气炸锅, 烤红薯]
---
外皮焦香、里面流心，20 分钟就能出炉。#空气炸锅食谱 #冬日美食
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import (
    FoundTag,
    base_args,
    front_tags,
    pack_of,
    prose_tags,
    soft_severity,
)

ID = "platform/too-many-hashtags"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    limit = pack.hashtags.limit if pack is not None else None
    if pack is None or limit is None or pack.hashtags.syntax == "none":
        return
    found: list[FoundTag] = front_tags(draft)
    if pack.hashtags.syntax != "field":
        found.extend(prose_tags(draft, pack.hashtags.syntax))
    unique: list[FoundTag] = []
    seen: set[str] = set()
    for tag in found:
        if tag.key and tag.key not in seen:
            seen.add(tag.key)
            unique.append(tag)
    count = len(unique)
    if limit.max is not None and count > limit.max:
        cut, variant, severity = limit.max, "", soft_severity(limit.provenance)
    elif limit.soft_max is not None and count > limit.soft_max:
        cut, variant, severity = limit.soft_max, "soft", Severity.WARNING
    else:
        return
    if pack.hashtags.syntax == "field" and not variant:
        variant = "field"
    first_over = unique[cut]
    args = base_args(pack) | {
        "count": count,
        "limit": cut,
        "over": count - cut,
        "tag": first_over.name,
    }
    yield Problem(first_over.start, first_over.end, args, variant=variant, severity=severity)
