"""``--jobs N``: check a root's files in N worker processes, in the same order as one process.

The parent loads the repository once (policies, rule packs, rules, selection) and checks the
first file itself, which also builds the compiled term lists; worker processes are then forked
from it and inherit all of that, so no worker re-reads or re-validates the repository. Each
worker gets contiguous chunks of file indexes and returns findings; the parent collects them
chunk by chunk in file order, so output is byte-identical to ``--jobs 1``.

Where ``fork`` is not available (Windows, and macOS where it is unsafe) each worker loads the
repository once when it starts, then works the same way.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.engine.run import Item, ItemResult, Loaded, RunOptions, Scan

#: Fewer files than this per worker are not worth starting processes for.
MIN_FILES_PER_JOB = 4

_state: tuple[Loaded, list[Item], list[bytes | None]] | None = None


def _work(indexes: list[int]) -> list[ItemResult]:
    from checker.engine.run import check_item

    assert _state is not None
    loaded, items, blobs = _state
    return [check_item(loaded, items[i], blobs[i]) for i in indexes]


def _quiet() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and says so in one line."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start(options: RunOptions, scan: Scan, items: list[Item], blobs: list[bytes | None]) -> None:
    """Worker start-up without fork: load the repository once for this process."""
    global _state
    from checker.engine.run import load_target

    _quiet()
    _state = (load_target(scan.target, options, scan), items, blobs)


def _chunks(count: int, first: int, workers: int) -> list[list[int]]:
    size = max(1, -(-(count - first) // (workers * 4)))
    return [list(range(start, min(start + size, count))) for start in range(first, count, size)]


def start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    return "fork" if "fork" in methods and sys.platform != "darwin" else "spawn"


def check(
    loaded: Loaded,
    scan: Scan,
    items: list[Item],
    blobs: list[bytes | None],
    options: RunOptions,
    *,
    method: str | None = None,
) -> list[ItemResult]:
    """Check ``items`` (with their bytes, when read) in order, in up to ``options.jobs``."""
    global _state
    from checker.engine.run import check_item

    workers = min(options.jobs, len(items) // MIN_FILES_PER_JOB)
    if workers <= 1:
        return [check_item(loaded, item, data) for item, data in zip(items, blobs, strict=True)]
    results = [check_item(loaded, items[0], blobs[0])]
    method = method or start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        _state = (loaded, items, blobs)
        gc.freeze()  # the loaded repository stays shared: no copy-on-write from the collector
        pool = context.Pool(workers, initializer=_quiet)
        gc.unfreeze()
    else:
        pool = context.Pool(workers, initializer=_start, initargs=(options, scan, items, blobs))
    try:
        with pool:
            for part in pool.imap(_work, _chunks(len(items), 1, workers)):
                results.extend(part)
    finally:
        _state = None
    return results
