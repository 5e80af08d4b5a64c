"""The "our policies" page: the example company's goals, org chart, account matrix and
platform choices, drawn from the checker's repository model (the same views the rules use)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from checker.model.repository import Account, Goal, Repository, Role
from hooks.markup import cell, code, mermaid_label, relative, table

PAGE = "company/index.md"

POSITIONING_TYPES = {
    "brand_showcase": "品牌展示",
    "user_engagement": "用户互动与关系",
    "marketing_channel": "营销推广渠道",
    "customer_service": "客户服务与支持",
    "industry_insight": "行业洞察与趋势监测",
    "internal_comms": "内部沟通与知识分享",
}
MODELS = {"centralized": "集中式", "decentralized": "分散式", "hybrid": "混合式"}
TIERS = {"core": "核心平台", "pilot": "试点平台", "distribution": "分发平台"}
ACCOUNT_TYPES = {
    "official": "官方主账号",
    "product_line": "产品线账号",
    "regional": "区域账号",
    "employee_ip": "员工个人品牌",
}
GOAL_STATUS = {"active": "进行中", "done": "已完成", "dropped": "已放弃"}
DEPARTMENTS = {
    "marketing": "市场部",
    "sales": "销售部",
    "product": "产品部",
    "customer_service": "客服部",
    "pr": "公关部",
}
#: Fallback display names; a platform pack's own ``name`` wins when the caller passes it.
PLATFORM_NAMES = {
    "wechat": "微信公众号",
    "weixin_channels": "微信视频号",
    "weibo": "微博",
    "douyin": "抖音",
    "kuaishou": "快手",
    "xiaohongshu": "小红书",
    "bilibili": "哔哩哔哩",
    "linkedin": "领英",
}
SCORES = (
    ("audience_fit", "受众匹配"),
    ("format_fit", "形式匹配"),
    ("goal_support", "支撑目标"),
    ("expected_roi", "预期回报"),
)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _fmt(value: object, unit: str = "") -> str:
    number = _number(value)
    if number is None:
        return cell(value) if value not in (None, "") else "—"
    text = f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}".rstrip("0").rstrip(".")
    if unit in ("%", "％"):
        return text + "%"
    return f"{text} {unit}".strip() if unit else text


#: The goal schema has no field for the latest measurement; teams record it as a custom field
#: (the schema allows ``x-`` / ``x_`` keys), e.g. ``x-current: 22`` next to ``baseline: 18``.
CURRENT_KEYS = ("x-current", "x_current")


def _current(data: Mapping[str, object]) -> float | None:
    for key in CURRENT_KEYS:
        value = _number(data.get(key))
        if value is not None:
            return value
    return None


def progress(goal: Goal, today: dt.date) -> str:
    """Where a goal stands: the share of the way from baseline to target when the team records
    the latest value (``x-current``), otherwise the change still needed; and the time left."""
    data = goal.data
    baseline, target = _number(data.get("baseline")), _number(data.get("target"))
    current = _current(data)
    unit = str(data.get("unit") or "")
    parts = []
    if current is not None and baseline is not None and target is not None and target != baseline:
        share = (current - baseline) / (target - baseline)
        parts.append(f"当前 {_fmt(current, unit)}，已完成 {share:.0%}")
    elif current is not None:
        parts.append(f"当前 {_fmt(current, unit)}")
    elif baseline is not None and target is not None:
        gap = target - baseline
        if unit in ("%", "％"):
            parts.append(f"需{'提升' if gap >= 0 else '降低'} {_fmt(abs(gap))} 个百分点")
        elif baseline:
            parts.append(f"需达到基线的 {target / baseline:.1f} 倍")
    deadline = goal.deadline
    if goal.status == "active" and deadline is not None:
        days = (deadline - today).days
        parts.append(f"剩余 {days} 天" if days >= 0 else f"已过期 {-days} 天")
    elif goal.status != "active":
        parts.append(GOAL_STATUS.get(goal.status, cell(goal.status)))
    return "<br>".join(parts) or "—"


def role_name(roles: Mapping[str, Role], role_id: str) -> str:
    role = roles.get(role_id)
    return f"{role.title}（{code(role_id)}）" if role and role.title else code(role_id)


def goals_section(repo: Repository, today: dt.date) -> list[str]:
    out = ["## 目标", ""]
    goals = repo.goals
    if not goals:
        return [*out, "策略文件里还没有目标。", ""]
    active = sum(1 for g in goals if g.status == "active")
    out += [
        f"共 {len(goals)} 个目标，其中 {active} 个进行中（上限 {repo.config.max_goals} 个，"
        f"见 [1.2 目标]({relative('ch1/1.2.md', PAGE)})）。"
        "目标里记录了最新测量值（自定义字段 `x-current`）时，进度一栏显示已完成的比例；"
        "否则显示还需要的变化和剩余天数。",
        "",
    ]
    rows = []
    for goal in goals:
        data = goal.data
        unit = str(data.get("unit") or "")
        deadline = goal.deadline
        due = deadline.isoformat() if deadline else "—"
        if deadline and goal.status == "active" and deadline < today:
            due += "（已过期）"
        owner = repo.roles.get(str(data.get("owner") or ""))
        owner_text = owner.title if owner and owner.title else cell(data.get("owner"))
        departments = "、".join(
            DEPARTMENTS.get(str(d), str(d)) for d in data.get("stakeholders") or []
        )
        rows.append(
            [
                f"{cell(data.get('statement'))}<br>"
                f"<small>{code(goal.id)} · 指标：{cell(data.get('metric'))}</small>",
                f"{_fmt(data.get('baseline'), unit)} → **{_fmt(data.get('target'), unit)}**",
                progress(goal, today),
                due,
                f"{owner_text}<br><small>确认：{departments or '无'}</small>",
                GOAL_STATUS.get(goal.status, cell(goal.status)),
            ]
        )
    out.append(table(["目标", "基线 → 目标值", "进度", "截止", "负责与确认部门", "状态"], rows))
    return [*out, ""]


def positionings_section(repo: Repository) -> list[str]:
    if not repo.positionings:
        return []
    rows = [
        [code(p.id), POSITIONING_TYPES.get(p.type, cell(p.type)), cell(p.supports)]
        for p in repo.positionings.values()
    ]
    return [
        "## 战略定位",
        "",
        f"每个定位都写明它服务的公司战略（[1.1 战略定位]({relative('ch1/1.1.md', PAGE)})）。",
        "",
        table(["定位", "类型", "服务的公司战略"], rows),
        "",
    ]


def org_chart(roles: Mapping[str, Role]) -> str:
    """The reporting lines as a Mermaid flowchart (top-down); lines that leave the team end at
    one "outside the team" node, and a ``reports_to`` that names no role is drawn in red."""
    ids = {role_id: f"r{index}" for index, role_id in enumerate(roles)}
    lines = ['%%{init: {"flowchart": {"wrappingWidth": 320}}}%%', "flowchart TB"]
    outside = [role for role in roles.values() if role.reports_to is None]
    if outside:
        lines.append('  outside(["团队之外的上级"]):::outside')
    unknown: dict[str, str] = {}
    for role_id, role in roles.items():
        headcount = f"{role.headcount} 人" if role.headcount is not None else "人数未填"
        lines.append(
            f"  {ids[role_id]}[{mermaid_label(role.title or role_id, f'{role_id} · {headcount}')}]"
        )
    for role_id, role in roles.items():
        node = ids[role_id]
        if role.reports_to is None:
            lines.append(f"  outside -.-> {node}")
        elif role.reports_to in ids:
            lines.append(f"  {ids[role.reports_to]} --> {node}")
        else:
            missing = unknown.setdefault(role.reports_to, f"u{len(unknown)}")
            label = mermaid_label("未定义的角色", role.reports_to)
            lines.append(f"  {missing}[{label}]:::unknown --> {node}")
    for role_id, role in roles.items():
        if role.headcount == 0:
            lines.append(f"  class {ids[role_id]} vacant")
    lines += [
        "  classDef outside fill:#90a4ae26,stroke:#90a4ae,stroke-dasharray:4 3",
        "  classDef unknown fill:#e5393526,stroke:#e53935,stroke-width:2px",
        "  classDef vacant stroke-dasharray:4 3",
    ]
    return "\n".join(lines)


def org_section(repo: Repository) -> list[str]:
    roles = repo.roles
    out = ["## 组织架构与汇报线", ""]
    if not roles:
        return [*out, "组织制度里还没有角色。", ""]
    docs = repo.by_kind("organization")
    model = docs[0].data.get("model") if docs else None
    headcount = sum(role.headcount or 0 for role in roles.values())
    out += [
        f"运营模式：**{MODELS.get(str(model), cell(model))}**；"
        f"{len(roles)} 个角色，共 {headcount} 人"
        f"（[2.1 组织结构与汇报线]({relative('ch2/2.1.md', PAGE)})）。"
        "虚线表示汇报线离开团队（例如向市场副总裁或法务部汇报）。",
        "",
        "```mermaid",
        org_chart(roles),
        "```",
        "",
    ]
    rows = [
        [
            code(role.id),
            cell(role.title),
            code(role.reports_to) if role.reports_to else "团队之外",
            str(role.headcount) if role.headcount is not None else "—",
            "、".join(code(d) for d in role.duties) or "—",
        ]
        for role in roles.values()
    ]
    out += [
        f'??? info "角色与职责明细（{len(rows)} 个角色）"',
        "",
        *(
            "    " + line
            for line in table(["角色", "名称", "汇报给", "人数", "职责"], rows).split("\n")
        ),
        "",
    ]
    return out


def account_matrix(
    accounts: Mapping[str, Account],
    roles: Mapping[str, Role],
    tiers: Mapping[str, str],
    platform_names: Mapping[str, str],
) -> str:
    """Platform -> accounts as a Mermaid flowchart (left to right), coloured by account type."""
    init = '{"flowchart": {"nodeSpacing": 14, "rankSpacing": 70, "wrappingWidth": 400}}'
    lines = [f"%%{{init: {init}}}%%", "flowchart LR"]
    platforms: list[str] = []
    for account in accounts.values():
        if account.platform not in platforms:
            platforms.append(account.platform)
    pids = {name: f"p{index}" for index, name in enumerate(platforms)}
    for name in platforms:
        tier = TIERS.get(tiers.get(name, ""), "未入选平台")
        label = mermaid_label(platform_names.get(name, name), tier)
        lines.append(f"  {pids[name]}([{label}]):::platform")
    for index, account in enumerate(accounts.values()):
        owner = roles.get(account.owner)
        owner_text = owner.title if owner and owner.title else account.owner or "未指定"
        kind = ACCOUNT_TYPES.get(account.type, account.type or "类型未填")
        label = mermaid_label(
            f"{account.name or account.id}（{account.id}）", f"{kind} · {owner_text}"
        )
        css = account.type if account.type in ACCOUNT_TYPES else "other"
        lines.append(f"  a{index}[{label}]:::{css}")
        lines.append(f"  {pids[account.platform]} --> a{index}")
    lines += [
        # Translucent fills and coloured borders: the label colour follows the light/dark scheme.
        "  classDef platform stroke-width:3px",
        "  classDef official fill:#00897b26,stroke:#00897b,stroke-width:2px",
        "  classDef product_line fill:#1e88e526,stroke:#1e88e5,stroke-width:2px",
        "  classDef regional fill:#f9a82533,stroke:#f9a825,stroke-width:2px",
        "  classDef employee_ip fill:#8e24aa26,stroke:#8e24aa,stroke-width:2px",
        "  classDef other fill:#e5393526,stroke:#e53935,stroke-width:2px",
    ]
    return "\n".join(lines)


def accounts_section(repo: Repository, platform_names: Mapping[str, str]) -> list[str]:
    accounts = repo.accounts
    out = ["## 账号矩阵", ""]
    if not accounts:
        return [*out, "平台制度里还没有账号。", ""]
    tiers = {name: choice.tier for name, choice in repo.platform_choices.items()}
    counts = ", ".join(
        f"{label} {sum(1 for a in accounts.values() if a.type == key)} 个"
        for key, label in ACCOUNT_TYPES.items()
        if any(a.type == key for a in accounts.values())
    )
    out += [
        f"{len(accounts)} 个账号（{counts}），按平台排列；颜色区分账号类型"
        f"（[3.3 注册、认证与账号矩阵]({relative('ch3/3.3.md', PAGE)})）。",
        "",
        "```mermaid",
        account_matrix(accounts, repo.roles, tiers, platform_names),
        "```",
        "",
    ]
    rows = []
    for account in accounts.values():
        rows.append(
            [
                code(account.id),
                cell(platform_names.get(account.platform, account.platform)),
                ACCOUNT_TYPES.get(account.type, cell(account.type)),
                cell(account.name),
                cell(account.positioning),
                role_name(repo.roles, account.owner) if account.owner else "—",
                "已认证" if account.verified else "未认证",
                " → ".join(code(r) for r in account.approval) or "—",
            ]
        )
    out += [
        table(["账号", "平台", "类型", "名称", "定位", "负责", "认证", "审批链"], rows),
        "",
    ]
    return out


def selection_section(repo: Repository, platform_names: Mapping[str, str]) -> list[str]:
    choices = repo.platform_choices
    if not choices:
        return []
    rows = []
    for choice in choices.values():
        scores = [_number(choice.selection.get(key)) for key, _ in SCORES]
        given = [s for s in scores if s is not None]
        average = f"**{sum(given) / len(given):.2f}**" if given else "—"
        rows.append(
            [
                cell(platform_names.get(choice.platform, choice.platform)),
                TIERS.get(choice.tier, cell(choice.tier)),
                *(f"{s:.0f}" if s is not None else "—" for s in scores),
                average,
                cell(choice.rationale),
            ]
        )
    order = {"core": 0, "pilot": 1, "distribution": 2}
    tiers = [choice.tier for choice in choices.values()]
    rows = [
        row for _, row in sorted(zip(tiers, rows, strict=True), key=lambda p: order.get(p[0], 3))
    ]
    return [
        "## 平台选择评分",
        "",
        "每项 1–5 分；核心平台必须有评分和理由，平均分过低会被报告"
        f"（[3.2 选择核心平台]({relative('ch3/3.2.md', PAGE)})）。",
        "",
        table(["平台", "层级", *(label for _, label in SCORES), "平均", "理由"], rows),
        "",
    ]


def workflow_section(repo: Repository) -> list[str]:
    workflow = repo.workflow
    if workflow is None:
        return []
    levels = {"low": "低风险", "medium": "中风险", "high": "高风险"}
    rows = [
        [
            levels.get(level, cell(level)),
            " + ".join(role_name(repo.roles, r) for r in roles) or "只需账号自己的审批链",
        ]
        for level, roles in workflow.approval_tiers.items()
    ]

    def hours(value: float | None) -> str:
        return "—" if value is None else f"{value:g} 小时"

    return [
        "## 审批与时限",
        "",
        f"审批最晚在发布前 **{hours(workflow.lead_time_hours)}** 完成；评论和私信在 "
        f"**{hours(workflow.reply_sla_hours)}** 内回复（[4.3 生产与审批流程]"
        f"({relative('ch4/4.3.md', PAGE)})、"
        f"[5.1 回复规范与响应时限]({relative('ch5/5.1.md', PAGE)})）。",
        "",
        table(["风险等级", "在账号审批链之外还需要"], rows),
        "",
    ]


RULE_TYPES = {
    "existence": "禁用词",
    "substitution": "替换",
    "occurrence": "出现次数",
    "required": "必须出现",
    "pattern": "正则",
    "conditional": "条件",
}


def _listing(value: object) -> str:
    if isinstance(value, list):
        return "、".join(str(item) for item in value)
    return "" if value is None else str(value)


def rulepacks_section(repo: Repository, today: dt.date) -> list[str]:
    """The team's own rule packs: what each rule enforces, where, and how fresh the pack is."""
    packs = repo.rulepacks
    if not packs:
        return []
    out = [
        "## 团队规则包",
        "",
        "团队自己维护的用语规则，检查器把它们编号为 `terms/<规则包>/<规则>`"
        f"（[3.4 平台规则与规则跟踪]({relative('ch3/3.4.md', PAGE)})、"
        f"[4.5 文案与排版规范]({relative('ch4/4.5.md', PAGE)})）。",
        "",
    ]
    for doc in sorted(packs, key=lambda d: d.path):
        data = doc.data
        pack_id = str(data.get("id") or doc.path)
        reviewed = data.get("reviewed_on")
        age = ""
        if isinstance(reviewed, dt.date):
            days = (today - reviewed).days
            stale = days > repo.config.stale_after_days
            age = f"，{days} 天前复核" + ("（**已超过复核期限**）" if stale else "")
        out += [
            f"**{code(pack_id)}**（{code(doc.path)}）：来源 {cell(_listing(data.get('source')))}；"
            f"复核于 {cell(reviewed)}{age}。",
            "",
        ]
        rows = []
        for item in data.get("rules") or []:
            if not isinstance(item, dict):
                continue
            scope = "；".join(
                f"{label} {_listing(item[key])}"
                for key, label in (("platforms", "平台"), ("accounts", "账号"), ("scopes", "范围"))
                if item.get(key)
            )
            rows.append(
                [
                    code(f"terms/{pack_id}/{item.get('id')}"),
                    RULE_TYPES.get(str(item.get("type")), cell(item.get("type"))),
                    cell(item.get("message")),
                    {"error": "错误", "warning": "警告", "info": "提示"}.get(
                        str(item.get("severity")), cell(item.get("severity"))
                    ),
                    cell(scope or "全部草稿"),
                ]
            )
        out += [table(["规则", "类型", "提示", "级别", "适用于"], rows), ""]
    return out


def render(
    repo: Repository, today: dt.date, platform_names: Mapping[str, str] | None = None
) -> str:
    """The "our policies" page."""
    names = {**PLATFORM_NAMES, **(platform_names or {})}
    files = ", ".join(code(doc.path) for doc in sorted(repo.policies, key=lambda d: d.path))
    out = [
        "---",
        "tags: [制度, 账号矩阵, 组织架构]",
        "hide: [navigation]",
        "---",
        "",
        "# 青禾的制度一览",
        "",
        "本页在每次构建手册时从 `policies/` 读取，用的是检查器自己的加载器和仓库模型，"
        "所以它展示的就是 `opscheck` 检查的那份制度。修改制度请改 YAML 文件，不要改本页。",
        "",
        f"来源文件：{files or '（没有制度文件）'}。"
        f"各文件的检查结果见[检查现状]({relative('company/status.md', PAGE)})。",
        "",
    ]
    out += goals_section(repo, today)
    out += positionings_section(repo)
    out += org_section(repo)
    out += accounts_section(repo, names)
    out += selection_section(repo, names)
    out += workflow_section(repo)
    out += rulepacks_section(repo, today)
    return "\n".join(out).rstrip() + "\n"
