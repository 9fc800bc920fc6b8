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
import zlib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from flashgen.model import Diagnostic, Embedded, quickly_made
from flashgen.render import BASIC_FIELDS, CLOZE_FIELDS, card_ords

STATE_VERSION = 7


@quickly_made
@dataclass(frozen=True, slots=True)
class CardRecord:
    guid: str
    note: str  # note identity
    anchor: str
    content_hash: str
    mtime: int
    model: str = "basic"
    fields: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    missing: int = 0  # builds since the card was last made from the notes
    deck: str = ""
    subdeck: tuple[str, ...] = ()
    media: tuple[str, ...] = ()  # vault files the fields show
    path: str = ""  # the note file it was made from, and the line, when last made
    line: int = 0
    # Its ids in Anki's tables, given once and kept with the GUID (see `StateFile._put_cards`):
    # the note's, and each card's, in the order of its ordinals.
    nid: int = 0
    cids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class NoteRecord:
    relpath: str
    fingerprint: bytes  # the note's text, normalised and packed, for rename and move detection
    # What the note gave last build, so an unchanged note is taken whole from the state:
    key: str = ""  # its inputs' hash (bytes, place, vault, configuration, code); "" unknown
    guids: tuple[str, ...] = ()  # its cards, in order
    diagnostics: tuple[Diagnostic, ...] = ()
    dropped: int = 0
    digest: str = ""  # the hash of its bytes
    # Hints that spare reading the note, not part of what the state says (two builds of the
    # same notes a second apart may trust different files): its file's size, times and
    # inode, if a change would alter them, else ""; what its embeds resolved to, with the
    # status of its images (see `incremental.embedded`).
    stat: str = field(default="", compare=False)
    embeds: tuple[Embedded, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class State:
    """A build's state, or the part of the previous one a build read: `cards` may hold only
    the cards of the notes read again (and the orphans); `notes` is always every note."""

    cards: dict[str, CardRecord] = field(default_factory=dict)
    notes: dict[str, NoteRecord] = field(default_factory=dict)
    models: dict[str, tuple[str, int]] = field(default_factory=dict)  # kind -> (fingerprint, mtime)
    vault: str = ""  # the folder of the vault's configuration and rejection list


def packed(text: str) -> bytes:
    """Text as the state keeps the notes' (zlib, fastest level: a note packs to a quarter)."""
    return zlib.compress(text.encode(), 1)


def unpacked(data: bytes) -> str:
    try:
        return zlib.decompress(data).decode()
    except (zlib.error, UnicodeDecodeError):  # a damaged state: nothing is recognised by it
        return ""


def state_path(output: Path) -> Path:
    return output.with_name(output.stem + ".flashgen-state.sqlite")


def legacy_state_path(output_state: Path) -> Path:
    """Where flashgen 0.1 kept the state, as one JSON document."""
    return output_state.with_suffix(".json")


# A note's `embeds`: a JSON list of [target, file, image status, names]; its `link` and
# `path`: what all its cards have as Link field and as path (`_card_row`). (No comment in
# the SQL before a last column: SQLite 3.40 cannot drop a column after one.)
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE notes (
    identity TEXT PRIMARY KEY,
    position INTEGER NOT NULL,       -- the note's place in the build's note order
    relpath TEXT NOT NULL,
    fingerprint BLOB NOT NULL,       -- `identify.note_fingerprint`
    key TEXT NOT NULL,
    guids TEXT NOT NULL,             -- JSON list, the note's cards in order
    diagnostics TEXT NOT NULL,       -- JSON list of [path, line, message, severity]
    dropped INTEGER NOT NULL,
    digest TEXT NOT NULL DEFAULT '',
    stat TEXT NOT NULL DEFAULT '',
    embeds TEXT NOT NULL DEFAULT '[]',
    link TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT ''
);
CREATE TABLE cards (
    guid TEXT PRIMARY KEY,
    note TEXT NOT NULL,
    ordinal INTEGER NOT NULL,        -- its place among its note's cards
    anchor TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    mtime INTEGER NOT NULL,
    model TEXT NOT NULL,
    flds TEXT NOT NULL,              -- the fields as Anki stores them, joined by U+001F
    tags TEXT NOT NULL,              -- space-separated, as Anki stores them
    missing INTEGER NOT NULL,
    deck TEXT NOT NULL,
    subdeck TEXT NOT NULL,           -- JSON list
    media TEXT NOT NULL,             -- JSON list
    ords TEXT NOT NULL,              -- JSON list: the card ordinals Anki makes of the note
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    nid INTEGER NOT NULL DEFAULT 0,  -- the note's id in Anki's tables
    cids TEXT NOT NULL DEFAULT '[]'  -- JSON list: its cards' ids, in the order of ords
);
CREATE INDEX cards_note ON cards (note);
CREATE INDEX cards_missing ON cards (missing) WHERE missing > 0;
CREATE INDEX cards_media ON cards (media, guid) WHERE media != '[]';
"""
# By time alone, not (time, GUID) as in version 5: cards made together share a time, and
# their GUIDs put them all over that index (a full build of 10 000 notes wrote it 0.5 s longer).
_TIME_INDEX = "CREATE INDEX cards_mtime ON cards (mtime)"
# What version 5 added to the schema (a state of an earlier version gets them on opening).
_SINCE_VERSION_5 = (
    # The Anki note ids whose rows may have changed since the kept collection was last
    # brought up to date (see `package`).
    "CREATE TABLE unpacked (nid INTEGER PRIMARY KEY)",
    # The decks a package names, and its newest card, read without reading the cards.
    "CREATE INDEX cards_places ON cards (deck, subdeck)",
    _TIME_INDEX,
    "CREATE INDEX cards_nid ON cards (nid)",
)

_CARD_COLUMNS = (
    "guid, note, anchor, content_hash, mtime, model, flds, tags, missing, deck, subdeck, "
    "media, path, line, nid, cids"
)
# A card's columns with what its note's cards share (`_card_record`): read as `FROM _CARDS`.
_CARD_SELECT = ", ".join(f"c.{c.strip()}" for c in _CARD_COLUMNS.split(",")) + ", n.link, n.path"
_CARDS = "cards c LEFT JOIN notes n ON n.identity = c.note"
# A whole row of each table (`_card_row`, `_note_row`), put in place of any with its key.
_PUT_CARD = "INSERT OR REPLACE INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
_PUT_NOTE = "INSERT OR REPLACE INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"


class StateFile:
    """The state file of one deck, open: read in parts, written in one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = _open(path)
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
                tuple(itertools.starmap(Diagnostic, _listed(diagnostics))),
                dropped,
                *seen,
                tuple(map(tuple, _listed(embeds))),
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
        for part in _slices(list(identities)):
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
            row[0]: _card_record(row)
            for row in self._db.execute(f"SELECT {_CARD_SELECT} FROM {_CARDS}")
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
                f"SELECT {_CARD_SELECT} FROM {_CARDS} WHERE c.note = ?", (identity,)
            )
            records = {row[0]: _card_record(row) for row in rows}
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
        shared = _shared(cards)
        self._db.execute(_PUT_NOTE, _note_row(identity, position, note, shared))
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
            ords = _ords(card)
            if old is not None and old.nid:
                nid, given = old.nid, dict(zip(_ords(old), old.cids, strict=False))
                cids = tuple(given.get(o) or self._new_id(card.mtime) for o in ords)
            else:
                nid = self._new_id(card.mtime)
                # The note's first card has the note's id; any others, ids of their own.
                cids = (nid, *(self._new_id(card.mtime) for _ in ords[1:]))
            rows.append(_card_row(card, ordinal, ords, (nid, cids), shared))
            if old is None or (old.nid, old.cids, *_in_anki(old)) != (nid, cids, *_in_anki(card)):
                unpacked.append((nid,))
        self._db.executemany(_PUT_CARD, rows)
        if self._listing_unpacked:
            self._db.executemany("INSERT OR IGNORE INTO unpacked VALUES (?)", unpacked)

    def _records(self, guids: list[str]) -> dict[str, CardRecord]:
        found: dict[str, CardRecord] = {}
        for part in _slices(guids):
            marks = ",".join("?" * len(part))
            query = f"SELECT {_CARD_SELECT} FROM {_CARDS} WHERE c.guid IN ({marks})"
            found.update((row[0], _card_record(row)) for row in self._db.execute(query, part))
        return found

    def _new_id(self, mtime: int) -> int:
        self._last_id = _next_id(self._last_id, mtime)
        return self._last_id

    def keep_note(self, identity: str, position: int, note: NoteRecord) -> None:
        """A note taken whole from the state: only its place in the note order and what was
        seen of its files (touched but not changed; their names elsewhere) may change."""
        was = self.notes.get(identity)
        moved = self._places.get(identity) != position
        self._changed |= moved
        if moved or not was or _seen(note) != _seen(was):
            self._db.execute(
                "UPDATE notes SET position = ?, digest = ?, stat = ?, embeds = ? "
                "WHERE identity = ?",
                (position, note.digest, note.stat, _embeds_json(note.embeds), identity),
            )

    def leftovers(self) -> list[CardRecord]:
        """The previous cards that no note made again in this build, so far as the state
        can tell: the stale cards of notes read again, every card of a note not seen this
        build, and every orphan (the caller drops the GUIDs it made after all)."""
        guids = set(self._stale)
        unseen = [i for i in self._redo if i not in self._done]
        for part in _slices(unseen):
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
        _write_meta(self._db, State(models=dict(models), vault=vault))
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


def _slices(items: list[str], size: int = 500) -> Iterator[list[str]]:
    """`items` in slices small enough for one SQL statement's parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _open(path: Path) -> sqlite3.Connection:
    """The state database at `path`, made (from a legacy JSON state, if any) when missing;
    an unreadable or other-version file is no state, started afresh."""
    try:
        db = sqlite3.connect(path)
        version = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if version and version[0] in ("5", "6"):
            with db:
                if version[0] == "5":  # flashgen 0.4: the time index had the GUID too
                    db.execute("DROP INDEX cards_mtime")
                    db.execute(_TIME_INDEX)
                _to_version_7(db)
                db.execute("UPDATE meta SET value = ? WHERE name = 'version'", (STATE_VERSION,))
            db.execute("VACUUM")  # the file shrinks by what version 7 no longer keeps
            return db
        if version and version[0] in ("3", "4"):
            with db:
                if version[0] == "3":  # flashgen 0.2.0: notes had no digest, stat, embeds
                    db.execute("ALTER TABLE notes ADD COLUMN digest TEXT NOT NULL DEFAULT ''")
                    db.execute("ALTER TABLE notes ADD COLUMN stat TEXT NOT NULL DEFAULT ''")
                    db.execute("ALTER TABLE notes ADD COLUMN embeds TEXT NOT NULL DEFAULT '[]'")
                    # Read every note once more: its embeds were not recorded. Its cards keep
                    # their GUIDs and mtimes (re-matched as any note read again).
                    db.execute("UPDATE notes SET key = ''")
                # flashgen 0.3.0 and before numbered the cards afresh in each deck written.
                db.execute("ALTER TABLE cards ADD COLUMN nid INTEGER NOT NULL DEFAULT 0")
                db.execute("ALTER TABLE cards ADD COLUMN cids TEXT NOT NULL DEFAULT '[]'")
                # 0.3.0 ordered the cards in a deck by a wide index no longer read.
                db.execute("DROP INDEX cards_packing")
                for statement in _SINCE_VERSION_5:
                    db.execute(statement)
                _give_ids(db)
                _to_version_7(db)
                db.execute("UPDATE meta SET value = ? WHERE name = 'version'", (STATE_VERSION,))
            db.execute("VACUUM")
            return db
        if version and version[0] == str(STATE_VERSION):
            return db
        db.close()
    except sqlite3.DatabaseError:
        pass
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size = 16384")  # rows of a kilobyte: fewer overflow pages
    with db:
        db.executescript(_SCHEMA)
        for statement in _SINCE_VERSION_5:
            db.execute(statement)
        legacy = legacy_state_path(path)
        migrated = _load_legacy(legacy)
        ordinals = {g: i for note in migrated.notes.values() for i, g in enumerate(note.guids)}
        db.executemany(
            _PUT_CARD,
            (_card_row(card, ordinals.get(guid, 0)) for guid, card in migrated.cards.items()),
        )
        db.executemany(
            _PUT_NOTE,
            (_note_row(i, p, r) for p, (i, r) in enumerate(sorted(migrated.notes.items()))),
        )
        _write_meta(db, migrated)
        _give_ids(db)
    legacy.unlink(missing_ok=True)  # its contents are in the database now
    return db


def _to_version_7(db: sqlite3.Connection) -> None:
    """Flashgen 0.4 and before kept each card's text beside its fields, each note's text as
    it was, and each card's link and path: the text is read from the fields now
    (`render.card_text`), the notes' is packed, and what a note's cards share is kept once."""
    db.execute("ALTER TABLE cards DROP COLUMN text")
    # Filled as each note is read again: until then its cards keep their own link and path.
    db.execute("ALTER TABLE notes ADD COLUMN link TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE notes ADD COLUMN path TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT identity, fingerprint FROM notes").fetchall()
    db.executemany(
        "UPDATE notes SET fingerprint = ? WHERE identity = ?",
        ((packed(text), identity) for identity, text in rows),
    )


def _next_id(last: int, mtime: int) -> int:
    """An Anki id after every id given (the `last`), from a card's time in ms as Anki's own
    ids are."""
    return max(last + 1, mtime * 1000)


def _give_ids(db: sqlite3.Connection) -> None:
    """Give the cards of a state written before cards kept their Anki ids (see
    `StateFile._put_cards`) ids in the order the deck had them: note by note, in order."""
    (last,) = db.execute("SELECT value FROM meta WHERE name = 'last_id'").fetchone() or (0,)
    last = int(last)
    given = []
    rows = db.execute(
        "SELECT c.rowid, c.mtime, c.ords FROM cards c LEFT JOIN notes n ON n.identity = c.note "
        "WHERE c.nid = 0 ORDER BY n.position IS NULL, n.position, c.ordinal, c.guid"
    )
    for rowid, mtime, ords in rows:
        ids = []
        for _ in json.loads(ords):
            last = _next_id(last, mtime)
            ids.append(last)
        given.append((ids[0], _json_list(ids), rowid))
    db.executemany("UPDATE cards SET nid = ?, cids = ? WHERE rowid = ?", given)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('last_id', ?)", (last,))


def load_state(path: Path) -> State:
    """The whole previous state (for previews, dry runs and curation); none when missing."""
    if not path.is_file():
        return _load_legacy(legacy_state_path(path))  # read, not moved: this writes nothing
    with StateFile(path) as state:
        return state.everything()


def ordered_cards(path: Path) -> Iterator[CardRecord]:
    """The live cards of the state at `path` (no orphans), in the build's note order."""
    db = sqlite3.connect(path)
    try:
        yield from (
            _card_record(row)
            for row in db.execute(
                f"SELECT {_CARD_SELECT} FROM cards c JOIN notes n ON n.identity = c.note "
                "WHERE c.missing = 0 ORDER BY n.position, c.ordinal"
            )
        )
    finally:
        db.close()


def _write_meta(db: sqlite3.Connection, state: State) -> None:
    models = {kind: list(value) for kind, value in sorted(state.models.items())}
    db.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [
            ("version", str(STATE_VERSION)),
            ("vault", state.vault),
            ("models", json.dumps(models, sort_keys=True)),
        ],
    )


# What every card of a note has alike, its Link field (a tenth of a deck's text) and its
# path, is kept once, on the note's row; the card's row has SHARED in its place. A Link field
# is the link flashgen writes or nothing, never SHARED; it is the last field of both note
# types, so a row whose `flds` ends with U+001F SHARED is one to fill (`package` does so in
# SQL). Orphans keep their own: their note's row may be gone.
SHARED = "\x1e"
LINK = len(BASIC_FIELDS) - 1
assert BASIC_FIELDS[LINK] == CLOZE_FIELDS[LINK] == "Link" and len(CLOZE_FIELDS) == LINK + 1


def _shared(cards: Sequence[CardRecord]) -> tuple[str, str]:
    """The Link field and the path that every one of a note's cards has, else ""."""
    if not cards or len(cards[0].fields) != LINK + 1:
        return "", ""
    link, path = cards[0].fields[LINK], cards[0].path
    if any(c.path != path or len(c.fields) != LINK + 1 or c.fields[LINK] != link for c in cards):
        return "", ""
    return link, path


def _card_row(
    r: CardRecord,
    ordinal: int,
    ords: Sequence[int] | None = None,
    ids: tuple[int, tuple[int, ...]] | None = None,
    shared: tuple[str, str] = ("", ""),
) -> tuple[object, ...]:
    """A whole row of `cards`; its card ordinals and its ids (note's, cards') when known;
    SHARED for what its note's row keeps (`shared`: link and path, "" when nothing)."""
    nid, cids = ids or (r.nid, r.cids)
    link, path = shared
    fields = r.fields
    if link and fields[LINK] == link:
        fields = (*fields[:LINK], SHARED)
    return (
        r.guid,
        r.note,
        ordinal,
        r.anchor,
        r.content_hash,
        r.mtime,
        r.model,
        "\x1f".join(fields),
        " ".join(r.tags),
        r.missing,
        r.deck,
        _json_list(r.subdeck),
        _json_list(r.media),
        _json_list(_ords(r) if ords is None else ords),
        SHARED if path and r.path == path else r.path,
        r.line,
        nid,
        _json_list(cids),
    )


def _in_anki(r: CardRecord) -> tuple[object, ...]:
    """What a card's rows in Anki's tables are made of, besides its ids (its card ordinals
    follow from its note type and first field)."""
    return r.model, r.mtime, r.tags, r.fields, r.deck, r.subdeck


def _ords(r: CardRecord) -> list[int]:
    return card_ords(r.model, r.fields[0] if r.fields else "")


def _listed(text: str) -> list:
    """A JSON list as `_json_list` writes it; most notes' embeds and many notes' warnings
    are none."""
    return [] if text == "[]" else json.loads(text)


def _json_list(values: Sequence[object]) -> str:
    """A list as JSON; most cards' are empty or one number (four per card, on every card)."""
    if not values:
        return "[]"
    if len(values) == 1 and type(values[0]) is int:
        return f"[{values[0]}]"
    return json.dumps(list(values))


def _card_record(row: Sequence) -> CardRecord:
    """A card read as `_CARD_SELECT`: its columns, then its note's shared link and path."""
    (guid, note, anchor, digest, mtime, model, flds, tags, missing, deck, subdeck, media,
     path, line, nid, cids, link, note_path) = row  # fmt: skip
    fields = tuple(flds.split("\x1f")) if flds else ()
    if len(fields) == LINK + 1 and fields[LINK] == SHARED:
        fields = (*fields[:LINK], link or "")
    if path == SHARED:
        path = note_path or ""
    return CardRecord(
        guid,
        note,
        anchor,
        digest,
        mtime,
        model,
        fields,
        tuple(tags.split()),
        missing,
        deck,
        tuple(json.loads(subdeck)),
        tuple(json.loads(media)),
        path,
        line,
        nid,
        tuple(json.loads(cids)),
    )


def _note_row(
    identity: str, position: int, r: NoteRecord, shared: tuple[str, str] = ("", "")
) -> tuple[object, ...]:
    problems = [[d.path, d.line, d.message, d.severity] for d in r.diagnostics]
    return (
        identity,
        position,
        r.relpath,
        r.fingerprint,
        r.key,
        json.dumps(list(r.guids)),
        json.dumps(problems, ensure_ascii=False),
        r.dropped,
        r.digest,
        r.stat,
        _embeds_json(r.embeds),
        *shared,
    )


def _seen(r: NoteRecord) -> tuple[str, str, tuple[Embedded, ...]]:
    return r.digest, r.stat, r.embeds


def _embeds_json(embeds: Sequence[Sequence[str]]) -> str:
    return json.dumps([list(e) for e in embeds], ensure_ascii=False)


# The JSON state of flashgen 0.1, read once and moved into the database -------------


def _load_legacy(path: Path) -> State:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != 2:
            return State()
        cards = {}
        for row in data.get("cards", []):
            *head, _text, model, fields, tags, missing, deck, subdeck, media = row
            cards[row[0]] = CardRecord(
                *head, model, tuple(fields), tuple(tags), missing, deck, tuple(subdeck),
                tuple(media),
            )  # fmt: skip
        notes = {}
        for identity, (relpath, fingerprint, key, guids, problems, dropped) in data.get(
            "notes", {}
        ).items():
            diagnostics = tuple(Diagnostic(*d) for d in problems)
            notes[identity] = NoteRecord(
                relpath, packed(fingerprint), key, tuple(guids), diagnostics, dropped
            )
        models = {kind: (raw[0], int(raw[1])) for kind, raw in data.get("models", {}).items()}
    except (OSError, ValueError, TypeError):
        return State()
    return State(cards=cards, notes=notes, models=models, vault=str(data.get("vault", "")))
