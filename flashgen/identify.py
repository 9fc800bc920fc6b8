"""Identify stage: give each rendered card the GUID Anki matches on and the mtime it compares.

A GUID comes from the note's identity and the card's anchor (what it is about), never from
its wording. The state file of the previous build lets a card keep its GUID when its anchor
was edited a little, and a note keep its identity when the file was renamed or moved; it
also keeps each unchanged card's old mtime so that re-importing leaves it alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import genanki
from rapidfuzz import fuzz

from flashgen.model import Card, Draft, Note, RenderedCard, Source, Span
from flashgen.parse.document import plain_text
from flashgen.state import CardRecord, NoteRecord, State

# How many builds a card whose source is gone is still written, tagged, so users can find it.
ORPHAN_BUILDS = 3
ORPHAN_TAG = "flashgen::orphaned"
# Re-matching thresholds (rapidfuzz ratios, 0–100): high enough that a different card is
# never taken for an edited one, low enough for typo fixes and small rewordings.
ANCHOR_MATCH = 80
CONTENT_MATCH = 70
NOTE_MATCH = 90
AMBIGUITY_MARGIN = 5


# Note identity ------------------------------------------------------------------------------


def explicit_note_id(note: Note) -> str:
    for key in ("id", "uid", "flashgen-id"):
        value = note.meta.get(key)
        if isinstance(value, str | int) and str(value).strip():
            return f"id:{str(value).strip()}"
    return ""


def note_fingerprint(note: Note) -> str:
    return " ".join(note.text.split())


def note_identities(
    notes: Sequence[Note], previous: State, unread: Iterable[str] = ()
) -> dict[str, str]:
    """Map each note's relpath to its identity: front-matter `id`, else the identity its file
    had before (same path, or the same text under a path that no longer exists), else its
    vault-relative path. `unread` are the relpaths of notes taken unchanged from the state."""
    known_paths = {record.relpath: identity for identity, record in previous.notes.items()}
    current_paths = {note.relpath for note in notes} | set(unread)
    vanished = {
        identity: record
        for identity, record in previous.notes.items()
        if record.relpath not in current_paths
    }
    identities: dict[str, str] = {}
    for note in notes:
        explicit = explicit_note_id(note)
        if explicit:
            identities[note.relpath] = explicit
        elif note.relpath in known_paths:
            identities[note.relpath] = known_paths[note.relpath]
        else:
            identities[note.relpath] = _moved_from(note, vanished) or f"path:{note.relpath}"
    return identities


def _moved_from(note: Note, vanished: dict[str, NoteRecord]) -> str:
    fingerprint = note_fingerprint(note)
    scored = sorted(
        (
            (fuzz.ratio(fingerprint, record.fingerprint), identity)
            for identity, record in vanished.items()
        ),
        reverse=True,
    )
    clear = len(scored) == 1 or (
        len(scored) > 1 and scored[0][0] - scored[1][0] >= AMBIGUITY_MARGIN
    )
    if scored and scored[0][0] >= NOTE_MATCH and clear:
        identity = scored[0][1]
        del vanished[identity]
        return identity
    return ""


# Cards --------------------------------------------------------------------------------------


def card_guid(note_identity: str, anchor: str) -> str:
    """Anki's own GUID format (genanki's `guid_for`) of what the card is about."""
    return genanki.guid_for(note_identity, anchor)


def content_hash(model: str, fields: Iterable[str], tags: Iterable[str]) -> str:
    text = "\x1f".join((model, *fields, "\x1e", *sorted(tags)))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def card_text(rendered: RenderedCard) -> str:
    """Question and answer as plain text, `question | answer` (re-matching compares these)."""
    draft = rendered.draft
    return " | ".join([plain_text(draft.front), " ".join(plain_text(b) for b in draft.back)])


def identify(
    rendered: Sequence[tuple[str, RenderedCard]],
    previous: State,
    now: int,
    fallback_mtimes: dict[str, int],
    kept: Iterable[str] = (),
) -> tuple[list[Card], list[Card], State]:
    """Cards with GUIDs and mtimes, the orphans still emitted, and the state to save.

    `rendered` pairs each card with its note's identity. `fallback_mtimes` (note identity ->
    the note file's mtime) is used for cards the state has never seen when there is no
    state at all, so a rebuild without state still updates what changed since. `kept` are
    the GUIDs of unchanged notes' cards, taken as they are from the previous state (the
    caller emits them, and the state keeps their records): exactly what identifying those
    notes' cards again would give. `previous.cards` need hold only the other cards.
    """
    emitted: set[str] = set(kept)
    unmatched = {g: record for g, record in previous.cards.items() if g not in emitted}
    first_build = not previous.cards and not previous.notes
    cards: list[Card] = []
    records: dict[str, CardRecord] = {}
    # A GUID that some card of this build owns exactly (same note, same anchor) is never
    # handed to another card by re-matching.
    exact = [card_guid(identity, card.draft.anchor) for identity, card in rendered]
    taken: set[str] = set(exact) | emitted
    for (note_identity, card), guid in zip(rendered, exact, strict=True):
        if guid in emitted:
            continue  # the same anchor twice in one note: the first card wins
        if guid not in previous.cards:
            guid = _rematch(note_identity, card, unmatched, taken) or guid
        taken.add(guid)
        emitted.add(guid)
        old = unmatched.pop(guid, None)
        digest = content_hash(card.model, card.fields, card.tags)
        if old is not None and old.content_hash == digest:
            mtime, status = old.mtime, "unchanged"
        elif old is not None:
            mtime, status = max(now, old.mtime + 1), "changed"
        else:
            mtime = fallback_mtimes.get(note_identity, now) if first_build else now
            status = "new"
        cards.append(Card(card, guid, mtime, digest, status))
        records[guid] = CardRecord(
            guid,
            note_identity,
            card.draft.anchor,
            digest,
            mtime,
            card_text(card),
            card.model,
            card.fields,
            card.tags,
            deck=card.deck,
            subdeck=card.subdeck,
            media=tuple(str(path) for path in card.media),
        )
    orphans: list[Card] = []
    for guid, old in sorted(unmatched.items()):
        missing = old.missing + 1
        if missing > ORPHAN_BUILDS:
            continue
        tags = tuple(dict.fromkeys((*old.tags, ORPHAN_TAG)))
        digest = content_hash(old.model, old.fields, tags)
        mtime = old.mtime if digest == old.content_hash else max(now, old.mtime + 1)
        record = replace(old, tags=tags, content_hash=digest, mtime=mtime, missing=missing)
        records[guid] = record
        orphans.append(Card(rendered_from(record), guid, mtime, digest, "orphaned"))
    return cards, orphans, State(cards=records, notes=previous.notes, models=previous.models)


def _rematch(
    note_identity: str, card: RenderedCard, unmatched: dict[str, CardRecord], taken: set[str]
) -> str:
    """The GUID of a vanished card of the same note and kind that this one is an edit of:
    anchor and content both close, and clearly closer than any other candidate."""
    text = card_text(card)
    scored = []
    for guid, record in unmatched.items():
        same_kind = record.anchor.split(":")[0] == card.draft.anchor.split(":")[0]
        if (
            record.note != note_identity
            or guid in taken
            or not same_kind
            or record.model != card.model
        ):
            continue
        anchor_score = fuzz.ratio(record.anchor, card.draft.anchor)
        text_score = fuzz.token_set_ratio(record.text, text)
        if (anchor_score >= ANCHOR_MATCH and text_score >= CONTENT_MATCH) or text_score >= 92:
            scored.append((anchor_score + text_score, guid))
    scored.sort(reverse=True)
    if not scored:
        return ""
    if len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN:
        return ""
    return scored[0][1]


def kept_card(record: CardRecord) -> Card:
    """A card of an unchanged note, as the previous build made it."""
    return Card(rendered_from(record), record.guid, record.mtime, record.content_hash, "unchanged")


_NO_SOURCE = Source(title="")


def rendered_from(record: CardRecord) -> RenderedCard:
    """A card re-emitted from what the state kept of it (an orphan, or a card of an unchanged
    note): its fields, tags, deck and media; its kind is read back from the `flashgen::<kind>`
    tag it was given, its draft holds only its text."""
    kind = "claim"
    for tag in reversed(record.tags):  # render puts the kind's tag after the note's own
        if tag.startswith("flashgen::") and tag != ORPHAN_TAG:
            kind = tag[len("flashgen::") :]
            break
    draft = Draft(
        kind=kind,  # type: ignore[arg-type]
        anchor=record.anchor,
        front=(Span("text", record.text),),
        back=(),
        source=_NO_SOURCE,
        section=(),
        path=record.note,
        line=0,
    )
    model = "cloze" if record.model == "cloze" else "basic"
    return RenderedCard(
        draft=draft,
        model=model,
        fields=record.fields,
        tags=record.tags,
        deck=record.deck,
        media=tuple(Path(m) for m in record.media),
        subdeck=record.subdeck,
    )


def model_mtimes(
    fingerprints: dict[str, str], previous: State, now: int
) -> dict[str, tuple[str, int]]:
    """Each note type's mtime: kept while its templates are unchanged, `now` when they change."""
    result = {}
    for kind, fingerprint in fingerprints.items():
        old = previous.models.get(kind)
        if old and old[0] == fingerprint:
            result[kind] = old
        else:
            result[kind] = (fingerprint, max(now, old[1] + 1) if old else now)
    return result
