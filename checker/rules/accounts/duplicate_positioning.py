"""同一平台上的两个账号定位相同。

## 检查什么

账号矩阵里，同一个平台上的每个账号都必须有不同的 `positioning`。比较前忽略空格、标点、
全角半角和大小写差异，所以“产品演示与直播带货”和“产品演示、直播带货”也算相同。
在后出现的账号的定位上报告，并指出和哪个账号重复。不同平台上的账号定位相同不报告。

## 为什么重要

同一平台上定位重复的账号会争抢同一批用户，内容互相稀释，平台也可能把它们视为重复营销。
矩阵的价值在于分工：官方账号做演示和直播，厨房实验室做教程和食谱，区域账号做本地活动。

## 示例

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
accounts:
  - {id: douyin-official, platform: douyin, type: official, name: 青禾家居官方, positioning: 产品演示与直播带货, owner: campaign-manager, verified: true, approval: [content-lead]}
  - {id: douyin-kitchen, platform: douyin, type: product_line, name: 青禾厨房实验室, positioning: 产品演示与直播带货, owner: content-lead, verified: true, approval: [content-lead]}
```

## 应改为

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
accounts:
  - {id: douyin-official, platform: douyin, type: official, name: 青禾家居官方, positioning: 产品演示与直播带货, owner: campaign-manager, verified: true, approval: [content-lead]}
  - {id: douyin-kitchen, platform: douyin, type: product_line, name: 青禾厨房实验室, positioning: 厨房小电教程与食谱, owner: content-lead, verified: true, approval: [content-lead]}
```
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import Account
from checker.rules._policy import first_of
from checker.rules.api import Context

ID = "accounts/duplicate-positioning"
SEVERITY = "error"
HANDBOOK = "ch3/3.3"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("platforms",)

#: Connectives that do not change what a positioning says ("A与B" = "A、B" = "A和B").
_CONNECTIVES = ("以及", "与", "和", "及")


def normalise(text: str) -> str:
    """A positioning compared without spacing, punctuation, width, case or connectives."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")
    for word in _CONNECTIVES:
        kept = kept.replace(word, "")
    return kept


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    first: dict[tuple[str, str], Account] = {}
    for account in ctx.repo.all_accounts:
        key = (account.platform, normalise(account.positioning))
        if not account.platform or not key[1]:
            continue
        earlier = first.setdefault(key, account)
        if earlier is account or earlier.id == account.id or account.where.doc is not doc:
            continue
        start, end = first_of(account.where, ("positioning",), ("id",))
        yield Problem(
            start,
            end,
            {
                "id": account.id,
                "other": earlier.id,
                "platform": account.platform,
                "positioning": account.positioning.strip(),
            },
        )
