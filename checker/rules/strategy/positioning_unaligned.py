"""战略定位没有写明它服务的公司战略（`supports`）。

## 检查什么

`positionings` 里每个定位都必须用 `supports` 写明它服务哪一条公司战略。缺少 `supports`、
写成空字符串或空列表时报告，位置在这个定位上。

## 为什么重要

说不清服务哪条公司战略的定位，不得保留（手册 1.1）。`supports` 让管理层能核对：社交媒体的
每一类投入都对应着公司要做成的一件事；公司战略调整时，也能据此找出需要复核的定位、目标和账号。

## 示例

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
  - id: social-commerce
    type: marketing_channel
    supports: 线上直营渠道占比从 30% 提升到 45%
```

## 应改为

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化：三年内让 25-35 岁城市用户把青禾视为“懂生活的家电品牌”
  - id: social-commerce
    type: marketing_channel
    supports: 线上直营渠道占比从 30% 提升到 45%
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import Where
from checker.rules._policy import first_of
from checker.rules.api import Context

ID = "strategy/positioning-unaligned"
SEVERITY = "error"
HANDBOOK = "ch1/1.1"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("strategy",)


def _stated(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(isinstance(item, str) and item.strip() for item in value)
    return False


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    for entry_doc, index, item in ctx.repo.entries("strategy", "positionings"):
        if entry_doc is not doc or _stated(item.get("supports")):
            continue
        where = Where(doc, ("positionings", index))
        start, end = first_of(where, ("supports",), ("id",))
        pid = item.get("id")
        yield Problem(start, end, {"id": pid if isinstance(pid, str) else f"#{index + 1}"})
