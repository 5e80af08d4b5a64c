"""The repository as one object: every policy loaded, every cross-reference resolvable.

Views (roles, accounts, goals ...) are built leniently from whatever the policy files hold, so a
rule can look things up even when a file has schema errors; each view keeps the document and the
data path it came from, so a finding can point at the exact line that names it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.model.document import PolicyDoc

if TYPE_CHECKING:
    from checker.config import Config

KINDS = ("strategy", "organization", "platforms", "workflow", "rulepack", "platform")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [item for item in _items(value) if isinstance(item, str)]


@dataclass(frozen=True)
class Where:
    """A place in a policy file: the document and the data path of a node."""

    doc: PolicyDoc
    path: tuple[str | int, ...]

    def span(self, *more: str | int) -> tuple[int, int]:
        return self.doc.span(self.path + more)


@dataclass(frozen=True)
class Role:
    id: str
    title: str
    reports_to: str | None
    headcount: int | None
    duties: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class Positioning:
    id: str
    type: str
    supports: str
    where: Where


@dataclass(frozen=True)
class Goal:
    id: str
    data: dict[str, Any]
    where: Where

    @property
    def status(self) -> str:
        return _text(self.data.get("status")) or "active"

    @property
    def deadline(self) -> dt.date | None:
        value = self.data.get("deadline")
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return None
        return None


@dataclass(frozen=True)
class PlatformChoice:
    platform: str
    tier: str
    selection: dict[str, Any]
    rationale: str
    where: Where


@dataclass(frozen=True)
class Account:
    id: str
    platform: str
    type: str
    name: str
    positioning: str
    owner: str
    verified: bool
    approval: tuple[str, ...]
    where: Where


@dataclass(frozen=True)
class Workflow:
    pillars: tuple[str, ...]
    statuses: tuple[str, ...]
    approval_tiers: dict[str, tuple[str, ...]]
    lead_time_hours: float | None
    reply_sla_hours: float | None
    where: Where


@dataclass
class Repository:
    """All policies of one repository root, with resolved views over them."""

    root: Path | None
    config: Config
    policies: list[PolicyDoc] = field(default_factory=list)

    def by_kind(self, kind: str) -> list[PolicyDoc]:
        return [doc for doc in self.policies if doc.kind == kind]

    def _entries(self, kind: str, key: str) -> Iterator[tuple[PolicyDoc, int, dict[str, Any]]]:
        for doc in self.by_kind(kind):
            for index, item in enumerate(_items(doc.data.get(key))):
                if isinstance(item, dict):
                    yield doc, index, item

    @cached_property
    def roles(self) -> dict[str, Role]:
        found: dict[str, Role] = {}
        for doc, index, item in self._entries("organization", "roles"):
            role_id = _text(item.get("id"))
            if not role_id or role_id in found:
                continue
            headcount = item.get("headcount")
            found[role_id] = Role(
                id=role_id,
                title=_text(item.get("title")),
                reports_to=item.get("reports_to")
                if isinstance(item.get("reports_to"), str)
                else None,
                headcount=headcount
                if isinstance(headcount, int) and not isinstance(headcount, bool)
                else None,
                duties=tuple(_strings(item.get("duties"))),
                where=Where(doc, ("roles", index)),
            )
        return found

    @cached_property
    def positionings(self) -> dict[str, Positioning]:
        found: dict[str, Positioning] = {}
        for doc, index, item in self._entries("strategy", "positionings"):
            pid = _text(item.get("id"))
            if pid and pid not in found:
                found[pid] = Positioning(
                    pid,
                    _text(item.get("type")),
                    _text(item.get("supports")),
                    Where(doc, ("positionings", index)),
                )
        return found

    @cached_property
    def goals(self) -> list[Goal]:
        return [
            Goal(_text(item.get("id")), item, Where(doc, ("goals", index)))
            for doc, index, item in self._entries("strategy", "goals")
        ]

    @cached_property
    def platform_choices(self) -> dict[str, PlatformChoice]:
        found: dict[str, PlatformChoice] = {}
        for doc, index, item in self._entries("platforms", "platforms"):
            name = _text(item.get("platform"))
            if name and name not in found:
                selection = item.get("selection")
                found[name] = PlatformChoice(
                    name,
                    _text(item.get("tier")),
                    selection if isinstance(selection, dict) else {},
                    _text(item.get("rationale")),
                    Where(doc, ("platforms", index)),
                )
        return found

    @cached_property
    def accounts(self) -> dict[str, Account]:
        found: dict[str, Account] = {}
        for doc, index, item in self._entries("platforms", "accounts"):
            account_id = _text(item.get("id"))
            if not account_id or account_id in found:
                continue
            found[account_id] = Account(
                id=account_id,
                platform=_text(item.get("platform")),
                type=_text(item.get("type")),
                name=_text(item.get("name")),
                positioning=_text(item.get("positioning")),
                owner=_text(item.get("owner")),
                verified=item.get("verified") is True,
                approval=tuple(_strings(item.get("approval"))),
                where=Where(doc, ("accounts", index)),
            )
        return found

    @cached_property
    def workflow(self) -> Workflow | None:
        docs = self.by_kind("workflow")
        if not docs:
            return None
        doc = docs[0]
        data = doc.data
        tiers_raw = data.get("approval_tiers")
        tiers = {
            str(level): tuple(_strings(roles))
            for level, roles in (tiers_raw.items() if isinstance(tiers_raw, dict) else [])
        }
        pillars = tuple(
            _text(item.get("id")) if isinstance(item, dict) else _text(item)
            for item in _items(data.get("pillars"))
        )

        def hours(key: str) -> float | None:
            value = data.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return float(value)
            return None

        return Workflow(
            pillars=tuple(p for p in pillars if p),
            statuses=tuple(_strings(data.get("statuses"))),
            approval_tiers=tiers,
            lead_time_hours=hours("lead_time_hours"),
            reply_sla_hours=hours("reply_sla_hours"),
            where=Where(doc, ()),
        )

    @property
    def rulepacks(self) -> list[PolicyDoc]:
        return self.by_kind("rulepack")

    @property
    def platform_overrides(self) -> list[PolicyDoc]:
        return self.by_kind("platform")
