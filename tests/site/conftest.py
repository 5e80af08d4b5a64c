"""The handbook site, built once per test session with the real ``mkdocs build --strict``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import PROJECT, TODAY


@dataclass(frozen=True)
class Built:
    """A finished strict build: where it is and how long it took."""

    site: Path
    seconds: float
    log: str


def build(config: Path, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` as ``make site`` does."""
    full_env = dict(os.environ)
    full_env.update({"NO_MKDOCS_2_WARNING": "1", "OPSCHECK_TODAY": TODAY, **env})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        check=False,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    site = tmp_path_factory.mktemp("site") / "site"
    started = time.perf_counter()
    proc = build(PROJECT / "mkdocs.yml", site)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{proc.stderr[-6000:]}")
    return Built(site, seconds, proc.stderr)
