"""账号所在的平台没有列入平台清单。

## 检查什么

账号矩阵里每个账号的 `platform` 都必须出现在同一份制度的 `platforms` 清单里（核心、试点或分发
都可以）。平台编号本身不认识时由 `platforms/unknown` 报告，这里只报告认识、但没有列入清单的平台。

## 为什么重要

平台清单是团队“在哪些平台上投入”的决定，每个平台都有层级、评分和理由。账号开在清单之外的平台上，
说明有人绕过了平台选择（手册 3.2）：这个平台没有评估、没有目标，通常也没有人跟踪它的规则变化。

## 示例

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
accounts:
  - {id: douyin-official, platform: douyin, type: official, name: 青禾家居官方, positioning: 产品演示与直播带货, owner: campaign-manager, verified: true, approval: [content-lead]}
  - {id: kuaishou-official, platform: kuaishou, type: official, name: 青禾家居, positioning: 直播带货, owner: campaign-manager, verified: true, approval: [content-lead]}
```

## 应改为

先按 3.2 节评估快手，把它作为试点列入清单：

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
  - {platform: kuaishou, tier: pilot, rationale: 试点两个季度，验证直播复购能否带来增量 GMV}
accounts:
  - {id: douyin-official, platform: douyin, type: official, name: 青禾家居官方, positioning: 产品演示与直播带货, owner: campaign-manager, verified: true, approval: [content-lead]}
  - {id: kuaishou-official, platform: kuaishou, type: official, name: 青禾家居, positioning: 直播带货, owner: campaign-manager, verified: true, approval: [content-lead]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of, join
from checker.rules.api import Context

ID = "accounts/platform-not-selected"
SEVERITY = "error"
HANDBOOK = "ch3/3.3"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("platforms",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    selected = repo.platform_choices
    known = repo.known_platforms
    for account in repo.all_accounts:
        platform = account.platform
        if account.where.doc is not doc or not platform:
            continue
        if platform in selected or platform not in known:
            continue
        start, end = first_of(account.where, ("platform",), ("id",))
        yield Problem(
            start,
            end,
            {
                "id": account.id,
                "platform": platform,
                "selected": join(selected, ctx.lang) if selected else "—",
            },
        )
