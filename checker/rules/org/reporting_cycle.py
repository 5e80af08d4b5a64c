"""汇报线成环：沿着 `reports_to` 往上找，又回到了出发的岗位。

## 检查什么

把每个岗位的 `reports_to` 看作一条指向上级的线，找出所有的环（包括岗位向自己汇报）。
每个环报告一次，位置在环上最先出现的那个岗位的 `reports_to` 上，消息写出整个环，
例如 `ops-director -> content-lead -> ops-director`。只是汇报到环上、自己不在环上的岗位不报告。

## 为什么重要

汇报线成环，意味着出了问题没有最终拍板的人。重组时最容易出现：把内容主编改为向运营总监汇报，
却忘了删掉运营总监原来“向内容主编汇报”的临时设置。团队负责人向团队外的上级汇报时，
`reports_to` 应当写 `null`。

## 示例

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: centralized
roles:
  - id: ops-director
    title: 社交媒体运营总监
    reports_to: content-lead
    headcount: 1
    duties: [strategy, team-management]
  - id: content-lead
    title: 内容主编
    reports_to: ops-director
    headcount: 1
    duties: [editorial-calendar, content-review]
```

## 应改为

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: centralized
roles:
  - id: ops-director
    title: 社交媒体运营总监
    reports_to: null        # 向市场副总裁汇报（团队外）
    headcount: 1
    duties: [strategy, team-management]
  - id: content-lead
    title: 内容主编
    reports_to: ops-director
    headcount: 1
    duties: [editorial-calendar, content-review]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import Role
from checker.rules._policy import chain, first_of
from checker.rules.api import Context

ID = "org/reporting-cycle"
SEVERITY = "error"
HANDBOOK = "ch2/2.1"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("organization",)


def cycles(roles: dict[str, Role]) -> list[list[str]]:
    """Every reporting cycle, each starting at its role that comes first in the files."""
    order = {role_id: index for index, role_id in enumerate(roles)}
    found: list[list[str]] = []
    done: set[str] = set()
    for start in roles:
        path: list[str] = []
        position: dict[str, int] = {}
        current: str | None = start
        while current is not None and current in roles and current not in done:
            if current in position:
                loop = path[position[current] :]
                first = min(range(len(loop)), key=lambda i: order[loop[i]])
                found.append(loop[first:] + loop[:first])
                break
            position[current] = len(path)
            path.append(current)
            current = roles[current].reports_to
        done.update(path)
    return found


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    roles = ctx.repo.roles
    for loop in cycles(roles):
        head = roles[loop[0]]
        if head.where.doc is not doc:
            continue
        start, end = first_of(head.where, ("reports_to",), ("id",))
        variant = "self" if len(loop) == 1 else ""
        yield Problem(
            start,
            end,
            {"cycle": chain([*loop, loop[0]]), "role": loop[0]},
            variant,
        )
