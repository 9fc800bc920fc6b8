"""Read to render, note by note: one note's cards (`note_cards`, a pure function of its
file and its vault), and every note of a survey in note order, in a pool of processes
when there are many (`results`), or held in memory (`collect`)."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from flashgen.config import DEFAULT_CONFIG, VaultConfig
from flashgen.extract import extract
from flashgen.extract.reverse import reverses, with_reverses
from flashgen.identify import first_of_each_anchor, note_fingerprint
from flashgen.incremental import Seen, embedded, lightened, seen_reading
from flashgen.lint import lint
from flashgen.media import VaultFiles, missing_embeds, note_media, resolved_embeds
from flashgen.model import Diagnostic, Note, NoteCards, RenderedCard
from flashgen.parse.document import parse_note
from flashgen.render import render
from flashgen.survey import Kept, Survey, survey
from flashgen.vault import note_relpath, read_note


@dataclass(frozen=True)
class Collected:
    """Everything the read-to-render stages made of the given paths, every note read, in
    note order."""

    results: tuple[NoteCards, ...]
    diagnostics: tuple[Diagnostic, ...]
    seen: dict[str, Seen]  # by relpath, every note found

    @property
    def notes(self) -> tuple[Note, ...]:
        return tuple(r.note for r in self.results if r.note)

    @property
    def rendered(self) -> tuple[RenderedCard, ...]:
        return tuple(c for r in self.results for c in r.rendered)

    @property
    def notes_found(self) -> int:
        return len(self.notes)

    @property
    def dropped(self) -> int:
        return sum(r.dropped for r in self.results)


def _skipped(note: Note) -> bool:
    return note.switch in ("false", "no", "off")


def note_cards(
    path: Path,
    root: Path,
    files: VaultFiles,
    light: bool = False,
    config: VaultConfig = DEFAULT_CONFIG,
    see: bool = False,
) -> NoteCards:
    """Read, parse, extract, lint and render one note: a pure function of the note's file
    and the vault's other files, so notes can be done in any order, in any process. With
    `see`, what is seen of the file (`Seen`) comes with it."""
    looked, data = _looked_at(path, root, config) if see else (None, None)
    note, problems = read_note(path, root, data)
    if note is None or _skipped(note):
        return NoteCards(None, (), tuple(problems), 0)
    document = parse_note(note, config.source_callouts)
    resolved = resolved_embeds(document, files)
    media = note_media(resolved)
    drafts = [draft for draft in extract(document) if draft.kind in config.kinds]
    if reverses(note.meta, config.reverse):
        drafts = with_reverses(drafts)
    kept, lints, dropped = lint(drafts)
    kept = first_of_each_anchor(kept)  # before rendering: the others would get no GUID
    deck = config.own_deck(str(note.meta.get("deck") or "").strip())
    subdeck = config.subdeck(note.relpath, deck)
    tags = config.note_tags(document.tags)
    vault_name = files.real_root.name  # the vault's own name, as Obsidian knows it
    rendered = tuple(
        render(draft, vault_name, note.relpath, tags, media, deck, subdeck) for draft in kept
    )
    diagnostics = (*problems, *document.diagnostics, *missing_embeds(document, resolved), *lints)
    found = embedded(resolved, files, time.time_ns())
    result = NoteCards(note, rendered, diagnostics, dropped, found, looked, note_fingerprint(note))
    return lightened(result) if light else result


def _looked_at(path: Path, root: Path, config: VaultConfig) -> tuple[Seen | None, bytes | None]:
    """What is seen of a note's file, and its bytes; (None, None) when it cannot be read
    (`read_note` tries again, and reports it)."""
    try:
        context = config.note_context(note_relpath(path, root))
        return seen_reading(path, root, context, time.time_ns())
    except OSError:
        return None, None


# Below this many notes to (re)do, a process pool costs more to start than it saves.
POOL_THRESHOLD = 40


# A pool worker's vault file listings and configurations, by vault root (`_share_vaults`),
# set in workers only: the main process keeps no build's vaults after it.
_shared_vaults: tuple[Mapping[Path, VaultFiles], Mapping[Path, VaultConfig]] = ({}, {})


def _share_vaults(files: Mapping[Path, VaultFiles], configs: Mapping[Path, VaultConfig]) -> None:
    global _shared_vaults
    _shared_vaults = (files, configs)


def _shared_note_cards(path: Path, root: Path, light: bool, see: bool) -> NoteCards:
    files, configs = _shared_vaults
    return _note_cards_or_error(path, root, files[root], light, configs[root], see)


def _note_cards_or_error(
    path: Path, root: Path, files: VaultFiles, light: bool, config: VaultConfig, see: bool
) -> NoteCards:
    """`note_cards`, with a failure of flashgen's own on one note reported as that note's
    error, not raised: the rest of the vault still builds."""
    try:
        return note_cards(path, root, files, light, config, see)
    except Exception as error:  # a bug of ours that this note's text brings out
        message = (
            f"flashgen failed on this note ({type(error).__name__}: {error}); "
            "its cards are left out (please report it)"
        )
        return NoteCards(None, (), (Diagnostic(str(path), 1, message, "error"),), 0)


def results(survey: Survey, light: bool = False) -> Iterator[NoteCards | Kept]:
    """Each note found, in note order: kept, or read, parsed, extracted, linted and rendered
    (in a process pool when there are many). Results come as they are ready, so a caller
    that does not hold them holds one note at a time."""
    todo = [i for i in range(len(survey.found)) if i not in survey.kept]
    paths = [survey.found[i][0] for i in todo]
    roots = [survey.found[i][1] for i in todo]
    see = [i in survey.to_see for i in todo]
    workers = min(len(todo) // POOL_THRESHOLD, os.cpu_count() or 1)
    with contextlib.ExitStack() as stack:
        if workers > 1:
            # Each worker gets the vaults' file listings and configurations once, not with
            # every batch of notes (a listing of 10 000 notes pickles to 600 kB).
            pool = stack.enter_context(
                ProcessPoolExecutor(
                    max_workers=workers,
                    initializer=_share_vaults,
                    initargs=(survey.files, survey.configs),
                )
            )
            done = pool.map(_shared_note_cards, paths, roots, [light] * len(todo), see, chunksize=8)
        else:
            done = (
                _note_cards_or_error(
                    path, root, survey.files[root], light, survey.configs[root], looks
                )
                for path, root, looks in zip(paths, roots, see, strict=True)
            )
        for index in range(len(survey.found)):
            yield survey.kept[index] if index in survey.kept else next(done)


def collect(paths: Sequence[Path]) -> Collected:
    """Every note under `paths`, read, parsed, extracted, linted and rendered, with whole
    drafts, held in memory (for previews, dry runs and plans; a build streams its notes
    and keeps unchanged ones). A note that fails is reported and skipped; the others
    still make their cards."""
    found = survey(paths)  # no previous build: every note is read
    finished = tuple(r for r in results(found) if isinstance(r, NoteCards))
    return Collected(
        results=finished,
        diagnostics=(*found.diagnostics, *(d for r in finished for d in r.diagnostics)),
        seen=found.seen,
    )
