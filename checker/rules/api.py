"""What a rule's ``check`` function receives besides its document: the run's context."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from checker.config import Config
from checker.model.repository import Repository


class Context(NamedTuple):
    """The repository, configuration and settings of one run (read-only for rules)."""

    repo: Repository
    config: Config
    today: dt.date
    lang: str = "zh"
    active: frozenset[str] = frozenset()

    def option(self, rule_id: str, name: str, default: Any) -> Any:
        return self.config.option(rule_id, name, default)
