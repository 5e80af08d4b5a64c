"""The site's rendering functions, one by one (no MkDocs needed except for the strict-build case)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import textwrap
from pathlib import Path

import pytest
import yaml

from checker.config import Config
from checker.docs import rule_page, shift_headings
from checker.findings import Finding, Severity
from checker.input.text import SourceText
from checker.model.document import PolicyDoc, load_policy
from checker.model.repository import KINDS, Repository
from checker.rules import registry
from hooks import (
    company,
    markup,
    platform_ref,
    policy_blocks,
    rules_ref,
    search_fix,
    status,
    templates,
)
from tests.helpers import PROJECT
from tests.site.conftest import build


def policy(text: str, path: str = "policies/x.yaml") -> PolicyDoc:
    return load_policy(PROJECT / path, path, text=SourceText(textwrap.dedent(text)))


WORKFLOW = """\
    kind: workflow
    version: 1

    # 内容支柱：每篇草稿的 pillar 必须是其中之一
    pillars:
      - {id: product, name: 产品种草}
      # 教程类内容由内容主编把关
      - {id: tutorial, name: 使用教程}

    # 审批分级
    approval_tiers:
      low: []
      high: [content-lead, legal-reviewer]   # 高风险必须经法务
    lead_time_hours: 24  # 发布前 24 小时
    # 下一个键的说明
    reply_sla_hours: 2
    """


class TestPolicyBlocks:
    def test_key_text_keeps_comments_above_inside_and_after(self) -> None:
        doc = policy(WORKFLOW)
        pillars = policy_blocks.key_text(doc, "pillars")
        assert pillars == (
            "# 内容支柱：每篇草稿的 pillar 必须是其中之一\n"
            "pillars:\n"
            "  - {id: product, name: 产品种草}\n"
            "  # 教程类内容由内容主编把关\n"
            "  - {id: tutorial, name: 使用教程}"
        )
        tiers = policy_blocks.key_text(doc, "approval_tiers")
        assert tiers is not None
        assert tiers.startswith("# 审批分级\napproval_tiers:")
        assert tiers.endswith("high: [content-lead, legal-reviewer]   # 高风险必须经法务")
        assert policy_blocks.key_text(doc, "lead_time_hours") == (
            "lead_time_hours: 24  # 发布前 24 小时"
        )
        assert policy_blocks.key_text(doc, "reply_sla_hours") == (
            "# 下一个键的说明\nreply_sla_hours: 2"
        )
        assert policy_blocks.key_text(doc, "statuses") is None

    def test_the_slice_is_the_same_yaml_as_the_file(self) -> None:
        doc = policy(WORKFLOW)
        for key in ("pillars", "approval_tiers", "lead_time_hours", "reply_sla_hours"):
            text = policy_blocks.key_text(doc, key)
            assert text is not None
            assert yaml.safe_load(text) == {key: doc.data[key]}

    def test_crlf_files_give_plain_lines(self) -> None:
        doc = policy(WORKFLOW.replace("\n", "\r\n"))
        text = policy_blocks.key_text(doc, "pillars")
        assert text is not None and "\r" not in text
        assert yaml.safe_load(text) == {"pillars": doc.data["pillars"]}

    def test_directives_expand_to_titled_yaml_blocks(self) -> None:
        docs = [policy(WORKFLOW, "policies/workflow.yaml")]
        page = "前文\n\n<!-- opscheck:policy kind=workflow key=lead_time_hours -->\n\n后文\n"
        out, errors = policy_blocks.expand(page, docs, KINDS)
        assert errors == []
        assert '```yaml title="policies/workflow.yaml"\nlead_time_hours: 24' in out
        assert "opscheck:policy" not in out

    def test_one_block_per_file_of_the_kind(self) -> None:
        docs = [
            policy("kind: rulepack\nversion: 1\nrules: []\n", "policies/b.yaml"),
            policy("kind: rulepack\nversion: 1\nrules: [x]\n", "policies/a.yaml"),
        ]
        out, errors = policy_blocks.expand(
            "<!-- opscheck:policy kind=rulepack key=rules -->", docs, KINDS
        )
        assert errors == []
        assert out.index('title="policies/a.yaml"') < out.index('title="policies/b.yaml"')

    @pytest.mark.parametrize(
        ("directive", "message"),
        [
            ("kind=workflow key=no_such_key", "has no top-level key 'no_such_key'"),
            ("kind=strategy key=goals", "no file in policies/ has kind: strategy"),
            ("kind=nonsense key=goals", "unknown policy kind 'nonsense'"),
            ("kind=workflow", "write the directive as"),
            ("kind=workflow key=pillars extra=1", "write the directive as"),
        ],
    )
    def test_bad_directives_are_reported_with_their_line(
        self, directive: str, message: str
    ) -> None:
        docs = [policy(WORKFLOW, "policies/workflow.yaml")]
        out, errors = policy_blocks.expand(
            f"标题\n\n<!-- opscheck:policy {directive} -->\n", docs, KINDS
        )
        assert len(errors) == 1
        assert message in errors[0] and errors[0].startswith("line 3:")
        assert '!!! failure "opscheck:policy"' in out

    def test_directives_inside_code_blocks_are_examples(self) -> None:
        page = "```markdown\n<!-- opscheck:policy kind=workflow key=nope -->\n```\n"
        out, errors = policy_blocks.expand(page, [], KINDS)
        assert (out, errors) == (page, [])
        assert policy_blocks.parse(page) == []


def test_a_bad_directive_fails_the_strict_build(tmp_path: Path) -> None:
    shutil.copytree(PROJECT / "policies", tmp_path / "policies")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text(
        "# 首页\n\n<!-- opscheck:policy kind=workflow key=lead_time_hours -->\n", "utf-8"
    )
    (tmp_path / "docs/bad.md").write_text(
        "# 坏\n\n<!-- opscheck:policy kind=workflow key=no_such_key -->\n", "utf-8"
    )
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: t\nhooks:\n  - {PROJECT / 'hooks/opscheck_site.py'}\n", "utf-8"
    )
    proc = build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert proc.returncode != 0
    assert "docs/bad.md: line 3:" in proc.stderr
    assert "has no top-level key 'no_such_key'" in proc.stderr
    assert "docs/index.md: line" not in proc.stderr


class TestMarkup:
    def test_cells_and_labels_are_escaped(self) -> None:
        assert markup.cell("a|b\nc") == r"a\|b c"
        assert markup.cell(None) == "—"
        assert markup.mermaid_label('说"好"', "a<b>") == '"说#quot;好#quot;<br/>a#lt;b#gt;"'
        assert markup.mermaid_text("#话题# [x]; {y}") == "#35;话题#35; #91;x#93;#59; #123;y#125;"

    def test_relative_links_between_doc_files(self) -> None:
        assert markup.relative("ch9/9.1.md", "rules/ad-law/absolute-term.md") == (
            "../../ch9/9.1.md"
        )
        assert markup.relative("preface.md", "appendix/d.md") == "../preface.md"

    def test_fences_outgrow_backticks_in_the_body(self) -> None:
        assert markup.fenced("a ``` b", "text").startswith("````text\n")


def _roles(*rows: tuple[str, str | None, int | None]) -> dict[str, object]:
    repo = Repository(None, Config())
    text = "kind: organization\nversion: 1\nroles:\n" + "".join(
        f"  - {{id: {rid}, title: 角色{rid}, reports_to: {to or 'null'}, headcount: {n}}}\n"
        for rid, to, n in rows
    )
    repo.policies.append(policy(text))
    return dict(repo.roles)


class TestCompany:
    def test_org_chart_draws_lines_outside_unknown_and_cycles(self) -> None:
        roles = _roles(("lead", None, 1), ("a", "lead", 2), ("b", "ghost", 1), ("c", "a", 0))
        chart = company.org_chart(roles)  # type: ignore[arg-type]
        assert "\nflowchart TB\n" in chart
        assert "outside -.-> r0" in chart
        assert "r0 --> r1" in chart and "r1 --> r3" in chart
        assert re.search(r"u0\[\"未定义的角色<br/>ghost\"\]:::unknown --> r2", chart)
        assert "class r3 vacant" in chart
        cyclic = company.org_chart(_roles(("x", "y", 1), ("y", "x", 1)))  # type: ignore[arg-type]
        assert "r1 --> r0" in cyclic and "r0 --> r1" in cyclic

    def test_progress_from_the_recorded_value_or_the_gap(self) -> None:
        repo = Repository(None, Config())
        repo.policies.append(
            policy(
                "kind: strategy\nversion: 1\ngoals:\n"
                "  - {id: g1, baseline: 70, target: 95, x-current: 80, unit: '%',"
                " deadline: 2026-12-31}\n"
                "  - {id: g2, baseline: 2, target: 6, deadline: 2026-11-01}\n"
                "  - {id: g3, baseline: 18, target: 30, unit: '%', status: done}\n"
            )
        )
        first, second, third = repo.goals
        today = dt.date(2026, 11, 26)
        assert company.progress(first, today) == "当前 80%，已完成 40%<br>剩余 35 天"
        assert company.progress(second, today) == "需达到基线的 3.0 倍<br>已过期 25 天"
        assert company.progress(third, today) == "需提升 12 个百分点<br>已完成"

    def test_the_page_lists_what_the_repository_holds(self) -> None:
        repo = Repository(None, Config())
        repo.policies.append(
            policy(
                "kind: platforms\nversion: 1\n"
                "platforms:\n  - {platform: weibo, tier: core, selection: {audience_fit: 4,"
                " format_fit: 3, goal_support: 5, expected_roi: 2}, rationale: 热点}\n"
                "accounts:\n  - {id: wb, platform: weibo, type: official, name: 青禾,"
                " owner: boss, verified: true, approval: [boss]}\n"
            )
        )
        page = company.render(repo, dt.date(2026, 11, 26))
        assert "**3.50**" in page
        assert re.search(r'p0\(\["微博<br/>核心平台"\]\):::platform', page)
        assert "p0 --> a0" in page and ":::official" in page


class TestRulesReference:
    @pytest.mark.parametrize(
        ("anchor", "page"),
        [
            ("ch9/9.1", "ch9/9.1.md"),
            ("ch5", "ch5/index.md"),
            ("preface", "preface.md"),
            ("appendix/b", "appendix/b.md"),
        ],
    )
    def test_handbook_anchor_to_page(self, anchor: str, page: str) -> None:
        assert rules_ref.handbook_page(anchor) == page

    def test_rule_urls_are_the_sarif_scheme(self) -> None:
        assert rules_ref.rule_page_path("ad-law/absolute-term") == "rules/ad-law/absolute-term.md"

    def test_section_list_links_each_rule(self) -> None:
        rules = [rules_ref.info(registry.load(rule_id)) for rule_id in registry.rule_ids()[:2]]
        text = rules_ref.render_enforced_by(rules, "ch4/4.3.md")
        assert "## 本节由这些规则检查" in text
        for rule in rules:
            assert f"(../rules/{rule.id}.md)" in text

    def test_every_rule_is_in_the_navigation(self) -> None:
        rules = [rules_ref.info(registry.load(rule_id)) for rule_id in registry.rule_ids()]
        pages = re.findall(r"rules/[^']+\.md", str(rules_ref.nav_entries(rules)))
        assert sorted(pages) == sorted(r.page for r in rules)

    def test_rule_page_links_back_and_keeps_code_intact(self) -> None:
        rule = registry.load(registry.rule_ids()[0])
        page = rules_ref.render_rule(rule, {})
        target = rules_ref.handbook_page(rule.handbook)
        assert f"]({markup.relative(target, rules_ref.rule_page_path(rule.id))})" in page
        assert page.startswith("---\nsearch:\n  boost: 0.5\n---\n")
        assert rule.title in page


def test_shift_headings_leaves_code_alone() -> None:
    text = "## 示例\n\n```yaml\n# a YAML comment\n```\n\n## 应改为\n"
    assert shift_headings(text, 1) == "### 示例\n\n```yaml\n# a YAML comment\n```\n\n### 应改为\n"


def test_rule_page_for_the_command_line_is_unchanged_in_substance() -> None:
    rule = registry.load(registry.rule_ids()[0])
    text = rule_page(rule, "en")
    assert text.startswith(f"# {rule.id}\n")
    assert f"(`{rule.handbook}`)" in text
    assert "## " in text


SCHEMA = {
    "title": "示例",
    "type": "object",
    "required": ["kind", "items"],
    "$defs": {"role": {"type": "string", "title": "角色", "description": "角色编号"}},
    "properties": {
        "kind": {"const": "demo"},
        "due": {"type": "string", "format": "date", "title": "截止"},
        "items": {
            "type": "array",
            "title": "条目",
            "items": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "title": "编号"},
                    "owner": {"$ref": "#/$defs/role"},
                    "level": {"enum": ["low", "high"]},
                },
            },
        },
    },
}


class TestTemplates:
    def test_fields_with_paths_types_and_required(self) -> None:
        found = {f.path: f for f in templates.fields(SCHEMA)}
        assert list(found) == [
            "kind",
            "due",
            "items",
            "items[].id",
            "items[].owner",
            "items[].level",
        ]
        assert found["kind"].required and not found["due"].required
        assert found["items[].id"].required
        assert found["due"].type == "日期 YYYY-MM-DD"
        assert found["items[].owner"].description == "**角色**：角色编号"
        assert "`low`" in found["items[].level"].type

    def test_skeleton_is_yaml_of_the_right_shape(self) -> None:
        data = yaml.safe_load(templates.skeleton(SCHEMA))
        assert data["kind"] == "demo"
        assert set(data["items"][0]) == {"id", "owner", "level"}
        assert data["items"][0]["level"] == "low"


def test_status_counts_by_rule_and_file() -> None:
    def finding(rule: str, path: str, severity: Severity) -> Finding:
        return Finding(rule, severity, path, 3, 1, 3, 2, "说明 | 竖线", "ch9/9.1")

    findings = [
        finding("ad-law/absolute-term", "drafts/a.md", Severity.ERROR),
        finding("ad-law/absolute-term", "drafts/b.md", Severity.ERROR),
        finding("terms/qinghe/brand", "drafts/a.md", Severity.WARNING),
    ]
    page = status.render(
        findings,
        ["drafts/a.md", "drafts/b.md", "policies/x.yaml"],
        dt.date(2026, 11, 26),
        {"ad-law/absolute-term"},
    )
    assert "共发现 3 个问题：错误 2 个，警告 1 个" in page
    assert "| [`ad-law/absolute-term`](../rules/ad-law/absolute-term.md) | 错误 | 2 |" in page
    assert "| `terms/qinghe/brand` | 警告 | 1 |" in page
    assert re.search(r"\| `drafts/a.md` \| 1 \| 1 \| — \| [^|]*需要修改 \|", page)
    assert re.search(r"\| `policies/x.yaml` \| — \| — \| — \| [^|]*通过 \|", page)
    assert r"说明 \| 竖线" in page
    assert "检查了 1 个制度文件和 2 篇草稿" in page


def test_search_worker_patch_matches_the_pinned_material() -> None:
    import material

    workers = list(
        Path(material.__file__).parent.glob("templates/assets/javascripts/workers/search.*.min.js")
    )
    assert len(workers) == 1
    original = workers[0].read_text("utf-8")
    fixed = search_fix.patch_segmenter(original)
    assert fixed is not None and search_fix.is_patched(fixed)
    assert not search_fix.is_patched(original)
    assert len(fixed) - len(original) == 1 - 2  # `<` -> `<=`, `-1` dropped
    assert search_fix.patch_segmenter("unrelated") is None


def test_vendored_scripts_match_their_checksums_and_pins() -> None:
    vendor = PROJECT / "docs/assets/vendor"
    sums = (vendor / "SHA256SUMS").read_text("utf-8").split("\n")
    listed = {}
    for line in filter(None, sums):
        digest, name = line.split("  ", 1)
        listed[name] = digest
    assert {"mermaid.min.js", "mermaid.LICENSE.txt", "iframe-worker-shim.js"} <= set(listed)
    for name, digest in listed.items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
    makefile = (PROJECT / "Makefile").read_text("utf-8")
    for line in (vendor / "VERSIONS").read_text("utf-8").splitlines():
        package, version = line.split()
        variable = package.upper().replace("-", "_") + "_VERSION"
        assert f"{variable} := {version}" in makefile
    config = (PROJECT / "mkdocs.yml").read_text("utf-8")
    assert "- assets/vendor/mermaid.min.js" in config
    assert "- assets/vendor/iframe-worker-shim.js" in config


class TestPlatformReference:
    def _repo(self, team: str = "") -> Repository:
        repo = Repository(None, Config(stale_after_days=180))
        if team:
            repo.policies.append(policy(team, "policies/platform-weibo.yaml"))
        return repo

    def test_values_that_differ_by_format_are_shown_per_format(self) -> None:
        views = {v.id: v for v in platform_ref.load(self._repo())}
        douyin = views["douyin"]
        formats = {fmt: p.limit("title") for fmt, p in douyin.by_format.items()}
        assert len({limit.max for limit in formats.values() if limit}) > 1
        summary = platform_ref.limit_summary(douyin, "title")
        assert "图文 ≤ 20 字" in summary and "<br>" in summary
        assert "<br>" not in platform_ref.limit_summary(douyin, "body")

    def test_team_files_and_stale_reviews_show(self) -> None:
        team = (
            "kind: platform\nversion: 1\nid: weibo\nreviewed_on: 2025-01-01\n"
            "sources: [{id: team-test, title: 团队实测}]\n"
            "limits:\n  body: {max: 1500, unit: chars, source: team-test, confidence: high}\n"
        )
        views = {v.id: v for v in platform_ref.load(self._repo(team))}
        page = "\n".join(platform_ref.platform_section(views["weibo"], dt.date(2026, 11, 26), 180))
        assert "2025-01-01（694 天前，**需要复核**）" in page
        assert "团队覆盖：`policies/platform-weibo.yaml`" in page
        assert re.search(r"\| 正文 \| ≤ 1500 字 \| 高 \| 否 \| team-test \|", page)

    def test_overview_lists_every_builtin_pack(self) -> None:
        from checker.packs import platforms

        views = platform_ref.load(self._repo())
        assert [v.id for v in views] == list(platforms.BUILTIN_IDS)
        page = platform_ref.render(views, dt.date(2026, 11, 26), 180)
        for view in views:
            assert f"(#{view.id})" in page and f"{{ #{view.id} }}" in page
