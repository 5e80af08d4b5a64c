"""``opscheck init [DIR]``: scaffold annotated policy templates, one draft and the schemas.

The templates live in ``checker/data/templates/``. Dates are filled in when the files are
written (``reviewed_on`` is today, goal deadlines a year ahead) so the result passes
``opscheck`` as generated. Existing files are never overwritten without ``--force``; the
exported JSON Schemas (generated from the package) are always refreshed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import NoReturn

from checker import config as configmod
from checker import data as shipped
from checker import messages
from checker.schema import export

#: Template name -> where it goes, relative to DIR.
TEMPLATES = (
    ("strategy.yaml", "policies/strategy.yaml"),
    ("organization.yaml", "policies/organization.yaml"),
    ("platforms.yaml", "policies/platforms.yaml"),
    ("workflow.yaml", "policies/workflow.yaml"),
    ("rulepack.yaml", "policies/rulepack-team-terms.yaml"),
    ("draft.md", "drafts/example.md"),
)
CONFIG_TEMPLATE = ("opscheck.yaml", "opscheck.yaml")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        from checker.cli import UsageError

        raise UsageError(f"opscheck init: {message}")


def _deadline(today: dt.date) -> dt.date:
    """The end of the quarter one year from ``today``: a realistic goal deadline."""
    year = today.year + 1
    quarter_end = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}[(today.month - 1) // 3 + 1]
    return dt.date(year, *quarter_end)


def render(name: str, today: dt.date) -> str:
    """A template with its placeholders filled in."""
    text = shipped.read_text("templates", name)
    return text.replace("{{today}}", today.isoformat()).replace(
        "{{deadline}}", _deadline(today).isoformat()
    )


def plan(folder: Path) -> list[tuple[str, Path]]:
    """The templates to write into ``folder`` (the config only where none exists yet)."""
    wanted = [(name, folder / target) for name, target in TEMPLATES]
    config_present = configmod.has_config(folder) if folder.is_dir() else False
    config_target = folder / CONFIG_TEMPLATE[1]
    if not config_present or config_target.exists():
        wanted.append((CONFIG_TEMPLATE[0], config_target))
    return wanted


def main(argv: list[str], lang: str) -> int:
    parser = _Parser(prog="opscheck init", description=messages.text("init.help", lang))
    parser.add_argument("dir", nargs="?", default=".", metavar="DIR")
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--today", metavar="YYYY-MM-DD")
    parser.add_argument("--lang", choices=("zh", "en"), default=lang)
    args = parser.parse_args(argv)
    lang = args.lang
    today = dt.date.today()
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            print(messages.text("cli.bad-date", lang, value=args.today), file=sys.stderr)
            return 2
    folder = Path(args.dir)
    if folder.exists() and not folder.is_dir():
        print(messages.text("init.not-dir", lang, path=args.dir), file=sys.stderr)
        return 2
    wanted = plan(folder)
    existing = [target for _, target in wanted if target.exists()]
    if existing and not args.force:
        paths = ", ".join(path.as_posix() for path in existing)
        print(messages.text("init.exists", lang, paths=paths), file=sys.stderr)
        return 2
    created: list[Path] = []
    try:
        for name, target in wanted:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render(name, today), encoding="utf-8")
            created.append(target)
        created.extend(export.write_all(folder / export.DEFAULT_DIR))
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) else args.dir
        reason = exc.strerror or str(exc)
        print(messages.text("init.write-failed", lang, path=where, reason=reason), file=sys.stderr)
        return 2
    print(messages.text("init.created", lang, count=len(created), folder=folder.as_posix()))
    for path in created:
        print(f"  {path.as_posix()}")
    print(messages.text("init.next", lang, folder=folder.as_posix()))
    return 0
