"""Shared by the ``input/*`` rules: turn the loader's issues into problems."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import LoadedFile


def issues_of(file: LoadedFile, rule_id: str) -> Iterator[Problem]:
    """The problems the input layer recorded for ``rule_id`` while reading ``file``."""
    if not file.issues:
        return iter(())  # nearly every file: no generator to start and run
    return _problems(file, rule_id)


def _problems(file: LoadedFile, rule_id: str) -> Iterator[Problem]:
    for issue in file.issues:
        if issue.rule != rule_id:
            continue
        args = dict(issue.args)
        if "first_offset" in args:
            args["first_line"] = file.source.position(int(str(args.pop("first_offset"))))[0]
        yield Problem(issue.start, max(issue.end, issue.start), args, issue.variant)
