"""The repository as one object: every policy loaded, every cross-reference resolvable.

Views (roles, accounts, goals ...) are built leniently from whatever the policy files hold, so a
rule can look things up even when a file has schema errors; each view keeps the document and the
data path it came from, so a finding can point at the exact line that names it.

Cross-references (a goal's positioning and owner, an account's platform, owner and approvers, a
role's ``reports_to``, the roles of the workflow's approval tiers) are listed once in
:attr:`Repository.references` and resolved by :meth:`Repository.resolve`; a reference that
resolves to nothing is *dangling* and the rule that owns that kind of reference reports it on the
line that names it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from checker.model.document import PolicyDoc

if TYPE_CHECKING:
    from checker.config import Config

KINDS = ("strategy", "organization", "platforms", "workflow", "rulepack", "platform")

#: The five core principles of handbook section 1.3 (fixed ids).
CORE_PRINCIPLES = (
    "user_oriented",
    "value_delivery",
    "authenticity",
    "continuous_innovation",
    "data_driven",
)

#: Other ways teams name the standard departments (compared after :func:`department_key`,
#: which also drops suffixes such as 部, 中心, _department and _team).
DEPARTMENT_ALIASES = {
    "marketing": ("市场", "市场营销", "营销", "品牌市场", "mkt"),
    "sales": ("销售", "电商", "渠道销售", "销售与电商", "ecommerce", "e_commerce"),
    "product": ("产品", "产品管理", "product_management", "pm"),
    "customer_service": (
        "客服",
        "客户服务",
        "售后",
        "售后服务",
        "客户体验",
        "customer_support",
        "customer_care",
        "customer_success",
        "support",
        "service",
        "cs",
    ),
    "pr": ("公关", "品牌公关", "公共关系", "public_relations", "communications", "comms"),
    "legal": ("法务", "法律", "法务合规", "legal_affairs"),
    "hr": ("人力资源", "人事", "human_resources", "people"),
    "finance": ("财务", "财务管理"),
}
_DEPARTMENT_SUFFIXES = ("部门", "部", "中心", "团队", "组", "_department", "_dept", "_team")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    """The strings of a list; a lone string counts as a list of one (a common slip)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [item for item in _items(value) if isinstance(item, str)]


def _word(value: Any) -> str:
    """An enum-like value compared leniently: ``Core`` and `` core `` mean ``core``."""
    return _text(value).strip().casefold()


def _yes(value: Any) -> bool:
    """True for ``true``, and for the text ``"true"``, ``"yes"`` or ``"是"`` (a quoted slip)."""
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().casefold() in ("true", "yes", "是", "已认证")


def _count(value: Any) -> int | None:
    """A headcount: an integer, or a string or float holding one."""
    found = number(value)
    return int(found) if found is not None and found == int(found) else None


def department_key(name: str) -> str:
    """A department name in canonical form: ``客服部`` -> customer_service."""
    key = unicodedata.normalize("NFKC", name).strip().casefold()
    key = re.sub(r"[\s\-]+", "_", key)
    candidates = [key]
    for suffix in _DEPARTMENT_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            candidates.append(key[: -len(suffix)].rstrip("_"))
    for candidate in candidates:
        for canonical, aliases in DEPARTMENT_ALIASES.items():
            if candidate == canonical or candidate in aliases:
                return canonical
    return key


def number(value: Any) -> float | None:
    """A number from a YAML value, leniently: ``2000``, ``2.5``, ``"2,000"``, ``"18%"``.

    Infinity and NaN (``.inf``, ``.nan``, ``1e999``) and integers too large for a float are no
    numbers: nothing a policy counts or measures is infinite.
    """
    if isinstance(value, bool):
        return None
    found: float | None = None
    if isinstance(value, (int, float)):
        try:
            found = float(value)
        except OverflowError:
            return None
    elif isinstance(value, str):
        cleaned = unicodedata.normalize("NFKC", value).strip().replace(",", "").rstrip("%").strip()
        try:
            found = float(cleaned)
        except ValueError:
            return None
    return found if found is not None and math.isfinite(found) else None


def as_date(value: Any) -> dt.date | None:
    """A date from a YAML value (YAML dates, ISO strings); None when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


class Where(NamedTuple):
    """A place in a policy file: the document and the data path of a node."""

    doc: PolicyDoc
    path: tuple[str | int, ...]

    def span(self, *more: str | int) -> tuple[int, int]:
        return self.doc.span(self.path + more)

    def key_span(self, *more: str | int) -> tuple[int, int]:
        return self.doc.key_span(self.path + more)

    def has(self, *more: str | int) -> bool:
        """True when the node at ``path + more`` exists in the file."""
        yaml = self.doc.yaml
        return yaml is not None and yaml.node_at(self.path + more) is not None


class Role(NamedTuple):
    id: str
    title: str
    reports_to: str | None
    headcount: int | None
    duties: tuple[str, ...]
    where: Where


class Positioning(NamedTuple):
    id: str
    type: str
    supports: str
    where: Where


class Goal(NamedTuple):
    id: str
    data: dict[str, Any]
    where: Where

    @property
    def status(self) -> str:
        return _word(self.data.get("status")) or "active"

    @property
    def active(self) -> bool:
        return self.status == "active"

    @property
    def deadline(self) -> dt.date | None:
        return as_date(self.data.get("deadline"))

    @property
    def statement(self) -> str:
        return _text(self.data.get("statement")).strip()

    @property
    def positioning(self) -> str:
        return _text(self.data.get("positioning")).strip()

    @property
    def metric(self) -> str:
        return _text(self.data.get("metric")).strip()

    @property
    def unit(self) -> str:
        return _text(self.data.get("unit")).strip()

    @property
    def owner(self) -> str:
        return _text(self.data.get("owner")).strip()

    @property
    def baseline(self) -> float | None:
        return number(self.data.get("baseline"))

    @property
    def target(self) -> float | None:
        return number(self.data.get("target"))

    @property
    def stakeholders(self) -> tuple[str, ...]:
        value = self.data.get("stakeholders")
        if isinstance(value, str):
            value = [value]
        return tuple(s.strip() for s in _strings(value) if s.strip())


class Principle(NamedTuple):
    id: str
    practices: tuple[str, ...]
    where: Where


class PlatformChoice(NamedTuple):
    platform: str
    tier: str
    selection: dict[str, Any]
    rationale: str
    where: Where


class Account(NamedTuple):
    id: str
    platform: str
    type: str
    name: str
    positioning: str
    owner: str
    verified: bool
    approval: tuple[str, ...]
    where: Where


class Collaboration(NamedTuple):
    department: str
    mechanism: str
    cadence: str
    where: Where

    @property
    def key(self) -> str:
        return department_key(self.department)


class Workflow(NamedTuple):
    pillars: tuple[str, ...]
    statuses: tuple[str, ...]
    approval_tiers: dict[str, tuple[str, ...]]
    lead_time_hours: float | None
    reply_sla_hours: float | None
    where: Where


class Reference(NamedTuple):
    """One place where a policy names something defined elsewhere.

    ``source`` says what names it (``reports_to``, ``goal.owner``, ``goal.positioning``,
    ``account.owner``, ``account.approval``, ``account.platform``, ``platforms.platform``,
    ``approval_tier``, ``rulepack.platform``), ``target`` what it must name (``role``,
    ``positioning``, ``platform``), and ``where`` is the node holding the id.
    """

    source: str
    target: str
    value: str
    where: Where


class Repository:
    """All policies of one repository root, with resolved views over them."""

    def __init__(
        self, root: Path | None, config: Config, policies: list[PolicyDoc] | None = None
    ) -> None:
        self.root = root
        self.config = config
        self.policies: list[PolicyDoc] = [] if policies is None else policies

    def __repr__(self) -> str:
        return f"Repository(root={self.root!r}, policies={len(self.policies)})"

    def by_kind(self, kind: str) -> list[PolicyDoc]:
        return [doc for doc in self.policies if doc.kind == kind]

    def holder(self, kind: str, key: str) -> PolicyDoc | None:
        """The document of ``kind`` that holds top-level ``key`` (else the first of that kind).

        Repository-wide findings ("no training plan") are reported on this document.
        """
        docs = self.by_kind(kind)
        for doc in docs:
            if key in doc.data:
                return doc
        return docs[0] if docs else None

    def entries(self, kind: str, key: str) -> Iterator[tuple[PolicyDoc, int, dict[str, Any]]]:
        """Every mapping in the top-level list ``key`` of every document of ``kind``."""
        for doc in self.by_kind(kind):
            for index, item in enumerate(_items(doc.data.get(key))):
                if isinstance(item, dict):
                    yield doc, index, item

    # -- organization -------------------------------------------------------------------------

    @cached_property
    def all_roles(self) -> list[Role]:
        """Every role entry in file order, duplicates included."""
        found: list[Role] = []
        for doc, index, item in self.entries("organization", "roles"):
            role_id = _text(item.get("id")).strip()
            if not role_id:
                continue
            reports_to = item.get("reports_to")
            found.append(
                Role(
                    id=role_id,
                    title=_text(item.get("title")),
                    reports_to=reports_to.strip()
                    if isinstance(reports_to, str) and reports_to.strip()
                    else None,
                    headcount=_count(item.get("headcount")),
                    duties=tuple(_strings(item.get("duties"))),
                    where=Where(doc, ("roles", index)),
                )
            )
        return found

    @cached_property
    def roles(self) -> dict[str, Role]:
        """Roles by id (the first entry wins when an id repeats)."""
        found: dict[str, Role] = {}
        for role in self.all_roles:
            found.setdefault(role.id, role)
        return found

    @cached_property
    def required_duties(self) -> list[tuple[str, Where | None]]:
        """Required duties: the organization's list, then any the configuration adds."""
        found: list[tuple[str, Where | None]] = []
        seen: set[str] = set()
        for doc in self.by_kind("organization"):
            for index, duty in enumerate(_items(doc.data.get("required_duties"))):
                if isinstance(duty, str) and duty.strip() and duty.strip() not in seen:
                    seen.add(duty.strip())
                    found.append((duty.strip(), Where(doc, ("required_duties", index))))
        for duty in self.config.required_duties or []:
            if duty.strip() and duty.strip() not in seen:
                seen.add(duty.strip())
                found.append((duty.strip(), None))
        return found

    @cached_property
    def collaborations(self) -> list[Collaboration]:
        return [
            Collaboration(
                _text(item.get("department")).strip(),
                _text(item.get("mechanism")).strip(),
                _text(item.get("cadence")).strip(),
                Where(doc, ("collaboration", index)),
            )
            for doc, index, item in self.entries("organization", "collaboration")
        ]

    # -- strategy -----------------------------------------------------------------------------

    @cached_property
    def positionings(self) -> dict[str, Positioning]:
        found: dict[str, Positioning] = {}
        for doc, index, item in self.entries("strategy", "positionings"):
            pid = _text(item.get("id")).strip()
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
            for doc, index, item in self.entries("strategy", "goals")
        ]

    @cached_property
    def principles(self) -> list[Principle]:
        found: list[Principle] = []
        for doc, index, item in self.entries("strategy", "principles"):
            practices = item.get("practices")
            if isinstance(practices, str):
                practices = [practices]
            found.append(
                Principle(
                    _word(item.get("id")).replace("-", "_"),
                    tuple(p.strip() for p in _strings(practices) if p.strip()),
                    Where(doc, ("principles", index)),
                )
            )
        return found

    # -- platforms ----------------------------------------------------------------------------

    @cached_property
    def platform_choices(self) -> dict[str, PlatformChoice]:
        found: dict[str, PlatformChoice] = {}
        for choice in self.all_platform_choices:
            found.setdefault(choice.platform, choice)
        return found

    @cached_property
    def all_platform_choices(self) -> list[PlatformChoice]:
        """Every ``platforms`` entry in file order, duplicates included.

        An entry written as a bare id (``platforms: [wechat]``, a schema error) still counts as a
        listed platform, without tier, scores or rationale.
        """
        found: list[PlatformChoice] = []
        for doc in self.by_kind("platforms"):
            for index, item in enumerate(_items(doc.data.get("platforms"))):
                where = Where(doc, ("platforms", index))
                if isinstance(item, str) and item.strip():
                    found.append(PlatformChoice(item.strip(), "", {}, "", where))
                    continue
                if not isinstance(item, dict):
                    continue
                name = _text(item.get("platform")).strip()
                if name:
                    selection = item.get("selection")
                    found.append(
                        PlatformChoice(
                            name,
                            _word(item.get("tier")),
                            selection if isinstance(selection, dict) else {},
                            _text(item.get("rationale")),
                            where,
                        )
                    )
        return found

    @cached_property
    def all_accounts(self) -> list[Account]:
        """Every account entry in file order, duplicates included."""
        found: list[Account] = []
        for doc, index, item in self.entries("platforms", "accounts"):
            account_id = _text(item.get("id")).strip()
            if not account_id:
                continue
            found.append(
                Account(
                    id=account_id,
                    platform=_text(item.get("platform")).strip(),
                    type=_word(item.get("type")),
                    name=_text(item.get("name")),
                    positioning=_text(item.get("positioning")),
                    owner=_text(item.get("owner")).strip(),
                    verified=_yes(item.get("verified")),
                    approval=tuple(_strings(item.get("approval"))),
                    where=Where(doc, ("accounts", index)),
                )
            )
        return found

    @cached_property
    def accounts(self) -> dict[str, Account]:
        """Accounts by id (the first entry wins when an id repeats)."""
        found: dict[str, Account] = {}
        for account in self.all_accounts:
            found.setdefault(account.id, account)
        return found

    @cached_property
    def known_platforms(self) -> frozenset[str]:
        """Platform ids some pack defines (built-in packs and the team's ``kind: platform``)."""
        from checker.packs.platforms import known_ids

        return frozenset(known_ids(self))

    # -- workflow -----------------------------------------------------------------------------

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
                return number(value)  # finite, or None
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

    # -- cross-references ---------------------------------------------------------------------

    @cached_property
    def references(self) -> list[Reference]:
        """Every cross-reference of every policy, with the node that names it."""
        refs: list[Reference] = []

        def add(source: str, target: str, value: Any, where: Where) -> None:
            if isinstance(value, str) and value.strip():
                refs.append(Reference(source, target, value.strip(), where))

        for doc, index, item in self.entries("organization", "roles"):
            add(
                "reports_to",
                "role",
                item.get("reports_to"),
                Where(doc, ("roles", index, "reports_to")),
            )
        for doc, index, item in self.entries("strategy", "goals"):
            base = ("goals", index)
            add("goal.owner", "role", item.get("owner"), Where(doc, (*base, "owner")))
            add(
                "goal.positioning",
                "positioning",
                item.get("positioning"),
                Where(doc, (*base, "positioning")),
            )
        for choice in self.all_platform_choices:
            where = choice.where
            if where.has("platform"):
                where = Where(where.doc, (*where.path, "platform"))
            add("platforms.platform", "platform", choice.platform, where)
        for doc, index, item in self.entries("platforms", "accounts"):
            base = ("accounts", index)
            add(
                "account.platform",
                "platform",
                item.get("platform"),
                Where(doc, (*base, "platform")),
            )
            add("account.owner", "role", item.get("owner"), Where(doc, (*base, "owner")))
            approval = item.get("approval")
            if isinstance(approval, str):
                add("account.approval", "role", approval, Where(doc, (*base, "approval")))
            for position, role in enumerate(_items(approval)):
                add("account.approval", "role", role, Where(doc, (*base, "approval", position)))
        for doc in self.by_kind("workflow"):
            tiers = doc.data.get("approval_tiers")
            if not isinstance(tiers, dict):
                continue
            for level, roles in tiers.items():
                if isinstance(roles, str):
                    add("approval_tier", "role", roles, Where(doc, ("approval_tiers", str(level))))
                for position, role in enumerate(_items(roles)):
                    where = Where(doc, ("approval_tiers", str(level), position))
                    add("approval_tier", "role", role, where)
        for doc, index, item in self.entries("rulepack", "rules"):
            for position, name in enumerate(_items(item.get("platforms"))):
                where = Where(doc, ("rules", index, "platforms", position))
                add("rulepack.platform", "platform", name, where)
        return refs

    def resolve(self, ref: Reference) -> object | None:
        """What a reference names (a :class:`Role`, :class:`Positioning` or platform id)."""
        if ref.target == "role":
            return self.roles.get(ref.value)
        if ref.target == "positioning":
            return self.positionings.get(ref.value)
        if ref.target == "platform":
            return ref.value if ref.value in self.known_platforms else None
        return None

    def dangling(self, target: str | None = None) -> list[Reference]:
        """References that resolve to nothing (optionally only those of one ``target``)."""
        return [
            ref
            for ref in self.references
            if (target is None or ref.target == target) and self.resolve(ref) is None
        ]
