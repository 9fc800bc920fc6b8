"""Package stage: write the state's cards into an `.apkg`. Its collection (genanki's schema,
decks and note types; the cards' rows copied from the state in SQL) is written afresh, or
patched in the copy kept beside the deck; the deck is written atomically, byte-for-byte the
same for the same state and kept collection (fixed zip times; ids and times from the
cards)."""

from __future__ import annotations

import collections
import contextlib
import functools
import itertools
import json
import os
import shutil
import sqlite3
import struct
import tempfile
import zipfile
from collections.abc import Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import genanki
import isal
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


def kept_collection_path(output: Path) -> Path:
    """Where the collection of the deck at `output` is kept for the next build to patch."""
    return output.with_name(output.stem + ".flashgen-collection.anki2")


def write_apkg(
    state: Path,
    deck_name: str,
    model_mtimes: dict[str, int],
    output: Path,
    rejected: Collection[str] = (),
    templates: Path | None = None,
    kept: Path | None = None,
    kept_checksum: str = "",
) -> str:
    """Write the cards of the state file at `state` (its live cards and orphans, less the
    `rejected` GUIDs) as an `.apkg` at `output`, through a temporary file in the same folder
    and a rename, so a reader never sees half a file and an interrupted build leaves the old
    one.

    The deck's collection is kept at `kept` (when given) for the next build, and its
    checksum returned. When the caller has a checksum of the collection written last from
    this state with the same deck name, note types and rejected cards (`kept_checksum`),
    and the kept file still has it, only the rows of the notes the state lists as unpacked
    are brought up to date: a few rows instead of the whole collection. Otherwise it is
    written afresh: genanki writes the schema, decks and note types, and the notes and
    cards are copied from the state's rows in SQL, by id. Either way the same state and
    kept collection give the same bytes.
    """
    types = note_types(templates)
    models = {kind: _model(nt, model_mtimes.get(kind, 0)) for kind, nt in types.items()}
    write = functools.partial(
        _write_collection,
        state=state,
        deck_name=deck_name,
        rejected=rejected,
        types=types,
        models=models,
        model_mtimes=model_mtimes,
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=TEMPORARY_PREFIX, dir=output.parent) as scratch:
        database: Path | None = None
        media: list[Path] = []
        if kept is not None and kept_checksum and collection_checksum(kept) == kept_checksum:
            with contextlib.suppress(sqlite3.DatabaseError):  # then it is written afresh
                media = write(kept, patch=True)
                database = None if _mostly_free(kept) else kept
        if database is None:
            database = Path(scratch) / "collection.anki2"
            media = write(database, patch=False)
            if kept is not None:
                os.replace(database, kept)
                database = kept
        partial = Path(scratch) / "out.apkg"
        # The kept collection reaches the disk (0.2 s for 357 MB) while it is zipped from
        # the page cache; both are done before its checksum is returned to be recorded.
        with ThreadPoolExecutor(max_workers=1) as thread:
            synced = thread.submit(_fsync, database) if database == kept else None
            # The deck written last is still at `output`: its unchanged slices are copied.
            checksum = _start_zip(partial, "collection.anki2", database, previous=output)
            with zipfile.ZipFile(partial, "a") as archive:
                names = {str(i): packaged_name(path) for i, path in enumerate(media)}
                _add(archive, "media", json.dumps(names).encode())
                for index, path in enumerate(media):
                    _add(archive, str(index), path.read_bytes())
            _fsync(partial)
            if synced is not None:
                synced.result()  # its error, if any, is this build's
        os.replace(partial, output)
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsync'ed
        folder = os.open(output.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return checksum


def _write_collection(
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


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _mostly_free(kept: Path) -> bool:
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


# The collection is deflated in slices of this size, each on its own core, and the slices
# joined (as pigz does): the same bytes whatever the number of cores.
DEFLATE_SLICE = 8 << 20
_ZIP_LIMIT = 0xFFFF_FFFF  # beyond it a zip entry needs ZIP64 extensions: left to zipfile


def collection_checksum(path: Path) -> str:
    """The size and CRC-32 of a file (the zip's own check of it), or "" when unreadable."""
    crc, size = 0, 0
    try:
        with path.open("rb") as data:
            while piece := data.read(DEFLATE_SLICE):
                crc = isal_zlib.crc32(piece, crc)
                size += len(piece)
    except OSError:
        return ""
    return _checksum(size, crc)


def _checksum(size: int, crc: int) -> str:
    return f"{size}:{crc:08x}"


def _start_zip(partial: Path, name: str, source: Path, previous: Path | None = None) -> str:
    """Write `partial` as a zip holding `source` as `name`, deflated on every core (the
    collection is most of a deck and of its writing time); more entries are appended with
    zipfile. A slice of `source` that the deck at `previous` holds deflated already is
    copied from it (see `_OldSlices`). A collection too large for a plain zip entry is
    written by zipfile. Returns `source`'s checksum (see `collection_checksum`)."""
    if source.stat().st_size >= _ZIP_LIMIT:
        with (
            zipfile.ZipFile(partial, "w") as archive,
            source.open("rb") as data,
            archive.open(_entry(name), "w", force_zip64=True) as entry,
        ):
            shutil.copyfileobj(data, entry, 1 << 20)
        return collection_checksum(source)
    encoded = name.encode()
    with partial.open("wb") as out, _OldSlices.of(previous, name) as old:
        out.write(b"\0" * (30 + len(encoded)))  # the local header, once the sizes are known
        crc, size, packed = 0, 0, 0
        slices: list[_Slice] = []
        for raw, checks, deflated in _deflated_slices(source, old):
            crc = isal_zlib.crc32(raw, crc)
            size += len(raw)
            packed += len(deflated)
            out.write(deflated)
            slices.append((*checks, len(deflated), isal_zlib.crc32(deflated)))
        common = struct.pack("<HHHHHIIIH", 20, 0, 8, 0, _DOS_DATE, crc, packed, size, len(encoded))
        directory = out.tell()
        out.write(b"PK\x01\x02" + struct.pack("<H", 0x0314) + common)  # made by: Unix, 2.0
        out.write(struct.pack("<HHHHII", 0, 0, 0, 0, 0o644 << 16, 0) + encoded)
        length = out.tell() - directory
        comment = _slices_comment(slices)  # zipfile keeps it when it appends the media
        ending = struct.pack("<HHHHIIH", 0, 0, 1, 1, length, directory, len(comment))
        out.write(b"PK\x05\x06" + ending + comment)
        out.seek(0)
        out.write(b"PK\x03\x04" + common + struct.pack("<H", 0) + encoded)
    return _checksum(size, crc)


_DOS_DATE = (_ZIP_TIME[0] - 1980) << 9 | _ZIP_TIME[1] << 5 | _ZIP_TIME[2]

# A slice of the collection as a deck's zip comment lists it: the size, CRC-32 and Adler-32
# of its bytes (`_checks`), then the length and CRC-32 of its deflated stream.
_Slice = tuple[int, int, int, int, int]
_SLICE_BASES = (10, 16, 16, 10, 16)
# What deflated the listed slices: another compressor or level would make other bytes.
_SLICES_MARK = f"flashgen-slices 1 isal {isal.__version__} level {COLLECTION_LEVEL}:".encode()


def _checks(raw: bytes) -> tuple[int, int, int]:
    """A slice's size, CRC-32 and Adler-32: it is taken as unchanged when all three are, so
    an edited slice passes for the old one by chance only once in about 2**64."""
    return len(raw), isal_zlib.crc32(raw), isal_zlib.adler32(raw)


def _slices_comment(slices: list[_Slice]) -> bytes:
    listed = ";".join(
        ",".join(f"{v:x}" if b == 16 else str(v) for v, b in zip(s, _SLICE_BASES, strict=True))
        for s in slices
    )
    comment = _SLICES_MARK + listed.encode()
    return comment if len(comment) <= 0xFFFF else b""  # the most a zip comment holds


def _listed_slices(comment: bytes) -> list[_Slice]:
    """The slices `_slices_comment` listed, or none from any other comment."""
    if not comment.startswith(_SLICES_MARK):
        return []
    listed = comment[len(_SLICES_MARK) :].decode("ascii").split(";")
    return [
        tuple(int(v, b) for v, b in zip(s.split(","), _SLICE_BASES, strict=True))  # type: ignore[misc]
        for s in listed
    ]


class _OldSlices:
    """The deflated slices of the collection in a deck flashgen wrote before, by place and
    `_checks`. An edit changes a few of the 43 slices of a 10 000-note collection; the
    others need not be deflated again (a third of a second on two cores)."""

    def __init__(
        self, file: BinaryIO | None = None, slices: Sequence[_Slice] = (), start: int = 0
    ) -> None:
        self._file = file
        self._streams: dict[tuple[int, int, int, int], tuple[int, int, int]] = {}
        offset = start
        for place, (size, crc, adler, packed, packed_crc) in enumerate(slices):
            self._streams[(place, size, crc, adler)] = (offset, packed, packed_crc)
            offset += packed

    @classmethod
    @contextlib.contextmanager
    def of(cls, deck: Path | None, name: str) -> Iterator[_OldSlices]:
        """The slices of entry `name` of the zip at `deck`; none when it is missing, not a
        zip, or not as flashgen writes it with these settings."""
        file, slices = None, []
        with contextlib.suppress(OSError, zipfile.BadZipFile, KeyError, ValueError):
            if deck is not None:
                with zipfile.ZipFile(deck) as archive:
                    comment, stored = archive.comment, archive.getinfo(name)
                slices = _listed_slices(comment)
                if stored.header_offset == 0 and sum(s[3] for s in slices) == stored.compress_size:
                    file = deck.open("rb")
        if file is None:
            yield cls()
            return
        with file:
            yield cls(file, slices, start=30 + len(name.encode()))  # our header has no extra

    def stream(self, place: int, checks: tuple[int, int, int]) -> bytes | None:
        """The deflated stream of the slice at `place` with these `_checks`, if the old
        deck holds it (and it reads back as written)."""
        found = self._streams.get((place, *checks))
        if found is None or self._file is None:
            return None
        offset, packed, packed_crc = found
        self._file.seek(offset)
        stream = self._file.read(packed)
        return stream if isal_zlib.crc32(stream) == packed_crc else None


def _deflated_slices(
    source: Path, old: _OldSlices
) -> Iterator[tuple[bytes, tuple[int, int, int], bytes]]:
    """(slice, its `_checks`, its raw deflate stream) in order; every stream but the last
    ends on a byte boundary without closing the whole (a sync flush), so the streams join
    into one. A slice the `old` deck holds, but the last (it closes the stream), is taken
    from it: the same bytes as deflating it again."""

    def deflate(piece: bytes, last: bool) -> bytes:
        compressor = isal_zlib.compressobj(COLLECTION_LEVEL, isal_zlib.DEFLATED, -15)
        return compressor.compress(piece) + compressor.flush(
            isal_zlib.Z_FINISH if last else isal_zlib.Z_SYNC_FLUSH
        )

    workers = os.cpu_count() or 1
    with source.open("rb") as data, ThreadPoolExecutor(workers) as pool:
        pending: collections.deque = collections.deque()
        piece = data.read(DEFLATE_SLICE)
        for place in itertools.count():
            following = data.read(DEFLATE_SLICE)
            checks = _checks(piece)
            stream = old.stream(place, checks) if following else None
            if stream is None:
                done = pool.submit(deflate, piece, not following)
            else:
                done = Future()
                done.set_result(stream)
            pending.append((piece, checks, done))
            if len(pending) > workers:  # a few slices in flight: memory stays small
                raw, raw_checks, future = pending.popleft()
                yield raw, raw_checks, future.result()
            if not following:
                break
            piece = following
        while pending:
            raw, raw_checks, future = pending.popleft()
            yield raw, raw_checks, future.result()


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
