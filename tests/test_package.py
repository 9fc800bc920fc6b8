"""The package's zip: the collection is deflated in slices on every core and the slices
joined into one stream. Anki must read the joined stream, and the bytes must not depend on
how many cores did the work."""

from __future__ import annotations

import dataclasses
import pickle
import shutil
import zipfile
from pathlib import Path

import pytest

from flashgen import deck_zip
from flashgen.identify import Identifier
from flashgen.incremental import NO_DRAFT
from flashgen.making import note_cards
from flashgen.media import VaultFiles
from flashgen.model import Span
from flashgen.pipeline import build
from flashgen.state_records import CardRecord
from tests.conftest import EVAL_NOTES, import_apkg


def test_a_collection_deflated_in_many_slices_is_the_same_deck_on_any_number_of_cores(
    tmp_path: Path, monkeypatch, collection
) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    monkeypatch.setattr(deck_zip, "DEFLATE_SLICE", 64 << 10)  # many slices, even here
    decks = {}
    for cores in (1, 2, 3):
        monkeypatch.setattr(deck_zip.os, "cpu_count", lambda cores=cores: cores)
        output = tmp_path / f"on-{cores}-cores" / "d.apkg"
        result = build([vault], output=output, now=1_000)
        decks[cores] = output.read_bytes()
    assert decks[1] == decks[2] == decks[3]

    with zipfile.ZipFile(output) as archive:
        assert archive.testzip() is None
        stored = archive.getinfo("collection.anki2")
        assert stored.compress_type == zipfile.ZIP_DEFLATED
        assert stored.file_size > 4 * deck_zip.DEFLATE_SLICE  # joined from several streams
    log = import_apkg(collection, output)
    assert len(log.new) == len(result.cards) > 0
    fronts = {collection.get_note(n).fields[0] for n in collection.find_notes("")}
    assert fronts == {card.rendered.fields[0] for card in result.cards}


def test_a_rebuild_copies_the_unchanged_slices_of_the_last_deck_and_gives_the_same_bytes(
    tmp_path: Path, monkeypatch, collection
) -> None:
    """After an edit, the slices of the collection that did not change are copied from the
    deck written last, not deflated again: the deck is byte for byte the one deflated whole,
    and Anki reads it."""
    vault = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    monkeypatch.setattr(deck_zip, "DEFLATE_SLICE", 4 << 10)  # many slices, even here
    output = tmp_path / "out" / "d.apkg"
    build([vault], output=output, now=1_000)
    note = sorted(vault.glob("*.md"))[0]
    note.write_text(note.read_text() + "\n\nThe author argues that revision needs **care**.\n")
    whole = tmp_path / "whole" / "d.apkg"
    shutil.copytree(output.parent, whole.parent)  # the same state and kept collection
    whole.unlink()  # but no deck to copy slices from

    reused: list[bool] = []
    looked_up = deck_zip.OldSlices.stream

    def stream(self, place: int, checks: tuple[int, int, int]) -> bytes | None:
        found = looked_up(self, place, checks)
        reused.append(found is not None)
        return found

    monkeypatch.setattr(deck_zip.OldSlices, "stream", stream)
    result = build([vault], output=output, now=2_000)
    copied, slices = sum(reused), len(reused) + 1  # the last slice is never looked up
    build([vault], output=whole, now=2_000)

    # An edit rewrites a few pages of each table of this small collection (68 slices, 53
    # copied when written); in a large one, a few of many.
    assert slices > 20 and slices // 2 <= copied < slices - 1
    assert output.read_bytes() == whole.read_bytes()
    with zipfile.ZipFile(output) as archive:
        assert archive.testzip() is None  # every entry's bytes match its CRC-32
    log = import_apkg(collection, output)
    assert len(log.new) == len(result.cards) > 0


@pytest.mark.parametrize("damage", ["bytes changed", "cut short", "not a zip"])
def test_a_last_deck_changed_since_it_was_written_gives_no_wrong_slice(
    tmp_path: Path, monkeypatch, damage: str
) -> None:
    """A deck changed by anything but flashgen since it was written (a byte of a deflated
    slice, cut short, replaced) gives the next build only the slices that still read back as
    listed: the deck written is still the one deflated whole."""
    vault = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    monkeypatch.setattr(deck_zip, "DEFLATE_SLICE", 4 << 10)
    output = tmp_path / "out" / "d.apkg"
    build([vault], output=output, now=1_000)
    note = sorted(vault.glob("*.md"))[0]
    note.write_text(note.read_text() + "\n\nThe author argues that revision needs **care**.\n")
    whole = tmp_path / "whole" / "d.apkg"
    shutil.copytree(output.parent, whole.parent)
    whole.unlink()
    deck = bytearray(output.read_bytes())
    if damage == "bytes changed":  # a byte in each slice's deflated stream
        with zipfile.ZipFile(output) as archive:
            slices = deck_zip.listed_slices(archive.comment)
        start = 30 + len("collection.anki2")
        for *_, packed, _ in slices[:-1]:
            deck[start + packed // 2] ^= 0xFF
            start += packed
    elif damage == "cut short":
        deck = deck[: len(deck) // 2]
    else:
        deck = bytearray(b"not a zip at all")
    output.write_bytes(bytes(deck))

    build([vault], output=output, now=2_000)
    build([vault], output=whole, now=2_000)
    assert output.read_bytes() == whole.read_bytes()
    with zipfile.ZipFile(output) as archive:
        assert archive.testzip() is None


def test_a_notes_cards_come_back_from_a_worker_process_whole() -> None:
    """Cards cross from the pool's workers pickled by their fields (model.py): every value
    comes back equal, of its own class."""
    for path in sorted(EVAL_NOTES.glob("*.md")):
        made = note_cards(path, EVAL_NOTES, VaultFiles.scan(EVAL_NOTES), light=True)
        back = pickle.loads(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == made and type(back.rendered[0].draft) is type(made.rendered[0].draft)
        assert back.note == made.note and back.diagnostics == made.diagnostics


def test_a_card_sent_without_its_draft_is_identified_as_with_it() -> None:
    """A build's worker sends each card without its draft (`incremental.lightened`): the
    card's anchor, path and line are its draft's, and it gets the same record."""
    files = VaultFiles.scan(EVAL_NOTES)
    for path in sorted(EVAL_NOTES.glob("*.md")):
        whole = note_cards(path, EVAL_NOTES, files)
        light = note_cards(path, EVAL_NOTES, files, light=True)
        assert all(card.draft is NO_DRAFT for card in light.rendered)
        assert [(c.anchor, c.path, c.line) for c in light.rendered] == [
            (c.draft.anchor, c.draft.path, c.draft.line) for c in whole.rendered
        ]
        made = [
            Identifier(lambda _: {}, 1_000, first_build=True).note("n", result.rendered, 500)
            for result in (whole, light)
        ]
        assert [record for _, record in made[0]] == [record for _, record in made[1]]
        assert made[0], path


def test_records_filled_slot_by_slot_are_still_frozen_dataclasses() -> None:
    """`model.quickly_made` replaces the generated `__init__`: defaults, keywords, missing
    arguments, equality, `replace` and frozenness must be those of the dataclass."""
    span = Span("text", "a")
    assert (span.target, span.marks) == ("", frozenset())
    assert Span(text="a", kind="text") == span
    assert dataclasses.replace(span, target="t") == Span("text", "a", "t")
    with pytest.raises(TypeError):
        Span("text")  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.text = "b"  # type: ignore[misc]
    record = CardRecord("g", "n", "a", "h", 1, cids=(2,))
    assert (record.model, record.cids, record.nid) == ("basic", (2,), 0)
