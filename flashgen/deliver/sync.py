"""Deliver stage, into a running Anki: push a build's cards through AnkiConnect.

Which Anki note holds which card is kept in a map beside the deck
(`<deck>.flashgen-sync.json`: GUID → Anki note id, plus the content hash, tags and deck last
pushed); nothing is ever written into the notes. A sync reads Anki in one batched request,
learns what the user rejected there (flashgen's notes deleted in Anki or tagged
`flashgen::reject` go to the rejection list), builds, plans, and writes only what differs:
a re-sync with nothing changed writes nothing.
"""

from __future__ import annotations

import base64
import html
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import nh3

from flashgen.curate import Rejection, load_rejected, save_rejected
from flashgen.deliver.ankiconnect import BATCH, Action, AnkiConnect, AnkiConnectError
from flashgen.identify import ORPHAN_TAG
from flashgen.media import packaged_name
from flashgen.model import Card, Diagnostic, Progress, no_progress
from flashgen.output import write_atomically
from flashgen.pipeline import build
from flashgen.render import CLOZE_DELETION
from flashgen.targets import curation_folder, target, vault_config
from flashgen.templates import NoteType, note_types

MAP_VERSION = 1
REJECT_TAG = "flashgen::reject"
TEMPLATE_NAME = "Card 1"


class SyncError(Exception):
    """Anki holds something flashgen must not overwrite, or refused a write."""


# The map of what flashgen put into Anki ------------------------------------------------------


@dataclass(frozen=True)
class Pushed:
    """One card as flashgen last pushed it into Anki."""

    note_id: int
    content_hash: str
    deck: str
    tags: tuple[str, ...]
    front: str  # the question as text, for listings and the rejection list
    orphaned: bool = False  # tagged flashgen::orphaned: its source left the notes


@dataclass(frozen=True)
class SyncMap:
    notes: dict[str, Pushed] = field(default_factory=dict)  # by GUID
    media: frozenset[str] = frozenset()  # media file names already stored in Anki


def sync_map_path(output: Path) -> Path:
    return output.with_name(output.stem + ".flashgen-sync.json")


def load_sync_map(path: Path) -> SyncMap:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SyncMap()
    if data.get("version") != MAP_VERSION:
        return SyncMap()
    notes = {
        guid: Pushed(row[0], row[1], row[2], tuple(row[3]), row[4], bool(row[5]))
        for guid, row in data.get("notes", {}).items()
    }
    return SyncMap(notes, frozenset(data.get("media", [])))


def save_sync_map(path: Path, sync_map: SyncMap) -> None:
    rows = {
        guid: [p.note_id, p.content_hash, p.deck, list(p.tags), p.front, p.orphaned]
        for guid, p in sorted(sync_map.notes.items())
    }
    data = {"version": MAP_VERSION, "notes": rows, "media": sorted(sync_map.media)}
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=0).encode("utf-8"))


# What Anki holds -------------------------------------------------------------------------


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


# The plan ---------------------------------------------------------------------------------


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


# Carrying it out --------------------------------------------------------------------------


def _fields(card: Card, types: dict[str, NoteType]) -> dict[str, str]:
    return dict(zip(types[card.rendered.model].fields, card.rendered.fields, strict=True))


def _pushed(card: Card, note_id: int, deck_name: str) -> Pushed:
    deck = card.rendered.deck_in(deck_name)
    return Pushed(note_id, card.content_hash, deck, card.rendered.tags, question_text(card))


def _checked(actions: Sequence[Action], replies: Iterable[tuple[Any, str | None]]) -> None:
    failed = [
        f"{name}: {error}" for (name, _), (_, error) in zip(actions, replies, strict=True) if error
    ]
    if failed:
        raise SyncError(f"Anki refused {len(failed)} writes; first: {failed[0]}")


def apply_sync(
    client: AnkiConnect,
    plan: SyncPlan,
    sync_map: SyncMap,
    map_path: Path,
    deck_name: str,
    types: dict[str, NoteType],
    progress: Progress = no_progress,
) -> SyncMap:
    """Write the plan into Anki; the map is saved after each batch of added notes, so an
    interrupted sync never forgets a note it made (and never makes it twice). `progress`
    is told of the notes added and the changes sent."""
    notes = dict(sync_map.notes)
    total = len(plan.add) + len(plan.changes) + len(plan.delete)
    setup: list[Action] = [("createDeck", {"deck": name}) for name in plan.create_decks]
    for nt in plan.create_models:
        template = {"Name": TEMPLATE_NAME, "Front": nt.front, "Back": nt.back}
        setup.append(
            (
                "createModel",
                {
                    "modelName": nt.name,
                    "inOrderFields": list(nt.fields),
                    "css": nt.css,
                    "isCloze": nt.cloze,
                    "cardTemplates": [template],
                },
            )
        )
    for nt in plan.update_models:
        templates = {TEMPLATE_NAME: {"Front": nt.front, "Back": nt.back}}
        setup.append(("updateModelTemplates", {"model": {"name": nt.name, "templates": templates}}))
        setup.append(("updateModelStyling", {"model": {"name": nt.name, "css": nt.css}}))
    for path in plan.media:
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        setup.append(("storeMediaFile", {"filename": packaged_name(path), "data": data}))
    if setup:
        _checked(setup, client.multi(setup))
    media = sync_map.media | {packaged_name(p) for p in plan.media}

    refused = 0
    for start in range(0, len(plan.add), BATCH):
        chunk = plan.add[start : start + BATCH]
        payload = [
            {
                "deckName": card.rendered.deck_in(deck_name),
                "modelName": types[card.rendered.model].name,
                "fields": _fields(card, types),
                "tags": list(card.rendered.tags),
                # Identity is the GUID, not the question: two cards may ask alike.
                "options": {"allowDuplicate": True},
            }
            for card in chunk
        ]
        ids = client.invoke("addNotes", notes=payload)
        for card, note_id in zip(chunk, ids, strict=True):
            if note_id:
                notes[card.guid] = _pushed(card, note_id, deck_name)
            else:
                refused += 1
        save_sync_map(map_path, SyncMap(notes, media))
        progress("Anki", start + len(chunk), total, "notes added")

    writes: list[Action] = []
    for change in plan.changes:
        if change.fields:
            fields = _fields(change.card, types)
            writes.append(("updateNoteFields", {"note": {"id": change.note_id, "fields": fields}}))
        if change.remove_tags:
            tags = " ".join(change.remove_tags)
            writes.append(("removeTags", {"notes": [change.note_id], "tags": tags}))
        if change.add_tags:
            writes.append(
                ("addTags", {"notes": [change.note_id], "tags": " ".join(change.add_tags)})
            )
        if change.move_cards:
            deck = change.card.rendered.deck_in(deck_name)
            writes.append(("changeDeck", {"cards": list(change.move_cards), "deck": deck}))
        notes[change.guid] = _pushed(change.card, change.note_id, deck_name)
    if plan.orphan:
        ids = [notes[g].note_id for g in plan.orphan]
        writes.append(("addTags", {"notes": ids, "tags": ORPHAN_TAG}))
        notes.update((g, replace(notes[g], orphaned=True)) for g in plan.orphan)
    if plan.delete:
        writes.append(("deleteNotes", {"notes": [notes[g].note_id for g in plan.delete]}))
    if writes:
        _checked(writes, client.multi(writes))
        progress("Anki", total, total, "changes sent")
    for guid in (*plan.delete, *plan.forget):
        notes.pop(guid, None)
    result = SyncMap(notes, media)
    save_sync_map(map_path, result)
    if refused:
        raise SyncError(f"Anki refused {refused} new notes; the others were added")
    return result


# The command ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncReport:
    plan: SyncPlan
    rejected: tuple[Rejection, ...]  # found rejected in Anki during this sync
    notes_read: int
    cards: int
    requests: int
    seconds: float
    dry_run: bool
    diagnostics: tuple[Diagnostic, ...] = ()
    rejected_guids: frozenset[str] = frozenset()  # every card on the rejection list
    repeated: int = 0  # how many of `diagnostics` (the last) an earlier build reported


def sync(
    paths: Sequence[Path],
    url: str | None = None,
    key: str | None = None,
    output: Path | None = None,
    deck_name: str | None = None,
    dry_run: bool = False,
    delete_orphans: bool = False,
    now: int | None = None,
    progress: Progress = no_progress,
) -> SyncReport:
    """Build the notes under `paths` (as `build` does, same deck and state) and make the
    running Anki hold exactly those cards. Raises AnkiUnreachable, AnkiConnectError,
    SyncError, or OutputBusy (another build holds the deck)."""
    started = time.perf_counter()
    config = vault_config(paths)
    deck_name, output = target(paths, output, deck_name, config)
    folder = curation_folder(paths, config)
    client = AnkiConnect(url or config.anki_url, key or config.anki_key)
    client.checked_version()
    types = note_types()
    map_path = sync_map_path(output)
    sync_map = load_sync_map(map_path)
    view = read_anki(client, sync_map, types)
    found = rejected_in_anki(view, sync_map)
    if found and not dry_run:
        rejected = load_rejected(folder, output)
        rejected.update((r.guid, r) for r in found)
        save_rejected(folder, rejected.values(), output)
    result = build(paths, output, deck_name, dry_run=dry_run, now=now, progress=progress)
    if result.notes_read == 0:
        # A wrong path must not read as "every note is gone" and orphan (or delete) them all.
        raise SyncError("no notes found; nothing synced")
    newly = {r.guid for r in found}
    cards = [card for card in result.cards if card.guid not in newly]
    unmapped = (
        unmapped_notes(client, types, sync_map)
        if any(c.guid not in sync_map.notes for c in cards)
        else {}
    )
    plan = plan_sync(cards, deck_name, sync_map, view, unmapped, types, delete_orphans)
    if not dry_run:
        apply_sync(client, plan, sync_map, map_path, deck_name, types, progress)
    return SyncReport(
        plan=plan,
        rejected=tuple(found),
        notes_read=result.notes_read,
        cards=len(cards),
        requests=client.requests,
        seconds=time.perf_counter() - started,
        dry_run=dry_run,
        diagnostics=result.diagnostics,
        rejected_guids=frozenset(load_rejected(folder, output)) | newly,
        repeated=result.repeated,
    )
