"""摘要超过平台的长度上限。

## 检查什么

有摘要字段的平台（例如公众号的「摘要」）限制摘要的长度。front matter 里的 `summary` 超过平台包
规定的上限时报告，并说明上限、计数单位和实际长度。公众号的摘要上限取 120 字：后台编辑器限 120 字、
接口文档写 128 字，120 字在两种发布方式下都不会超。

没有摘要字段的平台不检查 `summary`。

## 为什么重要

摘要显示在消息列表和分享卡片上，超长时会被截断，读者看到的是半句话。摘要为空时微信会自动取正文
开头 54 个字，这通常不如认真写的一句摘要。

## 示例

```markdown title="drafts/wechat-purifier-guide.md"
---
platform: wechat
account: wechat-official
title: 换季空气净化器选购指南
summary: 换季的时候，很多人会发现鼻子痒、嗓子干，家里的空气质量似乎也变差了。空气净化器能不能帮上忙？选购时应该看哪些参数？CADR、CCM、能效和噪声分别代表什么？不同面积的房间应该怎样匹配净化器？滤网多久更换一次？本文从青禾空气研究所的实验数据出发，把这些问题一次讲清楚，并附上一张选购对照表，方便收藏后慢慢看。
author: chen-jing
status: draft
---
换季的时候，家里的空气值得多花一点心思。
```

## 应改为

```markdown title="drafts/wechat-purifier-guide.md"
---
platform: wechat
account: wechat-official
title: 换季空气净化器选购指南
summary: CADR、CCM、噪声和滤网怎么看，一张表讲清楚。
author: chen-jing
status: draft
---
换季的时候，家里的空气值得多花一点心思。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import field_length

ID = "platform/summary-too-long"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    yield from field_length(draft, ctx, "summary")
