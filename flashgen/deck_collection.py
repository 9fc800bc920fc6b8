"""The deck's collection: genanki's schema, decks and note types, and the state's cards as
Anki's rows, copied from the state in SQL by id; written afresh, or patched in the copy
kept beside the deck (only the rows of the notes the state lists as unpacked)."""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from collections.abc import Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import genanki

from flashgen.media import packaged_name
from flashgen.templates import NoteType, deck_id


def anki_model(note_type: NoteType, modified: int) -> genanki.Model:
    model = genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": name} for name in note_type.fields],
        templates=[{"name": "Card 1", "qfmt": note_type.front, "afmt": note_type.back}],
        css=note_type.css,
        model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
    )
    model.modified = modified
    return model


def write_collection(
    database: Path,
    *,
    patch: bool,
    state: Path,
    deck_name: str,
    rejected: Collection[str],
    types: dict[str, NoteType],
    models: dict[str, genanki.Model],
    model_mtimes: dict[str, int],
) -> list[Path]:
    """Write the collection at `database` afresh, or (`patch`) bring the one there up to
    date; return the media files its cards show."""
    connection = sqlite3.connect(database)
    # A scratch or kept file, zipped and fsync'ed by the caller; a kept one that a crash
    # left half written no longer has the checksum the state recorded, and is not patched.
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    # A card deleted from the notes must not linger in the deck's free pages (some builds
    # of SQLite do this by default, not all).
    connection.execute("PRAGMA secure_delete = ON")
    try:
        connection.execute("ATTACH DATABASE ? AS state", (str(state),))
        lookups, decks = _lookups(connection, deck_name, rejected, types)
        _put_lookups(connection, lookups)
        (newest,) = connection.execute(
            "SELECT mtime FROM state.cards INDEXED BY cards_mtime "
            f"WHERE {_WANTED} ORDER BY mtime DESC LIMIT 1"
        ).fetchone() or (0,)
        stamp = max([newest, *model_mtimes.values()])
        for deck in decks:
            for model in models.values():
                deck.add_model(model)
        if not patch:
            connection.execute("PRAGMA page_size = 16384")  # see `_fill`
        _put_col(connection, decks, models.values(), stamp, patch)
        if patch:
            _update_rows(connection)
        else:
            _fill(connection, state, lookups, database.with_name("card-rows.sqlite"))
        media = sorted(
            {
                Path(path)
                for (paths,) in connection.execute(
                    "SELECT DISTINCT media FROM state.cards INDEXED BY cards_media "
                    f"WHERE media != '[]' AND {_WANTED}"
                )
                for path in json.loads(paths)
            },
            key=packaged_name,
        )
        connection.commit()
        for scratch_table in ("places", "models", "rejected"):
            connection.execute(f"DROP TABLE temp.{scratch_table}")
        connection.execute("DETACH DATABASE state")
    finally:
        connection.close()
    return media


def mostly_free(kept: Path) -> bool:
    """Whether a quarter of the collection is free pages, as a long run of patches can
    leave it: then it is written afresh, compact."""
    with contextlib.closing(sqlite3.connect(f"file:{kept}?mode=ro", uri=True)) as connection:
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
        (free,) = connection.execute("PRAGMA freelist_count").fetchone()
    return free * 4 > pages


_WANTED = "guid NOT IN (SELECT guid FROM temp.rejected)"


@dataclass(frozen=True)
class _Lookups:
    """What the SQL that copies the state's rows joins them with, besides the state."""

    rejected: Collection[str]  # GUIDs left out of the deck
    models: dict[str, int]  # each card kind's note type id
    places: dict[tuple[str, str], int]  # each (deck, subdeck) a card names: its deck id


def _lookups(
    connection: sqlite3.Connection,
    deck_name: str,
    rejected: Collection[str],
    types: dict[str, NoteType],
) -> tuple[_Lookups, list[genanki.Deck]]:
    """The lookups, and the decks: the build's own deck, and every deck a card goes to."""
    places = connection.execute("SELECT DISTINCT deck, subdeck FROM state.cards").fetchall()
    names = {(d, s): d or "::".join((deck_name, *json.loads(s))) for d, s in places}
    ids = {name: deck_id(name) for name in {deck_name, *names.values()}}
    lookups = _Lookups(
        rejected,
        {kind: note_type.model_id for kind, note_type in types.items()},
        {place: ids[name] for place, name in names.items()},
    )
    return lookups, [genanki.Deck(ids[name], name) for name in sorted(ids)]


def _put_lookups(connection: sqlite3.Connection, lookups: _Lookups) -> None:
    """The lookups as the scratch tables `rejected`, `models` and `places`."""
    connection.execute("CREATE TEMP TABLE rejected (guid TEXT PRIMARY KEY)")
    connection.executemany("INSERT INTO rejected VALUES (?)", ((g,) for g in lookups.rejected))
    connection.execute("CREATE TEMP TABLE models (kind TEXT PRIMARY KEY, id INTEGER)")
    connection.executemany("INSERT INTO models VALUES (?, ?)", lookups.models.items())
    connection.execute(
        "CREATE TEMP TABLE places (deck TEXT, subdeck TEXT, did INTEGER, "
        "PRIMARY KEY (deck, subdeck))"
    )
    connection.executemany(
        "INSERT INTO places VALUES (?, ?, ?)", ((d, s, i) for (d, s), i in lookups.places.items())
    )


# Anki's rows of the state's cards, as genanki would write them one by one (`usn` -1: not
# synced; checksum 0: Anki computes it on import; new, unscheduled cards), with the ids
# each card keeps (a note's card per ordinal in `cids`).
_FIRST_FIELD = (
    "CASE WHEN instr(c.flds, char(31)) "
    "THEN substr(c.flds, 1, instr(c.flds, char(31)) - 1) ELSE c.flds END"
)


# A card's fields with its note's shared Link field in place of `state.SHARED`, the last.
_FIELDS = (
    "CASE WHEN substr(c.flds, -2) = char(31, 30) THEN substr(c.flds, 1, length(c.flds) - 1) "
    "|| (SELECT n.link FROM state.notes n WHERE n.identity = c.note) ELSE c.flds END"
)


_NOTE_ROWS = (
    f"SELECT c.nid AS id, c.guid, m.id, c.mtime, -1, ' ' || c.tags || ' ', {_FIELDS}, "
    f"{_FIRST_FIELD}, 0, 0, '' FROM state.cards c {{index}} JOIN temp.models m ON m.kind = c.model "
    f"WHERE c.{_WANTED}"
)


_UNSCHEDULED = "c.mtime, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''"


_CARD_ROWS = (
    f"SELECT json_extract(c.cids, '$[0]') AS id, c.nid, p.did, 0, {_UNSCHEDULED} "
    "FROM state.cards c {index} JOIN temp.places p ON p.deck = c.deck AND p.subdeck = c.subdeck "
    f"WHERE c.ords = '[0]' AND c.{_WANTED} {{more}} "
    f"UNION ALL SELECT i.value, c.nid, p.did, o.value, {_UNSCHEDULED} "
    "FROM state.cards c {index} JOIN temp.places p ON p.deck = c.deck AND p.subdeck = c.subdeck, "
    "json_each(c.cids) i, json_each(c.ords) o "
    f"WHERE c.ords != '[0]' AND o.key = i.key AND c.{_WANTED} {{more}}"
)


def _fill(connection: sqlite3.Connection, state: Path, lookups: _Lookups, scratch: Path) -> None:
    """Every wanted card's rows, into a new collection, in id order.

    This is most of a large build's last, one-core step. The card rows' query (JSON, joins
    and a sort: 0.85 s of 2.3 s for 440 000 cards) runs in a thread on a connection of its
    own, into the `scratch` file, while the notes are written: SQLite lets go of the GIL as
    it works. The rows still go in notes first, then cards in id order, so the collection
    is the same, byte for byte."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        card_rows = thread.submit(_sorted_card_rows, scratch, state, lookups)
        connection.execute(
            "INSERT INTO notes "
            + _NOTE_ROWS.format(index="INDEXED BY cards_nid")
            + " ORDER BY c.nid"
        )
        card_rows.result()
    connection.execute("ATTACH DATABASE ? AS card_rows", (str(scratch),))
    connection.execute("INSERT INTO cards SELECT * FROM card_rows.cards ORDER BY rowid")
    connection.commit()  # a database is detached between transactions
    connection.execute("DETACH DATABASE card_rows")
    scratch.unlink()


def _sorted_card_rows(scratch: Path, state: Path, lookups: _Lookups) -> None:
    """Write every wanted card's row of Anki's `cards` table into a table `cards` of a new
    database at `scratch`, in id order."""
    with contextlib.closing(sqlite3.connect(scratch)) as connection:
        connection.execute("PRAGMA journal_mode = OFF")  # a scratch file, read once
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("ATTACH DATABASE ? AS state", (str(state),))
        _put_lookups(connection, lookups)
        connection.execute(
            "CREATE TABLE cards AS SELECT * FROM ("
            + _CARD_ROWS.format(index="", more="")
            + ") ORDER BY 1"
        )
        connection.commit()


def _update_rows(connection: sqlite3.Connection) -> None:
    """Bring the kept collection's rows of the unpacked notes up to date: rows that no longer
    exist deleted, rows that differ or are new written, in id order, and nothing else
    touched; so the same state and collection give the same file however many notes were
    read again."""
    unpacked = "c.nid IN (SELECT nid FROM state.unpacked)"
    # Made like the tables they are compared with, so that values compare as stored there.
    for table in ("notes", "cards"):
        connection.execute(f"CREATE TEMP TABLE want_{table} AS SELECT * FROM main.{table} WHERE 0")
    connection.execute(
        "INSERT INTO want_notes "
        + _NOTE_ROWS.format(index="INDEXED BY cards_nid")
        + f" AND {unpacked}"
    )
    connection.execute(
        "INSERT INTO want_cards "
        + _CARD_ROWS.format(index="INDEXED BY cards_nid", more=f"AND {unpacked}")
    )
    connection.execute(
        "DELETE FROM notes WHERE id IN "
        "(SELECT nid FROM state.unpacked EXCEPT SELECT id FROM temp.want_notes)"
    )
    connection.execute(
        "DELETE FROM cards WHERE nid IN (SELECT nid FROM state.unpacked) "
        "AND id NOT IN (SELECT id FROM temp.want_cards)"
    )
    for table, wanted in (("notes", "want_notes"), ("cards", "want_cards")):
        connection.execute(
            f"INSERT OR REPLACE INTO {table} SELECT * FROM (SELECT * FROM temp.{wanted} "
            f"EXCEPT SELECT t.* FROM {table} t JOIN temp.{wanted} w ON w.id = t.id) ORDER BY 1"
        )
        connection.execute(f"DROP TABLE temp.{wanted}")


def _put_col(
    connection: sqlite3.Connection,
    decks: list[genanki.Deck],
    models: Iterable[genanki.Model],
    stamp: int,
    patch: bool,
) -> None:
    """The collection's `col` row (decks and note types) as genanki writes it, with the
    schema; or (`patch`) the kept collection's row made the same, if it differs."""
    if not patch:
        genanki.Package(decks).write_to_db(connection.cursor(), stamp, itertools.count())
        _set_model_times(connection, models)
        return
    with contextlib.closing(sqlite3.connect(":memory:")) as fresh:
        _put_col(fresh, decks, models, stamp, patch=False)
        (row,) = fresh.execute("SELECT * FROM col").fetchall()
    (old,) = connection.execute("SELECT * FROM col").fetchall()
    if row != old:
        connection.execute("DELETE FROM col")
        connection.execute(f"INSERT INTO col VALUES ({','.join('?' * len(row))})", row)


def _set_model_times(connection: sqlite3.Connection, written: Iterable[genanki.Model]) -> None:
    """genanki stamps every note type with the package time; Anki updates a note type only
    when the incoming one is newer, so each carries the time its templates last changed."""
    (models_json,) = connection.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    for model in written:
        entry = models.get(str(model.model_id))
        if entry is not None and model.modified:
            entry["mod"] = int(model.modified)
    connection.execute("UPDATE col SET models = ?", (json.dumps(models),))
