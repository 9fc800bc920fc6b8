"""Incremental builds: the key of everything a note's cards depend on (its bytes, its place
in the vault, the vault's configuration and flashgen's code) and the files it embeds, and
the light form of a note's results that a build keeps.

A note whose key is the one the state file recorded, and whose embeds resolve to the same
files, unchanged, is not parsed again: its cards are the state's. A note whose file status
(size, times, inode) is the one recorded is not even read: its bytes are those it had.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path

import flashgen
from flashgen.media import VaultFiles, is_image, resolve_embed
from flashgen.model import NO_SOURCE, Draft, Embedded, NoteCards, RenderedCard, Seen, Span

KEY_VERSION = 1


@cache
def code_fingerprint() -> str:
    """Changes whenever flashgen's code or card templates change: a new version re-reads all."""
    digest = hashlib.sha256(f"{KEY_VERSION}:{flashgen.__version__}".encode())
    package = Path(flashgen.__file__).parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


# A build's cards carry no draft to the main process: the card has what identifying it
# needs (`RenderedCard.anchor`, `path`, `line`). One draft stands for all, sent once a note.
NO_DRAFT = Draft("claim", "", (), (), NO_SOURCE, (), "", 0)


def lightened(result: NoteCards) -> NoteCards:
    """What a build needs of a note's cards after rendering: the fields, the plain text and
    each card's identity, not its draft. Sent back from a worker without it, the cards take
    a third less time to pickle and to load (1 000 notes: 0.17 -> 0.11 s and 0.44 -> 0.31 s,
    after a third less again when the drafts' spans were first left out)."""
    return replace(result, rendered=tuple(map(_without_draft, result.rendered)))


def _without_draft(card: RenderedCard) -> RenderedCard:
    return RenderedCard(
        NO_DRAFT,
        card.model,
        card.fields,
        card.tags,
        card.anchor,
        card.path,
        card.line,
        card.deck,
        card.media,
        card.subdeck,
    )


# A file changed this long after it was read has a newer modification time than it had when
# read, even on file systems that keep times to the second or two (FAT). A file modified more
# recently than that, when read, could change again unseen: it is read again next build. A
# tool that sets the time back (`touch -r`, `rsync -t`) still changes the status time (ctime).
SETTLED_NS = 2_000_000_000


def file_status(path: Path, now_ns: int) -> str:
    """The file's size, times and inode; "" when it was modified too recently to trust."""
    info = path.stat()
    if info.st_mtime_ns > now_ns - SETTLED_NS:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"


def seen(path: Path, root: Path, context: str, previous: tuple[str, str], now_ns: int) -> Seen:
    """The key of the note at `path`: its bytes are read unless its file status is the
    trusted one of `previous` (its (digest, stat) last build), whose digest then stands."""
    digest, previous_stat = previous
    stat = file_status(path, now_ns)
    if not stat or stat != previous_stat:
        return _seen_bytes(path, root, context, stat, path.read_bytes())
    return Seen(note_key(path, root, context, digest), digest, stat)


def seen_reading(path: Path, root: Path, context: str, now_ns: int) -> tuple[Seen, bytes]:
    """`seen` of a note with no status on record, and the bytes it read: the note is read
    once, for its key and for its text. Its status is taken first, so that a change made
    while it is read shows in the status recorded."""
    stat = file_status(path, now_ns)
    data = path.read_bytes()
    return _seen_bytes(path, root, context, stat, data), data


def _seen_bytes(path: Path, root: Path, context: str, stat: str, data: bytes) -> Seen:
    digest = hashlib.sha256(data).hexdigest()
    return Seen(note_key(path, root, context, digest), digest, stat)


def embedded(
    resolved: Mapping[str, Path | None], files: VaultFiles, now_ns: int
) -> tuple[Embedded, ...]:
    """What a note's cards depend on of the vault: where each embed resolved and, for the
    images a card shows, the image's status (a new image is a new file name in the card)."""
    return tuple(
        (
            target,
            str(path or ""),
            image_status(path, now_ns) if path and is_image(path) else "",
            files.named(target),
        )
        for target, path in resolved.items()
    )


def image_status(path: Path, now_ns: int) -> str:
    """`file_status`, and "" for a file gone since it was found (looked at again)."""
    try:
        return file_status(path, now_ns)
    except OSError:
        return ""


def embeds_now(
    recorded: tuple[Embedded, ...],
    note: Path,
    files: VaultFiles,
    named_of: Callable[[str], str],
    image_now: Callable[[str], str | None],
) -> tuple[Embedded, ...] | None:
    """The note's embeds as `recorded`, if they resolve to the same files and its images
    are unchanged (with what the vault now holds of their names), else None. An embed is
    resolved again only when a file of its name came, went or moved (`named_of`: the
    vault's `VaultFiles.named`); images are looked at by `image_now` (a file's
    `image_status` at the build's time, None when it is not an image). Both are asked
    once per build for each name and file: many notes show the same image."""
    now: list[Embedded] = []
    for target, was, status, names in recorded:
        named = named_of(target)
        if named != names:
            resolved = resolve_embed(Span("embed", "", target), note, files)
            if str(resolved or "") != was:
                return None
        current = image_now(was) if was else None
        if current is not None and (not status or current != status):
            return None
        now.append((target, was, status, named))
    return tuple(now)


def image_now_at(now_ns: int) -> Callable[[str], str | None]:
    """`embeds_now`'s `image_now`, once per file: its status at `now_ns` if it is an image."""

    @cache
    def image_now(file: str) -> str | None:
        path = Path(file)
        return image_status(path, now_ns) if is_image(path) else None

    return image_now


def note_key(path: Path, root: Path, context: str, digest: str) -> str:
    """Everything a note's cards depend on but its embeds, hashed: its bytes (by their
    `digest`), its place, the vault's configuration (`context`) and flashgen's code."""
    key = hashlib.sha256(code_fingerprint().encode())
    for part in (str(path), str(root), context, digest):
        key.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return key.hexdigest()


def retired_cache_path(output: Path) -> Path:
    """Where flashgen 0.1 kept a per-note cache (the state file now does its work)."""
    return output.with_name(output.stem + ".flashgen-cache.sqlite")
