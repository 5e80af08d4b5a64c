"""Team rule packs (``kind: rulepack``) compiled into ``terms/<pack>/<rule>`` rules."""

from __future__ import annotations

from checker.model.repository import Repository
from checker.rules.registry import Rule


def compile_rules(repo: Repository) -> list[Rule]:
    """One rule per entry of every rule pack in the repository."""
    return []
