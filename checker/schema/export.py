"""``opscheck schema``: export the shipped JSON Schemas for editors and other validators.

``opscheck schema`` lists the schemas and where they are; ``opscheck schema KIND`` prints one;
``opscheck schema --out DIR`` writes ``DIR/<kind>.schema.json`` for every policy kind and for the
draft front matter. Policy files point their editor at them with a first-line comment such as
``# yaml-language-server: $schema=../schemas/strategy.schema.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import NoReturn

from checker import data as datafiles
from checker import messages
from checker.model.repository import KINDS

#: The conventional export folder, relative to the repository root (policy headers point here).
DEFAULT_DIR = "schemas"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        from checker.cli import UsageError

        raise UsageError(f"opscheck schema: {message}")


def shipped() -> list[str]:
    """Names of the shipped schemas: the policy kinds that have one, then ``draft``."""
    folder = datafiles.path("schemas")
    present = {
        entry.name.removesuffix(".schema.json")
        for entry in folder.iterdir()
        if entry.name.endswith(".schema.json")
    }
    ordered = [kind for kind in KINDS if kind in present]
    ordered += sorted(present - set(KINDS) - {"draft"})
    if "draft" in present:
        ordered.append("draft")
    return ordered


def schema_text(name: str) -> str:
    return datafiles.read_text("schemas", f"{name}.schema.json")


def write_all(out: Path) -> list[Path]:
    """Write every shipped schema into ``out`` (created when missing); returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in shipped():
        path = out / f"{name}.schema.json"
        path.write_text(schema_text(name), encoding="utf-8")
        written.append(path)
    return written


def _title(name: str) -> str:
    try:
        value = json.loads(schema_text(name)).get("title", "")
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def main(argv: list[str], lang: str) -> int:
    parser = _Parser(prog="opscheck schema", description=messages.text("schema.help", lang))
    parser.add_argument("kind", nargs="?", metavar="KIND")
    parser.add_argument("--out", metavar="DIR")
    parser.add_argument("--lang", choices=("zh", "en"), default=lang)
    args = parser.parse_args(argv)
    lang = args.lang
    names = shipped()
    if args.kind is not None:
        if args.kind not in names:
            print(
                messages.text("schema.unknown", lang, kind=args.kind, allowed=", ".join(names)),
                file=sys.stderr,
            )
            return 2
        sys.stdout.write(schema_text(args.kind))
        return 0
    if args.out is None:
        print(messages.text("schema.list-header", lang, count=len(names)))
        for name in names:
            print(f"  {name:14} {_title(name)}")
        print(messages.text("schema.list-footer", lang, folder=DEFAULT_DIR))
        return 0
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(messages.text("schema.not-dir", lang, path=args.out), file=sys.stderr)
        return 2
    try:
        written = write_all(out)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(
            messages.text("schema.write-failed", lang, path=args.out, reason=reason),
            file=sys.stderr,
        )
        return 2
    print(messages.text("schema.wrote", lang, count=len(written), folder=args.out))
    for path in written:
        print(f"  {path.as_posix()}")
    return 0
