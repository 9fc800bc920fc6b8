"""Survey stage: find a build's notes, once each, and tell before parsing any which are
unchanged since the previous build (their cards are the state's) and which must be read."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from flashgen.config import VaultConfig, load_config
from flashgen.incremental import Seen, embeds_now, image_now_at, seen
from flashgen.media import VaultFiles
from flashgen.model import Diagnostic
from flashgen.rewrites import load_rewrites, note_digests
from flashgen.state_records import NoteRecord
from flashgen.targets import vault_folder
from flashgen.vault import find_notes, note_relpath


@dataclass(frozen=True)
class Kept:
    """An unchanged note, taken whole from the previous build's state: not read again."""

    identity: str
    record: NoteRecord  # its place (`relpath`) is the same as then; what was seen, today's


@dataclass(frozen=True)
class Survey:
    """What a build knows before parsing any note: the notes found (in note order), their
    keys, which are unchanged since the previous build, and what could not be walked."""

    found: list[tuple[Path, Path]]  # (note, vault root)
    diagnostics: list[Diagnostic]
    seen: dict[str, Seen]  # by relpath, every note found that the previous build had
    kept: dict[int, Kept]  # by index into `found`
    # By index into `found`: the notes the previous build did not have, seen where they are
    # read (in a first build, every note: the main process does not read them all first).
    to_see: frozenset[int]
    files: dict[Path, VaultFiles]
    configs: dict[Path, VaultConfig]


def survey(paths: Sequence[Path], previous: Mapping[str, NoteRecord] | None = None) -> Survey:
    """Find the notes under `paths` and hash each one's inputs (its bytes, its place, the
    configuration, flashgen's code). A note whose hash is the one its identity had in
    `previous`, and whose embeds resolve to the same unchanged files, is unchanged: its
    cards are the state's. A note whose file status is the one recorded in `previous` is
    not read: its bytes are unchanged. A note `previous` does not have is not looked at
    here, but where it is read (`Survey.to_see`)."""
    found, diagnostics = find_notes(paths)
    roots = list(dict.fromkeys(root for _, root in found))
    files = {root: VaultFiles.scan(root) for root in roots}
    configs = {}
    for root in roots:
        config, problems = load_config(root)
        diagnostics.extend(problems)
        rewritten = note_digests(load_rewrites(vault_folder(root, config)).values())
        configs[root] = replace(config, rewritten=tuple(sorted(rewritten.items())))
    shown = [(p, r, p.relative_to(r).as_posix()) for p, r in found]
    placed, linked = _each_note_once([(p, r, s) for p, r, s in shown if not configs[r].skips(s)])
    diagnostics.extend(linked)
    found = [(p, r) for p, r, _ in placed]
    # Not the vault's files: a note depends on the few it embeds, checked below, so a new or
    # renamed note leaves the others as they were.
    known = {rec.relpath: i for i, rec in previous.items()} if previous else {}
    now_ns = time.time_ns()
    image_now = image_now_at(now_ns)
    named_of = {root: functools.cache(files[root].named) for root in roots}
    looked: dict[str, Seen] = {}
    kept: dict[int, Kept] = {}
    to_see: list[int] = []
    for index, (path, root, relpath) in enumerate(placed):
        identity = known.get(relpath, "")
        record = previous.get(identity) if previous else None
        if record is None:  # it must be read: its bytes are hashed then, not read twice
            to_see.append(index)
            continue
        try:
            looked[relpath] = now = seen(
                path,
                root,
                configs[root].note_context(relpath),
                (record.digest, record.stat),
                now_ns,
            )
        except OSError:
            continue  # read_note will report it
        if record.key != now.key:
            continue
        embeds = embeds_now(record.embeds, path, files[root], named_of[root], image_now)
        if embeds is not None:
            kept[index] = Kept(
                identity, replace(record, digest=now.digest, stat=now.stat, embeds=embeds)
            )
    return Survey(found, diagnostics, looked, kept, frozenset(to_see), files, configs)


def _each_note_once(
    found: list[tuple[Path, Path, str]],
) -> tuple[list[tuple[Path, Path, str]], list[Diagnostic]]:
    """Each note found (path, vault root, path in the vault as found) with its vault path
    (`note_relpath`), once: a note symlinked to another of its vault is that note (the
    same identity, the same cards), and is read where the note itself is, not again
    through the link."""
    # Only a symlink has another vault path than the one it was found at.
    links = {p: note_relpath(p, r) for p, r, _ in found if os.path.islink(p)}
    if not links:
        return found, []
    placed = [(p, r, links.get(p, shown)) for p, r, shown in found]
    where: dict[tuple[Path, str], Path] = {}
    for path, root, relpath in placed:
        if path not in links or (root, relpath) not in where:
            where[(root, relpath)] = path  # the note itself, else the first link to it
    once = [(p, r, relpath) for p, r, relpath in placed if where[(r, relpath)] == p]
    linked = [
        Diagnostic(str(p), 1, f"symlink to the note {where[(r, relpath)]}: read once, as it")
        for p, r, relpath in placed
        if where[(r, relpath)] != p
    ]
    return once, linked
