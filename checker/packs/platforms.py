"""Platform packs: built-in packs shipped as data, plus a team's ``kind: platform`` files.

A pack holds, for one platform, the limits a draft must respect (title, summary, body, images,
video), the hashtag syntax and maximum, and the platform's stance on external links and contact
information (traffic diversion, 导流), each value with its unit, source, confidence and whether
the platform changes it often (``volatile``).

Layers, lowest first; each may replace any value of the one below:

1. the built-in pack ``checker/data/platforms/<id>.yaml`` (read once per process, on first use);
2. the publishing *profile* the team chose in its configuration (``platform_profiles``, e.g.
   ``{wechat = "api"}``): values under a fact's ``profiles.<name>``;
3. the *format* of the draft, inferred from its front matter: ``video`` (``video_seconds`` > 0),
   ``image_text`` (images and no video) or ``text``: values under a fact's ``formats.<name>``;
4. the team's ``kind: platform`` files for the same ``id`` (resolved through 2 and 3 in the same
   way), in file order. A team file with a new ``id`` adds a platform.

Merging a team value: a fact (a limit, the hashtag syntax, the link policy ...) whose *value*
the team sets (``max``, ``value``, ``policy`` ...) takes its provenance (``source``,
``confidence``, ``volatile``) from the team file only: the built-in source no longer describes
it. Values the team does not name (the counting ``unit``, a ``soft_max`` ...) are kept. A fact
the team only annotates (``{volatile: false}``) keeps its value and source. ``null`` removes a
limit; a value of the wrong type is ignored (and reported by ``schema/invalid``).

Severity: a value that is volatile or of low confidence is reported as a warning; a solid one
as an error (each rule documents its exceptions, e.g. ``soft_max`` and ``discourage``).
"""

from __future__ import annotations

import datetime as dt
import math
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from checker.model.repository import Repository

if TYPE_CHECKING:
    from checker.config import Config
    from checker.model.document import Draft

#: Platforms with a built-in pack (``checker/data/platforms/<id>.yaml``).
BUILTIN_IDS = (
    "wechat",
    "weixin_channels",
    "weibo",
    "douyin",
    "kuaishou",
    "xiaohongshu",
    "bilibili",
    "linkedin",
)

LIMIT_FIELDS = ("title", "summary", "body", "images", "video_seconds")
UNITS = ("chars", "weighted", "bytes", "images", "seconds", "tags")
SYNTAXES = ("single", "double", "either", "field", "none")
LINK_POLICIES = ("forbid", "discourage", "not_clickable", "allow")
CONTACT_POLICIES = ("forbid", "discourage", "allow")
CONTACT_KINDS = (
    "mobile",
    "landline",
    "service_number",
    "email",
    "wechat",
    "qq",
    "qr_code",
    "other_platform",
    "shop",
)
#: What ``contact_info.kinds`` means when a pack does not list them: personal contact and
#: redirections, not the corporate 400/800 service numbers or e-mail.
DEFAULT_CONTACT_KINDS = ("mobile", "wechat", "qq", "qr_code", "other_platform", "shop")
FORMATS = ("video", "image_text", "text")

_VALUE_KEYS = frozenset(
    {"max", "soft_max", "min", "unit", "required", "value", "policy", "allowed_hosts", "kinds"}
    | {"label", "accepted", "declaration"}
)
_META_KEYS = ("source", "confidence", "volatile", "note")
_VARIANT_KEYS = ("profiles", "formats")
_FACT_GROUPS = ("hashtags", "links", "contact_info", "ad_label")


def known_ids(repo: Repository) -> set[str]:
    """Every platform id a policy or draft may name: built-in packs plus the team's own packs."""
    ids = set(BUILTIN_IDS)
    for doc in repo.platform_overrides:
        value = doc.data.get("id")
        if isinstance(value, str) and value:
            ids.add(value)
    return ids


# --------------------------------------------------------------------------------------------
# Typed packs


class Provenance(NamedTuple):
    """Where a value comes from and how far to trust it."""

    source: str = ""
    confidence: str = ""  # high | medium | low | "" (not stated)
    volatile: bool = False
    note: str = ""
    origin: str = "built-in"  # "built-in" or the path of the team file that set the value

    @property
    def soft(self) -> bool:
        """True when findings against this value should be warnings, not errors."""
        return self.volatile or self.confidence == "low"


class Limit(NamedTuple):
    """A length or count limit. ``max`` None means no limit (``required`` may still apply)."""

    max: int | None
    unit: str
    provenance: Provenance
    soft_max: int | None = None
    min: int | None = None
    required: bool = False

    def measure(self, text: str) -> int:
        """The length of ``text`` in this limit's unit."""
        return measure(text, self.unit)


class Hashtags(NamedTuple):
    syntax: str  # single | double | either | field | none
    limit: Limit | None  # how many topics a post may carry
    in_text: bool
    provenance: Provenance


class LinkPolicy(NamedTuple):
    policy: str  # forbid | discourage | not_clickable | allow
    allowed_hosts: tuple[str, ...]
    provenance: Provenance


class ContactPolicy(NamedTuple):
    policy: str  # forbid | discourage | allow
    kinds: frozenset[str]
    provenance: Provenance


class AdLabel(NamedTuple):
    label: str
    accepted: tuple[str, ...]
    declaration: str
    provenance: Provenance


class Source(NamedTuple):
    id: str
    title: str
    url: str = ""
    ref: str = ""
    date: str = ""


class PlatformPack(NamedTuple):
    """One platform's rules, resolved for a profile and a draft format."""

    id: str
    name: str
    reviewed_on: dt.date | None
    sources: tuple[Source, ...]
    limits: dict[str, Limit]
    hashtags: Hashtags
    links: LinkPolicy
    contact_info: ContactPolicy
    ad_label: AdLabel | None
    profile: str
    format: str
    profiles: tuple[str, ...]
    builtin: bool
    overridden_by: tuple[str, ...]

    def limit(self, field: str) -> Limit | None:
        return self.limits.get(field)


# --------------------------------------------------------------------------------------------
# Counting


def weighted_units(text: str) -> int:
    """Xiaohongshu's title units: every non-ASCII code point counts 2, every ASCII one 1."""
    # Twice the length, less one for each ASCII character (counted in C: the ASCII ones are
    # what an ASCII encoding that drops the others keeps).
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def measure(text: str, unit: str) -> int:
    """Length of ``text`` in ``unit`` (``chars``: code points; ``weighted``: ceil(units / 2))."""
    if unit == "weighted":
        return math.ceil(weighted_units(text) / 2)
    if unit == "bytes":
        return len(text.encode("utf-8"))
    return len(text)


# --------------------------------------------------------------------------------------------
# Raw data and merging


@cache
def builtin_raw(platform_id: str) -> dict[str, Any] | None:
    """The built-in pack's data as written in its YAML file (read once per process)."""
    if platform_id not in BUILTIN_IDS:
        return None
    import yaml

    from checker import data as shipped

    text = shipped.read_text("platforms", f"{platform_id}.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 10x faster
    data = yaml.load(text, Loader=loader)
    return data if isinstance(data, dict) else None


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _apply_variants(fact: dict[str, Any], profile: str, fmt: str) -> dict[str, Any]:
    """A fact with its profile and format variants folded in (variants removed)."""
    result = {k: v for k, v in fact.items() if k not in _VARIANT_KEYS}
    for key, name in (("profiles", profile), ("formats", fmt)):
        variant = _mapping(fact.get(key)).get(name)
        if isinstance(variant, dict):
            result = _merge_fact(result, variant, None)
    return result


def _merge_fact(
    base: dict[str, Any] | None, top: dict[str, Any], origin: str | None
) -> dict[str, Any]:
    """``top`` over ``base``: setting a value replaces the provenance (see module docstring)."""
    top = {k: v for k, v in top.items() if k not in _VARIANT_KEYS}
    if base is None:
        merged = dict(top)
    elif _VALUE_KEYS & top.keys():
        merged = {k: v for k, v in base.items() if k not in _META_KEYS}
        merged.update(top)
    else:
        merged = dict(base)
        merged.update(top)
    if origin is not None and (_VALUE_KEYS & top.keys() or base is None):
        merged["_origin"] = origin
    return merged


def _shorthand(value: Any, key: str) -> Any:
    """``title: 18`` means ``title: {max: 18}``; ``syntax: double`` means ``{value: double}``."""
    if key == "max" and isinstance(value, int) and not isinstance(value, bool):
        return {"max": value}
    if key == "value" and isinstance(value, str):
        return {"value": value}
    return value


def _resolve_layer(raw: dict[str, Any], profile: str, fmt: str) -> dict[str, dict[str, Any] | None]:
    """Flatten one pack file into ``{"limits.title": fact, "hashtags.syntax": fact, ...}``.

    ``null`` removes a value (None in the result); a value of the wrong type is left out, so a
    typo in a team file never silently removes a built-in limit (schema/invalid reports it).
    """
    found: dict[str, Any] = {}
    limits = _mapping(raw.get("limits"))
    for name in LIMIT_FIELDS:
        if name in limits:
            found[f"limits.{name}"] = _shorthand(limits[name], "max")
    hashtags = _mapping(raw.get("hashtags"))
    for name, key in (("syntax", "value"), ("count", "max")):
        if name in hashtags:
            found[f"hashtags.{name}"] = _shorthand(hashtags[name], key)
    if isinstance(hashtags.get("in_text"), bool):
        found["hashtags.in_text"] = {"value": hashtags["in_text"]}
    for group in ("links", "contact_info", "ad_label"):
        if group in raw:
            found[group] = raw[group]
    flat: dict[str, dict[str, Any] | None] = {}
    for key, value in found.items():
        if value is None:
            flat[key] = None
        elif isinstance(value, dict):
            flat[key] = _apply_variants(value, profile, fmt)
    return flat


def _team_docs(repo: Repository | None, platform_id: str) -> list[tuple[str, str, dict[str, Any]]]:
    """The team's ``kind: platform`` files for ``platform_id``: path, text and data."""
    if repo is None:
        return []
    return [
        (doc.path, doc.source.text, doc.data)
        for doc in repo.platform_overrides
        if doc.data.get("id") == platform_id
    ]


def profile_for(config: Config | None, platform_id: str) -> str:
    """The publishing profile the team chose for a platform ("" for the pack's default)."""
    if config is None:
        return ""
    return config.platform_profiles.get(platform_id, "")


def draft_format(draft: Draft) -> str:
    """``video``, ``image_text`` or ``text``, from the draft's ``video_seconds`` and ``images``."""
    seconds = draft.get("video_seconds")
    if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) and seconds > 0:
        return "video"
    images = draft.get("images")
    if (isinstance(images, int) and not isinstance(images, bool) and images > 0) or (
        isinstance(images, list) and images
    ):
        return "image_text"
    return "text"


_CACHE: dict[tuple[str, tuple[tuple[str, str], ...], str, str], PlatformPack | None] = {}
_CACHE_SIZE = 512


def resolve(
    platform_id: str, repo: Repository | None = None, profile: str = "", fmt: str = "text"
) -> PlatformPack | None:
    """The pack for ``platform_id`` with the team's files merged in, or None when unknown.

    Resolved packs are cached by platform, profile, format and the text of the team's files,
    so ten thousand drafts cost one resolution per platform.
    """
    team = _team_docs(repo, platform_id)
    key = (platform_id, tuple((path, text) for path, text, _ in team), profile, fmt)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        _CACHE[key] = _build(platform_id, [(path, data) for path, _, data in team], profile, fmt)
    return _CACHE[key]


def for_draft(draft: Draft, repo: Repository | None, config: Config | None) -> PlatformPack | None:
    """The pack that applies to a draft: its platform (or its account's), profile and format."""
    platform_id = draft.get("platform")
    if not isinstance(platform_id, str) or not platform_id:
        account = draft.get("account")
        found = None
        if repo is not None and isinstance(account, str):
            found = repo.accounts.get(account)
        platform_id = found.platform if found is not None else ""
    if not platform_id:
        return None
    return resolve(platform_id, repo, profile_for(config, platform_id), draft_format(draft))


def builtin_packs(profile: str = "", fmt: str = "text") -> dict[str, PlatformPack]:
    """Every built-in pack, unmodified by any team file (for the handbook's quick reference)."""
    packs = {}
    for platform_id in BUILTIN_IDS:
        pack = resolve(platform_id, None, profile, fmt)
        if pack is not None:
            packs[platform_id] = pack
    return packs


def _build(
    platform_id: str, team: list[tuple[str, dict[str, Any]]], profile: str, fmt: str
) -> PlatformPack | None:
    builtin = builtin_raw(platform_id)
    if builtin is None and not team:
        return None
    layers: list[tuple[str | None, dict[str, Any]]] = []
    if builtin is not None:
        layers.append((None, builtin))
    layers.extend(team)
    flat: dict[str, dict[str, Any] | None] = {}
    name = platform_id
    reviewed: dt.date | None = None
    sources: list[Source] = []
    profiles: set[str] = set()
    for origin, raw in layers:
        profiles |= _profile_names(raw)
        for key, fact in _resolve_layer(raw, profile, fmt).items():
            if fact is None:
                flat[key] = None
            else:
                flat[key] = _merge_fact(flat.get(key), fact, origin or "built-in")
        if isinstance(raw.get("name"), str) and raw["name"].strip():
            name = raw["name"].strip()
        reviewed = _date(raw.get("reviewed_on")) or reviewed
        sources.extend(_sources(raw.get("sources")))
    return PlatformPack(
        id=platform_id,
        name=name,
        reviewed_on=reviewed,
        sources=tuple(sources),
        limits={
            field: limit
            for field in LIMIT_FIELDS
            if (limit := _limit(flat.get(f"limits.{field}"), _default_unit(field))) is not None
        },
        hashtags=_hashtags(flat),
        links=_links(flat.get("links")),
        contact_info=_contact(flat.get("contact_info")),
        ad_label=_ad_label(flat.get("ad_label")),
        profile=profile,
        format=fmt,
        profiles=tuple(sorted(profiles)),
        builtin=builtin is not None,
        overridden_by=tuple(path for path, _ in team),
    )


def _profile_names(raw: dict[str, Any]) -> set[str]:
    names: set[str] = set()

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "profiles" and isinstance(item, dict):
                    names.update(str(k) for k in item)
                visit(item)

    visit(raw)
    return names


def _default_unit(field: str) -> str:
    return {"images": "images", "video_seconds": "seconds"}.get(field, "chars")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    return None


def _date(value: Any) -> dt.date | None:
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


def _provenance(fact: dict[str, Any]) -> Provenance:
    confidence = fact.get("confidence")
    return Provenance(
        source=_text(fact.get("source")),
        confidence=confidence if confidence in ("high", "medium", "low") else "",
        volatile=fact.get("volatile") is True,
        note=_text(fact.get("note")),
        origin=_text(fact.get("_origin")) or "built-in",
    )


def _limit(fact: dict[str, Any] | None, default_unit: str) -> Limit | None:
    if fact is None:
        return None
    unit = fact.get("unit")
    return Limit(
        max=_int(fact.get("max")),
        unit=unit if unit in UNITS else default_unit,
        provenance=_provenance(fact),
        soft_max=_int(fact.get("soft_max")),
        min=_int(fact.get("min")),
        required=fact.get("required") is True,
    )


def _hashtags(flat: dict[str, dict[str, Any] | None]) -> Hashtags:
    syntax_fact = flat.get("hashtags.syntax") or {}
    syntax = syntax_fact.get("value")
    in_text = (flat.get("hashtags.in_text") or {}).get("value")
    return Hashtags(
        syntax=syntax if syntax in SYNTAXES else "none",
        limit=_limit(flat.get("hashtags.count"), "tags"),
        in_text=in_text is True,
        provenance=_provenance(syntax_fact),
    )


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(item.strip() for item in value if isinstance(item, str) and item.strip())


def _links(fact: dict[str, Any] | None) -> LinkPolicy:
    fact = fact or {}
    policy = fact.get("policy")
    return LinkPolicy(
        policy=policy if policy in LINK_POLICIES else "allow",
        allowed_hosts=tuple(h.lower().lstrip(".") for h in _strings(fact.get("allowed_hosts"))),
        provenance=_provenance(fact),
    )


def _contact(fact: dict[str, Any] | None) -> ContactPolicy:
    fact = fact or {}
    policy = fact.get("policy")
    kinds = fact.get("kinds")
    chosen = (
        frozenset(k for k in _strings(kinds) if k in CONTACT_KINDS)
        if isinstance(kinds, list)
        else frozenset(DEFAULT_CONTACT_KINDS)
    )
    return ContactPolicy(
        policy=policy if policy in CONTACT_POLICIES else "allow",
        kinds=chosen,
        provenance=_provenance(fact),
    )


def _ad_label(fact: dict[str, Any] | None) -> AdLabel | None:
    if not fact:
        return None
    label = _text(fact.get("label")) or "广告"
    return AdLabel(
        label=label,
        accepted=_strings(fact.get("accepted")) or (label,),
        declaration=_text(fact.get("declaration")),
        provenance=_provenance(fact),
    )


def _sources(value: Any) -> list[Source]:
    found = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, str) and item.strip():
            found.append(Source(id="", title=item.strip()))
        elif isinstance(item, dict) and _text(item.get("title")):
            date = item.get("date")
            found.append(
                Source(
                    id=_text(item.get("id")),
                    title=_text(item.get("title")),
                    url=_text(item.get("url")),
                    ref=_text(item.get("ref")),
                    date=date.isoformat() if isinstance(date, dt.date) else _text(date),
                )
            )
    return found
