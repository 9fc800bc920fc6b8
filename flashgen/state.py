"""The state file: what the previous build made, kept beside the deck in SQLite.

Identify reads it to give edited cards their old GUIDs and unchanged cards their old
mtimes; the pipeline reads it to take unchanged notes whole; package reads the deck's rows
from it. A build reads only what it needs (the notes' index, and the cards of the notes it
read again) and rewrites only those rows, in one transaction: a killed build leaves the
previous state whole, and a one-note edit of a large vault costs one note's rows.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from flashgen.model import Diagnostic
from flashgen.state_records import CardRecord, NoteRecord, State
from flashgen.state_rows import (
    CARD_SELECT,
    CARDS_WITH_NOTES,
    PUT_CARD,
    PUT_NOTE,
    card_record,
    card_row,
    embeds_json,
    in_anki,
    listed,
    next_id,
    note_row,
    ords_of,
    seen_of,
    shared_by,
    slices,
    write_meta,
)
from flashgen.state_upgrade import legacy_state_path, load_legacy, open_state


def state_path(output: Path) -> Path:
    return output.with_name(output.stem + ".flashgen-state.sqlite")


class StateFile:
    """The state file of one deck, open: read in parts, written in one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = open_state(path)
        self._db.execute("PRAGMA cache_size = -65536")
        self._db.isolation_level = None  # transactions are `rewriting`'s, explicit
        self._redo: set[str] = set()
        self._done: set[str] = set()
        self._changed = False  # whether this build changed what a deck is made of
        self._stale: set[str] = set()
        self._prior: dict[str, dict[str, CardRecord]] = {}  # read by `prior`, for `put_note`
        self._had_cards = False  # whether the state had cards when this build began
        # Whether a kept collection is on record, to be patched with the notes listed as
        # unpacked; with none, the next package writes every row and no list is needed.
        self._listing_unpacked = True
        meta = dict(self._db.execute("SELECT name, value FROM meta"))
        self._last_id = int(meta.get("last_id", 0))  # the last Anki id given
        self.vault = meta.get("vault", "")
        self.models = {k: (v[0], int(v[1])) for k, v in json.loads(meta["models"]).items()}
        self.notes: dict[str, NoteRecord] = {}
        self._places: dict[str, int] = {}  # each note's place in the last build's order
        rows = self._db.execute(
            "SELECT identity, position, relpath, key, guids, diagnostics, dropped, digest, stat, "
            "embeds FROM notes"
        )
        for identity, place, relpath, key, guids, diagnostics, dropped, *seen, embeds in rows:
            self._places[identity] = place
            self.notes[identity] = NoteRecord(
                relpath,
                b"",  # read only for the notes that vanished: see `fingerprints`
                key,
                tuple(json.loads(guids)),
                tuple(itertools.starmap(Diagnostic, listed(diagnostics))),
                dropped,
                *seen,
                tuple(map(tuple, listed(embeds))),
            )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> StateFile:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def has_cards(self) -> bool:
        return self._db.execute("SELECT 1 FROM cards LIMIT 1").fetchone() is not None

    def fingerprints(self, identities: Iterable[str]) -> dict[str, bytes]:
        """The fingerprints of these notes (read only when needed: they are the whole
        vault's text, packed)."""
        found: dict[str, bytes] = {}
        for part in slices(list(identities)):
            marks = ",".join("?" * len(part))
            found.update(
                self._db.execute(
                    f"SELECT identity, fingerprint FROM notes WHERE identity IN ({marks})", part
                )
            )
        return found

    def everything(self) -> State:
        """The whole state, read into memory (previews, dry runs and curation)."""
        cards = {
            row[0]: card_record(row)
            for row in self._db.execute(f"SELECT {CARD_SELECT} FROM {CARDS_WITH_NOTES}")
        }
        texts = self.fingerprints(self.notes)
        notes = {i: replace(r, fingerprint=texts.get(i, b"")) for i, r in self.notes.items()}
        return State(cards=cards, notes=notes, models=self.models, vault=self.vault)

    @contextlib.contextmanager
    def rewriting(self, reread: Collection[str]) -> Iterator[None]:
        """One transaction that replaces the notes in `reread` (and any others a build
        makes) note by note: committed whole at the end, or not at all."""
        self._redo = set(reread)
        self._done = set()
        self._stale = set()
        self._prior = {}
        self._changed = False
        self._had_cards = self.has_cards()
        self._listing_unpacked = bool(self.kept())
        with self._transaction():
            yield

    def prior(self, identity: str) -> dict[str, CardRecord]:
        """The cards this note identity had last build (made then, or orphaned since)."""
        records: dict[str, CardRecord] = {}
        # A state with no cards when the build began has none of this note but those the
        # build wrote under its identity: a first build of 10 000 notes asks 10 000 times.
        if self._had_cards or identity in self._done:
            rows = self._db.execute(
                f"SELECT {CARD_SELECT} FROM {CARDS_WITH_NOTES} WHERE c.note = ?", (identity,)
            )
            records = {row[0]: card_record(row) for row in rows}
        self._prior[identity] = records
        return records

    def put_note(
        self, identity: str, position: int, note: NoteRecord, cards: Sequence[CardRecord]
    ) -> None:
        """A note read again: its record and its cards, in order, replace the old ones; its
        old cards not made again stay until `finish` ages them into orphans."""
        if identity not in self._prior:
            self.prior(identity)
        had = self._prior.pop(identity)
        made = {card.guid for card in cards}
        self._stale.update(g for g in had if g not in made)
        self._done.add(identity)
        self._changed = True  # perhaps to the same cards: a deck is made again
        shared = shared_by(cards)
        self._db.execute(PUT_NOTE, note_row(identity, position, note, shared))
        self._put_cards(list(enumerate(cards)), had, shared)

    def _put_cards(
        self,
        cards: Sequence[tuple[int, CardRecord]],
        had: Mapping[str, CardRecord],
        shared: tuple[str, str] = ("", ""),
    ) -> None:
        """Write these cards (each with its ordinal in its note) in place of the ones their
        GUIDs had (`had`, or else read here), and list as unpacked the notes whose Anki rows
        this changes (if a kept collection is on record). Each card keeps the Anki ids its
        GUID had, for each card ordinal it still makes; new ids are given for the rest. Ids
        that never change let the kept collection be brought up to date row by row (see
        `package`), and show in Anki's browser the date a card was first made."""
        unknown = [card.guid for _, card in cards if card.guid not in had]
        if unknown and self._had_cards:
            had = {**had, **self._records(unknown)}
        rows, unpacked = [], []
        for ordinal, card in cards:
            old = had.get(card.guid)
            ords = ords_of(card)
            if old is not None and old.nid:
                nid, given = old.nid, dict(zip(ords_of(old), old.cids, strict=False))
                cids = tuple(given.get(o) or self._new_id(card.mtime) for o in ords)
            else:
                nid = self._new_id(card.mtime)
                # The note's first card has the note's id; any others, ids of their own.
                cids = (nid, *(self._new_id(card.mtime) for _ in ords[1:]))
            rows.append(card_row(card, ordinal, ords, (nid, cids), shared))
            if old is None or (old.nid, old.cids, *in_anki(old)) != (nid, cids, *in_anki(card)):
                unpacked.append((nid,))
        self._db.executemany(PUT_CARD, rows)
        if self._listing_unpacked:
            self._db.executemany("INSERT OR IGNORE INTO unpacked VALUES (?)", unpacked)

    def _records(self, guids: list[str]) -> dict[str, CardRecord]:
        found: dict[str, CardRecord] = {}
        for part in slices(guids):
            marks = ",".join("?" * len(part))
            query = f"SELECT {CARD_SELECT} FROM {CARDS_WITH_NOTES} WHERE c.guid IN ({marks})"
            found.update((row[0], card_record(row)) for row in self._db.execute(query, part))
        return found

    def _new_id(self, mtime: int) -> int:
        self._last_id = next_id(self._last_id, mtime)
        return self._last_id

    def keep_note(self, identity: str, position: int, note: NoteRecord) -> None:
        """A note taken whole from the state: only its place in the note order and what was
        seen of its files (touched but not changed; their names elsewhere) may change."""
        was = self.notes.get(identity)
        moved = self._places.get(identity) != position
        self._changed |= moved
        if moved or not was or seen_of(note) != seen_of(was):
            self._db.execute(
                "UPDATE notes SET position = ?, digest = ?, stat = ?, embeds = ? "
                "WHERE identity = ?",
                (position, note.digest, note.stat, embeds_json(note.embeds), identity),
            )

    def leftovers(self) -> list[CardRecord]:
        """The previous cards that no note made again in this build, so far as the state
        can tell: the stale cards of notes read again, every card of a note not seen this
        build, and every orphan (the caller drops the GUIDs it made after all)."""
        guids = set(self._stale)
        unseen = [i for i in self._redo if i not in self._done]
        for part in slices(unseen):
            marks = ",".join("?" * len(part))
            rows = self._db.execute(f"SELECT guid FROM cards WHERE note IN ({marks})", part)
            guids.update(guid for (guid,) in rows)
        rows = self._db.execute("SELECT guid FROM cards INDEXED BY cards_missing WHERE missing > 0")
        guids.update(guid for (guid,) in rows)
        return list(self._records(sorted(guids)).values())

    def finish(
        self,
        orphans: Sequence[CardRecord],
        dropped: Iterable[str],
        models: Mapping[str, tuple[str, int]],
        vault: str,
    ) -> None:
        """Write the orphans, drop the cards in `dropped` and the notes not seen this build,
        and the build's note types and vault. A build that changed the cards forgets the
        deck it last packaged (see `packaged`), in the same transaction."""
        dropped = list(dropped)
        self._put_cards([(0, card) for card in orphans], {})
        for guid in dropped:
            self._db.execute(
                "INSERT OR IGNORE INTO unpacked SELECT nid FROM cards WHERE guid = ?", (guid,)
            )
            self._db.execute("DELETE FROM cards WHERE guid = ?", (guid,))
        gone = [i for i in self._redo if i not in self._done]
        self._db.executemany("DELETE FROM notes WHERE identity = ?", ((i,) for i in gone))
        write_meta(self._db, State(models=dict(models), vault=vault))
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('last_id', ?)", (self._last_id,))
        self._changed |= bool(orphans or dropped or gone)
        if self._changed:
            self._db.execute("DELETE FROM meta WHERE name = 'packaged'")

    def packaged(self) -> str:
        """What the last deck written from this state was made with, and its file's status;
        "" when the cards changed since."""
        row = self._db.execute("SELECT value FROM meta WHERE name = 'packaged'").fetchone()
        return row[0] if row else ""

    def kept(self) -> str:
        """What the kept collection (see `package.write_apkg`) was last made with, and its
        checksum; "" before any."""
        row = self._db.execute("SELECT value FROM meta WHERE name = 'kept'").fetchone()
        return row[0] if row else ""

    def set_packaged(self, deck: str, kept: str) -> None:
        """Record, once a deck made from this state is written, what it and the kept
        collection were made with (`deck`, `kept`): the collection holds every row now."""
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('packaged', ?)", (deck,))
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('kept', ?)", (kept,))
            self._db.execute("DELETE FROM unpacked")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")


def load_state(path: Path) -> State:
    """The whole previous state (for previews, dry runs and curation); none when missing."""
    if not path.is_file():
        return load_legacy(legacy_state_path(path))  # read, not moved: this writes nothing
    with StateFile(path) as state:
        return state.everything()


def ordered_cards(path: Path) -> Iterator[CardRecord]:
    """The live cards of the state at `path` (no orphans), in the build's note order."""
    db = sqlite3.connect(path)
    try:
        yield from (
            card_record(row)
            for row in db.execute(
                f"SELECT {CARD_SELECT} FROM cards c JOIN notes n ON n.identity = c.note "
                "WHERE c.missing = 0 ORDER BY n.position, c.ordinal"
            )
        )
    finally:
        db.close()
