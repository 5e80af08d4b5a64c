"""``--fix`` on a corpus of drafts: one run fixes everything fixable, a second run changes no byte,
encodings, line endings and modes survive, broken files and code are never touched, and
``--diff`` only shows what would change."""

from __future__ import annotations

import re
import shutil
import stat
from pathlib import Path

import pytest

from tests.helpers import PROJECT, check_json, example_repo, opscheck, write

CORPUS = PROJECT / "tests" / "fixtures" / "drafts" / "style"

#: A team pack with a fixable substitution, so rule-pack fixes go through the same loop.
PACK = """\
kind: rulepack
version: 1
id: roundtrip
source: 青禾品牌视觉与用语规范（2026 版）
reviewed_on: 2026-11-20
rules:
  - id: brand-name
    type: substitution
    message: 品牌名写作「{replacement}」，不写「{match}」。
    severity: error
    swap: {清禾: 青禾, 青禾APP: 青禾智家 App}
    case: insensitive
    match: substring
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = example_repo(tmp_path)
    write(root, {"policies/rulepack-roundtrip.yaml": PACK})
    drafts = root / "drafts" / "style"
    shutil.copytree(CORPUS, drafts)
    # CRLF with a byte-order mark, made from an LF fixture so no editor or git setting can
    # normalise it away.
    lf = (CORPUS / "xhs-launch.md").read_bytes()
    (drafts / "crlf-bom.md").write_bytes(b"\xef\xbb\xbf" + lf.replace(b"\n", b"\r\n"))
    (drafts / "crlf-bom.md").chmod(0o600)
    (drafts / "wechat-guide.md").chmod(0o664)
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "drafts" / "style").iterdir())}


def _fixable(root: Path) -> list[dict[str, object]]:
    """Fixable findings, except in files that --fix must not touch (an input/* problem)."""
    outcome = check_json("drafts/style", cwd=root)
    assert outcome.code in (0, 1), outcome.stderr
    diagnostics = outcome.json["diagnostics"]
    broken = {d["path"] for d in diagnostics if d["rule"].startswith("input/")}
    return [d for d in diagnostics if d.get("fix") and d["path"] not in broken]


def _code(text: str) -> list[str]:
    """Everything the fixes must never touch: fenced code, inline code, URLs, comments."""
    parts = re.findall(r"```.*?```", text, re.S)
    parts += re.findall(r"`[^`\n]+`", text)
    parts += re.findall(r"https?://[^\s)）]+", text)
    parts += re.findall(r"<!--.*?-->", text, re.S)
    parts += re.findall(r"\]\([^)]*\)", text)
    return parts


def test_one_fix_run_leaves_nothing_fixable_and_a_second_changes_no_byte(repo: Path) -> None:
    before = _snapshot(repo)
    assert len(_fixable(repo)) > 40
    first = opscheck("check", "--fix", "drafts/style", cwd=repo)
    assert first.code in (0, 1), first.stderr
    assert "Traceback" not in first.stderr
    after = _snapshot(repo)
    assert _fixable(repo) == []
    second = opscheck("check", "--fix", "drafts/style", cwd=repo)
    assert second.code in (0, 1)
    assert _snapshot(repo) == after
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"crlf-bom.md", "wechat-guide.md", "weibo-countdown.md", "xhs-launch.md"}


def test_fixes_produce_the_handbook_style(repo: Path) -> None:
    opscheck("check", "--fix", "drafts/style", cwd=repo)
    launch = (repo / "drafts/style/xhs-launch.md").read_text("utf-8")
    assert "title: 青禾智家 App 上线，远程预约更省心！\n" in launch
    assert "tags: [智能家居App, 秋冬OOTD]\n" in launch  # typography leaves hashtags alone
    assert "# 青禾智家 App 使用指南\n" in launch
    assert "下载青禾智家 App，连接 Wi-Fi 后就能远程预约煮饭。湿度保持在 50% 最舒服，" in launch
    assert "加湿器会自动调节！\n" in launch
    assert "小巧，安静，好清洁！这台破壁机（P1）的静音罩真的有用……滤网寿命约 3000 小时。" in launch
    assert "- 第 1 步：打开 App\n" in launch
    assert "- 第 3 步：选择“远程预约”\n" in launch
    assert "| P1 破壁机 | 1.5L |" in launch
    assert "乔布斯说过“Stay hungry, stay foolish.”这句话。晚上 20:00 直播，倍速 1.5 倍。" in launch
    guide = (repo / "drafts/style/wechat-guide.md").read_text("utf-8")
    assert 'title: "用 iPhone 远程控制青禾空气净化器"' in guide
    assert "summary: 三步搞定，iOS 和 Android 都支持" in guide
    assert "在 iOS 或 Android 手机上连接 Wi-Fi，App Store 里搜索" in guide
    assert "CADR 值是 500，PM2.5 降到 35 以下" in guide
    assert "室内 PM2.5 越低越好。" in guide
    assert "破壁机——厨房好帮手。还有更多功能……等你发现。" in guide
    assert "青禾空气净化器已经升级为青禾空气净化器，下载青禾智家 App 查看。" in guide
    weibo = (repo / "drafts/style/weibo-countdown.md").read_text("utf-8")
    assert "倒计时最后一天！你准备好了吗？\n" in weibo
    assert "焕新季，焕新家！！\n" in weibo  # suppressed with a reason
    assert "**加粗**English" in weibo  # split by markup: reported, never rewritten


def test_code_urls_comments_and_link_targets_are_never_touched(repo: Path) -> None:
    before = (repo / "drafts/style/xhs-launch.md").read_text("utf-8")
    opscheck("check", "--fix", "drafts/style", cwd=repo)
    after = (repo / "drafts/style/xhs-launch.md").read_text("utf-8")
    assert _code(before) and _code(after) == _code(before)


def test_crlf_bom_and_mode_are_kept(repo: Path) -> None:
    opscheck("check", "--fix", "drafts/style", cwd=repo)
    data = (repo / "drafts/style/crlf-bom.md").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lf = (repo / "drafts/style/xhs-launch.md").read_bytes()
    assert data == b"\xef\xbb\xbf" + lf.replace(b"\n", b"\r\n")  # same fixes as the LF twin
    assert stat.S_IMODE((repo / "drafts/style/crlf-bom.md").stat().st_mode) == 0o600
    assert stat.S_IMODE((repo / "drafts/style/wechat-guide.md").stat().st_mode) == 0o664
    leftovers = [p.name for p in (repo / "drafts/style").iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_file_with_an_input_problem_is_never_touched(repo: Path) -> None:
    before = (repo / "drafts/style/broken-front.md").read_bytes()
    outcome = opscheck("check", "--fix", "--format", "json", "drafts/style", cwd=repo)
    assert (repo / "drafts/style/broken-front.md").read_bytes() == before
    rules = {
        d["rule"] for d in outcome.json["diagnostics"] if d["path"].endswith("broken-front.md")
    }
    assert "input/duplicate-key" in rules


def test_diff_prints_the_change_and_writes_nothing(repo: Path) -> None:
    before = _snapshot(repo)
    outcome = opscheck("check", "--diff", "drafts/style", cwd=repo)
    assert outcome.code == 1
    assert _snapshot(repo) == before
    assert "--- a/drafts/style/xhs-launch.md\n+++ b/drafts/style/xhs-launch.md\n" in outcome.stdout
    assert "-下载青禾智家App,连接Wi-Fi后就能远程预约煮饭。" in outcome.stdout
    assert "+下载青禾智家 App，连接 Wi-Fi 后就能远程预约煮饭。" in outcome.stdout
    assert "broken-front.md" not in outcome.stdout.split("drafts/style/broken-front.md:")[0]
    assert "已自动修复" not in outcome.stdout
    assert "可以用 `opscheck --fix` 自动修复" in outcome.stdout


def test_the_fixed_count_counts_problems_not_edits(tmp_path: Path) -> None:
    root = example_repo(tmp_path)
    front = "---\nplatform: weibo\naccount: weibo-official\nauthor: chen-jie\nstatus: draft\n---\n"
    write(root, {"drafts/a.md": front + "#青禾焕新季# 买破壁机(送滤网)，真划算!\n"})
    outcome = opscheck("check", "--fix", "drafts/a.md", cwd=root)
    assert "已自动修复 2 处问题（1 个文件）" in outcome.stdout
    text = (root / "drafts/a.md").read_text("utf-8")
    assert text.endswith("#青禾焕新季# 买破壁机（送滤网），真划算！\n")


def test_a_failed_write_leaves_the_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rename fails (a read-only file system): one sentence, the file as it was, the
    findings of the file as it is, and nothing left beside it."""
    import datetime as dt
    import errno
    import os

    from checker.engine import fix
    from checker.engine.run import RunOptions, run

    root = example_repo(tmp_path)
    draft = root / "drafts" / "a.md"
    original = (
        "---\nplatform: weibo\naccount: weibo-official\nauthor: chen-jie\nstatus: draft\n---\n"
        "青禾iPhone伴侣上线了！！！\n"
    ).encode()
    draft.write_bytes(original)

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(fix.os, "replace", refuse)
    result = run(
        RunOptions(
            paths=["drafts/a.md"], cwd=root, fix=True, cache=False, today=dt.date(2026, 11, 26)
        )
    )
    assert draft.read_bytes() == original
    assert sorted(p.name for p in draft.parent.iterdir()) == ["a.md"]
    assert len(result.internal_errors) == 1
    sentence = result.internal_errors[0]
    assert "drafts/a.md" in sentence and os.strerror(errno.EROFS) in sentence
    assert "\n" not in sentence
    assert result.fixed == 0 and result.exit_code == 2
    rules = {f.rule for f in result.findings}
    assert {"style/cjk-spacing", "style/repeated-punctuation"} <= rules
