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
        if draft.kind == "claim"
    ]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Every day ninety workers ate their lunch in the factory canteen.", "ninety"),
        ("In the evening ninety children read the story of the velveteen rabbit.", "ninety"),
        ("The workers of the factory ate their lunch in fifteen minutes.", "fifteen"),
        ("Every worker in the pin factory made about eighteen distinct operations.", "eighteen"),
    ],
)
def test_a_spelled_number_is_the_key_term_and_a_word_ending_in_teen_is_not(
    sentence: str, term: str
) -> None:
    """A claim's last number is its key term; "canteen" and "velveteen" are no numbers."""
    assert deleted_terms(sentence) == [term]
