"""A small repository of the example company's account matrix and workflow, for draft fixtures.

The platform and workflow tests use their own copy of the policies the draft rules look up
(accounts, roles, approval tiers, lead time), so a change to the example company's full policy
set does not silently change what these tests assert.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import PROJECT, write

FIXTURES = PROJECT / "tests" / "fixtures" / "drafts" / "platform"

ORGANIZATION = """\
kind: organization
version: 1
model: hybrid
roles:
  - {id: ops-director, title: 社交媒体运营总监, reports_to: null, headcount: 1, duties: [strategy]}
  - {id: content-lead, title: 内容主编, reports_to: ops-director, headcount: 1, duties: [content-review]}
  - {id: content-writer, title: 内容策划与文案, reports_to: content-lead, headcount: 3, duties: [copywriting]}
  - {id: community-manager, title: 社群与互动经理, reports_to: ops-director, headcount: 2, duties: [comment-replies]}
  - {id: campaign-manager, title: 活动与达人合作经理, reports_to: ops-director, headcount: 1, duties: [campaign-planning]}
  - {id: regional-ops, title: 华南区域运营, reports_to: ops-director, headcount: 1, duties: [regional-content]}
  - {id: legal-reviewer, title: 法务合规专员, reports_to: null, headcount: 1, duties: [legal-review]}
"""

ACCOUNTS = [
    ("wechat-official", "wechat", "official", "青禾智能家居", "content-lead", "[content-lead]"),
    ("xhs-official", "xiaohongshu", "official", "青禾家居", "content-lead", "[content-lead]"),
    ("xhs-air", "xiaohongshu", "product_line", "青禾空气研究所", "content-lead", "[content-lead]"),
    ("douyin-official", "douyin", "official", "青禾家居官方", "campaign-manager", "[content-lead]"),
    (
        "douyin-kitchen",
        "douyin",
        "product_line",
        "青禾厨房实验室",
        "content-lead",
        "[content-lead]",
    ),
    (
        "douyin-south",
        "douyin",
        "regional",
        "青禾华南",
        "regional-ops",
        "[regional-ops, content-lead]",
    ),
    (
        "bilibili-lab",
        "bilibili",
        "product_line",
        "青禾研发实验室",
        "content-lead",
        "[content-lead]",
    ),
    (
        "channels-service",
        "weixin_channels",
        "official",
        "青禾服务",
        "community-manager",
        "[content-lead]",
    ),
    ("weibo-official", "weibo", "official", "青禾智能家居", "community-manager", "[content-lead]"),
    ("linkedin-cto", "linkedin", "employee_ip", "林远 Lin Yuan", "ops-director", "[ops-director]"),
]

PLATFORMS = "kind: platforms\nversion: 1\naccounts:\n" + "".join(
    f"  - {{id: {a}, platform: {p}, type: {t}, name: {n}, positioning: {a} 的定位, "
    f"owner: {o}, verified: true, approval: {c}}}\n"
    for a, p, t, n, o, c in ACCOUNTS
)

WORKFLOW = """\
kind: workflow
version: 1
pillars: [{id: product, name: 产品种草}, {id: tutorial, name: 使用教程}]
statuses: [draft, in_review, approved, scheduled, published]
approval_tiers: {low: [], medium: [content-lead], high: [content-lead, legal-reviewer]}
lead_time_hours: 24
reply_sla_hours: 2
"""


def platform_repo(root: Path, *, drafts: bool = True, extra: dict[str, str] | None = None) -> Path:
    """A repository with the example company's matrix and workflow (and the fixture drafts)."""
    write(
        root,
        {
            "policies/organization.yaml": ORGANIZATION,
            "policies/platforms.yaml": PLATFORMS,
            "policies/workflow.yaml": WORKFLOW,
            "opscheck.yaml": "company_domains: [qinghe.example.cn]\n",
            **(extra or {}),
        },
    )
    (root / "drafts").mkdir(exist_ok=True)
    if drafts:
        for path in sorted(FIXTURES.glob("*.md")):
            shutil.copy(path, root / "drafts" / path.name)
    return root
