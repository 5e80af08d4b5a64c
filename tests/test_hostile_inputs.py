"""Hostile inputs, generated at test time: each is a finding at its file and line, bounded in time
and memory, nothing is executed, and the rest of the run goes on."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import PROJECT, TODAY, example_repo

FRONT = "---\nplatform: weibo\naccount: weibo-official\nauthor: chen-jie\nstatus: draft\n---\n"
MARKER = "opscheck-pwned"


def _bomb(levels: int = 9) -> str:
    lines = ["kind: workflow", "version: 1", 'a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for index in range(1, levels):
        prev, name = chr(96 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def _corpus(root: Path) -> dict[str, tuple[str, int] | None]:
    """Write the hostile files; return path -> (expected rule, line) or None (must not crash)."""
    rng = random.Random(20261126)
    pwned = root / MARKER
    files: dict[str, tuple[bytes, tuple[str, int] | None]] = {
        "policies/bomb.yaml": (_bomb().encode(), ("input/unsafe-yaml", 1)),
        "policies/deep.yaml": (
            ("kind: workflow\nx: " + "[" * 5000 + "]" * 5000 + "\n").encode(),
            ("input/unsafe-yaml", 2),
        ),
        "policies/deep-block.yaml": (
            ("kind: workflow\n" + "".join(" " * i + f"k{i}:\n" for i in range(3000))).encode(),
            ("input/unsafe-yaml", None),
        ),
        "policies/python.yaml": (
            f"kind: workflow\nversion: 1\nx: !!python/object/apply:os.system ['touch {pwned}']\n".encode(),
            ("input/unsafe-yaml", 3),
        ),
        "policies/tag.yaml": (
            b"kind: workflow\nversion: 1\nx: !include /etc/passwd\n",
            ("input/unsafe-yaml", 3),
        ),
        "policies/empty.yaml": (b"", ("schema/unknown-kind", 1)),
        "policies/list.yaml": (b"- kind: workflow\n", ("schema/unknown-kind", 1)),
        "policies/utf16.yaml": ("kind: workflow\n".encode("utf-16"), ("input/encoding", 1)),
        "drafts/nul.md": ((FRONT + "正文\x00尾巴\n").encode(), ("input/encoding", 7)),
        "drafts/random.md": (
            bytes(rng.randrange(256) for _ in range(4096)),
            ("input/encoding", None),
        ),
        "drafts/huge.md": (b"", ("input/unsafe-yaml", 1)),
        "drafts/million.md": (
            (FRONT + ("Qinghe 2026,best price!" * 43_479)[:1_000_000] + "\n").encode(),
            None,
        ),
        "drafts/million-han.md": (
            (FRONT + "青禾" * 500_000 + "\n").encode(),
            ("input/unsafe-yaml", 1),
        ),
        "drafts/crlf.md": ((FRONT + "第一行\r\n第二行\r\n").replace("\n", "\r\n").encode(), None),
        "drafts/cr.md": ((FRONT + "第一行\n第二行\n").replace("\n", "\r").encode(), None),
        "drafts/mixed.md": ((FRONT + "第一行\r\n第二行\r第三行\n").encode(), None),
        "drafts/bom.md": (("\ufeff" + FRONT + "正文\n").encode(), None),
        "drafts/gb18030.md": ((FRONT + "正文\n").encode("gb18030"), ("input/encoding", None)),
        "drafts/empty.md": (b"", ("input/front-matter", 1)),
        "drafts/fm-list.md": (
            b"---\n- a\n- b\n---\n\xe6\xad\xa3\xe6\x96\x87\n",
            ("input/front-matter", 2),
        ),
        "drafts/fm-scalar.md": ("---\n就一句话\n---\n正文\n".encode(), ("input/front-matter", 2)),
        "drafts/fm-types.md": (
            b"---\nplatform: 12\naccount: [a]\nauthor: {x: 1}\nstatus: 2026-01-01\n"
            b"publish_at: 3\nimages: -4\nvideo_seconds: abc\ntags: 5\napprovals: x\n"
            b"sponsored: yes please\n---\nbody\n",
            ("schema/invalid", 2),
        ),
        "drafts/deep-md.md": (
            (FRONT + ">" * 20000 + " 引用\n\n" + "- " * 5000 + "列表\n").encode(),
            None,
        ),
        "drafts/unclosed.md": ((FRONT[:-4] + "正文\n").encode(), ("input/front-matter", 1)),
        "drafts/fm-bomb.md": (
            ("---\n" + _bomb().split("\n", 2)[2] + "---\n正文\n").encode(),
            ("input/unsafe-yaml", 2),
        ),
    }
    expected: dict[str, tuple[str, int] | None] = {}
    for name, (data, want) in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = want
    with open(root / "drafts/huge.md", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    os.mkfifo(root / "drafts/pipe.md")
    expected["drafts/pipe.md"] = ("input/unreadable", 1)
    return expected


def test_hostile_corpus(tmp_path: Path) -> None:
    root = example_repo(tmp_path / "repo")
    expected = _corpus(root)
    script = (
        "import resource, sys, runpy\n"
        f"sys.argv = ['opscheck', '--format', 'json', '--today', '{TODAY}']\n"
        "try:\n    runpy.run_module('checker', run_name='__main__')\n"
        "finally:\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        check=False,
    )
    elapsed = time.monotonic() - started
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 1, proc.stderr[-2000:]
    peak_kib = int(proc.stderr.strip().splitlines()[-1])
    assert peak_kib < 1024 * 1024, f"peak RSS {peak_kib} KiB"
    assert elapsed < 60, f"took {elapsed:.1f} s"
    assert not (root / MARKER).exists(), "a YAML tag was executed"
    report = json.loads(proc.stdout)
    by_path: dict[str, list[tuple[str, int]]] = {}
    for d in report["diagnostics"]:
        by_path.setdefault(d["path"], []).append((d["rule"], d["line"]))
        source = (root / d["path"]).read_bytes() if (root / d["path"]).is_file() else b""
        lines = source.count(b"\n") + source.count(b"\r") + 1 if source else 1
        assert 1 <= d["line"] <= max(lines, 1), d
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
    print(
        f"\nhostile corpus: {len(expected)} files, {elapsed:.2f} s, peak {peak_kib / 1024:.0f} MiB"
    )


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root can read a mode-000 file; the FIFO case covers unreadable input"
)
def test_permission_denied_is_a_finding(tmp_path: Path) -> None:
    from tests.helpers import check_json, write

    repo = write(tmp_path, {"policies/.keep": "", "drafts/a.md": FRONT + "正文\n"})
    (repo / "drafts/a.md").chmod(0)
    outcome = check_json(cwd=repo)
    assert outcome.rules() == ["input/unreadable"]
