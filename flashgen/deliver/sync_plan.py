"""The plan of a sync: from a build's cards, the map and what Anki holds, each change to make
in Anki (note types, decks, notes added, updated, moved, retagged, deleted) and nothing
where nothing differs."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nh3

from flashgen.deliver.anki_view import AnkiView
from flashgen.deliver.sync_map import SyncMap
from flashgen.identify import ORPHAN_TAG
from flashgen.media import packaged_name
from flashgen.model import Card
from flashgen.render import CLOZE_DELETION
from flashgen.templates import NoteType


class SyncError(Exception):
    """Anki holds something flashgen must not overwrite, or refused a write."""


@dataclass(frozen=True)
class Change:
    """Writes to one note already in Anki."""

    guid: str
    note_id: int
    card: Card
    fields: bool  # the fields are rewritten
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    move_cards: tuple[int, ...] = ()  # card ids moved to the card's deck
    adopted: bool = False  # found in Anki by its question, not through the map


@dataclass(frozen=True)
class SyncPlan:
    create_decks: tuple[str, ...] = ()
    create_models: tuple[NoteType, ...] = ()
    update_models: tuple[NoteType, ...] = ()
    add: tuple[Card, ...] = ()
    changes: tuple[Change, ...] = ()
    unchanged: tuple[str, ...] = ()
    orphan: tuple[str, ...] = ()  # GUIDs to tag flashgen::orphaned
    delete: tuple[str, ...] = ()  # GUIDs whose notes are deleted (--delete-orphans)
    forget: tuple[str, ...] = ()  # GUIDs whose notes are gone from Anki
    media: tuple[Path, ...] = ()

    @property
    def writes(self) -> int:
        return (
            len(self.create_decks)
            + len(self.create_models)
            + len(self.update_models)
            + len(self.add)
            + len(self.changes)
            + len(self.orphan)
            + len(self.delete)
            + len(self.media)
        )


def question_text(card: Card) -> str:
    """The card's question as a reader sees it: plain text, a cloze deletion as […]."""
    shown = CLOZE_DELETION.sub("[…]", card.rendered.fields[0])
    return " ".join(html.unescape(nh3.clean(shown, tags=set())).split())


def plan_sync(
    cards: Sequence[Card],
    deck_name: str,
    sync_map: SyncMap,
    view: AnkiView,
    unmapped: dict[tuple[str, str], list[dict[str, Any]]],
    types: dict[str, NoteType],
    delete_orphans: bool,
) -> SyncPlan:
    """What to write so that Anki holds exactly `cards`: a pure function of what is known."""
    add: list[Card] = []
    changes: list[Change] = []
    unchanged: list[str] = []
    current = {card.guid for card in cards}
    for card in cards:
        model = types[card.rendered.model]
        deck = card.rendered.deck_in(deck_name)
        pushed = sync_map.notes.get(card.guid)
        info = view.notes.get(card.guid) if pushed else None
        if pushed is not None and info is not None and info.get("modelName") == model.name:
            old_tags = set(pushed.tags) | ({ORPHAN_TAG} if pushed.orphaned else set())
            change = Change(
                card.guid,
                pushed.note_id,
                card,
                fields=pushed.content_hash != card.content_hash,
                add_tags=tuple(sorted(set(card.rendered.tags) - set(pushed.tags))),
                remove_tags=tuple(sorted(old_tags - set(card.rendered.tags))),
                move_cards=tuple(info.get("cards", ())) if pushed.deck != deck else (),
            )
        else:
            candidates = unmapped.get((model.name, card.rendered.fields[0]), [])
            if not candidates:
                add.append(card)
                continue
            found = candidates.pop(0)
            anki_fields = [f["value"] for f in sorted(found["fields"].values(), key=_order)]
            change = Change(
                card.guid,
                found["noteId"],
                card,
                fields=anki_fields != list(card.rendered.fields),
                add_tags=tuple(sorted(set(card.rendered.tags) - set(found.get("tags", ())))),
                adopted=True,
            )
        writes = change.fields or change.add_tags or change.remove_tags or change.move_cards
        if writes or change.adopted:  # an adopted note may need no write; the map learns it
            changes.append(change)
        else:
            unchanged.append(card.guid)
    gone = [g for g in sync_map.notes if g not in current]
    # Gone from the notes and from Anki (deleted or rejected there): only the map forgets.
    forget = tuple(g for g in gone if g in view.notes and view.notes[g] is None)
    present = [g for g in gone if g not in forget]
    orphan = () if delete_orphans else tuple(g for g in present if not sync_map.notes[g].orphaned)
    written = [*add, *(c.card for c in changes if c.fields)]
    media = {p for card in written for p in card.rendered.media}
    missing_decks = {c.rendered.deck_in(deck_name) for c in add} | {
        c.card.rendered.deck_in(deck_name) for c in changes if c.move_cards
    }
    used_models = {types[c.rendered.model].name for c in cards}
    create_models, update_models = [], []
    for nt in types.values():
        in_anki = view.models.get(nt.name)
        if in_anki is None:
            if nt.name in used_models:
                create_models.append(nt)
        elif in_anki.fields != nt.fields:
            raise SyncError(
                f"the note type {nt.name!r} in Anki has the fields {list(in_anki.fields)}, "
                f"flashgen's has {list(nt.fields)}: rename the one in Anki (Tools › Manage "
                "Note Types) and sync again"
            )
        elif (in_anki.front, in_anki.back, in_anki.css) != (nt.front, nt.back, nt.css):
            update_models.append(nt)
    return SyncPlan(
        create_decks=tuple(sorted(d for d in missing_decks if d not in view.decks)),
        create_models=tuple(create_models),
        update_models=tuple(update_models),
        add=tuple(add),
        changes=tuple(changes),
        unchanged=tuple(unchanged),
        orphan=orphan,
        delete=tuple(present) if delete_orphans else (),
        forget=forget,
        media=tuple(sorted((p for p in media if packaged_name(p) not in sync_map.media), key=str)),
    )


def _order(field_info: dict[str, Any]) -> int:
    return field_info["order"]
