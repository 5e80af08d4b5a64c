"""The pre-commit hooks, run by the real ``pre-commit`` tool from another repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import PROJECT, example_repo, write

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

pytestmark = [pytest.mark.slow]


def test_git_is_installed() -> None:
    """make test installs git (system-deps); without it the hook test below cannot run."""
    assert shutil.which("git"), "git is missing: run `make system-deps` (installs Debian's git)"


# A draft that breaks the advertising law: an absolute claim (Advertising Law art. 9(3)).
VIOLATION = """---
platform: xiaohongshu
account: xhs-official
title: 新款破壁机上市
author: zhang-wei
pillar: product
status: draft
risk: low
---
全网最佳的破壁机，早餐豆浆十分钟就好。
"""
VIOLATION_RULE = "ad-law/absolute-term"
CLEAN = """---
platform: weibo
account: weibo-official
title: 今晚八点直播预告
author: chen-jie
pillar: campaign
status: draft
risk: low
sponsored: false
---
今晚八点，青禾焕新季直播见。
"""


def git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600
    )


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("pre-commit-home")
    values = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GIT_", "PRE_COMMIT", "PYTHONPATH", "VIRTUAL_ENV"))
    }
    values.update(
        PRE_COMMIT_HOME=str(home / "cache"),
        HOME=str(home),
        GIT_AUTHOR_NAME="测试",
        GIT_AUTHOR_EMAIL="test@qinghe.example.cn",
        GIT_COMMITTER_NAME="测试",
        GIT_COMMITTER_EMAIL="test@qinghe.example.cn",
        GIT_CONFIG_NOSYSTEM="1",
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{values.get('PATH', '')}",
    )
    return values


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """A git copy of this working tree (tracked and new files) with one commit."""
    target = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=PROJECT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source = PROJECT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git("init", "-q", cwd=target, env=env)
    git("add", "-A", cwd=target, env=env)
    assert git("commit", "-q", "-m", "hook", cwd=target, env=env).returncode == 0
    sha = git("rev-parse", "HEAD", cwd=target, env=env).stdout.strip()
    return target, sha


@pytest.fixture(params=["opscheck"])
def hook(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def scratch(
    tmp_path: Path, env: dict[str, str], hook_repo: tuple[Path, str], hook: str
) -> Iterator[Path]:
    repo_path, sha = hook_repo
    root = example_repo(tmp_path / "team")
    write(
        root,
        {
            ".pre-commit-config.yaml": (
                "repos:\n"
                f"  - repo: {repo_path.as_posix()}\n"
                f"    rev: {sha}\n"
                "    hooks:\n"
                f"      - id: {hook}\n"
            ),
            "README.md": "# 青禾社交媒体运营\n",
        },
    )
    git("init", "-q", cwd=root, env=env)
    git("add", "-A", cwd=root, env=env)
    assert git("commit", "-q", "-m", "start", "--no-verify", cwd=root, env=env).returncode == 0
    install = subprocess.run(
        [str(PRE_COMMIT), "install"], cwd=root, env=env, capture_output=True, text=True, check=False
    )
    assert install.returncode == 0, install.stdout + install.stderr
    yield root


def commit(root: Path, env: dict[str, str], name: str, text: str) -> tuple[bool, str]:
    write(root, {name: text})
    git("add", name, cwd=root, env=env)
    before = git("rev-parse", "HEAD", cwd=root, env=env).stdout
    done = git("commit", "-m", f"add {name}", cwd=root, env=env)
    after = git("rev-parse", "HEAD", cwd=root, env=env).stdout
    return after != before, done.stdout + done.stderr


@pytest.mark.parametrize("hook", ["opscheck", "opscheck-fix"], indirect=True)
def test_violation_blocks_the_commit_and_a_clean_draft_passes(
    scratch: Path, env: dict[str, str]
) -> None:
    committed, output = commit(scratch, env, "drafts/2026-12/new-blender.md", VIOLATION)
    assert not committed, output
    assert "opscheck" in output and "Failed" in output
    assert "(policies and drafts)" in output
    assert f"drafts/2026-12/new-blender.md:10:1: error {VIOLATION_RULE}" in output, output
    assert "全网最佳" in output
    git("reset", "-q", "HEAD", "drafts/2026-12/new-blender.md", cwd=scratch, env=env)
    (scratch / "drafts/2026-12/new-blender.md").unlink()

    committed, output = commit(scratch, env, "drafts/2026-12/live.md", CLEAN)
    assert committed, output
    assert "Passed" in output


def test_files_outside_policies_and_drafts_are_not_checked(
    scratch: Path, env: dict[str, str]
) -> None:
    committed, output = commit(scratch, env, "docs/notes.md", "随手记：最佳方案待定。\n")
    assert committed, output
    assert "no files to check" in output.lower() or "Skipped" in output
