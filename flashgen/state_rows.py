"""The state file's schema, and its rows: each record written as a row and read back, what a
note's cards share kept once on the note's row."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence

from flashgen.model import Embedded
from flashgen.render import BASIC_FIELDS, CLOZE_FIELDS, card_ords
from flashgen.state_records import CardRecord, NoteRecord, State

STATE_VERSION = 7


# A note's `embeds`: a JSON list of [target, file, image status, names]; its `link` and
# `path`: what all its cards have as Link field and as path (`card_row`). (No comment in
# the SQL before a last column: SQLite 3.40 cannot drop a column after one.)
SCHEMA = """
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
TIME_INDEX = "CREATE INDEX cards_mtime ON cards (mtime)"


# What version 5 added to the schema (a state of an earlier version gets them on opening).
SINCE_VERSION_5 = (
    # The Anki note ids whose rows may have changed since the kept collection was last
    # brought up to date (see `package`).
    "CREATE TABLE unpacked (nid INTEGER PRIMARY KEY)",
    # The decks a package names, and its newest card, read without reading the cards.
    "CREATE INDEX cards_places ON cards (deck, subdeck)",
    TIME_INDEX,
    "CREATE INDEX cards_nid ON cards (nid)",
)


CARD_COLUMNS = (
    "guid, note, anchor, content_hash, mtime, model, flds, tags, missing, deck, subdeck, "
    "media, path, line, nid, cids"
)


# A card's columns, and what its note's cards share (`card_record`): `FROM CARDS_WITH_NOTES`.
CARD_SELECT = ", ".join(f"c.{c.strip()}" for c in CARD_COLUMNS.split(",")) + ", n.link, n.path"


CARDS_WITH_NOTES = "cards c LEFT JOIN notes n ON n.identity = c.note"


# A whole row of each table (`card_row`, `note_row`), put in place of any with its key.
PUT_CARD = "INSERT OR REPLACE INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"


PUT_NOTE = "INSERT OR REPLACE INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"


def slices(items: list[str], size: int = 500) -> Iterator[list[str]]:
    """`items` in slices small enough for one SQL statement's parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def next_id(last: int, mtime: int) -> int:
    """An Anki id after every id given (the `last`), from a card's time in ms as Anki's own
    ids are."""
    return max(last + 1, mtime * 1000)


def write_meta(db: sqlite3.Connection, state: State) -> None:
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


def shared_by(cards: Sequence[CardRecord]) -> tuple[str, str]:
    """The Link field and the path that every one of a note's cards has, else ""."""
    if not cards or len(cards[0].fields) != LINK + 1:
        return "", ""
    link, path = cards[0].fields[LINK], cards[0].path
    if any(c.path != path or len(c.fields) != LINK + 1 or c.fields[LINK] != link for c in cards):
        return "", ""
    return link, path


def card_row(
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
        json_list(r.subdeck),
        json_list(r.media),
        json_list(ords_of(r) if ords is None else ords),
        SHARED if path and r.path == path else r.path,
        r.line,
        nid,
        json_list(cids),
    )


def in_anki(r: CardRecord) -> tuple[object, ...]:
    """What a card's rows in Anki's tables are made of, besides its ids (its card ordinals
    follow from its note type and first field)."""
    return r.model, r.mtime, r.tags, r.fields, r.deck, r.subdeck


def ords_of(r: CardRecord) -> list[int]:
    return card_ords(r.model, r.fields[0] if r.fields else "")


def listed(text: str) -> list:
    """A JSON list as `json_list` writes it; most notes' embeds and many notes' warnings
    are none."""
    return [] if text == "[]" else json.loads(text)


def json_list(values: Sequence[object]) -> str:
    """A list as JSON; most cards' are empty or one number (four per card, on every card)."""
    if not values:
        return "[]"
    if len(values) == 1 and type(values[0]) is int:
        return f"[{values[0]}]"
    return json.dumps(list(values))


def card_record(row: Sequence) -> CardRecord:
    """A card read as `CARD_SELECT`: its columns, then its note's shared link and path."""
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


def note_row(
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
        embeds_json(r.embeds),
        *shared,
    )


def seen_of(r: NoteRecord) -> tuple[str, str, tuple[Embedded, ...]]:
    return r.digest, r.stat, r.embeds


def embeds_json(embeds: Sequence[Sequence[str]]) -> str:
    return json.dumps([list(e) for e in embeds], ensure_ascii=False)
