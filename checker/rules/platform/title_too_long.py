"""标题超过平台的长度上限。

## 检查什么

front matter 里的 `title` 按平台包规定的计数单位计算长度，超过上限时报告，并说明上限、计数单位
和实际长度。多数平台按字符计数（`chars`：中文、英文字母、数字、标点都算 1 个）；小红书笔记标题
按加权计数（`weighted`：中文和全角字符算 2 个单位、ASCII 字符算 1 个单位，合计除以 2 向上取整，
上限 20），所以夹杂英文和数字的标题可以写得更长。

同一平台不同发布方式的上限可能不同：公众号在后台编辑时标题上限 64 字，通过接口发布时按文档取
32 字（在配置里写 `platform_profiles = { wechat = "api" }`）；抖音图文作品的标题上限是 20 字，
视频作品是 30 字（按草稿的 `images` 和 `video_seconds` 自动判断）。平台包里标为易变或可信度低的
上限按警告报告，其余按错误报告；团队可以用 `kind: platform` 文件改写任何上限。

## 为什么重要

超长的标题在发布时会被平台拒绝或截断，截掉的往往正是标题后半句的关键信息；临到发布才发现，
只能在没有审批的情况下仓促改稿。

## 示例

```markdown title="drafts/xhs-air-season.md"
---
platform: xiaohongshu
account: xhs-air
title: 换季鼻子痒、嗓子干？空气净化器选购前一定要看懂的三个核心参数
author: chen-jing
status: draft
images: 6
---
换季的时候，家里的空气值得多花一点心思。
```

## 应改为

```markdown title="drafts/xhs-air-season.md"
---
platform: xiaohongshu
account: xhs-air
title: CADR 400 还是 600？小户型净化器怎么选
author: chen-jing
status: draft
images: 6
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

ID = "platform/title-too-long"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    yield from field_length(draft, ctx, "title")
