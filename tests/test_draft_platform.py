"""The platform rules on the fixture drafts, the packs, team overrides and fixes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.packs import platforms
from tests.helpers import PROJECT, check_json, opscheck, write
from tests.platform_repo import FIXTURES, platform_repo

MINE = ("platform/", "draft/unknown-account", "draft/platform-mismatch", "draft/self-approved")
MINE += ("draft/missing-approval", "draft/approval-too-late")


def _expectations() -> dict[str, dict[str, list[str]]]:
    found = {}
    for path in sorted(FIXTURES.glob("*.md")):
        front = path.read_text("utf-8").split("---\n")[1]
        found[path.name] = yaml.safe_load(front)["x-expect"] or {}
    return found


EXPECT = _expectations()


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    root = platform_repo(tmp_path_factory.mktemp("platform-fixtures"))
    outcome = check_json("drafts", cwd=root)
    assert outcome.code in (0, 1), outcome.stderr
    by_file: dict[str, list[dict[str, Any]]] = {}
    for diagnostic in outcome.json["diagnostics"]:
        by_file.setdefault(diagnostic["path"].removeprefix("drafts/"), []).append(diagnostic)
    return by_file


def _mine(rule: str, expected: dict[str, list[str]]) -> bool:
    return rule.startswith(MINE) or rule in expected


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_fixture_fires_exactly_what_it_declares(
    fixture_run: dict[str, list[dict[str, Any]]], name: str
) -> None:
    expected = EXPECT[name]
    got: dict[str, list[str]] = {}
    for d in fixture_run.get(name, []):
        if _mine(d["rule"], expected):
            got.setdefault(d["rule"], []).append(d["severity"])
    assert got == {rule: list(severities) for rule, severities in expected.items()}, [
        (d["rule"], d["line"], d["message"]) for d in fixture_run.get(name, [])
    ]


def test_fixtures_cover_every_platform_rule_both_ways() -> None:
    rules = [
        "title-too-long",
        "body-too-long",
        "summary-too-long",
        "missing-title",
        "too-many-hashtags",
        "hashtag-format",
        "too-many-images",
        "video-too-long",
        "external-link",
        "contact-info",
    ]
    for rule in rules:
        rule_id = f"platform/{rule}"
        assert any(rule_id in e for e in EXPECT.values()), f"no failing fixture for {rule_id}"
    assert sum(1 for e in EXPECT.values() if not e) >= 30


def _one(fixture_run: dict[str, list[dict[str, Any]]], name: str, rule: str) -> dict[str, Any]:
    (found,) = [d for d in fixture_run[name] if d["rule"] == rule]
    return found


def test_title_message_names_limit_unit_and_count(
    fixture_run: dict[str, list[dict[str, Any]]],
) -> None:
    weighted = _one(fixture_run, "title-xhs-odd-units-over.md", "platform/title-too-long")
    assert "加权" in weighted["message"] and "21" in weighted["message"]
    assert "上限 20" in weighted["message"]
    assert (weighted["line"], weighted["column"]) == (4, 8)
    chars = _one(fixture_run, "title-wechat-65.md", "platform/title-too-long")
    assert (
        "65" in chars["message"] and "64" in chars["message"] and "每个字符计 1" in chars["message"]
    )


def test_body_finding_points_where_the_limit_is_passed(
    fixture_run: dict[str, list[dict[str, Any]]],
) -> None:
    finding = _one(fixture_run, "body-weibo-2001.md", "platform/body-too-long")
    text = (FIXTURES / "body-weibo-2001.md").read_text("utf-8").splitlines()
    # The 2001st character is the last one of the file: the extra "豆".
    assert finding["line"] == len(text)
    assert text[finding["line"] - 1][finding["column"] - 1] == "豆"
    assert "2001" in finding["message"] and "2000" in finding["message"]
    tags = _one(fixture_run, "body-douyin-tags-push-over.md", "platform/body-too-long")
    assert "2 个话题" in tags["message"]
    assert (
        (FIXTURES / "body-douyin-tags-push-over.md")
        .read_text("utf-8")
        .splitlines()[tags["line"] - 1]
        .startswith("tags:")
    )


def test_hashtag_count_points_at_the_first_tag_over(
    fixture_run: dict[str, list[dict[str, Any]]],
) -> None:
    finding = _one(fixture_run, "hashtags-douyin-six.md", "platform/too-many-hashtags")
    assert "6 个话题" in finding["message"] and "上限 5" in finding["message"]
    assert "青禾厨房实验室" in finding["message"]


def test_contact_and_link_findings_quote_what_they_found(
    fixture_run: dict[str, list[dict[str, Any]]],
) -> None:
    messages = [d["message"] for d in fixture_run["contact-xhs-other-platform.md"]]
    assert any("关注我们的公众号" in m for m in messages)
    assert any("B站搜索「青禾研发实验室」" in m for m in messages)
    assert any("天猫旗舰店有售" in m for m in messages)
    link = _one(fixture_run, "link-xhs-markdown-shop.md", "platform/external-link")
    assert "店铺" in link["message"]


def test_fix_corrects_hashtags_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    root = platform_repo(tmp_path, drafts=False)
    files = {
        "drafts/weibo.md": "---\nplatform: weibo\naccount: weibo-official\nauthor: chen-jie\n"
        "status: draft\n---\r\n#青禾焕新季 #空气净化器 春天来了，＃家电换新＃ 也来了。`#代码` 不动。\r\n",
        "drafts/douyin.md": "---\nplatform: douyin\naccount: douyin-kitchen\nauthor: he-huan\n"
        "status: draft\n---\n外皮焦香。#空气炸锅食谱# 快试试，＃冬日美食#\n",
    }
    write(root, files)
    first = opscheck("check", "--fix", "--today", "2026-11-26", "--select", "platform", cwd=root)
    assert first.code in (0, 1), first.stderr
    weibo = (root / "drafts/weibo.md").read_bytes().decode("utf-8")
    assert "#青禾焕新季# #空气净化器# 春天来了，#家电换新# 也来了。`#代码` 不动。\r\n" in weibo
    douyin = (root / "drafts/douyin.md").read_text("utf-8")
    assert douyin.endswith("外皮焦香。#空气炸锅食谱 快试试，#冬日美食\n")
    before = {name: (root / name).read_bytes() for name in files}
    again = check_json("--select", "platform/hashtag-format", "drafts", cwd=root)
    assert again.json["diagnostics"] == []
    opscheck("check", "--fix", "--today", "2026-11-26", cwd=root)
    assert {name: (root / name).read_bytes() for name in files} == before


def test_team_platform_file_overrides_a_limit(tmp_path: Path) -> None:
    draft = (FIXTURES / "title-xhs-weighted-over.md").read_text("utf-8")
    override = """\
kind: platform
version: 1
id: xiaohongshu
sources: [小红书创作者中心发布页实测（2027-01-05，内容主编李娜）]
reviewed_on: 2027-01-05
limits:
  title: {max: 24, source: 创作者中心实测, confidence: high}
  images: {volatile: false}
"""
    base = platform_repo(tmp_path / "base", drafts=False)
    write(base, {"drafts/a.md": draft.replace("images: 6", "images: 19")})
    before = check_json("drafts/a.md", cwd=base)
    found = {d["rule"]: d["severity"] for d in before.json["diagnostics"]}
    assert found["platform/title-too-long"] == "error"
    assert found["platform/too-many-images"] == "warning"
    team = platform_repo(
        tmp_path / "team", drafts=False, extra={"policies/platform-xhs.yaml": override}
    )
    write(team, {"drafts/a.md": draft.replace("images: 6", "images: 19")})
    after = check_json("drafts/a.md", cwd=team)
    rules = {d["rule"]: d for d in after.json["diagnostics"]}
    assert "platform/title-too-long" not in rules
    # Marking the built-in image limit as reviewed makes it an error; the unit stays weighted.
    assert rules["platform/too-many-images"]["severity"] == "error"
    pack = platforms.builtin_packs()["xiaohongshu"]
    assert pack.limits["title"].unit == "weighted"
    write(team, {"drafts/b.md": draft.replace("南", "南北东西")})  # 24 CJK characters: 24
    assert "platform/title-too-long" not in check_json("drafts/b.md", cwd=team).rules()
    write(team, {"drafts/c.md": draft.replace("南", "南北东西中")})
    assert "platform/title-too-long" in check_json("drafts/c.md", cwd=team).rules()


def test_team_platform_file_adds_a_platform(tmp_path: Path) -> None:
    pack = """\
kind: platform
version: 1
id: zhihu
name: 知乎
sources: [{id: zhihu-editor, title: 知乎创作中心编辑器实测, date: 2026-11-20}]
reviewed_on: 2026-11-20
limits:
  title: {max: 50, unit: chars, required: true, source: zhihu-editor, confidence: medium}
hashtags:
  syntax: {value: none}
contact_info: {policy: forbid, kinds: [wechat, qr_code], source: zhihu-editor, confidence: medium}
"""
    root = platform_repo(tmp_path, drafts=False, extra={"policies/platform-zhihu.yaml": pack})
    write(
        root,
        {
            "drafts/z.md": "---\nplatform: zhihu\naccount: wechat-official\nauthor: wu-ting\n"
            "status: draft\n---\n想要数据表的加微信 qinghe2026。\n"
        },
    )
    outcome = check_json("drafts/z.md", cwd=root)
    rules = Counter(outcome.rules())
    assert rules["platform/missing-title"] == 1
    assert rules["platform/contact-info"] == 1
    assert rules["draft/platform-mismatch"] == 1
    assert "知乎" in " ".join(d["message"] for d in outcome.json["diagnostics"])


def test_publishing_profile_from_config_changes_limits(tmp_path: Path) -> None:
    root = platform_repo(tmp_path, drafts=False)
    title = "青禾智能家居年终盘点：这一年我们做对了哪些事，又有哪些地方还需要改"  # 33 chars
    write(
        root,
        {
            "drafts/w.md": f"---\nplatform: wechat\naccount: wechat-official\ntitle: {title}\n"
            "author: chen-jing\nstatus: draft\n---\n这一年，谢谢你和青禾一起。\n",
            "drafts/d.md": "---\nplatform: douyin\naccount: douyin-kitchen\ntitle: 豆浆\n"
            "author: he-huan\nstatus: draft\nvideo_seconds: 901\n---\n早餐用破壁机做豆浆。\n",
        },
    )
    default = check_json("drafts", cwd=root)
    assert "platform/title-too-long" not in default.rules()
    assert [
        d["severity"] for d in default.json["diagnostics"] if d["rule"] == "platform/video-too-long"
    ] == ["warning"]
    (root / "opscheck.yaml").write_text(
        "company_domains: [qinghe.example.cn]\nplatform_profiles: {wechat: api, douyin: api}\n",
        encoding="utf-8",
    )
    api = check_json("drafts", cwd=root)
    title_finding = [d for d in api.json["diagnostics"] if d["rule"] == "platform/title-too-long"]
    assert len(title_finding) == 1 and "32" in title_finding[0]["message"]
    assert title_finding[0]["severity"] == "warning"  # the API title limit is volatile
    assert [
        d["severity"] for d in api.json["diagnostics"] if d["rule"] == "platform/video-too-long"
    ] == ["error"]


def test_severity_can_be_overridden_in_config(tmp_path: Path) -> None:
    root = platform_repo(tmp_path, drafts=False)
    shutil_copy = (FIXTURES / "hashtags-douyin-six.md").read_text("utf-8")
    write(root, {"drafts/a.md": shutil_copy})
    (root / "opscheck.yaml").write_text(
        'severity: {"platform/too-many-hashtags": error}\n', encoding="utf-8"
    )
    outcome = check_json("drafts/a.md", cwd=root)
    assert [
        d["severity"]
        for d in outcome.json["diagnostics"]
        if d["rule"] == "platform/too-many-hashtags"
    ] == ["error"]


def test_platform_rules_work_without_any_policies(tmp_path: Path) -> None:
    write(tmp_path, {"a.md": (FIXTURES / "contact-xhs-400.md").read_text("utf-8")})
    outcome = check_json("a.md", cwd=tmp_path)
    assert "platform/contact-info" in outcome.rules()
    assert not [r for r in outcome.rules() if r.startswith("draft/")]


# ------------------------------------------------------------------------------------------
# The packs


def _schema() -> dict[str, Any]:
    path = PROJECT / "checker" / "data" / "schemas" / "platform.schema.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


@pytest.mark.parametrize("platform_id", platforms.BUILTIN_IDS)
def test_builtin_pack_is_valid_and_every_value_is_sourced(platform_id: str) -> None:
    import jsonschema

    from checker.schema.validate import Validator

    raw = platforms.builtin_raw(platform_id)
    assert raw is not None and raw["id"] == platform_id
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert Validator(schema).errors(raw) == []
    plain = json.loads(json.dumps(raw, default=str))
    checker = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert [e.message for e in checker.iter_errors(plain)] == []
    for key in (
        "name",
        "sources",
        "reviewed_on",
        "limits",
        "hashtags",
        "links",
        "contact_info",
        "ad_label",
    ):
        assert key in raw, f"{platform_id} lacks {key}"
    source_ids = {s["id"] for s in raw["sources"]}

    def facts(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
        found = []
        if isinstance(node, dict):
            if "source" in node:
                found.append((where, node))
            for key, value in node.items():
                found.extend(facts(value, f"{where}.{key}"))
        return found

    every = facts(
        {k: raw[k] for k in ("limits", "hashtags", "links", "contact_info", "ad_label")},
        platform_id,
    )
    assert every
    for where, fact in every:
        for source in fact["source"].split(","):
            assert source.strip() in source_ids, f"{where}: unknown source {source!r}"
        assert fact["confidence"] in ("high", "medium", "low"), where
        assert isinstance(fact["volatile"], bool), where
    for name, limit in raw["limits"].items():
        assert limit.get("unit") in platforms.UNITS, f"{platform_id}.{name} has no unit"


def test_schema_has_chinese_title_and_description_everywhere() -> None:
    from checker.schema.validate import unsupported_keywords

    schema = _schema()
    assert unsupported_keywords(schema) == []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "type" in node or "enum" in node or "const" in node or "$ref" in node:
                for key in ("title", "description"):
                    assert any("\u4e00" <= c <= "\u9fff" for c in node.get(key, "")), (
                        f"{where} {key}"
                    )
            for key, value in node.items():
                if key in ("properties", "$defs", "patternProperties"):
                    for name, child in value.items():
                        walk(child, f"{where}/{name}")
                elif isinstance(value, dict):
                    walk(value, f"{where}/{key}")

    walk(schema, "#")
    assert set(schema["properties"]) == {
        "kind",
        "version",
        "id",
        "name",
        "sources",
        "reviewed_on",
        "limits",
        "hashtags",
        "links",
        "contact_info",
        "ad_label",
    }


def test_weighted_counting() -> None:
    assert platforms.measure("青" * 20, "weighted") == 20
    assert platforms.measure("a" * 40, "weighted") == 20
    assert platforms.measure("a" * 41, "weighted") == 21
    assert platforms.measure("CADR 400 还是 600？小户型净化器怎么选", "weighted") == 19
    assert platforms.measure("青禾", "bytes") == 6
    assert platforms.measure("青禾 Q7", "chars") == 5


def test_pack_resolution_layers() -> None:
    editor = platforms.resolve("wechat")
    api = platforms.resolve("wechat", profile="api")
    assert editor is not None and api is not None
    assert (editor.limits["title"].max, api.limits["title"].max) == (64, 32)
    assert api.limits["title"].required and api.limits["title"].provenance.volatile
    assert not editor.limits["title"].provenance.soft
    douyin_video = platforms.resolve("douyin", fmt="video")
    douyin_images = platforms.resolve("douyin", fmt="image_text")
    assert douyin_video is not None and douyin_images is not None
    assert (douyin_video.limits["title"].max, douyin_images.limits["title"].max) == (30, 20)
    weibo = platforms.resolve("weibo", fmt="video")
    assert weibo is not None and weibo.limits["title"].max == 30
    plain = platforms.resolve("weibo")
    assert plain is not None and plain.limits["title"].max is None
    assert platforms.resolve("myspace") is None
    assert set(platforms.builtin_packs()) == set(platforms.BUILTIN_IDS)


# ------------------------------------------------------------------------------------------
# The project's own example drafts


def test_project_drafts_are_clean_and_cover_the_company_platforms() -> None:
    outcome = check_json("drafts", cwd=PROJECT)
    assert outcome.code == 0, outcome.stdout
    assert outcome.json["diagnostics"] == []
    drafts = sorted((PROJECT / "drafts").glob("**/*.md"))
    used = {yaml.safe_load(p.read_text("utf-8").split("---\n")[1])["platform"] for p in drafts}
    policies = [yaml.safe_load(p.read_text("utf-8")) for p in (PROJECT / "policies").glob("*.y*ml")]
    (matrix,) = [p for p in policies if isinstance(p, dict) and p.get("kind") == "platforms"]
    assert {a["platform"] for a in matrix["accounts"]} <= used


def _repo_with(tmp_path: Path, text: str) -> Any:
    from checker.config import Config
    from checker.model.document import load_policy
    from checker.model.repository import Repository

    path = tmp_path / "platform.yaml"
    path.write_text(text, encoding="utf-8")
    repo = Repository(tmp_path, Config())
    repo.policies.append(load_policy(path, "policies/platform.yaml"))
    return repo


def test_team_values_merge_by_fact(tmp_path: Path) -> None:
    repo = _repo_with(
        tmp_path,
        """\
kind: platform
version: 1
id: weibo
sources: [微博客户端实测]
reviewed_on: 2027-01-05
limits:
  title: 40          # shorthand for {max: 40}
  body: null         # no body limit any more
  images: "twelve"   # wrong type: reported by schema/invalid, ignored here
hashtags:
  syntax: double
  count: {max: 3, volatile: true}
links: {policy: forbid}
""",
    )
    pack = platforms.resolve("weibo", repo)
    assert pack is not None and pack.overridden_by == ("policies/platform.yaml",)
    title = pack.limits["title"]
    assert (title.max, title.unit, title.provenance.origin) == (
        40,
        "chars",
        "policies/platform.yaml",
    )
    assert not title.provenance.soft  # the team's own value: no inherited volatility
    assert "body" not in pack.limits
    assert pack.limits["images"].max == 18  # the built-in value survives a typo
    assert pack.hashtags.limit is not None and pack.hashtags.limit.max == 3
    assert pack.hashtags.limit.provenance.soft
    assert pack.links.policy == "forbid" and pack.links.provenance.source == ""
    assert pack.contact_info.policy == "allow"
    assert pack.name == "微博" and pack.reviewed_on is not None and pack.reviewed_on.year == 2027
    # Setting one value keeps the others: the nine-image advisory stays under a new maximum.
    repo = _repo_with(tmp_path, "kind: platform\nversion: 1\nid: weibo\nlimits:\n  images: 24\n")
    pack = platforms.resolve("weibo", repo)
    assert pack is not None
    assert (pack.limits["images"].max, pack.limits["images"].soft_max) == (24, 9)
    assert pack.limits["images"].provenance.source == ""
    # Annotating a built-in value keeps the value and its source.
    repo = _repo_with(
        tmp_path,
        "kind: platform\nversion: 1\nid: xiaohongshu\nlimits:\n  images: {volatile: false}\n",
    )
    pack = platforms.resolve("xiaohongshu", repo)
    assert pack is not None
    images = pack.limits["images"]
    assert (images.max, images.provenance.source, images.provenance.soft) == (18, "aitoearn", False)


_ALPHABET = "#＃ 　话题青禾aZ09_·,，。!\n[]话题@:：VvXx微信加扫码QQ1386574\u200b"


@pytest.mark.parametrize("syntax", ["single", "double", "either", "field"])
def test_hashtag_scanner_invariants(syntax: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checker.packs.hashtags import MARKS, scan

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=_ALPHABET, max_size=60))
    def run(text: str) -> None:
        last = -1
        for tag in scan(text, syntax):
            assert last <= tag.start < tag.end <= len(text)
            assert text[tag.start] in MARKS and tag.name
            assert tag.name in text[tag.start : tag.end]
            last = tag.end

    run()


def test_diversion_finder_never_crashes_and_maps_back() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checker.packs.diversion import find, own_names

    kinds = frozenset(platforms.CONTACT_KINDS)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=_ALPHABET + "ＶＸ淘宝搜索公众号抖音号", max_size=60))
    def run(text: str) -> None:
        for hit in find(text, kinds, own_names("xiaohongshu")):
            assert 0 <= hit.start < hit.end <= len(text)
            assert hit.text == text[hit.start : hit.end]

    run()
