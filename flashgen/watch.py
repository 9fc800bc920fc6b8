"""Deliver stage, continuously: run a rebuild whenever the notes change (watchfiles).

Changes are debounced (an editor's save is often several writes) and filtered: the output
folder, hidden folders (`.obsidian/`, `.git/`) and editors' temporary files never trigger a
rebuild, so writing the deck inside the vault does not start another build.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import watchfiles

DEBOUNCE_MS = 400
_TEMPORARY_SUFFIXES = (".swp", ".swx", ".tmp", "~", ".crdownload")


def relevant(path: Path, roots: Sequence[Path], ignored: Sequence[Path]) -> bool:
    """Whether a change to `path` can change the cards: not in an ignored folder, not hidden,
    not an editor's temporary file."""
    resolved = path.resolve()
    if any(resolved.is_relative_to(folder) for folder in ignored):
        return False
    if path.name.endswith(_TEMPORARY_SUFFIXES) or path.name.startswith(".#"):
        return False
    for root in roots:
        if resolved.is_relative_to(root):
            inside = resolved.relative_to(root).parts
            return not any(part.startswith(".") for part in inside)
    return True


def watch(
    paths: Sequence[Path],
    rebuild: Callable[[frozenset[Path]], None],
    ignored: Sequence[Path] = (),
    stop: threading.Event | None = None,
    debounce_ms: int = DEBOUNCE_MS,
) -> None:
    """Call `rebuild(changed files)` after each burst of relevant changes under `paths`, until
    `stop` is set (or Ctrl-C)."""
    roots = [p.resolve() if p.is_dir() else p.resolve().parent for p in paths]
    folders = [p.resolve() for p in ignored]

    def wanted(_: watchfiles.Change, name: str) -> bool:
        return relevant(Path(name), roots, folders)

    for changes in watchfiles.watch(
        *paths,
        watch_filter=wanted,
        debounce=debounce_ms,
        stop_event=stop,
        raise_interrupt=False,
    ):
        rebuild(frozenset(Path(name) for _, name in changes))
