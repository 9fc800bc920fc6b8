"""Reversed definition cards (`reverse = true`, front matter `flashgen-reverse`), checked
through real Anki: imported as `.apkg` and synced through AnkiConnect over a real
collection. Turning them on adds the reverse direction beside the definitions, whose cards
and reviews stay as they were; turning them off takes away the reverse direction only."""

from __future__ import annotations

import shutil
from pathlib import Path

from anki.collection import Collection

from flashgen.deliver.sync import sync
from flashgen.extract.reverse import reverse_of
from flashgen.identify import ORPHAN_TAG
from flashgen.making import collect
from flashgen.parse.inline import plain_text
from flashgen.pipeline import build
from tests.conftest import EVAL_NOTES, import_apkg, render_all, review_everything
from tools.ankiconnect_server import AnkiConnectServer


def reversing(vault: Path, on: bool) -> None:
    (vault / "flashgen.toml").write_text(f"reverse = {str(on).lower()}\n", encoding="utf-8")


def scheduling(col: Collection) -> dict[int, tuple[int, int, int, int]]:
    """Each card's note, reviews, interval and due day, by card id."""
    return {
        card_id: (card.nid, card.reps, card.ivl, card.due)
        for card_id in col.find_cards("")
        for card in [col.get_card(card_id)]
    }


def test_reverses_ask_each_definition_the_other_way_and_leave_the_rest_alone(
    vault: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shutil.copytree(EVAL_NOTES, shared, ignore=shutil.ignore_patterns("*.json"))
    for folder in (vault, shared):
        plain = collect([folder]).rendered
        reversing(folder, True)
        both = collect([folder]).rendered
        reverses = [c for c in both if c.anchor.startswith("reverse:")]
        forward = {c.anchor: c for c in plain}
        # Every other card is made exactly as before.
        assert [c for c in both if not c.anchor.startswith("reverse:")] == list(plain)
        assert reverses
        for card in reverses:
            definition = forward[card.anchor.removeprefix("reverse:")]
            assert definition.draft.kind in ("definition", "concept")
            assert card.tags[-2:] == ("flashgen::reversed", f"flashgen::{definition.draft.kind}")
            # The definition's answer is the question; its term is the answer, and the
            # question does not give it away.
            meaning = definition.draft.back[0][0].text.strip()[:30]
            assert meaning in card.draft.question
            term = card.draft.back[0]
            assert "".join(s.text for s in term).lower() not in card.draft.question.lower()
        # Every definition of one term and one meaning has its reverse, unless the reverse
        # would give its answer away (the meaning or the title says the term): the lints
        # drop those.
        expected = set()
        for card in plain:
            reverse = reverse_of(card.draft)
            if reverse is not None:
                term = plain_text(reverse.back[0]).lower()
                if term not in reverse.question.lower():
                    expected.add(reverse.anchor)
        assert {c.anchor for c in reverses} == expected
    # The sample: its three concepts and its one definition.
    assert sum(c.anchor.startswith("reverse:") for c in collect([vault]).rendered) == 4


def test_a_notes_front_matter_turns_reverses_on_or_off_for_it(vault: Path) -> None:
    note = next(vault.glob("*.md"))
    text = note.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    note.write_text("---\nflashgen-reverse: true\n" + text[4:], encoding="utf-8")
    assert sum(c.anchor.startswith("reverse:") for c in collect([vault]).rendered) == 4
    reversing(vault, True)
    note.write_text("---\nflashgen-reverse: false\n" + text[4:], encoding="utf-8")
    assert not any(c.anchor.startswith("reverse:") for c in collect([vault]).rendered)


def test_turned_on_for_a_deck_in_anki_reverses_are_added_and_reviews_kept(
    vault: Path, tmp_path: Path, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    build([vault], output=out, now=1_000)
    import_apkg(collection, out)
    review_everything(collection)
    before = scheduling(collection)
    notes_before = set(collection.find_notes(""))
    assert all(reps == 1 for _, reps, _, _ in before.values())

    reversing(vault, True)
    second = build([vault], output=out, now=2_000)
    assert second.cards.statuses() == {"unchanged": len(notes_before), "new": 4}
    log = import_apkg(collection, out)
    assert len(log.new) == 4 and not log.updated
    after = scheduling(collection)
    # Every card that was there is the same card, with the same reviews and schedule.
    assert {cid: after[cid] for cid in before} == before
    added = set(collection.find_notes("")) - notes_before
    assert len(added) == 4
    # Anki renders each reverse: the meaning asked, the term as the answer.
    shown = {r.note_id: r for r in render_all(collection)}
    for note_id in added:
        card = shown[note_id]
        assert "which term" in card.question_text
        assert "flashgen::reversed" in card.tags
    party = next(shown[n] for n in added if "political arm" in shown[n].question_text)
    assert "workers' party" in party.answer_text and "workers' party" not in party.question_text

    # Turned off: the reverses are orphaned (tagged, for the user to delete in Anki); the
    # definitions and every other card are not touched.
    reversing(vault, False)
    build([vault], output=out, now=3_000)
    log = import_apkg(collection, out)
    assert {u.id.nid for u in log.updated} == added
    assert {cid: v for cid, v in scheduling(collection).items() if cid in before} == before
    for note_id in added:
        assert ORPHAN_TAG in collection.get_note(note_id).tags
    for note_id in notes_before:
        assert ORPHAN_TAG not in collection.get_note(note_id).tags


def test_by_sync_reverses_are_added_then_deleted_and_nothing_else_moves(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    sync([vault], url=anki.url, output=out, now=1_000)
    review_everything(collection)
    before = scheduling(collection)

    reversing(vault, True)
    on = sync([vault], url=anki.url, output=out, now=2_000)
    assert len(on.plan.add) == 4 and not on.plan.changes and not on.plan.delete
    assert {cid: v for cid, v in scheduling(collection).items() if cid in before} == before
    assert len(collection.find_notes("tag:flashgen::reversed")) == 4

    # Turned off: tagged as orphans, or deleted with --delete-orphans; nothing else moves.
    reversing(vault, False)
    off = sync([vault], url=anki.url, output=out, now=3_000)
    assert len(off.plan.orphan) == 4 and not off.plan.add and not off.plan.changes
    assert len(collection.find_notes(f"tag:{ORPHAN_TAG} tag:flashgen::reversed")) == 4
    gone = sync([vault], url=anki.url, output=out, now=4_000, delete_orphans=True)
    assert len(gone.plan.delete) == 4 and not gone.plan.add and not gone.plan.changes
    assert scheduling(collection) == before
    assert not collection.find_notes("tag:flashgen::reversed")
