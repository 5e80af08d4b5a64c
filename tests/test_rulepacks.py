"""Team rule packs: the six rule types, matching options, filters, examples, time-limited
patterns, and a cost that does not grow with the number of terms."""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

import pytest

from checker.config import Config
from checker.findings import Problem
from checker.input.text import SourceText
from checker.model.document import Draft, PolicyDoc, load_draft, load_policy
from checker.model.repository import Repository
from checker.packs import terms
from checker.rules import registry
from checker.rules.api import Context
from tests.helpers import check_json, opscheck, write

HEAD = "kind: rulepack\nversion: 1\nid: brand\nsource: 品牌用语规范\nreviewed_on: 2026-11-20\n"
WEIBO = "---\nplatform: weibo\naccount: weibo-official\nauthor: chen-jie\nstatus: draft\n"


def _pack(rules: str, head: str = HEAD) -> PolicyDoc:
    text = head + "rules:\n" + rules
    return load_policy(Path("policies/brand.yaml"), "policies/brand.yaml", text=SourceText(text))


def _draft(body: str, front: str = "", head: str = WEIBO) -> Draft:
    text = head + front + "---\n" + body
    return load_draft(Path("drafts/x.md"), "drafts/x.md", text=SourceText(text))


def run(
    rules: str, body: str, front: str = "", head: str = WEIBO, pack_head: str = HEAD
) -> dict[str, list[tuple[str, Problem]]]:
    """rule id -> (text the problem points at, problem), for one draft."""
    doc = _pack(rules, pack_head)
    repo = Repository(None, Config())
    repo.policies.append(doc)
    draft = _draft(body, front, head)
    engine = terms.Engine(terms.specs(doc))
    out: dict[str, list[tuple[str, Problem]]] = {}
    for spec, problems in zip(engine.specs, engine.problems(draft, repo), strict=True):
        for problem in problems:
            text = draft.source.text[problem.start : problem.end]
            out.setdefault(spec.id, []).append((text, problem))
    return out


def matched(rules: str, body: str, **kwargs: str) -> list[str]:
    return [text for found in run(rules, body, **kwargs).values() for text, _ in found]


EXISTENCE = """\
  - id: banned
    type: existence
    message: 不用「{match}」
    tokens: [黑科技, 闭眼入, OK]
    case: insensitive
    match: substring
"""


def test_existence_reports_every_token_at_its_place() -> None:
    found = run(EXISTENCE, "这台是厨房黑科技，闭眼入！\n")["banned"]
    assert [text for text, _ in found] == ["黑科技", "闭眼入"]


def test_normalised_matching_width_zero_width_and_case() -> None:
    body = "厨房黑\u200b科技，ｏｋ，Ok\n"
    assert matched(EXISTENCE, body) == ["黑\u200b科技", "ｏｋ", "Ok"]


def test_case_sensitive_and_word_matching() -> None:
    rules = """\
  - id: app
    type: existence
    message: 「{match}」
    tokens: [APP]
    case: sensitive
    match: word
"""
    assert matched(rules, "青禾APP 和 app 和 APPLE 和 WhatsAPP 和 APP5\n") == ["APP"]


def test_never_inside_code_urls_or_link_targets() -> None:
    body = (
        "`黑科技` 见 https://qinghe.example.cn/黑科技 和 [链接](https://x.cn/闭眼入)\n\n"
        "```\n黑科技\n```\n<!-- 黑科技 -->\n"
    )
    assert matched(EXISTENCE, body) == []


def test_a_token_that_is_itself_a_domain_is_found_in_urls() -> None:
    rules = """\
  - id: shops
    type: existence
    message: 不要放「{match}」
    tokens: [taobao.com]
    case: insensitive
    match: substring
"""
    assert matched(rules, "去 https://item.taobao.com/x 看看\n") == ["taobao.com"]


SUBSTITUTION = """\
  - id: names
    type: substitution
    message: 写「{replacement}」，不写「{match}」
    severity: error
    swap:
      清禾: 青禾
      青禾APP: 青禾智家 App
      App: 青禾智家 App
    case: insensitive
    match: substring
"""


def test_substitution_fixes_and_keeps_the_right_spelling() -> None:
    found = run(SUBSTITUTION, "清禾新品，下载青禾app，或者青禾智家 App。\n")["names"]
    assert [text for text, _ in found] == ["清禾", "青禾app"]
    assert [p.fix.replacement for _, p in found if p.fix] == ["青禾", "青禾智家 App"]
    assert [dict(p.args) for _, p in found][1] == {
        "match": "青禾app",
        "replacement": "青禾智家 App",
    }


def test_longest_entry_wins_within_a_rule_but_rules_never_hide_each_other() -> None:
    rules = (
        EXISTENCE
        + """\
  - id: tech
    type: existence
    message: 「{match}」
    tokens: [科技, 厨房黑科技]
    case: insensitive
    match: substring
"""
    )
    found = run(rules, "这是厨房黑科技。\n")
    assert [t for t, _ in found["banned"]] == ["黑科技"]
    assert [t for t, _ in found["tech"]] == ["厨房黑科技"]


OCCURRENCE = """\
  - id: brand-count
    type: occurrence
    message: 「{match}」出现太多
    tokens: [青禾]
    max: 2
    scopes: [title, body]
    case: sensitive
    match: substring
  - id: mention-once
    type: occurrence
    message: 至少提一次「{match}」
    tokens: [焕新季]
    min: 1
    case: sensitive
    match: substring
"""


def test_occurrence_counts_per_scope() -> None:
    front = "title: 青禾青禾青禾\n"
    found = run(OCCURRENCE, "青禾，青禾。焕新季\n", front=front)
    ((text, problem),) = found["brand-count"]
    assert text == "青禾" and problem.variant == "max" and problem.args["scope"] == "title"
    assert problem.args["count"] == 3
    assert "mention-once" not in found


def test_occurrence_minimum_over_the_whole_draft() -> None:
    found = run(OCCURRENCE, "今晚八点直播。\n")
    ((text, problem),) = found["mention-once"]
    assert problem.variant == "min" and problem.args["count"] == 0
    assert text == "今晚八点直播。"


REQUIRED = """\
  - id: hashtag
    type: required
    message: 带上话题 {match}
    tokens: ["#青禾焕新季#"]
    platforms: [weibo]
    accounts: [weibo-official]
    scopes: [title, body]
    case: sensitive
    match: substring
"""


def test_required_token_missing_is_reported_on_the_first_line_of_the_body() -> None:
    ((text, problem),) = run(REQUIRED, "今晚八点，新品直播见。\n第二行\n")["hashtag"]
    assert text == "今晚八点，新品直播见。"
    assert problem.args["match"] == "#青禾焕新季#"


def test_required_token_present_or_rule_not_for_this_platform_or_account() -> None:
    assert run(REQUIRED, "#青禾焕新季# 今晚八点见。\n") == {}
    xhs = "---\nplatform: xiaohongshu\naccount: xhs-official\nauthor: a\nstatus: draft\n"
    assert run(REQUIRED, "今晚八点见。\n", head=xhs) == {}
    other = WEIBO.replace("weibo-official", "weibo-south")
    assert run(REQUIRED, "今晚八点见。\n", head=other) == {}


def test_required_token_only_in_an_excluded_scope_does_not_count() -> None:
    found = run(REQUIRED, "今晚八点见。\n", front="tags: ['#青禾焕新季#']\n")
    assert "hashtag" in found


CONDITIONAL = """\
  - id: coupon-terms
    type: conditional
    message: 写了「{match}」就要写明{replacement}
    if: [优惠券, 满减]
    then: [使用规则, 活动规则]
    case: insensitive
    match: substring
"""


def test_conditional_needs_the_then_part() -> None:
    ((text, problem),) = run(CONDITIONAL, "下单领优惠券，满减叠加。\n")["coupon-terms"]
    assert text == "优惠券"
    assert problem.args["replacement"] == "使用规则、活动规则"
    assert run(CONDITIONAL, "下单领优惠券，使用规则见活动页。\n") == {}
    assert run(CONDITIONAL, "今晚八点直播。\n") == {}


PATTERN = """\
  - id: price
    type: pattern
    message: 不要承诺「{match}」
    pattern: "(全网|史上)(最低|最便宜)价?"
    scopes: [body]
    case: insensitive
    match: substring
"""


def test_pattern_matches_normalised_text_and_respects_scopes() -> None:
    body = "双十一全网最低价！史上最便宜\n"
    assert matched(PATTERN, body, front="title: 全网最低价\n") == ["全网最低价", "史上最便宜"]


def test_traditional_folding_only_when_the_pack_asks_for_it() -> None:
    rules = EXISTENCE.replace("[黑科技, 闭眼入, OK]", "[电饭煲]")
    body = "青禾電飯煲和电饭煲\n"
    assert matched(rules, body) == ["电饭煲"]
    folding = HEAD + "traditional: true\n"
    assert matched(rules, body, pack_head=folding) == ["電飯煲", "电饭煲"]
    pattern = PATTERN.replace("(全网|史上)(最低|最便宜)价?", "全网最低").replace(
        "    scopes: [body]\n", ""
    )
    assert matched(pattern, "全網最低\n", pack_head=folding) == ["全網最低"]


def test_traditional_table_is_one_to_one_and_names_its_source() -> None:
    table = terms.traditional_table()
    assert table["電"] == "电" and table["飯"] == "饭" and table["網"] == "网"
    assert all(len(k) == 1 and len(v) == 1 for k, v in table.items())
    assert len(table) > 3000
    from importlib import resources

    head = resources.files("checker.data.terms").joinpath("t2s.txt").read_text("utf-8")[:600]
    assert "OpenCC" in head and "Apache License 2.0" in head


# --- time limits ---------------------------------------------------------------------------------

CATASTROPHIC = """\
  - id: runaway
    type: pattern
    message: 「{match}」
    pattern: "(a|aa)+$"
    case: sensitive
    match: substring
"""


def test_a_catastrophic_pattern_cannot_hang_a_draft_check() -> None:
    started = time.perf_counter()
    found = run(CATASTROPHIC, "a" * 5000 + "!\n\n" + "a" * 5000 + "!\n")["runaway"]
    assert time.perf_counter() - started < 5
    ((text, problem),) = found  # one timeout, then the pattern is off for this process
    assert problem.variant == "timeout" and text.startswith("aaaa")


def test_nested_quantifier_a_plus_plus_finishes_in_time_on_hostile_text() -> None:
    rules = CATASTROPHIC.replace("(a|aa)+$", "(a+)+$")
    started = time.perf_counter()
    run(rules, "a" * 20000 + "!\n")
    terms.check_pattern("(a+)+$", True)
    assert time.perf_counter() - started < 5


# --- through the command line ---------------------------------------------------------------------

PACK = HEAD + "rules:\n" + EXISTENCE + SUBSTITUTION + REQUIRED


def _repo(tmp_path: Path, pack: str = PACK, drafts: dict[str, str] | None = None) -> Path:
    files = {"policies/brand.yaml": pack, "opscheck.yaml": "company_domains: [qinghe.example.cn]\n"}
    files.update(drafts or {})
    return write(tmp_path, files)


def test_pack_rules_run_under_their_own_ids_with_the_pack_severity(tmp_path: Path) -> None:
    root = _repo(tmp_path, drafts={"drafts/a.md": WEIBO + "---\n清禾新品，厨房黑科技。\n"})
    outcome = check_json("drafts/a.md", cwd=root)
    pack = {d["rule"]: d for d in outcome.json["diagnostics"] if d["rule"].startswith("terms/")}
    assert set(pack) == {"terms/brand/banned", "terms/brand/names", "terms/brand/hashtag"}
    assert pack["terms/brand/names"]["severity"] == "error"
    assert pack["terms/brand/names"]["message"] == "写「青禾」，不写「清禾」"
    assert pack["terms/brand/names"]["fix"]["replacement"] == "青禾"
    assert pack["terms/brand/banned"]["severity"] == "warning"
    assert (pack["terms/brand/banned"]["line"], pack["terms/brand/banned"]["column"]) == (7, 8)
    selected = check_json("--select", "terms/brand/banned", "drafts/a.md", cwd=root)
    assert selected.rules() == ["terms/brand/banned"]
    ignored = check_json("--ignore", "terms/brand/*", "drafts/a.md", cwd=root)
    assert not [r for r in ignored.rules() if r.startswith("terms/")]


def test_pack_substitution_is_fixed_by_fix(tmp_path: Path) -> None:
    root = _repo(
        tmp_path, drafts={"drafts/a.md": WEIBO + "---\n#青禾焕新季# 清禾新品，下载青禾APP。\n"}
    )
    assert opscheck("check", "--fix", "drafts/a.md", cwd=root).code in (0, 1)
    text = (root / "drafts/a.md").read_text("utf-8")
    assert text.endswith("#青禾焕新季# 青禾新品，下载青禾智家 App。\n")


# --- rules/example-failed and rules/bad-pattern ---------------------------------------------------

EXAMPLES = """\
  - id: app-name
    type: substitution
    message: 写「{replacement}」
    swap:
      青禾APP: 青禾智家 App
    case: sensitive
    match: substring
    examples:
      fail: [用青禾APP预约, 打开青禾app查看]
      pass: [用青禾智家 App 预约, 青禾APP不该在这里]
  - id: every-type-behaves
    type: required
    message: 带上 {match}
    tokens: ["#青禾焕新季#"]
    case: sensitive
    match: substring
    examples:
      fail: [今晚八点见]
      pass: ["#青禾焕新季# 今晚八点见"]
"""


def test_examples_are_verified_when_the_pack_loads(tmp_path: Path) -> None:
    root = _repo(tmp_path, pack=HEAD + "rules:\n" + EXAMPLES)
    outcome = check_json("policies/brand.yaml", cwd=root)
    failed = [d for d in outcome.json["diagnostics"] if d["rule"] == "rules/example-failed"]
    lines = (root / "policies/brand.yaml").read_text("utf-8").splitlines()
    assert [(lines[d["line"] - 1].strip(), d["message"]) for d in failed] == [
        (
            "fail: [用青禾APP预约, 打开青禾app查看]",
            "规则包 brand 的规则 app-name（substitution）没有报告应当报告的例句「打开青禾app查看」；"
            "请检查词语、大小写（case）、匹配方式（match）和检查范围（scopes），或改正这句例句。",
        ),
        (
            "pass: [用青禾智家 App 预约, 青禾APP不该在这里]",
            "规则包 brand 的规则 app-name（substitution）报告了不应报告的例句「青禾APP不该在这里」"
            "（命中「青禾APP」）；请收窄规则，或把这句例句移到 fail 里。",
        ),
    ]
    assert failed[0]["column"] == 24  # the example itself, not the start of the list


EXAMPLE_TEXTS = {
    "banned": ("这是黑科技", "这是新科技"),
    "names": ("清禾新品", "青禾智家 App 新品"),
    "brand-count": ("青禾青禾青禾", "青禾青禾"),
    "mention-once": ("今晚见", "焕新季今晚见"),
    "hashtag": ("今晚见", "#青禾焕新季# 今晚见"),
    "coupon-terms": ("领优惠券", "领优惠券，使用规则见下"),
    "price": ("全网最低价", "到手价 399 元"),
}


def _with_examples(rules: str, swapped: bool) -> PolicyDoc:
    lines = []
    for line in rules.splitlines():
        lines.append(line)
        if line.startswith("  - id: "):
            fail, passing = EXAMPLE_TEXTS[line.split(": ", 1)[1]]
            if swapped:
                fail, passing = passing, fail
            lines.append(f"    examples: {{fail: ['{fail}'], pass: ['{passing}']}}")
    return _pack("\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "rules",
    [EXISTENCE, SUBSTITUTION, OCCURRENCE, REQUIRED, CONDITIONAL, PATTERN],
    ids=["existence", "substitution", "occurrence", "required", "conditional", "pattern"],
)
def test_examples_of_every_type_are_run_as_the_rule_runs(rules: str) -> None:
    rule = registry.load("rules/example-failed")
    cfg = Config()
    for swapped in (False, True):
        doc = _with_examples(rules, swapped)
        repo = Repository(None, cfg)
        repo.policies.append(doc)
        problems = list(rule.check(doc, Context(repo, cfg, dt.date(2026, 11, 26))))
        if not swapped:
            assert problems == []
        else:
            count = rules.count("  - id: ")
            assert sorted(p.variant for p in problems) == ["fail"] * count + ["pass"] * count


BAD = (
    """\
  - id: unclosed
    type: pattern
    message: 「{match}」
    pattern: "(全网|史上)(最低"
    case: insensitive
    match: substring
  - id: empty
    type: pattern
    message: 「{match}」
    pattern: "(青禾)?"
    case: insensitive
    match: substring
  - id: fine
    type: pattern
    message: 「{match}」
    pattern: "全网最低价?"
    case: insensitive
    match: substring
"""
    + CATASTROPHIC
)


def test_bad_patterns_are_reported_on_the_pattern_line(tmp_path: Path) -> None:
    root = _repo(tmp_path, pack=HEAD + "rules:\n" + BAD)
    started = time.perf_counter()
    outcome = check_json("policies/brand.yaml", cwd=root)
    assert time.perf_counter() - started < 20
    bad = [d for d in outcome.json["diagnostics"] if d["rule"] == "rules/bad-pattern"]
    lines = (root / "policies/brand.yaml").read_text("utf-8").splitlines()
    assert [lines[d["line"] - 1].strip() for d in bad] == [
        'pattern: "(全网|史上)(最低"',
        'pattern: "(青禾)?"',
        'pattern: "(a|aa)+$"',
    ]
    assert "无法编译" in bad[0]["message"]
    assert "空文字" in bad[1]["message"]
    assert "0.1 秒" in bad[2]["message"] and "(a|aa)+" in bad[2]["message"]
    assert all(d["severity"] == "error" for d in bad)


def test_a_pack_that_does_not_compile_still_lets_other_rules_run(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        pack=HEAD + "rules:\n" + BAD + EXISTENCE,
        drafts={"drafts/a.md": WEIBO + "---\n全网最低价的黑科技\n"},
    )
    outcome = check_json("drafts/a.md", cwd=root)
    pack_rules = sorted(r for r in outcome.rules() if r.startswith("terms/"))
    assert pack_rules == ["terms/brand/banned", "terms/brand/fine"]


# --- cost does not grow with the number of terms ----------------------------------------------

COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
BRAND = ["青禾", "破壁机", "空气炸锅", "加湿器", "App", "Wi-Fi", "iPhone", "5000 元", "20:00"]


def _drafts(count: int, rnd: random.Random) -> list[str]:
    """Generated marketing drafts, about 2 KB each, a tenth of them with banned words."""
    out = []
    for number in range(count):
        paragraphs = []
        for _ in range(rnd.randint(6, 12)):
            sentences = []
            for _ in range(rnd.randint(2, 5)):
                words = [rnd.choice(COMMON) + rnd.choice(COMMON) for _ in range(rnd.randint(6, 14))]
                words.insert(rnd.randrange(len(words)), rnd.choice(BRAND))
                sentences.append("".join(words) + rnd.choice("，。！？"))
            paragraphs.append("".join(sentences))
        if number % 10 == 0:
            paragraphs.append("这台是厨房黑科技，闭眼入。清禾新品。")
        out.append(WEIBO + f"title: 新品 {number}\n---\n" + "\n\n".join(paragraphs) + "\n")
    return out


def _generated_pack(size: int, rnd: random.Random) -> str:
    """A pack of ``size`` terms that look like real entries (Han words, Latin brand names)."""
    rare = [chr(c) for c in range(0x5A00, 0x5F00)]
    words: set[str] = set()
    while len(words) < size:
        if rnd.random() < 0.8:
            words.add("".join(rnd.choice(rare) for _ in range(rnd.randint(2, 4))))
        else:
            words.add("".join(rnd.choice("bcdfghjklmnpqrstvwxz") for _ in range(rnd.randint(5, 9))))
    listed = sorted(words)
    half = size // 2
    lines = [HEAD + "rules:"]
    lines += ["  - id: banned", "    type: existence", "    message: 不用「{match}」"]
    lines += ["    case: insensitive", "    match: substring", "    tokens:"]
    lines += [f"      - {t}" for t in ["黑科技", "闭眼入", *listed[:half]]]
    lines += ["  - id: names", "    type: substitution", "    message: 写「{replacement}」"]
    lines += ["    case: insensitive", "    match: word", "    swap:", "      清禾: 青禾"]
    lines += [f"      {t}: {t}x" for t in listed[half:]]
    return "\n".join(lines) + "\n"


def test_ten_thousand_terms_cost_about_what_three_hundred_cost(tmp_path: Path) -> None:
    rnd = random.Random(2026)
    texts = _drafts(1000, rnd)
    drafts = [
        load_draft(Path(f"d{i}.md"), f"drafts/d{i}.md", text=SourceText(t))
        for i, t in enumerate(texts)
    ]
    for draft in drafts:
        draft.segments()  # parse once: the measurement is the packs' own cost
    engines = {}
    for size in (300, 10_000):
        doc = load_policy(
            tmp_path / "p.yaml", "policies/p.yaml", text=SourceText(_generated_pack(size, rnd))
        )
        repo = Repository(None, Config())
        repo.policies.append(doc)
        started = time.perf_counter()
        engines[size] = (terms.Engine(terms.specs(doc)), repo, time.perf_counter() - started)
    best = {300: float("inf"), 10_000: float("inf")}
    counts = {}
    for _ in range(3):
        for size, (engine, repo, _) in engines.items():
            engine._cache.clear()
            started = time.perf_counter()
            counts[size] = sum(len(p) for d in drafts for p in engine.problems(d, repo))
            best[size] = min(best[size], time.perf_counter() - started)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    print(
        f"\n1000 drafts, {megabytes:.1f} MB: "
        + "; ".join(
            f"{size} terms: compile {engines[size][2]:.3f} s, scan {best[size]:.3f} s, "
            f"{counts[size]} findings"
            for size in best
        )
    )
    assert counts[300] == counts[10_000] == 300  # the same 300 real hits in both packs
    assert best[10_000] < 1.6 * best[300] + 0.05


def test_match_positions_stay_exact_in_long_mixed_text() -> None:
    rules = EXISTENCE.replace("[黑科技, 闭眼入, OK]", "[黑科技, OK, 𠮷野家]")
    unit = "青禾ＯＫ，黑科技 and 𠮷野家 ok! "
    body = unit * 2000 + "\n"
    found = matched(rules, body)
    assert len(found) == 4 * 2000
    assert set(found) == {"ＯＫ", "黑科技", "𠮷野家", "ok"}
