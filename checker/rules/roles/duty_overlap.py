"""同一项职责挂在两个或更多岗位名下。

## 检查什么

`roles` 里每个岗位的 `duties` 只记录它“负责到底”的职责（RACI 中的 A）。同一个职责 id 出现在
两个或更多岗位下时，在第二个（以及之后每个）岗位的那一项上报告，并列出所有负责它的岗位。

## 为什么重要

两个岗位都“负责”的事，出了问题时往往谁都不负责：回复时限由谁保证、口径由谁统一、
超时由谁解释，都说不清。参与、咨询和知会关系写在职责矩阵里，不写进 `duties`；如果确实需要
分开负责，就拆成两个职责，例如把区域账号的互动拆成 `regional-replies`。

## 示例

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: hybrid
roles:
  - id: community-manager
    title: 社群与互动经理
    reports_to: null
    headcount: 2
    duties: [comment-replies, community-upkeep]
  - id: regional-ops
    title: 华南区域运营
    reports_to: community-manager
    headcount: 1
    duties: [regional-content, comment-replies]
```

## 应改为

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: hybrid
roles:
  - id: community-manager
    title: 社群与互动经理
    reports_to: null
    headcount: 2
    duties: [comment-replies, community-upkeep]
  - id: regional-ops
    title: 华南区域运营
    reports_to: community-manager
    headcount: 1
    duties: [regional-content, regional-replies]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import Where
from checker.rules._policy import join
from checker.rules.api import Context

ID = "roles/duty-overlap"
SEVERITY = "error"
HANDBOOK = "ch2/2.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("organization",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    owners: dict[str, list[tuple[str, Where, int]]] = {}
    for role in ctx.repo.all_roles:
        seen: set[str] = set()
        for index, duty in enumerate(role.duties):
            key = duty.strip()
            if not key or key in seen:
                continue
            seen.add(key)
            owners.setdefault(key, []).append((role.id, role.where, index))
    for duty, places in owners.items():
        role_ids = list(dict.fromkeys(role_id for role_id, _, _ in places))
        if len(role_ids) < 2:
            continue
        first_role = places[0][0]
        listed = join(role_ids, ctx.lang)  # once per duty: a duty shared by many roles is linear
        for role_id, where, index in places[1:]:
            if role_id == first_role or where.doc is not doc:
                continue
            start, end = where.span("duties", index)
            yield Problem(
                start,
                end,
                {
                    "duty": duty,
                    "role": role_id,
                    "roles": listed,
                    "first": first_role,
                },
            )
