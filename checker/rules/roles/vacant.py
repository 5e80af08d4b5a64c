"""负责职责的岗位人数为 0。

## 检查什么

`roles` 里 `headcount: 0` 的岗位，如果 `duties` 不为空，就在人数上报告，并列出这些无人承担的职责。
人数为 0、也没有职责的岗位（例如计划中的编制）不报告。

## 为什么重要

人员离职、调岗或休长假时，岗位空了，职责却还挂在它名下，看起来有人负责，实际上没人做。
应当在同一个拉取请求里把这些职责临时转给其他岗位，岗位恢复后再转回。

## 示例

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: hybrid
roles:
  - id: ops-director
    title: 社交媒体运营总监
    reports_to: null
    headcount: 1
    duties: [strategy, team-management]
  - id: campaign-manager
    title: 活动与达人合作经理
    reports_to: ops-director
    headcount: 0
    duties: [campaign-planning, kol-partnerships, paid-promotion]
```

## 应改为

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: hybrid
roles:
  - id: ops-director
    title: 社交媒体运营总监
    reports_to: null
    headcount: 1
    duties: [strategy, team-management, campaign-planning, kol-partnerships, paid-promotion]
  - id: campaign-manager
    title: 活动与达人合作经理（休假中，职责暂由运营总监承担）
    reports_to: ops-director
    headcount: 0
    duties: []
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of, join
from checker.rules.api import Context

ID = "roles/vacant"
SEVERITY = "error"
HANDBOOK = "ch2/2.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("organization",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    for role in ctx.repo.all_roles:
        if role.where.doc is not doc or role.headcount != 0:
            continue
        duties = [duty for duty in role.duties if duty.strip()]
        if not duties:
            continue
        start, end = first_of(role.where, ("headcount",), ("id",))
        yield Problem(start, end, {"role": role.id, "duties": join(duties, ctx.lang)})
