"""The note types: fixed IDs, fixed field lists, and templates read from `card_templates/`,
or from a vault's own copies (`.flashgen/templates/`, written by `flashgen init --templates`).

The IDs and field lists are a contract with every collection that imported a flashgen deck:
Anki matches note types by ID, and a note type whose fields change no longer updates (see
docs/regenerating.md). Templates and CSS may change; fields may not. A vault's template is
checked before it is used: one that does not parse, names a field the note type lacks, or
leaves out the field its cards need is reported as `file:line`, and the built-in one used.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from flashgen.model import Diagnostic
from flashgen.output import write_atomically
from flashgen.render import BASIC_FIELDS, CLOZE_FIELDS

# A vault's own templates, beside its configuration: the layout of `card_templates/`.
VAULT_TEMPLATES = Path(".flashgen") / "templates"
TEMPLATE_FILES = (
    "basic/front.html",
    "basic/back.html",
    "cloze/front.html",
    "cloze/back.html",
    "style.css",
)
# What each side of each note type must show, for its cards to ask and answer anything.
_NEEDED = {
    ("basic", "front"): "Front",
    ("basic", "back"): "Back",
    ("cloze", "front"): "cloze:Text",
    ("cloze", "back"): "cloze:Text",
}
# Names Anki fills besides the note's fields.
_SPECIAL = frozenset({"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"})

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


def vault_templates(folder: Path) -> Path | None:
    """The templates folder of the vault whose curation folder is `folder`, if it has one."""
    path = folder / VAULT_TEMPLATES
    return path if path.is_dir() else None


def copy_templates(target: Path) -> tuple[list[Path], list[Path]]:
    """Copy the built-in templates into `target` for a vault to edit; a file already there
    is the user's, and kept. Returns the files written and the files kept."""
    written, kept = [], []
    for name in TEMPLATE_FILES:
        path = target / name
        if path.exists():
            kept.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, (templates_dir() / name).read_bytes())
        written.append(path)
    return written, kept


def note_types(folder: Path | None = None) -> dict[str, NoteType]:
    """The note types, with templates from `folder` (default: the project's `card_templates/`);
    a file missing or not fit to use there is the built-in one (see `checked_note_types`)."""
    return checked_note_types(folder)[0]


def checked_note_types(folder: Path | None) -> tuple[dict[str, NoteType], list[Diagnostic]]:
    """The note types with templates from `folder`, and what is wrong with them.

    Read afresh each time (five small files): a template edited between two builds in one
    process must reach the second build. A note type whose front or back is not fit to use
    takes both of the built-in ones, so that its two sides always match."""
    builtin = templates_dir()
    folder = folder or builtin
    problems: list[Diagnostic] = []
    css = _read(folder / "style.css", problems) if folder != builtin else None
    if css is None:
        css = (builtin / "style.css").read_text(encoding="utf-8")

    def load(kind: str, model_id: int, fields: tuple[str, ...]) -> NoteType:
        sides = {}
        for side in ("front", "back"):
            path = folder / kind / f"{side}.html"
            text = _read(path, problems) if folder != builtin else None
            if text is not None:
                found = template_problems(text, path, fields, _NEEDED[(kind, side)])
                problems.extend(found)
                text = None if found else text
            sides[side] = text
        if None in sides.values():
            sides = {s: (builtin / kind / f"{s}.html").read_text("utf-8") for s in sides}
        return NoteType(
            model_id=model_id,
            name=f"flashgen {kind}",
            fields=fields,
            front=sides["front"],
            back=sides["back"],
            css=css,
            cloze=kind == "cloze",
        )

    types = {
        "basic": load("basic", BASIC_MODEL_ID, BASIC_FIELDS),
        "cloze": load("cloze", CLOZE_MODEL_ID, CLOZE_FIELDS),
    }
    return types, problems


def _read(path: Path, problems: list[Diagnostic]) -> str | None:
    """A vault's template file; None when it has none (the built-in one is used)."""
    if not path.exists():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Diagnostic(str(path), 1, f"cannot read it ({error}); {_BUILTIN}", "error"))
        return None


_BUILTIN = "the built-in template is used"
_TAG = re.compile(r"{{(.*?)}}", re.DOTALL)


def template_problems(
    text: str, path: Path, fields: tuple[str, ...], needed: str
) -> list[Diagnostic]:
    """What keeps an Anki card template from being used for a note type of `fields`: a
    `{{` never closed, a section (`{{#X}}`, `{{^X}}`) closed wrongly or never, a field the
    note type does not have, or no `{{needed}}` at all."""
    problems: list[Diagnostic] = []

    def problem(at: int, message: str) -> None:
        line = text.count("\n", 0, at) + 1
        problems.append(Diagnostic(str(path), line, f"{message}; {_BUILTIN}", "error"))

    known = _SPECIAL | set(fields)
    opened: list[tuple[str, int]] = []
    shown: set[str] = set()
    end = 0
    for tag in _TAG.finditer(text):
        if "{{" in text[end : tag.start()]:
            break  # a "{{" before this tag was never closed: reported below
        end = tag.end()
        inside = tag.group(1).strip()
        if inside[:1] in ("#", "^"):
            opened.append((inside[1:].strip(), tag.start()))
            name = inside[1:].strip()
        elif inside[:1] == "/":
            name = inside[1:].strip()
            if not opened or opened[-1][0] != name:
                was = f"{{{{#{opened[-1][0]}}}}} is still open" if opened else "nothing is open"
                problem(tag.start(), f"{{{{/{name}}}}} closes a section, but {was}")
                return problems
            opened.pop()
        else:
            name = inside.rsplit(":", 1)[-1].strip()  # `{{text:Front}}`, `{{cloze:Text}}`
            shown.update((inside.replace(" ", ""), name))
        if name not in known:
            problem(tag.start(), f"{{{{{inside}}}}}: the note type has no field {name!r}")
    unclosed = text.find("{{", end)
    if unclosed >= 0:
        problem(unclosed, "a '{{' is never closed by '}}'")
    for name, at in opened:
        problem(at, f"{{{{#{name}}}}} is never closed by {{{{/{name}}}}}")
    if not problems and needed.replace(" ", "") not in shown:
        problem(0, f"the cards need {{{{{needed}}}}} on this side, and it has none")
    return problems


def deck_id(deck_name: str) -> int:
    """A deck's ID from its name, the same on every machine."""
    return (int(hashlib.sha256(deck_name.encode()).hexdigest()[:8], 16) % (1 << 30)) + (1 << 30)
