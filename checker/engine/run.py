"""One run of the checker: load, select, check, suppress, fix, collect findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checker import config as configmod
from checker import messages
from checker.engine import discovery, suppress
from checker.findings import Finding, Problem, Severity
from checker.input.text import SourceText
from checker.model.document import (
    Draft,
    LoadedFile,
    PolicyDoc,
    is_link_outside,
    load_draft,
    load_policy,
    refused_link,
    walk_files,
)
from checker.model.repository import Repository
from checker.rules import registry
from checker.rules.api import Context
from checker.rules.registry import Rule


class RunError(Exception):
    """The run itself cannot be done (exit code 2); the message is one localised sentence."""


@dataclass
class RunOptions:
    paths: list[str] = field(default_factory=list)
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    lang: str | None = None
    today: dt.date | None = None
    config: Path | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    cwd: Path = field(default_factory=Path.cwd)


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    fixed: int = 0
    fixed_files: int = 0
    diffs: list[str] = field(default_factory=list)
    internal_errors: list[str] = field(default_factory=list)
    sources: dict[str, SourceText] = field(default_factory=dict)
    lang: str = "zh"
    fail_on: str = "error"
    site_url: str = ""

    @property
    def exit_code(self) -> int:
        if self.internal_errors:
            return 2
        threshold = Severity(self.fail_on).rank
        return 1 if any(f.severity.rank >= threshold for f in self.findings) else 0


@dataclass
class Selection:
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


@dataclass
class Checked:
    """The findings of one file, and the fixes behind them (for --fix)."""

    file: LoadedFile
    findings: list[Finding]


def _semantic_ok(file: LoadedFile) -> bool:
    if not file.readable:
        return False
    blocking = ("input/yaml-syntax", "input/unsafe-yaml", "input/encoding")
    if isinstance(file, PolicyDoc):
        return not any(issue.rule in blocking for issue in file.issues)
    if isinstance(file, Draft):
        broken = blocking + ("input/front-matter",)
        return not any(issue.rule in broken for issue in file.issues)
    return False


def check_file(
    file: LoadedFile,
    rules: list[Rule],
    ctx: Context,
    selection: Selection,
    errors: list[str],
) -> list[Finding]:
    """Run every applicable rule on one file, then suppression and the post rules."""
    lang = ctx.lang
    pairs: list[tuple[Rule, Problem]] = []
    kind = "policy" if isinstance(file, PolicyDoc) else "draft"
    semantic = _semantic_ok(file)
    post: list[Rule] = []
    for rule in rules:
        if not selection.applies(rule.id, file.path):
            continue
        if rule.target == "post":
            post.append(rule)
            continue
        if rule.target not in ("file", kind):
            continue
        if rule.target != "file" and not semantic:
            continue
        if rule.kinds and (not isinstance(file, PolicyDoc) or file.kind not in rule.kinds):
            continue
        try:
            pairs.extend((rule, problem) for problem in rule.check(file, ctx))
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
    return findings


@dataclass
class Loaded:
    """A root's repository, context, selection, rules and the files to report."""

    repo: Repository
    ctx: Context
    selection: Selection
    rules: list[Rule]
    files: list[LoadedFile]


def load_target(target: discovery.Target, options: RunOptions) -> Loaded:
    """Load one root: configuration, every policy, and the files to report."""
    lang_hint = options.lang or "zh"
    try:
        config = configmod.load(None if target.loose else target.root, options.config, lang_hint)
    except configmod.ConfigError as exc:
        raise RunError(str(exc)) from None
    lang = options.lang or config.lang
    root = target.root
    repo = Repository(None if target.loose else root, config)

    def rel(path: Path) -> str:
        return _relative(path, root, target.loose, options.cwd)

    refused: set[Path] = set()  # symbolic links that leave the root or loop: never followed

    def usable(path: Path) -> bool:
        if is_link_outside(path, root):
            refused.add(path.absolute())
        return True

    policy_folder = root if target.loose else root / config.policies
    draft_folder = root if target.loose else root / config.drafts
    policy_paths = (
        [p for p in walk_files(policy_folder, discovery.POLICY_SUFFIXES, root) if usable(p)]
        if policy_folder.is_dir()
        else []
    )
    by_path: dict[Path, PolicyDoc] = {}
    for path in policy_paths:
        if path.absolute() in refused:
            continue
        doc = load_policy(path, rel(path), config.max_file_bytes)
        by_path[path.absolute()] = doc
        repo.policies.append(doc)

    wanted: list[Path] = []
    if target.everything:
        wanted.extend(policy_paths)
        if draft_folder.is_dir():
            wanted.extend(
                p for p in walk_files(draft_folder, discovery.DRAFT_SUFFIXES, root) if usable(p)
            )
    for folder in target.folders:
        suffixes = discovery.POLICY_SUFFIXES + discovery.DRAFT_SUFFIXES
        wanted.extend(p for p in walk_files(folder, suffixes, root) if usable(p))
    wanted.extend(p for p in target.files if usable(p))

    files: list[LoadedFile] = []
    seen: set[Path] = set()
    for path in wanted:
        key = path.absolute()
        if key in seen:
            continue
        seen.add(key)
        if key in refused:
            files.append(refused_link(path, rel(path), discovery.kind_of(path)))
        elif discovery.kind_of(path) == "policy":
            files.append(by_path.get(key) or load_policy(path, rel(path), config.max_file_bytes))
        else:
            files.append(load_draft(path, rel(path), config.max_file_bytes))

    from checker.rules import dynamic

    built_in = registry.rule_ids()
    extra = dynamic.rules(repo)
    known = list(built_in) + [rule.id for rule in extra]
    selection = _select(options, config, known, lang)
    targets = {"file", "post"}
    if any(isinstance(f, PolicyDoc) for f in files):
        targets.add("policy")
    if any(isinstance(f, Draft) for f in files):
        targets.add("draft")
    rules = [r for r in registry.rules_for(targets) if r.id in selection.active]
    rules.extend(r for r in extra if r.id in selection.active and r.target in targets)
    today = options.today or dt.date.today()
    ctx = Context(repo, config, today, lang, selection.active)
    return Loaded(repo, ctx, selection, rules, files)


def run(options: RunOptions) -> RunResult:
    """Check everything the options name; raises :class:`RunError` for exit-2 problems."""
    lang = options.lang or "zh"
    try:
        targets = discovery.resolve(options.paths, options.cwd)
    except discovery.PathError as exc:
        raise RunError(messages.text(exc.key, lang, path=exc.path, reason=exc.reason)) from None
    result = RunResult(lang=lang)
    for target in targets:
        loaded = load_target(target, options)
        result.lang = loaded.ctx.lang
        result.fail_on = options.fail_on or loaded.ctx.config.fail_on
        result.site_url = loaded.ctx.config.site_url
        if options.fix or options.diff:
            from checker.engine import fix

            outcome = fix.fix_files(loaded, options, result.internal_errors)
            result.fixed += outcome.fixed
            result.fixed_files += outcome.files
            result.diffs.extend(outcome.diffs)
            checked = outcome.findings
        else:
            checked = []
            for file in loaded.files:
                found = check_file(
                    file, loaded.rules, loaded.ctx, loaded.selection, result.internal_errors
                )
                if found and file.readable:
                    result.sources[file.path] = file.source
                checked.extend(found)
        result.findings.extend(checked)
        result.files += len(loaded.files)
    result.findings.sort(key=Finding.sort_key)
    return result
