"""不要重复使用标点表达情绪：“！！”“？？”“。。”。

## 检查什么

在标题、摘要和正文里，连续的句末或句中标点中同一个标点出现两次以上时报告：`！！`、`？？？`、
`？？！！`、`。。`、`，，`。中文句子里的半角 `!!`、`??` 同样报告。修复时每种标点只留一个，
并改为全角：`终于等到了！！！` 改为 `终于等到了！`，`真的吗？？！！` 改为 `真的吗？！`。

不报告的写法：问号和叹号各用一次的 `？！`（GB/T 15834-2011 允许的连用）；三个以上的句号
`。。。` 是写错的省略号，由 `style/fullwidth-punctuation` 改为 `……`；完整英文句子里的
`!!`；网址、代码和表情符号里的标点。

## 为什么重要

手册 4.5 节规定不得重复使用标点表达情绪。官方账号连用感叹号显得急躁、不专业，
在一些平台上还会被当作营销号的特征。情绪应当靠内容本身传达。

## 示例

```markdown title="drafts/weibo-countdown.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
焕新季倒计时最后一天！！！你准备好了吗？？
```

## 应改为

```markdown title="drafts/weibo-countdown.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
焕新季倒计时最后一天！你准备好了吗？！
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.style._common import (
    edit,
    has_chinese,
    in_chinese_sentence,
    problem,
    segments,
)
from checker.rules.style.fullwidth_punctuation import MARK_RUN, fold

ID = "style/repeated-punctuation"
SEVERITY = "warning"
HANDBOOK = "ch4/4.5"
FIXABLE = "safe"
TARGET = "draft"

_FULLWIDTH = frozenset("，；：！？。、")
#: A repeated mark needs two marks in a row.
#: Two marks in a row (the lookahead form: a regex search finds it faster than ``{2}``).
_TWO_MARKS = re.compile(r"[,;:!?，；：！？。、](?=[,;:!?，；：！？。、])")


def collapse(run: str) -> str:
    """Each mark once, in the order it first appears, in its full-width form."""
    seen: list[str] = []
    for char in fold(run):
        if char not in seen:
            seen.append(char)
    return "".join(seen)


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    for segment, guard in segments(draft, _TWO_MARKS):
        text = segment.text
        if not has_chinese(text):
            continue  # half-width runs count only in Chinese text
        for match in MARK_RUN.finditer(text):
            start, end = match.span()
            run = match.group()
            folded = fold(run)
            if len(set(folded)) == len(folded) or guard.overlaps(start, end):
                continue
            if "。。。" in folded:
                continue  # a mistyped ellipsis: style/fullwidth-punctuation
            if not any(c in _FULLWIDTH for c in run) and not in_chinese_sentence(text, start, end):
                continue  # English: Wow!!
            after = collapse(run)
            yield problem(
                segment,
                start,
                end,
                {"before": run, "after": after},
                edits=[edit(segment, start, end, after)],
            )
