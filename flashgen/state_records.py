"""What the state file keeps of a build, in memory: a record of each card and of each note,
and a state read whole (previews, dry runs, curation)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from flashgen.model import Diagnostic, Embedded, quickly_made


@quickly_made
@dataclass(frozen=True, slots=True)
class CardRecord:
    guid: str
    note: str  # note identity
    anchor: str
    content_hash: str
    mtime: int
    model: str = "basic"
    fields: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    missing: int = 0  # builds since the card was last made from the notes
    deck: str = ""
    subdeck: tuple[str, ...] = ()
    media: tuple[str, ...] = ()  # vault files the fields show
    path: str = ""  # the note file it was made from, and the line, when last made
    line: int = 0
    # Its ids in Anki's tables, given once and kept with the GUID (see `StateFile._put_cards`):
    # the note's, and each card's, in the order of its ordinals.
    nid: int = 0
    cids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class NoteRecord:
    relpath: str
    fingerprint: bytes  # the note's text, normalised and packed, for rename and move detection
    # What the note gave last build, so an unchanged note is taken whole from the state:
    key: str = ""  # its inputs' hash (bytes, place, vault, configuration, code); "" unknown
    guids: tuple[str, ...] = ()  # its cards, in order
    diagnostics: tuple[Diagnostic, ...] = ()
    dropped: int = 0
    digest: str = ""  # the hash of its bytes
    # Hints that spare reading the note, not part of what the state says (two builds of the
    # same notes a second apart may trust different files): its file's size, times and
    # inode, if a change would alter them, else ""; what its embeds resolved to, with the
    # status of its images (see `incremental.embedded`).
    stat: str = field(default="", compare=False)
    embeds: tuple[Embedded, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class State:
    """A build's state, or the part of the previous one a build read: `cards` may hold only
    the cards of the notes read again (and the orphans); `notes` is always every note."""

    cards: dict[str, CardRecord] = field(default_factory=dict)
    notes: dict[str, NoteRecord] = field(default_factory=dict)
    models: dict[str, tuple[str, int]] = field(default_factory=dict)  # kind -> (fingerprint, mtime)
    vault: str = ""  # the folder of the vault's configuration and rejection list


def packed(text: str) -> bytes:
    """Text as the state keeps the notes' (zlib, fastest level: a note packs to a quarter)."""
    return zlib.compress(text.encode(), 1)


def unpacked(data: bytes) -> str:
    try:
        return zlib.decompress(data).decode()
    except (zlib.error, UnicodeDecodeError):  # a damaged state: nothing is recognised by it
        return ""
