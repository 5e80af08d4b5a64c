"""账号没有审批链（`approval`）。

## 检查什么

账号矩阵里每个账号都必须用 `approval` 按顺序列出审批岗位，例如 `[content-lead]`。
缺少 `approval`，或者它是空列表时报告。风险等级要求的审批（工作流的 `approval_tiers`）
是加在账号审批链之上的，不能代替它：低风险稿件通常只走账号审批链。

## 为什么重要

四眼原则要求每篇内容至少经过两个人的眼睛。没有审批链的账号，低风险稿件可以不经任何人审核
直接发布；出了问题时也说不清该由谁把关。员工个人品牌账号同样需要审批链，例如由运营总监审核
涉及公司的内容。

## 示例

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: weibo, tier: distribution, rationale: 品牌公告与热点互动}
accounts:
  - id: weibo-official
    platform: weibo
    type: official
    name: 青禾智能家居
    positioning: 热点互动与品牌公告
    owner: community-manager
    verified: true
    approval: []
```

## 应改为

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: weibo, tier: distribution, rationale: 品牌公告与热点互动}
accounts:
  - id: weibo-official
    platform: weibo
    type: official
    name: 青禾智能家居
    positioning: 热点互动与品牌公告
    owner: community-manager
    verified: true
    approval: [content-lead]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of
from checker.rules.api import Context

ID = "accounts/no-approval-chain"
SEVERITY = "error"
HANDBOOK = "ch4/4.3"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("platforms",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    for account in ctx.repo.all_accounts:
        if account.where.doc is not doc:
            continue
        if any(role.strip() for role in account.approval):
            continue
        start, end = first_of(account.where, ("approval",), ("id",))
        yield Problem(start, end, {"id": account.id, "owner": account.owner or "?"})
