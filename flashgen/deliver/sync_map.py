"""The map of what flashgen put into Anki, kept beside the deck (`<deck>.flashgen-sync.json`):
GUID → Anki note id, with the content hash, tags and deck last pushed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from flashgen.output import write_atomically

MAP_VERSION = 1


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
