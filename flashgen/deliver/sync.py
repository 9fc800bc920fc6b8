"""Deliver stage, into a running Anki: push a build's cards through AnkiConnect.

Which Anki note holds which card is kept in a map beside the deck
(`<deck>.flashgen-sync.json`: GUID → Anki note id, plus the content hash, tags and deck last
pushed); nothing is ever written into the notes. A sync reads Anki in one batched request,
learns what the user rejected there (flashgen's notes deleted in Anki or tagged
`flashgen::reject` go to the rejection list), builds, plans, and writes only what differs:
a re-sync with nothing changed writes nothing. The map is `sync_map`'s, the reading of Anki
`anki_view`'s, the plan `sync_plan`'s; this module carries the plan out.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from flashgen.curate import Rejection, load_rejected, save_rejected
from flashgen.deliver.anki_view import TEMPLATE_NAME, read_anki, rejected_in_anki, unmapped_notes
from flashgen.deliver.ankiconnect import BATCH, Action, AnkiConnect
from flashgen.deliver.sync_map import Pushed, SyncMap, load_sync_map, save_sync_map, sync_map_path
from flashgen.deliver.sync_plan import SyncError, SyncPlan, plan_sync, question_text
from flashgen.identify import ORPHAN_TAG
from flashgen.media import packaged_name
from flashgen.model import Card, Diagnostic, Progress, no_progress
from flashgen.pipeline import build
from flashgen.targets import curation_folder, target, vault_config
from flashgen.templates import NoteType, note_types, vault_templates

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
    types = note_types(vault_templates(folder))
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
