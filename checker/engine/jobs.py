"""``--jobs N``: check a root's files in N worker processes, in the same order as one process.

The parent loads the repository once (policies, rule packs, rules, selection) and checks the
first two policies and drafts itself, which builds the compiled term lists and the shared term
scan; worker processes are then forked from it and inherit all of that, so no worker re-reads
or re-validates the repository. Each worker takes contiguous chunks of file indexes from a pipe
as it becomes free and sends findings back through a pipe of its own; the parent puts them back
in file order, so output is byte-identical to ``--jobs 1``. There is no pool: a pool's helper
threads wake the parent at every result (0.4 s of CPU taken from two workers checking 10,000
drafts on two cores; the parent now uses 0.17 s).

Where ``fork`` is not available (Windows, and macOS where it is unsafe) a
``multiprocessing`` pool of spawned workers is used; each loads the repository once when it
starts, then works the same way.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from checker.engine.run import Item, ItemResult, Loaded, RunOptions, Scan

#: Fewer files than this per worker are not worth starting processes for.
MIN_FILES_PER_JOB = 4

_state: tuple[Loaded, list[Item], list[bytes | None]] | None = None


def _check_chunk(
    loaded: Loaded, items: list[Item], blobs: list[bytes | None], indexes: list[int]
) -> list[ItemResult]:
    """The results of the files at ``indexes``, in order (what one chunk of work is)."""
    from checker.engine.run import check_item

    return [check_item(loaded, items[index], blobs[index]) for index in indexes]


def _work(indexes: list[int]) -> list[ItemResult]:
    assert _state is not None
    return _check_chunk(*_state, indexes)


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
    """Contiguous chunks, at least four per worker, so a slow file does not idle the others
    (and at most :data:`MAX_CHUNKS` of them, however many files there are). The last files go
    in quarter-size chunks: the workers then finish within a few files of each other."""
    size = max(1, min(MAX_CHUNK, -(-len(indexes) // (workers * 4))))
    tail = max(0, len(indexes) - 2 * workers * size) // size * size  # where small chunks start
    small = max(1, size // 4)
    chunks = [indexes[start : start + size] for start in range(0, tail, size)] + [
        indexes[start : start + small] for start in range(tail, len(indexes), small)
    ]
    if len(chunks) > MAX_CHUNKS:  # a huge run: fewer, larger chunks of one size
        size = -(-len(indexes) // MAX_CHUNKS)
        chunks = [indexes[start : start + size] for start in range(0, len(indexes), size)]
    return chunks


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
    # Forking needs os.fork (not on Windows) and is unsafe on macOS; there, workers are spawned.
    return "fork" if hasattr(os, "fork") and sys.platform != "darwin" else "spawn"


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
    chunks = _chunks(rest, workers)
    if method == "fork":
        parts = _forked(loaded, items, blobs, chunks, workers)
    else:
        import multiprocessing  # only here: forked workers need none of it

        context = multiprocessing.get_context(method)
        pool = context.Pool(workers, initializer=_start, initargs=(options, scan, items, blobs))
        with pool:
            parts = list(pool.imap(_work, chunks))
    for chunk, part in zip(chunks, parts, strict=True):
        for index, outcome in zip(chunk, part, strict=True):
            results[index] = outcome
    return [outcome for outcome in results if outcome is not None]


#: The most chunks a run hands out: their numbers (four bytes each) are written to a pipe before
#: the workers start, and 4 KiB fits in any pipe's buffer without blocking.
MAX_CHUNKS = 1024


def _forked(
    loaded: Loaded,
    items: list[Item],
    blobs: list[bytes | None],
    chunks: list[list[int]],
    workers: int,
) -> list[list[ItemResult]]:
    """Check ``chunks`` in ``workers`` forked processes; their results, chunk by chunk.

    The chunk numbers wait in one pipe that every worker reads four bytes at a time (a read of
    a pipe is atomic), so a worker takes the next chunk as soon as it is free; each worker sends
    its results back through a pipe of its own. No helper thread and no lock in the parent,
    which only reads and unpickles. A chunk a worker did not return (it was killed, or failed)
    is checked again here, so the result or the error is the one a single process gives.
    """
    import pickle
    import selectors

    found: list[list[ItemResult] | None] = [None] * len(chunks)
    tasks_out, tasks_in = os.pipe()
    os.write(tasks_in, b"".join(number.to_bytes(4, "little") for number in range(len(chunks))))
    readers: dict[int, bytearray] = {}
    children: list[int] = []
    gc.freeze()  # the loaded repository stays shared: no copy-on-write from the collector
    try:
        for _ in range(workers):
            result_out, result_in = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                os.close(tasks_in)
                os.close(result_out)
                for other in readers:
                    os.close(other)
                _serve(loaded, items, blobs, chunks, tasks=tasks_out, results=result_in)
            children.append(pid)
            os.close(result_in)
            readers[result_out] = bytearray()
    finally:
        gc.unfreeze()
        os.close(tasks_in)
        os.close(tasks_out)
    try:
        with selectors.DefaultSelector() as selector:
            for reader in readers:
                selector.register(reader, selectors.EVENT_READ)
            while selector.get_map():
                for key, _ in selector.select():
                    reader = int(key.fd)
                    data = os.read(reader, 1 << 20)
                    if not data:
                        selector.unregister(reader)
                        os.close(reader)
                        continue
                    buffer = readers[reader]
                    buffer += data
                    while len(buffer) >= 8:
                        size = int.from_bytes(buffer[:8], "little")
                        if len(buffer) < 8 + size:
                            break
                        number, part = pickle.loads(buffer[8 : 8 + size])
                        found[number] = part
                        del buffer[: 8 + size]
    except BaseException:
        for pid in children:  # Ctrl-C or a failure here: stop the workers, then report
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        raise
    finally:
        for pid in children:
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
    return [
        part if part is not None else _check_chunk(loaded, items, blobs, chunks[number])
        for number, part in enumerate(found)
    ]


def _serve(
    loaded: Loaded,
    items: list[Item],
    blobs: list[bytes | None],
    chunks: list[list[int]],
    *,
    tasks: int,
    results: int,
) -> NoReturn:
    """A forked worker: check the chunks it reads from ``tasks``, write their results."""
    import pickle

    _quiet()
    code = 0
    try:
        while record := os.read(tasks, 4):
            number = int.from_bytes(record, "little")
            part = _check_chunk(loaded, items, blobs, chunks[number])
            data = pickle.dumps((number, part), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(len(data).to_bytes(8, "little") + data)
            while view:
                view = view[os.write(results, view) :]
    except BaseException:  # the parent checks this chunk again and reports what happens
        code = 1
    finally:
        os._exit(code)
