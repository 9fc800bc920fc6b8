"""Definition cards: a line that says what a term is asks for it ("What is X?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.extract import extract
from flashgen.model import Note
from flashgen.parse.document import parse_note


def definitions(text: str) -> list[tuple[str, str]]:
    """(front, back) of each definition card made of `text`."""
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Terms\n\n{text}\n", {})
    return [
        ("".join(s.text for s in d.front), "".join(s.text for b in d.back for s in b))
        for d in extract(parse_note(note))
        if d.kind == "definition" and not d.held_back
    ]


@pytest.mark.parametrize("separator", [":", "—", "=", "→", "->"])
def test_a_marked_term_and_its_gloss_is_a_definition(separator: str) -> None:
    """ "**Term** <separator> explanation", the way glossaries and lecture notes are written."""
    made = definitions(f"- **Pomerium** {separator} the sacred boundary of the city of Rome")
    assert [(f, b) for f, b in made if "Pomerium" in f] == [
        ("What is Pomerium, in Terms?", "the sacred boundary of the city of Rome")
    ], made
