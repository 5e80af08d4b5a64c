"""缺少与某个必需部门的协作机制。

## 检查什么

`collaboration` 里每条写明部门（`department`）、机制（`mechanism`）和频率（`cadence`）。
配置项 `required_departments` 列出必须覆盖的部门，默认是 `marketing`（市场部）、`sales`（销售部）、
`product`（产品部）、`customer_service`（客服部）和 `pr`（公关部）。缺少某个部门、或者那一条没写
机制时报告：缺部门的报告在 `collaboration` 上，没写机制的报告在那一条上。部门也可以写成
“客服部”“Customer Service”这样的常见写法。

## 为什么重要

社交媒体团队的工作离不开其他部门：产品参数要产品部确认，促销口径要销售部确认，售后问题要转给
客服部，官方表态要公关部定口径。固定的、可以预期的机制（例会、联合项目组、工单流转）才能
让这些配合不靠“有事再找”。

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
    duties: [strategy]
collaboration:
  - {department: marketing, mechanism: 月度营销联席会, cadence: 每月}
  - {department: sales, mechanism: 大促前联合项目组, cadence: 每周}
  - {department: product, mechanism: 双周洞察交流会, cadence: 每两周}
  - {department: customer_service, mechanism: 升级工单流转, cadence: 每日}
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
    duties: [strategy]
collaboration:
  - {department: marketing, mechanism: 月度营销联席会, cadence: 每月}
  - {department: sales, mechanism: 大促前联合项目组, cadence: 每周}
  - {department: product, mechanism: 双周洞察交流会, cadence: 每两周}
  - {department: customer_service, mechanism: 升级工单流转, cadence: 每日}
  - {department: pr, mechanism: 舆情日报，危机时联合指挥, cadence: 每日}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import department_key
from checker.rules._policy import first_of, top_key
from checker.rules.api import Context

ID = "collab/missing-department"
SEVERITY = "warning"
HANDBOOK = "ch2/2.4"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("organization",)

#: How the message names the standard departments (zh, en).
LABELS = {
    "marketing": ("市场部", "marketing"),
    "sales": ("销售部", "sales"),
    "product": ("产品部", "product"),
    "customer_service": ("客服部", "customer service"),
    "pr": ("公关部", "PR"),
}


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    collaborations = repo.collaborations
    holder = repo.holder("organization", "collaboration")
    for name in dict.fromkeys(ctx.config.required_departments):
        key = department_key(name)
        entries = [c for c in collaborations if c.key == key]
        if any(c.mechanism for c in entries):
            continue
        zh, en = LABELS.get(key, (name, name))
        args = {"department": name, "label_zh": zh, "label_en": en}
        if entries:
            entry = entries[0]
            if entry.where.doc is doc:
                start, end = first_of(entry.where, ("mechanism",), ("department",))
                yield Problem(start, end, args, "no-mechanism")
        elif holder is doc:
            start, end = top_key(doc, "collaboration")
            yield Problem(start, end, args)
