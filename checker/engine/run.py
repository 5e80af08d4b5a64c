"""One run of the checker: load, select, check, suppress, fix, collect findings."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from checker import config as configmod
from checker import messages
from checker.engine import discovery
from checker.findings import Finding, Problem, Severity
from checker.input.paths import (
    Stamp,
    is_link_outside,
    read_bytes,
    read_stamped,
    stamp_of,
    walk_files,
)
from checker.input.text import SourceText, neutralise
from checker.rules import registry

# The parsers, the model and the rules are imported only when a file is actually checked: a
# run answered entirely from the cache never loads them.
if TYPE_CHECKING:
    from checker.engine.baseline import Entry
    from checker.engine.cache import Store
    from checker.model.document import LoadedFile, PolicyDoc
    from checker.model.repository import Repository
    from checker.rules.api import Context
    from checker.rules.registry import Rule


class RunError(Exception):
    """The run itself cannot be done (exit code 2); the message is one localised sentence."""


class RunOptions:
    """What the command line asked for (keyword arguments; read-only once built)."""

    def __init__(
        self,
        *,
        paths: list[str] | None = None,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        fail_on: str | None = None,
        lang: str | None = None,
        today: dt.date | None = None,
        config: Path | None = None,
        fix: bool = False,
        unsafe_fixes: bool = False,
        diff: bool = False,
        cwd: Path | None = None,
        jobs: int = 1,
        cache: bool = True,
        baseline: Path | None = None,
        update_baseline: bool = False,
    ) -> None:
        self.paths = paths if paths is not None else []
        self.select = select
        self.ignore = ignore if ignore is not None else []
        self.fail_on = fail_on
        self.lang = lang
        self.today = today
        self.config = config
        self.fix = fix
        self.unsafe_fixes = unsafe_fixes
        self.diff = diff
        self.cwd = cwd if cwd is not None else Path.cwd()
        self.jobs = jobs
        self.cache = cache
        self.baseline = baseline
        self.update_baseline = update_baseline


class RunResult:
    """What a run found and did, for the reporters and the exit code."""

    def __init__(self, lang: str = "zh") -> None:
        self.findings: list[Finding] = []
        self.files = 0
        self.fixed = 0
        self.fixed_files = 0
        self.diffs: list[str] = []
        self.internal_errors: list[str] = []
        self.sources: dict[str, SourceText] = {}
        self.lang = lang
        self.fail_on = "error"
        self.site_url = ""
        #: Every checked file (path as reported), in check order, clean ones included.
        self.paths: list[str] = []
        #: The absolute root when the run covered exactly one repository root, else "".
        self.root = ""
        #: Files whose findings came from the cache.
        self.cache_hits = 0
        #: Baseline: findings it matched, entries that matched nothing, findings written.
        self.baseline_known = 0
        self.baseline_stale: list[Entry] = []
        self.baseline_written: int | None = None

    @property
    def exit_code(self) -> int:
        if self.internal_errors:
            return 2
        threshold = Severity(self.fail_on).rank
        return 1 if any(f.severity.rank >= threshold for f in self.findings) else 0


class Selection(NamedTuple):
    """The active rule ids of a root and the per-path ignores."""

    active: frozenset[str]
    per_path: dict[str, list[str]]
    severity: dict[str, str]
    unsuppressible: list[str]

    def severity_for(self, rule_id: str, default: Severity) -> Severity:
        if rule_id in self.severity:
            return Severity(self.severity[rule_id])
        for pattern, value in self.severity.items():
            if registry.matches(pattern, rule_id):
                return Severity(value)
        return default

    def applies(self, rule_id: str, path: str) -> bool:
        if rule_id not in self.active:
            return False
        if not self.per_path:
            return True
        import fnmatch

        for pattern, ignored in self.per_path.items():
            if fnmatch.fnmatch(path, pattern) and any(
                registry.matches(p, rule_id) for p in ignored
            ):
                return False
        return True


def _select(
    options: RunOptions, config: configmod.Config, known: list[str], lang: str
) -> Selection:
    select = options.select if options.select is not None else (config.select or ["*"])
    ignore = list(config.ignore) + list(options.ignore)
    checks: list[tuple[str, Iterable[str]]] = [
        ("--select" if options.select is not None else "select", select),
        ("ignore / --ignore", ignore),
        ("severity", config.severity.keys()),
        ("unsuppressible", config.unsuppressible),
        ("options", config.options.keys()),
    ]
    checks.extend((f"per_path_ignores[{k}]", v) for k, v in config.per_path_ignores.items())
    for where, patterns in checks:
        for bad in registry.unknown_patterns(list(patterns), known):
            raise RunError(messages.text("cli.unknown-rule", lang, rule=bad, where=where))
    active = frozenset(
        rule_id
        for rule_id in known
        if any(registry.matches(p, rule_id) for p in select)
        and not any(registry.matches(p, rule_id) for p in ignore)
    )
    return Selection(active, config.per_path_ignores, config.severity, config.unsuppressible)


def _relative(path: Path, root: Path, loose: bool, cwd: Path) -> str:
    base = cwd.resolve() if loose else root
    try:
        return path.absolute().relative_to(base).as_posix()
    except ValueError:
        try:
            return path.resolve().relative_to(base).as_posix()
        except ValueError:
            return path.as_posix()


def to_finding(
    rule: Rule, problem: Problem, file: LoadedFile, selection: Selection, lang: str
) -> Finding:
    """Position and render one problem."""
    source = file.source
    line, column = source.position(problem.start)
    end_line, end_column = source.position(max(problem.start, problem.end))
    if rule.message is not None:
        text = rule.message(problem, lang)
    else:
        text = messages.problem_text(rule.id, problem.variant, lang, problem.args)
    text = neutralise(text)  # file content quoted in a message must not rewrite a log
    severity = selection.severity_for(rule.id, problem.severity or rule.severity)
    matched = source.text[problem.start : problem.end] if problem.end > problem.start else ""
    return Finding(
        rule=rule.id,
        severity=severity,
        path=file.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        message=text,
        handbook=rule.handbook,
        fix=problem.fix,
        matched=matched[:200],
    )


def _semantic_ok(file: LoadedFile) -> bool:
    from checker.model.document import Draft, PolicyDoc

    if not file.readable:
        return False
    blocking = ("input/yaml-syntax", "input/unsafe-yaml", "input/encoding")
    if isinstance(file, PolicyDoc):
        return not any(issue.rule in blocking for issue in file.issues)
    if isinstance(file, Draft):
        broken = blocking + ("input/front-matter",)
        return not any(issue.rule in broken for issue in file.issues)
    return False


#: Which rules run on a file, by (kind, semantic checks possible, policy kind): the rules that
#: look at the file itself, then the post rules (they look at its suppression comments).
Plan = tuple[list["Rule"], list["Rule"]]


def _plan(rules: list[Rule], selection: Selection, path: str, key: tuple[str, bool, str]) -> Plan:
    kind, semantic, policy_kind = key
    first: list[Rule] = []
    post: list[Rule] = []
    for rule in rules:
        if not selection.applies(rule.id, path):
            continue
        if rule.target == "post":
            post.append(rule)
            continue
        if rule.target not in ("file", kind):
            continue
        if rule.target != "file" and not semantic:
            continue
        if rule.kinds and policy_kind not in rule.kinds:
            continue
        first.append(rule)
    return first, post


def check_file(
    file: LoadedFile,
    rules: list[Rule],
    ctx: Context,
    selection: Selection,
    errors: list[str],
    *,
    plans: dict[tuple[str, bool, str], Plan] | None = None,
) -> list[Finding]:
    """Run every applicable rule on one file, then suppression and the post rules.

    ``plans`` keeps the rule selection of each kind of file between calls (a run's rules and
    selection do not change); it is not used when the configuration ignores rules by path.
    """
    from checker.engine import suppress
    from checker.model.document import PolicyDoc

    lang = ctx.lang
    pairs: list[tuple[Rule, Problem]] = []
    policy_kind = (file.kind or "") if isinstance(file, PolicyDoc) else ""
    key = ("policy" if isinstance(file, PolicyDoc) else "draft", _semantic_ok(file), policy_kind)
    if plans is None or selection.per_path:
        plan = _plan(rules, selection, file.path, key)
    else:
        plan = plans.get(key) or plans.setdefault(key, _plan(rules, selection, file.path, key))
    first, post = plan
    add = pairs.append
    for rule in first:
        try:
            for problem in rule.check(file, ctx):  # most rules find nothing in most files
                add((rule, problem))
        except Exception as exc:  # a rule bug must not stop the run
            errors.append(
                messages.text(
                    "cli.internal-error",
                    lang,
                    error=f"{rule.id} @ {file.path}: {type(exc).__name__}: {exc}",
                )
            )
    findings = [to_finding(rule, problem, file, selection, lang) for rule, problem in pairs]
    directives = suppress.directives_of(file)
    findings = suppress.apply(findings, directives, selection.unsuppressible)
    state = suppress.State(file, directives, ctx.active, selection.unsuppressible)
    for rule in post:
        try:
            findings.extend(
                to_finding(rule, problem, file, selection, lang)
                for problem in rule.check(state, ctx)
            )
        except Exception as exc:
            errors.append(messages.text("cli.internal-error", lang, error=f"{rule.id}: {exc}"))
    file.release()  # one parsed body at a time, not every body of the run
    return findings


#: Stands for the content of a refused symbolic link in cache keys.
REFUSED = b"\0opscheck: refused symbolic link\0"


class Item(NamedTuple):
    """A file to report, found on disk but not loaded yet."""

    abspath: Path
    path: str
    kind: str  # "policy" or "draft"
    #: A symbolic link that leaves the root or loops: reported, never followed or read.
    refused: bool = False


class Scan(NamedTuple):
    """What a root holds, found without parsing anything: configuration, policies, files."""

    target: discovery.Target
    config: configmod.Config
    lang: str
    policies: list[tuple[Path, str]]
    items: list[Item]
    #: The bytes of each policy (keyed by absolute path), read once for loading and the cache.
    blobs: dict[Path, bytes | None]


def scan_target(target: discovery.Target, options: RunOptions) -> Scan:
    """Read a root's configuration and list its policies and the files to report."""
    lang_hint = options.lang or "zh"
    try:
        if options.cache and not (options.config or target.loose or options.fix or options.diff):
            from checker.engine.cache import load_config

            config = load_config(target.root, lang_hint)
        else:
            config = configmod.load(
                None if target.loose else target.root, options.config, lang_hint
            )
    except configmod.ConfigError as exc:
        raise RunError(str(exc)) from None
    lang = options.lang or config.lang
    root = target.root

    prefix = str(root).rstrip(os.sep) + os.sep

    def rel(path: Path) -> str:
        text = str(path)
        if not target.loose and text.startswith(prefix):  # the common case, without pathlib
            return text[len(prefix) :].replace(os.sep, "/")
        return _relative(path, root, target.loose, options.cwd)

    refused: set[Path] = set()  # symbolic links that leave the root or loop: never followed

    def usable(path: Path) -> bool:
        if is_link_outside(path, root):
            refused.add(path.absolute())
        return True

    def walked(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
        links: set[Path] = set()  # only files that are symbolic links need a closer look
        found = walk_files(folder, suffixes, root, links)
        for path in links:
            usable(path)
        return found

    policy_folder = root if target.loose else root / config.policies
    draft_folder = root if target.loose else root / config.drafts
    for folder in (policy_folder, draft_folder):
        # A folder committed as a symbolic link to /etc would make opscheck read (and quote in
        # its report) files outside the repository: refuse the run instead.
        resolved = folder.resolve()
        if folder.exists() and not resolved.is_relative_to(root.resolve()):
            raise RunError(
                messages.text(
                    "cli.folder-outside",
                    lang,
                    path=neutralise(rel(folder)),
                    target=neutralise(str(resolved)),
                )
            )
    policy_paths = (
        walked(policy_folder, discovery.POLICY_SUFFIXES) if policy_folder.is_dir() else []
    )
    blobs = {
        path.absolute(): read_bytes(path, config.max_file_bytes)
        for path in policy_paths
        if path.absolute() not in refused
    }

    wanted: list[Path] = []
    if target.everything:
        wanted.extend(policy_paths)
        if draft_folder.is_dir():
            wanted.extend(walked(draft_folder, discovery.DRAFT_SUFFIXES))
    for folder in target.folders:
        suffixes = discovery.POLICY_SUFFIXES + discovery.DRAFT_SUFFIXES
        wanted.extend(walked(folder, suffixes))
    wanted.extend(p for p in target.files if usable(p))

    items: list[Item] = []
    seen: set[str] = set()  # absolute paths as strings: hashing ten thousand Paths shows
    for path in wanted:
        key = path.absolute()
        text = str(key)
        if text in seen:
            continue
        seen.add(text)
        items.append(
            Item(path, rel(path), discovery.kind_of(path), bool(refused) and key in refused)
        )
    policies = [(p, rel(p)) for p in policy_paths if p.absolute() not in refused]
    return Scan(target, config, lang, policies, items, blobs)


def load_item(
    abspath: Path, path: str, kind: str, max_bytes: int, data: bytes | None
) -> LoadedFile:
    """Load a policy or a draft, from ``data`` (its bytes, already read) when given."""
    from checker.input.text import decode
    from checker.model.document import load_draft, load_policy

    loader = load_policy if kind == "policy" else load_draft
    if data is not None:
        decoded = decode(data)
        if isinstance(decoded, SourceText):
            return loader(abspath, path, max_bytes, text=decoded)
    return loader(abspath, path, max_bytes)


class Loaded:
    """A root's repository, context, selection, rules and the files to report."""

    def __init__(
        self,
        repo: Repository,
        ctx: Context,
        selection: Selection,
        rules: list[Rule],
        *,
        items: list[Item],
        policies: dict[Path, PolicyDoc],
    ) -> None:
        self.repo = repo
        self.ctx = ctx
        self.selection = selection
        self.rules = rules
        self.items = items
        self.policies = policies
        self.plans: dict[tuple[str, bool, str], Plan] = {}

    def load(self, item: Item, data: bytes | None = None) -> LoadedFile:
        """The loaded file of ``item`` (a policy is the repository's own document)."""
        if item.refused:
            from checker.model.document import refused_link

            return refused_link(item.abspath, item.path, item.kind)
        if item.kind == "policy":
            doc = self.policies.get(item.abspath.absolute())
            if doc is not None:
                return doc
        return load_item(item.abspath, item.path, item.kind, self.ctx.config.max_file_bytes, data)

    @cached_property
    def files(self) -> list[LoadedFile]:
        return [self.load(item) for item in self.items]


def load_target(target: discovery.Target, options: RunOptions, scan: Scan | None = None) -> Loaded:
    """Load one root: configuration, every policy, the rules; files load when checked."""
    from checker.model.document import PolicyDoc
    from checker.model.repository import Repository
    from checker.rules import dynamic
    from checker.rules.api import Context

    scan = scan or scan_target(target, options)
    config = scan.config
    root = target.root
    repo = Repository(None if target.loose else root, config)
    policies: dict[Path, PolicyDoc] = {}
    for path, relpath in scan.policies:
        key = path.absolute()
        doc = load_item(path, relpath, "policy", config.max_file_bytes, scan.blobs.get(key))
        assert isinstance(doc, PolicyDoc)
        policies[key] = doc
        repo.policies.append(doc)

    built_in = registry.rule_ids()
    extra = dynamic.rules(repo)
    known = list(built_in) + [rule.id for rule in extra]
    selection = _select(options, config, known, scan.lang)
    targets = {"file", "post"}
    targets.update(item.kind for item in scan.items)
    rules = [r for r in registry.rules_for(targets) if r.id in selection.active]
    rules.extend(r for r in extra if r.id in selection.active and r.target in targets)
    today = options.today or dt.date.today()
    ctx = Context(repo, config, today, scan.lang, selection.active)
    return Loaded(repo, ctx, selection, rules, items=scan.items, policies=policies)


class ItemResult(NamedTuple):
    """One checked file: its findings, its text when it has findings, its rule errors."""

    findings: list[Finding]
    source: SourceText | None
    errors: list[str]


def check_item(loaded: Loaded, item: Item, data: bytes | None) -> ItemResult:
    errors: list[str] = []
    file = loaded.load(item, data)
    found = check_file(file, loaded.rules, loaded.ctx, loaded.selection, errors, plans=loaded.plans)
    return ItemResult(found, file.source if found and file.readable else None, errors)


def _settings(scan: Scan, options: RunOptions) -> dict[str, object]:
    from checker.engine.cache import config_settings

    return {
        "config": config_settings(scan.config),
        "select": options.select,
        "ignore": options.ignore,
        "lang": scan.lang,
        "today": (options.today or dt.date.today()).isoformat(),
    }


def _open_store(scan: Scan, options: RunOptions) -> Store | None:
    """The cache folder of this root and run (hashing and JSON are imported only here)."""
    from checker.engine import cache

    if cache.machine_secret() is None:
        return None
    context = cache.context_key(
        _settings(scan, options),
        ((relpath, scan.blobs.get(path.absolute())) for path, relpath in scan.policies),
    )
    return cache.Store(cache.cache_folder(scan.target.root, scan.config.cache_dir), context)


def _check_target(
    scan: Scan, options: RunOptions, result: RunResult
) -> tuple[list[Finding], frozenset[str]]:
    """Findings of a root's files, from the cache where possible; and the active rule ids."""
    target = scan.target
    max_bytes = scan.config.max_file_bytes
    items = scan.items

    store = None
    active: frozenset[str] | None = None
    if options.cache and not target.loose:
        store = _open_store(scan, options)
        active = store.active() if store is not None else None

    count = len(items)
    stamps: list[Stamp | None] = [None] * count

    def blob(index: int, item: Item) -> bytes | None:
        if item.refused:
            return REFUSED  # never read through the link; the finding depends on nothing else
        key = item.abspath.absolute()
        if item.kind == "policy" and key in scan.blobs:
            return scan.blobs[key]
        if store is None:
            return None  # only the cache needs the bytes here: the checking process reads them
        data, stamps[index] = read_stamped(item.abspath, max_bytes)
        return data

    blobs: list[bytes | None] = [None] * count
    found: list[list[Finding] | None] = [None] * count
    #: Cache hits found by content whose stamp the cache did not know: stored again with it.
    restamp: list[tuple[str, bytes, list[Finding], Stamp | None]] = []
    if store is not None and active is not None:
        from checker.engine.cache import PACK_MIN

        many = count >= PACK_MIN
        for index, item in enumerate(items):
            if many and item.kind != "policy" and not item.refused:
                # A file the cache saw with this very stamp is taken without reading it; its
                # bytes are read only when there are findings to draw frames from.
                stamp = stamp_of(item.abspath)
                hit = store.get_stamped(item.path, stamp) if stamp is not None else None
                if hit is not None:
                    found[index] = hit
                    result.cache_hits += 1
                    data = read_bytes(item.abspath, max_bytes) if hit else None
                    decoded = _decoded(data) if data is not None else None
                    if decoded is not None:
                        result.sources[item.path] = decoded
                    continue
            data = blobs[index] = blob(index, item)
            if data is not None:
                findings = found[index] = store.get(item.path, data, many)
                if findings is not None:
                    result.cache_hits += 1
                    if many and stamps[index] is not None:
                        restamp.append((item.path, data, findings, stamps[index]))
                    decoded = _decoded(data) if findings and not item.refused else None
                    if decoded is not None:
                        result.sources[item.path] = decoded
    else:
        blobs = [blob(index, item) for index, item in enumerate(items)]
    misses = [index for index, value in enumerate(found) if value is None]
    if misses:
        loaded = load_target(target, options, scan)
        active = loaded.selection.active
        if options.jobs <= 1 or len(misses) < 8:
            # One process (a pre-commit run on a few files): no need to import multiprocessing.
            outcomes = [check_item(loaded, items[i], blobs[i]) for i in misses]
        else:
            from checker.engine import jobs

            outcomes = jobs.check(
                loaded, scan, [items[i] for i in misses], [blobs[i] for i in misses], options
            )
        fresh = restamp
        for index, outcome in zip(misses, outcomes, strict=True):
            found[index] = outcome.findings
            result.internal_errors.extend(outcome.errors)
            if outcome.source is not None:
                result.sources[items[index].path] = outcome.source
            data = blobs[index]
            if not outcome.errors and data is not None:
                fresh.append((items[index].path, data, outcome.findings, stamps[index]))
        if store is not None:
            store.put_many(fresh)
            store.save_active(active)
    elif store is not None:
        from checker.engine.cache import PACK_MIN

        if len(restamp) >= PACK_MIN:  # files touched but unchanged (a checkout, a copy)
            store.put_many(restamp)
        store.touch()
    return [f for findings in found if findings for f in findings], active or frozenset()


def _decoded(data: bytes) -> SourceText | None:
    from checker.input.text import decode

    decoded = decode(data)
    return decoded if isinstance(decoded, SourceText) else None


def run(options: RunOptions) -> RunResult:
    """Check everything the options name; raises :class:`RunError` for exit-2 problems."""
    with collecting_rarely():
        return _run(options)


def _run(options: RunOptions) -> RunResult:
    lang = options.lang or "zh"
    try:
        targets = discovery.resolve(options.paths, options.cwd)
    except discovery.PathError as exc:
        raise RunError(messages.text(exc.key, lang, path=exc.path, reason=exc.reason)) from None
    result = RunResult(lang=lang)
    if len(targets) == 1 and not targets[0].loose:
        result.root = str(targets[0].root)
    scopes: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for target in targets:
        scan = scan_target(target, options)
        result.lang = scan.lang
        result.fail_on = options.fail_on or scan.config.fail_on
        result.site_url = scan.config.site_url
        if options.fix or options.diff:
            from checker.engine import fix

            loaded = load_target(target, options, scan)
            outcome = fix.fix_files(loaded, options, result.internal_errors)
            result.fixed += outcome.fixed  # with --diff: what --fix would do
            result.fixed_files += outcome.files
            result.diffs.extend(outcome.diffs)
            result.sources.update(outcome.sources)
            checked = outcome.findings
            active = loaded.selection.active
        else:
            checked, active = _check_target(scan, options, result)
        result.findings.extend(checked)
        result.files += len(scan.items)
        result.paths.extend(item.path for item in scan.items)
        protected = tuple(scan.config.unsuppressible)
        scopes.update((item.path, (active, protected)) for item in scan.items)
    result.findings.sort(key=Finding.sort_key)
    if options.baseline is not None:
        from checker.engine import baseline

        baseline.apply_to_result(options, result, scopes)
    return result


@contextmanager
def collecting_rarely() -> Iterator[None]:
    """Run the cyclic garbage collector rarely while checking (restored afterwards).

    A run builds many small objects that live until it ends; with the default thresholds the
    collector rescans all of them again and again, which cost about 30 % of a 10,000-draft run.
    The data holds few reference cycles.
    """
    import gc

    thresholds = gc.get_threshold()
    gc.set_threshold(max(20_000, thresholds[0]), 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
