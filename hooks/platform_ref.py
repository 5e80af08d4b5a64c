"""Appendix E: the platform quick reference, from the checker's platform packs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hooks import company

PAGE = "appendix/e.md"


def platform_names(repo: Any) -> dict[str, str]:
    """Display names of the platforms (the packs' own names once the packs are loadable)."""
    return dict(company.PLATFORM_NAMES)


def load_packs(repo: Any) -> Any:
    """The platform packs, or None while the checker cannot load them yet."""
    return None


def render(packs: Any, today: dt.date) -> str:
    raise NotImplementedError
