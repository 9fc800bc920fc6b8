"""Package stage: write cards into an `.apkg` with genanki, atomically and byte-for-byte
deterministic for the same cards (fixed zip timestamps, timestamps from the cards)."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import genanki

from flashgen.deliver import TEMPORARY_PREFIX
from flashgen.media import packaged_name
from flashgen.model import Card
from flashgen.templates import NoteType, deck_id, note_types

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class _TimedNote(genanki.Note):
    """A genanki note that carries its own modification time: Anki updates an existing note
    only when this is newer than its own, so it must change exactly when the card does."""

    def __init__(self, mtime: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.mtime = mtime

    def write_to_db(self, cursor, timestamp: float, deck_id, id_gen) -> None:
        super().write_to_db(cursor, self.mtime, deck_id, id_gen)


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


def build_package(
    cards: Sequence[Card],
    deck_name: str,
    model_mtimes: dict[str, int],
    templates: Path | None = None,
) -> genanki.Package:
    types = note_types(templates)
    models = {kind: _model(nt, model_mtimes.get(kind, 0)) for kind, nt in types.items()}
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        rendered = card.rendered
        name = rendered.deck_in(deck_name)
        deck = decks.get(name) or decks.setdefault(name, genanki.Deck(deck_id(name), name))
        deck.add_note(
            _TimedNote(
                mtime=card.mtime,
                model=models[rendered.model],
                fields=list(rendered.fields),
                tags=list(rendered.tags),
                guid=card.guid,
                sort_field=rendered.fields[0],
            )
        )
    decks.setdefault(deck_name, genanki.Deck(deck_id(deck_name), deck_name))
    for deck in decks.values():
        for model in models.values():
            deck.add_model(model)
    package = genanki.Package([decks[name] for name in sorted(decks)])
    files = {path for card in cards for path in card.rendered.media}
    package.media_files = sorted(files, key=packaged_name)
    return package


def write_apkg(package: genanki.Package, output: Path, timestamp: int) -> None:
    """Write the package to `output` through a temporary file in the same folder and a rename,
    so a reader never sees half a file and an interrupted build leaves the old one."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=TEMPORARY_PREFIX, dir=output.parent) as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), timestamp, _ids_from(timestamp))
            _set_model_times(connection, package)
            connection.commit()
        finally:
            connection.close()
        partial = Path(scratch) / "out.apkg"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            _add(archive, "collection.anki2", database.read_bytes())
            media = {str(i): packaged_name(Path(p)) for i, p in enumerate(package.media_files)}
            _add(archive, "media", json.dumps(media).encode())
            for index, path in enumerate(package.media_files):
                _add(archive, str(index), Path(path).read_bytes())
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


def _set_model_times(connection: sqlite3.Connection, package: genanki.Package) -> None:
    """genanki stamps every note type with the package time; Anki updates a note type only
    when the incoming one is newer, so each carries the time its templates last changed."""
    (models_json,) = connection.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    for deck in package.decks:
        for model in deck.models.values():
            entry = models.get(str(model.model_id))
            if entry is not None and model.modified:
                entry["mod"] = int(model.modified)
    connection.execute("UPDATE col SET models = ?", (json.dumps(models),))


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)
