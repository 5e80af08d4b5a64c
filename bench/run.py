"""Time opscheck against its peers on one generated corpus, in one run, on this machine.

What is measured (whole process wall time, median of several runs after one warm-up run, and the
peak resident memory of the largest process; see ``bench/README.md``):

1. one draft checked in its repository's context (the pre-commit case);
2. the whole corpus (10,000 drafts by default) with the whole catalogue, ``--jobs 2`` and
   ``--jobs 1`` when opscheck has ``--jobs``;
3. the same corpus with a 300-term and a 10,000-term rule pack;
4. a cached rerun on an unchanged repository against a cold run (``--no-cache``), when opscheck
   has a cache.

Peers (exact versions below) are installed into ``bench/.peers/`` only when asked
(``--install-peers`` or ``make bench``), from the npm registry and PyPI:

* textlint with ``textlint-rule-ng-word`` given the same words as opscheck's rule pack;
* zhlint (Chinese typography, default rules);
* autocorrect, the Rust CLI, run through the ``autocorrect-node`` package (a native binding
  that embeds the CLI) as ``autocorrect --lint --threads 2``.

Usage: ``python bench/run.py [--install-peers] [--drafts 10000] [--runs 5] [--profile]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

PEERS = HERE / ".peers"
OUT = HERE / "out"
TODAY = "2026-11-26"

#: Exact versions of the peers (npm registry), and of the profiler (PyPI).
NPM_PACKAGES = {
    "textlint": "15.8.0",
    "textlint-rule-ng-word": "1.0.0",
    "zhlint": "0.8.2",
    "autocorrect-node": "2.14.0",
}
PYPI_PACKAGES = {"pyinstrument": "5.1.3"}
AUTOCORRECT_THREADS = 2
#: The rule that should report each kind of planted violation.
PLANTED_RULES = {
    "absolute-term": "ad-law/absolute-term",
    "phone-number": "privacy/phone-number",
    "cjk-spacing": "style/cjk-spacing",
    "hashtag-format": "platform/hashtag-format",
    "pack-term": "terms/bench-terms/",
}
SMALL_TERMS = 300
LARGE_TERMS = 10_000

# --------------------------------------------------------------------------------------------
# Running and timing one command
# --------------------------------------------------------------------------------------------


@dataclass
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds of the whole process tree
    rss_kb: int  # peak RSS of the largest process of the tree (ru_maxrss of wait4)
    code: int


def run_once(cmd: Sequence[str], cwd: Path, env: dict[str, str]) -> tuple[Sample, str]:
    """Run ``cmd`` once; return its timing and the tail of its standard error."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read()[-2000:].decode("utf-8", errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Sample(wall, cpu, int(usage.ru_maxrss), proc.returncode), tail


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (kB)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii", errors="replace") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    pending.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def tree_peak_kb(cmd: Sequence[str], cwd: Path, env: dict[str, str]) -> int:
    """Peak of the summed RSS of the whole process tree, sampled every 10 ms (one extra run)."""
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    proc.wait()
    done.set()
    sampler.join()
    return peak


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------


@dataclass
class Case:
    """One command to time, in one group of commands that are compared with each other."""

    group: str
    label: str
    tool: str
    cmd: list[str]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)
    before: Callable[[], None] | None = None  # run before every timed run (not timed)
    ok_codes: tuple[int, ...] = (0, 1)
    note: str = ""
    samples: list[Sample] = field(default_factory=list)
    tree_kb: int | None = None
    error: str = ""

    @property
    def median(self) -> float | None:
        walls = [s.wall for s in self.samples]
        return statistics.median(walls) if walls else None

    @property
    def cpu_median(self) -> float | None:
        cpus = [s.cpu for s in self.samples]
        return statistics.median(cpus) if cpus else None

    @property
    def rss_mb(self) -> float | None:
        return max(s.rss_kb for s in self.samples) / 1024 if self.samples else None


def measure(cases: list[Case], runs: int, log: Callable[[str], None]) -> None:
    """Warm up every case once, then run the cases round-robin ``runs`` times."""
    env_base = dict(os.environ)
    env_base.pop("NO_COLOR", None)
    env_base["NO_COLOR"] = "1"
    env_base["FORCE_COLOR"] = "0"
    live = []
    for case in cases:
        if case.samples or case.error:
            continue  # shared with a group measured before
        env = {**env_base, **case.env}
        if case.before is not None:
            case.before()
        sample, tail = run_once(case.cmd, case.cwd, env)
        if sample.code not in case.ok_codes:
            case.error = f"exit {sample.code}: {tail.strip().splitlines()[-1:] or ''}"
            log(f"  ! {case.label}: {case.error}")
            continue
        live.append(case)
    for round_ in range(runs):
        for case in live:
            if case.before is not None:
                case.before()
            sample, tail = run_once(case.cmd, case.cwd, {**env_base, **case.env})
            if sample.code not in case.ok_codes:
                case.error = f"exit {sample.code} in run {round_ + 1}: {tail.strip()[-300:]}"
            case.samples.append(sample)
            log(f"  {case.label:58} run {round_ + 1}/{runs}: {sample.wall:7.3f} s")


# --------------------------------------------------------------------------------------------
# Peers
# --------------------------------------------------------------------------------------------


def peer_paths() -> dict[str, Path]:
    modules = PEERS / "node_modules"
    return {
        "textlint": modules / "textlint" / "bin" / "textlint.js",
        "zhlint": modules / "zhlint" / "bin" / "index.js",
        "autocorrect": modules / "autocorrect-node" / "cli.js",
        "pyinstrument": PEERS / "python" / "pyinstrument",
    }


def install_peers(log: Callable[[str], None]) -> None:
    """Install the pinned peers into ``bench/.peers`` (npm registry and PyPI only)."""
    PEERS.mkdir(parents=True, exist_ok=True)
    package = {
        "name": "opscheck-bench-peers",
        "private": True,
        "description": "Peers of opscheck for bench/run.py; installed on request only.",
        "dependencies": NPM_PACKAGES,
    }
    (PEERS / "package.json").write_text(json.dumps(package, indent=2) + "\n", "utf-8")
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is not installed: install Node.js (apt-get install nodejs npm)")
    log(f"installing {', '.join(f'{k}@{v}' for k, v in NPM_PACKAGES.items())} into {PEERS}")
    subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=PEERS, check=True
    )
    log(f"installing {', '.join(f'{k}=={v}' for k, v in PYPI_PACKAGES.items())} (profiler)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--target",
            str(PEERS / "python"),
            *(f"{k}=={v}" for k, v in PYPI_PACKAGES.items()),
        ],
        check=True,
    )


def tool_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in NPM_PACKAGES:
        manifest = PEERS / "node_modules" / name / "package.json"
        if manifest.is_file():
            versions[name] = json.loads(manifest.read_text("utf-8")).get("version", "?")
    node = shutil.which("node")
    if node:
        versions["node"] = subprocess.run(
            [node, "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
    return versions


# --------------------------------------------------------------------------------------------
# opscheck
# --------------------------------------------------------------------------------------------


OPSCHECK_VENV = PEERS / "opscheck-venv"
_python = sys.executable


def install_opscheck(log: Callable[[str], None]) -> None:
    """Install this working tree, not editable, into a venv of its own (as pre-commit does).

    An editable install adds an import hook that a user's installation does not have, so the
    benchmark measures a regular installation of the current code.
    """
    global _python
    python = OPSCHECK_VENV / "bin" / "python"
    if not python.exists():
        log(f"creating {OPSCHECK_VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(OPSCHECK_VENV)], check=True)
    log("installing the working tree of opscheck (not editable) into the benchmark venv")
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    for extra in ([], ["--force-reinstall", "--no-deps"]):
        proc = subprocess.run(
            [*pip, *extra, str(PROJECT)], check=False, capture_output=True, text=True
        )
        if proc.returncode != 0:
            raise SystemExit(f"could not install opscheck into {OPSCHECK_VENV}:\n{proc.stderr}")
    _python = str(python)


def opscheck_python() -> str:
    return _python


def opscheck_command() -> list[str]:
    """The console script a user runs (next to the interpreter), else ``python -m checker``."""
    script = Path(_python).parent / "opscheck"
    return [str(script)] if script.exists() else [_python, "-m", "checker"]


def opscheck_features() -> set[str]:
    """Which of ``--jobs`` and ``--no-cache`` this opscheck has (read from its help)."""
    proc = subprocess.run(
        [*opscheck_command(), "check", "--help"], capture_output=True, text=True, check=False
    )
    return {flag for flag in ("--jobs", "--no-cache") if flag in proc.stdout}


def cache_dir(root: Path) -> Path:
    return root / ".opscheck-cache"


def clear_cache(root: Path) -> Callable[[], None]:
    def clear() -> None:
        shutil.rmtree(cache_dir(root), ignore_errors=True)

    return clear


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    small: Path  # SMALL_TERMS pack
    large: Path  # LARGE_TERMS pack, drafts hard-linked to the small corpus
    manifest: dict[str, object]
    one: str  # the draft of the pre-commit case (relative path)
    textlintrc: dict[int, Path]


def build_corpus(drafts: int, seed: int, log: Callable[[str], None]) -> Corpus:
    OUT.mkdir(parents=True, exist_ok=True)
    small = OUT / f"corpus-{SMALL_TERMS}"
    large = OUT / f"corpus-{LARGE_TERMS}"
    log(f"generating {drafts} drafts (seed {seed}) into {small}")
    manifest = generate.write_repository(small, drafts=drafts, terms=SMALL_TERMS, seed=seed)
    if large.exists():
        shutil.rmtree(large)
    shutil.copytree(small, large, copy_function=os.link)
    for name in ("policies/bench-terms.yaml", "bench-manifest.json"):
        (large / name).unlink()
    (large / "policies" / "bench-terms.yaml").write_text(
        generate.rulepack_yaml(LARGE_TERMS, seed), "utf-8"
    )
    large_manifest = dict(manifest, terms=LARGE_TERMS)
    (large / "bench-manifest.json").write_text(
        json.dumps(large_manifest, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    textlintrc = {}
    for count in (SMALL_TERMS, LARGE_TERMS):
        path = OUT / f"textlintrc-{count}.json"
        config = {"rules": {"ng-word": {"words": generate.pack_words(count)}}}
        path.write_text(json.dumps(config, ensure_ascii=False) + "\n", "utf-8")
        textlintrc[count] = path
    # The pre-commit case: the draft whose size is the median of the corpus.
    sizes = sorted(
        (p.stat().st_size, p.relative_to(small).as_posix())
        for p in (small / "drafts").rglob("*.md")
    )
    one = sizes[len(sizes) // 2][1]
    log(
        f"corpus: {manifest['drafts']} drafts, {manifest['bytes']} bytes "
        f"(average {manifest['average_bytes']}); pre-commit draft {one}"
    )
    return Corpus(small, large, manifest, one, textlintrc)


# --------------------------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------------------------


def plan(
    corpus: Corpus, features: set[str], peers: bool, jobs: int, log: Callable[[str], None]
) -> tuple[list[list[Case]], list[str]]:
    """The groups of cases to measure, and notes on what could not be measured."""
    ops = opscheck_command()
    base = ["check", "--today", TODAY]
    notes: list[str] = []
    has_jobs = "--jobs" in features
    has_cache = "--no-cache" in features
    cold = ["--no-cache"] if has_cache else []
    if not has_jobs:
        notes.append("opscheck has no --jobs yet: the corpus runs use one process")
    if not has_cache:
        notes.append("opscheck has no cache yet (--no-cache): the cached rerun is not measured")
    paths = peer_paths()
    have = {name: path.exists() for name, path in paths.items()}
    if not peers:
        notes.append("peers not installed (run with --install-peers): only opscheck is measured")
    small, large = corpus.small, corpus.large
    drafts = int(str(corpus.manifest["drafts"]))
    n = f"{drafts:,}"

    def textlint(root: Path, terms: int, target: str, group: str) -> Case:
        return Case(
            group,
            f"textlint + ng-word ({terms} terms)",
            "textlint",
            [
                "node",
                str(paths["textlint"]),
                "--config",
                str(corpus.textlintrc[terms]),
                "--rules-base-directory",
                str(PEERS / "node_modules"),
                "--no-color",
                target,
            ],
            root,
        )

    def zhlint(target: str, group: str) -> Case:
        return Case(group, "zhlint", "zhlint", ["node", str(paths["zhlint"]), target], small)

    def autocorrect(target: str, group: str) -> Case:
        return Case(
            group,
            f"autocorrect --lint --threads {AUTOCORRECT_THREADS}",
            "autocorrect",
            [
                "node",
                str(paths["autocorrect"]),
                "--lint",
                "--threads",
                str(AUTOCORRECT_THREADS),
                "--no-diff-bg-color",
                target,
            ],
            small,
        )

    def peers_for(target: str, glob: str, group: str) -> list[Case]:
        found = []
        if peers and have["textlint"]:
            found.append(textlint(small, SMALL_TERMS, target, group))
        if peers and have["zhlint"]:
            found.append(zhlint(glob, group))
        if peers and have["autocorrect"]:
            found.append(autocorrect(target, group))
        return found

    groups: list[list[Case]] = []

    g1 = "one draft in its repository (pre-commit)"
    one = [
        Case(
            g1,
            "opscheck (one draft)",
            "opscheck",
            [*ops, *base, *cold, corpus.one],
            small,
            before=clear_cache(small) if has_cache else None,
        )
    ]
    groups.append(one + peers_for(corpus.one, corpus.one, g1))

    g2 = f"{n} drafts, whole catalogue"
    corpus_cases = []
    if has_jobs:
        corpus_cases.append(
            Case(
                g2,
                f"opscheck --jobs {jobs}",
                "opscheck",
                [*ops, *base, *cold, "--jobs", str(jobs)],
                small,
                before=clear_cache(small) if has_cache else None,
            )
        )
        corpus_cases.append(
            Case(
                g2,
                "opscheck --jobs 1",
                "opscheck",
                [*ops, *base, *cold, "--jobs", "1"],
                small,
                before=clear_cache(small) if has_cache else None,
            )
        )
    else:
        corpus_cases.append(
            Case(g2, "opscheck (one process)", "opscheck", [*ops, *base, *cold], small)
        )
    corpus_peers = peers_for("drafts", "drafts/**/*.md", g2)
    groups.append(corpus_cases + corpus_peers)

    g3 = f"{n} drafts, {SMALL_TERMS} vs {LARGE_TERMS:,} terms"
    par = ["--jobs", str(jobs)] if has_jobs else []
    terms = [
        Case(
            g3,
            f"opscheck, {SMALL_TERMS}-term pack",
            "opscheck",
            [*ops, *base, *cold, *par],
            small,
            before=clear_cache(small) if has_cache else None,
        ),
        Case(
            g3,
            f"opscheck, {LARGE_TERMS:,}-term pack",
            "opscheck",
            [*ops, *base, *cold, *par],
            large,
            before=clear_cache(large) if has_cache else None,
        ),
    ]
    if peers and have["textlint"]:
        # The 300-term textlint run is the one of the corpus group (measured once).
        terms.extend(c for c in corpus_peers if c.tool == "textlint")
        terms.append(textlint(large, LARGE_TERMS, "drafts", g3))
        terms[-1].label = f"textlint + ng-word ({LARGE_TERMS:,} terms)"
    groups.append(terms)

    if has_cache:
        g4 = f"{n} drafts, cached rerun"
        groups.append(
            [
                Case(
                    g4,
                    "opscheck cold (--no-cache)",
                    "opscheck",
                    [*ops, *base, "--no-cache", *par],
                    small,
                ),
                Case(g4, "opscheck cached rerun", "opscheck", [*ops, *base, *par], small),
            ]
        )
    return groups, notes


def check_findings(
    corpus: Corpus, features: set[str], log: Callable[[str], None]
) -> dict[str, int] | None:
    """One JSON run: how many findings of each rule opscheck reports on the corpus."""
    cmd = [*opscheck_command(), "check", "--today", TODAY, "--format", "json"]
    if "--no-cache" in features:
        cmd.append("--no-cache")
    proc = subprocess.run(cmd, cwd=corpus.small, capture_output=True, text=True, check=False)
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        log(f"  ! opscheck --format json did not print JSON (exit {proc.returncode})")
        return None
    counts: dict[str, int] = {}
    for item in data.get("diagnostics", []):
        counts[item["rule"]] = counts.get(item["rule"], 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# --------------------------------------------------------------------------------------------
# Profiles
# --------------------------------------------------------------------------------------------


def profile(corpus: Corpus, features: set[str], log: Callable[[str], None]) -> dict[str, str]:
    """Import times of the one-draft run and a cProfile of the corpus run (one process)."""
    folder = OUT / "profile"
    folder.mkdir(parents=True, exist_ok=True)
    found: dict[str, str] = {}
    cold = ["--no-cache"] if "--no-cache" in features else []
    one = ["-m", "checker", "check", "--today", TODAY, *cold, corpus.one]
    proc = subprocess.run(
        [opscheck_python(), "-X", "importtime", *one],
        cwd=corpus.small,
        capture_output=True,
        text=True,
        check=False,
    )
    (folder / "importtime.txt").write_text(proc.stderr, "utf-8")
    found["importtime"] = summarize_importtime(proc.stderr)
    log("  import times: bench/out/profile/importtime.txt")

    stats = folder / "corpus.prof"
    jobs = ["--jobs", "1"] if "--jobs" in features else []
    subprocess.run(
        [
            opscheck_python(),
            "-m",
            "cProfile",
            "-o",
            str(stats),
            "-m",
            "checker",
            "check",
            "--today",
            TODAY,
            *cold,
            *jobs,
        ],
        cwd=corpus.small,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    import io
    import pstats

    for order in ("tottime", "cumulative"):
        buffer = io.StringIO()
        pstats.Stats(str(stats), stream=buffer).strip_dirs().sort_stats(order).print_stats(30)
        (folder / f"corpus-{order}.txt").write_text(buffer.getvalue(), "utf-8")
        found[order] = buffer.getvalue()
    log("  cProfile of the corpus run: bench/out/profile/corpus-*.txt")
    if peer_paths()["pyinstrument"].exists():
        env = {**os.environ, "PYTHONPATH": str(PEERS / "python")}
        for name, extra in (("one", [*cold, corpus.one]), ("corpus", [*cold, *jobs])):
            target = folder / f"pyinstrument-{name}.txt"
            subprocess.run(
                [
                    opscheck_python(),
                    "-m",
                    "pyinstrument",
                    "--show-all",
                    "--renderer",
                    "text",
                    "--outfile",
                    str(target),
                    "-m",
                    "checker",
                    "check",
                    "--today",
                    TODAY,
                    *extra,
                ],
                cwd=corpus.small,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        log("  pyinstrument: bench/out/profile/pyinstrument-{one,corpus}.txt")
    return found


def summarize_importtime(text: str, top: int = 15) -> str:
    """Total import time and the most expensive top-level imports (cumulative, ms)."""
    rows = []
    for line in text.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        parts = line.split("|")
        if len(parts) != 3:
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        rows.append((int(parts[1]), depth, name.strip()))
    total = sum(us for us, depth, _ in rows if depth == 0)
    first_level = sorted((r for r in rows if r[1] <= 1), reverse=True)[:top]
    lines = [f"total import time: {total / 1000:.1f} ms ({len(rows)} modules)"]
    lines += [f"  {us / 1000:7.1f} ms  {name}" for us, _, name in first_level]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text("utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text("utf-8").splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "load_before": f"{os.getloadavg()[0]:.2f}",
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z"),
        "nproc": str(os.cpu_count()),
        "ram": ram,
        "cpu": cpu,
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def _fmt(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "—"
    return f"{value:.3f} {unit}" if unit == "s" else f"{value:.0f} {unit}"


def targets(groups: list[list[Case]]) -> list[dict[str, object]]:
    """The issue's targets, each as measured ratio (or value) against its limit."""
    by = {(c.group, c.label): c for group in groups for c in group}

    def find(group_prefix: str, label_prefix: str) -> Case | None:
        for (group, label), case in by.items():
            if group.startswith(group_prefix) and label.startswith(label_prefix) and case.median:
                return case
        return None

    def first_group(word: str) -> str:
        for group in groups:
            if group and word in group[0].group:
                return group[0].group
        return "?"

    corpus_group = first_group("whole catalogue")
    term_group = first_group("terms")
    cache_group = first_group("cached")
    one_group = first_group("one draft")
    main = find(corpus_group, "opscheck --jobs 2") or find(corpus_group, "opscheck")
    rows: list[dict[str, object]] = []

    def ratio(name: str, a: Case | None, b: Case | None, limit: float) -> None:
        value = (a.median / b.median) if a and b and a.median and b.median else None
        cpu = (a.cpu_median / b.cpu_median) if a and b and a.cpu_median and b.cpu_median else None
        rows.append(
            {
                "target": name,
                "measured": value,
                "cpu": cpu,
                "limit": limit,
                "met": None if value is None else value <= limit,
                "detail": f"{_fmt(a.median if a else None)} / {_fmt(b.median if b else None)}",
            }
        )

    label = main.label if main else "opscheck"
    ratio(
        f"corpus, whole catalogue, {label} vs autocorrect",
        main,
        find(corpus_group, "autocorrect"),
        1.5,
    )
    ratio(
        f"corpus, whole catalogue, {label} vs textlint", main, find(corpus_group, "textlint"), 0.2
    )
    ratio(
        "one draft vs textlint on the same draft",
        find(one_group, "opscheck"),
        find(one_group, "textlint"),
        0.3,
    )
    ratio(
        f"{LARGE_TERMS:,}-term pack vs {SMALL_TERMS}-term pack",
        find(term_group, f"opscheck, {LARGE_TERMS:,}"),
        find(term_group, f"opscheck, {SMALL_TERMS}"),
        1.10,
    )
    ratio(
        "cached rerun vs cold run",
        find(cache_group, "opscheck cached"),
        find(cache_group, "opscheck cold"),
        0.1,
    )
    peak = max(
        (c.rss_mb or 0 for (g, _), c in by.items() if c.tool == "opscheck" and g != one_group),
        default=0,
    )
    rows.append(
        {
            "target": "peak memory per process, corpus runs",
            "measured": peak or None,
            "limit": 200,
            "met": (peak <= 200) if peak else None,
            "detail": f"{peak:.0f} MB (largest opscheck process)",
        }
    )
    return rows


def render(
    *,
    info: dict[str, str],
    versions: dict[str, str],
    corpus: Corpus,
    groups: list[list[Case]],
    notes: list[str],
    rows: list[dict[str, object]],
    findings: dict[str, int] | None,
    runs: int,
    one_runs: int,
) -> str:
    out = [
        f"Date: {info['date']}  ",
        f"Machine: {info['nproc']} cores (nproc), {info['ram']} RAM, {info['cpu']}, {info['os']}  ",
        f"Python {info['python']}; "
        + ", ".join(f"{k} {v}" for k, v in versions.items())
        + f"; opscheck {_opscheck_version()}  ",
        f"Corpus: {corpus.manifest['drafts']:,} drafts, "
        f"{int(str(corpus.manifest['bytes'])) / 1e6:.1f} MB "
        f"(average {corpus.manifest['average_bytes']} bytes), seed {corpus.manifest['seed']}, "
        f"policies from {corpus.manifest['policies_from']}; pre-commit draft `{corpus.one}`  ",
        f"Each time is the median of {runs} runs ({one_runs} for one draft) after one warm-up "
        "run (whole process, wall "
        "clock; CPU is user + system time of the process tree); memory is the peak RSS of the "
        "largest process (`wait4` `ru_maxrss`).  ",
        f"Load average before and after the run: {info.get('load_before', '?')} / "
        f"{os.getloadavg()[0]:.2f} (other work on the machine shows here).",
        "",
    ]
    for note in notes:
        out.append(f"- {note}")
    if notes:
        out.append("")
    for group in groups:
        if not group:
            continue
        out.append(f"### {group[0].group}")
        out.append("")
        reference = next((c for c in group if c.tool == "opscheck" and c.median), None)
        out.append(
            "| tool | median wall | min–max | ratio to opscheck | median CPU | peak RSS "
            "| tree RSS |"
        )
        out.append("|---|---:|---:|---:|---:|---:|---:|")
        for case in group:
            if case.error and not case.samples:
                out.append(f"| {case.label} | failed: {case.error} | | | | | |")
                continue
            walls = [s.wall for s in case.samples]
            spread = f"{min(walls):.3f}–{max(walls):.3f}" if walls else "—"
            ratio = (
                f"{case.median / reference.median:.2f}x"
                if reference and reference.median and case.median
                else "—"
            )
            tree = f"{case.tree_kb / 1024:.0f} MB" if case.tree_kb else "—"
            out.append(
                f"| {case.label} | {_fmt(case.median)} | {spread} | {ratio} | "
                f"{_fmt(case.cpu_median)} | {_fmt(case.rss_mb, 'MB')} | {tree} |"
            )
        out.append("")
    out.append("### Targets")
    out.append("")
    out.append("| target | measured (wall) | limit | met | CPU-time ratio |")
    out.append("|---|---:|---:|---|---:|")
    for row in rows:
        measured = row["measured"]
        limit = row["limit"]
        unit = "MB" if "memory" in str(row["target"]) else "x"
        shown = "—" if measured is None else f"{float(str(measured)):.2f}{unit}"
        met = {True: "yes", False: "**no**", None: "not measured"}[row["met"]]  # type: ignore[index]
        cpu = row.get("cpu")
        cpu_shown = "—" if cpu is None else f"{float(str(cpu)):.2f}x"
        out.append(
            f"| {row['target']} ({row['detail']}) | {shown} | {limit}{unit} | {met} | {cpu_shown} |"
        )
    out.append("")
    if findings is not None:
        planted = corpus.manifest.get("planted", {})
        assert isinstance(planted, dict)
        out.append("### Planted violations against what opscheck reported (one JSON run)")
        out.append("")
        out.append("| planted | count | rule | reported |")
        out.append("|---|---:|---|---:|")
        for kind, rule in PLANTED_RULES.items():
            reported = sum(n for r, n in findings.items() if r.startswith(rule))
            out.append(f"| {kind} | {planted.get(kind, 0)} | `{rule}` | {reported} |")
        others = ", ".join(
            f"`{r}` {n}"
            for r, n in findings.items()
            if not any(r.startswith(rule) for rule in PLANTED_RULES.values())
        )
        out.append("")
        out.append(f"Other findings: {others or 'none'}.")
        out.append("")
    return "\n".join(out)


def _opscheck_version() -> str:
    proc = subprocess.run(
        [*opscheck_command(), "check", "--version"], capture_output=True, text=True, check=False
    )
    return proc.stdout.strip().removeprefix("opscheck ") or "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--install-peers", action="store_true", help="install the peers first")
    parser.add_argument("--no-peers", action="store_true", help="measure opscheck only")
    parser.add_argument("--drafts", type=int, default=10_000, help="corpus size")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command")
    parser.add_argument("--one-runs", type=int, default=10, help="timed runs, one-draft case")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--jobs", type=int, default=2, help="opscheck --jobs for corpus runs")
    parser.add_argument("--profile", action="store_true", help="also write profiles")
    parser.add_argument(
        "--editable",
        action="store_true",
        help="time the opscheck of this interpreter instead of a regular install of the tree",
    )
    parser.add_argument(
        "--only", choices=("one", "corpus", "terms", "cache"), action="append", help="groups"
    )
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    if args.install_peers:
        install_peers(log)
    if not args.editable:
        install_opscheck(log)
    peers = not args.no_peers and all(
        p.exists() for k, p in peer_paths().items() if k != "pyinstrument"
    )
    info = machine()
    corpus = build_corpus(args.drafts, args.seed, log)
    features = opscheck_features()
    groups, notes = plan(corpus, features, peers, args.jobs, log)
    keys = ("one", "corpus", "terms", "cache")
    if args.only:
        groups = [g for g in groups if g and keys[_group_index(g)] in args.only]
    for group in groups:
        log(f"== {group[0].group}")
        runs = args.one_runs if "one draft" in group[0].group else args.runs
        measure(group, runs, log)
        for case in group:
            if case.tool == "opscheck" and case.samples and "one draft" not in case.group:
                env = {**os.environ, "NO_COLOR": "1"}
                if case.before is not None:
                    case.before()
                case.tree_kb = tree_peak_kb(case.cmd, case.cwd, env)
    findings = check_findings(corpus, features, log)
    rows = targets(groups)
    text = render(
        info=info,
        versions=tool_versions(),
        corpus=corpus,
        groups=groups,
        notes=notes,
        rows=rows,
        findings=findings,
        runs=args.runs,
        one_runs=args.one_runs,
    )
    if args.profile:
        found = profile(corpus, features, log)
        text += "\n### Import time of the one-draft run\n\n```\n" + found["importtime"] + "\n```\n"
    (OUT / "results.md").write_text(text + "\n", "utf-8")
    payload = {
        "machine": info,
        "versions": tool_versions(),
        "corpus": {k: v for k, v in corpus.manifest.items() if k != "files"},
        "notes": notes,
        "cases": [
            {
                "group": c.group,
                "label": c.label,
                "cmd": c.cmd,
                "cwd": str(c.cwd),
                "walls": [s.wall for s in c.samples],
                "cpus": [s.cpu for s in c.samples],
                "median": c.median,
                "rss_mb": c.rss_mb,
                "tree_rss_mb": c.tree_kb / 1024 if c.tree_kb else None,
                "error": c.error,
            }
            for group in groups
            for c in group
        ],
        "targets": rows,
        "findings": findings,
    }
    (OUT / "results.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1), "utf-8")
    print(text)
    log("written: bench/out/results.md, bench/out/results.json")
    return 0


def _group_index(group: list[Case]) -> int:
    name = group[0].group
    if "one draft" in name:
        return 0
    if "cached" in name:
        return 3
    if "terms" in name:
        return 2
    return 1


if __name__ == "__main__":
    sys.exit(main())
