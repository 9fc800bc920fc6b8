"""Incremental builds: unchanged notes are not read again (their cards come from the previous
build), and the deck is the same, byte for byte, as a full build of the same notes from the
same previous state."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import re
import shutil
import sqlite3
import struct
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from dataclasses import fields
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flashgen import incremental, making, media, pipeline, survey
from flashgen.cli import app
from flashgen.media import VaultFiles, resolve_embed
from flashgen.model import Span
from flashgen.pipeline import build, kept_files
from flashgen.state import load_state, state_path
from flashgen.state_records import unpacked
from flashgen.state_rows import STATE_VERSION
from flashgen.state_upgrade import legacy_state_path
from tests.conftest import EVAL_NOTES, FIXTURES, SEEDS, import_apkg, render_all

runner = CliRunner()


def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, folder, ignore=shutil.ignore_patterns("*.json"))
    shutil.copytree(SEEDS, folder / "seeds")
    return folder


def copy_previous_build(deck: Path, twin: Path) -> None:
    """What the build of `deck` kept (state and collection), as if `twin` had been built."""
    for source, target in zip(kept_files(deck), kept_files(twin), strict=True):
        shutil.copy(source, target)


def test_incremental_build_equals_a_full_build(tmp_path: Path, monkeypatch) -> None:
    notes, warm, twin = built_twice(tmp_path)
    copy_previous_build(warm, twin)

    edited = notes / "Kuhn - The Structure of Scientific Revolutions.md"
    edited.write_text(edited.read_text().replace("puzzle-solving", "solving puzzles"))
    parsed: list[Path] = []
    original = making.note_cards

    def counting(path: Path, *args, **kwargs):
        parsed.append(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(making, "note_cards", counting)
    result = build([notes], output=warm, now=2_000)
    assert parsed == [edited]  # only the edited note was read again
    assert sum(card.status == "changed" for card in result.cards) == 1
    parsed.clear()
    build([notes], output=twin, now=2_000, full=True)
    assert len(parsed) == 9  # a full build: every note
    assert warm.read_bytes() == twin.read_bytes()


def _png(red: int) -> bytes:
    """A valid one-pixel PNG of the given red."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, red, 0, 0]))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_a_code_change_makes_every_note_read_again(tmp_path: Path, monkeypatch) -> None:
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    counted: list[Path] = []
    original = making.note_cards
    monkeypatch.setattr(making, "note_cards", lambda p, *a: counted.append(p) or original(p, *a))
    monkeypatch.setattr(incremental, "code_fingerprint", lambda: "another version")
    build([notes], output=out, now=2_000)
    assert len(counted) == 9


def test_a_new_note_file_or_folder_name_rereads_only_the_notes_it_concerns(
    tmp_path: Path, monkeypatch
) -> None:
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    first = build([notes], output=out, now=1_000)
    assert any("raft-figure-3.png" in str(d) for d in first.diagnostics)
    counted: list[str] = []
    original = making.note_cards
    monkeypatch.setattr(
        making, "note_cards", lambda p, *a: counted.append(p.name) or original(p, *a)
    )

    (notes / "New.md").write_text("# New\n\nWhat is new?::This note.\n")
    build([notes], output=out, now=2_000)
    assert counted == ["New.md"]  # a new name in the vault: no other note embeds it

    counted.clear()
    figure = notes / "raft-figure-3.png"
    figure.write_bytes(_png(red=200))
    an_hour_ago = time.time() - 3600  # an image saved just now is looked at again next build
    os.utime(figure, (an_hour_ago, an_hour_ago))
    found = build([notes], output=out, now=3_000)
    assert counted == ["Lecture 07 - Raft.md"]  # the note whose missing embed now resolves
    assert not any("raft-figure-3.png" in str(d) for d in found.diagnostics)

    counted.clear()
    (notes / "seeds").rename(notes / "reading")
    moved = build([notes], output=out, now=4_000)
    assert counted == ["Anatomy of the Micro-Sect.md"]  # only the note that moved
    assert moved.cards.statuses()["new"] == 0  # its cards kept their identity


def test_an_edited_image_reaches_anki_through_the_cards_that_show_it(
    tmp_path: Path, collection
) -> None:
    notes = tmp_path / "vault"
    shutil.copytree(FIXTURES / "media_vault", notes)
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    import_apkg(collection, out)
    before = set(
        re.findall(r'<img src="([^"]+)"', " ".join(c.answer for c in render_all(collection)))
    )

    image = notes / "attachments" / "channel-capacity.png"
    image.write_bytes(_png(red=200))  # the same name, redrawn
    result = build([notes], output=out, now=2_000)
    assert result.cards.statuses()["changed"] >= 1
    import_apkg(collection, out)
    shown = set(
        re.findall(r'<img src="([^"]+)"', " ".join(c.answer for c in render_all(collection)))
    )
    assert shown != before and len(shown) == len(before) == 2
    media = Path(collection.media.dir())
    assert all((media / name).is_file() for name in shown)
    assert image.read_bytes() in {(media / name).read_bytes() for name in shown}


def built_twice(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The eval vault, a deck built of it, and the path of a second deck (folder made)."""
    notes = vault(tmp_path)
    warm = tmp_path / "warm" / "d.apkg"
    twin = tmp_path / "cold" / "d.apkg"
    twin.parent.mkdir()
    build([notes], output=warm, now=1_000)
    return notes, warm, twin


def test_kept_notes_give_the_full_builds_deck_through_renames_deletions_and_edits(
    tmp_path: Path,
) -> None:
    notes, warm, twin = built_twice(tmp_path)
    edits = [
        lambda: (notes / "Lecture 07 - Raft.md").rename(notes / "Raft lecture.md"),
        lambda: (notes / "Wealth of Nations - Book I ch 1.md").unlink(),
        lambda: (notes / "seeds" / "Anatomy of the Micro-Sect.md").write_text(
            (notes / "seeds" / "Anatomy of the Micro-Sect.md")
            .read_text()
            .replace("oppostion", "opposition")
        ),
        lambda: (notes / "New.md").write_text("# New\n\nWhat is new?::This note.\n"),
    ]
    for round_, edit in enumerate(edits, 2):
        copy_previous_build(warm, twin)
        edit()
        kept = build([notes], output=warm, now=round_ * 1_000)
        full = build([notes], output=twin, now=round_ * 1_000, full=True)
        assert warm.read_bytes() == twin.read_bytes()
        assert load_state(state_path(warm)) == load_state(state_path(twin))
        assert [(c.guid, c.status) for c in kept.cards] == [(c.guid, c.status) for c in full.cards]
        assert [str(d) for d in kept.diagnostics] == [str(d) for d in full.diagnostics]
        assert kept.notes_read == full.notes_read and kept.dropped == full.dropped


def test_a_json_state_of_flashgen_0_1_is_moved_into_the_database(tmp_path: Path) -> None:
    """Upgrading keeps every card's identity: a note renamed since keeps its GUIDs (its cards
    change only by their "Open note" link), and the other cards keep the old state's mtimes,
    so Anki sees nothing else as changed."""
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    first = build([notes], output=out, now=1_000)
    state = load_state(state_path(out))
    legacy = {
        "version": 2,
        "vault": state.vault,
        "models": {kind: list(value) for kind, value in state.models.items()},
        "notes": {
            identity: [r.relpath, unpacked(r.fingerprint), r.key, list(r.guids), [], r.dropped]
            for identity, r in state.notes.items()
        },
        "cards": [  # the columns of 0.1: the sixth, the card's text, is read no more
            [*columns[:5], "question | answer", *columns[5:12]]
            for columns in ([getattr(r, f.name) for f in fields(r)] for r in state.cards.values())
        ],
    }
    state_path(out).unlink()
    legacy_state_path(state_path(out)).write_text(json.dumps(legacy), encoding="utf-8")
    (notes / "Lecture 07 - Raft.md").rename(notes / "Raft, lecture 7.md")

    second = build([notes], output=out, now=2_000)
    assert not legacy_state_path(state_path(out)).exists()  # moved, not kept beside
    assert [c.guid for c in second.cards] == [c.guid for c in first.cards]
    raft = sum("Raft" in c.rendered.fields[4] for c in first.cards)
    assert raft > 0
    assert second.cards.statuses() == {"unchanged": len(first.cards) - raft, "changed": raft}
    old = {c.guid: c.mtime for c in first.cards}
    assert all(c.mtime == old[c.guid] for c in second.cards if c.status == "unchanged")


def _settle(notes: Path) -> float:
    """Date every note an hour back, as files a user saved before this build; return when."""
    then = time.time() - 3600
    for note in notes.rglob("*.md"):
        os.utime(note, (then, then))
    return then


def test_a_note_reached_through_a_symlink_is_kept_like_any_other(
    tmp_path: Path, monkeypatch
) -> None:
    """A note found only through a symlink (its file in a folder that is not walked) has
    its target's vault path; an unchanged one is kept, not read again at every build."""
    notes = vault(tmp_path)
    (notes / ".archive").mkdir()
    shutil.move(notes / "The Tyranny of Structurelessness.md", notes / ".archive" / "Freeman.md")
    (notes / "Freeman.md").symlink_to(notes / ".archive" / "Freeman.md")
    out = tmp_path / "out" / "d.apkg"
    first = build([notes], output=out, now=1_000)
    assert ".archive/Freeman.md" in {r.relpath for r in load_state(state_path(out)).notes.values()}
    counted: list[str] = []
    original = making.note_cards
    monkeypatch.setattr(
        making, "note_cards", lambda p, *a: counted.append(p.name) or original(p, *a)
    )
    again = build([notes], output=out, now=2_000)
    assert counted == []
    assert again.cards.statuses() == {"unchanged": len(first.cards)}


def test_a_settled_note_is_not_read_until_its_file_changes(tmp_path: Path, monkeypatch) -> None:
    notes = vault(tmp_path)
    then = _settle(notes)
    fresh = notes / "Fresh.md"
    fresh.write_text("# Fresh\n\nWhat was just written?::This note.\n")
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    recorded = {r.relpath: r.stat for r in load_state(state_path(out)).notes.values()}
    assert recorded.pop("Fresh.md") == ""  # written just now: it could change unseen
    assert len(recorded) == 9 and all(recorded.values())

    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: read.append(p) or original(p))
    again = build([notes], output=out, now=2_000)
    assert [p for p in read if p.suffix == ".md"] == [fresh]
    assert again.cards.statuses() == {"unchanged": len(again.cards)}

    # An edit of the same length whose file is dated back to its old time is still seen: its
    # status time (ctime) moved.
    edited = notes / "Kuhn - The Structure of Scientific Revolutions.md"
    text = edited.read_text()
    assert "puzzle-solving" in text
    edited.write_text(text.replace("puzzle-solving", "puzzle_solving"))
    os.utime(edited, (then, then))
    read.clear()
    result = build([notes], output=out, now=3_000)
    assert sorted(p.name for p in read if p.suffix == ".md") == sorted(
        [edited.name, edited.name, fresh.name]  # edited: hashed, then parsed
    )
    assert result.cards.statuses()["changed"] == 1


def test_a_first_build_reads_each_note_once(tmp_path: Path, monkeypatch) -> None:
    """A note with no status on record is hashed (for its key) and parsed from one read."""
    notes = vault(tmp_path)
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: read.append(p) or original(p))
    build([notes], output=tmp_path / "out" / "d.apkg", now=1_000)
    assert sorted(p for p in read if p.suffix == ".md") == sorted(notes.rglob("*.md"))


def test_a_first_build_sees_each_note_where_it_reads_it(tmp_path: Path, monkeypatch) -> None:
    """A first build of a vault large enough for the process pool: the main process reads
    no note (each is hashed by the worker that parses it), and what the workers saw is what
    a survey sees, so the next build reads none."""
    notes = tmp_path / "vault"
    for copy in range(10):  # 80 notes: as many as make the pool start
        shutil.copytree(EVAL_NOTES, notes / f"copy-{copy}", ignore=shutil.ignore_patterns("*.json"))
    assert len(list(notes.rglob("*.md"))) >= 2 * making.POOL_THRESHOLD
    _settle(notes)
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: read.append(p) or original(p))
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    if (os.cpu_count() or 1) > 1:  # else there is no pool, and the main process reads them
        assert [p for p in read if p.suffix == ".md"] == []  # read in the workers only

    records = load_state(state_path(out)).notes.values()
    assert len(records) == 2 * making.POOL_THRESHOLD
    for record in records:
        path = notes / record.relpath
        assert record.digest == hashlib.sha256(original(path)).hexdigest()
        assert record.stat == incremental.file_status(path, time.time_ns())
    found = survey.survey([notes], {i: r for i, r in load_state(state_path(out)).notes.items()})
    assert len(found.kept) == len(records) and not found.to_see
    again = build([notes], output=out, now=2_000)
    assert [p for p in read if p.suffix == ".md"] == []
    assert again.cards.statuses() == {"unchanged": len(again.cards)}


def test_a_note_leaves_nothing_for_the_cyclic_collector(tmp_path: Path) -> None:
    """A build turns the cyclic collector off (`pipeline._no_cyclic_gc`), in its workers
    too: whatever reading, parsing, extracting and rendering a note makes must be freed by
    reference counting alone, or every note's document stays in a worker's memory (a
    10 000-note build's workers grew to 420 MiB each). The eval notes, the sample and the
    bad inputs, each made twice (the first time loads what is loaded once)."""
    notes = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, notes, ignore=shutil.ignore_patterns("*.json"))
    shutil.copytree(SEEDS, notes / "seeds")
    bad = Path(__file__).resolve().parent / "bad_inputs"
    shutil.copytree(bad, notes / "bad", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    found = survey.survey([notes])
    assert len(found.found) >= 20
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for made_before in (True, False):
            for path, root in found.found:
                files, config = found.files[root], found.configs[root]
                making.note_cards(path, root, files, True, config, True)
            if made_before:
                gc.collect()  # what loading made, once
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize(("release", "version", "reread"), [("0.2.0", "3", 9), ("0.3.0", "4", 0)])
def test_a_state_of_an_earlier_flashgen_is_kept_when_upgrading(
    tmp_path: Path, monkeypatch, release: str, version: str, reread: int
) -> None:
    """0.2.0's keys are of another kind, so every note is read once more; 0.3.0's are kept.
    Either way every card keeps its GUID and its mtime (Anki sees nothing as changed) and
    gets Anki ids in the deck's order, and the next build reads no note."""
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    first = build([notes], output=out, now=1_000)
    with sqlite3.connect(state_path(out)) as db:  # as that release wrote it
        _as_version_6(db)
        if version == "3":
            for column in ("digest", "stat", "embeds"):
                db.execute(f"ALTER TABLE notes DROP COLUMN {column}")
        for index in ("cards_nid", "cards_places", "cards_mtime"):
            db.execute(f"DROP INDEX {index}")
        db.execute(
            "CREATE INDEX cards_packing "
            "ON cards (note, ordinal, missing, guid, mtime, ords, deck, subdeck)"
        )
        db.execute("DROP TABLE unpacked")
        for column in ("nid", "cids"):
            db.execute(f"ALTER TABLE cards DROP COLUMN {column}")
        db.execute("DELETE FROM meta WHERE name IN ('last_id', 'kept')")
        db.execute("UPDATE meta SET value = ? WHERE name = 'version'", (version,))
    kept_files(out)[1].unlink()  # 0.3.0 kept no collection
    parsed: list[Path] = []
    original = making.note_cards
    monkeypatch.setattr(making, "note_cards", lambda p, *a: parsed.append(p) or original(p, *a))
    second = build([notes], output=out, now=2_000)
    assert len(parsed) == reread, release
    assert [(c.guid, c.mtime) for c in second.cards] == [(c.guid, c.mtime) for c in first.cards]
    assert second.cards.statuses() == {"unchanged": len(first.cards)}
    assert all(r.digest for r in load_state(state_path(out)).notes.values())
    with contextlib.closing(sqlite3.connect(state_path(out))) as db:
        ids = [nid for (nid,) in db.execute(
            "SELECT c.nid FROM cards c JOIN notes n ON n.identity = c.note "
            "ORDER BY n.position, c.ordinal"
        )]  # fmt: skip
    assert ids == sorted(set(ids)) and ids[0] > 0
    parsed.clear()
    build([notes], output=out, now=3_000)
    assert parsed == []


def test_a_state_of_flashgen_0_4_gets_the_new_time_index_and_nothing_else(
    tmp_path: Path, monkeypatch
) -> None:
    """0.4 indexed the state's cards by (time, GUID); 0.5 by time alone. Upgrading changes
    that index and nothing else: no note is read again, no card changes, and the deck is the
    one a build of 0.4's state would write."""
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    first = build([notes], output=out, now=1_000)
    written = out.read_bytes()
    out.unlink()  # written again from the upgraded state
    with sqlite3.connect(state_path(out)) as db:  # as 0.4 wrote it
        _as_version_6(db)
        db.execute("DROP INDEX cards_mtime")
        db.execute("CREATE INDEX cards_mtime ON cards (mtime, guid)")
        db.execute("UPDATE meta SET value = '5' WHERE name = 'version'")
    _rebuilt_reading_nothing(notes, out, monkeypatch, len(first.cards), written)
    with contextlib.closing(sqlite3.connect(state_path(out))) as db:
        version = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        index = db.execute("SELECT sql FROM sqlite_master WHERE name = 'cards_mtime'").fetchone()
    assert version == (str(STATE_VERSION),)
    assert index == ("CREATE INDEX cards_mtime ON cards (mtime)",)


def _rebuilt_reading_nothing(
    notes: Path, out: Path, monkeypatch, cards: int, written: bytes
) -> None:
    """A build from an upgraded state reads no note again, changes none of the `cards`, and
    writes the deck `written` before the upgrade."""
    parsed: list[Path] = []
    original = making.note_cards
    monkeypatch.setattr(making, "note_cards", lambda p, *a: parsed.append(p) or original(p, *a))
    second = build([notes], output=out, now=2_000)
    assert parsed == []
    assert second.cards.statuses() == {"unchanged": cards}
    assert out.read_bytes() == written


def _as_version_6(db: sqlite3.Connection) -> None:
    """A state as flashgen 0.4.8 and before kept it: each card's text beside its fields, each
    note's text unpacked, and each card's own link and path."""
    db.execute("ALTER TABLE cards ADD COLUMN text TEXT NOT NULL DEFAULT 'question | answer'")
    note = "(SELECT {} FROM notes n WHERE n.identity = cards.note)"
    db.execute(
        f"UPDATE cards SET flds = substr(flds, 1, length(flds) - 1) || {note.format('link')} "
        "WHERE substr(flds, -2) = char(31, 30)"
    )
    db.execute(f"UPDATE cards SET path = {note.format('path')} WHERE path = char(30)")
    for column in ("link", "path"):
        db.execute(f"ALTER TABLE notes DROP COLUMN {column}")
    rows = db.execute("SELECT identity, fingerprint FROM notes").fetchall()
    db.executemany(
        "UPDATE notes SET fingerprint = ? WHERE identity = ?",
        ((unpacked(packed), identity) for identity, packed in rows),
    )
    db.execute("UPDATE meta SET value = '6' WHERE name = 'version'")


def test_a_state_of_flashgen_0_4_8_drops_the_cards_text_and_packs_the_notes(
    tmp_path: Path, monkeypatch
) -> None:
    """0.4.8 kept each card's text beside its fields and each note's text unpacked. The
    upgrade reads no note again, changes no card, writes the same deck, shrinks the file,
    and a note renamed afterwards is still found by its text."""
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    first = build([notes], output=out, now=1_000)
    written = out.read_bytes()
    out.unlink()
    with sqlite3.connect(state_path(out)) as db:
        _as_version_6(db)
        db.execute("UPDATE cards SET text = substr(flds || flds, 1, 300)")  # as large as it was
    with contextlib.closing(sqlite3.connect(state_path(out))) as db:
        db.execute("VACUUM")
    size_before = state_path(out).stat().st_size
    _rebuilt_reading_nothing(notes, out, monkeypatch, len(first.cards), written)
    assert state_path(out).stat().st_size < size_before
    with contextlib.closing(sqlite3.connect(state_path(out))) as db:
        version = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        columns = [row[1] for row in db.execute("PRAGMA table_info(cards)")]
    assert version == (str(STATE_VERSION),)
    assert "text" not in columns
    (notes / "Lecture 07 - Raft.md").rename(notes / "Raft, lecture 7.md")
    third = build([notes], output=out, now=3_000)
    assert [c.guid for c in third.cards] == [c.guid for c in first.cards]


def _deck_fields(deck: Path) -> list[str]:
    """Every note's fields in a deck, as Anki stores them."""
    with zipfile.ZipFile(deck) as archive, tempfile.TemporaryDirectory() as scratch:
        collection = Path(archive.extract("collection.anki2", scratch))
        with contextlib.closing(sqlite3.connect(collection)) as db:
            return [flds for (flds,) in db.execute("SELECT flds FROM notes ORDER BY id")]


def test_a_deck_of_the_same_cards_is_left_as_it_is(tmp_path: Path) -> None:
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    first = build([notes], output=out, now=1_000)
    written, before = out.read_bytes(), out.stat()
    again = build([notes], output=out, now=2_000)
    after = out.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert again.cards.statuses() == {"unchanged": len(first.cards)}

    out.unlink()  # a deck that is gone is written again: the same bytes
    build([notes], output=out, now=3_000)
    assert out.read_bytes() == written

    # No note changed, but a rejected card leaves the deck.
    rejected = runner.invoke(app, ["reject", "workers' party", "-o", str(out), "--yes"])
    assert rejected.exit_code == 0, rejected.output
    build([notes], output=out, now=4_000)
    assert len(_deck_fields(out)) == len(first.cards) - 1


def test_a_deck_not_written_after_its_cards_changed_is_written_next_build(
    tmp_path: Path, monkeypatch
) -> None:
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    edited = notes / "Kuhn - The Structure of Scientific Revolutions.md"
    edited.write_text(edited.read_text().replace("puzzle-solving", "solving puzzles"))

    def full_disk(*_: object, **__: object) -> None:
        raise OSError("No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "write_apkg", full_disk)
        with pytest.raises(OSError):
            build([notes], output=out, now=2_000)  # the state is written, the deck is not
    assert not any("solving puzzles" in fields for fields in _deck_fields(out))
    build([notes], output=out, now=3_000)  # no note changed since
    assert any("solving puzzles" in fields for fields in _deck_fields(out))


def test_an_embed_is_looked_for_once_a_build_however_many_notes_embed_it(
    tmp_path: Path, monkeypatch
) -> None:
    """Notes of one folder that embed the same image ask the file system about each place
    it could be once a build, not once a note; every note's card still shows it, and the
    next build asks again (an image may have come or gone since)."""
    notes = tmp_path / "vault"
    (notes / "attachments").mkdir(parents=True)
    (notes / "reading").mkdir()
    (notes / "attachments" / "figure.png").write_bytes(_png(red=10))
    for number in range(4):
        (notes / "reading" / f"note {number}.md").write_text(
            f"# Note {number}\n\n## Stars\n\nStar {number}::A sun of type G\n\n![[figure.png]]\n"
        )
    asked: list[Path] = []
    looked_up = media._in_vault
    monkeypatch.setattr(
        media, "_in_vault", lambda root, path: asked.append(path) or looked_up(root, path)
    )
    out = tmp_path / "out" / "d.apkg"
    for now in (1_000, 2_000):
        build([notes], output=out, now=now, full=True)
        fields = _deck_fields(out)
        assert len(fields) == 4 and all("<img src=" in f for f in fields)
        # each place once: the note's folder, the vault's root, then attachments/
        assert sorted(Counter(asked).values()) == [1, 1, 1]
        asked.clear()


def test_an_embed_is_looked_at_again_when_a_file_it_could_resolve_to_appears(
    tmp_path: Path,
) -> None:
    """`VaultFiles.named` covers every file `resolve_embed` could pick, however the link is
    written (a leading `./` or `.` is dropped when it is looked for as a vault path)."""
    notes = tmp_path / "vault"
    (notes / "sub").mkdir(parents=True)
    note = notes / "note.md"
    note.write_text("![[.figure.png]]\n")
    for link in (".figure.png", "./figure.png", "sub/figure.png", "figure.png#part"):
        before = VaultFiles.scan(notes)
        assert resolve_embed(Span("embed", "", link), note, before) is None
        (notes / "sub" / "figure.png").write_bytes(_png(red=10))
        after = VaultFiles.scan(notes)
        assert resolve_embed(Span("embed", "", link), note, after) is not None
        assert after.named(link) != before.named(link), link
        (notes / "sub" / "figure.png").unlink()


def _rows(collection: Path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(collection)) as db:
        tables = ("notes", "cards")
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


def test_an_edit_patches_the_kept_collection_and_its_cards_keep_their_ids(tmp_path: Path) -> None:
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    kept = kept_files(out)[1]
    before, inode = _rows(kept), kept.stat().st_ino
    edited = notes / "Kuhn - The Structure of Scientific Revolutions.md"
    edited.write_text(edited.read_text().replace("puzzle-solving", "solving puzzles"))
    (notes / "New.md").write_text("# New\n\nWhat is new?::This note.\n", encoding="utf-8")
    build([notes], output=out, now=2_000)
    after = _rows(kept)
    assert kept.stat().st_ino == inode  # patched where it lies, not written again
    with zipfile.ZipFile(out) as archive:
        assert archive.read("collection.anki2") == kept.read_bytes()
    changed = {row[0] for row in set(after["notes"]) ^ set(before["notes"])}  # note ids
    old_ids = {row[1]: row[0] for row in before["notes"]}  # guid -> id
    new_ids = {row[1]: row[0] for row in after["notes"]}
    assert all(new_ids[guid] == nid for guid, nid in old_ids.items())  # no card renumbered
    added = set(new_ids) - set(old_ids)
    assert len(added) == 1 and new_ids[added.pop()] > max(old_ids.values())
    assert len(changed) == 2  # the edited card's note (its text and mtime), and the new one


def test_a_dropped_card_leaves_no_trace_in_the_kept_collection(tmp_path: Path) -> None:
    notes = tmp_path / "vault"
    notes.mkdir()
    secret = "Zanzibar-quokka-4417"
    # Long enough to be stored on pages of its own, which deleting the row frees.
    long_answer = " ".join([secret] * 2_000)
    (notes / "a.md").write_text(f"# A\n\nWhat is kept?::This.\n\nWhat goes?::{long_answer}\n")
    for number in range(30):  # the rest of the deck, so it is patched rather than rewritten
        cards = "".join(f"Question {number}-{i}?::{'answer ' * 60}{i}\n\n" for i in range(10))
        (notes / f"other {number}.md").write_text(f"# Other {number}\n\n{cards}")
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    kept = kept_files(out)[1]
    assert secret.encode() in kept.read_bytes()
    (notes / "a.md").write_text("# A\n\nWhat is kept?::This.\n")
    for round_ in range(2, 2 + 5):  # until the orphan is dropped
        build([notes], output=out, now=round_ * 1_000)
    assert len(_rows(kept)["notes"]) == 301
    assert secret.encode() not in kept.read_bytes()
    with zipfile.ZipFile(out) as archive:
        assert secret.encode() not in archive.read("collection.anki2")


def test_a_kept_collection_changed_by_anyone_else_is_written_afresh(
    tmp_path: Path, collection
) -> None:
    notes, out, twin = built_twice(tmp_path)
    copy_previous_build(out, twin)
    kept_files(twin)[1].unlink()  # the twin has none: it writes its collection afresh
    kept = kept_files(out)[1]
    with contextlib.closing(sqlite3.connect(kept)) as db, db:
        db.execute("DELETE FROM notes WHERE id = (SELECT min(id) FROM notes)")
    edited = notes / "Kuhn - The Structure of Scientific Revolutions.md"
    edited.write_text(edited.read_text().replace("puzzle-solving", "solving puzzles"))
    result = build([notes], output=out, now=2_000)
    build([notes], output=twin, now=2_000)
    assert out.read_bytes() == twin.read_bytes()
    assert len(import_apkg(collection, out).new) == len(result.cards)


def test_a_kept_collection_mostly_free_pages_is_written_afresh_compact(tmp_path: Path) -> None:
    notes = tmp_path / "vault"
    notes.mkdir()
    (notes / "kept.md").write_text("# Kept\n\nWhat is kept?::This.\n")
    cards = "".join(f"Question {i}?::{'answer ' * 30}{i}\n\n" for i in range(300))
    (notes / "big.md").write_text(f"# Big\n\n{cards}")
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    kept = kept_files(out)[1]
    size = kept.stat().st_size
    (notes / "big.md").unlink()
    for round_ in range(2, 2 + 5):  # until its orphans are dropped
        build([notes], output=out, now=round_ * 1_000)
    with contextlib.closing(sqlite3.connect(kept)) as db:
        assert db.execute("PRAGMA freelist_count").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM notes").fetchone() == (1,)
    assert kept.stat().st_size < size
