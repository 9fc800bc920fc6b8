"""Question headings: a heading that asks a question is asked, its section's opening the answer."""

from __future__ import annotations

from pathlib import Path

from flashgen.extract import extract
from flashgen.model import Draft, Note
from flashgen.parse.document import parse_note


def drafts(text: str, meta: dict | None = None) -> list[Draft]:
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", text, meta or {"author": "Adam Smith"})
    return [d for d in extract(parse_note(note)) if not d.held_back]


def plain(spans: tuple) -> str:
    return "".join(s.text for s in spans)


def test_a_question_heading_is_asked_with_its_paragraph_as_the_answer() -> None:
    made = drafts(
        "# Wealth\n\n## Why did the pin trade grow?\n"
        "Smith argues that the division of labour let ten workers make what one could not. "
        "Each did one step of eighteen.\n\n"
        "Smith notes that the nail trade of Birmingham employs more than three thousand smiths.\n"
    )
    (asked,) = [d for d in made if d.anchor.startswith("question:")]
    assert plain(asked.front).endswith("Why did the pin trade grow?")
    assert "Smith" in plain(asked.front)  # the card names its source
    assert plain(asked.back[0]).startswith("Smith argues that the division of labour")
    # The answer's sentences make no other card; the section's later ones still do.
    assert not any("ten workers" in plain(d.front) for d in made if d is not asked)
    assert any("nail trade" in plain(d.front) for d in made)


def test_a_question_heading_with_a_list_has_the_list_as_its_answer() -> None:
    made = drafts(
        "# Wealth\n\n## What raises the output of labour?\n"
        "- the dexterity of every workman\n- the time saved in passing between tasks\n"
        "- the machines that abridge labour\n"
    )
    (asked,) = [d for d in made if d.anchor.startswith("question:")]
    assert asked.back_style == "bullets" and len(asked.back) == 3


def test_the_notes_title_and_bare_questions_are_not_asked() -> None:
    """A work called "What Is It Like to Be a Bat?" and a "6. What then?" ask nothing."""
    text = (
        "# What Is It Like to Be a Bat?\n\nNagel argues that consciousness makes the "
        "mind-body problem intractable for every physical theory.\n\n"
        "## 6. What then?\nNagel says that we lack the concepts to think about it today.\n"
    )
    made = drafts(text, {"author": "Thomas Nagel", "title": "What Is It Like to Be a Bat?"})
    assert not [d for d in made if d.anchor.startswith("question:")]
