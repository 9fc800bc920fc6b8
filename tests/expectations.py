"""Expected cards written by reading a note as a learner, and how made cards are held to them.

A `<note>.cards.json` beside a fixture lists the cards a careful reader would want
(`expect`) and text that must never reach a card (`never`: the reader's own callouts).
An expectation is met by a card whose front, answer and whole text contain the given
pieces (case-insensitive) and, if given, whose kind matches.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from flashgen.lint import answer_text, front_text
from flashgen.model import RenderedCard
from flashgen.parse.document import plain_text
from flashgen.pipeline import collect

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class MadeCard:
    kind: str
    front: str  # without the answer: a cloze's deletion is not on it
    answer: str
    full: str  # front with the deletion filled in, and the answer
    everything: str  # every field as visible text, for the `never` check


@dataclass(frozen=True)
class Outcome:
    note: Path
    expected: list[dict]
    missed: list[dict]
    forbidden_found: list[str]
    cards: list[MadeCard]
    required: bool

    @property
    def found(self) -> int:
        return len(self.expected) - len(self.missed)


def expectation_files() -> list[Path]:
    return sorted(FIXTURES.rglob("*.cards.json"))


def note_for(spec_path: Path, spec: dict) -> Path:
    if "note" in spec:
        return (spec_path.parent / spec["note"]).resolve()
    return spec_path.with_name(spec_path.name.removesuffix(".cards.json") + ".md")


_TAG = re.compile(r"<[^>]+>")


def made_cards(rendered: list[RenderedCard]) -> list[MadeCard]:
    cards = []
    for card in rendered:
        draft = card.draft
        fields = " ".join(_TAG.sub(" ", f) for f in card.fields)
        full = f"{plain_text(draft.front)} {answer_text(draft)}"
        cards.append(MadeCard(draft.kind, front_text(draft), answer_text(draft), full, fields))
    return cards


def _has(text: str, pieces: list[str]) -> bool:
    return all(piece.lower() in text.lower() for piece in pieces)


def meets(card: MadeCard, expectation: dict) -> bool:
    return (
        expectation.get("kind", card.kind) == card.kind
        and _has(card.front, expectation.get("front", []))
        and _has(card.answer, expectation.get("answer", []))
        and _has(card.full, expectation.get("text", []))
    )


def evaluate(spec_path: Path) -> Outcome:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    note = note_for(spec_path, spec)
    cards = made_cards(list(collect([note]).rendered))
    missed = [e for e in spec["expect"] if not any(meets(c, e) for c in cards)]
    forbidden = [
        phrase
        for phrase in spec.get("never", [])
        for c in cards
        if phrase.lower() in c.everything.lower()
    ]
    return Outcome(
        note, spec["expect"], missed, sorted(set(forbidden)), cards, spec.get("required", False)
    )
