"""草稿写的发布账号不在账号矩阵里。

## 检查什么

草稿 front matter 的 `account` 必须是账号矩阵（`policies/` 中 `kind: platforms` 文件的
`accounts`）里某个账号的 `id`。写错或写了矩阵之外的账号时报告，拼写接近时提示最接近的账号编号。
仓库里没有账号矩阵时（例如单独检查一篇草稿）不检查。

## 为什么重要

审批链、账号定位和平台都挂在账号上：账号对不上，检查器就无从判断这篇稿件该由谁审批、发到哪个
平台，`draft/missing-approval` 等检查也随之失效。矩阵之外的账号往往是员工私建的账号或已停用的
旧账号，发布前必须弄清楚。

## 示例

```markdown title="drafts/xhs-air-humidity.md"
---
platform: xiaohongshu
account: xhs-air-lab
title: 加湿器放哪里效果好
author: chen-jing
status: draft
images: 4
---
加湿器离墙半米、离床一米，湿度保持在 40% 到 60% 之间最舒服。
```

## 应改为

```markdown title="drafts/xhs-air-humidity.md"
---
platform: xiaohongshu
account: xhs-air
title: 加湿器放哪里效果好
author: chen-jing
status: draft
images: 4
---
加湿器离墙半米、离床一米，湿度保持在 40% 到 60% 之间最舒服。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.draft._workflow import has_matrix

ID = "draft/unknown-account"
SEVERITY = "error"
HANDBOOK = "ch3/3.3"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    account = draft.get("account")
    if not isinstance(account, str) or not account or not has_matrix(ctx):
        return
    accounts = ctx.repo.accounts
    if account in accounts:
        return
    # Ids are short: a long value or a huge matrix gets no suggestion (difflib is quadratic).
    choices = [a for a in accounts if len(a) <= 100] if len(account) <= 100 else []
    import difflib  # only when there is something to suggest

    guess = (
        difflib.get_close_matches(account, choices, n=1, cutoff=0.6) if len(choices) <= 1000 else []
    )
    start, end = draft.field_span("account")
    args: dict[str, object] = {"account": account, "count": len(accounts)}
    if guess:
        args["guess"] = guess[0]
    yield Problem(start, end, args, variant="guess" if guess else "")
