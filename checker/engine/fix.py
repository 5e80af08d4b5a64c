"""``--fix`` and ``--diff``: apply fixes in memory until nothing changes, then write atomically.

A file with any ``input/*`` problem is never touched. Edits that overlap an earlier edit wait
for the next pass; at most :data:`MAX_PASSES` passes run. The write goes to a temporary file in
the same directory which is renamed over the original, keeping its mode; the text keeps its
encoding (UTF-8), BOM and line endings because fixes edit the decoded text in place.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker.findings import Edit, Finding, Fix
from checker.input.text import SourceText
from checker.model.document import Draft, LoadedFile, PolicyDoc, load_draft, load_policy

if TYPE_CHECKING:
    from checker.engine.run import Loaded, RunOptions

MAX_PASSES = 10


@dataclass
class FixOutcome:
    findings: list[Finding] = field(default_factory=list)
    fixed: int = 0
    files: int = 0
    diffs: list[str] = field(default_factory=list)
    sources: dict[str, SourceText] = field(default_factory=dict)


def choose_edits(findings: list[Finding], unsafe: bool) -> list[Edit]:
    """Non-overlapping edits of the fixable findings, in file order."""
    return [edit for fix in choose_fixes(findings, unsafe) for edit in fix.edits]


def choose_fixes(findings: list[Finding], unsafe: bool) -> list[Fix]:
    """The fixes of one pass: whole fixes whose edits overlap no earlier chosen fix."""
    candidates = sorted(
        (
            edit
            for f in findings
            if f.fix is not None and (f.fix.safe or unsafe)
            for edit in [f.fix]
        ),
        key=lambda fix: (fix.edits[0].start, fix.edits[-1].end) if fix.edits else (0, 0),
    )
    chosen: list[Fix] = []
    last_end = -1
    for fix in candidates:
        edits = sorted(fix.edits, key=lambda e: e.start)
        if not edits or edits[0].start < last_end:
            continue
        if any(b.start < a.end for a, b in zip(edits, edits[1:], strict=False)):
            continue
        chosen.append(fix)
        last_end = max(
            edits[-1].end, edits[-1].start + (1 if edits[-1].start == edits[-1].end else 0)
        )
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    parts = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: e.start):
        parts.append(text[cursor : edit.start])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the file, then rename over it, keeping the file's permission bits."""
    mode = path.stat().st_mode & 0o7777
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".opscheck", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _reload(file: LoadedFile, text: str, max_bytes: int) -> LoadedFile:
    source = SourceText(text, bom=file.source.bom)
    if isinstance(file, PolicyDoc):
        return load_policy(file.abspath, file.path, max_bytes, text=source)
    return load_draft(file.abspath, file.path, max_bytes, text=source)


def fix_files(loaded: Loaded, options: RunOptions, errors: list[str]) -> FixOutcome:
    from checker.engine.run import check_file

    outcome = FixOutcome()
    max_bytes = loaded.ctx.config.max_file_bytes
    for original in loaded.files:
        current = original
        findings = check_file(current, loaded.rules, loaded.ctx, loaded.selection, errors)
        first = findings
        applied = 0
        if original.trusted and isinstance(original, (Draft, PolicyDoc)):
            for _ in range(MAX_PASSES):
                fixes = choose_fixes(findings, options.unsafe_fixes)
                if not fixes:
                    break
                text = apply_edits(current.source.text, [e for f in fixes for e in f.edits])
                if text == current.source.text:
                    break
                applied += len(fixes)
                current = _reload(current, text, max_bytes)
                if not current.trusted:
                    current = original  # a fix must never break the file: give up on it
                    applied = 0
                    findings = check_file(
                        current, loaded.rules, loaded.ctx, loaded.selection, errors
                    )
                    break
                findings = check_file(current, loaded.rules, loaded.ctx, loaded.selection, errors)
        if options.diff:
            # Nothing is written: report the file as it stands, and show what --fix would do.
            outcome.findings.extend(first)
            if first and original.readable:
                outcome.sources[original.path] = original.source
        else:
            outcome.findings.extend(findings)
            if findings and current.readable:
                outcome.sources[current.path] = current.source
        if current is original or current.source.text == original.source.text:
            continue
        outcome.fixed += applied
        outcome.files += 1
        if options.diff:
            outcome.diffs.append(
                "".join(
                    difflib.unified_diff(
                        original.source.text.splitlines(keepends=True),
                        current.source.text.splitlines(keepends=True),
                        fromfile=f"a/{original.path}",
                        tofile=f"b/{original.path}",
                    )
                )
            )
        elif options.fix:
            write_atomically(original.abspath, current.source.encode())
    return outcome
