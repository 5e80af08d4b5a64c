"""Which repository roots a run covers and which files of each it reports.

A directory holding ``policies/`` or an opscheck configuration is a repository root: all its
policies and drafts are loaded. A single file, or a directory inside a root, is checked in the
context of the nearest enclosing root (found by walking up), so cross-references resolve, but
only the named files are reported. A directory outside any root is checked on its own.
"""

from __future__ import annotations

from pathlib import Path

from checker import config as configmod

POLICY_SUFFIXES = (".yaml", ".yml")
DRAFT_SUFFIXES = (".md", ".markdown")


class PathError(Exception):
    """A PATH argument that cannot be used (exit code 2)."""

    def __init__(self, key: str, path: str, reason: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.path = path
        self.reason = reason


def is_root(folder: Path) -> bool:
    return (folder / "policies").is_dir() or configmod.has_config(folder)


def find_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if is_root(folder):
            return folder
    return None


def kind_of(path: Path) -> str:
    """``policy`` for YAML files, ``draft`` for Markdown and anything else named explicitly."""
    return "policy" if path.name.lower().endswith(POLICY_SUFFIXES) else "draft"


class Target:
    """One repository root (or a loose directory) and the files to report in it."""

    def __init__(self, root: Path, loose: bool = False) -> None:
        self.root = root
        self.loose = loose
        #: Check every policy and draft of the root, not only the files and folders named.
        self.everything = False
        self.files: list[Path] = []
        self.folders: list[Path] = []

    def __repr__(self) -> str:
        return f"Target({self.root!r}, loose={self.loose})"


def resolve(paths: list[str], cwd: Path) -> list[Target]:
    """Group PATH arguments by repository root; raise :class:`PathError` for a bad path."""
    targets: dict[Path, Target] = {}

    def target_for(root: Path, loose: bool = False) -> Target:
        key = root.resolve()
        if key not in targets:
            targets[key] = Target(key, loose=loose)
        return targets[key]

    if not paths:
        root = find_root(cwd)
        if root is None:
            target_for(cwd, loose=True).everything = True
        else:
            target_for(root).everything = True
        return list(targets.values())

    for raw in paths:
        path = (cwd / raw) if not Path(raw).is_absolute() else Path(raw)
        if not path.exists() and not path.is_symlink():
            raise PathError("cli.no-such-path", raw)
        if path.is_dir():
            if is_root(path):
                target_for(path).everything = True
                continue
            root = find_root(path.parent)
            if root is None:
                target_for(path, loose=True).everything = True
            else:
                target_for(root).folders.append(path.resolve())
        else:
            root = find_root(path.parent)
            target = target_for(root) if root is not None else target_for(path.parent, loose=True)
            target.files.append(path.absolute())
    return list(targets.values())
