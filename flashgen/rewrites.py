"""Rewrites: the cards whose wording the user changed (in `flashgen review`). The list is the
tool's own file in the vault, `.flashgen/rewrites.json` beside the rejection list: one
record per card, keyed by GUID, with the text the user wrote, the text flashgen had made
and a hash of it (the card's *source*), and the note it came from.

A build gives a rewritten card the user's text instead of its own while the card keeps its
GUID, so Anki updates the note in place and keeps its reviews. When the generated text
changes (the note's sentence was edited), the rewrite is still used, and the card is
flagged until the user chooses: keep the rewrite, take the new text, or edit again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from flashgen.model import Diagnostic, RenderedCard
from flashgen.output import write_atomically
from flashgen.render import FIELD_SEPARATOR, sanitize

VERSION = 1


@dataclass(frozen=True)
class Rewrite:
    """What the user wrote for one card: the first two fields (front and back; for a cloze
    note its text, deletions written `{{c1::…}}`, and its extra), as HTML."""

    guid: str
    note: str  # the vault path of the note the card comes from
    front: str
    back: str
    source: str  # `source_hash` of the fields flashgen made when the user wrote this
    made_front: str = ""  # those fields, for the user to compare
    made_back: str = ""


def rewrites_path(folder: Path) -> Path:
    """The rewrite list of the vault whose configuration (or root) is `folder`."""
    return folder / ".flashgen" / "rewrites.json"


def load_rewrites(folder: Path) -> dict[str, Rewrite]:
    """The vault's rewrites by GUID; none when the file is missing or not readable."""
    try:
        data = json.loads(rewrites_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = {}
    for guid, record in (data.get("cards") or {}).items() if isinstance(data, dict) else ():
        if isinstance(record, dict) and isinstance(record.get("front"), str):
            fields = {k: str(record.get(k, "")) for k in ("note", "front", "back", "source")}
            made = {k: str(record.get(k, "")) for k in ("made_front", "made_back")}
            found[guid] = Rewrite(guid, **fields, **made)
    return found


def save_rewrites(folder: Path, rewrites: Iterable[Rewrite]) -> Path:
    """Write the list, sorted by note then GUID (so that it diffs well), whole or not at all."""
    rows = sorted(rewrites, key=lambda r: (r.note, r.guid))
    cards = {r.guid: {k: v for k, v in asdict(r).items() if k != "guid"} for r in rows}
    text = json.dumps(
        {
            "about": "Cards you rewrote in `flashgen review`: builds use your text instead "
            "of flashgen's while the card keeps its GUID. Edit with care, or in the review.",
            "version": VERSION,
            "cards": cards,
        },
        indent=2,
        ensure_ascii=False,
    )
    path = rewrites_path(folder)
    write_atomically(path, (text + "\n").encode("utf-8"))
    return path


def source_hash(fields: tuple[str, ...]) -> str:
    """What a rewrite was made from: the first two fields as flashgen made them."""
    return hashlib.sha256("\x1f".join(fields[:2]).encode()).hexdigest()[:16]


def note_digests(rewrites: Iterable[Rewrite]) -> dict[str, str]:
    """By note, a hash of its rewrites: a note's cards depend on them (`incremental`)."""
    by_note: dict[str, list[Rewrite]] = {}
    for rewrite in rewrites:
        by_note.setdefault(rewrite.note, []).append(rewrite)
    return {
        note: hashlib.sha256(
            json.dumps([asdict(r) for r in sorted(found, key=lambda r: r.guid)]).encode()
        ).hexdigest()[:16]
        for note, found in by_note.items()
    }


# A cloze deletion as a user writes it: `{{c1::answer}}` or `{{c1::answer::hint}}`.
_DELETION = re.compile(r"\{\{c(\d{1,2})::(.*?)\}\}", re.S)


def user_html(text: str, cloze: bool = False) -> str:
    """What the user wrote, made safe: sanitized like every field flashgen writes (no
    script, no remote resource, braces as entities so that no template syntax gets
    through), with a cloze note's deletions `{{cN::…}}` kept as deletions."""
    if not cloze:
        return sanitize(text).replace(FIELD_SEPARATOR, "")
    parts = []
    position = 0
    for found in _DELETION.finditer(text):
        parts.append(sanitize(text[position : found.start()]))
        parts.append(f"{{{{c{int(found.group(1))}::{sanitize(found.group(2))}}}}}")
        position = found.end()
    parts.append(sanitize(text[position:]))
    return "".join(parts).replace(FIELD_SEPARATOR, "")


def rewritten(card: RenderedCard, rewrite: Rewrite | None) -> RenderedCard:
    """The card with the user's text in its first two fields (its identity untouched)."""
    if rewrite is None:
        return card
    cloze = card.model == "cloze"
    front, back = user_html(rewrite.front, cloze), user_html(rewrite.back)
    if cloze and not _DELETION.search(front):
        return card  # a cloze note with no deletion makes no card in Anki: kept as made
    return replace(card, fields=(front, back, *card.fields[2:]))


def source_changed(
    cards: Iterable[tuple[str, RenderedCard]], rewrites: Mapping[str, Rewrite]
) -> list[Diagnostic]:
    """A warning for each rewritten card (GUID, card as flashgen made it) whose text
    flashgen makes has changed since the user rewrote it."""
    return [
        Diagnostic(
            card.path,
            card.line,
            f"card {guid} was rewritten, and its source changed since you rewrote it "
            "(your text is still used; `flashgen review` to keep it, take the new text or "
            "edit again)",
        )
        for guid, card in cards
        if guid in rewrites and rewrites[guid].source != source_hash(card.fields)
    ]
