"""The pipeline end to end: read → parse → extract → lint → render → identify → package.

These functions are the library API; the CLI and the tests call the same ones.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import itertools
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from flashgen.config import DEFAULT_CONFIG, VaultConfig, load_config
from flashgen.curate import load_rejected
from flashgen.extract import extract
from flashgen.identify import (
    Identifier,
    NoteIdentities,
    first_of_each_anchor,
    kept_card,
    model_mtimes,
    note_fingerprint,
)
from flashgen.incremental import (
    Seen,
    code_fingerprint,
    embedded,
    embeds_now,
    image_now_at,
    lightened,
    retired_cache_path,
    seen,
    seen_reading,
)
from flashgen.lint import lint
from flashgen.media import VaultFiles, missing_embeds, note_media, resolved_embeds
from flashgen.model import (
    BuildResult,
    Card,
    CardSequence,
    Diagnostic,
    Draft,
    Note,
    NoteCards,
    Progress,
    RenderedCard,
    no_progress,
)
from flashgen.output import exclusive_output, written_status
from flashgen.package import kept_collection_path, write_apkg
from flashgen.parse.document import parse_note
from flashgen.render import render
from flashgen.rewrites import Rewrite, load_rewrites, note_digests
from flashgen.state import (
    CardRecord,
    NoteRecord,
    State,
    StateFile,
    load_state,
    ordered_cards,
    state_path,
)
from flashgen.templates import note_types
from flashgen.vault import find_notes, note_relpath, read_note

DEFAULT_OUTPUT_DIR = Path("decks")


@dataclass(frozen=True)
class Kept:
    """An unchanged note, taken whole from the previous build's state: not read again."""

    identity: str
    record: NoteRecord  # its place (`relpath`) is the same as then; what was seen, today's


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


@dataclass(frozen=True)
class Survey:
    """What a build knows before parsing any note: the notes found (in note order), their
    keys, which are unchanged since the previous build, and what could not be walked."""

    found: list[tuple[Path, Path]]  # (note, vault root)
    diagnostics: list[Diagnostic]
    seen: dict[str, Seen]  # by relpath, every note found that the previous build had
    kept: dict[int, Kept]  # by index into `found`
    # By index into `found`: the notes the previous build did not have, seen where they are
    # read (in a first build, every note: the main process does not read them all first).
    to_see: frozenset[int]
    files: dict[Path, VaultFiles]
    configs: dict[Path, VaultConfig]


def survey(paths: Sequence[Path], previous: Mapping[str, NoteRecord] | None = None) -> Survey:
    """Find the notes under `paths` and hash each one's inputs (its bytes, its place, the
    configuration, flashgen's code). A note whose hash is the one its identity had in
    `previous`, and whose embeds resolve to the same unchanged files, is unchanged: its
    cards are the state's. A note whose file status is the one recorded in `previous` is
    not read: its bytes are unchanged. A note `previous` does not have is not looked at
    here, but where it is read (`Survey.to_see`)."""
    found, diagnostics = find_notes(paths)
    roots = list(dict.fromkeys(root for _, root in found))
    files = {root: VaultFiles.scan(root) for root in roots}
    configs = {}
    for root in roots:
        config, problems = load_config(root)
        diagnostics.extend(problems)
        rewritten = note_digests(load_rewrites(_vault_folder(root, config)).values())
        configs[root] = replace(config, rewritten=tuple(sorted(rewritten.items())))
    shown = [(p, r, p.relative_to(r).as_posix()) for p, r in found]
    placed, linked = _each_note_once([(p, r, s) for p, r, s in shown if not configs[r].skips(s)])
    diagnostics.extend(linked)
    found = [(p, r) for p, r, _ in placed]
    # Not the vault's files: a note depends on the few it embeds, checked below, so a new or
    # renamed note leaves the others as they were.
    known = {rec.relpath: i for i, rec in previous.items()} if previous else {}
    now_ns = time.time_ns()
    image_now = image_now_at(now_ns)
    named_of = {root: functools.cache(files[root].named) for root in roots}
    looked: dict[str, Seen] = {}
    kept: dict[int, Kept] = {}
    to_see: list[int] = []
    for index, (path, root, relpath) in enumerate(placed):
        identity = known.get(relpath, "")
        record = previous.get(identity) if previous else None
        if record is None:  # it must be read: its bytes are hashed then, not read twice
            to_see.append(index)
            continue
        try:
            looked[relpath] = now = seen(
                path,
                root,
                configs[root].note_context(relpath),
                (record.digest, record.stat),
                now_ns,
            )
        except OSError:
            continue  # read_note will report it
        if record.key != now.key:
            continue
        embeds = embeds_now(record.embeds, path, files[root], named_of[root], image_now)
        if embeds is not None:
            kept[index] = Kept(
                identity, replace(record, digest=now.digest, stat=now.stat, embeds=embeds)
            )
    return Survey(found, diagnostics, looked, kept, frozenset(to_see), files, configs)


# A pool worker's vault file listings and configurations, by vault root (`_share_vaults`),
# set in workers only: the main process keeps no build's vaults after it.
_shared_vaults: tuple[Mapping[Path, VaultFiles], Mapping[Path, VaultConfig]] = ({}, {})


def _each_note_once(
    found: list[tuple[Path, Path, str]],
) -> tuple[list[tuple[Path, Path, str]], list[Diagnostic]]:
    """Each note found (path, vault root, path in the vault as found) with its vault path
    (`note_relpath`), once: a note symlinked to another of its vault is that note (the
    same identity, the same cards), and is read where the note itself is, not again
    through the link."""
    # Only a symlink has another vault path than the one it was found at.
    links = {p: note_relpath(p, r) for p, r, _ in found if os.path.islink(p)}
    if not links:
        return found, []
    placed = [(p, r, links.get(p, shown)) for p, r, shown in found]
    where: dict[tuple[Path, str], Path] = {}
    for path, root, relpath in placed:
        if path not in links or (root, relpath) not in where:
            where[(root, relpath)] = path  # the note itself, else the first link to it
    once = [(p, r, relpath) for p, r, relpath in placed if where[(r, relpath)] == p]
    linked = [
        Diagnostic(str(p), 1, f"symlink to the note {where[(r, relpath)]}: read once, as it")
        for p, r, relpath in placed
        if where[(r, relpath)] != p
    ]
    return once, linked


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
    """Where the vault's rejection and rewrite lists live: beside its configuration file
    (`config`, the one `vault_config(paths)` found), else at the root of the first path."""
    return _vault_folder(_first_root(paths), config)


def _vault_folder(root: Path, config: VaultConfig) -> Path:
    """`curation_folder` of the vault at `root` whose configuration is `config`."""
    return config.path.parent if config.path is not None else root.resolve()


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
    if dry_run:
        collected = collect(paths)  # whole drafts: the listing shows questions as asked
        state = load_state(state_path(output))
        found = identified(collected, state, now, load_rewrites(folder))
        return BuildResult(
            notes_read=collected.notes_found,
            cards=CardSequence(_without(found.cards, rejected)),
            diagnostics=problems_only((*collected.diagnostics, *found.problems)),
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
        diagnostics=(*problems_only(written.tally.diagnostics), *repeated),
        repeated=len(repeated),
        dropped=written.tally.dropped,
        output=output,
        orphans=tuple(_without(written.orphans, rejected)),
        deck=deck_name,
    )


@dataclass(frozen=True)
class Written:
    """What a build wrote into the state file, for the deck and the report."""

    tally: _Tally
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
        tally = _identify_notes(counted, identities, identifier, found.seen, now, write)
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
    """Every problem of the notes under `paths` (`collect`'s), notes that share a
    front-matter id, and the cards the user rewrote whose source changed since (identified
    against the deck at `output`)."""
    collected = collect(paths)
    config = vault_config(paths)
    rewrites = load_rewrites(curation_folder(paths, config))
    _, output = target(paths, output, None, config)
    found = identified(collected, load_state(state_path(output)), build_time(), rewrites)
    return replace(collected, diagnostics=(*collected.diagnostics, *found.problems))


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
    return int(fixed) if fixed.isdigit() else int(time.time())


Made = list[tuple[Card, CardRecord]]  # a note's cards, each with the record the state keeps


def _counted(
    notes: Iterable[NoteCards | Kept], total: int, progress: Progress
) -> Iterator[NoteCards | Kept]:
    """The notes as they come, telling `progress` of each one and of the cards made."""
    cards = 0
    for done, result in enumerate(notes, 1):
        cards += len(result.record.guids) if isinstance(result, Kept) else len(result.rendered)
        progress("notes", done, total, f"{cards} cards")
        yield result


@dataclass
class _Tally:
    """What a build counts as its notes go by."""

    notes: int = 0
    dropped: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # The problems of notes unchanged since the last build, which reported them already.
    repeated: list[Diagnostic] = field(default_factory=list)


def _identify_notes(
    found: Iterable[NoteCards | Kept],
    identities: NoteIdentities,
    identifier: Identifier,
    seen: Mapping[str, Seen],
    now: int,
    write: Callable[[str, int, NoteRecord, Made | None], None],
) -> _Tally:
    """Identify each note's cards in note order and hand them to `write` with the note's
    identity, place and record (`None` for a note kept whole): one note at a time."""
    tally = _Tally()
    for result in found:
        if isinstance(result, Kept):
            write(result.identity, tally.notes, result.record, None)
            tally.dropped += result.record.dropped
            tally.repeated.extend(result.record.diagnostics)
        else:
            tally.diagnostics.extend(result.diagnostics)
            if result.note is None:
                continue
            note = result.note
            identity = identities.of(note)
            made = identifier.note(identity, result.rendered, _file_mtime(note, now))
            looked = result.seen or seen.get(note.relpath)
            record = NoteRecord(
                note.relpath,
                result.fingerprint or note_fingerprint(note),
                looked.key if looked else "",
                tuple(card.guid for card, _ in made),
                result.diagnostics,
                result.dropped,
                looked.digest if looked else "",
                looked.stat if looked else "",
                result.embeds,
            )
            write(identity, tally.notes, record, made)
            tally.dropped += result.dropped
        tally.notes += 1
    return tally


@dataclass(frozen=True)
class Identified:
    """Collected cards with their GUIDs (`_identified`)."""

    cards: list[Card]  # in note order, rewrites applied
    orphans: list[Card]
    problems: list[Diagnostic]  # id clashes, and rewritten cards whose source changed since
    made: dict[str, RenderedCard]  # each rewritten card as flashgen made it, by GUID


def identified(
    collected: Collected, previous: State, now: int, rewrites: Mapping[str, Rewrite]
) -> Identified:
    """The collected cards with GUIDs and mtimes against `previous`, held in memory (dry
    runs, plans and reviews)."""
    by_note: dict[str, dict[str, CardRecord]] = {}
    for guid, record in previous.cards.items():
        by_note.setdefault(record.note, {})[guid] = record
    identifier = Identifier(
        lambda identity: by_note.get(identity, {}),
        now,
        first_build=not previous.cards and not previous.notes,
        rewrites=rewrites,
    )
    identities = NoteIdentities(previous.notes, set(collected.seen), lambda _: {})
    cards: list[Card] = []

    def write(identity: str, place: int, note: NoteRecord, made: Made | None) -> None:
        cards.extend(card for card, _ in made or ())

    _identify_notes(collected.results, identities, identifier, collected.seen, now, write)
    orphans, _ = identifier.orphans(previous.cards.values())
    problems = [*identities.clashes, *identifier.sources_changed]
    return Identified(cards, orphans, problems, identifier.made)


def _model_mtimes(
    templates: Path | None, previous: Mapping[str, tuple[str, int]], now: int
) -> dict[str, tuple[str, int]]:
    types = note_types(templates)
    return model_mtimes({kind: t.fingerprint for kind, t in types.items()}, previous, now)


def _file_mtime(note: Note, now: int) -> int:
    try:
        return int(note.path.stat().st_mtime)
    except OSError:
        return now
