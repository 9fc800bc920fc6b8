"""The pipeline end to end: read → parse → extract → lint → render → identify → package.

These functions are the library API; the CLI and the tests call the same ones.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from flashgen.cache import NoteCache, cache_path, lightened
from flashgen.config import DEFAULT_CONFIG, VaultConfig, load_config
from flashgen.curate import load_rejected
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
from flashgen.model import BuildResult, Card, Diagnostic, Draft, Note, NoteCards, RenderedCard
from flashgen.output import exclusive_output
from flashgen.package import write_apkg
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
    return note.switch in ("false", "no", "off")


def note_cards(
    path: Path,
    root: Path,
    files: VaultFiles,
    light: bool = False,
    config: VaultConfig = DEFAULT_CONFIG,
) -> NoteCards:
    """Read, parse, extract, lint and render one note: a pure function of the note's file
    and the vault's other files, so notes can be done in any order, in any process."""
    note, problems = read_note(path, root)
    if note is None or _skipped(note):
        return NoteCards(None, (), tuple(problems), 0)
    document = parse_note(note, config.source_callouts)
    media = note_media(document, files)
    drafts = [draft for draft in extract(document) if draft.kind in config.kinds]
    kept, lints, dropped = lint(drafts)
    deck = config.own_deck(str(note.meta.get("deck") or "").strip())
    subdeck = config.subdeck(note.relpath, deck)
    tags = config.note_tags(document.tags)
    vault_name = note.vault_root.resolve().name
    rendered = tuple(
        replace(render(draft, vault_name, note.relpath, tags, media, deck), subdeck=subdeck)
        for draft in kept
    )
    diagnostics = (*problems, *document.diagnostics, *missing_embeds(document, files), *lints)
    result = NoteCards(note, rendered, diagnostics, dropped)
    return lightened(result) if light else result


# Below this many notes to (re)do, a process pool costs more to start than it saves.
POOL_THRESHOLD = 40


def collect(
    paths: Sequence[Path], cache: NoteCache | None = None, light: bool = False
) -> Collected:
    """Every note under `paths`, through read-to-render; notes whose file, place and vault
    are unchanged since the cached build come from `cache`. A note that fails is reported
    and skipped; the others still make their cards. Output order is the notes' order.

    With `light` (what a build needs), drafts keep their plain text but not their spans,
    which saves most of the memory on a large vault."""
    found, diagnostics = find_notes(paths)
    roots = list(dict.fromkeys(root for _, root in found))
    files = {root: VaultFiles.scan(root) for root in roots}
    configs = {}
    for root in roots:
        configs[root], problems = load_config(root)
        diagnostics.extend(problems)
    found = [(p, r) for p, r in found if not configs[r].skips(p.relative_to(r).as_posix())]
    contexts = {root: files[root].fingerprint + configs[root].fingerprint for root in roots}
    results: list[NoteCards | None] = [None] * len(found)
    keys: list[str] = [""] * len(found)
    todo: list[int] = []
    for index, (path, root) in enumerate(found):
        if cache is not None:
            try:
                keys[index] = cache.key(path, root, contexts[root], path.read_bytes())
                results[index] = cache.get(keys[index])  # type: ignore[assignment]
            except OSError:
                pass  # read_note will report it
        if results[index] is None:
            todo.append(index)
    arguments = [
        (found[i][0], found[i][1], files[found[i][1]], light, configs[found[i][1]]) for i in todo
    ]
    workers = min(len(todo) // POOL_THRESHOLD, os.cpu_count() or 1)
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(note_cards, *zip(*arguments, strict=True), chunksize=8))
    else:
        done = [note_cards(*args) for args in arguments]
    for index, result in zip(todo, done, strict=True):
        results[index] = result
        if cache is not None and keys[index]:
            cache.put(keys[index], result if light else lightened(result))
    finished = [r for r in results if r is not None]
    return Collected(
        notes=tuple(r.note for r in finished if r.note is not None),
        rendered=tuple(card for r in finished for card in r.rendered),
        diagnostics=(*diagnostics, *(d for r in finished for d in r.diagnostics)),
        dropped=sum(r.dropped for r in finished),
    )


def vault_config(paths: Sequence[Path]) -> VaultConfig:
    """The configuration that governs a command on `paths`: the first path's vault's."""
    if not paths:
        return DEFAULT_CONFIG
    first = paths[0]
    config, _ = load_config(first.parent if first.is_file() else first)
    return config


def curation_folder(paths: Sequence[Path]) -> Path:
    """Where the vault's rejection list lives: beside its configuration file, else at the
    root of the first path."""
    config = vault_config(paths)
    if config.path is not None:
        return config.path.parent
    first = paths[0] if paths else Path(".")
    return (first.parent if first.is_file() else first).resolve()


def target(
    paths: Sequence[Path], output: Path | None = None, deck_name: str | None = None
) -> tuple[str, Path]:
    """The deck name and .apkg of a command: flags first, then the configuration, then the
    defaults (the folder's name; decks/<deck>.apkg)."""
    config = vault_config(paths)
    deck_name = deck_name or config.deck or default_deck_name(paths)
    return deck_name, output or config.output or default_output(deck_name)


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
    deck_name, output = target(paths, output, deck_name)
    now = build_time() if now is None else now
    folder = curation_folder(paths)
    rejected = load_rejected(folder, output)
    if dry_run:
        collected = collect(paths)  # whole drafts: the listing shows questions as asked
        cards, orphans, _ = _identified(collected, load_state(state_path(output)), now, templates)
        cards, orphans = _without(cards, rejected), _without(orphans, rejected)
    else:
        with exclusive_output(output, wait_seconds):
            note_cache = NoteCache(cache_path(output))
            try:
                collected = collect(paths, note_cache, light=True)
                note_cache.save()
            finally:
                note_cache.close()
            cards, orphans, state = _identified(
                collected, load_state(state_path(output)), now, templates
            )
            state = replace(state, vault=str(folder))
            # Rejected cards stay in the state (so edits still re-match them), not the deck.
            cards, orphans = _without(cards, rejected), _without(orphans, rejected)
            everything = [*cards, *orphans]
            model_times = {kind: mtime for kind, (_, mtime) in state.models.items()}
            stamp = max([c.mtime for c in everything] + list(model_times.values()))
            write_apkg(everything, deck_name, model_times, output, stamp, templates)
            save_state(state, state_path(output))
    return BuildResult(
        notes_read=len(collected.notes),
        cards=tuple(cards),
        diagnostics=collected.diagnostics,
        dropped=collected.dropped,
        output=None if dry_run else output,
        orphans=tuple(orphans),
        deck=deck_name,
    )


def plan(
    paths: Sequence[Path], output: Path | None = None, now: int | None = None
) -> tuple[list[tuple[Card, str]], dict[str, Draft]]:
    """What the next build of `output` would do to each card, without writing anything:
    (card, "new" | "changed" | "unchanged" | "rejected") in note order, and each card's
    full draft by GUID (for lints and previews)."""
    _, output = target(paths, output)
    collected = collect(paths)
    cards, _, _ = _identified(collected, load_state(state_path(output)), now or build_time(), None)
    rejected = load_rejected(curation_folder(paths), output)
    marked = [(card, "rejected" if card.guid in rejected else card.status) for card in cards]
    return marked, {card.guid: card.rendered.draft for card in cards}


def _without(cards: list[Card], rejected: Mapping[str, object]) -> list[Card]:
    return [card for card in cards if card.guid not in rejected]


def build_time() -> int:
    """Now, or SOURCE_DATE_EPOCH when set: the reproducible-builds convention, so that the
    same notes and state give the same bytes."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(fixed) if fixed.isdigit() else int(time.time())


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
