"""Finding files on disk: sorted walks that never follow links out of the repository.

Kept apart from the loaders so that a cached run can list and hash files without importing
the YAML and Markdown parsers.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path


def is_link_outside(abspath: Path, root: Path) -> bool:
    """True for a symbolic link that resolves outside ``root`` (never followed)."""
    if not abspath.is_symlink():
        return False
    try:
        target = abspath.resolve(strict=True)
    except (OSError, RuntimeError):
        return True
    return not target.is_relative_to(root.resolve())


def walk_files(
    folder: Path, suffixes: tuple[str, ...], root: Path, links: set[Path] | None = None
) -> list[Path]:
    """Files under ``folder`` with one of ``suffixes``, sorted, never following symlinked dirs.

    The order is that of a top-down :func:`os.walk`: a folder's files by name, then each of its
    sub-folders by name. Hidden files and folders (a leading dot) are skipped. Files that are
    symbolic links are added to ``links`` when given, so that only they need a closer look.
    """
    found: list[Path] = []
    # Each file's path is built from its folder's (``folder / name`` parses one part; a path
    # parsed from its string, ten thousand times over, costs a tenth of a cached rerun).
    stack = [(str(folder), folder)]
    while stack:
        current, current_path = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        folders: list[tuple[str, Path]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink():
                    folders.append((entry.path, current_path / name))
                continue
            if name.lower().endswith(suffixes):
                path = current_path / name
                found.append(path)
                if links is not None and entry.is_symlink():
                    links.add(path)
        stack.extend(reversed(folders))
    return found


#: Opening never waits for a FIFO's writer and never makes a terminal the run's terminal.
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def read_open(descriptor: int, size: int, max_bytes: int) -> bytes:
    """An open regular file's bytes, up to one byte more than ``max_bytes``.

    The announced ``size`` plus one byte in one read, then on to the end of the file (a read
    may return less, the file may have grown since it was measured).
    """
    chunks = [os.read(descriptor, size + 1)]
    total = len(chunks[0])
    while chunks[-1] and total <= max_bytes:
        chunks.append(os.read(descriptor, max_bytes + 1 - total))
        total += len(chunks[-1])
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_bytes(path: Path, max_bytes: int) -> bytes | None:
    """A regular file's bytes, or None when it is not one or is too large to cache.

    One ``open`` and one ``fstat``: a FIFO, device or folder is opened without blocking and
    refused before anything is read.
    """
    return _read(path, max_bytes, stamped=False)[0]


#: What tells that a file is unchanged without reading it: its size, modification and change
#: times (nanoseconds), inode and device. The change time cannot be set back by any program, so
#: a file written again gets a new stamp even when its size and modification time are restored.
Stamp = tuple[int, int, int, int, int]

#: A file changed less than this long before it was read is not stamped: on a file system whose
#: clock ticks coarsely (whole seconds, two seconds on FAT) it could change again within the same
#: tick and keep its stamp.
SETTLED_NS = 2_000_000_000


def _stamp(info: os.stat_result) -> Stamp:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def read_stamped(path: Path, max_bytes: int) -> tuple[bytes | None, Stamp | None]:
    """:func:`read_bytes` and the file's stamp as it was read (None when it changed lately)."""
    return _read(path, max_bytes, stamped=True)


def stamp_of(path: Path) -> Stamp | None:
    """The stamp of a regular file (following a symbolic link, as reading does), or None."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return _stamp(info) if stat.S_ISREG(info.st_mode) else None


def _read(path: Path, max_bytes: int, stamped: bool) -> tuple[bytes | None, Stamp | None]:
    try:
        descriptor = os.open(path, OPEN_FLAGS)
    except (OSError, ValueError):
        return None, None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None, None
        data = read_open(descriptor, info.st_size, max_bytes)
    except OSError:
        return None, None
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        return None, None
    if not stamped or len(data) != info.st_size:
        return data, None  # not asked for, or the file changed while it was read
    settled = time.time_ns() - SETTLED_NS
    if info.st_mtime_ns >= settled or info.st_ctime_ns >= settled:
        return data, None
    return data, _stamp(info)
