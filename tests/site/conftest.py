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


def _env(**env: str) -> dict[str, str]:
    full_env = dict(os.environ)
    full_env.update({"NO_MKDOCS_2_WARNING": "1", "OPSCHECK_TODAY": TODAY, **env})
    return full_env


def _command(config: Path, site: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)]


def build(config: Path, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` as ``make site`` does."""
    return subprocess.run(
        _command(config, site),
        check=False,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env=_env(**env),
        timeout=300,
    )


@pytest.fixture(scope="session")
def _builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    """Both variants, built side by side (two processes): the site and the offline zip."""
    root = tmp_path_factory.mktemp("builds")
    variants = {
        "site": (PROJECT / "mkdocs.yml", root / "site", {}),
        "offline": (PROJECT / "mkdocs-offline.yml", root / "site-offline", {"OFFLINE": "true"}),
    }
    started = time.perf_counter()
    running = {
        name: subprocess.Popen(
            _command(config, site),
            cwd=PROJECT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(**env),
        )
        for name, (config, site, env) in variants.items()
    }
    done = {}
    for name, proc in running.items():
        _, log = proc.communicate(timeout=300)
        if proc.returncode != 0:
            for other in running.values():
                other.kill()
            pytest.fail(f"mkdocs build --strict ({name}) failed:\n{log[-6000:]}")
        done[name] = Built(variants[name][1], time.perf_counter() - started, log)
    return done


@pytest.fixture(scope="session")
def built_site(_builds: dict[str, Built]) -> Built:
    return _builds["site"]


@pytest.fixture(scope="session")
def offline_site(_builds: dict[str, Built]) -> Built:
    """The zip variant (``make site-zip``): offline plugin, no instant loading."""
    return _builds["offline"]
