"""What Anki holds of flashgen's notes, read in one batched AnkiConnect request: the notes the
map names, the note types, the decks; and what the user rejected there (a note deleted, or
tagged `flashgen::reject`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flashgen.curate import Rejection
from flashgen.deliver.ankiconnect import Action, AnkiConnect, AnkiConnectError
from flashgen.deliver.sync_map import SyncMap
from flashgen.templates import NoteType

REJECT_TAG = "flashgen::reject"


TEMPLATE_NAME = "Card 1"


@dataclass(frozen=True)
class ModelInAnki:
    fields: tuple[str, ...]
    front: str
    back: str
    css: str


@dataclass(frozen=True)
class AnkiView:
    """What a sync needs to know of the collection, read in one request."""

    decks: frozenset[str]
    models: dict[str, ModelInAnki | None]  # by flashgen note type name; None: not in Anki
    notes: dict[str, dict[str, Any] | None]  # by GUID, from notesInfo; None: deleted in Anki


def read_anki(client: AnkiConnect, sync_map: SyncMap, types: dict[str, NoteType]) -> AnkiView:
    guids = list(sync_map.notes)
    names = [nt.name for nt in types.values()]
    actions: list[Action] = [("deckNames", {}), ("modelNames", {})]
    for name in names:
        actions += [
            ("modelFieldNames", {"modelName": name}),
            ("modelTemplates", {"modelName": name}),
            ("modelStyling", {"modelName": name}),
        ]
    actions.append(("notesInfo", {"notes": [sync_map.notes[g].note_id for g in guids]}))
    replies = client.multi(actions)
    for (action, _), (_, error) in zip(
        actions[:2] + actions[-1:], replies[:2] + replies[-1:], strict=True
    ):
        if error is not None:
            raise AnkiConnectError(f"{action}: {error}")
    decks, models_in_anki, infos = replies[0][0], set(replies[1][0]), replies[-1][0]
    models: dict[str, ModelInAnki | None] = {}
    for index, name in enumerate(names):
        fields, templates, styling = (r for r, _ in replies[2 + 3 * index : 5 + 3 * index])
        if name not in models_in_anki or fields is None:
            models[name] = None
            continue
        template = (templates or {}).get(TEMPLATE_NAME, {})
        models[name] = ModelInAnki(
            tuple(fields),
            template.get("Front", ""),
            template.get("Back", ""),
            (styling or {}).get("css", ""),
        )
    notes = {
        guid: (info if info and info.get("noteId") else None)
        for guid, info in zip(guids, infos, strict=True)
    }
    return AnkiView(frozenset(decks), models, notes)


def rejected_in_anki(view: AnkiView, sync_map: SyncMap) -> list[Rejection]:
    """flashgen's notes the user deleted in Anki, or tagged flashgen::reject there."""
    found = []
    for guid, info in view.notes.items():
        pushed = sync_map.notes[guid]
        if pushed.orphaned:
            continue  # its source is gone already: nothing left to reject
        if info is None or REJECT_TAG in info.get("tags", ()):
            found.append(Rejection(guid, pushed.front))
    return found


def unmapped_notes(
    client: AnkiConnect, types: dict[str, NoteType], sync_map: SyncMap
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Notes of flashgen's note types that the map does not know (an imported .apkg, or a lost
    map), by (note type, first field): a card finds its note there instead of duplicating it."""
    query = " OR ".join(f'"note:{nt.name}"' for nt in types.values())
    ids = client.invoke("findNotes", query=query)
    known = {p.note_id for p in sync_map.notes.values()}
    fresh = [i for i in ids if i not in known]
    if not fresh:
        return {}
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for info in client.invoke("notesInfo", notes=fresh):
        if info and info.get("noteId"):
            first = min(info["fields"].values(), key=lambda f: f["order"])["value"]
            index.setdefault((info["modelName"], first), []).append(info)
    return index
