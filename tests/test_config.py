"""Project configuration: `flashgen.toml` or `[tool.flashgen]`, `flashgen init`, and what
each setting does to the deck Anki imports."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from anki.collection import Collection
from typer.testing import CliRunner

from flashgen.cli import app
from flashgen.config import DEFAULT_CONFIG, load_config
from flashgen.pipeline import build
from tests.conftest import SAMPLE_NOTE, import_apkg

runner = CliRunner()

CALLOUT_NOTE = """---
title: Callouts
author: Jane Roe
---
# Callouts

## Section
Roe argues that **gardens** are the oldest form of public architecture in Europe.

> [!summary] My summary
> Roe claims that **fountains** were the first public water supply in Rome.
"""


def decks_and_tags(col: Collection) -> dict[str, set[str]]:
    """Deck name → tags of the notes whose cards are in it."""
    found: dict[str, set[str]] = {}
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        name = col.decks.name(card.did)
        found.setdefault(name, set()).update(card.note().tags)
    return found


def test_init_writes_a_default_that_reads_back_as_the_defaults(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "flashgen.toml").read_text()
    tomllib.loads(written)  # valid TOML
    config, problems = load_config(tmp_path)
    assert problems == []
    assert config.kinds == DEFAULT_CONFIG.kinds and config.decks == "front-matter"
    assert config.skip == ("Templates/**",) and config.anki_url == DEFAULT_CONFIG.anki_url
    assert config.source_callouts == DEFAULT_CONFIG.source_callouts
    assert written.count("#") > 15  # commented
    again = runner.invoke(app, ["init", str(tmp_path)])
    assert again.exit_code == 1 and "exists" in again.output
    assert (tmp_path / "flashgen.toml").read_text() == written  # never overwritten


def test_pyproject_table_and_a_parent_folder_are_found(tmp_path: Path) -> None:
    vault = tmp_path / "project" / "notes" / "Reading"
    vault.mkdir(parents=True)
    (tmp_path / "project" / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.flashgen]\ndeck = "From pyproject"\n'
    )
    config, problems = load_config(vault)
    assert problems == [] and config.deck == "From pyproject"
    (tmp_path / "project" / "notes" / "flashgen.toml").write_text('deck = "Nearer"\n')
    assert load_config(vault)[0].deck == "Nearer"  # the nearest file wins


def test_mistakes_are_reported_with_the_file(tmp_path: Path) -> None:
    (tmp_path / "flashgen.toml").write_text(
        'decks = "per-note"\ncolour = "blue"\nskip = "x"\nreverse = "yes"\n'
    )
    config, problems = load_config(tmp_path)
    messages = [str(p) for p in problems]
    assert all(m.startswith(str(tmp_path / "flashgen.toml")) for m in messages)
    assert any("decks must be one of" in m for m in messages)
    assert any("reverse must be true or false" in m for m in messages) and not config.reverse
    assert any("unknown setting 'colour'" in m for m in messages)
    assert any("skip must be a list" in m for m in messages)
    assert config.decks == "front-matter" and config.skip == ()


def test_deck_and_output_from_the_file_flags_override(tmp_path: Path, monkeypatch) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(SAMPLE_NOTE, vault)
    (vault / "flashgen.toml").write_text('deck = "Politics"\noutput = "../built/politics.apkg"\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", str(vault)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "built" / "politics.apkg").is_file()
    flagged = runner.invoke(app, ["build", str(vault), "-o", "other.apkg", "--deck", "X"])
    assert flagged.exit_code == 0 and (tmp_path / "other.apkg").is_file()


def test_deck_modes_and_tag_mapping_reach_anki(tmp_path: Path, collection: Collection) -> None:
    vault = tmp_path / "vault"
    (vault / "Politics" / "Sects").mkdir(parents=True)
    shutil.copy(SAMPLE_NOTE, vault / "Politics" / "Sects")
    own = vault / "own.md"
    own.write_text("---\ndeck: Elsewhere\ntags: [book]\n---\n# Own\n\nWhat is a test?::A check.\n")
    (vault / "flashgen.toml").write_text(
        'decks = "folder"\n[tags]\nadd = ["from-vault"]\nrename = { "book" = "source::book" }\n'
    )
    out = tmp_path / "folder.apkg"
    build([vault], output=out, deck_name="Reading", now=1_000)
    import_apkg(collection, out)
    found = decks_and_tags(collection)
    assert set(found) >= {"Reading::Politics::Sects", "Elsewhere"}
    assert "source::book" in found["Elsewhere"] and "book" not in found["Elsewhere"]
    assert all("from-vault" in tags for tags in found.values())

    (vault / "flashgen.toml").write_text('decks = "one"\n')
    out = tmp_path / "one.apkg"
    build([vault], output=out, deck_name="Everything", now=1_000)
    with_one = Collection(str(tmp_path / "one.anki2"))
    try:
        import_apkg(with_one, out)
        cards = with_one.find_cards("")
        assert {with_one.decks.name(with_one.get_card(c).did) for c in cards} == {"Everything"}
    finally:
        with_one.close()


def test_source_callouts_decide_whose_words_a_callout_holds(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "Callouts.md").write_text(CALLOUT_NOTE)

    def claims() -> str:
        result = build([vault], output=tmp_path / "d.apkg", dry_run=True)
        return " ".join(c.rendered.fields[0] for c in result.cards)

    default = claims()
    assert "gardens" in default and "fountains" not in default  # the reader's summary
    (vault / "flashgen.toml").write_text('source_callouts = ["quote", "cite", "summary"]\n')
    assert "fountains" in claims()
