"""A vault's own card templates (`flashgen init --templates`, `.flashgen/templates/`),
checked through real Anki: an edited template or stylesheet updates the note types in place,
by `.apkg` and by sync, every note and its reviews kept; a broken template is reported as
`file:line` and the built-in one is used, the build still made."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection
from typer.testing import CliRunner

from flashgen.cli import app
from flashgen.deliver.sync import sync
from flashgen.pipeline import build
from flashgen.review.page import review_page
from flashgen.review.session import ReviewSession
from flashgen.templates import TEMPLATE_FILES, VAULT_TEMPLATES, templates_dir
from tests.conftest import SAMPLE_NOTE, import_apkg, render_all, review_everything
from tools.ankiconnect_server import AnkiConnectServer

runner = CliRunner()


def own_templates(vault: Path) -> Path:
    result = runner.invoke(app, ["init", "--templates", str(vault)])
    assert result.exit_code == 0, result.output
    return vault / VAULT_TEMPLATES


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def reviews(col: Collection) -> dict[int, tuple[int, int, int]]:
    """Each card's note, reviews and interval, by card id."""
    found = {}
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        found[card_id] = (card.nid, card.reps, card.ivl)
    return found


def test_init_copies_the_templates_once_and_keeps_the_users_edits(vault: Path) -> None:
    folder = own_templates(vault)
    for name in TEMPLATE_FILES:
        assert (folder / name).read_bytes() == (templates_dir() / name).read_bytes()
    edit(folder / "style.css", ".card", ".card /* mine */")
    again = runner.invoke(app, ["init", "--templates", str(vault)])
    assert again.exit_code == 0 and "5 already there, kept" in again.output
    assert "/* mine */" in (folder / "style.css").read_text(encoding="utf-8")
    assert (vault / SAMPLE_NOTE.name).read_bytes() == SAMPLE_NOTE.read_bytes()  # notes untouched


def test_an_edited_template_reaches_anki_in_place_by_apkg(
    vault: Path, tmp_path: Path, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    folder = own_templates(vault)
    build([vault], output=out, now=1_000)
    import_apkg(collection, out)
    review_everything(collection)
    before = reviews(collection)
    models = sorted(m["name"] for m in collection.models.all() if "flashgen" in m["name"])

    edit(folder / "basic" / "back.html", '<hr id="answer">', '<hr id="answer"><p>MINE</p>')
    edit(folder / "style.css", ".card", ".card { --mine: 1; }\n.card")
    build([vault], output=out, now=2_000)
    import_apkg(collection, out)
    collection.models._clear_cache()  # pylib caches note types; the import ran in Rust
    basic = collection.models.by_name("flashgen basic")
    assert basic is not None and "MINE" in basic["tmpls"][0]["afmt"]
    assert "--mine: 1" in basic["css"]
    # No copy of the note type, the same cards with the same reviews, shown the new way.
    assert sorted(m["name"] for m in collection.models.all() if "flashgen" in m["name"]) == models
    assert reviews(collection) == before
    answers = [r.answer for r in render_all(collection)]
    basic_notes = set(collection.find_notes('"note:flashgen basic"'))
    shown = [r for r in render_all(collection) if r.note_id in basic_notes]
    assert shown and all("MINE" in r.answer for r in shown)
    assert sum("MINE" in a for a in answers) == len(shown)
    # The review page and the preview show the cards the same way.
    session = ReviewSession([vault], out)
    page = review_page(session.shown(), session.diagnostics, "token", session.note_types())
    assert page.count("<p>MINE</p>") == len(shown)


def test_an_edited_template_reaches_anki_in_place_by_sync(
    vault: Path, tmp_path: Path, anki: AnkiConnectServer, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    folder = own_templates(vault)
    sync([vault], url=anki.url, output=out, now=1_000)
    review_everything(collection)
    before = reviews(collection)
    edit(folder / "cloze" / "front.html", "{{cloze:Text}}", "<i>MINE</i> {{cloze:Text}}")
    report = sync([vault], url=anki.url, output=out, now=2_000)
    assert [t.name for t in report.plan.update_models] == ["flashgen cloze"]
    assert not report.plan.add and not report.plan.changes
    collection.models._clear_cache()
    cloze = collection.models.by_name("flashgen cloze")
    assert cloze is not None and "MINE" in cloze["tmpls"][0]["qfmt"]
    assert reviews(collection) == before


def test_a_broken_template_is_reported_and_the_built_in_one_used(
    vault: Path, tmp_path: Path, collection: Collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    folder = own_templates(vault)
    front = folder / "basic" / "front.html"
    front.write_text('<div class="mine">\n{{#Context}}{{Frnt}}\n</div>\n', encoding="utf-8")
    (folder / "cloze" / "back.html").write_text("<p>no deletion here</p>\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(vault), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{front}:2: error: {{{{Frnt}}}}: the note type has no field 'Frnt'" in result.output
    cloze_back = folder / "cloze" / "back.html"
    assert f"{cloze_back}:1: error: the cards need {{{{cloze:Text}}}}" in result.output
    import_apkg(collection, out)
    basic = collection.models.by_name("flashgen basic")
    built_in = (templates_dir() / "basic" / "front.html").read_text(encoding="utf-8")
    assert basic is not None and basic["tmpls"][0]["qfmt"] == built_in
    assert all(r.question_text for r in render_all(collection))  # every card asks something
    check = runner.invoke(app, ["check", str(vault)])
    assert check.exit_code == 1 and f"{front}:2:" in check.output
