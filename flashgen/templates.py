"""The note types: fixed IDs, fixed field lists, and templates read from `card_templates/`.

The IDs and field lists are a contract with every collection that imported a flashgen deck:
Anki matches note types by ID, and a note type whose fields change no longer updates (see
docs/regenerating.md). Templates and CSS may change; fields may not.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from flashgen.render import BASIC_FIELDS, CLOZE_FIELDS

# sha256 of the note type's name, folded into [2^30, 2^31): fixed forever.
BASIC_MODEL_ID = 1547552182
CLOZE_MODEL_ID = 1442749482


@dataclass(frozen=True)
class NoteType:
    model_id: int
    name: str
    fields: tuple[str, ...]
    front: str
    back: str
    css: str
    cloze: bool

    @property
    def fingerprint(self) -> str:
        """Changes exactly when what Anki stores for the note type changes."""
        text = "\x1f".join((self.name, *self.fields, self.front, self.back, self.css))
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def templates_dir() -> Path:
    """`card_templates/` inside an installed wheel, else the one at the repository's top."""
    packaged = Path(__file__).parent / "card_templates"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "card_templates"


def note_types(folder: Path | None = None) -> dict[str, NoteType]:
    """The note types, with templates from `folder` (default: the project's `card_templates/`).

    Read afresh each time (five small files): a template edited between two builds in one
    process must reach the second build."""
    folder = folder or templates_dir()
    css = (folder / "style.css").read_text(encoding="utf-8")

    def load(kind: str, model_id: int, fields: tuple[str, ...]) -> NoteType:
        return NoteType(
            model_id=model_id,
            name=f"flashgen {kind}",
            fields=fields,
            front=(folder / kind / "front.html").read_text(encoding="utf-8"),
            back=(folder / kind / "back.html").read_text(encoding="utf-8"),
            css=css,
            cloze=kind == "cloze",
        )

    return {
        "basic": load("basic", BASIC_MODEL_ID, BASIC_FIELDS),
        "cloze": load("cloze", CLOZE_MODEL_ID, CLOZE_FIELDS),
    }


def deck_id(deck_name: str) -> int:
    """A deck's ID from its name, the same on every machine."""
    return (int(hashlib.sha256(deck_name.encode()).hexdigest()[:8], 16) % (1 << 30)) + (1 << 30)
