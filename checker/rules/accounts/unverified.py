"""官方主账号、产品线账号或区域账号没有完成企业认证。

## 检查什么

账号矩阵里 `type` 为 `official`（官方主账号）、`product_line`（产品线账号）或 `regional`
（区域账号）的账号，`verified` 必须是 `true`。没写或为 `false` 时报告。员工个人品牌账号
（`employee_ip`）以个人身份运营，不要求企业认证，不报告。

## 为什么重要

企业认证证明账号属于公司：用户能分辨真假官方号，账号不会因为某个员工离职而失去控制，
商业功能和广告工具也往往要求认证。多数平台的认证按年复审，过期未续会导致认证标识消失，
也应当在矩阵里及时改回 `false` 并尽快续审。

## 示例

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
accounts:
  - id: douyin-south
    platform: douyin
    type: regional
    name: 青禾华南
    positioning: 华南门店活动与本地生活
    owner: regional-ops
    verified: false
    approval: [regional-ops, content-lead]
```

## 应改为

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: douyin, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 短视频演示和直播带货}
accounts:
  - id: douyin-south
    platform: douyin
    type: regional
    name: 青禾华南
    positioning: 华南门店活动与本地生活
    owner: regional-ops
    verified: true
    approval: [regional-ops, content-lead]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of
from checker.rules.api import Context

ID = "accounts/unverified"
SEVERITY = "error"
HANDBOOK = "ch3/3.3"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("platforms",)

#: Account types that must carry the platform's enterprise verification (zh, en labels).
MUST_VERIFY = {
    "official": ("官方主账号", "official account"),
    "product_line": ("产品线账号", "product-line account"),
    "regional": ("区域账号", "regional account"),
}


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    for account in ctx.repo.all_accounts:
        if account.where.doc is not doc or account.verified:
            continue
        labels = MUST_VERIFY.get(account.type.strip())
        if labels is None:
            continue
        start, end = first_of(account.where, ("verified",), ("id",))
        yield Problem(
            start,
            end,
            {
                "id": account.id,
                "name": account.name,
                "type": account.type,
                "label_zh": labels[0],
                "label_en": labels[1],
            },
        )
