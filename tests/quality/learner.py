"""Card quality as a learner meets it: build a note's deck, import it into a fresh collection
with real Anki, render every card, and score the cards against the note's key points.

The rendering and scoring rules are the project's shared ones (`../shared/eval/`):
`score_cards.py` and `score_deck.py` are verbatim copies of them, so a figure measured here
is the figure the shared scorer gives.
A key file (`<note>.keys.json`, beside its note) lists the note's key points, written by
reading the note before running flashgen on it.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from flashgen.pipeline import build
from tests.quality.score_cards import HARD, lint, score
from tests.quality.score_deck import dump

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPO = FIXTURES.parent.parent
SAMPLE_KEYS = FIXTURES / "seed.keys.json"
SAMPLE_NOTE = REPO / "seeds" / "Anatomy of the Micro-Sect.md"
# Groups of notes, each scored on its own: the sample, the shared eval notes, the notes we
# wrote and developed the rules on, and those we keep aside (scored only at the end).
GROUPS = {"eval": "shared eval notes", "own": "our notes", "heldout": "our held-out notes"}


@dataclass(frozen=True)
class NoteScore:
    """One note's deck, scored."""

    note: Path
    group: str
    cards: list[dict]
    items: int
    covered: int
    missed: list[str]
    forbidden_hits: list
    forbidden: list[str]  # the reader's phrases the key forbids on a card
    lints: dict[str, int]  # each lint class: how many cards have it
    hard_cards: int  # cards with any hard lint
    examples: dict[str, list[str]] = field(default_factory=dict)


def note_score(note: Path, keys: Path, group: str) -> NoteScore:
    """Build `note` alone into a deck, render it in Anki and score it against `keys`."""
    key = json.loads(keys.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        result = build([note], output=Path(folder) / "deck.apkg", deck_name="quality")
        cards = dump(str(result.output)) if result.output else []
    scored = score(cards, [key])
    (noted,) = scored["notes"].values()
    lints = {name: found["count"] for name, found in scored["lints"].items()}
    return NoteScore(
        note=note,
        group=group,
        cards=cards,
        items=noted["items"],
        covered=noted["covered"],
        missed=noted["missed"],
        forbidden_hits=noted["forbidden_hits"],
        forbidden=key.get("forbidden", []),
        lints=lints,
        hard_cards=_hard_cards(cards),
        examples={name: found["examples"] for name, found in scored["lints"].items()},
    )


def _hard_cards(cards: list[dict]) -> int:
    """How many cards have a hard lint, counted as `score_cards.score` counts them."""
    found = lint(cards)
    return len({card for name in HARD for card in found[name]})


def keyed_notes(group: str) -> list[tuple[Path, Path]]:
    """(note, key file) for every keyed note of a group ("sample" or a `GROUPS` folder)."""
    if group == "sample":
        return [(SAMPLE_NOTE, SAMPLE_KEYS)]
    found = []
    for keys in sorted((FIXTURES / group).rglob("*.keys.json")):
        note = keys.with_name(keys.name.removesuffix(".keys.json") + ".md")
        found.append((note, keys))
    return found


@dataclass(frozen=True)
class GroupScore:
    """A group's notes, scored, and their totals."""

    group: str
    notes: list[NoteScore]

    @property
    def cards(self) -> int:
        return sum(len(n.cards) for n in self.notes)

    @property
    def items(self) -> int:
        return sum(n.items for n in self.notes)

    @property
    def covered(self) -> int:
        return sum(n.covered for n in self.notes)

    @property
    def recall(self) -> float:
        return self.covered / max(1, self.items)

    @property
    def hard_cards(self) -> int:
        return sum(n.hard_cards for n in self.notes)

    @property
    def hard_rate(self) -> float:
        return self.hard_cards / max(1, self.cards)

    @property
    def lints(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for n in self.notes:
            total.update(n.lints)
        return total

    @property
    def forbidden_hits(self) -> int:
        return sum(len(n.forbidden_hits) for n in self.notes)


def group_score(group: str) -> GroupScore:
    return GroupScore(group, [note_score(note, keys, group) for note, keys in keyed_notes(group)])


__all__ = ["GROUPS", "HARD", "GroupScore", "NoteScore", "group_score", "keyed_notes"]
