"""Package stage: write the state's cards into an `.apkg`, atomically (a temporary file and
a rename), with the collection kept beside the deck for the next build. The collection's
rows are `deck_collection`'s, the zip is `deck_zip`'s: the same state and kept collection
give the same bytes (fixed zip times; ids and times from the cards)."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from flashgen.deck_collection import anki_model, mostly_free, write_collection
from flashgen.deck_zip import add_entry, collection_checksum, start_zip
from flashgen.media import packaged_name
from flashgen.output import TEMPORARY_PREFIX
from flashgen.templates import note_types


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
    models = {kind: anki_model(nt, model_mtimes.get(kind, 0)) for kind, nt in types.items()}
    write = functools.partial(
        write_collection,
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
                database = None if mostly_free(kept) else kept
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
            checksum = start_zip(partial, "collection.anki2", database, previous=output)
            with zipfile.ZipFile(partial, "a") as archive:
                names = {str(i): packaged_name(path) for i, path in enumerate(media)}
                add_entry(archive, "media", json.dumps(names).encode())
                for index, path in enumerate(media):
                    add_entry(archive, str(index), path.read_bytes())
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


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
