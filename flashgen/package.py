"""Package stage: write the state's cards into an `.apkg` (genanki for the collection, rows
copied in SQL for the notes), atomically and byte-for-byte deterministic for the same state
(fixed zip timestamps, ids and timestamps from the cards)."""

from __future__ import annotations

import collections
import contextlib
import itertools
import json
import os
import shutil
import sqlite3
import struct
import tempfile
import zipfile
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import genanki
from isal import isal_zlib

from flashgen.media import packaged_name
from flashgen.output import TEMPORARY_PREFIX
from flashgen.templates import NoteType, deck_id, note_types

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# zlib's fastest level, for the small entries zipfile writes (media).
COMPRESS_LEVEL = 1
# The collection is deflated by ISA-L (isal), whose level 1 compresses as well as zlib's
# level 1 and 4x as fast: 357 MB in 0.44 s on one core instead of 1.82 s, 58.6 MB either way.
COLLECTION_LEVEL = 1


def _model(note_type: NoteType, modified: int) -> genanki.Model:
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


def write_apkg(
    state: Path,
    deck_name: str,
    model_mtimes: dict[str, int],
    output: Path,
    rejected: Collection[str] = (),
    templates: Path | None = None,
) -> None:
    """Write the cards of the state file at `state` (its live cards and orphans, less the
    `rejected` GUIDs) as an `.apkg` at `output`, through a temporary file in the same folder
    and a rename, so a reader never sees half a file and an interrupted build leaves the old
    one.

    genanki writes the collection's schema, decks and note types; the notes and cards are
    copied from the state's rows in SQL, in the deck's order (decks by name; in each, cards
    in note order, then orphans by GUID): no Python object per card, and the same state
    gives the same bytes however it was built.
    """
    types = note_types(templates)
    models = {kind: _model(nt, model_mtimes.get(kind, 0)) for kind, nt in types.items()}
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=TEMPORARY_PREFIX, dir=output.parent) as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        # A scratch file, zipped and fsync'ed below: no journal or syncing of its own.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        # Notes are large rows: on 16 KiB pages a large deck is written 30% faster, 6% smaller.
        connection.execute("PRAGMA page_size = 16384")
        try:
            connection.execute("ATTACH DATABASE ? AS state", (str(state),))
            decks = _packed(connection, deck_name, rejected, types)
            (newest,) = connection.execute("SELECT coalesce(max(mtime), 0) FROM packed").fetchone()
            stamp = max([newest, *model_mtimes.values()])
            for deck in decks:
                for model in models.values():
                    deck.add_model(model)
            genanki.Package(decks).write_to_db(connection.cursor(), stamp, itertools.count())
            _set_model_times(connection, models.values())
            _copy_notes(connection, base=stamp * 1000)  # ids count up from the time in ms
            media = sorted(
                {
                    Path(path)
                    for (paths,) in connection.execute(
                        "SELECT DISTINCT media FROM state.cards INDEXED BY cards_media "
                        "WHERE media != '[]' AND guid NOT IN (SELECT guid FROM rejected)"
                    )
                    for path in json.loads(paths)
                },
                key=packaged_name,
            )
            connection.commit()
            for scratch_table in ("packed", "ordered_notes", "models", "rejected"):
                connection.execute(f"DROP TABLE temp.{scratch_table}")
            connection.execute("DETACH DATABASE state")
        finally:
            connection.close()
        partial = Path(scratch) / "out.apkg"
        _start_zip(partial, "collection.anki2", database)
        with zipfile.ZipFile(partial, "a") as archive:
            names = {str(i): packaged_name(path) for i, path in enumerate(media)}
            _add(archive, "media", json.dumps(names).encode())
            for index, path in enumerate(media):
                _add(archive, str(index), path.read_bytes())
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, output)
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsync'ed
        folder = os.open(output.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _packed(
    connection: sqlite3.Connection,
    deck_name: str,
    rejected: Collection[str],
    types: dict[str, NoteType],
) -> list[genanki.Deck]:
    """Fill the scratch tables `models` and `packed` (the state's cards to package, numbered
    in the deck's order) and return the decks: the build's own deck, and every deck a card
    goes to.

    The order is set note by note (a note's cards share its deck), so that the cards are
    read in order through the state's `cards_packing` index, never sorted: in each deck by
    name, its notes in note order with their cards in order, then its orphans by GUID.
    """
    connection.execute("CREATE TEMP TABLE rejected (guid TEXT PRIMARY KEY)")
    connection.executemany("INSERT INTO rejected VALUES (?)", ((g,) for g in rejected))
    connection.execute("CREATE TEMP TABLE models (kind TEXT PRIMARY KEY, id INTEGER)")
    connection.executemany(
        "INSERT INTO models VALUES (?, ?)", ((k, t.model_id) for k, t in types.items())
    )
    notes = connection.execute(
        "SELECT n.position, n.identity, c.deck, c.subdeck FROM state.cards c "
        "JOIN state.notes n ON n.identity = c.note WHERE c.ordinal = 0 AND c.missing = 0"
    ).fetchall()
    orphan_places = connection.execute(
        "SELECT DISTINCT deck, subdeck FROM state.cards WHERE missing > 0"
    ).fetchall()
    names = {
        (deck, subdeck): deck or "::".join((deck_name, *json.loads(subdeck)))
        for deck, subdeck in {*((d, s) for *_, d, s in notes), *orphan_places}
    }
    connection.execute(
        "CREATE TEMP TABLE ordered_notes (seq INTEGER PRIMARY KEY, identity TEXT, did INTEGER)"
    )
    connection.execute(
        "CREATE TEMP TABLE packed (seq INTEGER PRIMARY KEY, card INTEGER, did INTEGER, "
        "mtime INTEGER, ords TEXT)"
    )
    ids = {name: deck_id(name) for name in {deck_name, *names.values()}}
    by_name = sorted(notes, key=lambda n: (names[n[2], n[3]], n[0]))
    connection.executemany(
        "INSERT INTO ordered_notes (identity, did) VALUES (?, ?)",
        ((identity, ids[names[deck, subdeck]]) for _, identity, deck, subdeck in by_name),
    )
    wanted = "c.guid NOT IN (SELECT guid FROM rejected)"
    for name in sorted(set(names.values())):
        places = [(d, s) for (d, s), n in names.items() if n == name]
        connection.execute(
            "INSERT INTO packed (card, did, mtime, ords) "
            "SELECT c.rowid, o.did, c.mtime, c.ords FROM ordered_notes o "
            "JOIN state.cards c INDEXED BY cards_packing ON c.note = o.identity "
            f"WHERE o.did = ? AND c.missing = 0 AND {wanted} ORDER BY o.seq, c.ordinal",
            (ids[name],),
        )
        for deck, subdeck in sorted(places):
            connection.execute(
                "INSERT INTO packed (card, did, mtime, ords) "
                "SELECT c.rowid, ?, c.mtime, c.ords FROM state.cards c INDEXED BY cards_missing "
                "WHERE c.missing > 0 "
                f"AND c.deck = ? AND c.subdeck = ? AND {wanted} ORDER BY c.guid",
                (ids[name], deck, subdeck),
            )
    return [genanki.Deck(ids[name], name) for name in sorted(ids)]


def _copy_notes(connection: sqlite3.Connection, base: int) -> None:
    """Anki's note and card rows of the packed cards, as genanki would write them one by one
    (`usn` -1: not synced; checksum 0: Anki computes it on import; new, unscheduled cards).

    Ids count up from `base`: a note's first card has its note's id; a cloze note's further
    cards are numbered after all notes."""
    first_field = (
        "CASE WHEN instr(c.flds, char(31)) "
        "THEN substr(c.flds, 1, instr(c.flds, char(31)) - 1) ELSE c.flds END"
    )
    connection.execute(
        f"INSERT INTO notes SELECT ? + p.seq, c.guid, m.id, c.mtime, -1, ' ' || c.tags || ' ', "
        f"c.flds, {first_field}, 0, 0, '' FROM packed p JOIN state.cards c ON c.rowid = p.card "
        "JOIN models m ON m.kind = c.model ORDER BY p.seq",
        (base,),
    )
    unscheduled = "p.mtime, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''"
    connection.execute(
        "INSERT INTO cards SELECT ?1 + p.seq, ?1 + p.seq, p.did, "
        f"CASE p.ords WHEN '[0]' THEN 0 ELSE json_extract(p.ords, '$[0]') END, {unscheduled} "
        "FROM packed p ORDER BY p.seq",
        (base,),
    )
    (last,) = connection.execute("SELECT coalesce(max(seq), 0) FROM packed").fetchone()
    connection.execute(
        "WITH multi AS MATERIALIZED (SELECT * FROM packed WHERE instr(ords, ',')) "
        "INSERT INTO cards SELECT ?1 + ?2 + row_number() OVER (ORDER BY p.seq, o.key), "
        f"?1 + p.seq, p.did, o.value, {unscheduled} "
        "FROM multi p, json_each(p.ords) o WHERE o.key > 0 ORDER BY p.seq, o.key",
        (base, last),
    )


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


# The collection is deflated in slices of this size, each on its own core, and the slices
# joined (as pigz does): the same bytes whatever the number of cores.
DEFLATE_SLICE = 8 << 20
_ZIP_LIMIT = 0xFFFF_FFFF  # beyond it a zip entry needs ZIP64 extensions: left to zipfile


def _start_zip(partial: Path, name: str, source: Path) -> None:
    """Write `partial` as a zip holding `source` as `name`, deflated on every core (the
    collection is most of a deck and of its writing time); more entries are appended with
    zipfile. A collection too large for a plain zip entry is written by zipfile."""
    if source.stat().st_size >= _ZIP_LIMIT:
        with (
            zipfile.ZipFile(partial, "w") as archive,
            source.open("rb") as data,
            archive.open(_entry(name), "w", force_zip64=True) as entry,
        ):
            shutil.copyfileobj(data, entry, 1 << 20)
        return
    encoded = name.encode()
    with partial.open("wb") as out:
        out.write(b"\0" * (30 + len(encoded)))  # the local header, once the sizes are known
        crc, size, packed = 0, 0, 0
        for raw, deflated in _deflated_slices(source):
            crc = isal_zlib.crc32(raw, crc)
            size += len(raw)
            packed += len(deflated)
            out.write(deflated)
        common = struct.pack("<HHHHHIIIH", 20, 0, 8, 0, _DOS_DATE, crc, packed, size, len(encoded))
        directory = out.tell()
        out.write(b"PK\x01\x02" + struct.pack("<H", 0x0314) + common)  # made by: Unix, 2.0
        out.write(struct.pack("<HHHHII", 0, 0, 0, 0, 0o644 << 16, 0) + encoded)
        length = out.tell() - directory
        out.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, length, directory, 0))
        out.seek(0)
        out.write(b"PK\x03\x04" + common + struct.pack("<H", 0) + encoded)


_DOS_DATE = (_ZIP_TIME[0] - 1980) << 9 | _ZIP_TIME[1] << 5 | _ZIP_TIME[2]


def _deflated_slices(source: Path) -> Iterator[tuple[bytes, bytes]]:
    """(slice, its raw deflate stream) in order; every stream but the last ends on a byte
    boundary without closing the whole (a sync flush), so the streams join into one."""

    def deflate(piece: bytes, last: bool) -> bytes:
        compressor = isal_zlib.compressobj(COLLECTION_LEVEL, isal_zlib.DEFLATED, -15)
        return compressor.compress(piece) + compressor.flush(
            isal_zlib.Z_FINISH if last else isal_zlib.Z_SYNC_FLUSH
        )

    workers = os.cpu_count() or 1
    with source.open("rb") as data, ThreadPoolExecutor(workers) as pool:
        pending: collections.deque = collections.deque()
        piece = data.read(DEFLATE_SLICE)
        while True:
            following = data.read(DEFLATE_SLICE)
            pending.append((piece, pool.submit(deflate, piece, not following)))
            if len(pending) > workers:  # a few slices in flight: memory stays small
                done, future = pending.popleft()
                yield done, future.result()
            if not following:
                break
            piece = following
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with fixed time and mode, so the same cards give the same bytes."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    for level in ("compress_level", "_compresslevel"):  # its name since 3.13, and before
        if hasattr(info, level):
            setattr(info, level, COMPRESS_LEVEL)
    info.external_attr = 0o644 << 16
    return info


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(_entry(name), data)
