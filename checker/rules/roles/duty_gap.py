"""必需职责没有任何岗位负责。

## 检查什么

`required_duties` 列出团队认定必须有人负责的职责（配置项 `required_duties` 还可以再加几项）。
其中每一项都必须出现在某个岗位的 `duties` 里；没有出现的，在 `required_duties` 中写着它的
那一行报告（来自配置的，报告在 `required_duties` 或 `roles` 上）。

## 为什么重要

没人负责的职责，就是每个人都以为别人会处理的事：法务审核没人负责，高风险稿件就会直接发出；
危机指挥没人负责，负面评论就在角落里发酵。岗位调整、人员离职时最容易出现空缺。

## 示例

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: centralized
roles:
  - id: ops-director
    title: 社交媒体运营总监
    reports_to: null
    headcount: 1
    duties: [strategy, crisis-command]
  - id: content-lead
    title: 内容主编
    reports_to: ops-director
    headcount: 1
    duties: [content-review]
required_duties: [strategy, content-review, legal-review, crisis-command]
```

## 应改为

```yaml title="policies/organization.yaml"
kind: organization
version: 1
model: centralized
roles:
  - id: ops-director
    title: 社交媒体运营总监
    reports_to: null
    headcount: 1
    duties: [strategy, crisis-command]
  - id: content-lead
    title: 内容主编
    reports_to: ops-director
    headcount: 1
    duties: [content-review]
  - id: legal-reviewer
    title: 法务合规专员（法务部派驻）
    reports_to: null
    headcount: 1
    duties: [legal-review]
required_duties: [strategy, content-review, legal-review, crisis-command]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import top_key
from checker.rules.api import Context

ID = "roles/duty-gap"
SEVERITY = "error"
HANDBOOK = "ch2/2.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("organization",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    owned = {duty.strip() for role in repo.all_roles for duty in role.duties}
    holder = repo.holder("organization", "required_duties")
    for duty, where in repo.required_duties:
        if duty in owned:
            continue
        if where is not None:
            if where.doc is not doc:
                continue
            start, end = where.span()
            yield Problem(start, end, {"duty": duty})
        elif holder is doc:
            start, end = top_key(doc, "required_duties", "roles")
            yield Problem(start, end, {"duty": duty}, "config")
