"""Curation: the cards a user rejected stay gone. The list is the tool's own file, beside the
deck (never in the notes): one GUID a line, with the card's question kept as a comment.

Rejection is applied after identity, so a rejected card stays rejected when its note is
edited and the card is re-matched to its GUID.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from flashgen.identify import CardRecord, State, write_atomically

HEADER = (
    "# Cards flashgen will not make again (`flashgen reject` / `flashgen restore`).\n"
    "# One GUID a line; what follows # is the card's question, for you to read.\n"
)


@dataclass(frozen=True)
class Rejection:
    guid: str
    front: str


def rejected_path(output: Path) -> Path:
    return output.with_name(output.stem + ".flashgen-rejected.txt")


def load_rejected(path: Path) -> dict[str, Rejection]:
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


def save_rejected(path: Path, rejected: Iterable[Rejection]) -> None:
    rows = sorted(rejected, key=lambda r: r.front.lower())
    text = HEADER + "".join(f"{r.guid}  # {' '.join(r.front.split())[:160]}\n" for r in rows)
    write_atomically(path, text.encode("utf-8"))


def matching(state: State, queries: Iterable[str]) -> list[CardRecord]:
    """Cards of the last build that a query names: a GUID, or words found (ignoring case) in
    the card's text, its note, its kind or its tags."""
    wanted = list(queries)
    found = []
    for record in state.cards.values():
        haystack = " ".join(
            (record.text, record.note, record.anchor, " ".join(record.tags))
        ).lower()
        for query in wanted:
            if query == record.guid or all(
                w in haystack for w in re.findall(r"\S+", query.lower())
            ):
                found.append(record)
                break
    return sorted(found, key=lambda r: (r.note, r.text))


def front_of(record: CardRecord) -> str:
    """The question as a reader sees it (the text kept in the state is question + answer)."""
    return record.text.split(" | ")[0] if " | " in record.text else record.text
