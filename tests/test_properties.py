"""Property-based tests of the whole checker on generated drafts and policies.

Hypothesis writes random front matter, Markdown and YAML (built from the characters and words
that matter to the parsers and the rules: markup, line endings, CJK and full-width text,
banned terms, phone numbers, suppression comments) into a scratch repository of the example
company and runs the engine in process. For every input:

* the run ends without an exception or an internal error;
* every finding's position lies inside its file, and the text between its start and end is
  exactly the text it reports (``matched``);
* ``--fix`` changes nothing outside the spans its fixes named, keeps the BOM and line endings,
  and a second ``--fix`` changes no byte.

``OPSCHECK_PROPERTY_EXAMPLES`` sets how many inputs each property tries (default 60).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from checker.engine import fix as fixmod
from checker.engine.run import RunOptions, RunResult, run
from checker.findings import Finding
from checker.input.text import SourceText
from tests.helpers import example_repo

TODAY = dt.date(2026, 11, 26)
EXAMPLES = int(os.environ.get("OPSCHECK_PROPERTY_EXAMPLES", "60"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# ------------------------------------------------------------------------------------------
# Strategies

#: Words the rules react to (absolute terms, efficacy claims, contact details, labels, typography)
#: and words they must leave alone.
WORDS = [
    "青禾",
    "净化器",
    "最佳",
    "第一",
    "第一次",
    "国家级",
    "全网最低价",
    "ＮＯ．１",
    "100%有效",
    "无效退款",
    "加微信",
    "vx: qinghe2026",
    "V信",
    "QQ群 123456789",
    "13800138000",
    "+86 138 0013 8000",
    "400-800-1234",
    "110101199003074514",
    "6222021234567890128",
    "li@example.com",
    "广告",
    "【广告】",
    "优惠码 QH20",
    "AI生成",
    "#话题",
    "#话题#",
    "Wi-Fi",
    "iPhone",
    "wifi",
    "iphone",
    "微信 ",
    "青禾App",
    "好!",
    "真的?",
    "是吗,",
    "20元",
    "网络",
    "網路",
    "空气",
    "PM2.5",
    "42%",
    "第一季度",
    "！！！",
    "。。",
    "...",
    "，",
    "😀",
    "\u200b",
    "\u202e",
    "\x1b[2J",
]
MARKUP = [
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "*",
    "**",
    "_",
    "`",
    "```\n",
    "~~~\n",
    "[",
    "](",
    ")",
    "![",
    "https://qinghe.example.cn/a?b=1",
    "www.taobao.com",
    "# ",
    "## ",
    "- ",
    "1. ",
    "> ",
    "|",
    "<br>",
    "<!-- x -->",
    "<!-- opscheck-disable-next-line style/cjk-spacing: 产品名 -->\n",
    "<!-- opscheck-disable ad-law/absolute-term -->",
    "<!-- opscheck-enable ad-law/absolute-term -->",
    "\\",
    "&amp;",
    "$",
    "---\n",
]
PLATFORMS = [
    "wechat",
    "weixin_channels",
    "weibo",
    "douyin",
    "kuaishou",
    "xiaohongshu",
    "bilibili",
    "linkedin",
    "myspace",
]
ACCOUNTS = ["wechat-official", "weibo-official", "xhs-air", "douyin-kitchen", "nobody", ""]

body = st.lists(st.sampled_from(WORDS + MARKUP) | st.text(max_size=4), min_size=3, max_size=60).map(
    "".join
)
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(WORDS),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
)
value = st.recursive(
    scalar,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
structured_front = st.fixed_dictionaries(
    {},
    optional={
        "platform": st.sampled_from(PLATFORMS) | value,
        "account": st.sampled_from(ACCOUNTS) | value,
        "title": st.sampled_from(WORDS) | value,
        "summary": body | value,
        "tags": st.lists(st.sampled_from(WORDS), max_size=4) | value,
        "author": st.sampled_from(["chen-jie", "he-huan", "ghost"]) | value,
        "status": st.sampled_from(["draft", "review", "approved", "scheduled", "x"]) | value,
        "risk": st.sampled_from(["low", "medium", "high"]) | value,
        "sponsored": value,
        "ai_generated": value,
        "publish_at": value,
        "approvals": value,
        "evidence": value,
        "video_seconds": value,
    },
)
#: Front matter as YAML the generator did not have to get right: loose lines of YAML syntax.
YAML_BITS = [
    "a: ",
    "platform: ",
    "tags: ",
    "- ",
    "  ",
    "\n",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "&x ",
    "*x",
    "!!python/object:os.system ",
    "!foo ",
    "'",
    '"',
    "#",
    "? ",
    "|\n",
    ">-\n",
    "---\n",
    "...\n",
    "<<: *x",
    "\t",
]
raw_front = st.lists(st.sampled_from(YAML_BITS + WORDS) | st.text(max_size=3), max_size=30).map(
    "".join
)


#: Front matter the example company would accept, so the body rules run on the body.
VALID_FRONTS = [
    "platform: weibo\naccount: weibo-official\nauthor: chen-jie\npillar: brand\nstatus: draft\n"
    "risk: low\nsponsored: false\nai_generated: false\n",
    "platform: xiaohongshu\naccount: xhs-air\ntitle: 小户型净化器怎么选\nauthor: chen-jing\n"
    "pillar: product\nstatus: draft\nrisk: low\nsponsored: false\nai_generated: false\n"
    "tags: [空气净化器, 小户型]\n",
    "platform: wechat\naccount: wechat-official\ntitle: 换季清洁指南\nauthor: chen-jie\n"
    "pillar: service\nstatus: draft\nrisk: low\nsponsored: false\nai_generated: false\n",
]


@st.composite
def drafts(
    draw: st.DrawFn, fronts: tuple[str, ...] = ("valid", "structured", "raw", "none")
) -> str:
    """The text of a draft: front matter (valid, structured, raw, a list or none) and a body."""
    choice = draw(st.sampled_from(fronts))
    if choice == "valid":
        front = "---\n" + draw(st.sampled_from(VALID_FRONTS)) + "---\n"
    elif choice == "structured":
        data = draw(structured_front)
        try:
            head = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        except (yaml.YAMLError, ValueError):
            head = "platform: weibo\n"
        front = f"---\n{head}---\n"
    elif choice == "raw":
        front = f"---\n{draw(raw_front)}\n---\n"
    elif choice == "list":
        front = "---\n- platform\n- weibo\n---\n"
    else:
        front = ""
    text = front + draw(body)
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    if ending != "\n":
        text = text.replace("\r\n", "\n").replace("\n", ending)
    return text


POLICY_KINDS = ["strategy", "organization", "platforms", "workflow", "rulepack", "platform", "x"]
policies = st.builds(
    lambda kind, data, raw, use_raw: (
        raw if use_raw else yaml.safe_dump({"kind": kind, "version": 1, **data}, allow_unicode=True)
    ),
    st.sampled_from(POLICY_KINDS),
    st.dictionaries(
        st.sampled_from(
            ["goals", "roles", "accounts", "platforms", "tiers", "rules", "id", "owner", "name"]
        ),
        value,
        max_size=4,
    ),
    raw_front,
    st.booleans(),
)

# ------------------------------------------------------------------------------------------
# Helpers


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_repo(tmp_path_factory.mktemp("properties"))


def _check(root: Path, path: str, **options: object) -> RunResult:
    result = run(
        RunOptions(paths=[path], cwd=root, today=TODAY, cache=False, **options)  # type: ignore[arg-type]
    )
    assert result.internal_errors == [], result.internal_errors
    return result


def _write(path: Path, text: str, bom: bool) -> bytes:
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass")
    path.write_bytes(data)
    return data


def _span(source: SourceText, finding: Finding) -> tuple[int, int]:
    """The text offsets of a finding's start and end, checked to lie inside the file."""
    starts = source.line_starts
    offsets = []
    for line, column in ((finding.line, finding.column), (finding.end_line, finding.end_column)):
        assert 1 <= line <= len(starts), finding
        assert column >= 1, finding
        offset = starts[line - 1] + column - 1
        line_end = starts[line] if line < len(starts) else len(source.text)
        assert offset <= line_end, finding
        offsets.append(offset)
    assert offsets[0] <= offsets[1], finding
    return offsets[0], offsets[1]


def _assert_positions(result: RunResult, path: str, data: bytes) -> None:
    source = result.sources.get(path)
    if source is None:  # not decodable: positions are in the text as a reader's editor shows it
        body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        source = SourceText(body.decode("utf-8", "replace").replace("\x00", "\ufffd"))
    for finding in result.findings:
        assert finding.path == path
        start, end = _span(source, finding)
        if finding.matched:  # the report keeps the first 200 characters of long spans
            assert source.text[start:end][:200] == finding.matched, finding


def _fix_spans(result: RunResult) -> list[tuple[int, int]]:
    spans = [
        (edit.start, edit.end)
        for finding in result.findings
        if finding.fix is not None and finding.fix.safe
        for edit in finding.fix.edits
    ]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _only_spans_changed(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """True when ``after`` is ``before`` with (some of) ``spans`` replaced, nothing else."""
    gaps = []
    cursor = 0
    for start, end in spans:
        gaps.append(before[cursor:start])
        cursor = end
    gaps.append(before[cursor:])
    pattern = "(?:.*?)".join(re.escape(gap) for gap in gaps)
    return re.fullmatch(pattern, after, re.DOTALL) is not None


SAVED_PASSES = fixmod.MAX_PASSES


def _endings(text: str) -> set[str]:
    return set(re.findall(r"\r\n|\r|\n", text))


# ------------------------------------------------------------------------------------------
# Properties


@SETTINGS
@given(text=drafts(fronts=("valid", "structured", "raw", "none", "list")), bom=st.booleans())
def test_any_draft_is_checked_and_every_position_points_at_its_text(
    repo: Path, text: str, bom: bool
) -> None:
    data = _write(repo / "drafts" / "prop.md", text, bom)
    result = _check(repo, "drafts/prop.md")
    event("findings" if result.findings else "no finding")
    _assert_positions(result, "drafts/prop.md", data)


@SETTINGS
@given(text=policies)
def test_any_policy_is_checked_and_every_position_points_at_its_text(repo: Path, text: str) -> None:
    target = repo / "policies" / "zz-prop.yaml"
    data = _write(target, text, False)
    try:
        result = _check(repo, "policies/zz-prop.yaml")
    finally:
        target.unlink()
    _assert_positions(result, "policies/zz-prop.yaml", data)


@SETTINGS
@given(text=drafts(fronts=("valid", "valid", "valid", "structured", "list")), bom=st.booleans())
def test_fix_changes_only_what_its_fixes_name_and_is_idempotent(
    repo: Path, text: str, bom: bool
) -> None:
    path = repo / "drafts" / "prop-fix.md"
    original = _write(path, text, bom)
    try:
        fixmod.MAX_PASSES = 1  # one pass per run: each pass is held to the spans it was given
        _fix_pass_by_pass(repo, path)
    finally:
        fixmod.MAX_PASSES = SAVED_PASSES
    settled = path.read_bytes()
    _check(repo, "drafts/prop-fix.md", fix=True)
    assert path.read_bytes() == settled, "a second --fix changed the file"
    event("fixed" if original != settled else "nothing to fix")
    if original == settled:
        return
    # Whatever was fixed, the fixed file has no fixable finding left.
    again = _check(repo, "drafts/prop-fix.md")
    assert not [f for f in again.findings if f.fix is not None and f.fix.safe]


def _fix_pass_by_pass(repo: Path, path: Path) -> None:
    for _ in range(12):
        before = path.read_bytes()
        checked = _check(repo, "drafts/prop-fix.md")
        broken = any(f.rule.startswith("input/") for f in checked.findings)
        _check(repo, "drafts/prop-fix.md", fix=True)
        after = path.read_bytes()
        if after == before:
            break
        assert not broken, "a file with an input/* finding was rewritten"
        source = checked.sources["drafts/prop-fix.md"]
        decoded = after[3:] if source.bom else after
        assert after.startswith(b"\xef\xbb\xbf") == source.bom
        new_text = decoded.decode("utf-8")
        assert _only_spans_changed(source.text, new_text, _fix_spans(checked)), (
            source.text,
            new_text,
        )
        # No line ending the file did not use before (a fix that adds a line uses the file's).
        assert not _endings(source.text) or _endings(new_text) <= _endings(source.text)
    else:
        pytest.fail("--fix kept changing the file")
