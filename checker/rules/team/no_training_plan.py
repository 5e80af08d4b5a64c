"""组织制度没有培训计划，或者培训计划没写频率（`cadence`）。

## 检查什么

组织制度要有 `training_plan`，并用 `cadence` 写明多久培训一次（例如“每月”“每季度”），
用 `topics` 列出本周期的主题。缺少 `training_plan`，或者它没有非空的 `cadence` 时报告。
多个组织制度文件时，只要其中一个写了培训频率就不报告。

## 为什么重要

平台功能和规则、广告与个人信息法规都在变化，团队的能力要跟得上。没有固定频率的培训，
往往就是没有培训：忙起来第一个被取消的就是它。

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
    duties: [strategy]
training_plan:
  topics: [广告法与绝对化用语执法指南]
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
    duties: [strategy]
training_plan:
  cadence: 每月
  topics: [广告法与绝对化用语执法指南, 短视频脚本与分镜]
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import top_key
from checker.rules.api import Context

ID = "team/no-training-plan"
SEVERITY = "warning"
HANDBOOK = "ch2/2.3"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("organization",)


def _cadence(plan: Any) -> str:
    if not isinstance(plan, dict):
        return ""
    value = plan.get("cadence")
    if isinstance(value, bool) or value is None:
        return ""
    return str(value).strip()


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    if repo.holder("organization", "training_plan") is not doc:
        return
    if any(_cadence(other.data.get("training_plan")) for other in repo.by_kind("organization")):
        return
    plan = doc.data.get("training_plan")
    if isinstance(plan, dict) and plan:
        if "cadence" in plan:
            start, end = doc.span(("training_plan", "cadence"))
        else:
            start, end = doc.key_span(("training_plan",))
        yield Problem(start, end, {}, "no-cadence")
    else:
        start, end = top_key(doc, "training_plan")
        yield Problem(start, end, {}, "missing")
