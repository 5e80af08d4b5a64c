"""``--fix`` and ``--diff``: apply fixes in memory until nothing changes, then write atomically.

A file with any ``input/*`` problem is never touched. Edits that overlap an earlier edit wait
for the next pass; at most :data:`MAX_PASSES` passes run. The write goes to a temporary file in
the same directory which is renamed over the original, keeping its mode; the text keeps its
encoding (UTF-8), BOM and line endings because fixes edit the decoded text in place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checker import messages
from checker.findings import Edit, Finding, Fix
from checker.input.text import SourceText, neutralise
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


#: How far (in lines, on both sides together) the diff looks ahead for the next common line.
_RESYNC = 24


Opcode = tuple[str, int, int, int, int]


def _opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """difflib-style opcodes turning ``a`` into ``b``, found in linear time.

    :class:`difflib.SequenceMatcher` is quadratic on long files whose lines alternate between
    changed and unchanged (sixty thousand lines took minutes); fixes only rewrite lines in place
    or a few at a time, so walking both sides and resynchronising within a small window finds
    the same hunks. The result is always a correct diff, if not always the shortest.
    """
    codes: list[Opcode] = []
    i = j = 0

    def add(tag: str, i2: int, j2: int) -> None:
        if codes and codes[-1][0] == tag:
            codes[-1] = (tag, codes[-1][1], i2, codes[-1][3], j2)
        else:
            codes.append((tag, i, i2, j, j2))

    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            add("equal", i + 1, j + 1)
            i, j = i + 1, j + 1
            continue
        x, y = _resync(a, b, i, j) or (1, 1)
        add("replace" if x and y else ("delete" if x else "insert"), i + x, j + y)
        i, j = i + x, j + y
    if i < len(a) or j < len(b):
        tag = "replace" if i < len(a) and j < len(b) else ("delete" if i < len(a) else "insert")
        add(tag, len(a), len(b))
    return codes


def _groups(codes: list[Opcode], n: int) -> list[list[Opcode]]:
    """Hunks with ``n`` lines of context, grouped as :func:`difflib.unified_diff` does."""
    if not codes or all(code[0] == "equal" for code in codes):
        return []
    codes = list(codes)
    if codes[0][0] == "equal":
        tag, i1, i2, j1, j2 = codes[0]
        codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
    if codes[-1][0] == "equal":
        tag, i1, i2, j1, j2 = codes[-1]
        codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
    groups: list[list[Opcode]] = []
    group: list[Opcode] = []
    for tag, i1, i2, j1, j2 in codes:
        first_a, first_b = i1, j1
        if tag == "equal" and i2 - i1 > 2 * n:
            group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
            groups.append(group)
            group = []
            first_a, first_b = max(i1, i2 - n), max(j1, j2 - n)
        group.append((tag, first_a, i2, first_b, j2))
    if group and not (len(group) == 1 and group[0][0] == "equal"):
        groups.append(group)
    return groups


def _resync(a: list[str], b: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The nearest ``(x, y)`` with ``a[i + x] == b[j + y]`` (x + y smallest), if any is near."""
    for distance in range(1, _RESYNC + 1):
        for x in range(distance + 1):
            y = distance - x
            if i + x < len(a) and j + y < len(b) and a[i + x] == b[j + y]:
                return x, y
    return None


def _diff_line(mark: str, line: str) -> str:
    """One diff line; control characters of the content are shown, never sent to the log."""
    body = line.rstrip("\r\n")
    ending = line[len(body) :]
    text = mark + neutralise(body, keep="\t")
    if ending == "\r":
        ending = "\n"  # a CR-only file: show each line on its own line
    return text + (ending or "\n\\ No newline at end of file\n")


def unified_diff(before: str, after: str, path: str, context: int = 3) -> str:
    """``diff -u`` of two versions of a file (``a/path``, ``b/path``), in linear time."""
    old = before.splitlines(keepends=True)
    new = after.splitlines(keepends=True)
    out: list[str] = []
    for group in _groups(_opcodes(old, new), context):
        if not out:
            shown = neutralise(path)
            out.append(f"--- a/{shown}\n+++ b/{shown}\n")
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out.extend(_diff_line(" ", line) for line in old[i1:i2])
                continue
            out.extend(_diff_line("-", line) for line in old[i1:i2])
            out.extend(_diff_line("+", line) for line in new[j1:j2])
    return "".join(out)


def _range(start: int, stop: int) -> str:
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start if not length else start + 1},{length}"


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the file, then rename over it, keeping the file's permission bits.

    A symbolic link (one inside the repository: others are never loaded, let alone fixed) is
    kept: its target is rewritten. On any failure the temporary file is removed and the
    original is untouched.
    """
    path = path.resolve()
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
    for item in loaded.items:
        # One file at a time: a checked draft is let go before the next one loads.
        original = loaded.load(item)
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
        changed = current is not original and current.source.text != original.source.text
        if changed and options.fix and not options.diff:
            try:
                write_atomically(original.abspath, current.source.encode())
            except OSError as exc:
                errors.append(
                    messages.text(
                        "cli.fix-write-failed",
                        loaded.ctx.lang,
                        path=neutralise(original.path),
                        reason=exc.strerror or type(exc).__name__,
                    )
                )
                # The file is as it was: report what is wrong with it, not with the fixed text.
                current, findings, changed = original, first, False
        if options.diff or not changed:
            # Nothing was written: report the file as it stands.
            outcome.findings.extend(first)
            if first and original.readable:
                outcome.sources[original.path] = original.source
        else:
            outcome.findings.extend(findings)
            if findings and current.readable:
                outcome.sources[current.path] = current.source
        if not changed:
            continue
        outcome.fixed += applied
        outcome.files += 1
        if options.diff:
            outcome.diffs.append(
                unified_diff(original.source.text, current.source.text, original.path)
            )
    return outcome
