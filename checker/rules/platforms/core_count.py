"""核心平台不在 1 到 3 个之间。

## 检查什么

`platforms` 里 `tier: core` 的平台必须有 1 到 3 个。一个也没有时报告在 `platforms` 上；
超过 3 个时报告在第 4 个核心平台的 `tier` 上，并列出全部核心平台。其余平台应当是试点
（`pilot`）或分发（`distribution`）。

## 为什么重要

资源有限的团队如果“全平台铺开”，结果往往是每个平台都做得平平，还要为每个平台的规则变化
付出合规成本。一到三个核心平台专人运营、有完整的内容日历和目标，其余平台先试点或只做分发；
一个核心平台都没有，则说明团队还没有决定把主要精力放在哪里。

## 示例

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: wechat, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 4, expected_roi: 4}, rationale: 私域和会员服务的入口}
  - {platform: xiaohongshu, tier: core, selection: {audience_fit: 5, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 目标用户集中，适合种草}
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
  - {platform: bilibili, tier: core, selection: {audience_fit: 4, format_fit: 4, goal_support: 3, expected_roi: 3}, rationale: 长视频评测}
```

## 应改为

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: wechat, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 4, expected_roi: 4}, rationale: 私域和会员服务的入口}
  - {platform: xiaohongshu, tier: core, selection: {audience_fit: 5, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 目标用户集中，适合种草}
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
  - {platform: bilibili, tier: pilot, rationale: 试点两个季度，验证长视频评测能否提升年轻用户对研发实力的认知}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of, join, top_key
from checker.rules.api import Context

ID = "platforms/core-count"
SEVERITY = "error"
HANDBOOK = "ch3/3.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("platforms",)

MIN_CORE = 1
MAX_CORE = 3


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    cores = []
    seen: set[str] = set()
    for choice in repo.all_platform_choices:
        if choice.tier == "core" and choice.platform not in seen:
            seen.add(choice.platform)
            cores.append(choice)
    names = join([c.platform for c in cores], ctx.lang)
    if len(cores) < MIN_CORE:
        if repo.holder("platforms", "platforms") is doc:
            start, end = top_key(doc, "platforms")
            yield Problem(start, end, {"count": 0, "min": MIN_CORE, "max": MAX_CORE}, "none")
    elif len(cores) > MAX_CORE:
        extra = cores[MAX_CORE]
        if extra.where.doc is doc:
            start, end = first_of(extra.where, ("tier",))
            yield Problem(
                start,
                end,
                {
                    "count": len(cores),
                    "max": MAX_CORE,
                    "platforms": names,
                    "platform": extra.platform,
                },
                "too-many",
            )
