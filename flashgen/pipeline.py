"""The build's orchestration: survey → read, parse, extract, lint, render → identify → state
→ package, one note at a time, in one transaction of the state file.

The stages are modules of their own: `targets` (what a command acts on), `survey` (which
notes, which unchanged), `making` (one note's cards, in a pool of processes), `identifying`
(GUIDs, note by note), `state` and `package`. These functions are the library API; the
CLI and the tests call the same ones.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from flashgen.curate import load_rejected
from flashgen.identify import Identifier, NoteIdentities, kept_card, model_mtimes
from flashgen.identifying import Made, Tally, identified, identify_notes
from flashgen.incremental import code_fingerprint, retired_cache_path
from flashgen.making import Collected, collect, results
from flashgen.model import (
    BuildResult,
    Card,
    CardSequence,
    Diagnostic,
    Draft,
    NoteCards,
    Progress,
    no_progress,
)
from flashgen.output import exclusive_output, written_status
from flashgen.package import kept_collection_path, write_apkg
from flashgen.rewrites import load_rewrites
from flashgen.state import StateFile, load_state, ordered_cards, state_path
from flashgen.state_records import NoteRecord
from flashgen.survey import Kept, survey
from flashgen.targets import curation_folder, target, vault_config
from flashgen.templates import checked_note_types, note_types, vault_templates


def problems_only(diagnostics: Sequence[Diagnostic]) -> tuple[Diagnostic, ...]:
    """What a build reports: its errors and warnings. Its notes (cards held back) are for
    `check` and the preview, not for every build's output."""
    return tuple(d for d in diagnostics if d.severity != "note")


def build(
    paths: Sequence[Path],
    output: Path | None = None,
    deck_name: str | None = None,
    dry_run: bool = False,
    now: int | None = None,
    templates: Path | None = None,
    wait_seconds: float = 60.0,
    full: bool = False,
    progress: Progress = no_progress,
) -> BuildResult:
    """Build one `.apkg` from the notes under `paths`, update the state file beside it, and
    return what was made. With `dry_run`, compute everything and write nothing. Unchanged
    notes are taken from the previous build (the state file) unless `full`. `progress` is
    told of each note done.

    Raises `OutputBusy` when another build keeps the output locked past `wait_seconds`.
    """
    with _no_cyclic_gc():
        return _build(
            paths, output, deck_name, dry_run, now, templates, wait_seconds, full, progress
        )


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """A build holds millions of small long-lived objects (the state's records, the cards) and
    makes no reference cycles: the cyclic collector would only walk them again and again (a
    third of an incremental build's time on 1 000 notes, more on larger vaults). Reference
    counting still frees everything, in the pool's workers too (forked with the collector
    off): nothing a note makes may be a cycle (`tests/test_incremental.py`, the cyclic
    collector test)."""
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
    progress: Progress,
) -> BuildResult:
    config = vault_config(paths)
    deck_name, output = target(paths, output, deck_name, config)
    now = build_time() if now is None else now
    folder = curation_folder(paths, config)
    rejected = load_rejected(folder, output)
    # The vault's own templates, unless the caller names a folder; unfit ones are reported.
    templates = templates if templates is not None else vault_templates(folder)
    _, template_problems = checked_note_types(templates)
    if dry_run:
        collected = collect(paths)  # whole drafts: the listing shows questions as asked
        state = load_state(state_path(output))
        found = identified(collected, state, now, load_rewrites(folder))
        return BuildResult(
            notes_read=collected.notes_found,
            cards=CardSequence(_without(found.cards, rejected)),
            diagnostics=(
                *template_problems,
                *problems_only((*collected.diagnostics, *found.problems)),
            ),
            dropped=collected.dropped,
            orphans=tuple(_without(found.orphans, rejected)),
            deck=deck_name,
        )
    with exclusive_output(output, wait_seconds), StateFile(state_path(output)) as store:
        retired_cache_path(output).unlink(missing_ok=True)
        written = _rewrite_state(store, paths, full, now, templates, str(folder), progress)
        model_times = {kind: mtime for kind, (_, mtime) in written.models.items()}
        made_with = _package_inputs(deck_name, written.models, rejected)
        # The same cards, made the same way, into the deck written last (at this place): its
        # bytes would be the same, so it is left as it is.
        if store.packaged() != _deck_status(made_with, output):
            # The collection written last, if made the same way, need only have its changed
            # rows written again.
            kept_with, _, checksum = store.kept().partition(" ")
            # Rejected cards stay in the state (so edits still re-match them), not the deck.
            checksum = write_apkg(
                store.path,
                deck_name,
                model_times,
                output,
                rejected,
                templates,
                kept=kept_collection_path(output),
                kept_checksum=checksum if kept_with == made_with else "",
            )
            store.set_packaged(_deck_status(made_with, output), f"{made_with} {checksum}")
    cards = CardSequence.reading(
        _reader(store.path, written.statuses, rejected),
        count=len(written.emitted) - sum(guid in written.emitted for guid in rejected),
        statuses=Counter(s for guid, s in written.statuses.items() if guid not in rejected),
    )
    repeated = problems_only(written.tally.repeated)
    return BuildResult(
        notes_read=written.tally.notes,
        cards=cards,
        diagnostics=(*template_problems, *problems_only(written.tally.diagnostics), *repeated),
        repeated=len(repeated),
        dropped=written.tally.dropped,
        output=output,
        orphans=tuple(_without(written.orphans, rejected)),
        deck=deck_name,
    )


@dataclass(frozen=True)
class Written:
    """What a build wrote into the state file, for the deck and the report."""

    tally: Tally
    orphans: list[Card]
    statuses: dict[str, str]  # of the cards made, by GUID, where not "unchanged"
    emitted: set[str]  # every live card's GUID
    models: dict[str, tuple[str, int]]


def _rewrite_state(
    store: StateFile,
    paths: Sequence[Path],
    full: bool,
    now: int,
    templates: Path | None,
    vault: str,
    progress: Progress = no_progress,
) -> Written:
    """Bring the state up to date with the notes under `paths`, note by note, in one
    transaction: unchanged notes keep their rows (unless `full`), the others are read
    again and their cards identified; then the cards not made again are aged into
    orphans."""
    found = survey(paths, None if full else store.notes)
    kept = {k.identity for k in found.kept.values()}
    identifier = Identifier(
        store.prior,
        now,
        first_build=not store.notes and not store.has_cards(),
        # chained, not a generator: 440 000 GUIDs go into a set without a Python step each
        kept=itertools.chain.from_iterable(k.record.guids for k in found.kept.values()),
        rewrites=load_rewrites(Path(vault)),
    )
    identities = NoteIdentities(store.notes, set(found.seen), store.fingerprints)
    statuses: dict[str, str] = {}

    def write(identity: str, place: int, note: NoteRecord, made: Made | None) -> None:
        if made is None:
            store.keep_note(identity, place, note)
            return
        store.put_note(identity, place, note, [record for _, record in made])
        statuses.update((c.guid, c.status) for c, _ in made if c.status != "unchanged")

    with store.rewriting(reread=[i for i in store.notes if i not in kept]):
        notes = results(found, light=True)
        counted = _counted(notes, len(found.found), progress)
        tally = identify_notes(counted, identities, identifier, found.seen, now, write)
        tally.diagnostics[:0] = found.diagnostics  # the vault's own problems come first
        tally.diagnostics += [*identities.clashes, *identifier.sources_changed]
        leftovers = store.leftovers()
        orphans, orphan_records = identifier.orphans(leftovers)
        still = {record.guid for record in orphan_records} | identifier.emitted
        models = _model_mtimes(templates, store.models, now)
        store.finish(
            orphan_records,
            dropped=[r.guid for r in leftovers if r.guid not in still],
            models=models,
            vault=vault,
        )
    return Written(tally, orphans, statuses, identifier.emitted, models)


def plan(
    paths: Sequence[Path], output: Path | None = None, now: int | None = None
) -> tuple[list[tuple[Card, str]], dict[str, Draft]]:
    """What the next build of `output` would do to each card, without writing anything:
    (card, "new" | "changed" | "unchanged" | "rejected") in note order, and each card's
    full draft by GUID (for lints and previews)."""
    config = vault_config(paths)
    _, output = target(paths, output, None, config)
    collected = collect(paths)
    folder = curation_folder(paths, config)
    rewrites = load_rewrites(folder)
    state = load_state(state_path(output))
    cards = identified(collected, state, now or build_time(), rewrites).cards
    rejected = load_rejected(folder, output)
    marked = [(card, "rejected" if card.guid in rejected else card.status) for card in cards]
    return marked, {card.guid: card.rendered.draft for card in cards}


def check_problems(paths: Sequence[Path], output: Path | None = None) -> Collected:
    """Every problem of the notes under `paths` (`collect`'s), of the vault's own templates,
    notes that share a front-matter id, and the cards the user rewrote whose source changed
    since (identified against the deck at `output`)."""
    collected = collect(paths)
    config = vault_config(paths)
    folder = curation_folder(paths, config)
    rewrites = load_rewrites(folder)
    _, output = target(paths, output, None, config)
    found = identified(collected, load_state(state_path(output)), build_time(), rewrites)
    _, templates = checked_note_types(vault_templates(folder))
    return replace(collected, diagnostics=(*templates, *collected.diagnostics, *found.problems))


def _without(cards: list[Card], rejected: Mapping[str, object]) -> list[Card]:
    return [card for card in cards if card.guid not in rejected]


def _reader(
    state: Path, statuses: Mapping[str, str], rejected: Mapping[str, object]
) -> Callable[[], list[Card]]:
    """The build's cards in note order, read back from the state it wrote, with the status
    each had in the build (`statuses`, where not "unchanged")."""

    def read() -> list[Card]:
        return [
            replace(kept_card(record), status=statuses.get(record.guid, "unchanged"))
            for record in ordered_cards(state)
            if record.guid not in rejected
        ]

    return read


def kept_files(output: Path) -> tuple[Path, Path]:
    """What a build keeps beside the deck at `output` for the next one: the state, and the
    deck's collection. A copy of both beside another deck path is the same previous build."""
    return state_path(output), kept_collection_path(output)


def _package_inputs(
    deck_name: str,
    models: Mapping[str, tuple[str, int]],
    rejected: Collection[str],
) -> str:
    """What a deck's collection is made of besides the state's cards, hashed: its name, its
    note types and their times, the cards left out, and flashgen's code."""
    inputs = [deck_name, sorted(models.items()), sorted(rejected)]
    text = json.dumps([code_fingerprint(), *inputs], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _deck_status(made_with: str, output: Path) -> str:
    """How the deck at `output` was made, where it is, and its file's status (see
    `StateFile.packaged`)."""
    return f"{made_with} {output.resolve()} {written_status(output)}"


def build_time() -> int:
    """Now, or SOURCE_DATE_EPOCH when set: the reproducible-builds convention, so that the
    same notes and state give the same bytes."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(fixed) if fixed.isdecimal() else int(time.time())


def _counted(
    notes: Iterable[NoteCards | Kept], total: int, progress: Progress
) -> Iterator[NoteCards | Kept]:
    """The notes as they come, telling `progress` of each one and of the cards made."""
    cards = 0
    for done, result in enumerate(notes, 1):
        cards += len(result.record.guids) if isinstance(result, Kept) else len(result.rendered)
        progress("notes", done, total, f"{cards} cards")
        yield result


def _model_mtimes(
    templates: Path | None, previous: Mapping[str, tuple[str, int]], now: int
) -> dict[str, tuple[str, int]]:
    types = note_types(templates)
    return model_mtimes({kind: t.fingerprint for kind, t in types.items()}, previous, now)
