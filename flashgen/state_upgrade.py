"""Opening a state file: made when missing, upgraded from each earlier flashgen's (the JSON
state of 0.1 moved into the database; the schemas of 0.2 to 0.4.8 brought up to date), or
started afresh when unreadable."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from flashgen.model import Diagnostic
from flashgen.state_records import CardRecord, NoteRecord, State, packed
from flashgen.state_rows import (
    PUT_CARD,
    PUT_NOTE,
    SCHEMA,
    SINCE_VERSION_5,
    STATE_VERSION,
    TIME_INDEX,
    card_row,
    json_list,
    next_id,
    note_row,
    write_meta,
)


def open_state(path: Path) -> sqlite3.Connection:
    """The state database at `path`, made (from a legacy JSON state, if any) when missing;
    an unreadable or other-version file is no state, started afresh."""
    try:
        db = sqlite3.connect(path)
        version = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if version and version[0] in ("5", "6"):
            with db:
                if version[0] == "5":  # flashgen 0.4: the time index had the GUID too
                    db.execute("DROP INDEX cards_mtime")
                    db.execute(TIME_INDEX)
                to_version_7(db)
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
                for statement in SINCE_VERSION_5:
                    db.execute(statement)
                give_ids(db)
                to_version_7(db)
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
        db.executescript(SCHEMA)
        for statement in SINCE_VERSION_5:
            db.execute(statement)
        legacy = legacy_state_path(path)
        migrated = load_legacy(legacy)
        ordinals = {g: i for note in migrated.notes.values() for i, g in enumerate(note.guids)}
        db.executemany(
            PUT_CARD,
            (card_row(card, ordinals.get(guid, 0)) for guid, card in migrated.cards.items()),
        )
        db.executemany(
            PUT_NOTE,
            (note_row(i, p, r) for p, (i, r) in enumerate(sorted(migrated.notes.items()))),
        )
        write_meta(db, migrated)
        give_ids(db)
    legacy.unlink(missing_ok=True)  # its contents are in the database now
    return db


def to_version_7(db: sqlite3.Connection) -> None:
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


def give_ids(db: sqlite3.Connection) -> None:
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
            last = next_id(last, mtime)
            ids.append(last)
        given.append((ids[0], json_list(ids), rowid))
    db.executemany("UPDATE cards SET nid = ?, cids = ? WHERE rowid = ?", given)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('last_id', ?)", (last,))


def load_legacy(path: Path) -> State:
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


def legacy_state_path(output_state: Path) -> Path:
    """Where flashgen 0.1 kept the state, as one JSON document."""
    return output_state.with_suffix(".json")
