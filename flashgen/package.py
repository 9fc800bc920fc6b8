"""Package stage: write cards into an `.apkg` (genanki for the collection, bulk rows for the
notes), atomically and byte-for-byte deterministic for the same cards (fixed zip timestamps,
timestamps from the cards)."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import genanki

from flashgen.media import packaged_name
from flashgen.model import Card
from flashgen.output import TEMPORARY_PREFIX
from flashgen.render import CLOZE_DELETION
from flashgen.templates import NoteType, deck_id, note_types

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


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


def _card_ords(card: Card) -> list[int]:
    """The cards Anki makes of a note: one for a basic note; one per cloze number (as genanki
    counts them) for a cloze note."""
    if card.rendered.model != "cloze":
        return [0]
    numbers = {int(n) - 1 for n in CLOZE_DELETION.findall(card.rendered.fields[0]) if int(n) > 0}
    return sorted(numbers) or [0]


def write_apkg(
    cards: Sequence[Card],
    deck_name: str,
    model_mtimes: dict[str, int],
    output: Path,
    timestamp: int,
    templates: Path | None = None,
) -> None:
    """Write `cards` as an `.apkg` at `output`, through a temporary file in the same folder and
    a rename, so a reader never sees half a file and an interrupted build leaves the old one.

    genanki writes the collection's schema, decks and note types; the notes and cards are
    inserted in bulk here, as genanki would write them one by one (same rows, same order),
    which on a large vault is several times faster and holds no object per note.
    """
    types = note_types(templates)
    models = {kind: _model(nt, model_mtimes.get(kind, 0)) for kind, nt in types.items()}
    by_deck: dict[str, list[Card]] = {deck_name: []}
    for card in cards:
        by_deck.setdefault(card.rendered.deck_in(deck_name), []).append(card)
    decks = []
    for name in sorted(by_deck):
        deck = genanki.Deck(deck_id(name), name)
        for model in models.values():
            deck.add_model(model)
        decks.append(deck)
    package = genanki.Package(decks)
    media = sorted({path for card in cards for path in card.rendered.media}, key=packaged_name)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=TEMPORARY_PREFIX, dir=output.parent) as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        # A scratch file, zipped and fsync'ed below: no journal or syncing of its own.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        try:
            ids = _ids_from(timestamp)
            package.write_to_db(connection.cursor(), timestamp, ids)
            _set_model_times(connection, models.values())
            card_rows: list[tuple[object, ...]] = []

            def note_rows() -> Iterator[tuple[object, ...]]:
                # A generator: each note's joined fields are freed once inserted.
                for deck in decks:
                    for card in by_deck[deck.name]:
                        rendered = card.rendered
                        note_id = next(ids)
                        yield (
                            note_id,
                            card.guid,
                            types[rendered.model].model_id,
                            card.mtime,
                            -1,  # usn: not synced
                            " " + " ".join(rendered.tags) + " ",
                            "\x1f".join(rendered.fields),
                            rendered.fields[0],  # sort field
                            0,  # checksum: Anki computes it on import
                            0,
                            "",
                        )
                        for ord_ in _card_ords(card):
                            card_rows.append(
                                (next(ids), note_id, deck.deck_id, ord_, card.mtime, -1)
                                + (0,) * 11
                                + ("",)
                            )

            connection.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", note_rows())
            connection.executemany(
                "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows
            )
            connection.commit()
        finally:
            connection.close()
        partial = Path(scratch) / "out.apkg"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            with (
                database.open("rb") as collection,
                archive.open(_entry("collection.anki2"), "w") as entry,
            ):
                shutil.copyfileobj(collection, entry, 1 << 20)  # streamed: it can be large
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


def _ids_from(timestamp: int) -> itertools.count:
    """Note and card IDs counting up from the build's timestamp in ms, as genanki does."""
    return itertools.count(timestamp * 1000)


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


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with fixed time and mode, so the same cards give the same bytes."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(_entry(name), data)
