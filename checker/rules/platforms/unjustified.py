"""核心平台缺少选择评分或理由，或者平均分过低。

## 检查什么

每个 `tier: core` 的平台都必须在 `selection` 里有四项 1-5 分的评分：`audience_fit`（受众重合）、
`format_fit`（形式匹配）、`goal_support`（目标支撑）、`expected_roi`（预期回报），并在
`rationale` 里写明选择理由。缺少评分或理由时报告并列出缺了什么；四项齐全但平均分低于配置项
`weak_score_threshold`（默认 3.0）时以警告报告，说明平均分是多少。试点和分发平台不检查。

## 为什么重要

核心平台意味着专人、预算和完整的内容日历。评分和理由让一年后的新同事也能看懂当初为什么这样选，
也让复核有据可依；平均分偏低的平台更适合先作为试点，用数据证明它值得成为核心。

## 示例

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: wechat, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 4, expected_roi: 4}, rationale: 私域和会员服务的入口}
  - platform: kuaishou
    tier: core
    selection: {audience_fit: 2, format_fit: 4}
```

## 应改为

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: wechat, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 4, expected_roi: 4}, rationale: 私域和会员服务的入口}
  - platform: kuaishou
    tier: pilot
    selection: {audience_fit: 2.3, format_fit: 3.7, goal_support: 2, expected_roi: 2.3}
    rationale: 直播复购率高，但与 25-35 岁城市目标用户重合度低；先试点两个季度再评估。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import PolicyDoc
from checker.model.repository import number
from checker.rules._policy import first_of, join
from checker.rules.api import Context

ID = "platforms/unjustified"
SEVERITY = "error"
HANDBOOK = "ch3/3.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("platforms",)

SCORES = ("audience_fit", "format_fit", "goal_support", "expected_roi")


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    threshold = float(ctx.config.weak_score_threshold)
    for choice in ctx.repo.all_platform_choices:
        if choice.where.doc is not doc or choice.tier != "core":
            continue
        values = {name: number(choice.selection.get(name)) for name in SCORES}
        missing = [name for name, value in values.items() if value is None]
        no_rationale = not choice.rationale.strip()
        if missing or no_rationale:
            if missing and no_rationale:
                variant = "scores-rationale"
            elif missing:
                variant = "scores"
            else:
                variant = "rationale"
            start, end = first_of(choice.where, ("platform",))
            yield Problem(
                start,
                end,
                {"platform": choice.platform, "missing": join(missing, ctx.lang)},
                variant,
            )
        if not missing:
            scores = [value for value in values.values() if value is not None]
            average = sum(scores) / len(scores)
            if average < threshold:
                start, end = first_of(choice.where, ("selection",), ("platform",))
                yield Problem(
                    start,
                    end,
                    {
                        "platform": choice.platform,
                        "average": f"{average:.2f}",
                        "threshold": f"{threshold:g}",
                    },
                    "weak",
                    severity=Severity.WARNING,
                )
