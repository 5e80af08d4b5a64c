"""话题的写法不符合平台的习惯。

## 检查什么

各平台识别话题的写法不同，正文里的话题要按发布平台来写：

| 平台 | 写法 | 常见错误 |
|---|---|---|
| 微博 | `#青禾焕新季#`（前后各一个 `#`，中间可以有空格） | 写成抖音的 `#青禾焕新季` |
| 抖音、快手、小红书、领英 | `#空气净化器`（只在前面加一个 `#`，话题之间用空格隔开） | 写成微博的 `#空气净化器#` |
| 视频号 | 两种写法都识别 | — |
| B 站 | 标签填在投稿页的标签栏（front matter 的 `tags`） | 在简介里写 `#标签` |

全角的 `＃` 在所有平台上都不会形成话题，也会报告。小红书笔记文本里保存的 `#话题[话题]#` 形式
视为正确。代码、网址、链接文字里的 `#` 和 `C#`、`#1` 这类写法不是话题，不检查；公众号正文里的
`#` 不形成话题，也不检查。

`opscheck --fix` 只改动话题两端的 `#`：微博上补上结尾的 `#`，其他平台删掉结尾多余的 `#`，
全角 `＃` 换成半角。B 站的话题需要手工移到 `tags`，不自动修复，只作提示。

## 为什么重要

写法不对的话题不会变成可点击的话题，内容也就进不了话题页，活动话题的参与量因此统计不到。
在微博上把抖音的写法带过去是最常见的错误：`#青禾焕新季 春天来了` 不会形成话题。

## 示例

```markdown title="drafts/weibo-new-season.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
images: 4
---
#青禾焕新季 春天的第一台净化器，你准备好了吗？评论区聊聊你家最需要换新的小家电。
```

## 应改为

```markdown title="drafts/weibo-new-season.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
images: 4
---
#青禾焕新季# 春天的第一台净化器，你准备好了吗？评论区聊聊你家最需要换新的小家电。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Edit, Fix, Problem, Severity
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import FoundTag, base_args, pack_of, prose_tags, soft_severity

ID = "platform/hashtag-format"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = "safe"
TARGET = "draft"

_FULL = "\uff03"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    if pack is None or pack.hashtags.syntax == "none":
        return
    syntax = pack.hashtags.syntax
    severity = soft_severity(pack.hashtags.provenance)
    for tag in prose_tags(draft, syntax):
        segment = tag.segment
        if segment is None:
            continue
        found = segment.text[tag.seg_start : tag.seg_end]
        if syntax == "field":
            args = base_args(pack) | {"found": found, "name": tag.name}
            yield Problem(tag.start, tag.end, args, variant="field", severity=Severity.WARNING)
            continue
        variant, expected = _expected(tag, found, syntax)
        if not variant:
            continue
        fix = _fix(tag, syntax) if segment.contiguous(tag.seg_start, tag.seg_end) else None
        args = base_args(pack) | {"found": found, "expected": expected, "name": tag.name}
        yield Problem(tag.start, tag.end, args, variant=variant, fix=fix, severity=severity)


def _expected(tag: FoundTag, found: str, syntax: str) -> tuple[str, str]:
    """The message variant and the correct spelling ("" when the tag is written correctly)."""
    if syntax == "double" and tag.form == "single":
        return "double", f"#{tag.name}#"
    if syntax == "single" and tag.form == "double":
        return "single", f"#{tag.name}"
    if _FULL in found:
        return "fullwidth", found.replace(_FULL, "#")
    return "", ""


def _fix(tag: FoundTag, syntax: str) -> Fix | None:
    segment = tag.segment
    if segment is None:
        return None
    edits: list[Edit] = []
    if segment.text[tag.seg_start] == _FULL:
        start = segment.to_file(tag.seg_start)
        edits.append(Edit(start, start + 1, "#"))
    if syntax == "double" and tag.form == "single":
        edits.append(Edit(tag.end, tag.end, "#"))
    elif tag.close >= 0:
        close = segment.to_file(tag.close)
        if syntax == "single" and tag.form == "double":
            edits.append(Edit(close, close + 1, ""))
        elif segment.text[tag.close] == _FULL:
            edits.append(Edit(close, close + 1, "#"))
    return Fix(tuple(edits), safe=True) if edits else None
