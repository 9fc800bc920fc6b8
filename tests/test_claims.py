"""Claim cards: which key term a sentence's cloze deletes."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.extract import extract
from flashgen.model import Note
from flashgen.parse.document import parse_note


def deleted_terms(sentence: str) -> list[str]:
    """What the claim cards made of a one-sentence note ask for."""
    text = f"# Factories\n\n{sentence}\n"
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", text, {"author": "Adam Smith"})
    return [
        "".join(span.text for span in draft.front if "cloze" in span.marks)
        for draft in extract(parse_note(note))
        if draft.kind == "claim" and not draft.held_back
    ]


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # What the main clause says of its subject is asked; the subject stays on the front.
        (
            "Smith argues that any attempt to divide the work by decree would fail at once.",
            "fail at once",
        ),
        ("Smith says the rural weaver doesn't gain from the division at all.", "doesn't gain"),
        ("Smith notes that ten workers made upwards of forty-eight thousand pins.", "upwards"),
        # The reason belongs to the point.
        (
            "Smith says that the farmer cannot divide his labour so completely, because the "
            "seasons of agriculture keep each of his tasks apart for months at a time.",
            "the seasons of agriculture",
        ),
    ],
)
def test_the_blank_is_the_point_of_the_sentence(sentence: str, answer: str) -> None:
    (deleted,) = deleted_terms(sentence)
    assert answer in deleted and len(deleted.split()) < len(sentence.split()) - 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith says the pin-makers of the neo-Gothic workshops were ten in number.",
        "Smith argues that the workmen, in 1776, made 4,800 pins each in the year 1776.",
        "Smith says that this has never happened before in any manufacture.",
    ],
)
def test_no_blank_breaks_a_word_a_number_or_leans_on_another_sentence(sentence: str) -> None:
    for deleted in deleted_terms(sentence):
        assert deleted and not deleted.startswith(("-", "0", "7", "6")), deleted
        whole = sentence.split()
        assert any(deleted.split()[0].strip(",.") in w for w in whole)
    if "this has" in sentence:
        assert deleted_terms(sentence) == []  # held back: its subject points back
