"""``--jobs N``: check a root's files in N worker processes, in the same order as one process.

The parent loads the repository once (policies, rule packs, rules, selection) and checks the
first policy and the first draft itself, which builds the compiled term lists; worker
processes are then forked from it and inherit all of that, so no worker re-reads or
re-validates the repository. Each worker gets contiguous chunks of file indexes and returns
findings; the parent puts them back in file order, so output is byte-identical to
``--jobs 1``.

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


#: The most files a worker is handed at once: small enough that the workers finish within a
#: fraction of a second of each other, large enough that handing them out costs nothing.
MAX_CHUNK = 64


def _chunks(indexes: list[int], workers: int) -> list[list[int]]:
    """Contiguous chunks, at least four per worker, so a slow file does not idle the others."""
    size = max(1, min(MAX_CHUNK, -(-len(indexes) // (workers * 4))))
    return [indexes[start : start + size] for start in range(0, len(indexes), size)]


#: How many files of each kind the parent checks before it starts the workers.
WARM_UP = 2


def _warm_up(items: list[Item]) -> list[int]:
    """The first files of each kind: checking them first compiles, in the parent, the term
    lists and schemas the rules of that kind build on first use, so workers inherit them. The
    second draft makes the shared scan build its automata (see ``ScanGroup``)."""
    first: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        if not item.refused:
            seen = first.setdefault(item.kind, [])
            if len(seen) < WARM_UP:
                seen.append(index)
    return sorted(index for indexes in first.values() for index in indexes)


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
    results: list[ItemResult | None] = [None] * len(items)
    warm = _warm_up(items)
    for index in warm:
        results[index] = check_item(loaded, items[index], blobs[index])
    rest = [index for index in range(len(items)) if results[index] is None]
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
            chunks = _chunks(rest, workers)
            for chunk, part in zip(chunks, pool.imap(_work, chunks), strict=True):
                for index, outcome in zip(chunk, part, strict=True):
                    results[index] = outcome
    finally:
        _state = None
    return [outcome for outcome in results if outcome is not None]
