"""Card syntax users already write (Obsidian_to_Anki, obsidian-spaced-repetition, Anki) and
the per-note switches, checked in the cards Anki renders."""

from __future__ import annotations

from pathlib import Path

from flashgen.making import note_cards
from flashgen.media import VaultFiles
from flashgen.pipeline import build
from tests.conftest import import_apkg, render_all

NOTE = """---
author: Ada Lovelace
tags: [computing]
---
# Notes on the Engine

## Explicit cards
What did Lovelace call the Engine's output?::Results of "a new, a vast, and a powerful language"

Analytical Engine:::Babbage's proposed general-purpose mechanical computer

Which number sequence does Note G compute?
?
The Bernoulli numbers.

Jacquard loom
??
The punched-card loom that inspired the Engine's input.

The Engine was proposed by {{c1::Charles Babbage}} in {{c2::1837::year}}.

Lovelace saw that the Engine could act on ==symbols== as well as ==numbers==. #cloze

Operation cards
: cards that tell the Engine which operation to perform.

> [!note]
> My own card: Who translated Menabrea's paper?::Ada Lovelace
"""


def build_and_import(tmp_path: Path, collection, text: str, **options):
    vault = tmp_path / "vault"
    vault.mkdir(exist_ok=True)
    (vault / "engine.md").write_text(text, encoding="utf-8")
    result = build([vault], output=tmp_path / "out" / "d.apkg", now=1_800_000_000, **options)
    import_apkg(collection, tmp_path / "out" / "d.apkg")
    return result, render_all(collection)


def test_explicit_syntax_is_honoured(tmp_path: Path, collection) -> None:
    result, cards = build_and_import(tmp_path, collection, NOTE)
    pairs = {(c.question_text.split("(")[0].strip(), c.answer_text) for c in cards}
    questions = [c.question_text for c in cards]

    def answer_of(question: str) -> str:
        return next(a for q, a in pairs if q.startswith(question))

    assert "a new, a vast, and a powerful language" in answer_of("What did Lovelace call")
    assert "general-purpose mechanical computer" in answer_of("Analytical Engine")
    assert "Analytical Engine" in answer_of("Babbage's proposed")  # ::: makes the reverse
    assert "Bernoulli numbers" in answer_of("Which number sequence does Note G compute?")
    assert "punched-card loom" in answer_of("Jacquard loom")
    assert "Jacquard loom" in answer_of("The punched-card loom")  # ?? makes the reverse
    assert "Ada Lovelace" in answer_of("My own card: Who translated")  # the reader's own card

    # {{c1::…}} and {{c2::…::hint}}: one note, two cards, the hint shown on the second
    engine = [c for c in cards if "The Engine was proposed by" in c.question_text]
    assert len(engine) == 2 and len({c.note_id for c in engine}) == 1
    assert any("[year]" in c.question_text for c in engine)
    assert any("Charles Babbage" in c.answer_text and "[...]" in c.question_text for c in engine)
    # ==highlights== in a paragraph tagged #cloze: a deletion each
    symbols = [c for c in cards if "act on" in c.question_text]
    assert len(symbols) == 2 and "#cloze" not in " ".join(c.question_text for c in symbols)
    # a definition list
    assert any(q.startswith("Operation cards") and "which operation" in a for q, a in pairs)
    assert all("Notes on the Engine" in q or "?" in q or "::" not in q for q in questions)
    assert len({c.guid for c in result.cards}) == len(result.cards)


def test_note_switches(tmp_path: Path, collection) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "skipped.md").write_text(
        "---\nflashgen: false\n---\n# S\nSmith argues that **rules** matter a lot.\n"
    )
    (vault / "only.md").write_text(
        "---\nflashgen: explicit-only\nauthor: Adam Smith\n---\n# O\n"
        "Smith argues that **rules** matter a lot.\n\nQ one?::A one.\n"
    )
    (vault / "elsewhere.md").write_text(
        "---\ndeck: Reading::Economics\ntags: [econ, to/review]\nauthor: Adam Smith\n---\n# E\n"
        "Smith argues that **rules** matter a lot.\n"
    )
    result = build([vault], output=tmp_path / "d.apkg", deck_name="Main", now=1_800_000_000)
    by_note = {}
    for card in result.cards:
        by_note.setdefault(Path(card.rendered.draft.path).name, []).append(card.rendered)
    assert "skipped.md" not in by_note
    assert [r.draft.kind for r in by_note["only.md"]] == ["explicit"]
    import_apkg(collection, tmp_path / "d.apkg")
    decks = {
        collection.decks.name(collection.get_card(cid).did) for cid in collection.find_cards("")
    }
    assert decks == {"Main", "Reading::Economics"}
    elsewhere = collection.find_notes("deck:Reading::Economics")
    assert elsewhere and {"econ", "to::review"} <= set(collection.get_note(elsewhere[0]).tags)


def test_non_english_notes_get_no_english_questions(tmp_path: Path, collection) -> None:
    text = (
        "---\nauteur: Émile Durkheim\n---\n# Les Règles de la méthode sociologique\n\n"
        "## Les faits sociaux\n"
        "Durkheim affirme que la première règle est de considérer les **faits sociaux** comme "
        "des choses. Il faut écarter systématiquement toutes les prénotions.\n\n"
        "- **Fait social** : toute manière de faire, fixée ou non, susceptible d'exercer sur "
        "l'individu une contrainte extérieure.\n\n"
        "Question sur la règle::Considérer les faits sociaux comme des choses.\n"
    )
    _, cards = build_and_import(tmp_path, collection, text)
    questions = " ".join(c.question_text for c in cards)
    # two claims ("Il faut [écarter …]" asks what the rule says), a definition, the reader's
    # card, who wrote it (in French)
    assert len(cards) == 5
    assert any("écarter" in c.answer_text and "écarter" not in c.question_text for c in cards)
    assert any(c.question_text.startswith("Qui a écrit") for c in cards)
    for english in ("What", "How does", "according to", "Name all", "Who wrote", " In "):
        assert english not in questions
    assert "faits sociaux" in " ".join(c.answer_text for c in cards)


def test_a_question_asked_twice_in_a_note_makes_one_card_the_first(
    tmp_path: Path, collection
) -> None:
    text = (
        "# Notes\n\nWho designed the Engine?::Charles Babbage\n\n"
        "Who designed the Engine?::Someone else\n\nWhen was it proposed?::1837\n"
    )
    result, cards = build_and_import(tmp_path, collection, text)
    answers = [c.answer_text for c in cards if "designed" in c.question_text]
    assert len(answers) == 1 and "Charles Babbage" in answers[0]
    assert not any("Someone else" in c.answer_text for c in cards)
    assert len(cards) == 2 and len(result.cards) == 2
    assert any("same front" in d.message for d in result.diagnostics)
    # Left out before rendering, not only when identified.
    vault = tmp_path / "vault"
    rendered = note_cards(vault / "engine.md", vault, VaultFiles.scan(vault)).rendered
    assert [c.draft.line for c in rendered] == [3, 7]
