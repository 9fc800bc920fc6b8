"""Deliver stage, continuously: run a rebuild whenever the notes change (watchfiles).

Changes are debounced (an editor's save is often several writes) and filtered: the files
flashgen writes beside the deck, hidden folders (`.obsidian/`, `.git/`) and editors'
temporary files never trigger a rebuild, so a deck written inside the vault does not start
another build.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import watchfiles

from flashgen.output import TEMPORARY_PREFIX
from flashgen.templates import VAULT_TEMPLATES

DEBOUNCE_MS = 400
_TEMPORARY_SUFFIXES = (".swp", ".swx", ".tmp", "~", ".crdownload")


def _written_by_flashgen(resolved: Path, output: Path) -> bool:
    """The deck, its lock, state, map and rejection list, and their temporary files."""
    if not resolved.is_relative_to(output.parent):
        return False
    inside = resolved.relative_to(output.parent).parts
    return inside[0].startswith((output.stem + ".", TEMPORARY_PREFIX))


def relevant(path: Path, roots: Sequence[Path], outputs: Sequence[Path]) -> bool:
    """Whether a change to `path` can change the cards: not a file flashgen writes beside a
    deck in `outputs`, not in a hidden folder (but the vault's own templates), not an
    editor's temporary file."""
    resolved = path.resolve()
    if any(_written_by_flashgen(resolved, output) for output in outputs):
        return False
    if path.name.endswith(_TEMPORARY_SUFFIXES) or path.name.startswith(".#"):
        return False
    for root in roots:
        if resolved.is_relative_to(root):
            inside = resolved.relative_to(root).parts
            if inside[: len(VAULT_TEMPLATES.parts)] == VAULT_TEMPLATES.parts:
                return True  # an edited card template: the note types change
            return not any(part.startswith(".") for part in inside)
    return True


def watch(
    paths: Sequence[Path],
    rebuild: Callable[[frozenset[Path]], None],
    outputs: Sequence[Path] = (),
    stop: threading.Event | None = None,
    debounce_ms: int = DEBOUNCE_MS,
) -> None:
    """Call `rebuild(changed files)` after each burst of relevant changes under `paths`, until
    `stop` is set (or Ctrl-C). `outputs` are the decks being written, whose files are not
    changes to the notes."""
    roots = [p.resolve() if p.is_dir() else p.resolve().parent for p in paths]
    decks = [p.resolve() for p in outputs]

    def wanted(_: watchfiles.Change, name: str) -> bool:
        return relevant(Path(name), roots, decks)

    for changes in watchfiles.watch(
        *paths,
        watch_filter=wanted,
        debounce=debounce_ms,
        stop_event=stop,
        raise_interrupt=False,
    ):
        rebuild(frozenset(Path(name) for _, name in changes))
