"""Cold run against cached rerun on a generated repository (DESIGN §9: near-instant reruns).

    .venv/bin/python bench/cache_rerun.py [--drafts 1000] [--repeat 3] [--jobs 1]

Builds a copy of the example company's policies with N generated drafts (tests/corpus.py) in a
temporary folder, then times the whole ``opscheck`` process: a cold run (empty cache), a rerun
on the unchanged repository, and a rerun after editing one draft. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from tests.corpus import write_corpus  # noqa: E402
from tests.helpers import TODAY, example_repo  # noqa: E402


def timed(root: Path, *args: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, the process and its workers) of one run."""
    command = [sys.executable, "-m", "checker", "check", "--today", TODAY, "--format", "json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([*command, *args], cwd=root, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr.decode("utf-8", "replace"))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="opscheck-cache-bench-") as folder:
        root = example_repo(Path(folder))
        write_corpus(root, args.drafts)
        jobs = ("--jobs", str(args.jobs))
        timed(root, "--no-cache", *jobs)  # warm the OS file cache and Python's bytecode
        cold, warm, one_edit = [], [], []
        for round_number in range(args.repeat):
            shutil.rmtree(root / ".opscheck-cache", ignore_errors=True)
            cold.append(timed(root, *jobs))
            warm.append(timed(root, *jobs))
            draft = next((root / "drafts").rglob("*.md"))
            draft.write_text(draft.read_text("utf-8") + f"\n补充说明 {round_number}。\n", "utf-8")
            one_edit.append(timed(root, *jobs))
    print(f"drafts: {args.drafts}, jobs: {args.jobs}, repeats: {args.repeat} (medians)")
    print(f"{'':32}{'wall':>9}{'cpu':>9}")
    rows = (
        ("cold run (empty cache)", cold),
        ("rerun, nothing changed", warm),
        ("rerun, one draft edited", one_edit),
    )
    medians = {}
    for label, values in rows:
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[1] for v in values)
        medians[label] = (wall, cpu)
        print(f"{label:32}{wall:8.3f}s{cpu:8.3f}s")
    (cold_wall, cold_cpu), (warm_wall, warm_cpu) = medians[rows[0][0]], medians[rows[1][0]]
    print(
        f"speed-up of an unchanged rerun: {cold_wall / warm_wall:.1f}x wall, "
        f"{cold_cpu / warm_cpu:.1f}x cpu"
    )


if __name__ == "__main__":
    main()
