"""Identify stage, note by note: each note's identity, its cards' GUIDs and mtimes, and the
record the state keeps of it, one note at a time as a build streams them
(`identify_notes`), or held in memory for dry runs, plans and reviews (`identified`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from flashgen.identify import Identifier, NoteIdentities, note_fingerprint
from flashgen.incremental import Seen
from flashgen.making import Collected
from flashgen.model import Card, Diagnostic, Note, NoteCards, RenderedCard
from flashgen.rewrites import Rewrite
from flashgen.state_records import CardRecord, NoteRecord, State
from flashgen.survey import Kept

Made = list[tuple[Card, CardRecord]]  # a note's cards, each with the record the state keeps


@dataclass
class Tally:
    """What a build counts as its notes go by."""

    notes: int = 0
    dropped: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # The problems of notes unchanged since the last build, which reported them already.
    repeated: list[Diagnostic] = field(default_factory=list)


def identify_notes(
    found: Iterable[NoteCards | Kept],
    identities: NoteIdentities,
    identifier: Identifier,
    seen: Mapping[str, Seen],
    now: int,
    write: Callable[[str, int, NoteRecord, Made | None], None],
) -> Tally:
    """Identify each note's cards in note order and hand them to `write` with the note's
    identity, place and record (`None` for a note kept whole): one note at a time."""
    tally = Tally()
    for result in found:
        if isinstance(result, Kept):
            write(result.identity, tally.notes, result.record, None)
            tally.dropped += result.record.dropped
            tally.repeated.extend(result.record.diagnostics)
        else:
            tally.diagnostics.extend(result.diagnostics)
            if result.note is None:
                continue
            note = result.note
            identity = identities.of(note)
            made = identifier.note(identity, result.rendered, _file_mtime(note, now))
            looked = result.seen or seen.get(note.relpath)
            record = NoteRecord(
                note.relpath,
                result.fingerprint or note_fingerprint(note),
                looked.key if looked else "",
                tuple(card.guid for card, _ in made),
                result.diagnostics,
                result.dropped,
                looked.digest if looked else "",
                looked.stat if looked else "",
                result.embeds,
            )
            write(identity, tally.notes, record, made)
            tally.dropped += result.dropped
        tally.notes += 1
    return tally


@dataclass(frozen=True)
class Identified:
    """Collected cards with their GUIDs (`_identified`)."""

    cards: list[Card]  # in note order, rewrites applied
    orphans: list[Card]
    problems: list[Diagnostic]  # id clashes, and rewritten cards whose source changed since
    made: dict[str, RenderedCard]  # each rewritten card as flashgen made it, by GUID


def identified(
    collected: Collected, previous: State, now: int, rewrites: Mapping[str, Rewrite]
) -> Identified:
    """The collected cards with GUIDs and mtimes against `previous`, held in memory (dry
    runs, plans and reviews)."""
    by_note: dict[str, dict[str, CardRecord]] = {}
    for guid, record in previous.cards.items():
        by_note.setdefault(record.note, {})[guid] = record
    identifier = Identifier(
        lambda identity: by_note.get(identity, {}),
        now,
        first_build=not previous.cards and not previous.notes,
        rewrites=rewrites,
    )
    identities = NoteIdentities(previous.notes, set(collected.seen), lambda _: {})
    cards: list[Card] = []

    def write(identity: str, place: int, note: NoteRecord, made: Made | None) -> None:
        cards.extend(card for card, _ in made or ())

    identify_notes(collected.results, identities, identifier, collected.seen, now, write)
    orphans, _ = identifier.orphans(previous.cards.values())
    problems = [*identities.clashes, *identifier.sources_changed]
    return Identified(cards, orphans, problems, identifier.made)


def _file_mtime(note: Note, now: int) -> int:
    try:
        return int(note.path.stat().st_mtime)
    except OSError:
        return now
