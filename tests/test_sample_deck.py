"""The sample note becomes a deck that Anki itself imports and renders well (issue: end to end).

Everything here goes through Anki's own backend (the `anki` package): the deck is imported
into a fresh collection and every card is rendered by Anki with our note types.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flashgen.model import DEFAULT_SOURCE_CALLOUTS as SOURCE_CALLOUTS
from flashgen.model import Block
from flashgen.parse.document import parse_note
from flashgen.parse.inline import plain_text
from flashgen.pipeline import build
from flashgen.render import card_ords
from flashgen.vault import read_note
from tests.conftest import SAMPLE_NOTE, SEEDS, import_apkg, render_all

LEFTOVER_MARKUP = ("[[", "]]", "==", "> [!", "::", "{{", "}}", "](", "**")


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("decks") / "sample.apkg"
    return build([SEEDS], output=out, deck_name="Reading notes", now=1_800_000_000)


@pytest.fixture
def sample_in_anki(sample_build, collection):
    log = import_apkg(collection, sample_build.output)
    return log, render_all(collection)


def split_reader_text(path: Path) -> tuple[list[str], list[str]]:
    """(the reader's callout paragraphs, the rest of the note's paragraphs)."""
    note, _ = read_note(path, path.parent)
    assert note is not None
    reader: list[str] = []
    author: list[str] = []

    def visit(block: Block, inside: bool) -> None:
        inside = inside or (block.kind == "callout" and block.callout not in SOURCE_CALLOUTS)
        if block.spans:
            (reader if inside else author).append(plain_text(block.spans))
        for child in block.children:
            visit(child, inside)

    for section in parse_note(note).sections:
        for block in section.blocks:
            visit(block, False)
    return reader, author


def windows(text: str, size: int = 5) -> set[str]:
    words = re.findall(r"[\w'’-]+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def test_every_card_is_imported_and_rendered(sample_build, sample_in_anki) -> None:
    log, cards = sample_in_anki
    assert len(log.new) == len(sample_build.cards) >= 30
    # a card of ours is an Anki note: a cloze note asks each point of its sentence on a card
    assert len(cards) == sum(
        len(card_ords(c.rendered.model, c.rendered.fields[0])) for c in sample_build.cards
    )
    assert all(card.question.strip() and card.answer.strip() for card in cards)


def test_definition_card_for_a_sect(sample_in_anki) -> None:
    _, cards = sample_in_anki
    matches = [c for c in cards if "three characteristics define a sect" in c.question_text]
    assert len(matches) == 1
    card = matches[0]
    assert "Draper" in card.question_text and "Anatomy of the Micro-Sect" in card.question_text
    assert card.answer.count("<li>") == 3
    assert "membership organization" in card.answer_text
    assert "flashgen::enumeration" in card.tags


def test_workers_party_and_author_cards(sample_in_anki) -> None:
    _, cards = sample_in_anki
    party = [
        c for c in cards if "workers' party" in c.question_text and "What is" in c.question_text
    ]
    assert party and "political arm" in party[0].answer_text
    author = [c for c in cards if c.question_text.startswith("Who wrote")]
    assert len(author) == 1 and "Hal Draper" in author[0].answer_text


def test_cloze_cards_hide_the_answer_until_the_back(sample_in_anki) -> None:
    _, cards = sample_in_anki
    clozes = [c for c in cards if "flashgen::claim" in c.tags]
    assert len(clozes) >= 20
    for card in clozes:
        assert "[...]" in card.question_text
        assert 'class="cloze"' in card.answer


def test_each_numbered_section_has_claims(sample_in_anki) -> None:
    _, cards = sample_in_anki
    for heading in (
        "1. The road forward", "2. Fragmentation", "3. The classic sect",
        "4. Sects and trade unions", "5. The rut we are in", "6. What then?",
        "7. The political center",
    ):  # fmt: skip
        assert any(heading in card.answer_text for card in cards), heading


def test_cards_stand_alone_and_carry_no_markup(sample_in_anki) -> None:
    _, cards = sample_in_anki
    for card in cards:
        question = card.question_text
        assert "the author" not in question.lower(), question
        assert not re.match(r"^(he|she|they|it|this)\b", question, re.I), question
        assert "Draper" in question or "Anatomy of the Micro-Sect" in question, question
        for piece in LEFTOVER_MARKUP:
            assert piece not in question and piece not in card.answer_text, (piece, question)


def test_reader_callouts_never_reach_a_card(sample_in_anki) -> None:
    _, cards = sample_in_anki
    reader_text, author_text = split_reader_text(SAMPLE_NOTE)
    # The reader's words, less what the reader quotes of the author ("embody the socialist …").
    reader = set().union(*map(windows, reader_text)) - set().union(*map(windows, author_text))
    assert len(reader) > 100  # the sample has several long reader callouts
    for card in cards:
        shown = windows(card.question_text) | windows(card.answer_text)
        assert not (shown & reader), shown & reader


def test_source_and_link_back_to_the_note(sample_in_anki) -> None:
    _, cards = sample_in_anki
    for card in cards:
        assert "Hal Draper" in card.answer_text
        assert (
            'href="obsidian://open?vault=seeds&amp;file=Anatomy%20of%20the%20Micro-Sect"'
            in card.answer
        )
