"""Incremental builds: unchanged notes are not read again (their cards come from the previous
build), and the deck is the same, byte for byte, as a full build of the same notes from the
same previous state."""

from __future__ import annotations

import json
import shutil
from dataclasses import fields
from pathlib import Path

from flashgen import pipeline
from flashgen.pipeline import build
from flashgen.state import legacy_state_path, load_state, state_path
from tests.conftest import EVAL_NOTES, SEEDS


def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, folder, ignore=shutil.ignore_patterns("*.json"))
    shutil.copytree(SEEDS, folder / "seeds")
    return folder


def test_incremental_build_equals_a_full_build(tmp_path: Path, monkeypatch) -> None:
    notes = vault(tmp_path)
    warm = tmp_path / "warm" / "d.apkg"
    build([notes], output=warm, now=1_000)
    twin = tmp_path / "cold" / "d.apkg"
    twin.parent.mkdir()
    shutil.copy(state_path(warm), state_path(twin))  # the same previous state

    edited = notes / "Kuhn - The Structure of Scientific Revolutions.md"
    edited.write_text(edited.read_text().replace("puzzle-solving", "solving puzzles"))
    parsed: list[Path] = []
    original = pipeline.note_cards

    def counting(path: Path, *args, **kwargs):
        parsed.append(path)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "note_cards", counting)
    result = build([notes], output=warm, now=2_000)
    assert parsed == [edited]  # only the edited note was read again
    assert sum(card.status == "changed" for card in result.cards) == 1
    parsed.clear()
    build([notes], output=twin, now=2_000, full=True)
    assert len(parsed) == 9  # a full build: every note
    assert warm.read_bytes() == twin.read_bytes()


def test_a_code_change_or_new_vault_file_makes_every_note_read_again(
    tmp_path: Path, monkeypatch
) -> None:
    notes = vault(tmp_path)
    out = tmp_path / "out" / "d.apkg"
    build([notes], output=out, now=1_000)
    (notes / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # embeds may now resolve anew
    counted: list[Path] = []
    original = pipeline.note_cards
    monkeypatch.setattr(pipeline, "note_cards", lambda p, *a: counted.append(p) or original(p, *a))
    build([notes], output=out, now=2_000)
    assert len(counted) == 9


def test_kept_notes_give_the_full_builds_deck_through_renames_deletions_and_edits(
    tmp_path: Path,
) -> None:
    notes = vault(tmp_path)
    warm = tmp_path / "warm" / "d.apkg"
    twin = tmp_path / "cold" / "d.apkg"
    twin.parent.mkdir()
    build([notes], output=warm, now=1_000)
    edits = [
        lambda: (notes / "Lecture 07 - Raft.md").rename(notes / "Raft lecture.md"),
        lambda: (notes / "Wealth of Nations - Book I ch 1.md").unlink(),
        lambda: (notes / "seeds" / "Anatomy of the Micro-Sect.md").write_text(
            (notes / "seeds" / "Anatomy of the Micro-Sect.md")
            .read_text()
            .replace("persepective", "perspective")
        ),
        lambda: (notes / "New.md").write_text("# New\n\nWhat is new?::This note.\n"),
    ]
    for round_, edit in enumerate(edits, 2):
        shutil.copy(state_path(warm), state_path(twin))  # the same previous state
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
            identity: [r.relpath, r.fingerprint, r.key, list(r.guids), [], r.dropped]
            for identity, r in state.notes.items()
        },
        "cards": [  # the columns of 0.1
            [getattr(record, f.name) for f in fields(record)][:13]
            for record in state.cards.values()
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
