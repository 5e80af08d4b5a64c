"""含医疗、金融、功效或保证类表述的草稿没有法务审批。

## 检查什么

草稿的标题、摘要、话题或正文里出现高风险表述时，必须有法务角色的审批记录（`approvals` 中
`role` 为法务角色的一条）。高风险表述包括：

- 医疗用语和疾病：治疗、疗效、处方、医疗器械、“缓解过敏”“预防鼻炎”；
- 保健食品：保健品、增强免疫力；
- 功效和检测数据：除菌、除甲醛、过敏原、“去除 99% 过敏原”“99.9% 的细菌”、检测报告、临床验证；
- 金融：保本、理财、收益率、年化收益；
- 保证：包过、保证有效、无效退款，以及 `ad-law/efficacy-guarantee` 报告的全部说法。

法务角色是组织制度里 id 或职责含 `legal`（青禾的 `legal-reviewer`，职责 `legal-review`）或
职称含“法务”的角色；也可在配置 `options` 的 `legal_roles` 中指定。没有组织制度时按
`legal-reviewer` 处理。

草稿处于 `draft`、`in_review` 时报告为警告（提醒安排法务审核）；已经是 `approved`、`scheduled`、
`published` 时报告为错误。出现这些表述的草稿，审批层级一律按 `high` 计算（`draft/missing-approval`
也这样算）。代码、网址和 HTML 注释里的文字不算。

## 为什么重要

医疗、保健、功效、金融和教育类说法是《广告法》第十六至十八条、第二十四、二十五条重点管控的内容，
能不能说、要附什么证据和提示语，需要法务逐条判断。手册 4.3 节把这类稿件定为高风险，必须经法务
合规专员审批；作者把 `risk` 写低了，检查器也会按表述把它升上来。

## 示例

```markdown title="drafts/xhs-air-allergy.md"
---
platform: xiaohongshu
account: xhs-air
title: 花粉季的卧室空气
author: chen-jing
pillar: product
status: approved
publish_at: 2026-12-20T20:00:00+08:00
risk: medium
approvals:
  - {role: content-lead, by: li-na, at: 2026-12-15T16:30:00+08:00}
---
青禾净化器 K7 有效去除 99% 过敏原，检测报告编号见商品详情页。
```

## 应改为

```markdown title="drafts/xhs-air-allergy.md"
---
platform: xiaohongshu
account: xhs-air
title: 花粉季的卧室空气
author: chen-jing
pillar: product
status: approved
publish_at: 2026-12-20T20:00:00+08:00
risk: high
approvals:
  - {role: content-lead, by: li-na, at: 2026-12-15T16:30:00+08:00}
  - {role: legal-reviewer, by: wang-fang, at: 2026-12-15T18:00:00+08:00}
---
青禾净化器 K7 有效去除 99% 过敏原，检测报告编号见商品详情页。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.packs.risk import risk_language
from checker.rules.api import Context

ID = "draft/high-risk-needs-legal"
SEVERITY = "error"
HANDBOOK = "ch9/9.1"
FIXABLE = None
TARGET = "draft"

FINAL = ("approved", "scheduled", "published")
DEFAULT_ROLE = "legal-reviewer"


def legal_roles(ctx: Context) -> list[str]:
    """The role ids whose approval counts as legal review (empty: the organisation has none)."""
    configured = ctx.option(ID, "legal_roles", None)
    if isinstance(configured, list) and configured:
        return [str(role) for role in configured]
    roles = ctx.repo.roles
    found = [
        role.id
        for role in roles.values()
        if "legal" in role.id
        or any("legal" in duty for duty in role.duties)
        or "法务" in role.title
    ]
    if found or roles:
        return found
    return [DEFAULT_ROLE]


def _approved_by(draft: Draft, roles: list[str]) -> bool:
    approvals = draft.get("approvals")
    for item in approvals if isinstance(approvals, list) else []:
        if isinstance(item, dict) and item.get("role") in roles:
            return True
    return False


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    found = risk_language(draft)
    if not found:
        return
    roles = legal_roles(ctx)
    if roles and _approved_by(draft, roles):
        return
    terms: list[str] = []
    for match, _start, _end in found:
        if match.text not in terms:
            terms.append(match.text)
    en = ctx.lang == "en"
    sep = ", " if en else "、"
    shown = sep.join(terms[:3]) + ((" ..." if en else "等") if len(terms) > 3 else "")
    status = draft.get("status")
    args = {"terms": shown, "roles": sep.join(roles), "status": status}
    _match, start, end = found[0]
    if not roles:
        yield Problem(start, end, args, "no-role")
    elif status in FINAL:
        yield Problem(start, end, args)
    else:
        yield Problem(start, end, args, "pending", severity=Severity.WARNING)
