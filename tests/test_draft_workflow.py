"""The workflow rules: accounts, four eyes, required approvals and the lead time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from checker.rules.draft._workflow import to_datetime
from tests.helpers import check_json, write
from tests.platform_repo import ORGANIZATION, PLATFORMS, WORKFLOW, platform_repo

WORKFLOW_RULES = (
    "draft/unknown-account",
    "draft/platform-mismatch",
    "draft/self-approved",
    "draft/missing-approval",
    "draft/approval-too-late",
)


def draft(**front: Any) -> str:
    base: dict[str, Any] = {
        "platform": "weibo",
        "account": "weibo-official",
        "author": "chen-jie",
        "status": "draft",
    }
    base.update(front)
    lines = ["---"]
    for key, value in base.items():
        if key == "approvals":
            lines.append("approvals:")
            lines.extend(
                "  - {" + ", ".join(f"{k}: {v}" for k, v in item.items()) + "}" for item in value
            )
        else:
            lines.append(f"{key}: {value}")
    lines += ["---", "12 月 10 日青禾会员日，积分可以兑换滤网。", ""]
    return "\n".join(lines)


def run(root: Path, text: str) -> list[dict[str, Any]]:
    write(root, {"drafts/a.md": text})
    outcome = check_json("drafts/a.md", cwd=root)
    assert outcome.code in (0, 1), outcome.stderr
    return [d for d in outcome.json["diagnostics"] if d["rule"] in WORKFLOW_RULES]


def approval(role: str, by: str, at: str) -> dict[str, str]:
    return {"role": role, "by": by, "at": at}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return platform_repo(tmp_path, drafts=False)


def test_unknown_account_suggests_the_closest_id(repo: Path) -> None:
    (finding,) = run(repo, draft(account="weibo-offical"))
    assert finding["rule"] == "draft/unknown-account"
    assert "weibo-official" in finding["message"]
    assert (finding["line"], finding["column"]) == (3, 10)
    (other,) = run(repo, draft(account="toutiao-main"))
    assert "toutiao-main" in other["message"] and "10 个账号" in other["message"]


def test_platform_mismatch_names_the_accounts_platform(repo: Path) -> None:
    (finding,) = run(repo, draft(platform="douyin"))
    assert finding["rule"] == "draft/platform-mismatch"
    assert "weibo" in finding["message"] and "douyin" in finding["message"]
    assert finding["line"] == 2


def test_missing_approval_lists_missing_roles_with_titles(repo: Path) -> None:
    text = draft(
        platform="douyin",
        account="douyin-south",
        author="sun-hao",
        status="published",
        risk="high",
        publish_at="2026-12-12T10:00:00+08:00",
        approvals=[approval("content-lead", "li-na", "2026-12-10T09:00:00+08:00")],
    )
    (finding,) = run(repo, text)
    assert finding["rule"] == "draft/missing-approval"
    assert "华南区域运营（regional-ops）" in finding["message"]
    assert "法务合规专员（legal-reviewer）" in finding["message"]
    assert "内容主编" not in finding["message"]
    assert finding["line"] == 5  # the status line


def test_each_role_approves_once_and_tiers_add_to_the_chain(repo: Path) -> None:
    text = draft(
        platform="douyin",
        account="douyin-south",
        author="sun-hao",
        status="approved",
        risk="high",
        publish_at="2026-12-12T10:00:00+08:00",
        approvals=[
            approval("regional-ops", "zhao-lei", "2026-12-10T09:00:00+08:00"),
            approval("content-lead", "li-na", "2026-12-10T09:30:00+08:00"),
            approval("legal-reviewer", "wang-fang", "2026-12-10T11:00:00+08:00"),
        ],
    )
    assert run(repo, text) == []


def test_risk_language_raises_the_required_approvals(repo: Path) -> None:
    text = draft(
        status="scheduled",
        risk="low",
        publish_at="2026-12-12T10:00:00+08:00",
        approvals=[approval("content-lead", "li-na", "2026-12-10T09:00:00+08:00")],
    ).replace("积分可以兑换滤网。", "净化器能治疗鼻炎吗？")
    (finding,) = run(repo, text)
    assert finding["rule"] == "draft/missing-approval"
    assert "high" in finding["message"] and "legal-reviewer" in finding["message"]


def test_self_approval_is_reported_and_does_not_count(repo: Path) -> None:
    text = draft(
        author="li-na",
        status="approved",
        publish_at="2026-12-12T10:00:00+08:00",
        approvals=[approval("content-lead", "Li-Na", "2026-12-10T09:00:00+08:00")],
    )
    found = {d["rule"]: d for d in run(repo, text)}
    assert set(found) == {"draft/self-approved", "draft/missing-approval"}
    assert found["draft/self-approved"]["line"] == 8
    assert "本人的审批不算" in found["draft/missing-approval"]["message"]


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_unapproved_statuses_need_no_approvals(repo: Path, status: str) -> None:
    assert run(repo, draft(status=status, publish_at="2026-12-12T10:00:00+08:00")) == []


@pytest.mark.parametrize(
    ("at", "late"),
    [
        ("2026-12-09T12:00:00+08:00", False),  # exactly 24 hours before
        ("2026-12-09T12:00:01+08:00", True),
        ("2026-12-09T04:00:00Z", False),  # the same instant in UTC
        ("2026-12-09T04:00:00+00:00", False),
        ("2026-12-09T05:00:00Z", True),
        ("2026-12-08T23:00:00-05:00", False),  # 2026-12-09 12:00 Beijing time
        ("2026-12-08T23:30:00-05:00", True),
    ],
)
def test_lead_time_boundary_across_time_zones(repo: Path, at: str, late: bool) -> None:
    text = draft(
        status="scheduled",
        publish_at="2026-12-10T12:00:00+08:00",
        approvals=[approval("content-lead", "li-na", at)],
    )
    rules = [d["rule"] for d in run(repo, text)]
    assert rules == (["draft/approval-too-late"] if late else [])


def test_late_approval_message_uses_the_publishing_time_zone(repo: Path) -> None:
    text = draft(
        status="scheduled",
        publish_at="2026-12-10T12:00:00+08:00",
        approvals=[
            approval("content-lead", "li-na", "2026-12-09T06:30:00Z"),
            approval("content-lead", "li-na", "2026-12-01T06:30:00Z"),
        ],
    )
    (finding,) = run(repo, text)
    assert "2026-12-09T14:30+08:00" in finding["message"]
    assert "2026-12-09T12:00+08:00" in finding["message"]
    assert "2.5" in finding["message"]
    assert finding["line"] == 8


def test_lead_time_follows_the_workflow_policy(tmp_path: Path) -> None:
    root = platform_repo(
        tmp_path,
        drafts=False,
        extra={
            "policies/workflow.yaml": WORKFLOW.replace("lead_time_hours: 24", "lead_time_hours: 48")
        },
    )
    text = draft(
        status="scheduled",
        publish_at="2026-12-10T12:00:00+08:00",
        approvals=[approval("content-lead", "li-na", "2026-12-08T13:00:00+08:00")],
    )
    (finding,) = run(root, text)
    assert finding["rule"] == "draft/approval-too-late" and "48" in finding["message"]


def test_no_policies_means_no_cross_reference_findings(tmp_path: Path) -> None:
    text = draft(
        account="no-such-account",
        status="published",
        publish_at="2026-12-10T12:00:00+08:00",
        approvals=[approval("content-lead", "chen-jie", "2026-12-10T11:00:00+08:00")],
    )
    write(tmp_path, {"a.md": text})
    outcome = check_json("a.md", cwd=tmp_path)
    rules = [d["rule"] for d in outcome.json["diagnostics"] if d["rule"] in WORKFLOW_RULES]
    # Without a matrix or a workflow only the self-approval can be known.
    assert rules == ["draft/self-approved"]


def test_matrix_without_workflow_checks_only_the_account_chain(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "policies/organization.yaml": ORGANIZATION,
            "policies/platforms.yaml": PLATFORMS,
        },
    )
    text = draft(
        status="approved",
        risk="high",
        publish_at="2026-12-10T12:00:00+08:00",
        approvals=[approval("content-lead", "li-na", "2026-12-10T11:00:00+08:00")],
    )
    assert run(tmp_path, text) == []
    missing = run(tmp_path, draft(status="approved"))
    assert [d["rule"] for d in missing] == ["draft/missing-approval"]


def test_workflow_without_matrix_checks_only_the_risk_tier(tmp_path: Path) -> None:
    write(tmp_path, {"policies/workflow.yaml": WORKFLOW})
    assert run(tmp_path, draft(status="approved", risk="low")) == []
    (finding,) = run(tmp_path, draft(status="approved", risk="medium"))
    assert finding["rule"] == "draft/missing-approval" and "content-lead" in finding["message"]


def test_malformed_approvals_never_crash(repo: Path) -> None:
    text = draft(status="approved", publish_at="not a time").replace(
        "status: approved", "status: approved\napprovals: [oops, {role: 3}, {by: li-na, at: soon}]"
    )
    write(repo, {"drafts/a.md": text})
    outcome = check_json("drafts/a.md", cwd=repo)
    assert outcome.code == 1 and "Traceback" not in outcome.stderr
    assert "draft/missing-approval" in outcome.rules()


def test_to_datetime_reads_zones_and_assumes_beijing_time() -> None:
    beijing = dt.timezone(dt.timedelta(hours=8))
    assert to_datetime("2026-12-01T20:00:00Z") == dt.datetime(2026, 12, 1, 20, tzinfo=dt.UTC)
    assert to_datetime(dt.datetime(2026, 12, 1, 20)) == dt.datetime(2026, 12, 1, 20, tzinfo=beijing)
    assert to_datetime(dt.date(2026, 12, 1)) is None
    assert to_datetime("tomorrow") is None
