"""Fingerprints of findings, and the baseline file that lets a team adopt opscheck gradually.

A fingerprint is the rule id, the file's path and the normalised text the finding is about
(:attr:`Finding.matched`): never a line number, so inserting or deleting lines above a known
finding keeps it known. The text is normalised (NFKC width folding, zero-width characters and
all white space removed) so re-wrapping a paragraph does not make a finding new.

The baseline file stores only a short hash of each fingerprint, never the matched text itself:
that text may be a phone number or an ID number, which must not be copied into a committed file.
Findings of rules the configuration makes unsuppressible (``unsuppressible: [ad-law/*]``) are
never recorded nor hidden: only a reviewed configuration change can silence them.

It is a multiset: two identical findings in one file need two entries, so adding a second copy of
a known problem is reported as new.

File format (JSON, sorted, one entry per finding and per line, stable between runs)::

    {"version": 1, "tool": "opscheck", "findings": [
      {"path": "drafts/a.md", "rule": "ad-law/absolute-term", "hash": "3f0c..."}
    ]}
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker.findings import Finding

if TYPE_CHECKING:
    from checker.engine.run import RunOptions, RunResult

VERSION = 1
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


class BaselineError(Exception):
    """The baseline file cannot be read or written (exit code 2); ``reason`` says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


def normalise(text: str) -> str:
    """The matched text as fingerprints see it: width-folded, without any white space."""
    folded = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    return "".join(folded.split())


def digest(finding: Finding) -> str:
    """A short, stable hash of rule + path + normalised matched text."""
    key = "\0".join((finding.rule, finding.path, normalise(finding.matched)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def occurrences(findings: Sequence[Finding]) -> list[tuple[str, int]]:
    """``(digest, n)`` for each finding, ``n`` counting earlier findings with the same digest.

    Findings are expected in report order (path, line, column), so the index numbers the
    repeats of one problem within a file from the top.
    """
    seen: Counter[str] = Counter()
    found = []
    for finding in findings:
        value = digest(finding)
        found.append((value, seen[value]))
        seen[value] += 1
    return found


@dataclass(frozen=True, order=True)
class Entry:
    path: str
    rule: str
    hash: str


@dataclass
class Outcome:
    """What applying a baseline did: the findings left, how many were known, stale entries."""

    findings: list[Finding]
    known: int = 0
    stale: list[Entry] = field(default_factory=list)


def entry_of(finding: Finding) -> Entry:
    return Entry(finding.path, finding.rule, digest(finding))


def load(path: Path) -> list[Entry]:
    """Read a baseline file; raises :class:`BaselineError` with a reason a person can act on."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(path, "not-found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(path, str(getattr(exc, "strerror", None) or exc)) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BaselineError(path, f"JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise BaselineError(path, "version")
    items = data.get("findings")
    if not isinstance(items, list):
        raise BaselineError(path, "findings")
    entries = []
    for item in items:
        if not (
            isinstance(item, dict)
            and all(isinstance(item.get(key), str) for key in ("path", "rule", "hash"))
        ):
            raise BaselineError(path, "findings")
        entries.append(Entry(item["path"], item["rule"], item["hash"]))
    return entries


def _never(path: str, rule: str) -> bool:
    return False


def apply(
    findings: Sequence[Finding],
    entries: Iterable[Entry],
    in_scope: Callable[[str, str], bool],
    protected: Callable[[str, str], bool] = _never,
) -> Outcome:
    """Drop findings the baseline knows (as a multiset); collect entries nothing matched.

    ``in_scope(path, rule)`` tells whether this run checked that file with that rule; an entry
    outside the run (a file not named on the command line, a rule not selected) is neither
    used nor stale. Findings of ``protected`` (unsuppressible) rules are always reported.
    """
    remaining = Counter(entries)
    kept: list[Finding] = []
    known = 0
    for finding in findings:
        if protected(finding.path, finding.rule):
            kept.append(finding)
            continue
        entry = entry_of(finding)
        if remaining[entry] > 0:
            remaining[entry] -= 1
            known += 1
        else:
            kept.append(finding)
    stale = sorted(
        entry
        for entry, count in remaining.items()
        for _ in range(count)
        if in_scope(entry.path, entry.rule)
    )
    return Outcome(kept, known, stale)


def updated(
    previous: Iterable[Entry],
    findings: Sequence[Finding],
    in_scope: Callable[[str, str], bool],
    protected: Callable[[str, str], bool] = _never,
) -> list[Entry]:
    """The new baseline: this run's findings, plus old entries this run did not look at.

    Findings of ``protected`` rules are never recorded: a rule the configuration makes
    unsuppressible cannot be silenced by a generated file either.
    """
    kept = [entry for entry in previous if not in_scope(entry.path, entry.rule)]
    fresh = [entry_of(f) for f in findings if not protected(f.path, f.rule)]
    return sorted(kept + fresh)


def dump(entries: Sequence[Entry]) -> str:
    """Sorted JSON with one entry per line, so fixing a problem removes exactly one line."""
    lines = [
        json.dumps({"path": e.path, "rule": e.rule, "hash": e.hash}, ensure_ascii=False)
        for e in sorted(entries)
    ]
    body = ",\n".join(f"  {line}" for line in lines)
    middle = f"\n{body}\n" if lines else ""
    return f'{{"version": {VERSION}, "tool": "opscheck", "findings": [{middle}]}}\n'


def write(path: Path, entries: Sequence[Entry]) -> None:
    """Write the baseline atomically (a temporary file renamed over the old one)."""
    from checker.engine.cache import atomic_write

    try:
        atomic_write(path, dump(entries).encode("utf-8"))
    except OSError as exc:
        raise BaselineError(path, exc.strerror or str(exc)) from None


def apply_to_result(
    options: RunOptions,
    result: RunResult,
    scopes: dict[str, tuple[frozenset[str], tuple[str, ...]]],
) -> None:
    """Report only findings the baseline does not know; with --update-baseline, rewrite it."""
    from checker import messages
    from checker.engine.run import RunError
    from checker.rules import registry

    assert options.baseline is not None
    path = options.baseline if options.baseline.is_absolute() else options.cwd / options.baseline
    shown = str(options.baseline)

    def in_scope(file: str, rule: str) -> bool:
        return file in scopes and rule in scopes[file][0]

    def protected(file: str, rule: str) -> bool:
        """Rules the configuration makes unsuppressible: a baseline cannot silence them either."""
        patterns = scopes[file][1] if file in scopes else ()
        return any(registry.matches(pattern, rule) for pattern in patterns)

    try:
        previous = load(path)
    except BaselineError as exc:
        if exc.reason == "not-found" and options.update_baseline:
            previous = []
        elif exc.reason == "not-found":
            raise RunError(messages.text("cli.baseline-missing", result.lang, path=shown)) from None
        else:
            reason = exc.reason
            if reason in ("version", "findings"):
                reason = messages.text(f"baseline.reason-{reason}", result.lang)
            raise RunError(
                messages.text("cli.baseline-bad", result.lang, path=shown, reason=reason)
            ) from None
    if options.update_baseline:
        if result.internal_errors:
            result.internal_errors.append(
                messages.text("cli.baseline-not-updated", result.lang, path=shown)
            )
        else:
            entries = updated(previous, result.findings, in_scope, protected)
            try:
                write(path, entries)
            except BaselineError as exc:
                raise RunError(
                    messages.text("cli.output-failed", result.lang, path=shown, reason=exc.reason)
                ) from None
            result.baseline_written = len(result.findings)
            previous = entries
    outcome = apply(result.findings, previous, in_scope, protected)
    result.findings = outcome.findings
    result.baseline_known = outcome.known
    result.baseline_stale = outcome.stale
