"""The pipeline end to end: read → parse → extract → lint → render → identify → package.

These functions are the library API; the CLI and the tests call the same ones.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from flashgen.deliver import exclusive_output
from flashgen.extract import extract
from flashgen.identify import (
    NoteRecord,
    State,
    identify,
    load_state,
    model_mtimes,
    note_fingerprint,
    note_identities,
    save_state,
    state_path,
)
from flashgen.lint import lint
from flashgen.media import VaultFiles, missing_embeds, note_media
from flashgen.model import BuildResult, Card, Diagnostic, Document, Note, RenderedCard
from flashgen.package import build_package, write_apkg
from flashgen.parse.document import parse_note
from flashgen.render import render
from flashgen.templates import note_types
from flashgen.vault import find_notes, read_note

DEFAULT_OUTPUT_DIR = Path("decks")


@dataclass(frozen=True)
class Collected:
    """Everything the read-to-render stages made of the given paths."""

    notes: tuple[Note, ...]
    rendered: tuple[RenderedCard, ...]
    diagnostics: tuple[Diagnostic, ...]
    dropped: int


def _skipped(note: Note) -> bool:
    return str(note.meta.get("flashgen", "")).strip().lower() in ("false", "no", "off")


def collect(paths: Sequence[Path]) -> Collected:
    """Read, parse, extract, lint and render every note under `paths`. A note that fails is
    reported and skipped; the others still make their cards."""
    found, diagnostics = find_notes(paths)
    notes: list[Note] = []
    rendered: list[RenderedCard] = []
    dropped = 0
    vault_files: dict[Path, VaultFiles] = {}
    for path, root in found:
        note, problems = read_note(path, root)
        diagnostics.extend(problems)
        if note is None or _skipped(note):
            continue
        notes.append(note)
        document = parse_note(note)
        diagnostics.extend(document.diagnostics)
        files = vault_files.get(root) or vault_files.setdefault(root, VaultFiles.scan(root))
        diagnostics.extend(missing_embeds(document, files))
        media = note_media(document, files)
        kept, lints, lost = lint(extract(document))
        diagnostics.extend(lints)
        dropped += lost
        deck = str(note.meta.get("deck") or "").strip()
        rendered.extend(
            replace(render(d, _vault_name(note), note.relpath, document.tags, media), deck=deck)
            for d in kept
        )
    return Collected(tuple(notes), tuple(rendered), tuple(diagnostics), dropped)


def _vault_name(note: Note) -> str:
    return note.vault_root.resolve().name


def documents(paths: Sequence[Path]) -> list[Document]:
    found, _ = find_notes(paths)
    parsed = []
    for path, root in found:
        note, _ = read_note(path, root)
        if note is not None:
            parsed.append(parse_note(note))
    return parsed


def default_deck_name(paths: Sequence[Path]) -> str:
    if len(paths) == 1:
        return paths[0].resolve().stem if paths[0].is_file() else paths[0].resolve().name
    return "flashgen"


def default_output(deck_name: str) -> Path:
    slug = re.sub(r"[^\w.-]+", "-", deck_name).strip("-.") or "deck"
    return DEFAULT_OUTPUT_DIR / f"{slug}.apkg"


def build(
    paths: Sequence[Path],
    output: Path | None = None,
    deck_name: str | None = None,
    dry_run: bool = False,
    now: int | None = None,
    templates: Path | None = None,
    wait_seconds: float = 60.0,
) -> BuildResult:
    """Build one `.apkg` from the notes under `paths`, update the state file beside it, and
    return what was made. With `dry_run`, compute everything and write nothing.

    Raises `OutputBusy` when another build keeps the output locked past `wait_seconds`.
    """
    deck_name = deck_name or default_deck_name(paths)
    output = output or default_output(deck_name)
    now = int(time.time()) if now is None else now
    collected = collect(paths)
    if dry_run:
        cards, orphans, _ = _identified(collected, load_state(state_path(output)), now, templates)
    else:
        with exclusive_output(output, wait_seconds):
            cards, orphans, state = _identified(
                collected, load_state(state_path(output)), now, templates
            )
            everything = [*cards, *orphans]
            model_times = {kind: mtime for kind, (_, mtime) in state.models.items()}
            package = build_package(everything, deck_name, model_times, templates)
            stamp = max([c.mtime for c in everything] + list(model_times.values()))
            write_apkg(package, output, stamp)
            save_state(state, state_path(output))
    return BuildResult(
        notes_read=len(collected.notes),
        cards=tuple(cards),
        diagnostics=collected.diagnostics,
        dropped=collected.dropped,
        output=None if dry_run else output,
        orphans=tuple(orphans),
    )


def _identified(
    collected: Collected, previous: State, now: int, templates: Path | None
) -> tuple[list[Card], list[Card], State]:
    """GUIDs and mtimes for the collected cards against the previous build's state."""
    identities = note_identities(collected.notes, previous)
    by_path = {str(note.path): note for note in collected.notes}
    fallback = {identities[note.relpath]: _file_mtime(note, now) for note in collected.notes}
    pairs = [(identities[by_path[r.draft.path].relpath], r) for r in collected.rendered]
    cards, orphans, state = identify(pairs, previous, now, fallback)
    types = note_types(templates)
    notes = {
        identities[n.relpath]: NoteRecord(n.relpath, note_fingerprint(n)) for n in collected.notes
    }
    models = model_mtimes({k: t.fingerprint for k, t in types.items()}, previous, now)
    return cards, orphans, State(cards=state.cards, notes=notes, models=models)


def _file_mtime(note: Note, now: int) -> int:
    try:
        return int(note.path.stat().st_mtime)
    except OSError:
        return now
