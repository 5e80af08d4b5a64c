"""What issue [2/7] must show through the real command line: the project's own policies are clean,
``opscheck init`` scaffolds a repository that passes, and a broken policy reads well in zh and en."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import PROJECT, TODAY, check_json, example_repo, opscheck, write

HAN = re.compile(r"[\u4e00-\u9fff]")


def test_project_policies_have_zero_findings() -> None:
    outcome = check_json(cwd=PROJECT)
    assert outcome.code in (0, 1), outcome.stderr
    policy_findings = [d for d in outcome.json["diagnostics"] if d["path"].startswith("policies/")]
    assert policy_findings == []
    only_policies = opscheck("check", "--today", TODAY, "policies", cwd=PROJECT)
    assert only_policies.code == 0, only_policies.stdout + only_policies.stderr


def test_init_scaffolds_a_repository_that_passes(tmp_path: Path) -> None:
    target = tmp_path / "new-team"
    created = opscheck("init", str(target), cwd=tmp_path)
    assert created.code == 0, created.stderr
    for name in (
        "policies/strategy.yaml",
        "policies/organization.yaml",
        "policies/platforms.yaml",
        "policies/workflow.yaml",
        "policies/rulepack-team-terms.yaml",
        "drafts/example.md",
        "opscheck.yaml",
        "schemas/strategy.schema.json",
        "schemas/draft.schema.json",
    ):
        assert (target / name).is_file(), name
        assert name in created.stdout
    # annotated in Chinese, and every policy points the editor at the exported schema
    strategy = (target / "policies/strategy.yaml").read_text("utf-8")
    assert strategy.startswith("# yaml-language-server: $schema=../schemas/strategy.schema.json")
    assert sum(1 for line in strategy.splitlines() if line.lstrip().startswith("#")) >= 5
    # passes as generated: no finding of any rule, exit 0
    checked = opscheck("check", "--format", "json", cwd=target)
    assert checked.code == 0, checked.stdout + checked.stderr
    assert checked.json["diagnostics"] == []
    assert checked.json["summary"]["files"] == 6


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "team"
    assert opscheck("init", str(target), cwd=tmp_path).code == 0
    edited = target / "policies" / "workflow.yaml"
    edited.write_text(edited.read_text("utf-8") + "# 我们自己的修改\n", "utf-8")
    again = opscheck("init", str(target), cwd=tmp_path)
    assert again.code == 2
    assert "--force" in again.stderr and "workflow.yaml" in again.stderr
    assert "我们自己的修改" in edited.read_text("utf-8")
    forced = opscheck("init", str(target), "--force", cwd=tmp_path)
    assert forced.code == 0
    assert "我们自己的修改" not in edited.read_text("utf-8")


def test_init_keeps_an_existing_pyproject_configuration(tmp_path: Path) -> None:
    write(tmp_path, {"pyproject.toml": "[tool.opscheck]\nmax_goals = 3\n"})
    assert opscheck("init", cwd=tmp_path).code == 0
    assert not (tmp_path / "opscheck.yaml").exists()
    assert opscheck("check", cwd=tmp_path).code == 0


def test_init_with_a_fixed_date_stays_reproducible(tmp_path: Path) -> None:
    assert opscheck("init", "--today", "2026-11-26", cwd=tmp_path).code == 0
    rulepack = (tmp_path / "policies" / "rulepack-team-terms.yaml").read_text("utf-8")
    assert "reviewed_on: 2026-11-26" in rulepack
    assert "deadline: 2027-12-31" in (tmp_path / "policies" / "strategy.yaml").read_text("utf-8")
    assert opscheck("check", "--today", "2026-11-26", cwd=tmp_path).code == 0


BROKEN_ORGANIZATION = """kind: organization
version: 1
model: hybrid
roles:
  - id: ops-director
    title: 社交媒体运营总监
    reports_to: content-lead
    headcount: 1
    duties: [strategy, goal-setting, crisis-command, account-security]
  - id: content-lead
    title: 内容主编
    reports_to: ops-director
    headcount: 1
    duties: [editorial-calendar, content-review, comment-replies]
  - id: community-manager
    title: 社群与互动经理
    reports_to: ops-directer
    headcount: 0
    duties: [comment-replies, community-upkeep]
required_duties: [strategy, content-review, legal-review]
training_plan:
  cadence: 每月
collaboration:
  - {department: marketing, mechanism: 月度营销联席会, cadence: 每月}
  - {department: sales, mechanism: 大促前联合项目组, cadence: 每周}
  - {department: product, mechanism: 双周洞察交流会, cadence: 每两周}
  - {department: customer_service, mechanism: 升级工单流转, cadence: 每日}
  - {department: pr, mechanism: 舆情日报, cadence: 每日}
"""


def _broken_repo(tmp_path: Path) -> Path:
    root = example_repo(tmp_path / "repo")
    (root / "policies" / "organization.yaml").write_text(BROKEN_ORGANIZATION, "utf-8")
    return root


def _by_rule(diagnostics: list[dict[str, object]]) -> dict[str, list[dict[str, object]]]:
    found: dict[str, list[dict[str, object]]] = {}
    for d in diagnostics:
        found.setdefault(str(d["rule"]), []).append(d)
    return found


def test_a_broken_organization_reads_well_in_chinese(tmp_path: Path) -> None:
    root = _broken_repo(tmp_path)
    outcome = check_json("policies/organization.yaml", cwd=root)
    assert outcome.code == 1
    found = _by_rule(outcome.json["diagnostics"])
    (cycle,) = found["org/reporting-cycle"]
    assert cycle["line"] == 7
    assert "ops-director -> content-lead -> ops-director" in str(cycle["message"])
    assert "reports_to" in str(cycle["message"]) and "null" in str(cycle["message"])
    (unknown,) = found["org/unknown-role"]
    assert unknown["line"] == 17
    assert "ops-directer" in str(unknown["message"])
    assert "ops-director" in str(unknown["message"])  # the suggestion
    (overlap,) = found["roles/duty-overlap"]
    assert overlap["line"] == 19
    for name in ("comment-replies", "content-lead", "community-manager"):
        assert name in str(overlap["message"])
    (gap,) = found["roles/duty-gap"]
    assert gap["line"] == 20 and "legal-review" in str(gap["message"])
    (vacant,) = found["roles/vacant"]
    assert vacant["line"] == 18 and "community-upkeep" in str(vacant["message"])
    for diagnostic in outcome.json["diagnostics"]:
        assert HAN.search(str(diagnostic["message"])), diagnostic


def test_a_broken_organization_reads_well_in_english(tmp_path: Path) -> None:
    root = _broken_repo(tmp_path)
    outcome = check_json("--lang", "en", "policies/organization.yaml", cwd=root)
    assert outcome.code == 1
    found = _by_rule(outcome.json["diagnostics"])
    cycle = str(found["org/reporting-cycle"][0]["message"])
    assert cycle.startswith("Reporting lines form a cycle: ops-director -> content-lead")
    assert "change the reports_to" in cycle
    unknown = str(found["org/unknown-role"][0]["message"])
    assert "did you mean 'ops-director'" in unknown
    overlap = str(found["roles/duty-overlap"][0]["message"])
    assert "content-lead, community-manager" in overlap
    for diagnostic in outcome.json["diagnostics"]:
        assert not HAN.search(str(diagnostic["message"])), diagnostic


def test_smart_message_names_the_failing_letters_in_both_languages(tmp_path: Path) -> None:
    root = example_repo(tmp_path / "repo")
    text = (root / "policies" / "strategy.yaml").read_text("utf-8")
    broken = text.replace(
        "    baseline: 2\n    target: 6\n    unit: 条/季度\n    deadline: 2027-12-31\n",
        "    baseline: 2\n    target: 600\n    unit: 条/季度\n",
    ).replace("positioning: user-insight\n", "positioning: insights\n")
    assert broken != text
    (root / "policies" / "strategy.yaml").write_text(broken, "utf-8")
    zh = check_json("policies/strategy.yaml", cwd=root).json["diagnostics"]
    en = check_json("--lang", "en", "policies/strategy.yaml", cwd=root).json["diagnostics"]
    (zh_smart,) = [d for d in zh if d["rule"] == "goals/not-smart"]
    (en_smart,) = [d for d in en if d["rule"] == "goals/not-smart"]
    assert "未满足 A、R、T" in zh_smart["message"]
    assert "300 倍" in zh_smart["message"] and "insights" in zh_smart["message"]
    assert "fails A, R, T" in en_smart["message"]
    assert "300 times" in en_smart["message"]
    assert zh_smart["line"] == en_smart["line"]
    line = broken.splitlines()[zh_smart["line"] - 1]
    assert line.strip() == "- id: insight-adoption"
