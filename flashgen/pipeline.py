"""The pipeline end to end: read → parse → extract → lint → render → identify → package.

These functions are the library API; the CLI and the tests call the same ones.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from flashgen.config import DEFAULT_CONFIG, VaultConfig, load_config
from flashgen.curate import load_rejected
from flashgen.extract import extract
from flashgen.identify import (
    identify,
    kept_card,
    model_mtimes,
    note_fingerprint,
    note_identities,
)
from flashgen.incremental import lightened, note_key, retired_cache_path
from flashgen.lint import lint
from flashgen.media import VaultFiles, missing_embeds, note_media
from flashgen.model import (
    BuildResult,
    Card,
    CardSequence,
    Diagnostic,
    Draft,
    Note,
    NoteCards,
    RenderedCard,
)
from flashgen.output import exclusive_output
from flashgen.package import write_apkg
from flashgen.parse.document import parse_note
from flashgen.render import render
from flashgen.state import NoteRecord, State, StateFile, load_state, ordered_cards, state_path
from flashgen.templates import note_types
from flashgen.vault import find_notes, read_note

DEFAULT_OUTPUT_DIR = Path("decks")


@dataclass(frozen=True)
class Kept:
    """An unchanged note, taken whole from the previous build's state: not read again."""

    identity: str
    record: NoteRecord  # its place (`relpath`) is the same as then


@dataclass(frozen=True)
class Collected:
    """Everything the read-to-render stages made of the given paths, in note order: each
    note either read (`NoteCards`) or kept unchanged from the previous build (`Kept`)."""

    results: tuple[NoteCards | Kept, ...]
    diagnostics: tuple[Diagnostic, ...]
    keys: dict[str, str]  # relpath -> the inputs' hash, of every note found

    @property
    def notes(self) -> tuple[Note, ...]:
        """The notes read this build."""
        return tuple(r.note for r in self.results if isinstance(r, NoteCards) and r.note)

    @property
    def rendered(self) -> tuple[RenderedCard, ...]:
        return tuple(c for r in self.results if isinstance(r, NoteCards) for c in r.rendered)

    @property
    def notes_found(self) -> int:
        return len(self.notes) + sum(isinstance(r, Kept) for r in self.results)

    @property
    def dropped(self) -> int:
        return sum(
            r.dropped if isinstance(r, NoteCards) else r.record.dropped for r in self.results
        )


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
    paths: Sequence[Path],
    light: bool = False,
    previous: State | None = None,
) -> Collected:
    """Every note under `paths`, through read-to-render. A note whose inputs (its bytes, its
    place, the vault's files, the configuration, flashgen's code) are those of the previous
    build is kept whole from `previous` (its cards are the state's); else it is read. A note
    that fails is reported and skipped; the others still make their cards. Output order is
    the notes' order.

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
    known = {rec.relpath: i for i, rec in previous.notes.items()} if previous else {}
    results: list[NoteCards | Kept | None] = [None] * len(found)
    keys: dict[str, str] = {}
    todo: list[int] = []
    for index, (path, root) in enumerate(found):
        relpath = path.relative_to(root).as_posix()
        try:
            key = note_key(path, root, contexts[root], path.read_bytes())
        except OSError:
            todo.append(index)  # read_note will report it
            continue
        keys[relpath] = key
        identity = known.get(relpath, "")
        record = previous.notes.get(identity) if previous else None  # its cards are the state's
        if record is not None and record.key == key:
            results[index] = Kept(identity, record)
            continue
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
    finished = [r for r in results if r is not None]
    return Collected(
        results=tuple(finished),
        diagnostics=(
            *diagnostics,
            *(
                d
                for r in finished
                for d in (r.diagnostics if isinstance(r, NoteCards) else r.record.diagnostics)
            ),
        ),
        keys=keys,
    )


def _first_root(paths: Sequence[Path]) -> Path:
    """The vault folder of the first path: the folder itself, or a note's folder."""
    first = paths[0] if paths else Path(".")
    return first.parent if first.is_file() else first


def vault_config(paths: Sequence[Path]) -> VaultConfig:
    """The configuration that governs a command on `paths`: the first path's vault's."""
    if not paths:
        return DEFAULT_CONFIG
    config, _ = load_config(_first_root(paths))
    return config


def curation_folder(paths: Sequence[Path], config: VaultConfig) -> Path:
    """Where the vault's rejection list lives: beside its configuration file (`config`, the
    one `vault_config(paths)` found), else at the root of the first path."""
    if config.path is not None:
        return config.path.parent
    return _first_root(paths).resolve()


def target(
    paths: Sequence[Path],
    output: Path | None,
    deck_name: str | None,
    config: VaultConfig,
) -> tuple[str, Path]:
    """The deck name and .apkg of a command: flags first, then the configuration, then the
    defaults (the folder's name; decks/<deck>.apkg)."""
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
    full: bool = False,
) -> BuildResult:
    """Build one `.apkg` from the notes under `paths`, update the state file beside it, and
    return what was made. With `dry_run`, compute everything and write nothing. Unchanged
    notes are taken from the previous build (the state file) unless `full`.

    Raises `OutputBusy` when another build keeps the output locked past `wait_seconds`.
    """
    with _no_cyclic_gc():
        return _build(paths, output, deck_name, dry_run, now, templates, wait_seconds, full)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """A build holds millions of small long-lived objects (the state's records, the cards) and
    makes no reference cycles: the cyclic collector would only walk them again and again (a
    third of an incremental build's time on 1 000 notes, more on larger vaults). Reference
    counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(
    paths: Sequence[Path],
    output: Path | None,
    deck_name: str | None,
    dry_run: bool,
    now: int | None,
    templates: Path | None,
    wait_seconds: float,
    full: bool,
) -> BuildResult:
    config = vault_config(paths)
    deck_name, output = target(paths, output, deck_name, config)
    now = build_time() if now is None else now
    folder = curation_folder(paths, config)
    rejected = load_rejected(folder, output)
    if dry_run:
        collected = collect(paths)  # whole drafts: the listing shows questions as asked
        made, orphans, _ = _identified(collected, load_state(state_path(output)), now, templates)
        cards = CardSequence(_without(made, rejected))
    else:
        with exclusive_output(output, wait_seconds), StateFile(state_path(output)) as store:
            index = State(notes=store.notes)  # which notes the state can give whole
            collected = collect(paths, light=True, previous=None if full else index)
            retired_cache_path(output).unlink(missing_ok=True)
            kept = [r for r in collected.results if isinstance(r, Kept)]
            taken = {k.identity for k in kept}
            previous = store.previous(reread=[i for i in store.notes if i not in taken])
            made, orphans, state = _identified(collected, previous, now, templates)
            store.save(replace(state, vault=str(folder)), order=list(state.notes))
            model_times = {kind: mtime for kind, (_, mtime) in state.models.items()}
            # Rejected cards stay in the state (so edits still re-match them), not the deck.
            write_apkg(store.path, deck_name, model_times, output, rejected, templates)
            kept_cards = sum(g not in rejected for k in kept for g in k.record.guids)
            cards = CardSequence(
                _without(made, rejected), kept_cards, _reader(store.path, made, rejected)
            )
    orphans = _without(orphans, rejected)
    return BuildResult(
        notes_read=collected.notes_found,
        cards=cards,
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
    config = vault_config(paths)
    _, output = target(paths, output, None, config)
    collected = collect(paths)
    cards, _, _ = _identified(collected, load_state(state_path(output)), now or build_time(), None)
    rejected = load_rejected(curation_folder(paths, config), output)
    marked = [(card, "rejected" if card.guid in rejected else card.status) for card in cards]
    return marked, {card.guid: card.rendered.draft for card in cards}


def _without(cards: list[Card], rejected: Mapping[str, object]) -> list[Card]:
    return [card for card in cards if card.guid not in rejected]


def _reader(
    state: Path, made: list[Card], rejected: Mapping[str, object]
) -> Callable[[], list[Card]]:
    """The build's cards in note order, read back from the state it wrote: those made this
    build as made, the others (of unchanged notes) as the state kept them."""

    def read() -> list[Card]:
        by_guid = {card.guid: card for card in made}
        return [
            by_guid.get(record.guid) or kept_card(record)
            for record in ordered_cards(state)
            if record.guid not in rejected
        ]

    return read


def build_time() -> int:
    """Now, or SOURCE_DATE_EPOCH when set: the reproducible-builds convention, so that the
    same notes and state give the same bytes."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(fixed) if fixed.isdigit() else int(time.time())


def _identified(
    collected: Collected, previous: State, now: int, templates: Path | None
) -> tuple[list[Card], list[Card], State]:
    """GUIDs and mtimes for the cards of the notes read this build, against the previous
    build's state (kept notes' cards stay the state's): those cards in note order, the
    orphans, and the new state (its `notes` in note order; its `cards` the records of the
    cards identified here, to replace those of `previous`)."""
    kept = [r for r in collected.results if isinstance(r, Kept)]
    identities = note_identities(collected.notes, previous, (k.record.relpath for k in kept))
    by_path = {str(note.path): note for note in collected.notes}
    fallback = {identities[note.relpath]: _file_mtime(note, now) for note in collected.notes}
    pairs = [(identities[by_path[r.draft.path].relpath], r) for r in collected.rendered]
    kept_guids = [g for k in kept for g in k.record.guids]
    made, orphans, state = identify(pairs, previous, now, fallback, kept_guids)
    identity_of = {id(rendered): identity for identity, rendered in pairs}
    by_note: dict[str, list[Card]] = {}
    for card in made:
        by_note.setdefault(identity_of[id(card.rendered)], []).append(card)
    cards: list[Card] = []
    notes: dict[str, NoteRecord] = {}
    for result in collected.results:
        if isinstance(result, Kept):
            notes[result.identity] = result.record
        elif result.note is not None:
            identity = identities[result.note.relpath]
            own = by_note.get(identity, [])
            cards.extend(own)
            notes[identity] = NoteRecord(
                result.note.relpath,
                note_fingerprint(result.note),
                collected.keys.get(result.note.relpath, ""),
                tuple(card.guid for card in own),
                result.diagnostics,
                result.dropped,
            )
    types = note_types(templates)
    models = model_mtimes({k: t.fingerprint for k, t in types.items()}, previous, now)
    return cards, orphans, State(cards=state.cards, notes=notes, models=models)


def _file_mtime(note: Note, now: int) -> int:
    try:
        return int(note.path.stat().st_mtime)
    except OSError:
        return now
