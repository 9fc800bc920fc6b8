"""Rejected cards stay gone: reject in flashgen, delete in Anki, edit the notes, rebuild,
import again: the two never come back, and every other card keeps its reviews."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from typer.testing import CliRunner

from flashgen.cli import app
from flashgen.pipeline import build
from flashgen.render import card_ords
from flashgen.state import load_state, state_path
from tests.conftest import SAMPLE_CARDS, SAMPLE_NOTE, import_apkg

runner = CliRunner()


def built_sample(tmp_path: Path) -> tuple[Path, Path]:
    """A vault holding the sample note, built once into `d.apkg`."""
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(SAMPLE_NOTE, vault / SAMPLE_NOTE.name)
    out = tmp_path / "d.apkg"
    build([vault], output=out, now=1_000)
    return vault, out


def test_rejected_cards_never_come_back(tmp_path: Path, collection) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    note = vault / SAMPLE_NOTE.name
    shutil.copy(SAMPLE_NOTE, note)
    out = tmp_path / "out" / "d.apkg"
    start = int(time.time()) + 10
    first = build([vault], output=out, now=start)
    import_apkg(collection, out)
    for card_id in collection.find_cards(""):
        card = collection.get_card(card_id)
        card.start_timer()
        collection.sched.answerCard(card, 3)

    # Reject two cards by their words; both are listed before anything is written.
    result = runner.invoke(
        app, ["reject", "workers' party", "Lenin went abroad", "-o", str(out), "--yes"]
    )
    assert result.exit_code == 0, result.output
    assert "2 cards rejected" in result.output
    listed = runner.invoke(app, ["reject", "--list", "-o", str(out)])
    rejected = [line.split()[0] for line in listed.output.splitlines()[:-1]]
    assert len(rejected) == 2 and "2 rejected cards" in listed.output
    # The user also deletes them in Anki (an .apkg cannot).
    by_guid = {collection.get_note(n).guid: n for n in collection.find_notes("")}
    collection.remove_notes([by_guid[guid] for guid in rejected])

    # Edits to what both cards are about (their anchors): re-matched, so still rejected.
    text = note.read_text()
    text = text.replace("[[workers' party]]", "[[worker's party]]").replace(
        "abroad in 1900", "abroad in 1901"
    )
    note.write_text(text)
    second = build([vault], output=out, now=start + 100)
    anchors = {g: r.anchor for g, r in load_state(state_path(out)).cards.items()}
    assert {anchors[g].split(":")[-1] for g in rejected} == {
        "worker's party",
        "lenin went abroad 1901 never sought",  # a claim's anchor: its opening words
    }
    assert {c.guid for c in second.cards} == {c.guid for c in first.cards} - set(rejected)
    log = import_apkg(collection, out)
    assert len(log.new) == 0
    notes = [collection.get_note(n) for n in collection.find_notes("")]
    assert not {n.guid for n in notes} & set(rejected)
    assert not [n for n in notes if "workers" in n.fields[0] and "What is" in n.fields[0]]
    for note_id in collection.find_notes(""):
        for card in collection.get_note(note_id).cards():
            reviews = collection.db.scalar(f"select count() from revlog where cid = {card.id}")
            assert reviews == 1, "every other card keeps its review"

    # restore brings one back at the next build
    restored = runner.invoke(app, ["restore", rejected[0], "-o", str(out)])
    assert "1 restored" in restored.output
    third = build([vault], output=out, now=start + 200)
    assert rejected[0] in {c.guid for c in third.cards} and rejected[1] not in {
        c.guid for c in third.cards
    }


def test_reject_asks_first_and_needs_a_match(tmp_path: Path) -> None:
    _, out = built_sample(tmp_path)
    declined = runner.invoke(app, ["reject", "sect", "-o", str(out)], input="n\n")
    assert declined.exit_code == 1 and "Reject these" in declined.output
    assert runner.invoke(app, ["reject", "--list", "-o", str(out)]).output.startswith("0 rejected")
    nothing = runner.invoke(app, ["reject", "zebra xylophone", "-o", str(out), "--yes"])
    assert nothing.exit_code == 1


def test_vault_config_chooses_kinds_and_skips_notes(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    (vault / "Templates").mkdir(parents=True)
    shutil.copy(SAMPLE_NOTE, vault / SAMPLE_NOTE.name)
    shutil.copy(SAMPLE_NOTE, vault / "Templates" / "template.md")
    everything = build([vault], output=tmp_path / "a.apkg", dry_run=True)
    (vault / "flashgen.toml").write_text(
        'kinds = ["definition", "enumeration", "concept", "meta"]\nskip = ["Templates/*"]\n'
    )
    chosen = build([vault], output=tmp_path / "b.apkg", dry_run=True)
    assert {Path(c.rendered.draft.path).parent.name for c in everything.cards} == {
        "vault",
        "Templates",
    }
    assert {Path(c.rendered.draft.path).parent.name for c in chosen.cards} == {"vault"}
    kinds = {c.rendered.draft.kind for c in chosen.cards}
    assert {"enumeration", "concept", "meta"} <= kinds <= {"definition", *kinds} - {"claim"}
    (vault / "flashgen.toml").write_text('kinds = ["claims"]\n')
    warned = build([vault], output=tmp_path / "c.apkg", dry_run=True)
    assert any("unknown card kinds ['claims']" in str(d) for d in warned.diagnostics)


def test_preview_page_shows_every_card_offline(tmp_path: Path) -> None:
    from tools.screenshots import chromium, run_chromium

    vault, out = built_sample(tmp_path)
    runner.invoke(app, ["reject", "workers' party", "-o", str(out), "--yes"])
    note = vault / SAMPLE_NOTE.name
    note.write_text(note.read_text().replace("oppostion", "opposition"))
    page = tmp_path / "preview.html"
    result = runner.invoke(app, ["preview", str(vault), "--html", str(page), "-o", str(out)])
    assert result.exit_code == 0 and "1 changed" in result.output and "1 rejected" in result.output
    text = page.read_text()
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//|<script|<link""", text)
    # every card Anki would make of the notes (one per deletion of a cloze note), the
    # rejected one included (a build leaves it out)
    built = build([vault], output=tmp_path / "x.apkg", dry_run=True).cards
    cards = sum(len(card_ords(c.rendered.model, c.rendered.fields[0])) for c in built) + 1
    assert text.count('class="fg-preview-card"') == cards
    if chromium() is None:
        return
    dom = run_chromium(page, "--dump-dom")  # Chromium started with no network at all
    assert dom.count('class="fg-preview-card"') == cards
    assert dom.count('data-status="rejected"') == 1 and dom.count('data-status="changed"') == 1


def test_the_rejection_list_is_the_vaults_and_every_deck_honours_it(tmp_path: Path) -> None:
    vault, out = built_sample(tmp_path)
    notes_before = {p: p.read_bytes() for p in vault.rglob("*.md")}
    result = runner.invoke(app, ["reject", "workers' party", "-o", str(out), "--yes"])
    assert result.exit_code == 0, result.output
    listed = vault / ".flashgen" / "rejected.txt"
    (guid,) = [line.split()[0] for line in listed.read_text().splitlines() if line[:1] != "#"]
    assert "workers' party" in listed.read_text()  # the question, kept as a comment
    assert {p: p.read_bytes() for p in vault.rglob("*.md")} == notes_before
    # Another deck built from the same vault leaves the card out too.
    other = build([vault], output=tmp_path / "elsewhere" / "other.apkg", now=2_000)
    assert guid not in {card.guid for card in other.cards}
    assert len(other.cards) == SAMPLE_CARDS - 1


def test_a_list_kept_beside_the_deck_is_still_read_and_moved(tmp_path: Path) -> None:
    vault, out = built_sample(tmp_path)
    guid = build([vault], output=out, now=1_000).cards[0].guid
    legacy = out.with_name("d.flashgen-rejected.txt")
    legacy.write_text(f"{guid}  # an old rejection\n")
    assert guid not in {card.guid for card in build([vault], output=out, now=2_000).cards}
    listed = runner.invoke(app, ["reject", "--list", "-o", str(out)])
    assert guid in listed.output
    runner.invoke(app, ["reject", "workers' party", "-o", str(out), "--yes"])
    assert not legacy.exists()
    assert guid in (vault / ".flashgen" / "rejected.txt").read_text()
