"""Shared helpers: scratch repositories and running the real command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
TODAY = "2026-11-26"


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)

    def rules(self) -> list[str]:
        return [d["rule"] for d in self.json["diagnostics"]]


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create ``files`` (relative path -> text or bytes) under ``root``."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


def example_repo(root: Path) -> Path:
    """A copy of the example company's policies (and config) to check files against."""
    (root / "policies").mkdir(parents=True, exist_ok=True)
    if (PROJECT / "policies").is_dir():
        shutil.copytree(PROJECT / "policies", root / "policies", dirs_exist_ok=True)
    (root / "drafts").mkdir(exist_ok=True)
    (root / "opscheck.yaml").write_text("company_domains: [qinghe.example.cn]\n", encoding="utf-8")
    return root


def opscheck(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> Outcome:
    """Run ``python -m checker`` as a user would, in a separate process."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(PROJECT)
    full_env.pop("NO_COLOR", None)
    if env:
        full_env.update(env)
    proc = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
    )
    return Outcome(proc.returncode, proc.stdout, proc.stderr)


def check_json(*args: str, cwd: Path) -> Outcome:
    return opscheck("check", "--format", "json", "--today", TODAY, *args, cwd=cwd)
