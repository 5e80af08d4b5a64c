"""Session set-up shared by every test."""

from __future__ import annotations

import compileall

import pytest

from tests.helpers import PROJECT


@pytest.fixture(scope="session", autouse=True)
def _compiled_package() -> None:
    """Write the package's bytecode once, so the many opscheck subprocesses start quickly even
    where PYTHONDONTWRITEBYTECODE is set (then no process would ever write it)."""
    compileall.compile_dir(str(PROJECT / "checker"), quiet=1)
