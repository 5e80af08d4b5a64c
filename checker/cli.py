"""The ``opscheck`` command line: check, rules, explain, schema, init.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings; 2 the run itself could not be
done (bad configuration, unknown path or rule id): one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from checker import __version__, messages
from checker.input.text import neutralise

if TYPE_CHECKING:
    from checker.engine.run import RunResult

SUBCOMMANDS = ("check", "rules", "explain", "schema", "init")
FORMAT_NAMES = ("text", "json", "sarif", "github", "gitlab", "junit")


class UsageError(Exception):
    """A command-line mistake: one sentence, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"opscheck: {message}")


class _Pair(argparse.Action):
    """Collects ``--format NAME`` and ``--output FILE`` as ordered [format, output] pairs.

    An ``--output`` belongs to the ``--format`` written just before it; an ``--output`` with no
    such ``--format`` (or after one that already has a file) writes the text report.
    """

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        pairs: list[list[str | None]] = list(getattr(namespace, self.dest, None) or [])
        value = str(values)
        if "--format" in self.option_strings:
            pairs.append([value, None])
        elif pairs and pairs[-1][1] is None:
            pairs[-1][1] = value
        else:
            pairs.append(["text", value])
        setattr(namespace, self.dest, pairs)


def _lang_hint(argv: Sequence[str]) -> str:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh"


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _check_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="opscheck", description="检查社交媒体运营制度和内容草稿。")
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument("--format", action=_Pair, choices=FORMAT_NAMES, dest="pairs")
    parser.add_argument("--output", action=_Pair, dest="pairs", metavar="FILE")
    parser.add_argument("--fix", action="store_true")
    parser.add_argument("--unsafe-fixes", action="store_true")
    parser.add_argument("--diff", action="store_true")
    parser.add_argument("--select", action="append", metavar="RULES")
    parser.add_argument("--ignore", action="append", metavar="RULES")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"))
    parser.add_argument("--lang", choices=("zh", "en"))
    parser.add_argument("--config", metavar="FILE")
    parser.add_argument("--today", metavar="YYYY-MM-DD")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    parser.add_argument("--jobs", "-j", metavar="N", default="1")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--baseline", metavar="FILE")
    parser.add_argument("--update-baseline", nargs="?", const="", metavar="FILE")
    parser.add_argument("--version", action="version", version=f"opscheck {__version__}")
    return parser


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def cmd_check(argv: Sequence[str], lang: str) -> int:
    from checker.engine.run import RunError, RunOptions, run
    from checker.reporters import FORMATS, Report, render

    args = _check_parser().parse_args(list(argv))
    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise UsageError(messages.text("cli.bad-date", lang, value=args.today)) from None
    pairs: list[list[str | None]] = args.pairs or [["text", None]]
    formats = [str(name) for name, _ in pairs]
    outputs = [output for _, output in pairs]
    for name in formats:
        if name not in FORMATS:
            raise UsageError(
                messages.text("cli.unknown-format", lang, name=name, allowed=", ".join(FORMATS))
            )
    jobs = _jobs(args.jobs, lang)
    baseline, update = _baseline_args(args.baseline, args.update_baseline, lang)
    options = RunOptions(
        paths=list(args.paths),
        select=_split(args.select),
        ignore=_split(args.ignore) or [],
        fail_on=args.fail_on,
        lang=args.lang,
        today=today,
        config=Path(args.config) if args.config else None,
        fix=args.fix,
        unsafe_fixes=args.unsafe_fixes,
        diff=args.diff,
        jobs=jobs,
        cache=not args.no_cache,
        baseline=baseline,
        update_baseline=update,
    )
    try:
        result = run(options)
    except RunError as exc:
        raise UsageError(str(exc)) from None
    for error in result.internal_errors:
        print(neutralise(error), file=sys.stderr)
    _baseline_notes(result, str(baseline or ""))
    for diff in result.diffs:
        sys.stdout.write(diff)
    if args.diff and result.fixed:
        print(
            messages.text(
                "report.would-fix", result.lang, count=result.fixed, files=result.fixed_files
            ),
            file=sys.stderr,
        )
    for index, name in enumerate(formats):
        destination = outputs[index]
        stream = sys.stdout
        report = Report(
            findings=result.findings,
            files=result.files,
            lang=result.lang,
            tool_version=__version__,
            site_url=result.site_url,
            color=destination is None and _use_color(args.color, stream),
            fixed=0 if args.diff else result.fixed,
            fixed_files=0 if args.diff else result.fixed_files,
            sources=result.sources,
            paths=result.paths,
            root=result.root,
        )
        text = render(name, report)
        if destination is None:
            stream.write(text)
        else:
            try:
                Path(destination).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise UsageError(
                    messages.text(
                        "cli.output-failed", lang, path=destination, reason=exc.strerror or str(exc)
                    )
                ) from None
    return result.exit_code


def _jobs(value: str, lang: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise UsageError(messages.text("cli.bad-jobs", lang, value=value))
    return jobs


def _baseline_args(baseline: str | None, update: str | None, lang: str) -> tuple[Path | None, bool]:
    """``--baseline FILE [--update-baseline]`` or ``--update-baseline FILE``."""
    if update is None:
        return (Path(baseline) if baseline else None), False
    if update and baseline and Path(update) != Path(baseline):
        raise UsageError(
            messages.text("cli.baseline-two-files", lang, first=baseline, second=update)
        )
    chosen = update or baseline
    if not chosen:
        raise UsageError(messages.text("cli.baseline-no-file", lang))
    return Path(chosen), True


_STALE_SHOWN = 20


def _baseline_notes(result: RunResult, path: str) -> None:
    """What the baseline did, on stderr (never mixed into a machine-readable report)."""
    lang = result.lang
    if result.baseline_written is not None:
        print(
            messages.text(
                "report.baseline-written", lang, count=result.baseline_written, path=path
            ),
            file=sys.stderr,
        )
    elif result.baseline_known:
        print(
            messages.text("report.baseline-known", lang, count=result.baseline_known, path=path),
            file=sys.stderr,
        )
    if result.baseline_stale:
        print(
            messages.text(
                "report.baseline-stale", lang, count=len(result.baseline_stale), path=path
            ),
            file=sys.stderr,
        )
        for entry in result.baseline_stale[:_STALE_SHOWN]:
            print(
                messages.text(
                    "report.baseline-stale-entry", lang, path=entry.path, rule=entry.rule
                ),
                file=sys.stderr,
            )


def cmd_rules(argv: Sequence[str], lang: str) -> int:
    from checker.rules import registry

    parser = _Parser(prog="opscheck rules")
    parser.add_argument("--format", choices=("text", "json", "md"), default="text")
    parser.add_argument("--lang", choices=("zh", "en"), default=lang)
    args = parser.parse_args(list(argv))
    rules = registry.all_rules()
    if args.format == "json":
        import json

        payload = {
            "version": 1,
            "tool": "opscheck",
            "tool_version": __version__,
            "rules": [registry.as_dict(r, messages.summary(r.id, args.lang)) for r in rules],
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "md":
        from checker.docs import rules_markdown

        sys.stdout.write(rules_markdown(rules, args.lang))
    else:
        print(messages.text("rules.header", args.lang, count=len(rules)))
        for rule in rules:
            fixable = {"safe": "fix", "unsafe": "fix*"}.get(rule.fixable or "", "-")
            print(
                f"{rule.id:34} {rule.severity.value:8} {rule.handbook:9} {fixable:5} "
                f"{messages.summary(rule.id, args.lang)}"
            )
    return 0


def cmd_explain(argv: Sequence[str], lang: str) -> int:
    from checker.rules import registry

    parser = _Parser(prog="opscheck explain")
    parser.add_argument("rule")
    parser.add_argument("--lang", choices=("zh", "en"), default=lang)
    args = parser.parse_args(list(argv))
    if args.rule not in registry.rule_ids():
        raise UsageError(messages.text("cli.no-such-rule", args.lang, rule=args.rule))
    rule = registry.load(args.rule)
    fixable = {"safe": "explain.fix-safe", "unsafe": "explain.fix-unsafe"}.get(
        rule.fixable or "", "explain.fix-none"
    )
    print(f"{rule.id}: {messages.summary(rule.id, args.lang)}")
    print(f"{messages.text('explain.severity', args.lang)}: {rule.severity.value}")
    print(
        f"{messages.text('explain.handbook', args.lang)}: "
        f"{registry.handbook_label(rule.handbook)} ({rule.handbook})"
    )
    print(f"{messages.text('explain.fixable', args.lang)}: {messages.text(fixable, args.lang)}")
    print()
    print(_dedent_doc(rule.doc))
    return 0


def _dedent_doc(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


def cmd_schema(argv: Sequence[str], lang: str) -> int:
    return _delegate("checker.schema.export", argv, lang)


def cmd_init(argv: Sequence[str], lang: str) -> int:
    return _delegate("checker.scaffold", argv, lang)


def _delegate(module_name: str, argv: Sequence[str], lang: str) -> int:
    """Run ``main(argv, lang)`` of a command module (imported only when the command is used)."""
    import importlib

    module = importlib.import_module(module_name)
    code: int = module.main(list(argv), lang)
    return code


COMMANDS = {
    "check": cmd_check,
    "rules": cmd_rules,
    "explain": cmd_explain,
    "schema": cmd_schema,
    "init": cmd_init,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    lang = _lang_hint(args)
    lang = lang if lang in messages.LANGS else "zh"
    command = "check"
    if args and args[0] in SUBCOMMANDS:
        command = args.pop(0)
    try:
        return COMMANDS[command](args, lang)
    except UsageError as exc:
        print(neutralise(str(exc)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(messages.text("cli.interrupted", lang), file=sys.stderr)
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # never show a traceback to a user
        print(
            neutralise(
                messages.text("cli.internal-error", lang, error=f"{type(exc).__name__}: {exc}")
            ),
            file=sys.stderr,
        )
        if os.environ.get("OPSCHECK_DEBUG"):
            raise
        return 2
