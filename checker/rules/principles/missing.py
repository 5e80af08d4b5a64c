"""五条核心运营原则缺了一条，或者某条原则没有写具体做法。

## 检查什么

策略文件的 `principles` 必须包含五条核心原则，`id` 固定为 `user_oriented`（用户导向）、
`value_delivery`（价值传递）、`authenticity`（真实可信）、`continuous_innovation`（持续创新）、
`data_driven`（数据驱动），每条至少列出一项具体做法（`practices`）。缺一条报告一次（位置在
`principles` 上），某条没有做法时报告在那条原则上。团队自己增加的原则不受影响。

## 为什么重要

原则写在纸上很容易，难的是让它影响每天的决定。要求每条原则都落到可以观察、可以检查的做法上，
新同事读完就知道明天上班该怎么做；缺掉的那条原则，往往正是团队最容易忽略的那一条。

## 示例

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化
principles:
  - id: user_oriented
    practices: [评论区高频问题每周汇总，至少转化为一篇答疑内容]
  - id: value_delivery
    practices: [教程发布前由非作者同事实际操作一遍]
  - id: authenticity
    practices: []
  - id: continuous_innovation
    practices: [每月一次内容形式实验，结果记入知识库]
```

## 应改为

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化
principles:
  - id: user_oriented
    practices: [评论区高频问题每周汇总，至少转化为一篇答疑内容]
  - id: value_delivery
    practices: [教程发布前由非作者同事实际操作一遍]
  - id: authenticity
    practices: [数据和对比结论注明来源和测试条件]
  - id: continuous_innovation
    practices: [每月一次内容形式实验，结果记入知识库]
  - id: data_driven
    practices: [每个目标都有看板，数据分析师每周一上午更新]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import CORE_PRINCIPLES
from checker.rules._policy import first_of, top_key
from checker.rules.api import Context

ID = "principles/missing"
SEVERITY = "error"
HANDBOOK = "ch1/1.3"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("strategy",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    principles = repo.principles
    if repo.holder("strategy", "principles") is doc:
        present = {p.id for p in principles}
        for pid in CORE_PRINCIPLES:
            if pid not in present:
                start, end = top_key(doc, "principles")
                yield Problem(start, end, {"id": pid}, "absent")
    with_practices = {p.id for p in principles if p.practices}
    reported: set[str] = set()
    for principle in principles:
        pid = principle.id
        if principle.where.doc is not doc or pid not in CORE_PRINCIPLES:
            continue
        if pid in with_practices or pid in reported:
            continue
        reported.add(pid)
        start, end = first_of(principle.where, ("practices",), ("id",))
        yield Problem(start, end, {"id": pid}, "empty")
