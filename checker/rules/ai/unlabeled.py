"""AI 生成内容没有可见的 AI 标识。

## 检查什么

front matter 设了 `ai_generated: true` 的草稿，标题、摘要、话题或正文里必须有读者看得见的 AI 生成
说明，例如“AI 生成”“本文含 AI 生成内容”“配图由人工智能生成”“AI 辅助创作”“AIGC”，英文稿写
“AI-generated”。写在 HTML 注释、代码或链接地址里的不算。检查器无法判断图片是不是 AI 画的，
`ai_generated` 是否如实填写由作者负责、审批人核对。

## 为什么重要

《人工智能生成合成内容标识办法》（2025 年 9 月 1 日起施行）第十条要求用户发布生成合成内容时主动
声明并使用平台的标识功能，配套的强制性国家标准 GB 45438-2025 规定了文字、图片、音视频的显式
标识方式。漏标既违规，也会让读者觉得被骗。

## 示例

```markdown title="drafts/douyin-soymilk.md"
---
platform: douyin
account: douyin-kitchen
title: 三分钟学会破壁机豆浆
author: chen-jing
pillar: tutorial
status: draft
risk: medium
ai_generated: true
tags: [豆浆, 破壁机]
video_seconds: 180
---
周末早上，用青禾破壁机 P3 三分钟做一杯热豆浆。
```

## 应改为

```markdown title="drafts/douyin-soymilk.md"
---
platform: douyin
account: douyin-kitchen
title: 三分钟学会破壁机豆浆
author: chen-jing
pillar: tutorial
status: draft
risk: medium
ai_generated: true
tags: [豆浆, 破壁机]
video_seconds: 180
---
本视频含 AI 生成内容（场景画面与配音）。
周末早上，用青禾破壁机 P3 三分钟做一杯热豆浆。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.packs import labels
from checker.rules.api import Context

ID = "ai/unlabeled"
SEVERITY = "error"
HANDBOOK = "ch9/9.3"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    if draft.get("ai_generated") is not True or labels.ai_labelled(draft):
        return
    start, end = draft.field_span("ai_generated")
    yield Problem(start, end)
