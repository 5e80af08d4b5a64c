"""Advertising law, ad and AI labels, and legal review: fixtures, context, corpus, speed."""

from __future__ import annotations

import random
import re
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.findings import Severity
from checker.packs import adlaw, labels, risk
from checker.packs.matcher import Matcher, Term
from tests.helpers import check_json, write
from tests.legal_support import (
    FIXTURES,
    POLICIES,
    context,
    fired,
    make_draft,
    report,
    run_rules,
    score,
)

AD_RULES = ["ad-law/absolute-term", "ad-law/efficacy-guarantee", "ad-law/authority-endorsement"]
LABEL_RULES = ["ad/undisclosed", "ai/unlabeled"]
LEGAL = "draft/high-risk-needs-legal"
MINE = {
    *AD_RULES,
    *LABEL_RULES,
    LEGAL,
    "privacy/phone-number",
    "privacy/id-number",
    "privacy/bank-card",
    "privacy/email",
    "suppression/unused",
    "suppression/no-reason",
}


def absolute(body: str, **front: Any) -> list[str]:
    """The terms ad-law/absolute-term reports in ``body`` (error or warning)."""
    found = run_rules(make_draft(body, **front), ["ad-law/absolute-term"])
    return [f.matched for f in found if f.severity != Severity.INFO]


def rules_fired(body: str, rules: list[str] | None = None, **front: Any) -> set[str]:
    return fired(run_rules(make_draft(body, **front), rules or AD_RULES))


# --- the fixture drafts, through the real command line ------------------------------------


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("legal-fixtures")
    shutil.copytree(POLICIES, root / "policies")
    shutil.copytree(FIXTURES / "drafts", root / "drafts")
    (root / "opscheck.yaml").write_text(
        'company_domains: [qinghe.example.cn]\nallowed_phones: ["136-0000-0001"]\n', "utf-8"
    )
    outcome = check_json("drafts", cwd=root)
    assert outcome.code in (0, 1), outcome.stderr
    assert "Traceback" not in outcome.stderr
    return {"root": root, "json": outcome.json}


FIXTURE_FILES = sorted(p.name for p in (FIXTURES / "drafts").glob("*.md"))


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_fixture_draft_reports_exactly_what_it_declares(
    fixture_run: dict[str, Any], name: str
) -> None:
    text = (FIXTURES / "drafts" / name).read_text("utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    expected = sorted(front["x-expect"] or [])
    got = sorted(
        f"{d['line']} {d['rule']} {d['severity']}"
        for d in fixture_run["json"]["diagnostics"]
        if d["path"] == f"drafts/{name}" and d["rule"] in MINE
    )
    assert got == expected
    if name.startswith("fail-"):
        assert expected, "a failing fixture must declare what it reports"


def test_every_rule_has_a_failing_and_a_passing_fixture() -> None:
    declared: set[str] = set()
    for name in FIXTURE_FILES:
        text = (FIXTURES / "drafts" / name).read_text("utf-8")
        front = yaml.safe_load(text.split("---\n")[1])
        declared.update(item.split()[1] for item in front["x-expect"] or [])
    assert MINE - {"suppression/unused", "suppression/no-reason"} <= declared
    assert any(n.startswith("pass-") for n in FIXTURE_FILES)


def test_findings_point_at_the_term_in_the_original_file(fixture_run: dict[str, Any]) -> None:
    root: Path = fixture_run["root"]
    lines = (root / "drafts" / "fail-absolute-spellings.md").read_text("utf-8").splitlines()
    spans = [
        lines[d["line"] - 1][d["column"] - 1 : d["end_column"] - 1]
        for d in fixture_run["json"]["diagnostics"]
        if d["path"] == "drafts/fail-absolute-spellings.md"
    ]
    # Zero-width and full-width spellings are found and underlined as written.
    assert "全网最\u200b低价" in spans[0]
    assert "ＮＯ．１" in spans
    assert "Ｔｏｐ１" in spans
    assert "全网最\u200d低价" in spans


def test_message_names_the_term_the_basis_and_what_to_write(fixture_run: dict[str, Any]) -> None:
    messages = [
        d["message"]
        for d in fixture_run["json"]["diagnostics"]
        if d["path"] == "drafts/fail-absolute-spellings.md" and "顶级" in d["message"]
    ]
    assert messages == [
        "「顶级」是绝对化用语（《广告法》第九条第（三）项）；请改为可以证明的具体描述，"
        "例如写明检测数据和条件，或与自家上一代产品比较"
    ]


def test_english_messages(tmp_path: Path) -> None:
    write(tmp_path, {"opscheck.yaml": "lang: en\n"})
    shutil.copytree(POLICIES, tmp_path / "policies")
    shutil.copy(FIXTURES / "drafts" / "fail-authority.md", tmp_path / "a.md")
    outcome = check_json("a.md", cwd=tmp_path)
    messages = [d["message"] for d in outcome.json["diagnostics"] if d["rule"] in AD_RULES]
    assert any("Trademark Law, Art. 14(5)" in m and "中国驰名商标" in m for m in messages)


def test_unsuppressible_config_keeps_the_finding(tmp_path: Path) -> None:
    shutil.copytree(POLICIES, tmp_path / "policies")
    shutil.copy(FIXTURES / "drafts" / "pass-suppressed.md", tmp_path / "a.md")
    write(tmp_path, {"opscheck.yaml": 'unsuppressible: ["ad-law/*"]\n'})
    outcome = check_json("a.md", cwd=tmp_path)
    assert "ad-law/absolute-term" in outcome.rules()


def test_suppression_without_reason_suppresses_nothing(tmp_path: Path) -> None:
    shutil.copytree(POLICIES, tmp_path / "policies")
    text = (FIXTURES / "drafts" / "pass-suppressed.md").read_text("utf-8")
    text = text.replace("ad-law/absolute-term: 业内排名", "ad-law/absolute-term 业内排名")
    write(tmp_path, {"a.md": text})
    outcome = check_json("a.md", cwd=tmp_path)
    assert {"ad-law/absolute-term", "suppression/no-reason"} <= set(outcome.rules())


# --- absolute terms in context ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "今年第一季度的新品，第一批用户已经收到了。",
        "第一次用的话，第一步先清洗杯体。",
        "留言后客服会在第一时间回复，第一期活动明天开始。",
        "第一，先断电；第二，取下滤网。",
        "1. 第一、准备食材\n2. 第二、开机",
        "最近、最后、最终、最早都只是时间。",
        "每台设备都有唯一标识和唯一编码。",
        "咖啡豆开封后的最佳赏味期是两周，面包的最佳食用期是当天。",
        "我们致力于做行业第一的服务，这是我们的使命。",
        "力争让每个家庭用上最好的厨房电器。",
        "青禾国家级非物质文化遗产合作项目，国家级高新技术企业，国家级专精特新“小巨人”企业。",
        "电饭煲最高温度 130℃，最大功率 1200W。",
        "豆浆最好先过滤一遍再喝。",
        "青禾 No.1 Pro 是一款型号名称。",
        "我们不追求所谓的第一，只想把豆浆做细。",
        "这款加湿器不能治疗鼻炎，鼻子不舒服请及时就医。",
    ],
)
def test_ordinary_uses_are_not_reported(body: str) -> None:
    assert rules_fired(body) == set()


@pytest.mark.parametrize(
    ("body", "term"),
    [
        ("全网最低价，只此一天。", "全网最低价"),
        ("全网最\u200b低价，只此一天。", "全网最\u200b低价"),
        ("厨房小电里的ＮＯ．１。", "ＮＯ．１"),
        ("这台是行业第一", "行业第一"),
        ("它是第一。", "第一"),
        ("效果最好。", "最好"),
        ("这是市面上最好用的破壁机。", "市面上最好用"),
        ("这难道不是最好的选择吗？", "最好"),
        ("这不是最便宜的，但是最耐用的。", "最耐用"),
        ("追求极致，K7 做到了行业领先。", "行业领先"),
        ("唯一一家同时做破壁机和净化器的品牌。", "唯一"),
        ("不能错过的顶级口感。", "顶级"),
    ],
)
def test_claims_are_reported(body: str, term: str) -> None:
    assert absolute(body) == [term]


def test_self_comparison_uses_the_brand_from_the_account_matrix() -> None:
    # 青禾 comes from the account names in the policies (青禾智能家居, 青禾家居 ...).
    assert absolute("这是青禾迄今最安静的一款。") == []
    assert absolute("这是青禾最安静的一款。") == []
    assert absolute("青禾破壁机是市面上最安静的。") == ["市面上最安静"]
    assert absolute("青禾破壁机是最安静的。") == ["最安静"]
    other = run_rules(
        make_draft("这是禾木迄今最安静的一款。"),
        ["ad-law/absolute-term"],
        context(options={"ad-law/absolute-term": {"brand_names": ["禾木"]}}),
    )
    assert other == []


def test_terms_inside_code_urls_links_and_comments_are_not_matched() -> None:
    body = (
        "行内 `全网最低价` 不算。\n\n```\n国家级 100%有效\n```\n\n"
        "[说明](https://example.cn/最佳/第一) 和 https://example.cn/top1/全网第一 都不算。\n\n"
        "<!-- 全网最低价 -->"
    )
    assert rules_fired(body) == set()
    assert rules_fired("[全网最低价](https://example.cn)") == {"ad-law/absolute-term"}


def test_front_matter_title_summary_and_tags_are_checked_but_keys_are_not() -> None:
    assert rules_fired("正文。", title="全网最低价") == {"ad-law/absolute-term"}
    assert rules_fired("正文。", summary="国宴专用") == {"ad-law/authority-endorsement"}
    assert rules_fired("正文。", tags=["根治鼻炎"]) == {"ad-law/efficacy-guarantee"}
    assert rules_fired("正文。", **{"x-全网最低价": "说明"}) == set()


def test_evidence_turns_a_ranking_into_a_warning_only_when_complete() -> None:
    claim = "2026年1-9月天猫破壁机类目销量第一"
    body = f"青禾破壁机{claim}。"
    complete = {"claim": claim, "source": "说明函", "period": "2026年1-9月", "region": "中国大陆"}
    found = run_rules(make_draft(body, evidence=[complete]), ["ad-law/absolute-term"])
    assert [(f.severity, f.variant) for f in found] == [(Severity.WARNING, "evidenced")]
    partial = {"claim": claim, "source": "说明函"}
    found = run_rules(make_draft(body, evidence=[partial]), ["ad-law/absolute-term"])
    assert [(f.severity, f.variant) for f in found] == [(Severity.ERROR, "evidence-incomplete")]
    message = run_rules(make_draft(body, evidence=[partial]), ["ad-law/absolute-term"])
    assert "统计期间" in str(message[0].problem.args["missing"])
    found = run_rules(make_draft(body), ["ad-law/absolute-term"])
    assert [(f.severity, f.variant) for f in found] == [(Severity.ERROR, "ranking")]
    # Evidence never excuses a superlative about the goods themselves.
    found = run_rules(make_draft("全网最低价。", evidence=[complete]), ["ad-law/absolute-term"])
    assert [f.severity for f in found] == [Severity.ERROR]


def test_awards_need_evidence() -> None:
    found = run_rules(make_draft("荣获 2026 年度最佳设计奖。"), ["ad-law/absolute-term"])
    assert [f.variant for f in found] == ["award"]
    evidence = [{"claim": "2026 年度最佳设计奖", "source": "获奖证书 EV-2026-060"}]
    found = run_rules(
        make_draft("荣获 2026 年度最佳设计奖。", evidence=evidence), ["ad-law/absolute-term"]
    )
    assert [(f.severity, f.variant) for f in found] == [(Severity.WARNING, "evidenced")]


def test_bad_evidence_or_approvals_never_raise() -> None:
    for evidence in ["不是列表", [1, None, {"claim": 3}], [{"source": "x"}]]:
        draft = make_draft("销量第一。", evidence=evidence, approvals="法务已看")
        assert fired(run_rules(draft, [*AD_RULES, LEGAL])) >= {"ad-law/absolute-term"}


def test_efficacy_patterns_and_disease_claims() -> None:
    assert rules_fired("甲醛 100% 清除。") == {"ad-law/efficacy-guarantee"}
    assert rules_fired("甲醛去除率 92%（报告编号 QH-118）。") == set()
    assert rules_fired("能预防感冒。") == {"ad-law/efficacy-guarantee"}
    assert rules_fired("冬天容易感冒，记得多喝水。") == set()
    assert rules_fired("我们不承诺 100% 有效。") == set()
    assert rules_fired("楼盘离地铁步行 5 分钟。") == {"ad-law/efficacy-guarantee"}
    assert rules_fired("门店离地铁步行 5 分钟。") == set()


def test_claims_are_computed_once_per_draft() -> None:
    draft = make_draft("全网最低价，预防感冒。")
    first = adlaw.claims(draft, ("青禾",))
    assert adlaw.claims(draft, ("青禾",)) is first
    assert adlaw.claims(draft, None) is first


def test_term_lists_are_large_enough_and_name_their_basis() -> None:
    assert adlaw.term_count() >= 150
    compiled = adlaw.data()
    categories = {g.category for g in compiled.groups.values()}
    assert categories == {"A", "B", "C", "D"}
    for group in compiled.groups.values():
        assert "第" in group.basis and "Art" in group.basis_en, group.name


# --- labels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "body", "expected"),
    [
        ({"sponsored": True}, "【广告】和小满一起做早餐。", set()),
        ({"sponsored": True}, "广告｜和小满一起做早餐。", set()),
        ({"sponsored": True, "tags": ["广告", "早餐"]}, "和小满一起做早餐。", set()),
        ({"sponsored": True}, "和小满一起做早餐。#广告", set()),
        ({"sponsored": True}, "本文为广告。和小满一起做早餐。", set()),
        ({"sponsored": True}, "和小满一起做早餐，品牌合作。", {"ad/undisclosed"}),
        ({"sponsored": True}, "本文不含广告。和小满一起做早餐。", {"ad/undisclosed"}),
        ({}, "评论区抽奖，折扣码 QINGHE88 九折。", {"ad/undisclosed"}),
        ({}, "[同款](https://mobile.yangkeduo.com/goods.html?id=1)", {"ad/undisclosed"}),
        ({}, "打开 #小程序://青禾商城/abc 下单。", {"ad/undisclosed"}),
        ({}, "滤网多久换一次？看 App 提示就行。", set()),
        ({"sponsored": False}, "我们的新品发布会在杭州举行。", set()),
        ({"ai_generated": True}, "本文配图由 AI 生成。秋天的早餐。", set()),
        ({"ai_generated": True}, "秋天的早餐。（AI 辅助创作）", set()),
        ({"ai_generated": True}, "秋天的早餐。", {"ai/unlabeled"}),
        ({"ai_generated": True}, "秋天的早餐。\n\n<!-- AI 生成 -->", {"ai/unlabeled"}),
        ({"ai_generated": False}, "秋天的早餐。", set()),
    ],
)
def test_labels(front: dict[str, Any], body: str, expected: set[str]) -> None:
    assert rules_fired(body, LABEL_RULES, **front) == expected


def test_shop_domains_option_adds_hosts() -> None:
    draft = make_draft("[同款](https://shop.qinghe-store.example.cn/p/1)")
    assert fired(run_rules(draft, ["ad/undisclosed"])) == set()
    ctx = context(options={"ad/undisclosed": {"shop_domains": ["qinghe-store.example.cn"]}})
    assert fired(run_rules(draft, ["ad/undisclosed"], ctx)) == {"ad/undisclosed"}


def test_shop_links_are_recognised_by_host() -> None:
    assert labels.shop_link("https://item.taobao.com/item.htm?id=1")
    assert labels.shop_link("https://u.jd.com/abc")
    assert labels.shop_link("haohuo.jinritemai.com/views/product/item")
    assert not labels.shop_link("https://www.notjd.com/x")
    assert not labels.shop_link("https://handbook.example.cn/taobao.com")


# --- high-risk language and legal review ---------------------------------------------------


def test_high_risk_language_raises_the_effective_risk() -> None:
    assert risk.effective_risk(make_draft("有效去除 99% 过敏原。", risk="low")) == "high"
    assert risk.effective_risk(make_draft("周末做一杯豆浆。", risk="medium")) == "medium"
    assert risk.effective_risk(make_draft("`保本` 只是示例。", risk="low")) == "low"
    found = risk.risk_language(make_draft("能预防感冒，保本保息。"))
    assert [m.text for m, _s, _e in found] == ["感冒", "保本保息"]


def test_legal_approval_by_the_configured_role() -> None:
    approvals = [{"role": "compliance", "by": "wang-fang", "at": "2026-12-01T10:00:00+08:00"}]
    draft = make_draft("保本保息。", status="approved", approvals=approvals)
    found = run_rules(draft, [LEGAL])
    assert [(f.severity, f.variant) for f in found] == [(Severity.ERROR, "")]
    assert "legal-reviewer" in str(found[0].problem.args["roles"])
    ctx = context(options={LEGAL: {"legal_roles": ["compliance"]}})
    assert run_rules(draft, [LEGAL], ctx) == []


def test_legal_review_is_a_warning_while_the_draft_is_being_written() -> None:
    found = run_rules(make_draft("能预防感冒。", status="in_review"), [LEGAL])
    assert [(f.severity, f.variant) for f in found] == [(Severity.WARNING, "pending")]
    assert run_rules(make_draft("周末做一杯豆浆。", status="approved"), [LEGAL]) == []


# --- the matching engine --------------------------------------------------------------------


def _leftmost_longest(words: list[str], text: str) -> list[tuple[int, str]]:
    found, index = [], 0
    while index < len(text):
        best = max((w for w in words if text.startswith(w, index)), key=len, default="")
        if best:
            found.append((index, best))
            index += len(best)
        else:
            index += 1
    return found


@settings(max_examples=300)
@given(
    st.lists(st.text(alphabet="ab第一", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="ab第一", max_size=14),
)
def test_matcher_never_drops_a_leftmost_longest_match(words: list[str], text: str) -> None:
    matcher = Matcher([Term(w, w) for w in words])
    got = [(m.start, m.text) for m in matcher.find(text)]
    assert got == _leftmost_longest(list(set(words)), text)


def test_matcher_finds_a_term_at_the_very_end() -> None:
    matcher = Matcher([Term("第一", "rank"), Term("第一时间", None)])
    assert [m.text for m in matcher.find("这台是行业第一")] == ["第一"]


# --- the labelled corpus --------------------------------------------------------------------


def test_precision_and_recall_on_the_labelled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    rules = AD_RULES + LABEL_RULES
    scores = score(rules)
    with capsys.disabled():
        print("\n" + report(scores))
    for rule, entry in scores.items():
        assert entry.tp >= 2, f"{rule} has too few positive examples in the corpus"
        assert entry.precision >= 0.9, rule
        assert entry.recall >= 0.9, rule


# --- speed ----------------------------------------------------------------------------------


def test_term_data_is_loaded_once_and_a_long_draft_stays_fast() -> None:
    adlaw.data()
    assert adlaw.data() is adlaw.data()
    data = yaml.safe_load((FIXTURES / "corpus.yaml").read_text("utf-8"))
    sentences = [item["text"] for item in data["sentences"]]
    rng = random.Random(7)
    body = "\n\n".join("".join(rng.choice(sentences) for _ in range(8)) for _ in range(200))
    draft = make_draft(body)
    started = time.perf_counter()
    run_rules(draft, [*AD_RULES, *LABEL_RULES, LEGAL])
    elapsed = time.perf_counter() - started
    assert len(body) > 30_000
    assert elapsed < 2.0, f"{elapsed:.2f} s for {len(body)} characters"


def test_every_message_variant_exists_in_both_languages() -> None:
    from checker import messages

    variants = {
        "ad-law/absolute-term": ["", "ranking", "award", "evidenced", "evidence-incomplete"],
        "ad-law/efficacy-guarantee": ["guarantee", "medical", "investment", "education"],
        "ad-law/authority-endorsement": ["state", "trademark", "exemption", "endorsement"],
        "ad/undisclosed": ["", "signal", "wrong-word", "buried"],
        "ai/unlabeled": [""],
        LEGAL: ["", "pending", "no-role"],
    }
    variants["ad-law/efficacy-guarantee"].append("real-estate")
    used = {g.variant for g in adlaw.data().groups.values()}
    assert used <= {v for rule in AD_RULES for v in variants[rule]}
    for rule, names in variants.items():
        for name in names:
            key = f"{rule}#{name}" if name else rule
            zh, en = messages.catalogue()[key]
            assert zh and en, key
            assert set(re.findall(r"{(\w+)}", zh)) == set(re.findall(r"{(\w+)}", en)), key
