"""策略文件没有任何战略定位。

## 检查什么

`kind: strategy` 的策略文件里没有 `positionings`，或者它是空列表时报告。多个策略文件时，
只要其中一个写了定位就不报告。

## 为什么重要

定位回答“社交平台为公司做什么”。没有定位，目标的 `positioning` 无处可指（SMART 的 R 无法满足），
账号也说不清各自的分工，团队很容易追逐每一个热点、开设每一个新平台。应当先补定位，
再让每个目标通过 `positioning` 指向它。

## 示例

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
goals:
  - id: trial-signups
    statement: 用种草笔记和教程视频吸引更多用户报名新品试用
    positioning: brand-youth
    metric: 每季度新品试用报名人数
    baseline: 2000
    target: 6000
    unit: 人/季度
    deadline: 2027-09-30
    owner: campaign-manager
    stakeholders: [marketing, product]
    status: active
```

## 应改为

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化：三年内让 25-35 岁城市用户把青禾视为“懂生活的家电品牌”
goals:
  - id: trial-signups
    statement: 用种草笔记和教程视频吸引更多用户报名新品试用
    positioning: brand-youth
    metric: 每季度新品试用报名人数
    baseline: 2000
    target: 6000
    unit: 人/季度
    deadline: 2027-09-30
    owner: campaign-manager
    stakeholders: [marketing, product]
    status: active
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import top_key
from checker.rules.api import Context

ID = "strategy/positioning-missing"
SEVERITY = "error"
HANDBOOK = "ch1/1.1"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("strategy",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    if repo.holder("strategy", "positionings") is not doc:
        return
    if any(True for _ in repo.entries("strategy", "positionings")):
        return
    start, end = top_key(doc, "positionings")
    yield Problem(start, end, {})
