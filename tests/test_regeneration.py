"""Regenerating a deck after notes change: Anki updates cards in place, keeps every review,
never duplicates a card. Measured with Anki's own backend (the `anki` package)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection
from typer.testing import CliRunner

from flashgen.cli import app
from flashgen.identify import ORPHAN_BUILDS, ORPHAN_TAG
from flashgen.model import BuildResult, Card
from flashgen.pipeline import build
from flashgen.render import BASIC_FIELDS, CLOZE_FIELDS, card_text
from flashgen.state import load_state, state_path
from flashgen.templates import BASIC_MODEL_ID, CLOZE_MODEL_ID, note_types, templates_dir
from tests.conftest import EVAL_NOTES, SAMPLE_NOTE, import_apkg

SAMPLE = "Anatomy of the Micro-Sect.md"
KUHN = "Kuhn - The Structure of Scientific Revolutions.md"
FREEMAN = "The Tyranny of Structurelessness.md"


# What Anki does: the rules everything below relies on ----------------------------------------


@pytest.fixture(autouse=True)
def _temporary_files_in_tmp_path(tmp_path: Path, monkeypatch) -> None:
    """genanki's `write_to_file` leaves its scratch collection in the temporary folder: keep
    it in the test's own folder, which pytest cleans, not in the machine's /tmp."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))


def _one_card_deck(path: Path, guid: str, back: str, mtime: int) -> None:
    basic = note_types()["basic"]
    deck = genanki.Deck(1 << 30, "measure")
    model = genanki.Model(
        basic.model_id, basic.name, fields=[{"name": f} for f in basic.fields],
        templates=[{"name": "Card 1", "qfmt": basic.front, "afmt": basic.back}], css=basic.css,
    )  # fmt: skip
    note = genanki.Note(model=model, fields=["Q", back, "", "", ""], guid=guid)
    deck.add_note(note)
    genanki.Package(deck).write_to_file(str(path), timestamp=mtime)


def test_anki_updates_a_note_only_when_its_mtime_is_strictly_newer(
    tmp_path: Path, collection: Collection
) -> None:
    _one_card_deck(tmp_path / "a.apkg", "guid-1", "first", 1_700_000_000)
    import_apkg(collection, tmp_path / "a.apkg")
    (note_id,) = collection.find_notes("")
    _one_card_deck(tmp_path / "b.apkg", "guid-1", "same mtime", 1_700_000_000)
    log = import_apkg(collection, tmp_path / "b.apkg")
    assert collection.get_note(note_id)["Back"] == "first" and len(log.updated) == 0
    _one_card_deck(tmp_path / "c.apkg", "guid-1", "newer", 1_700_000_001)
    log = import_apkg(collection, tmp_path / "c.apkg")
    assert collection.find_notes("") == [note_id]
    assert collection.get_note(note_id)["Back"] == "newer" and len(log.updated) == 1


def test_adding_a_field_to_a_released_note_type_blocks_updates(
    tmp_path: Path, collection: Collection
) -> None:
    _one_card_deck(tmp_path / "a.apkg", "guid-1", "first", 1_700_000_000)
    import_apkg(collection, tmp_path / "a.apkg")
    basic = note_types()["basic"]
    model = genanki.Model(
        basic.model_id, basic.name, fields=[{"name": f} for f in (*basic.fields, "Extra")],
        templates=[{"name": "Card 1", "qfmt": basic.front, "afmt": basic.back}],
    )  # fmt: skip
    deck = genanki.Deck(1 << 30, "measure")
    deck.add_note(genanki.Note(model=model, fields=["Q", "changed", "", "", "", ""], guid="guid-1"))
    genanki.Package(deck).write_to_file(str(tmp_path / "b.apkg"), timestamp=1_800_000_000)
    log = import_apkg(collection, tmp_path / "b.apkg")
    assert len(log.conflicting) == 1 and len(log.updated) == 0


def test_released_note_types_keep_their_ids_and_fields() -> None:
    """Changing any of these breaks every user's updates (see the test above): never do."""
    assert (BASIC_MODEL_ID, CLOZE_MODEL_ID) == (1547552182, 1442749482)
    assert BASIC_FIELDS == ("Front", "Back", "Context", "Source", "Link")
    assert CLOZE_FIELDS == ("Text", "Back Extra", "Context", "Source", "Link")
    assert {k: t.fields for k, t in note_types().items()} == {
        "basic": BASIC_FIELDS,
        "cloze": CLOZE_FIELDS,
    }


# Identity without state -----------------------------------------------------------------------


def test_same_notes_give_the_same_guids_anywhere(tmp_path: Path) -> None:
    first, second = tmp_path / "machine-a" / "vault", tmp_path / "elsewhere" / "b" / "vault"
    for vault in (first, second):
        shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    a = build([first], output=tmp_path / "a" / "d.apkg", dry_run=True, now=1)
    b = build([second], output=tmp_path / "b" / "d.apkg", dry_run=True, now=2)
    assert [c.guid for c in a.cards] == [c.guid for c in b.cards]
    assert len({c.guid for c in a.cards}) == len(a.cards) > 60


def test_same_notes_give_the_same_cards_in_every_interpreter_run(tmp_path: Path) -> None:
    """Two processes with different string hashing (as on two machines) make the same
    cards: GUIDs, every field's text and tags. Sets must never decide an order."""
    vault = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    shutil.copy(SAMPLE_NOTE, vault / SAMPLE)
    made = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}" / "d.apkg"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "flashgen", "build", str(vault), "-o", str(out), "-q"],
            check=True,
            env=env,
            capture_output=True,
        )
        with sqlite3.connect(state_path(out)) as state:
            made.append(
                state.execute("SELECT guid, flds, tags FROM cards ORDER BY guid").fetchall()
            )
    assert made[0] == made[1]
    assert len(made[0]) > 100


def test_a_vault_reached_through_a_symlink_gives_its_own_guids(tmp_path: Path) -> None:
    """A note's identity is its place in the vault: the same whether the vault is named by
    its real path or through a symlink, and a note symlinked inside the vault is its target,
    read once (its cards would be the same cards)."""
    vault = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    real = build([vault], output=tmp_path / "a" / "d.apkg", dry_run=True, now=1)
    (tmp_path / "link").symlink_to(vault, target_is_directory=True)
    (vault / "zz alias.md").symlink_to(vault / KUHN)
    linked = build([tmp_path / "link"], output=tmp_path / "b" / "d.apkg", dry_run=True, now=1)
    assert [(c.guid, c.rendered.fields) for c in linked.cards] == [
        (c.guid, c.rendered.fields) for c in real.cards
    ]
    assert any(card.rendered.draft.path.endswith(KUHN) for card in linked.cards)
    # The link is said, and not read a second time.
    assert linked.notes_read == real.notes_read
    [said] = [d for d in linked.diagnostics if d.path.endswith("zz alias.md")]
    assert said.message == f"symlink to the note {tmp_path / 'link' / KUHN}: read once, as it"


def test_dry_run_reports_changes_and_writes_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(SAMPLE_NOTE, vault / SAMPLE)
    out = tmp_path / "out" / "d.apkg"
    build([vault], output=out, now=100)
    before = out.read_bytes()
    edit(vault / SAMPLE, "oppostion", "opposition")
    plan = build([vault], output=out, dry_run=True, now=200)
    assert Counter(c.status for c in plan.cards) == Counter(
        unchanged=len(plan.cards) - 1, changed=1
    )
    assert plan.output is None and out.read_bytes() == before


# Ten cycles of realistic edits, each imported into the same collection -------------------------


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def swap_sections(path: Path, first: str, second: str) -> None:
    text = path.read_text(encoding="utf-8")
    a, b = text.index(first), text.index(second)
    end = text.index("\n# ", b + 1)
    path.write_text(text[:a] + text[b:end] + "\n" + text[a:b] + text[end:], encoding="utf-8")


def remove_section(path: Path, heading: str) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index(heading)
    end = text.find("\n## ", start + 1)
    path.write_text(text[:start] + (text[end + 1 :] if end > 0 else ""), encoding="utf-8")


Mutation = Callable[[Path, Path], None]

CYCLES: list[tuple[str, Mutation, dict[str, int]]] = [
    ("typo fix in a claim", lambda v, t: edit(v / SAMPLE, "oppostion", "opposition"),
     {"new": 0, "changed": 1}),
    ("reworded heading", lambda v, t: edit(v / SAMPLE, "# 1. The road forward", "# 1. The way forward"),
     {"new": 0}),
    ("reordered sections", lambda v, t: swap_sections(v / SAMPLE, "# 4. Sects", "# 5. The rut"),
     {"new": 0, "changed": 0}),
    ("new paragraph", lambda v, t: edit(v / FREEMAN, "## The star system\n",
     "## The star system\nFreeman argues that the press made **stars** of women who never asked for it.\n\n"),
     {"orphaned": 0}),
    ("removed section", lambda v, t: remove_section(v / KUHN, "## Progress"), {"new": 0}),
    ("renamed note", lambda v, t: (v / FREEMAN).rename(v / "Freeman - Tyranny.md"), {"new": 0}),
    ("moved note", lambda v, t: (v / "concepts").rename(v / "ideas"), {"new": 0}),
    ("renamed and edited note", lambda v, t: (edit(v / "Freeman - Tyranny.md", "structureless group",
     "group without structure"), (v / "Freeman - Tyranny.md").rename(v / "Freeman (1972).md")),
     {"new": 0}),
    ("changed tag", lambda v, t: edit(v / SAMPLE, "#article", "#essay"), {"new": 0}),
    ("template CSS change", lambda v, t: edit(t / "style.css", "font-size: 20px", "font-size: 21px"),
     {"new": 0, "changed": 0}),
    ("definition reworded", lambda v, t: edit(v / SAMPLE, "is a membership organization",
     "is an organization with members"), {"new": 0, "changed": 1}),
]  # fmt: skip


def anki_notes(col: Collection) -> dict[str, object]:
    return {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}


def review_everything(col: Collection, reviews: Counter) -> None:
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        card.start_timer()
        col.sched.answerCard(card, 3)
        reviews[card.note().guid] += 1


def check_collection(col: Collection, result: BuildResult, reviews: Counter, edited: str) -> None:
    notes = anki_notes(col)
    current = {c.guid: c for c in result.cards}
    live = {g for g, n in notes.items() if ORPHAN_TAG not in n.tags}
    assert live == set(current), "every current card once, nothing else untagged (no duplicates)"
    assert {c.guid for c in result.orphans} <= {g for g, n in notes.items() if ORPHAN_TAG in n.tags}
    for guid, card in current.items():
        fields = list(notes[guid].values())
        if guid == edited:
            assert fields[1].endswith(" (my own words)"), (
                "the user's edit of an unchanged card is kept"
            )
        else:
            assert fields == list(card.rendered.fields), card.rendered.draft.anchor
    for guid, count in reviews.items():
        if guid in notes:
            card_ids = [c.id for c in notes[guid].cards()]
            logged = col.db.scalar(
                f"select count() from revlog where cid in ({','.join(map(str, card_ids))})"
            )
            assert logged == count, (
                f"reviews lost for {current[guid].rendered.draft.anchor if guid in current else guid}"
            )


def test_cycles_of_edits_keep_reviews_and_never_duplicate(
    tmp_path: Path, collection: Collection
) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(SAMPLE_NOTE, vault / SAMPLE)
    for name in (KUHN, FREEMAN, "concepts/Paradigm.md"):
        (vault / name).parent.mkdir(exist_ok=True)
        shutil.copy(EVAL_NOTES / name, vault / name)
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir(), templates)
    out = tmp_path / "out" / "reading.apkg"
    start = int(time.time()) + 10

    result = build([vault], output=out, now=start, templates=templates)
    import_apkg(collection, out)
    reviews: Counter = Counter()
    review_everything(collection, reviews)
    # The user corrects an answer in Anki; that card never changes in the notes.
    kept: Card = next(
        c
        for c in result.cards
        if c.rendered.draft.kind == "meta" and "Kuhn" in c.rendered.fields[1]
    )
    note = anki_notes(collection)[kept.guid]
    note["Back"] += " (my own words)"
    collection.update_note(note)
    check_collection(collection, result, reviews, kept.guid)

    for cycle, (name, mutate, expected) in enumerate(CYCLES, 1):
        mod_before = {g: n.mod for g, n in anki_notes(collection).items()}
        mutate(vault, templates)
        result = build([vault], output=out, now=start + 100 * cycle, templates=templates)
        status = Counter(c.status for c in result.cards) + Counter(orphaned=len(result.orphans))
        for key, value in expected.items():
            assert status[key] == value, (name, status)
        import_apkg(collection, out)
        check_collection(collection, result, reviews, kept.guid)
        after = anki_notes(collection)
        for card in result.cards:
            if card.status == "unchanged":
                assert after[card.guid].mod == mod_before[card.guid], (
                    name,
                    card.rendered.draft.anchor,
                )
        if name == "removed section":
            assert result.orphans and all(ORPHAN_TAG in after[c.guid].tags for c in result.orphans)
        if name == "template CSS change":
            collection.models._clear_cache()  # pylib caches note types; the import ran in Rust
            css = collection.models.get(BASIC_MODEL_ID)["css"]
            assert "font-size: 21px" in css, "the note type was updated in place"
            ours = [m.name for m in collection.models.all_names_and_ids() if "flashgen" in m.name]
            assert sorted(ours) == ["flashgen basic", "flashgen cloze"], "updated, not forked"
        review_everything(collection, reviews)


def test_orphans_are_emitted_for_a_few_builds_then_dropped(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(EVAL_NOTES / KUHN, vault / KUHN)
    out = tmp_path / "d.apkg"
    first = build([vault], output=out, now=100)
    remove_section(vault / KUHN, "## Progress")
    gone = len(first.cards) - len(build([vault], output=out, dry_run=True).cards) + 0
    seen = []
    for number in range(ORPHAN_BUILDS + 1):
        result = build([vault], output=out, now=200 + number)
        seen.append(len(result.orphans))
        assert len(result.cards) == len(first.cards) - gone
    assert gone >= 1 and seen == [gone] * ORPHAN_BUILDS + [0]


def test_cli_dry_run_lists_what_would_change(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flashgen.cli import app

    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(EVAL_NOTES / KUHN, vault / KUHN)
    out = tmp_path / "d.apkg"
    build([vault], output=out, now=100)
    edit(vault / KUHN, "puzzle-solving", "solving puzzles")
    remove_section(vault / KUHN, "## Progress")
    planned = build([vault], output=out, dry_run=True)
    gone = len(planned.orphans)
    (changed,) = [c for c in planned.cards if c.status == "changed"]
    assert "solving puzzles" in card_text(changed.rendered.model, changed.rendered.fields)
    result = CliRunner().invoke(app, ["build", str(vault), "-o", str(out), "--dry-run"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["changed"] + ["orphaned"] * gone
    assert changed.guid in lines[0]
    assert "1 changed" in lines[-1] and f"{gone} orphaned" in lines[-1]
    assert gone >= 1 and "nothing written" in lines[-1]


def test_a_card_the_user_moved_to_another_deck_stays_there(
    tmp_path: Path, collection: Collection
) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(EVAL_NOTES / KUHN, vault / KUHN)
    out = tmp_path / "d.apkg"
    start = int(time.time()) + 10
    build([vault], output=out, deck_name="Reading", now=start)
    import_apkg(collection, out)
    (card_id,) = collection.find_cards('"Text:*puzzle-solving*"')
    elsewhere = collection.decks.id("Mine")
    collection.set_deck([card_id], elsewhere)
    edit(vault / KUHN, "puzzle-solving", "solving puzzles")
    result = build([vault], output=out, deck_name="Reading", now=start + 100)
    assert Counter(c.status for c in result.cards)["changed"] == 1
    import_apkg(collection, out)
    card = collection.get_card(card_id)
    assert card.did == elsewhere and "solving puzzles" in card.note()["Text"]


def test_two_notes_with_one_front_matter_id_are_reported_and_both_make_their_cards(
    tmp_path: Path,
) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    text = "---\nauthor: A B\nid: same\n---\n# {title}\n\nB argues that {claim}.\n"
    (vault / "a.md").write_text(text.format(title="One", claim="the sect grows by accretion"))
    (vault / "b.md").write_text(text.format(title="Two", claim="the party needs no program"))
    out = tmp_path / "out" / "d.apkg"
    first = build([vault], output=out, now=1_000)
    (clash,) = [d for d in first.diagnostics if "is also the id of" in d.message]
    assert (
        clash.path.endswith("b.md") and clash.line == 3 and f"{vault / 'a.md'}:3" in clash.message
    )
    asked = " ".join(card_text(c.rendered.model, c.rendered.fields) for c in first.cards)
    assert "Who wrote One?" in asked and "Who wrote Two?" in asked  # each note's own cards
    assert {n.relpath for n in load_state(state_path(out)).notes.values()} == {"a.md", "b.md"}
    # the next build keeps each identity, and still says so
    again = build([vault], output=out, now=2_000)
    assert {c.guid for c in again.cards} == {c.guid for c in first.cards}
    checked = CliRunner().invoke(app, ["check", str(vault), "-o", str(out)])
    assert "b.md:3: warning: front-matter id 'same' is also the id of" in checked.output


def test_the_text_a_card_is_rematched_by_is_read_back_from_its_fields() -> None:
    """The state keeps a card's fields, not its text: re-matching reads question and answer
    from the fields (`card_text`). They are the words the card was made of: a cloze's
    deletions read as the words they hide, list items apart (with the bullets the card
    shows), math with MathJax's delimiters."""
    from rapidfuzz import fuzz

    from flashgen.lint import back_text
    from flashgen.parse.document import plain_text
    from flashgen.pipeline import collect

    rendered = [*collect([SAMPLE_NOTE.parent]).rendered, *collect([EVAL_NOTES]).rendered]
    kinds = Counter(card.model for card in rendered)
    assert kinds["cloze"] > 10 and kinds["basic"] > 10
    same = 0
    for card in rendered:
        made_of = f"{plain_text(card.draft.front)} | {back_text(card.draft)}"
        read = card_text(card.model, card.fields)
        assert fuzz.token_set_ratio(made_of, read) >= 95, (made_of, read)
        assert "{{c" not in read and "<" not in read.replace(" < ", "")
        same += made_of.split() == read.replace("•", "").split()
    assert same >= 0.9 * len(rendered)
