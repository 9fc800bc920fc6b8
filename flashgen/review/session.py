"""A review session: the cards the next build would make (`review_plan`), and what the user
decides about each, written at once into the vault's lists: rejections
(`.flashgen/rejected.txt`, the file `flashgen reject` writes) and rewrites
(`.flashgen/rewrites.json`). Every change is written whole or not at all."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from flashgen.curate import Rejection, load_rejected, save_rejected
from flashgen.identify import content_hash
from flashgen.identifying import identified
from flashgen.making import collect
from flashgen.media import packaged_name
from flashgen.model import Card, Diagnostic, RenderedCard
from flashgen.pipeline import build_time
from flashgen.render import card_text
from flashgen.rewrites import Rewrite, load_rewrites, rewritten, save_rewrites, source_hash
from flashgen.state import load_state, state_path
from flashgen.targets import curation_folder, target, vault_config
from flashgen.templates import NoteType, note_types, vault_templates


@dataclass(frozen=True)
class Review:
    """What a review shows: the next build's cards as flashgen makes them, with what that
    build would do to each, the candidates held back and the other problems, and where
    the vault's lists are."""

    cards: list[tuple[Card, str]]  # (card, "new" | "changed" | "unchanged")
    diagnostics: tuple[Diagnostic, ...]  # held-back candidates are the notes among them
    folder: Path  # the vault's curation folder (rejection and rewrite lists)
    output: Path
    relpaths: dict[str, str]  # each note's path in its vault, by its path as read


def review_plan(paths: Sequence[Path], output: Path | None = None) -> Review:
    """The cards of the notes under `paths` as the next build of `output` would make them
    (rewrites not applied: the session applies them, and can undo them)."""
    config = vault_config(paths)
    _, output = target(paths, output, None, config)
    collected = collect(paths)
    folder = curation_folder(paths, config)
    found = identified(collected, load_state(state_path(output)), build_time(), {})
    relpaths = {str(r.note.path): r.note.relpath for r in collected.results if r.note}
    cards = [(card, card.status) for card in found.cards]
    return Review(cards, collected.diagnostics, folder, output, relpaths)


@dataclass(frozen=True)
class Shown:
    """One card as the page shows it: as the next build makes it (the user's rewrite in
    place of flashgen's text), and what the user decided."""

    card: Card  # rewrite applied
    made: RenderedCard  # as flashgen made it
    status: str  # "new" | "changed" | "unchanged" (what the next build does)
    rejected: bool
    rewrite: Rewrite | None

    @property
    def source_changed(self) -> bool:
        return self.rewrite is not None and self.rewrite.source != source_hash(self.made.fields)


class ReviewSession:
    """The cards of one review and the vault's lists, changed one decision at a time."""

    def __init__(self, paths: Sequence[Path], output: Path | None = None) -> None:
        review = review_plan(paths, output)
        self.folder = review.folder
        self.output = review.output
        self.diagnostics = review.diagnostics
        self._relpaths = review.relpaths
        self._order = [card.guid for card, _ in review.cards]
        # What the deck holds now: a rewritten card is changed by the next build unless the
        # deck already has it so.
        self._stored = {
            g: r.content_hash for g, r in load_state(state_path(self.output)).cards.items()
        }
        self._cards = {card.guid: (card, status) for card, status in review.cards}
        self._lock = threading.Lock()  # one decision at a time, whatever the browser sends

    def shown(self) -> list[Shown]:
        rejected = load_rejected(self.folder, self.output)
        rewrites = load_rewrites(self.folder)
        return [self._shown(guid, rejected, rewrites) for guid in self._order]

    def one(self, guid: str) -> Shown:
        return self._shown(
            guid, load_rejected(self.folder, self.output), load_rewrites(self.folder)
        )

    def _shown(self, guid: str, rejected: dict, rewrites: dict[str, Rewrite]) -> Shown:
        card, status = self._cards[guid]
        rewrite = rewrites.get(guid)
        shown = replace(card, rendered=rewritten(card.rendered, rewrite))
        if rewrite is not None:
            rendered = shown.rendered
            digest = content_hash(rendered.model, rendered.fields, rendered.tags)
            stored = self._stored.get(guid)
            status = "new" if stored is None else "unchanged" if stored == digest else "changed"
        return Shown(shown, card.rendered, status, guid in rejected, rewrite)

    def knows(self, guid: str) -> bool:
        return guid in self._cards

    def media(self, name: str) -> Path | None:
        """The vault file a card shows under its packaged `name`, if any card shows it."""
        for card, _ in self._cards.values():
            for path in card.rendered.media:
                if packaged_name(path) == name:
                    return path
        return None

    def note_types(self) -> dict[str, NoteType]:
        """The vault's note types (its own templates where fit), read afresh: a template
        edited while the page is open shows on the next load."""
        return note_types(vault_templates(self.folder))

    # Decisions ------------------------------------------------------------------------------

    def reject(self, guid: str) -> None:
        with self._lock:
            rejected = load_rejected(self.folder, self.output)
            card, _ = self._cards[guid]
            question = card_text(card.rendered.model, card.rendered.fields).split(" | ")[0]
            rejected[guid] = Rejection(guid, question)
            save_rejected(self.folder, rejected.values(), self.output)

    def restore(self, guid: str) -> None:
        with self._lock:
            rejected = load_rejected(self.folder, self.output)
            if rejected.pop(guid, None) is not None:
                save_rejected(self.folder, rejected.values(), self.output)

    def rewrite(self, guid: str, front: str, back: str) -> None:
        """Use the user's `front` and `back` (HTML, made safe when used) for the card."""
        with self._lock:
            card, _ = self._cards[guid]
            made = card.rendered
            rewrites = load_rewrites(self.folder)
            rewrites[guid] = Rewrite(
                guid,
                self._note(card),
                front,
                back,
                source_hash(made.fields),
                made.fields[0],
                made.fields[1],
            )
            save_rewrites(self.folder, rewrites.values())

    def keep(self, guid: str) -> None:
        """Keep the rewrite of a card whose source changed: it is now made from this one."""
        with self._lock:
            rewrites = load_rewrites(self.folder)
            if guid in rewrites:
                made = self._cards[guid][0].rendered
                rewrites[guid] = replace(
                    rewrites[guid],
                    source=source_hash(made.fields),
                    made_front=made.fields[0],
                    made_back=made.fields[1],
                )
                save_rewrites(self.folder, rewrites.values())

    def take_made(self, guid: str) -> None:
        """Drop the rewrite: the card is flashgen's again."""
        with self._lock:
            rewrites = load_rewrites(self.folder)
            if rewrites.pop(guid, None) is not None:
                save_rewrites(self.folder, rewrites.values())

    def restore_rewrite(self, rewrite: Rewrite | None, guid: str) -> None:
        """Put back what a card's rewrite was before a decision (`None`: none), to undo it."""
        with self._lock:
            rewrites = load_rewrites(self.folder)
            if rewrite is None:
                rewrites.pop(guid, None)
            else:
                rewrites[guid] = rewrite
            save_rewrites(self.folder, rewrites.values())

    def _note(self, card: Card) -> str:
        """The vault path of a card's note, as a build keys its rewrites (`Note.relpath`)."""
        return self._relpaths.get(card.rendered.path, Path(card.rendered.path).name)
