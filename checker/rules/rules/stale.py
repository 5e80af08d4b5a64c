"""规则包或平台包太久没有复核（超过配置项 `stale_after_days`，默认 180 天）。

## 检查什么

`kind: rulepack` 的规则包和 `kind: platform` 的平台包都要写 `reviewed_on`：最近一次逐条核对的日期。
距“今天”超过 `stale_after_days` 天时报告在这个日期上，并说明过去了多少天；没写 `reviewed_on`
时报告在包的编号上。“今天”可以用 `opscheck --today YYYY-MM-DD` 固定，让 CI 的结果可以复现。

## 为什么重要

平台规则经常在没有醒目公告的情况下调整，品牌用语和法务意见也会更新。长期没人核对的包，
检查器会照旧放行已经不再合规的内容。复核时要逐条核对后再改日期，不能只改日期。

## 示例

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
source: 青禾品牌视觉与用语规范（2026 版）
reviewed_on: 2026-01-05
rules:
  - id: brand-name
    type: substitution
    message: 品牌名写作「{replacement}」，不写「{match}」。
    swap: {清禾: 青禾}
    case: sensitive
    match: substring
```

## 应改为

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
source: 青禾品牌视觉与用语规范（2026 版）
reviewed_on: 2026-11-20
rules:
  - id: brand-name
    type: substitution
    message: 品牌名写作「{replacement}」，不写「{match}」。
    swap: {清禾: 青禾}
    case: sensitive
    match: substring
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import as_date
from checker.rules._policy import top_key
from checker.rules.api import Context

ID = "rules/stale"
SEVERITY = "warning"
HANDBOOK = "ch3/3.4"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("rulepack", "platform")


def _pack_id(doc: PolicyDoc) -> str:
    value = doc.data.get("id")
    return value if isinstance(value, str) and value else doc.path


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    limit = int(ctx.config.stale_after_days)
    raw = doc.data.get("reviewed_on")
    args: dict[str, object] = {"pack": _pack_id(doc), "kind": doc.kind or "", "limit": limit}
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        start, end = top_key(doc, "reviewed_on", "id")
        yield Problem(start, end, args, "missing")
        return
    reviewed = as_date(raw)
    if reviewed is None:
        return  # not a date: schema/invalid says so
    age = (ctx.today - reviewed).days
    if age <= limit:
        return
    start, end = doc.span(("reviewed_on",))
    yield Problem(start, end, {**args, "reviewed_on": reviewed.isoformat(), "days": age})
