"""A content-hash cache of each file's findings, so a rerun on an unchanged repository is instant.

What a file's findings depend on is hashed into one *context* key: the tool's version and code,
its built-in data files, the Python and Unicode versions, the configuration, the rule selection,
``--today`` and ``--lang``, and the bytes of every policy file of the repository (accounts,
roles, rule packs and platform packs are all policies). Each context has its own folder
``<cache_dir>/<context>/``; inside it each file's entry is keyed by the file's path and bytes.
A run that stores many files writes them as one pack (``pack-*.json``, merged with the packs
it read); a small run (one pre-commit file) writes ``<key>.json`` files, so neither pays for
the other's layout.
Editing any policy therefore re-checks every draft, and editing a draft re-checks that draft.

A file's findings must depend only on the file itself and the repository's policies: rules
that compare drafts with each other would need their inputs added to the context.

On a full hit the engine never parses a policy or a draft and never imports a rule module: it
reads the files' bytes, hashes them and loads the stored findings. A pack also keeps each file's
*stamp* (size, modification and change times, inode, device) as it was when read; a run over
many files takes the findings of a file whose stamp is unchanged without reading it at all
(only to draw code frames), as git's index does. Files changed within two seconds of being read
get no stamp (a coarse file-system clock could hide a second write), and any write moves the
change time, which no program can set back. Entries are written
atomically (a temporary file renamed into place), so parallel runs (pre-commit runs hooks in
parallel batches) never see half an entry; an unreadable or corrupt entry is a miss, never an
error. The cache is never used with ``--fix`` or ``--diff``, and ``--no-cache`` bypasses it.
Old contexts are pruned: only the :data:`KEEP` most recently used ones stay.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from checker import __version__
from checker.findings import Edit, Finding, Fix, Severity
from checker.input.paths import Stamp, read_bytes

FORMAT = 1
KEEP = 8
_PACKAGE = Path(__file__).resolve().parents[1]
_DEPENDENCIES = ("yaml", "pyromark", "ahocorasick_rs")
_CONTEXT = re.compile(r"[0-9a-f]{32}")
_PACK = re.compile(r"pack-[0-9a-f]{16}\.json")
#: What a stamp holds (:data:`checker.input.paths.Stamp`).
STAMP_FIELDS = ("size", "mtime_ns", "ctime_ns", "inode", "device")
#: From this many files to store at once, a run writes one pack file instead of one per file.
PACK_MIN = 64
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# opscheck's cache (safe to delete).\n"


def atomic_write(path: Path, data: bytes, shared: bool = True) -> None:
    """Write ``data`` to a temporary file next to ``path`` and rename it into place.

    ``shared`` files get the usual permissions (umask applied); cache entries stay private to
    the user (the temporary file's 0600), which saves two system calls per entry.
    """
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if shared:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@cache
def code_fingerprint() -> str:
    """The checker's own code and data, and the libraries that parse input.

    Code files are identified by size and modification time (cheap: no read); data files by
    their bytes. Dependencies are located without importing them.
    """
    digest = hashlib.sha256()
    digest.update(f"{__version__}|{sys.version_info[:3]}|{unicodedata.unidata_version}".encode())
    for folder, dirs, files in os.walk(_PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            path = Path(folder, name)
            relative = path.relative_to(_PACKAGE).as_posix()
            try:
                if name.endswith(".py"):
                    info = path.stat()
                    digest.update(f"{relative}|{info.st_size}|{info.st_mtime_ns}\n".encode())
                elif name.endswith((".json", ".yaml", ".yml", ".txt", ".md")):
                    digest.update(f"{relative}|".encode() + path.read_bytes() + b"\n")
            except OSError:
                digest.update(f"{relative}|missing\n".encode())
    import importlib.util

    for module in _DEPENDENCIES:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        if origin:
            try:
                info = os.stat(origin)
                digest.update(f"{module}|{origin}|{info.st_size}|{info.st_mtime_ns}\n".encode())
            except OSError:
                digest.update(f"{module}|missing\n".encode())
    return digest.hexdigest()


SECRET_BYTES = 32


def secret_paths() -> list[Path]:
    """Where this machine's cache key may live: the user's cache folder, else a private folder
    in the system's temporary folder; never the repository."""
    places: list[Path] = []
    base = os.environ.get("XDG_CACHE_HOME")
    with contextlib.suppress(RuntimeError, KeyError):  # no HOME and no password entry
        places.append(Path(base) if base else Path.home() / ".cache")
    uid = os.getuid() if hasattr(os, "getuid") else 0
    places.append(Path(tempfile.gettempdir()) / f"opscheck-{uid}")
    return [place / "opscheck" / "secret" for place in places]


@cache
def machine_secret() -> bytes | None:
    """A random key made once per user and machine, mixed into every cache key.

    Cache entries are plain JSON in the repository's folder; a pull request could commit
    entries that say "no findings" for its own drafts, or a configuration that was never
    validated. Without this key nobody can compute the name an entry must have, so committed
    or copied entries are never read. None (the cache is not used) when the key can neither be
    read nor made anywhere.
    """
    for path in secret_paths():
        secret = _read_or_make(path)
        if secret is not None:
            return secret
    return None


def _read_key(path: Path) -> bytes | None:
    """The key in ``path`` if it is whole and only its owner (this user) can change it."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            data = handle.read(SECRET_BYTES + 1)
    except OSError:
        return None
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not mine or info.st_mode & 0o022 or len(data) != SECRET_BYTES:
        return None
    return data


def _read_or_make(path: Path) -> bytes | None:
    existing = _read_key(path)
    if existing is not None:
        return existing
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fresh = os.urandom(SECRET_BYTES)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(fresh)
        return fresh
    except FileExistsError:  # another process made it first (or it is not ours): ask again
        return _read_key(path)
    except OSError:
        return None


def context_key(settings: dict[str, Any], policies: Iterable[tuple[str, bytes | None]]) -> str:
    """The hash of everything a file's findings depend on besides the file itself."""
    digest = hashlib.sha256(machine_secret() or b"")
    digest.update(f"opscheck-cache/{FORMAT}\n{code_fingerprint()}\n".encode())
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode("utf-8"))
    for path, data in sorted(policies, key=lambda item: item[0]):
        digest.update(f"\n{path}\n".encode())
        digest.update(hashlib.sha256(data).digest() if data is not None else b"unreadable")
    return digest.hexdigest()[:32]


def config_settings(config: Any) -> dict[str, Any]:
    """The configuration as plain data, without where it was read from."""
    values: dict[str, Any] = config.values()
    values.pop("source", None)
    return values


def _finding_to_json(finding: Finding) -> list[Any]:
    fix = None
    if finding.fix is not None:
        fix = [finding.fix.safe, [[e.start, e.end, e.replacement] for e in finding.fix.edits]]
    return [
        finding.rule,
        finding.severity.value,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.message,
        finding.handbook,
        fix,
        finding.matched,
    ]


def _finding_from_json(path: str, item: Any) -> Finding:
    rule, severity, line, column, end_line, end_column, message, handbook, fix, matched = item
    parsed_fix = None
    if fix is not None:
        safe, edits = fix
        parsed_fix = Fix(tuple(Edit(int(s), int(e), str(r)) for s, e, r in edits), safe=bool(safe))
    values = (line, column, end_line, end_column)
    if not all(isinstance(v, int) for v in values) or not all(
        isinstance(v, str) for v in (rule, message, handbook, matched)
    ):
        raise ValueError("malformed entry")
    return Finding(
        rule=rule,
        severity=Severity(severity),
        path=path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        message=message,
        handbook=handbook,
        fix=parsed_fix,
        matched=matched,
    )


def _stamp_index(entries: dict[str, Any]) -> dict[tuple[Any, ...], str]:
    """``(path, *stamp) -> key`` for the pack entries stored with their file's stamp."""
    index: dict[tuple[Any, ...], str] = {}
    for key, document in entries.items():
        stamp = document.get("stamp") if isinstance(document, dict) else None
        if isinstance(stamp, list) and len(stamp) == len(STAMP_FIELDS):
            with contextlib.suppress(TypeError):  # an unhashable value: not a stamp we wrote
                index[(document.get("path"), *stamp)] = key
    return index


class Store:
    """One context's folder of entries. Every method swallows file-system errors."""

    def __init__(self, base: Path, context: str) -> None:
        self.base = base
        self.folder = base / context
        self._prefix = str(self.folder) + os.sep
        self._touched = False
        self._pack: dict[str, Any] | None = None
        self._pack_names: list[str] = []
        #: (path, *stamp) -> entry key, for the pack entries that carry their file's stamp.
        self._stamped: dict[tuple[Any, ...], str] = {}

    @staticmethod
    def entry_key(path: str, data: bytes) -> str:
        digest = hashlib.sha256(path.encode("utf-8") + b"\0")
        digest.update(data)
        return digest.hexdigest()[:40]

    def _entry(self, key: str) -> str:
        return f"{self._prefix}{key}.json"

    def _packs(self) -> dict[str, Any]:
        """Every entry of the context's pack files, read once (unreadable packs are skipped)."""
        if self._pack is None:
            self._pack = {}
            try:
                names = sorted(n for n in os.listdir(self.folder) if _PACK.fullmatch(n))
            except OSError:
                names = []
            for name in names:
                try:
                    with open(self._prefix + name, "rb") as handle:
                        entries = json.loads(handle.read())["entries"]
                except (OSError, ValueError, TypeError, KeyError):
                    continue
                if isinstance(entries, dict):
                    self._pack.update(entries)
                    self._pack_names.append(name)
            self._stamped = _stamp_index(self._pack)
        return self._pack

    def get(self, path: str, data: bytes, many: bool = False) -> list[Finding] | None:
        """The stored findings of ``path`` with content ``data``, or None (a miss).

        ``many``: the run looks up many files, so read the packs first; otherwise single-entry
        files come first, and an entry found only in a pack is copied to its own file so the
        next small run (one pre-commit file) need not read the packs again.
        """
        key = self.entry_key(path, data)
        document: Any = None
        if many:
            document = self._packs().get(key)
        if document is None:
            try:
                with open(self._entry(key), "rb") as handle:
                    document = json.loads(handle.read())
            except (OSError, ValueError):
                document = None
        if document is None and not many:
            document = self._packs().get(key)
            if document is not None:
                self._write_entry(key, document)
        return self._findings(path, document)

    def get_stamped(self, path: str, stamp: Stamp) -> list[Finding] | None:
        """The stored findings of ``path`` if a pack recorded it with exactly this ``stamp``
        (the file was not written since it was read), without reading the file; else None."""
        key = self._stamped.get((path, *stamp)) if self._packs() else None
        return self._findings(path, self._packs().get(key)) if key is not None else None

    @staticmethod
    def _findings(path: str, document: Any) -> list[Finding] | None:
        try:
            if document is None or document.get("path") != path:
                return None
            return [_finding_from_json(path, item) for item in document["findings"]]
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def put(self, path: str, data: bytes, findings: list[Finding]) -> None:
        document = {"path": path, "findings": [_finding_to_json(f) for f in findings]}
        self._write_entry(self.entry_key(path, data), document)

    def _write_entry(self, key: str, document: Any) -> None:
        try:
            self._prepare()
            encoded = json.dumps(document, ensure_ascii=False).encode("utf-8")
            atomic_write(Path(self._entry(key)), encoded, shared=False)
        except (OSError, TypeError, ValueError):
            pass

    def put_many(self, found: list[tuple[str, bytes, list[Finding], Stamp | None]]) -> None:
        """Store many files' findings: one pack file (merged with the packs read) if many.

        A file's stamp, when known, is stored with its entry: the next run that finds the file
        with the same stamp takes its findings without reading it.
        """
        if len(found) < PACK_MIN:
            for path, data, findings, _ in found:
                self.put(path, data, findings)
            return
        entries = dict(self._packs())
        for path, data, findings, stamp in found:
            document: dict[str, Any] = {
                "path": path,
                "findings": [_finding_to_json(f) for f in findings],
            }
            if stamp is not None:
                document["stamp"] = list(stamp)
            entries[self.entry_key(path, data)] = document
        try:
            self._prepare()
            encoded = json.dumps({"entries": entries}, ensure_ascii=False).encode("utf-8")
            name = f"pack-{hashlib.sha256(encoded).hexdigest()[:16]}.json"
            atomic_write(self.folder / name, encoded, shared=False)
        except (OSError, TypeError, ValueError):
            return
        for old in self._pack_names:  # merged into the new pack
            if old != name:
                with contextlib.suppress(OSError):
                    os.unlink(self._prefix + old)
        self._pack, self._pack_names = entries, [name]
        self._stamped = _stamp_index(entries)

    def touch(self) -> None:
        """Mark this context as recently used (pruning keeps the most recent ones)."""
        with contextlib.suppress(OSError):
            os.utime(self.folder)

    def active(self) -> frozenset[str] | None:
        """The rule ids this context selects (recorded by the run that filled it)."""
        try:
            data = json.loads((self.folder / "context.json").read_bytes())
            rules = data["active"]
            if isinstance(rules, list) and all(isinstance(r, str) for r in rules):
                return frozenset(rules)
        except (OSError, ValueError, TypeError, KeyError):
            pass
        return None

    def save_active(self, active: Iterable[str]) -> None:
        try:
            self._prepare()
            data = json.dumps({"active": sorted(active)}).encode("utf-8")
            atomic_write(self.folder / "context.json", data)
        except OSError:
            pass

    def _prepare(self) -> None:
        if self._touched:
            return
        self._touched = True
        fresh = not self.folder.is_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        _mark(self.base)
        os.utime(self.folder)
        if fresh:
            self._prune()

    def _prune(self) -> None:
        """Keep only the :data:`KEEP` most recently used contexts."""
        try:
            folders = [
                p
                for p in self.base.iterdir()
                if p != self.folder and _CONTEXT.fullmatch(p.name) and p.is_dir()
            ]
            folders.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        for old in folders[KEEP - 1 :]:
            shutil.rmtree(old, ignore_errors=True)


DEFAULT_FOLDER = ".opscheck-cache"


def load_config(root: Path, lang: str) -> Any:
    """The root's configuration, without parsing ``opscheck.yaml`` again when it is unchanged.

    A parsed YAML configuration is stored as JSON under the default cache folder, keyed by the
    file's bytes and the checker's code; only a configuration that keeps the default
    ``cache_dir`` is stored (elsewhere the folder is not known before parsing). Other
    configuration sources (pyproject.toml, ``--config``) are read as usual.
    """
    from checker import config as configmod

    source = next((root / name for name in configmod.CONFIG_FILES if (root / name).is_file()), None)
    data = read_bytes(source, 1 << 20) if source is not None else None
    secret = machine_secret()
    if source is None or data is None or secret is None:
        return configmod.load(root, None, lang)
    digest = hashlib.sha256(secret)
    digest.update(f"{code_fingerprint()}|{source.name}|".encode() + data)
    key = digest.hexdigest()
    base = root / DEFAULT_FOLDER
    stored = base / f"config-{key[:32]}.json"
    try:
        return configmod.Config(**json.loads(stored.read_bytes()))
    except (OSError, ValueError, TypeError):
        pass
    config = configmod.load(root, None, lang)
    if config.cache_dir != DEFAULT_FOLDER:
        return config
    try:
        values = config.values()
        encoded = json.dumps(values, ensure_ascii=False)
        if configmod.Config(**json.loads(encoded)) != config:
            return config  # a value JSON cannot carry exactly (a date in options): parse each time
        base.mkdir(parents=True, exist_ok=True)
        _mark(base)
        for old in base.glob("config-*.json"):
            with contextlib.suppress(OSError):
                old.unlink()
        atomic_write(stored, encoded.encode("utf-8"))
    except (OSError, TypeError, ValueError):
        pass
    return config


def _mark(base: Path) -> None:
    """Tag the cache folder (CACHEDIR.TAG) and make git ignore it, once."""
    if (base / "CACHEDIR.TAG").exists():
        return
    with contextlib.suppress(OSError):
        atomic_write(base / "CACHEDIR.TAG", _TAG.encode())
        atomic_write(base / ".gitignore", b"# created by opscheck\n*\n")


def cache_folder(root: Path, configured: str) -> Path:
    folder = Path(configured)
    return folder if folder.is_absolute() else root / folder
