"""活跃目标已经过了截止日期。

## 检查什么

`status: active`（或没写 `status`）的目标，`deadline` 早于今天时报告，位置在截止日期上。
“今天”默认是运行的日期；在 CI 或测试里用 `opscheck --today YYYY-MM-DD` 固定它，
让同一份文件的结果可以复现。截止当天不算过期。

## 为什么重要

到期的目标应当复盘并更新状态：达成了改为 `done`，放弃了改为 `dropped`，延期要重新和相关
部门确认新的截止日期。长期挂着过期目标，目标清单就不再反映团队真正在做的事。

## 示例

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: service-support
    type: customer_service
    supports: 售后服务满意度进入行业前三
goals:
  - id: fast-replies
    statement: 让各账号的评论和私信在 2 小时内得到回复
    positioning: service-support
    metric: 2 小时内回复的评论与私信占比
    baseline: 70
    target: 95
    unit: "%"
    deadline: 2026-06-30
    owner: community-manager
    stakeholders: [customer_service]
    status: active
```

## 应改为

目标已经达成，复盘后改为 `done`：

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: service-support
    type: customer_service
    supports: 售后服务满意度进入行业前三
goals:
  - id: fast-replies
    statement: 让各账号的评论和私信在 2 小时内得到回复
    positioning: service-support
    metric: 2 小时内回复的评论与私信占比
    baseline: 70
    target: 95
    unit: "%"
    deadline: 2026-06-30
    owner: community-manager
    stakeholders: [customer_service]
    status: done
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of
from checker.rules.api import Context

ID = "goals/deadline-passed"
SEVERITY = "warning"
HANDBOOK = "ch1/1.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("strategy",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    for goal in ctx.repo.goals:
        deadline = goal.deadline
        if goal.where.doc is not doc or not goal.active or deadline is None:
            continue
        if deadline >= ctx.today:
            continue
        start, end = first_of(goal.where, ("deadline",), ("id",))
        yield Problem(
            start,
            end,
            {
                "id": goal.id or "?",
                "deadline": deadline.isoformat(),
                "today": ctx.today.isoformat(),
                "days": (ctx.today - deadline).days,
            },
        )
