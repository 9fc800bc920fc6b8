"""Section topics: a claim's front opens with the heading it stands under when that heading
names what the claim is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.extract import extract
from flashgen.extract.topics import section_topic
from flashgen.model import Note
from flashgen.parse.document import parse_note


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("Representativeness", "Representativeness"),
        ("3. Fault tolerance", "Fault tolerance"),
        ("Chapter 4: Farmer power", "Farmer power"),
        ("Prologue: Yali's question", "Yali's question"),
        ("Part 1: the idea", ""),  # a label, then a label
        ("Summary", ""),
        ("Why Britain", ""),
        ("Why did Rome expand?", ""),  # a question heading is a card of its own
        ("Zebras, unhappy marriages, and the Anna Karenina principle", ""),  # a title
        ("The Wealth of Nations", ""),  # the work's own title
        ("1776", "1776"),  # a timeline's year
        ("Week 3", ""),
        # (a video lecture's timestamp says where, not what)
        ("[12:30] Division of labour", "Division of labour"),
        ("(1:02:15) Pin factory", "Pin factory"),
    ],
)
def test_a_heading_names_a_topic_or_none(heading: str, topic: str) -> None:
    assert section_topic(heading, "The Wealth of Nations") == topic


def claim_fronts(text: str) -> list[str]:
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", text, {"author": "Adam Smith"})
    return [
        "".join("[…]" if "cloze" in s.marks else s.text for s in d.front)
        for d in extract(parse_note(note))
        if d.kind == "claim" and not d.held_back
    ]


def test_a_claims_front_opens_with_its_sections_topic() -> None:
    (front,) = claim_fronts(
        "# Wealth\n\n## Division of labour\n\n"
        "Smith argues that ten workmen together made upwards of forty-eight thousand pins.\n"
    )
    assert front.startswith("Division of labour — "), front


def test_no_topic_that_the_front_says_or_that_gives_the_answer_away() -> None:
    said = claim_fronts(
        "# Wealth\n\n## Division of labour\n\n"
        "Smith argues that the division of labour raises the output of every workman.\n"
    )
    assert said and not any(f.startswith("Division of labour") for f in said), said
    answer = claim_fronts(
        "# Wealth\n\n## Pin factories\n\nSmith notes that the workmen were making pins.\n"
    )
    assert not any(f.startswith("Pin factories") for f in answer), answer


def test_a_headings_dates_in_brackets_leave_its_topic() -> None:
    from flashgen.extract.topics import section_topic

    assert section_topic("Analytic Cubism (1909–1912)", "Cubism") == "Analytic Cubism"
    assert section_topic("The Bauhaus (c. 1919)", "Design") == "The Bauhaus"
