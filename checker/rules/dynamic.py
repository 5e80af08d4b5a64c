"""Rules that exist only at run time, built from a repository's data (team rule packs).

The engine asks :func:`rules` for them after the repository is loaded; their ids are
``terms/<pack>/<rule>`` and their messages come from the pack itself.
"""

from __future__ import annotations

from checker.model.repository import Repository
from checker.rules.registry import Rule


def rules(repo: Repository) -> list[Rule]:
    """Rules compiled from the repository's ``kind: rulepack`` files."""
    if not repo.rulepacks:
        return []
    from checker.packs import terms

    return terms.compile_rules(repo)
