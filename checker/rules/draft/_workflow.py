"""What the workflow rules share: approvals read from the front matter, times, roles."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from checker.model.document import Draft
from checker.model.repository import Account
from checker.rules.api import Context

#: Statuses that claim the draft has been approved.
APPROVED_STATUSES = ("approved", "scheduled", "published")
#: Times written without a zone are read as Beijing time (the team's working zone, no DST).
DEFAULT_ZONE = dt.timezone(dt.timedelta(hours=8))


class Approval(NamedTuple):
    position: int  # in the front matter's approvals list
    role: str
    by: str
    at: dt.datetime | None


def to_datetime(value: Any) -> dt.datetime | None:
    """An aware datetime from a YAML timestamp or ISO text (None for dates and bad values)."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if not isinstance(value, dt.datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=DEFAULT_ZONE)


def same_person(a: str, b: str) -> bool:
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def approvals(draft: Draft) -> list[Approval]:
    """The draft's approval records that name a role or a person (malformed ones skipped)."""
    found = []
    raw = draft.get("approvals")
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(item, dict):
            continue
        role = item.get("role")
        by = item.get("by")
        found.append(
            Approval(
                index,
                role.strip() if isinstance(role, str) else "",
                by.strip() if isinstance(by, str) else "",
                to_datetime(item.get("at")),
            )
        )
    return found


def author(draft: Draft) -> str:
    value = draft.get("author")
    return value.strip() if isinstance(value, str) else ""


def has_matrix(ctx: Context) -> bool:
    """True when the repository has an account matrix to check drafts against."""
    return bool(ctx.repo.by_kind("platforms"))


def account_of(draft: Draft, ctx: Context) -> Account | None:
    value = draft.get("account")
    return ctx.repo.accounts.get(value) if isinstance(value, str) else None


def approval_span(draft: Draft, index: int, key: str) -> tuple[int, int]:
    """File offsets of ``approvals[index].key`` (or of the approval, or of ``approvals``)."""
    front = draft.front
    if front is not None:
        for path in (("approvals", index, key), ("approvals", index)):
            node = front.node_at(path)
            if node is not None:
                end = node.end
                newline = draft.source.text.find("\n", node.start, end)
                end = newline if newline > node.start else end
                return node.start, max(end, node.start + 1)
    return draft.field_span("approvals")


def role_names(ctx: Context, roles: list[str]) -> tuple[str, str]:
    """``内容主编（content-lead）、法务合规专员（legal-reviewer）`` and the English list."""
    zh = []
    for role_id in roles:
        role = ctx.repo.roles.get(role_id)
        zh.append(f"{role.title}（{role_id}）" if role is not None and role.title else role_id)
    return "、".join(zh), ", ".join(roles)


def show_time(value: dt.datetime, zone: dt.tzinfo | None) -> str:
    """``2026-11-30T20:00+08:00`` in the zone of the publishing time."""
    return value.astimezone(zone).isoformat(timespec="minutes")
