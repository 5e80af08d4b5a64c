"""Configuration: ``[tool.opscheck]`` in pyproject.toml or ``opscheck.yaml`` at the root.

Every key is validated here; an unknown key or a bad value stops the run with exit code 2 and
one sentence that says what is wrong and what is allowed. Rule ids in ``select``, ``ignore``,
``severity``, ``per_path_ignores``, ``unsuppressible`` and ``options`` are checked by the engine
once the registry (and the team's rule packs) are known.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from checker import messages

CONFIG_FILES = ("opscheck.yaml", "opscheck.yml")
#: A configuration file larger than this is refused unread (a real one is a few hundred bytes).
MAX_CONFIG_BYTES = 1_048_576
#: The largest ``max_file_bytes`` a configuration may set: files are read whole, so this bounds
#: the memory one file can take.
MAX_FILE_BYTES_LIMIT = 64 * 1_048_576
DEFAULT_DEPARTMENTS = ("marketing", "sales", "product", "customer_service", "pr")


class ConfigError(Exception):
    """A configuration problem: the message is one sentence for the user (already localised)."""


class Config:
    """Settings of one repository root (defaults when nothing is configured).

    A plain class (built once per run) with the settings as keyword arguments; :data:`FIELDS`
    lists them in order, and two configurations are equal when every setting is.
    """

    def __init__(
        self,
        *,
        policies: str = "policies",
        drafts: str = "drafts",
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        severity: dict[str, str] | None = None,
        per_path_ignores: dict[str, list[str]] | None = None,
        unsuppressible: list[str] | None = None,
        fail_on: str = "error",
        lang: str = "zh",
        max_goals: int = 5,
        stale_after_days: int = 180,
        required_departments: list[str] | None = None,
        required_duties: list[str] | None = None,
        weak_score_threshold: float = 3.0,
        smart_baseline_multiple: float = 5.0,
        company_domains: list[str] | None = None,
        allowed_phones: list[str] | None = None,
        proper_nouns: list[str] | None = None,
        cjk_digit_spacing: bool = True,
        platform_profiles: dict[str, str] | None = None,
        max_file_bytes: int = 1_048_576,
        site_url: str = "https://handbook.example.cn/",
        cache_dir: str = ".opscheck-cache",
        options: dict[str, dict[str, Any]] | None = None,
        source: str = "",
    ) -> None:
        self.policies = policies
        self.drafts = drafts
        self.select = select
        self.ignore = ignore if ignore is not None else []
        self.severity = severity if severity is not None else {}
        self.per_path_ignores = per_path_ignores if per_path_ignores is not None else {}
        self.unsuppressible = unsuppressible if unsuppressible is not None else []
        self.fail_on = fail_on
        self.lang = lang
        self.max_goals = max_goals
        self.stale_after_days = stale_after_days
        self.required_departments = (
            required_departments if required_departments is not None else list(DEFAULT_DEPARTMENTS)
        )
        self.required_duties = required_duties
        self.weak_score_threshold = weak_score_threshold
        self.smart_baseline_multiple = smart_baseline_multiple
        self.company_domains = company_domains if company_domains is not None else []
        self.allowed_phones = allowed_phones if allowed_phones is not None else []
        self.proper_nouns = proper_nouns if proper_nouns is not None else []
        self.cjk_digit_spacing = cjk_digit_spacing
        self.platform_profiles = platform_profiles if platform_profiles is not None else {}
        self.max_file_bytes = max_file_bytes
        self.site_url = site_url
        self.cache_dir = cache_dir
        self.options = options if options is not None else {}
        self.source = source

    def option(self, rule_id: str, name: str, default: Any) -> Any:
        return self.options.get(rule_id, {}).get(name, default)

    def values(self) -> dict[str, Any]:
        """Every setting by name, in the order of :data:`FIELDS`."""
        return {name: getattr(self, name) for name in FIELDS}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Config) and self.values() == other.values()

    __hash__ = None  # type: ignore[assignment]  # mutable settings: not a dictionary key

    def __repr__(self) -> str:
        changed = {name: value for name, value in self.values().items() if value != _DEFAULT[name]}
        return f"Config({', '.join(f'{k}={v!r}' for k, v in changed.items())})"


#: The settings, in the order they are documented and listed in error messages.
FIELDS = (
    "policies",
    "drafts",
    "select",
    "ignore",
    "severity",
    "per_path_ignores",
    "unsuppressible",
    "fail_on",
    "lang",
    "max_goals",
    "stale_after_days",
    "required_departments",
    "required_duties",
    "weak_score_threshold",
    "smart_baseline_multiple",
    "company_domains",
    "allowed_phones",
    "proper_nouns",
    "cjk_digit_spacing",
    "platform_profiles",
    "max_file_bytes",
    "site_url",
    "cache_dir",
    "options",
    "source",
)
_DEFAULT = Config().values()


_LIST_OF_STR = (
    "ignore",
    "unsuppressible",
    "required_departments",
    "company_domains",
    "allowed_phones",
    "proper_nouns",
)
_CHOICES = {"fail_on": ("error", "warning", "info"), "lang": ("zh", "en")}
_POSITIVE_INT = ("max_goals", "stale_after_days")


def allowed_keys() -> list[str]:
    return [name for name in FIELDS if name != "source"]


def _bad(key: str, reason: str, lang: str) -> ConfigError:
    return ConfigError(messages.text("cli.config-bad-value", lang, key=key, reason=reason))


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def from_mapping(data: Any, source: str, lang: str = "zh") -> Config:
    """Validate a mapping of settings and build a :class:`Config`."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(
            messages.text(
                "cli.bad-config", lang, path=source, reason=messages.text("config.mapping", lang)
            )
        )
    allowed = allowed_keys()
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key).replace("-", "_")
        if name not in allowed:
            raise ConfigError(
                messages.text("cli.config-unknown-key", lang, key=key, allowed=", ".join(allowed))
            )
        values[name] = _validate(name, value, lang)
    config = Config(**values)
    config.source = source
    return config


def _inside(value: str) -> bool:
    """True for a relative path that stays inside the folder it is relative to."""
    path = PurePosixPath(value.replace("\\", "/"))
    return not path.is_absolute() and ":" not in value and ".." not in path.parts


def _validate(name: str, value: Any, lang: str) -> Any:
    if name in ("policies", "drafts", "site_url", "cache_dir"):
        if not isinstance(value, str) or not value.strip():
            raise _bad(name, messages.text("config.nonempty", lang), lang)
        if name != "site_url" and not _inside(value):
            # A pull request may change the configuration: it must not point opscheck at files
            # outside the repository (their content would show in the CI log).
            raise _bad(name, messages.text("config.inside-root", lang), lang)
        return value
    if name == "max_file_bytes":
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not 1 <= value <= MAX_FILE_BYTES_LIMIT
        ):
            reason = messages.text("config.max-bytes", lang, limit=MAX_FILE_BYTES_LIMIT)
            raise _bad(name, reason, lang)
        return value
    if name in _LIST_OF_STR or name in ("select", "required_duties"):
        if not _is_str_list(value):
            raise _bad(name, messages.text("config.str-list", lang), lang)
        return list(value)
    if name in _CHOICES:
        if value not in _CHOICES[name]:
            raise _bad(
                name,
                messages.text("config.choices", lang, allowed=" / ".join(_CHOICES[name])),
                lang,
            )
        return value
    if name in _POSITIVE_INT:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise _bad(name, messages.text("config.positive-int", lang), lang)
        return value
    if name == "weak_score_threshold":
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 1 <= value <= 5:
            raise _bad(name, messages.text("config.score", lang), lang)
        return float(value)
    if name == "smart_baseline_multiple":
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 1:
            raise _bad(name, messages.text("config.multiple", lang), lang)
        return float(value)
    if name == "cjk_digit_spacing":
        if not isinstance(value, bool):
            raise _bad(name, messages.text("config.bool", lang), lang)
        return value
    if name == "severity":
        if not isinstance(value, dict) or not all(
            isinstance(v, str) and v in ("error", "warning", "info") for v in value.values()
        ):
            raise _bad(name, messages.text("config.severity-map", lang), lang)
        return {str(k): v for k, v in value.items()}
    if name == "per_path_ignores":
        if not isinstance(value, dict) or not all(_is_str_list(v) for v in value.values()):
            raise _bad(name, messages.text("config.path-map", lang), lang)
        return {str(k): list(v) for k, v in value.items()}
    if name == "platform_profiles":
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise _bad(name, messages.text("config.profile-map", lang), lang)
        return {str(k): v for k, v in value.items()}
    if name == "options":
        if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
            raise _bad(name, messages.text("config.options-map", lang), lang)
        return {str(k): dict(v) for k, v in value.items()}
    return value


def _read_bytes(path: Path, lang: str) -> bytes:
    """The bytes of a configuration file, refusing one over :data:`MAX_CONFIG_BYTES`."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise ConfigError(
            messages.text("cli.bad-config", lang, path=str(path), reason=exc.strerror or str(exc))
        ) from None
    if len(raw) > MAX_CONFIG_BYTES:
        size = path.stat().st_size
        reason = messages.text("config.too-large", lang, size=size, limit=MAX_CONFIG_BYTES)
        raise ConfigError(messages.text("cli.bad-config", lang, path=str(path), reason=reason))
    return raw


def _read_pyproject(path: Path, lang: str) -> dict[str, Any] | None:
    import tomllib

    raw = _read_bytes(path, lang)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            messages.text("cli.bad-config", lang, path=str(path), reason=str(exc))
        ) from None
    except RecursionError:  # tomllib recurses into nested arrays and tables
        reason = messages.text("config.too-deep", lang)
        raise ConfigError(
            messages.text("cli.bad-config", lang, path=str(path), reason=reason)
        ) from None
    section = data.get("tool", {}).get("opscheck")
    return section if isinstance(section, dict) else None


def _read_yaml(path: Path, lang: str) -> Any:
    from checker.input import text as textmod
    from checker.input import yamlpos

    raw = _read_bytes(path, lang)
    decoded = textmod.decode(raw)
    if isinstance(decoded, textmod.DecodeError):
        raise ConfigError(
            messages.text(
                "cli.bad-config", lang, path=str(path), reason=messages.text("config.utf8", lang)
            )
        )
    doc = yamlpos.load(decoded.text)
    if doc.issues:
        issue = doc.issues[0]
        line, column = decoded.position(issue.start)
        problem = issue.args.get("problem") or messages.problem_text(
            issue.rule, issue.variant, lang, issue.args
        )
        reason = messages.text("config.yaml-at", lang, line=line, column=column, problem=problem)
        raise ConfigError(messages.text("cli.bad-config", lang, path=str(path), reason=reason))
    return doc.data


def has_config(folder: Path) -> bool:
    """True when ``folder`` holds an opscheck config (yaml, or pyproject with the section)."""
    if any((folder / name).is_file() for name in CONFIG_FILES):
        return True
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        try:
            with open(pyproject, "rb") as handle:
                return b"[tool.opscheck" in handle.read(MAX_CONFIG_BYTES)
        except OSError:
            return False
    return False


def load(root: Path | None, explicit: Path | None = None, lang: str = "zh") -> Config:
    """The configuration for ``root``: ``--config`` first, then opscheck.yaml, then pyproject."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(messages.text("cli.config-not-found", lang, path=str(explicit)))
        if explicit.name == "pyproject.toml" or explicit.suffix == ".toml":
            return from_mapping(_read_pyproject(explicit, lang) or {}, str(explicit), lang)
        return from_mapping(_read_yaml(explicit, lang), str(explicit), lang)
    if root is None:
        return Config()
    for name in CONFIG_FILES:
        candidate = root / name
        if candidate.is_file():
            return from_mapping(_read_yaml(candidate, lang), str(candidate), lang)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        section = _read_pyproject(pyproject, lang)
        if section is not None:
            return from_mapping(section, str(pyproject), lang)
    return Config()
