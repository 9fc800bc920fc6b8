"""Curation: the cards a user rejected stay gone. The list is the tool's own file in the
vault, `.flashgen/rejected.txt` beside the vault's configuration (or at the vault's root),
never in the notes: one GUID a line, with the card's question kept as a comment. GUIDs do
not depend on the output, so every deck built from the vault honours the same list.

Rejection is applied after identity, so a rejected card stays rejected when its note is
edited and the card is re-matched to its GUID.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from flashgen.output import write_atomically
from flashgen.render import card_text
from flashgen.state_records import CardRecord, State

HEADER = (
    "# Cards flashgen will not make again (`flashgen reject` / `flashgen restore`).\n"
    "# One GUID a line; what follows # is the card's question, for you to read.\n"
)


@dataclass(frozen=True)
class Rejection:
    guid: str
    front: str


def rejected_path(folder: Path) -> Path:
    """The rejection list of the vault whose configuration (or root) is `folder`."""
    return folder / ".flashgen" / "rejected.txt"


def legacy_rejected_path(output: Path) -> Path:
    """Where flashgen 0.x kept the list: beside the deck. Still read, moved on the next save."""
    return output.with_name(output.stem + ".flashgen-rejected.txt")


def _read(path: Path) -> dict[str, Rejection]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    found = {}
    for line in lines:
        guid, _, comment = line.partition("  # ")
        guid = guid.strip()
        if guid and not guid.startswith("#"):
            found[guid] = Rejection(guid, comment.strip())
    return found


def load_rejected(folder: Path, output: Path | None = None) -> dict[str, Rejection]:
    found = _read(legacy_rejected_path(output)) if output is not None else {}
    found.update(_read(rejected_path(folder)))
    return found


def save_rejected(folder: Path, rejected: Iterable[Rejection], output: Path | None = None) -> Path:
    rows = sorted(rejected, key=lambda r: r.front.lower())
    text = HEADER + "".join(f"{r.guid}  # {' '.join(r.front.split())[:160]}\n" for r in rows)
    path = rejected_path(folder)
    write_atomically(path, text.encode("utf-8"))
    if output is not None:
        legacy_rejected_path(output).unlink(missing_ok=True)  # merged into the vault's list
    return path


def matching(state: State, queries: Iterable[str]) -> list[CardRecord]:
    """Cards of the last build that a query names: a GUID, or words found (ignoring case) in
    the card's text, its note, its kind or its tags."""
    wanted = list(queries)
    found = []
    for record in state.cards.values():
        haystack = " ".join(
            (record_text(record), record.note, record.anchor, " ".join(record.tags))
        ).lower()
        for query in wanted:
            if query == record.guid or all(
                w in haystack for w in re.findall(r"\S+", query.lower())
            ):
                found.append(record)
                break
    return sorted(found, key=lambda r: (r.note, record_text(r)))


def record_text(record: CardRecord) -> str:
    return card_text(record.model, record.fields)


def front_of(record: CardRecord) -> str:
    """The question as a reader sees it."""
    return record_text(record).split(" | ")[0]
