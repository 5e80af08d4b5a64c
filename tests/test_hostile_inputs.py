"""Hostile inputs, generated at test time: each is a finding at its file and line (or an exit-2
sentence for the run itself), bounded in time and memory, nothing is executed or read outside
the repository, no file content reaches the log unescaped, and the rest of the run goes on.

Timings and peak memory of the corpus run are printed (``pytest -s`` shows them).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from tests.helpers import PROJECT, TODAY, check_json, example_repo, opscheck, write

FRONT = "---\nplatform: weibo\naccount: weibo-official\nauthor: chen-jie\nstatus: draft\n---\n"
#: A draft on a platform that forbids diversion, sponsored and AI-generated: every draft rule
#: has something to look at.
FRONT_ALL = (
    "---\nplatform: xiaohongshu\naccount: xhs-official\ntitle: 标题\nauthor: zhang-wei\n"
    "status: approved\nrisk: low\nsponsored: true\nai_generated: true\n---\n"
)
MARKER = "opscheck-pwned"
#: The corpus repository reads files up to this size, so a line of a million Han characters
#: (3 MB) is checked; the "far over the limit" files are 50 MB.
CORPUS_LIMIT = 4 * 1024 * 1024
#: One unit of "everything at once": Chinese, English, digits, a phone number, an e-mail, URLs,
#: a hashtag, emphasis, code, a link, trigger words of every draft rule and punctuation.
MIXED = (
    "青禾 Qinghe 2026 年最佳第一，https://a.example.cn/p?q=1 13800138000 a.b@qq.com #话题 "
    "**粗体** `code` [链接](https://shop.example.cn) 加微信 qinghe2026 100%有效 鼻炎 ！！"
)


def _bomb(levels: int = 9) -> str:
    lines = ["kind: workflow", "version: 1", 'a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for index in range(1, levels):
        prev, name = chr(96 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def _line(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float


def _run(root: Path, *args: str) -> Run:
    """``opscheck ARGS`` in a fresh process; its own peak memory (VmHWM, not the parent's)."""
    script = (
        "import sys, runpy\n"
        f"sys.argv = ['opscheck', *{list(args)!r}]\n"
        "try:\n    runpy.run_module('checker', run_name='__main__')\n"
        "finally:\n"
        "    status = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
        "    print(status, file=sys.stderr)\n"
    )
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        check=False,
    )
    elapsed = time.monotonic() - started
    *rest, peak = proc.stderr.rstrip("\n").split("\n")
    return Run(proc.returncode, proc.stdout, "\n".join(rest), elapsed, int(peak) / 1024)


def _corpus(root: Path) -> dict[str, tuple[str, int | None] | None]:
    """Write the hostile files; return path -> (expected rule, line) or None (no input finding)."""
    rng = random.Random(20261126)
    pwned = root / MARKER
    deep_map = "kind: workflow\nx: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n"
    files: dict[str, tuple[bytes, tuple[str, int | None] | None]] = {
        # YAML that would run code, expand without bound or recurse
        "policies/bomb.yaml": (_bomb().encode(), ("input/unsafe-yaml", 1)),
        "policies/merge-bomb.yaml": (
            (_bomb(6) + "m:\n  <<: [" + ", ".join(["*f"] * 200) + "]\n").encode(),
            ("input/unsafe-yaml", 1),
        ),
        "policies/self-alias.yaml": (
            b"kind: workflow\nversion: 1\na: &a [1, *a]\n",
            ("input/unsafe-yaml", 3),
        ),
        "policies/deep.yaml": (
            ("kind: workflow\nx: " + "[" * 5000 + "]" * 5000 + "\n").encode(),
            ("input/unsafe-yaml", 2),
        ),
        "policies/deep-map.yaml": (deep_map.encode(), ("input/unsafe-yaml", 2)),
        "policies/deep-block.yaml": (
            ("kind: workflow\n" + "".join(" " * i + f"k{i}:\n" for i in range(3000))).encode(),
            ("input/unsafe-yaml", None),
        ),
        "policies/python.yaml": (
            f"kind: workflow\nversion: 1\nx: !!python/object/apply:os.system ['touch {pwned}']\n".encode(),
            ("input/unsafe-yaml", 3),
        ),
        "policies/python-new.yaml": (
            (
                "kind: workflow\nversion: 1\n"
                f"x: !!python/object/new:subprocess.check_output [[touch, '{pwned}']]\n"
            ).encode(),
            ("input/unsafe-yaml", 3),
        ),
        "policies/python-name.yaml": (
            b"kind: workflow\nversion: 1\nstatuses: !!python/name:os.system\n",
            ("input/unsafe-yaml", 3),
        ),
        "policies/python-long-tag.yaml": (
            f"kind: workflow\nversion: 1\nx: !<tag:yaml.org,2002:python/object/apply:os.system> ['touch {pwned}']\n".encode(),
            ("input/unsafe-yaml", 3),
        ),
        "policies/tag.yaml": (
            b"kind: workflow\nversion: 1\nx: !include /etc/passwd\n",
            ("input/unsafe-yaml", 3),
        ),
        "policies/binary-tag.yaml": (
            b"kind: workflow\nversion: 1\nx: !!binary aGVsbG8=\ny: !!set {a, b}\n",
            ("input/unsafe-yaml", 3),
        ),
        # bytes that are not UTF-8 text
        "policies/empty.yaml": (b"", ("schema/unknown-kind", 1)),
        "policies/list.yaml": (b"- kind: workflow\n", ("schema/unknown-kind", 1)),
        "policies/scalar.yaml": (b"just a sentence\n", ("schema/unknown-kind", 1)),
        "policies/utf16.yaml": ("kind: workflow\n".encode("utf-16"), ("input/encoding", 1)),
        "policies/utf16-nobom.yaml": (
            "kind: workflow\n".encode("utf-16-le"),
            ("input/encoding", 1),
        ),
        "policies/gb18030.yaml": (
            "kind: workflow\nversion: 1\n# 注释\n".encode("gb18030"),
            ("input/encoding", 3),
        ),
        "policies/nul.yaml": (b"kind: workflow\nversion: 1\nx: a\x00b\n", ("input/encoding", 3)),
        "policies/huge.yaml": (b"", ("input/unsafe-yaml", 1)),
        "policies/long-line.yaml": (
            ("kind: workflow\nversion: 1\nx: " + "长" * 1_000_000 + "\n").encode(),
            None,
        ),
        "policies/crlf.yaml": (b"kind: workflow\r\nversion: 1\r\nlead_time_hours: 24\r\n", None),
        "policies/cr.yaml": (b"kind: workflow\rversion: 1\rlead_time_hours: 24\r", None),
        "policies/bom.yaml": (b"\xef\xbb\xbfkind: workflow\nversion: 1\n", None),
        "policies/types.yaml": (
            b"kind: organization\nversion: 2026-01-01\nmodel: .inf\nroles: [{id: 12, headcount: .nan,"
            b" reports_to: [x], duties: {a: 1}}, 7, null]\nrequired_duties: 3\n",
            ("schema/invalid", 2),
        ),
        # drafts
        "drafts/nul.md": ((FRONT + "正文\x00尾巴\n").encode(), ("input/encoding", 7)),
        "drafts/random.md": (
            bytes(rng.randrange(256) for _ in range(4096)),
            ("input/encoding", None),
        ),
        "drafts/huge.md": (b"", ("input/unsafe-yaml", 1)),
        "drafts/million.md": (
            (FRONT + _line("Qinghe 2026,best price!", 1_000_000) + "\n").encode(),
            None,
        ),
        "drafts/million-han.md": ((FRONT + "青禾" * 500_000 + "\n").encode(), None),
        "drafts/million-mixed.md": ((FRONT_ALL + _line(MIXED, 1_000_000) + "\n").encode(), None),
        "drafts/crlf.md": ((FRONT + "第一行\r\n第二行\r\n").replace("\n", "\r\n").encode(), None),
        "drafts/cr.md": ((FRONT + "第一行\n第二行\n").replace("\n", "\r").encode(), None),
        "drafts/mixed.md": ((FRONT + "第一行\r\n第二行\r第三行\n").encode(), None),
        "drafts/bom.md": (("\ufeff" + FRONT + "正文\n").encode(), None),
        "drafts/bom-crlf.md": (("\ufeff" + FRONT + "正文\n").replace("\n", "\r\n").encode(), None),
        "drafts/gb18030.md": ((FRONT + "正文\n").encode("gb18030"), ("input/encoding", None)),
        "drafts/utf16.md": ((FRONT + "正文\n").encode("utf-16"), ("input/encoding", 1)),
        "drafts/empty.md": (b"", ("input/front-matter", 1)),
        "drafts/only-fence.md": (b"---", ("input/front-matter", 1)),
        "drafts/empty-front.md": (b"---\n---\n\xe6\xad\xa3\xe6\x96\x87\n", None),
        "drafts/fm-list.md": (
            b"---\n- a\n- b\n---\n\xe6\xad\xa3\xe6\x96\x87\n",
            ("input/front-matter", 2),
        ),
        "drafts/fm-scalar.md": ("---\n就一句话\n---\n正文\n".encode(), ("input/front-matter", 2)),
        "drafts/fm-number.md": (b"---\n42\n---\nbody\n", ("input/front-matter", 2)),
        "drafts/fm-date.md": (b"---\n2026-01-01\n---\nbody\n", ("input/front-matter", 2)),
        "drafts/fm-types.md": (
            b"---\nplatform: 12\naccount: [a]\nauthor: {x: 1}\nstatus: 2026-01-01\n"
            b"publish_at: 3\nimages: -4\nvideo_seconds: abc\ntags: 5\napprovals: x\n"
            b"sponsored: yes please\ntitle: .inf\nsummary: 1e999\nrisk: .nan\n---\nbody\n",
            ("schema/invalid", 2),
        ),
        "drafts/fm-python.md": (
            f"---\nplatform: !!python/object/apply:os.system ['touch {pwned}']\n---\n正文\n".encode(),
            ("input/unsafe-yaml", 2),
        ),
        "drafts/fm-bomb.md": (
            ("---\n" + _bomb().split("\n", 2)[2] + "---\n正文\n").encode(),
            ("input/unsafe-yaml", 2),
        ),
        "drafts/unclosed.md": ((FRONT[:-4] + "正文\n").encode(), ("input/front-matter", 1)),
        # Markdown built to make a parser recurse, backtrack or produce millions of pieces
        "drafts/deep-md.md": (
            (FRONT + ">" * 20000 + " 引用\n\n" + "- " * 5000 + "列表\n").encode(),
            None,
        ),
        "drafts/emphasis.md": ((FRONT + "*" * 10000 + "最好" + "*" * 10000 + "\n").encode(), None),
        "drafts/brackets.md": (
            (FRONT + "[" * 10000 + "最佳" + "](u)" * 10000 + "\n\n" + "[" * 10000 + "\n").encode(),
            None,
        ),
        "drafts/fence.md": ((FRONT + "```\n最佳 13800138000\n" * 3 + "~~~~\n").encode(), None),
        "drafts/headings.md": ((FRONT + "## 第一的标题\n" * 100_000).encode(), None),
        "drafts/links.md": ((FRONT + "[a](b) " * 100_000 + "\n").encode(), None),
        "drafts/comment.md": ((FRONT + "<!-- opscheck-disable " * 20000 + "\n").encode(), None),
        "drafts/directives.md": (
            (
                FRONT
                + "<!-- opscheck-disable-next-line ad-law/absolute-term: 奖项全称 -->\n最佳\n"
                * 5000
                + "<!-- opscheck-disable ad-law/*: 引用 -->\n最佳\n<!-- opscheck-enable ad-law/* -->\n"
                * 5000
            ).encode(),
            None,
        ),
        # names a shell or a parser could misread
        "drafts/with space 名字.md": ((FRONT + "正文\n").encode(), None),
        "drafts/-rf.md": ((FRONT + "正文\n").encode(), None),
        "drafts/--fix.md": ((FRONT + "最佳\n").encode(), None),
    }
    expected: dict[str, tuple[str, int | None] | None] = {}
    for name, (data, want) in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = want
    for name in ("drafts/huge.md", "policies/huge.yaml"):
        with open(root / name, "wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    os.mkfifo(root / "drafts/pipe.md")
    expected["drafts/pipe.md"] = ("input/unreadable", 1)
    (root / "drafts/passwd.md").symlink_to("/etc/passwd")
    expected["drafts/passwd.md"] = ("input/unreadable", 1)
    (root / "drafts/loop-a.md").symlink_to("loop-b.md")
    (root / "drafts/loop-b.md").symlink_to("loop-a.md")
    expected["drafts/loop-a.md"] = ("input/unreadable", 1)
    (root / "drafts/etc").symlink_to("/etc", target_is_directory=True)
    (root / "opscheck.yaml").write_text(
        f"company_domains: [qinghe.example.cn]\nmax_file_bytes: {CORPUS_LIMIT}\n", "utf-8"
    )
    return expected


def test_hostile_corpus(tmp_path: Path) -> None:
    root = example_repo(tmp_path / "repo")
    expected = _corpus(root)
    run = _run(root, "--format", "json", "--today", TODAY)
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.code == 1, run.stderr[-2000:]
    assert run.stderr == "", run.stderr[-2000:]  # no internal error: every input is a finding
    assert run.peak_mib < 1024, f"peak memory {run.peak_mib:.0f} MiB"
    assert run.seconds < 120, f"took {run.seconds:.1f} s"
    assert not (root / MARKER).exists(), "a YAML tag was executed"
    report = json.loads(run.stdout)
    by_path: dict[str, list[tuple[str, int]]] = {}
    line_counts: dict[str, int] = {}
    for d in report["diagnostics"]:
        by_path.setdefault(d["path"], []).append((d["rule"], d["line"]))
        assert not d["path"].startswith(("/", "..")), d
        if d["path"] not in line_counts:
            path = root / d["path"]
            source = path.read_bytes() if path.is_file() and path.stat().st_size < 2**24 else b""
            lines = source.count(b"\n") + source.count(b"\r") - source.count(b"\r\n") + 1
            line_counts[d["path"]] = max(lines, 1)
        assert 1 <= d["line"] <= line_counts[d["path"]], d
    assert not any("etc/" in path for path in by_path), "a folder outside was followed"
    for name, want in expected.items():
        if want is None:
            assert not any(rule.startswith("input/") for rule, _ in by_path.get(name, [])), (
                name,
                by_path.get(name),
            )
            continue
        rule, line = want
        hits = [ln for r, ln in by_path.get(name, []) if r == rule]
        assert hits, f"{name}: expected {rule}, got {by_path.get(name)}"
        if line is not None:
            assert line in hits, f"{name}: expected {rule} at line {line}, got {hits}"
    # Every file was checked, the broken ones did not hide the others: one draft's findings.
    assert ("ad-law/absolute-term", 7) in by_path["drafts/--fix.md"]
    assert report["summary"]["files"] >= len(expected)
    print(
        f"\nhostile corpus: {len(expected)} files, {run.seconds:.2f} s, "
        f"peak {run.peak_mib:.0f} MiB, {len(report['diagnostics'])} findings"
    )


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root can read a mode-000 file; the FIFO case covers unreadable input"
)
def test_permission_denied_is_a_finding(tmp_path: Path) -> None:
    repo = write(tmp_path, {"policies/.keep": "", "drafts/a.md": FRONT + "正文\n"})
    (repo / "drafts/a.md").chmod(0)
    outcome = check_json(cwd=repo)
    assert outcome.rules() == ["input/unreadable"]


# ------------------------------------------------------------------------------------------
# A long line through every rule: linear time, whatever the line is made of


#: Lines that once took quadratic time somewhere (a regex backtracking over a run, a lookup per
#: match over every URL, a rescan per finding of the whole line) and their relatives.
LONG_LINES: dict[str, Callable[[int], str]] = {
    "digits": lambda n: _line("1", n),
    "phone-run": lambda n: _line("13800138000", n),
    "first": lambda n: _line("第一 ", n),
    "best-url": lambda n: _line("最好 a.cn ", n),
    "title-marks": lambda n: _line("《最》最", n),
    "disease": lambda n: _line("鼻炎", n),
    "efficacy": lambda n: _line("1天见效", n),
    "double-tags": lambda n: _line("#话题#", n),
    "links": lambda n: _line("[a](b)", n),
    "images": lambda n: _line("![a](b)", n),
    "angles": lambda n: _line("<", n),
    "account": lambda n: _line("公众号：a ", n),
    "qr": lambda n: _line("扫码关注", n),
    "emails": lambda n: _line("a@b.", n),
    "mixed": lambda n: _line(MIXED, n),
    "wechat-spaces": lambda n: "微信" + " " * n + "号",
    "follow-tabs": lambda n: "关注" + "\t" * n + "抖音",
    "percent-spaces": lambda n: "100" + " " * n + "%",
    "rate-spaces": lambda n: "有效率" + " " * n + "达到" + " " * n,
    "ad-spaces": lambda n: "本文" + " " * n + "为" + " " * n,
    "ad-edge": lambda n: "广告" + " " * n + "x",
    "qq-spaces": lambda n: "QQ" + " " * n + "号" + " " * n,
    "open-comments": lambda n: _line("<!-- opscheck-disable ", n),
    "directives": lambda n: _line("<!-- opscheck-disable-next-line ad-law/*: 理由 -->\n最好\n", n),
}


@pytest.fixture(scope="module")
def draft_run(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The engine set up for one draft of the example repository (every draft rule active)."""
    from checker.engine import discovery
    from checker.engine.run import RunOptions, load_target

    root = example_repo(tmp_path_factory.mktemp("long") / "repo")
    (root / "drafts/a.md").write_text(FRONT_ALL + "正文\n", "utf-8")
    target = discovery.resolve([str(root / "drafts/a.md")], root)[0]
    options = RunOptions(
        paths=[str(root / "drafts/a.md")], cwd=root, today=dt.date.fromisoformat(TODAY)
    )
    return load_target(target, options)


def _timings(loaded: Any, text: str) -> dict[str, float]:
    """CPU seconds of parsing, of each rule, of the whole file check and of the text report."""
    from checker.engine.run import check_file
    from checker.input.text import SourceText
    from checker.model.document import load_draft
    from checker.reporters import Report, render

    path = loaded.files[0]
    times: dict[str, float] = {}
    draft = load_draft(path.abspath, path.path, 10**9, text=SourceText(text))
    started = time.process_time()
    draft.body  # noqa: B018 - parse once, timed on its own
    times["parse"] = time.process_time() - started
    for rule in loaded.rules:
        if rule.target not in ("file", "draft"):
            continue
        started = time.process_time()
        list(rule.check(draft, loaded.ctx))
        times[rule.id] = time.process_time() - started
    draft = load_draft(path.abspath, path.path, 10**9, text=SourceText(text))
    errors: list[str] = []
    started = time.process_time()
    findings = check_file(draft, loaded.rules, loaded.ctx, loaded.selection, errors)
    times["check_file"] = time.process_time() - started
    assert errors == []
    started = time.process_time()
    render("text", Report(findings, 1, sources={draft.path: draft.source}))
    times["text report"] = time.process_time() - started
    return times


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(LONG_LINES))
def test_a_long_line_costs_linear_time_in_every_rule(draft_run: Any, name: str) -> None:
    """Eight times the text may cost eight times the time (with slack for noise), not 64."""
    small, large = 8_000, 64_000
    gc.collect()
    gc.disable()
    try:
        before = _timings(draft_run, FRONT_ALL + LONG_LINES[name](small) + "\n")
        after = _timings(draft_run, FRONT_ALL + LONG_LINES[name](large) + "\n")
    finally:
        gc.enable()
    slow = {
        step: (round(before[step], 3), round(seconds, 3))
        for step, seconds in after.items()
        if seconds > 24 * before[step] + 0.3
    }
    assert not slow, f"{name}: super-linear steps (seconds at {small} and {large} chars): {slow}"


@pytest.mark.slow
def test_a_line_of_a_million_characters_goes_through_every_rule(draft_run: Any) -> None:
    """One line of a million mixed characters: every rule finishes, within a bounded time each."""
    text = FRONT_ALL + _line(MIXED, 1_000_000) + "\n"
    times = _timings(draft_run, text)
    assert len(times) > 30
    slowest = max(times.items(), key=lambda item: item[1])
    assert slowest[1] < 30, f"{slowest[0]} took {slowest[1]:.1f} s on a million characters"
    print(f"\nmillion-character line: {sum(times.values()):.1f} s CPU, slowest {slowest}")


# ------------------------------------------------------------------------------------------
# Big repositories


@pytest.mark.slow
def test_a_policy_with_50000_roles_and_a_draft_with_100000_links(tmp_path: Path) -> None:
    root = example_repo(tmp_path / "repo")
    roles = "".join(
        f"  - {{id: r{i}, title: 角色, reports_to: r{(i + 1) % 50_000}, headcount: 1, "
        f"duties: [d{i}, shared]}}\n"
        for i in range(50_000)
    )
    (root / "policies/organization.yaml").write_text(
        "kind: organization\nversion: 1\nmodel: hybrid\nroles:\n"
        + roles
        + "required_duties: [legal-review]\ntraining_plan: {cadence: monthly, topics: [a]}\n",
        "utf-8",
    )
    (root / "drafts/links.md").write_text(FRONT + "[最佳](https://a.cn/x) " * 100_000, "utf-8")
    (root / "opscheck.yaml").write_text("max_file_bytes: 8388608\n", "utf-8")
    run = _run(root, "--format", "json", "--today", TODAY)
    assert run.code == 1 and run.stderr == "", run.stderr[-2000:]
    report = json.loads(run.stdout)
    rules = {d["rule"] for d in report["diagnostics"]}
    assert {"org/reporting-cycle", "roles/duty-overlap", "roles/duty-gap"} <= rules
    assert not any(r.startswith("input/") for r in rules)
    # A message names a bounded number of roles, however many share a duty.
    assert max(len(d["message"]) for d in report["diagnostics"]) < 2000
    assert run.peak_mib < 1024, f"peak memory {run.peak_mib:.0f} MiB"
    print(f"\n50,000 roles and 100,000 links: {run.seconds:.1f} s, peak {run.peak_mib:.0f} MiB")


# ------------------------------------------------------------------------------------------
# What reaches the log


ESCAPES = "\x1b[2J\x1b[31m伪造\x07\r::error::假的注释\n\u202e反向\u2028"


def test_file_content_cannot_rewrite_the_text_report(tmp_path: Path) -> None:
    """ANSI escapes, CR, bells and bidi overrides from a file are shown, never sent raw."""
    root = example_repo(tmp_path / "repo")
    front = FRONT.replace("account: weibo-official", 'account: "weibo\\e[2J\\rofficial"')
    write(
        root,
        {
            "drafts/a.md": front + "最佳\x1b[31m的\x1b[0m选择 \u202e 13800138000\r\n",
            "drafts/b\x1b[2Jx.md": FRONT + "最佳\n",
            "policies/odd.yaml": 'kind: workflow\nversion: 1\n"k\\e[2J\\r\\u202ey": 1\n',
        },
    )
    outcome = opscheck("--today", TODAY, "--color", "never", cwd=root)
    assert outcome.code == 1, outcome.stderr
    for char in ("\x1b", "\x07", "\r", "\u202e", "\u2028"):
        assert char not in outcome.stdout, repr(char)
        assert char not in outcome.stderr, repr(char)
    assert "␛[31m" in outcome.stdout  # shown as a visible stand-in, on its own report line
    for line in outcome.stdout.splitlines():
        assert line.startswith(("drafts/", "policies/", "  ", "检查了", "其中")) or not line, line
    as_json = check_json(cwd=root)
    for d in as_json.json["diagnostics"]:
        assert not any(ord(c) < 32 or c in "\u202e\u2028" for c in d["message"]), d
    # The CI formats: annotations are log lines too; SARIF, GitLab and JSON escape in JSON;
    # JUnit stays well-formed XML.
    for name in ("github", "junit", "gitlab", "sarif"):
        report = opscheck("--today", TODAY, "--format", name, cwd=root)
        assert report.code == 1, report.stderr
        raw = [c for c in report.stdout if (ord(c) < 32 and c != "\n") or c in "\u202e\u2028"]
        assert not raw, (name, raw)
    junit = opscheck("--today", TODAY, "--format", "junit", cwd=root)
    ElementTree.fromstring(junit.stdout)


def test_escapes_in_a_diff_are_shown_not_sent(tmp_path: Path) -> None:
    root = example_repo(tmp_path / "repo")
    write(root, {"drafts/a.md": FRONT + "#话题 \x1b[2J好\n"})
    outcome = opscheck("--diff", "--today", TODAY, "drafts/a.md", cwd=root)
    assert "-#话题 ␛[2J好" in outcome.stdout  # the escape is shown as a picture
    assert "+#话题# ␛[2J" in outcome.stdout
    assert "\x1b" not in outcome.stdout and "\x1b" not in outcome.stderr


# ------------------------------------------------------------------------------------------
# A configuration changed in a pull request


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("opscheck.yaml", "x: " + "[" * 5000 + "]" * 5000 + "\n", "100"),
        ("opscheck.yaml", _bomb().split("\n", 2)[2], "opscheck.yaml"),
        ("opscheck.yaml", "select: !!python/object/apply:os.system ['true']\n", "python"),
        ("opscheck.yaml", "# " + "x" * 2_000_000 + "\n", "1048576"),
        ("opscheck.yaml", "- a\n- b\n", "opscheck.yaml"),
        ("opscheck.yaml", "max_goals: '5'\n", "max_goals"),
        ("opscheck.yaml", "max_file_bytes: 1000000000000000000000000000000\n", "max_file_bytes"),
        ("opscheck.yaml", "select: 5\n", "select"),
        ("opscheck.yaml", "per_path_ignores: [a]\n", "per_path_ignores"),
        ("opscheck.yaml", "options: {x: 1}\n", "options"),
        ("opscheck.yaml", "severity: {ad-law/*: fatal}\n", "severity"),
        ("opscheck.yaml", "policies: /etc\n", "policies"),
        ("opscheck.yaml", "drafts: ../../home\n", "drafts"),
        ("opscheck.yaml", "cache_dir: ../outside\n", "cache_dir"),
        ("opscheck.yaml", "\x1b[2Jkey: 1\n", "opscheck.yaml"),
        ("pyproject.toml", "[tool.opscheck]\nx = " + "[" * 5000 + "]" * 5000 + "\n", "pyproject"),
        ("pyproject.toml", "[tool.opscheck]\nfail_on = 3\n", "fail_on"),
        ("pyproject.toml", '[tool.opscheck]\n"\\u001b[2J" = 1\n', "␛"),
    ],
)
def test_a_hostile_configuration_is_one_sentence_and_exit_2(
    tmp_path: Path, name: str, content: str, needle: str
) -> None:
    root = example_repo(tmp_path / "repo")
    (root / "opscheck.yaml").unlink()
    (root / name).write_text(content, "utf-8")
    started = time.monotonic()
    outcome = opscheck("--today", TODAY, cwd=root, timeout=60)
    assert time.monotonic() - started < 30
    assert outcome.code == 2, (outcome.code, outcome.stdout[-500:], outcome.stderr[-500:])
    assert "Traceback" not in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1, outcome.stderr[-1000:]
    assert len(outcome.stderr) < 3000
    assert "\x1b" not in outcome.stderr
    assert needle in outcome.stderr, outcome.stderr
    assert "内部错误" not in outcome.stderr and "internal error" not in outcome.stderr


def test_a_folder_linked_outside_the_repository_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside", {"secret.yaml": "kind: workflow\npassword: hunter2\n"})
    root = tmp_path / "repo"
    root.mkdir()
    (root / "policies").symlink_to(outside, target_is_directory=True)
    (root / "opscheck.yaml").write_text("fail_on: error\n", "utf-8")
    outcome = opscheck("--today", TODAY, cwd=root)
    assert outcome.code == 2
    assert "hunter2" not in outcome.stdout + outcome.stderr
    assert "policies" in outcome.stderr and len(outcome.stderr.strip().splitlines()) == 1


# ------------------------------------------------------------------------------------------
# Paths a shell or an argument parser could misread


def test_paths_with_spaces_unicode_and_leading_dashes(tmp_path: Path) -> None:
    root = example_repo(tmp_path / "repo")
    names = ["drafts/with space.md", "drafts/名字 二.md", "drafts/-x.md", "drafts/--fix.md"]
    write(root, dict.fromkeys(names, FRONT + "最佳\n"))
    # As pre-commit passes them (relative, one argument each) and after `--` for a bare `-x.md`.
    outcome = check_json(*names, cwd=root)
    assert sorted({d["path"] for d in outcome.json["diagnostics"]}) == sorted(names)
    bare = opscheck("--format", "json", "--", "-x.md", "--fix.md", cwd=root / "drafts")
    assert bare.code == 1, bare.stderr
    assert sorted({d["path"] for d in json.loads(bare.stdout)["diagnostics"]}) == [
        "drafts/--fix.md",
        "drafts/-x.md",
    ]
    assert (root / "drafts/--fix.md").read_text("utf-8").endswith("最佳\n")  # not a --fix run


def test_cache_entries_committed_in_a_pull_request_are_never_read(tmp_path: Path) -> None:
    """A contributor who commits a cache folder saying "no findings" hides nothing: entries are
    named with a key made on the machine that wrote them, outside the repository."""
    root = example_repo(tmp_path / "repo")
    write(root, {"drafts/a.md": FRONT + "全网最佳的净化器\n"})
    contributor = {"XDG_CACHE_HOME": str(tmp_path / "contributor-home")}
    first = opscheck("--format", "json", "--today", TODAY, cwd=root, env=contributor)
    assert "ad-law/absolute-term" in first.stdout
    entries = [p for p in (root / ".opscheck-cache").rglob("*.json") if "config-" not in p.name]
    assert entries
    for entry in entries:  # forge: every stored result says the draft is clean
        document = json.loads(entry.read_text("utf-8"))
        for value in document.get("entries", {document.get("path"): document}).values():
            value["findings"] = []
        entry.write_text(json.dumps(document), "utf-8")
    forged = opscheck("--format", "json", "--today", TODAY, cwd=root, env=contributor)
    assert "ad-law/absolute-term" not in forged.stdout  # the forgery works on its own machine
    ci = {"XDG_CACHE_HOME": str(tmp_path / "ci-home")}
    checked = opscheck("--format", "json", "--today", TODAY, cwd=root, env=ci)
    assert checked.code == 1
    assert "ad-law/absolute-term" in checked.stdout
