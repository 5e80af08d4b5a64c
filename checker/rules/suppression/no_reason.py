"""抑制注释没有写理由（或没有写规则编号），因此不生效。

## 检查什么

在草稿里用 `<!-- opscheck-disable-next-line 规则: 理由 -->`，或在 YAML 里用
`# opscheck-disable-next-line 规则: 理由` 可以让下一行的某条规则不报告；
`<!-- opscheck-disable 规则: 理由 -->` …… `<!-- opscheck-enable 规则 -->` 作用于中间的整段。
冒号（半角或全角都可以）后面的理由是必填的。没有理由或没有规则编号的注释不会抑制任何问题，
并由本规则报告。

## 为什么重要

每一次“放过”都应该留下可以审核的理由：为什么这里的“第一”不是绝对化用语，谁确认过。
没有理由的抑制注释让审稿人无从判断，时间一长就成了绕过检查的后门。

## 示例

```markdown title="drafts/no-reason.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
<!-- opscheck-disable-next-line ad-law/absolute-term -->
青禾焕新季，今晚八点开始。
```

## 应改为

```markdown title="drafts/no-reason.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
青禾焕新季，今晚八点开始。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.engine.suppress import State
from checker.findings import Problem
from checker.rules.api import Context

ID = "suppression/no-reason"
SEVERITY = "warning"
HANDBOOK = "ch10/10.4"
FIXABLE = None
TARGET = "post"


def check(state: State, ctx: Context) -> Iterator[Problem]:
    for directive in state.directives:
        if directive.action == "enable":
            continue
        example = "opscheck-disable-next-line ad-law/absolute-term: 「最佳工业设计奖」是奖项全称，法务已确认"
        if not directive.patterns:
            yield Problem(directive.start, directive.end, {"example": example}, "no-rule")
        elif not directive.reason:
            yield Problem(directive.start, directive.end, {"example": example})
