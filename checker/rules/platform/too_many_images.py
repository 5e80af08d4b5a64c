"""图片张数超过平台的上限。

## 检查什么

front matter 的 `images`（张数，或图片路径的列表）超过平台包的上限时报告，指向超出上限的第一张
图片（写成列表时）或 `images` 这一行。小红书图文笔记最多 18 张，抖音图文最多 35 张（经开放接口
发布为 12 张），领英多图帖最多 20 张，微博最多 18 张。

有的平台还有一个建议上限（`soft_max`）：微博经典九宫格显示 9 张，超过 9 张、不超过 18 张时只作
提示（警告）。平台包里标为易变的上限（例如小红书的 18 张）按警告报告。

## 为什么重要

超出上限的图片在发布时会被丢掉或无法提交，被丢掉的常常是放在最后的参数表或活动规则图。

## 示例

```markdown title="drafts/weibo-new-season.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
images: 20
---
#青禾焕新季# 新品图集来了，你最想先试哪一款？
```

## 应改为

```markdown title="drafts/weibo-new-season.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
images: 9
---
#青禾焕新季# 新品图集来了，你最想先试哪一款？
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import base_args, pack_of, soft_severity

ID = "platform/too-many-images"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    limit = pack.limit("images") if pack is not None else None
    value = draft.get("images")
    if pack is None or limit is None:
        return
    if isinstance(value, list):
        count = len(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        count = value
    else:
        return
    hard, soft = limit.max, limit.soft_max
    if hard is not None and count > hard:
        cut, variant, severity = hard, "", soft_severity(limit.provenance)
    elif soft is not None and count > soft:
        cut, variant, severity = soft, "soft", Severity.WARNING
    else:
        return
    start, end = draft.field_span("images")
    node = draft.front.node_at(("images", cut)) if draft.front is not None else None
    if isinstance(value, list) and node is not None:
        start, end = node.start, max(node.end, node.start + 1)
    args = base_args(pack) | {
        "count": count,
        "limit": cut,
        "hard": hard if hard is not None else cut,
        "over": count - cut,
    }
    yield Problem(start, end, args, variant=variant, severity=severity)
