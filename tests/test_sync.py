"""`flashgen sync` against an AnkiConnect server on 127.0.0.1 whose every action is carried
out by the real `anki` backend on a real collection (tools/ankiconnect_server.py)."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

from anki.collection import Collection
from typer.testing import CliRunner

from flashgen.cli import app
from flashgen.deliver.anki_view import REJECT_TAG
from flashgen.deliver.sync import sync
from flashgen.deliver.sync_map import sync_map_path
from flashgen.identify import ORPHAN_TAG
from flashgen.making import collect
from flashgen.pipeline import build
from tests.conftest import (
    FIXTURES,
    SAMPLE_ANKI_CARDS,
    SAMPLE_CARDS,
    SAMPLE_NOTE,
    import_apkg,
    review_everything,
)
from tools.ankiconnect_server import AnkiConnectServer

runner = CliRunner()


def flashgen_notes(col: Collection) -> dict[int, list[str]]:
    """Note id → fields, for every note of flashgen's note types."""
    ids = col.find_notes('"note:flashgen basic" OR "note:flashgen cloze"')
    return {int(i): list(col.get_note(i).fields) for i in ids}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_first_sync_then_no_change_then_one_edit(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    first = sync([vault], url=anki.url, output=out, deck_name="Reading", now=1_000)
    assert len(first.plan.add) == first.cards == SAMPLE_CARDS
    assert first.requests <= 6
    notes = flashgen_notes(collection)
    assert len(notes) == SAMPLE_CARDS and collection.card_count() == SAMPLE_ANKI_CARDS
    assert collection.decks.id_for_name("Reading") is not None
    # The note types are flashgen's: same fields, templates and CSS as in the .apkg.
    basic = collection.models.by_name("flashgen basic")
    assert basic is not None
    assert [f["name"] for f in basic["flds"]] == ["Front", "Back", "Context", "Source", "Link"]
    assert "nightMode" in basic["css"]
    cloze = collection.models.by_name("flashgen cloze")
    assert cloze is not None and cloze["type"] == 1
    # Anki renders the cloze cards it made from our fields.
    cloze_card = collection.get_card(collection.find_cards('"note:flashgen cloze"')[0])
    assert "cloze" in cloze_card.question() and "[...]" in cloze_card.question()
    reviews = review_everything(collection)
    assert reviews == SAMPLE_ANKI_CARDS

    writes_before = anki.writes
    again = sync([vault], url=anki.url, output=out, deck_name="Reading", now=2_000)
    assert anki.writes == writes_before  # nothing written at all
    assert len(again.plan.unchanged) == SAMPLE_CARDS and again.plan.writes == 0
    assert again.requests <= 3

    edit(vault / SAMPLE_NOTE.name, "oppostion", "opposition")
    edited = sync([vault], url=anki.url, output=out, deck_name="Reading", now=3_000)
    assert not edited.plan.add and len(edited.plan.changes) == 1
    assert anki.writes == writes_before + 1  # one updateNoteFields
    after = flashgen_notes(collection)
    assert after.keys() == notes.keys()  # updated in place, nothing new
    changed = [i for i in notes if after[i] != notes[i]]
    assert len(changed) == 1 and "opposition" in " ".join(after[changed[0]])
    assert collection.db.scalar("select count() from revlog") == reviews  # reviews kept
    assert all(collection.get_card(c).reps == 1 for c in collection.find_cards(""))


def test_removed_source_is_listed_then_deleted_with_the_flag(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    other = vault / "Paradigm.md"
    shutil.copy(FIXTURES / "eval" / "concepts" / "Paradigm.md", other)
    sync([vault], url=anki.url, output=out, now=1_000)
    total = len(flashgen_notes(collection))
    made = len(collect([other]).rendered)
    other.unlink()

    listed = runner.invoke(app, ["sync", str(vault), "--url", anki.url, "-o", str(out)])
    assert listed.exit_code == 0, listed.output
    orphan_lines = [line for line in listed.output.splitlines() if line.startswith("orphan ")]
    assert len(orphan_lines) == made >= 1  # each card Paradigm.md made
    assert all("(source gone;" in line for line in orphan_lines)
    tagged = collection.find_notes(f"tag:{ORPHAN_TAG}")
    assert len(tagged) == made and len(flashgen_notes(collection)) == total  # kept, tagged

    writes = anki.writes
    quiet = sync([vault], url=anki.url, output=out, now=2_000)
    assert anki.writes == writes and not quiet.plan.orphan  # tagged once, not every sync

    deleted = runner.invoke(
        app, ["sync", str(vault), "--url", anki.url, "-o", str(out), "--delete-orphans"]
    )
    assert deleted.exit_code == 0, deleted.output
    assert f"{made} deleted" in deleted.output
    assert len(flashgen_notes(collection)) == total - made
    assert not collection.find_notes(f"tag:{ORPHAN_TAG}")
    mapped = json.loads(sync_map_path(out).read_text())["notes"]
    assert len(mapped) == total - made


def test_notes_rejected_in_anki_stay_gone(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    sync([vault], url=anki.url, output=out, now=1_000)
    notes = flashgen_notes(collection)
    deleted_id, tagged_id = sorted(notes)[3], sorted(notes)[7]
    deleted_front = notes[deleted_id][0]
    collection.remove_notes([deleted_id])  # the user deletes one card on the phone
    tagged = collection.get_note(tagged_id)
    tagged.tags.append(REJECT_TAG)  # and tags another
    collection.update_note(tagged)

    report = sync([vault], url=anki.url, output=out, now=2_000)
    assert len(report.rejected) == 2 and not report.plan.add  # not re-created
    assert deleted_id not in flashgen_notes(collection)
    listed = runner.invoke(app, ["reject", "--list", "-o", str(out)])
    assert "2 rejected cards" in listed.output
    assert {r.guid for r in report.rejected} <= set(listed.output.split())

    # Notes edited, synced again: still gone, and every other note untouched.
    edit(vault / SAMPLE_NOTE.name, "oppostion", "opposition")
    later = sync([vault], url=anki.url, output=out, now=3_000)
    assert not later.plan.add and not later.rejected
    fronts = [fields[0] for fields in flashgen_notes(collection).values()]
    assert deleted_front not in fronts
    # The tagged note's source is rejected: it is treated like a card whose source left.
    assert tagged_id in collection.find_notes(f"tag:{ORPHAN_TAG}")
    assert len(flashgen_notes(collection)) == len(notes) - 1
    plan = runner.invoke(
        app,
        ["sync", str(vault), "--url", anki.url, "-o", str(out), "--delete-orphans", "--dry-run"],
    )
    (line,) = [line for line in plan.output.splitlines() if line.startswith("delete ")]
    assert line.endswith("(rejected)")


def test_dry_run_writes_nothing(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    result = runner.invoke(
        app, ["sync", str(vault), "--url", anki.url, "-o", str(out), "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    added = [line for line in result.output.splitlines() if line.startswith("add ")]
    assert len(added) == SAMPLE_CARDS
    assert any("[…]" in line for line in added) and not any("{{c" in a for a in added)
    assert "dry run: nothing written" in result.output
    assert anki.writes == 0 and collection.note_count() == 0
    assert not out.exists() and not sync_map_path(out).exists()


def test_media_goes_through_store_media_file(
    tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(FIXTURES / "media_vault", vault)
    sync([vault], url=anki.url, output=tmp_path / "out" / "d.apkg", now=1_000)
    stored = sorted(p.name for p in Path(collection.media.dir()).iterdir())
    assert len(stored) == 2 and anki.calls["storeMediaFile"] == 2
    answers = " ".join(collection.get_card(c).answer() for c in collection.find_cards(""))
    for name in stored:
        assert f'src="{name}"' in answers
    calls = anki.calls["storeMediaFile"]
    sync([vault], url=anki.url, output=tmp_path / "out" / "d.apkg", now=2_000)
    assert anki.calls["storeMediaFile"] == calls  # already there: not sent again


def test_apkg_imported_first_is_adopted_not_duplicated(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    build([vault], output=out, now=1_000)
    import_apkg(collection, out)
    reviews = review_everything(collection)
    report = sync([vault], url=anki.url, output=out, now=2_000)
    assert not report.plan.add and len(report.plan.changes) == SAMPLE_CARDS
    assert all(change.adopted for change in report.plan.changes)
    assert len(flashgen_notes(collection)) == SAMPLE_CARDS
    assert collection.db.scalar("select count() from revlog") == reviews
    writes = anki.writes
    sync([vault], url=anki.url, output=out, now=3_000)
    assert anki.writes == writes


def test_template_change_updates_the_note_type_in_place(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection, monkeypatch
) -> None:
    out = tmp_path / "out" / "d.apkg"
    sync([vault], url=anki.url, output=out, now=1_000)
    model_id = collection.models.id_for_name("flashgen basic")
    templates = tmp_path / "templates"
    shutil.copytree(Path(__file__).resolve().parent.parent / "card_templates", templates)
    (templates / "style.css").write_text("/* changed */\n" + (templates / "style.css").read_text())
    monkeypatch.setattr("flashgen.templates.templates_dir", lambda: templates)
    report = sync([vault], url=anki.url, output=out, now=2_000)
    assert len(report.plan.update_models) == 2 and not report.plan.add
    collection.models._clear_cache()
    assert collection.models.id_for_name("flashgen basic") == model_id
    assert (collection.models.by_name("flashgen basic") or {})["css"].startswith("/* changed */")
    assert len(collection.models.all_names_and_ids()) == len(
        {m.name for m in collection.models.all_names_and_ids()}
    )


def test_a_foreign_note_type_with_our_name_is_not_overwritten(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    models = collection.models
    model = models.new("flashgen basic")
    models.add_field(model, models.new_field("Question"))
    template = models.new_template("Card 1")
    template["qfmt"], template["afmt"] = "{{Question}}", "{{Question}}"
    models.add_template(model, template)
    models.add(model)
    result = runner.invoke(
        app, ["sync", str(vault), "--url", anki.url, "-o", str(tmp_path / "d.apkg")]
    )
    assert result.exit_code == 1
    assert "flashgen basic" in result.output and "fields" in result.output
    assert anki.writes == 0


def test_anki_not_reachable(vault: Path, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    result = runner.invoke(app, ["sync", str(vault), "--url", url, "-o", str(tmp_path / "d.apkg")])
    assert result.exit_code == 1
    assert f"cannot reach Anki at {url}" in result.output
    assert "AnkiConnect" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "d.apkg").exists()  # nothing built for nothing


def test_something_that_is_not_ankiconnect(vault: Path, tmp_path: Path) -> None:
    from http.server import BaseHTTPRequestHandler, HTTPServer
    from threading import Thread

    class NotAnki(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html>hello</html>")

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), NotAnki)
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        result = runner.invoke(
            app, ["sync", str(vault), "--url", url, "-o", str(tmp_path / "d.apkg")]
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1 and "not as AnkiConnect" in result.output


def test_a_wrong_path_never_orphans_everything(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    sync([vault], url=anki.url, output=out, now=1_000)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(
        app, ["sync", str(empty), "--url", anki.url, "-o", str(out), "--delete-orphans"]
    )
    assert result.exit_code == 1 and "no notes found; nothing synced" in result.output
    assert len(flashgen_notes(collection)) == SAMPLE_CARDS


def test_a_note_moved_to_another_deck_moves_its_cards_and_keeps_reviews(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    sync([vault], url=anki.url, output=out, deck_name="Reading", now=1_000)
    reviews = review_everything(collection)
    note = vault / SAMPLE_NOTE.name
    text = note.read_text(encoding="utf-8")
    note.write_text(text.replace("---\n", "---\ndeck: Politics::Sects\n", 1), encoding="utf-8")
    report = sync([vault], url=anki.url, output=out, deck_name="Reading", now=2_000)
    assert not report.plan.add and "Politics::Sects" in report.plan.create_decks
    assert sum(bool(c.move_cards) for c in report.plan.changes) == SAMPLE_CARDS
    decks = {collection.decks.name(collection.get_card(c).did) for c in collection.find_cards("")}
    assert decks == {"Politics::Sects"}
    assert collection.db.scalar("select count() from revlog") == reviews


def test_a_lost_map_finds_the_notes_again_instead_of_duplicating(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    sync([vault], url=anki.url, output=out, now=1_000)
    reviews = review_everything(collection)
    sync_map_path(out).unlink()  # or a sync cut off after Anki added notes
    report = sync([vault], url=anki.url, output=out, now=2_000)
    assert not report.plan.add and sum(c.adopted for c in report.plan.changes) == SAMPLE_CARDS
    assert len(flashgen_notes(collection)) == SAMPLE_CARDS
    assert collection.db.scalar("select count() from revlog") == reviews
