"""Drafts of a note written inside a test: the one way the test modules make them."""

from __future__ import annotations

from pathlib import Path

from flashgen.extract import extract
from flashgen.model import Draft, Note
from flashgen.parse.document import parse_note


def note_drafts(text: str, meta: dict | None = None, name: str = "f.md") -> list[Draft]:
    """The cards (not held back) made of a note `name` holding `text`, with front matter
    `meta`."""
    note = Note(Path(f"vault/{name}"), Path("vault"), name, text, meta or {})
    return [d for d in extract(parse_note(note)) if not d.held_back]
