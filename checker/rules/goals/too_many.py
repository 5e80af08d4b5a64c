"""活跃目标超过上限（配置项 `max_goals`，默认 5 个）。

## 检查什么

统计全部策略文件里 `status: active` 的目标（没写 `status` 的按 `active` 计）。数量超过
`max_goals` 时，在超出上限的第一个目标上报告一次，并说明现有多少个、上限是多少。
`done` 和 `dropped` 的目标不计入。

## 为什么重要

目标少而精，团队才能集中资源、每个目标才有人真正负责。目标一多，每个都只分到一点精力，
年底复盘时往往一个也没做成。新想法应当先替换掉一个现有目标，或者进入下一季度的候选清单。

## 示例

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化
goals:
  - {id: goal-a, statement: 让年轻城市用户认识青禾, positioning: brand-youth, metric: 品牌认知率, baseline: 18, target: 30, unit: "%", deadline: 2027-12-31, owner: ops-director, stakeholders: [marketing], status: active}
  - {id: goal-b, statement: 吸引更多用户报名新品试用, positioning: brand-youth, metric: 试用报名人数, baseline: 2000, target: 6000, unit: 人/季度, deadline: 2027-12-31, owner: campaign-manager, stakeholders: [product], status: active}
  - {id: goal-c, statement: 提高旗舰店社交来源成交占比, positioning: brand-youth, metric: 社交来源 GMV 占比, baseline: 12, target: 18, unit: "%", deadline: 2027-12-31, owner: campaign-manager, stakeholders: [sales], status: active}
  - {id: goal-d, statement: 两小时内回复评论和私信, positioning: brand-youth, metric: 及时回复率, baseline: 70, target: 95, unit: "%", deadline: 2027-12-31, owner: community-manager, stakeholders: [customer_service], status: active}
  - {id: goal-e, statement: 让产品部采纳更多社交聆听洞察, positioning: brand-youth, metric: 采纳洞察数, baseline: 2, target: 6, unit: 条/季度, deadline: 2027-12-31, owner: data-analyst, stakeholders: [product], status: active}
  - {id: goal-f, statement: 让 B 站长视频评测带来更多年轻关注者, positioning: brand-youth, metric: B 站关注者, baseline: 5000, target: 20000, unit: 人, deadline: 2027-12-31, owner: content-lead, stakeholders: [marketing], status: active}
```

## 应改为

把已经完成或决定放弃的目标改为 `done` 或 `dropped`（或移到候选清单），让活跃目标回到上限以内：

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化
goals:
  - {id: goal-a, statement: 让年轻城市用户认识青禾, positioning: brand-youth, metric: 品牌认知率, baseline: 18, target: 30, unit: "%", deadline: 2027-12-31, owner: ops-director, stakeholders: [marketing], status: active}
  - {id: goal-b, statement: 吸引更多用户报名新品试用, positioning: brand-youth, metric: 试用报名人数, baseline: 2000, target: 6000, unit: 人/季度, deadline: 2027-12-31, owner: campaign-manager, stakeholders: [product], status: active}
  - {id: goal-c, statement: 提高旗舰店社交来源成交占比, positioning: brand-youth, metric: 社交来源 GMV 占比, baseline: 12, target: 18, unit: "%", deadline: 2027-12-31, owner: campaign-manager, stakeholders: [sales], status: active}
  - {id: goal-d, statement: 两小时内回复评论和私信, positioning: brand-youth, metric: 及时回复率, baseline: 70, target: 95, unit: "%", deadline: 2027-12-31, owner: community-manager, stakeholders: [customer_service], status: active}
  - {id: goal-e, statement: 让产品部采纳更多社交聆听洞察, positioning: brand-youth, metric: 采纳洞察数, baseline: 2, target: 6, unit: 条/季度, deadline: 2027-12-31, owner: data-analyst, stakeholders: [product], status: active}
  - {id: goal-f, statement: 让 B 站长视频评测带来更多年轻关注者, positioning: brand-youth, metric: B 站关注者, baseline: 5000, target: 20000, unit: 人, deadline: 2027-12-31, owner: content-lead, stakeholders: [marketing], status: dropped}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import first_of
from checker.rules.api import Context

ID = "goals/too-many"
SEVERITY = "error"
HANDBOOK = "ch1/1.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("strategy",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    limit = int(ctx.config.max_goals)
    active = [goal for goal in ctx.repo.goals if goal.active]
    if len(active) <= limit:
        return
    first_over = active[limit]
    if first_over.where.doc is not doc:
        return
    start, end = first_of(first_over.where, ("id",))
    yield Problem(start, end, {"count": len(active), "limit": limit, "id": first_over.id or "?"})
