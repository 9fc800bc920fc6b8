"""Identify stage: give each rendered card the GUID Anki matches on and the mtime it compares.

A GUID comes from the note's identity and the card's anchor (what it is about), never from
its wording. The state file of the previous build lets a card keep its GUID when its anchor
was edited a little, and a note keep its identity when the file was renamed or moved; it
also keeps each unchanged card's old mtime so that re-importing leaves it alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import genanki

from flashgen.model import NO_SOURCE, Card, Diagnostic, Draft, Note, RenderedCard
from flashgen.render import card_text
from flashgen.rewrites import Rewrite, rewritten, source_changed
from flashgen.state_records import CardRecord, NoteRecord, packed, unpacked

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


ID_KEYS = ("id", "uid", "flashgen-id")


def explicit_note_id(note: Note) -> str:
    for key in ID_KEYS:
        value = note.meta.get(key)
        if isinstance(value, str | int) and str(value).strip():
            return f"id:{str(value).strip()}"
    return ""


def id_line(text: str) -> int:
    """The line of a note's front-matter `id:` (1 when it cannot be told)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return 1
    for number, line in enumerate(lines[1:], 2):
        if line.strip() == "---":
            break
        if line.split(":", 1)[0].strip() in ID_KEYS:
            return number
    return 1


def note_fingerprint(note: Note) -> bytes:
    """The note's text with its spacing normalised, packed with zlib: the state keeps one
    per note (a quarter of the text's size) and reads them only for notes that vanished."""
    return packed(_normalised(note))


def _normalised(note: Note) -> str:
    return " ".join(note.text.split())


class NoteIdentities:
    """Each note's identity, asked note by note in build order: its front-matter `id`, else
    the identity its file had before (same path, or the same text under a path that no
    longer exists, taken by the first note that matches it), else its vault-relative path."""

    def __init__(
        self,
        previous: Mapping[str, NoteRecord],
        present: Collection[str],
        fingerprints: Callable[[list[str]], Mapping[str, bytes]],
    ) -> None:
        """`previous`: the last build's notes; `present`: the relpaths of the notes found
        now; `fingerprints`: the fingerprints of previous notes by identity (read only for
        the notes that vanished)."""
        self._known = {record.relpath: identity for identity, record in previous.items()}
        # Front-matter ids taken in this build: first by the notes that had them in the last
        # one, then by each note asked for, in order. A second note with an id taken is told
        # so (`clashes`) and keeps its path identity.
        self._ids: dict[str, tuple[str, int]] = {
            identity: (record.relpath, 0)
            for identity, record in previous.items()
            if identity.startswith("id:") and record.relpath in present
        }
        self.clashes: list[Diagnostic] = []
        gone = [i for i, record in previous.items() if record.relpath not in present]
        fingerprinted = fingerprints(gone)
        # The text of each vanished note, by identity.
        self._vanished = {
            i: unpacked(fingerprinted.get(i) or previous[i].fingerprint) for i in gone
        }

    def of(self, note: Note) -> str:
        explicit = explicit_note_id(note)
        if explicit:
            return self._claimed(explicit, note)
        if note.relpath in self._known:
            return self._known[note.relpath]
        return _moved_from(note, self._vanished) or f"path:{note.relpath}"

    def _claimed(self, explicit: str, note: Note) -> str:
        """The note's front-matter id, unless another note of this build has it."""
        line = id_line(note.text)
        holder, other_line = self._ids.setdefault(explicit, (note.relpath, line))
        if holder == note.relpath:
            return explicit
        other = note.vault_root / holder
        if not other_line:  # a note kept from the last build: not read, so asked here
            try:
                other_line = id_line(other.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                other_line = 1
        self.clashes.append(
            Diagnostic(
                str(note.path),
                line,
                f"front-matter id {explicit[3:]!r} is also the id of {other}:{other_line}: "
                "this note's cards take its path as identity instead",
            )
        )
        known = self._known.get(note.relpath, "")
        return known if known.startswith("path:") else f"path:{note.relpath}"


def _moved_from(note: Note, vanished: dict[str, str]) -> str:
    if not vanished:
        return ""
    text = _normalised(note)
    # A note moved unedited (a renamed folder moves hundreds): its text is found, not scored.
    same = [identity for identity, was in vanished.items() if was == text]
    if same:
        if len(same) > 1:
            return ""  # copies of one text: which one moved here cannot be told
        del vanished[same[0]]
        return same[0]
    from rapidfuzz import fuzz  # see `_rematch`

    # Scores below the cutoff cannot match nor make a match ambiguous: they are not computed.
    cutoff = NOTE_MATCH - AMBIGUITY_MARGIN
    scored = sorted(
        (
            (fuzz.ratio(text, was, score_cutoff=cutoff), identity)
            for identity, was in vanished.items()
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


# Anki's base-91 digits, as genanki writes GUIDs with them; and every two-digit number, so
# a GUID is written two digits at a time (`_base91`).
_BASE91 = "".join(genanki.util.BASE91_TABLE)
_BASE91_PAIRS = [high + low for high in _BASE91 for low in _BASE91]
# 0 to 91² - 1 as written without leading zeros: the digits left when no pair is left.
_BASE91_LEADING = ["", *_BASE91[1:], *_BASE91_PAIRS[91:]]


def card_guid(note_identity: str, anchor: str) -> str:
    """Anki's own GUID format of what the card is about: genanki's `guid_for(note_identity,
    anchor)`, made faster (it asks the table's length twice per digit; a build of 10 000
    notes makes 440 000), and held equal to it by a property test."""
    digest = hashlib.sha256(f"{note_identity}__{anchor}".encode()).digest()
    return _base91(int.from_bytes(digest[:8], "big"))


def _base91(number: int) -> str:
    """`number` in base-91 digits as genanki writes it (no leading zeros; "" for 0), two
    digits per division: half the steps of one at a time."""
    pairs = []
    while number >= 8281:
        number, pair = divmod(number, 8281)
        pairs.append(_BASE91_PAIRS[pair])
    pairs.append(_BASE91_LEADING[number])
    return "".join(reversed(pairs))


def first_of_each_anchor(drafts: list[Draft]) -> list[Draft]:
    """A note's drafts less those with the anchor of an earlier one: that anchor's GUID is
    the first one's (`card_guid`), so the first wins."""
    anchors = {draft.anchor for draft in drafts}
    if len(anchors) == len(drafts):
        return drafts
    firsts: dict[str, Draft] = {}
    for draft in drafts:
        firsts.setdefault(draft.anchor, draft)
    return list(firsts.values())


def content_hash(model: str, fields: Iterable[str], tags: Iterable[str]) -> str:
    text = "\x1f".join((model, *fields, "\x1e", *sorted(tags)))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


class Identifier:
    """Give a build's cards their GUIDs and mtimes, note by note, against the previous
    state; then age what was not made again into orphans.

    `prior(identity)` is the previous build's cards of a note identity (a GUID names its
    note, and an edited card is only ever re-matched within its note, so nothing else need
    be read). `kept` are the GUIDs of unchanged notes' cards, taken as they are from the
    previous state: exactly what identifying those notes' cards again would give. With no
    state at all (`first_build`), a card's mtime is its note file's, so a rebuild without
    state still updates in Anki only what changed since.
    """

    def __init__(
        self,
        prior: Callable[[str], Mapping[str, CardRecord]],
        now: int,
        first_build: bool,
        kept: Iterable[str] = (),
        rewrites: Mapping[str, Rewrite] = MappingProxyType({}),
    ) -> None:
        self._prior = prior
        self._now = now
        self._first_build = first_build
        self.emitted: set[str] = set(kept)
        self._rewrites = rewrites
        # Rewritten cards whose generated text changed since they were rewritten, and each
        # rewritten card as flashgen made it (by GUID).
        self.sources_changed: list[Diagnostic] = []
        self.made: dict[str, RenderedCard] = {}

    def note(
        self, identity: str, rendered: Sequence[RenderedCard], file_mtime: int
    ) -> list[tuple[Card, CardRecord]]:
        """The note's cards, in order, each with the record the state keeps of it."""
        previous = self._prior(identity)
        unmatched = {g: record for g, record in previous.items() if g not in self.emitted}
        # A GUID that some card of this note owns exactly (same anchor) is never handed to
        # another card by re-matching.
        exact = [card_guid(identity, card.anchor) for card in rendered]
        owned = set(exact)
        made: list[tuple[Card, CardRecord]] = []
        texts: dict[str, str] = {}  # the previous cards' text, read when first compared
        for card, guid in zip(rendered, exact, strict=True):
            if guid in self.emitted:
                # Drafts sharing an anchor are left out before rendering
                # (`first_of_each_anchor`): a guard, that no GUID is ever given twice.
                continue
            if guid not in previous and unmatched:
                guid = _rematch(card, unmatched, owned, self.emitted, texts) or guid
            owned.add(guid)
            self.emitted.add(guid)
            old = unmatched.pop(guid, None)
            if self._rewrites and guid in self._rewrites:
                # The user's text, the card's identity: the note is updated in place.
                self.sources_changed += source_changed([(guid, card)], self._rewrites)
                self.made[guid] = card
                card = rewritten(card, self._rewrites[guid])
            digest = content_hash(card.model, card.fields, card.tags)
            if old is not None and old.content_hash == digest:
                mtime, status = old.mtime, "unchanged"
            elif old is not None:
                mtime, status = max(self._now, old.mtime + 1), "changed"
            else:
                mtime, status = (file_mtime if self._first_build else self._now), "new"
            record = CardRecord(
                guid,
                identity,
                card.anchor,
                digest,
                mtime,
                card.model,
                card.fields,
                card.tags,
                deck=card.deck,
                subdeck=card.subdeck,
                media=tuple(map(str, card.media)),
                path=card.path,
                line=card.line,
            )
            made.append((Card(card, guid, mtime, digest, status), record))
        return made

    def orphans(self, leftovers: Iterable[CardRecord]) -> tuple[list[Card], list[CardRecord]]:
        """The previous cards not made again (`leftovers`, less any made since), by GUID:
        those still emitted, tagged, one build older each time, and the records to keep;
        a card gone more than `ORPHAN_BUILDS` builds is dropped."""
        cards: list[Card] = []
        records: list[CardRecord] = []
        for old in sorted(leftovers, key=lambda record: record.guid):
            missing = old.missing + 1
            if old.guid in self.emitted or missing > ORPHAN_BUILDS:
                continue
            tags = tuple(dict.fromkeys((*old.tags, ORPHAN_TAG)))
            digest = content_hash(old.model, old.fields, tags)
            mtime = old.mtime if digest == old.content_hash else max(self._now, old.mtime + 1)
            record = replace(old, tags=tags, content_hash=digest, mtime=mtime, missing=missing)
            records.append(record)
            cards.append(Card(rendered_from(record), old.guid, mtime, digest, "orphaned"))
        return cards, records


def _rematch(
    card: RenderedCard,
    unmatched: dict[str, CardRecord],
    owned: set[str],
    emitted: set[str],
    texts: dict[str, str],
) -> str:
    """The GUID of a vanished card of the same note and kind that this one is an edit of:
    anchor and content both close, and clearly closer than any other candidate. Texts are
    read from the cards' fields (`card_text`), the previous ones kept in `texts` by GUID."""
    # Imported on the first score, not with flashgen: 0.03-0.08 s of every command's start,
    # and a build with no renamed note nor edited anchor scores nothing.
    from rapidfuzz import fuzz

    scored = []
    text = card_text(card.model, card.fields)
    for guid, record in unmatched.items():
        same_kind = record.anchor.split(":")[0] == card.anchor.split(":")[0]
        if guid in owned or guid in emitted or not same_kind or record.model != card.model:
            continue
        anchor_score = fuzz.ratio(record.anchor, card.anchor)
        if guid not in texts:
            texts[guid] = card_text(record.model, record.fields)
        text_score = fuzz.token_set_ratio(texts[guid], text)
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


def rendered_from(record: CardRecord) -> RenderedCard:
    """A card re-emitted from what the state kept of it (an orphan, or a card of an unchanged
    note): its fields, tags, deck and media; its kind is read back from the `flashgen::<kind>`
    tag it was given, its draft holds none of its text (`card_text` reads it from the
    fields)."""
    kind = "claim"
    for tag in reversed(record.tags):  # render puts the kind's tag after the note's own
        if tag.startswith("flashgen::") and tag != ORPHAN_TAG:
            kind = tag[len("flashgen::") :]
            break
    draft = Draft(
        kind=kind,  # type: ignore[arg-type]
        anchor=record.anchor,
        front=(),
        back=(),
        source=NO_SOURCE,
        section=(),
        path=record.path or record.note,
        line=record.line,
    )
    model = "cloze" if record.model == "cloze" else "basic"
    return RenderedCard(
        draft=draft,
        model=model,
        fields=record.fields,
        tags=record.tags,
        anchor=record.anchor,
        path=draft.path,
        line=record.line,
        deck=record.deck,
        media=tuple(Path(m) for m in record.media),
        subdeck=record.subdeck,
    )


def model_mtimes(
    fingerprints: dict[str, str], previous: Mapping[str, tuple[str, int]], now: int
) -> dict[str, tuple[str, int]]:
    """Each note type's mtime: kept while its templates are unchanged, `now` when they change."""
    result = {}
    for kind, fingerprint in fingerprints.items():
        old = previous.get(kind)
        if old and old[0] == fingerprint:
            result[kind] = old
        else:
            result[kind] = (fingerprint, max(now, old[1] + 1) if old else now)
    return result
