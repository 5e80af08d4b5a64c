"""目标没有记录参与确认的部门（`stakeholders`）。

## 检查什么

每个目标都必须在 `stakeholders` 里列出至少一个参与确认的部门，例如 `marketing`、`sales`、
`product`、`customer_service`、`pr`。缺少这个字段或者它是空列表时报告。

## 为什么重要

目标的口径和目标值需要相关部门认可：“社交带来的销售”要销售部确认 GMV 的统计口径，
“洞察被采纳”要产品部确认什么算采纳。没有这一步，年底复盘时就会出现“你们算的数我们不认”。

## 示例

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: social-commerce
    type: marketing_channel
    supports: 线上直营渠道占比从 30% 提升到 45%
goals:
  - id: social-gmv
    statement: 提高旗舰店 GMV 中来自社交平台的比例
    positioning: social-commerce
    metric: 旗舰店 GMV 中社交平台来源的占比
    baseline: 12
    target: 18
    unit: "%"
    deadline: 2027-12-31
    owner: campaign-manager
    stakeholders: []
    status: active
```

## 应改为

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: social-commerce
    type: marketing_channel
    supports: 线上直营渠道占比从 30% 提升到 45%
goals:
  - id: social-gmv
    statement: 提高旗舰店 GMV 中来自社交平台的比例
    positioning: social-commerce
    metric: 旗舰店 GMV 中社交平台来源的占比
    baseline: 12
    target: 18
    unit: "%"
    deadline: 2027-12-31
    owner: campaign-manager
    stakeholders: [sales, marketing]
    status: active
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of
from checker.rules.api import Context

ID = "goals/no-stakeholders"
SEVERITY = "error"
HANDBOOK = "ch1/1.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("strategy",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    for goal in ctx.repo.goals:
        if goal.where.doc is not doc or goal.stakeholders:
            continue
        start, end = first_of(goal.where, ("stakeholders",), ("id",))
        yield Problem(start, end, {"id": goal.id or "?"})
