"""Card quality as a learner meets it: build a note's deck, import it into a fresh collection
with real Anki, render every card, and score the cards against the note's key points.

The rendering and scoring rules are the project's shared ones (`../shared/eval/`):
`score_cards.py` is a verbatim copy of it, and `rendered_cards` reads a card's sides as its
`score_deck.py` does, so a figure measured here is the figure the shared scorer gives.
A key file (`<note>.keys.json`, beside its note) lists the note's key points, written by
reading the note before running flashgen on it.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from flashgen.pipeline import build
from tests.quality.score_cards import HARD, lint, score

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPO = FIXTURES.parent.parent
SAMPLE_KEYS = FIXTURES / "seed.keys.json"
SAMPLE_NOTE = REPO / "seeds" / "Anatomy of the Micro-Sect.md"
# Groups of notes, each scored on its own: the sample, the shared eval notes, the notes we
# wrote and developed the rules on, and those we keep aside (scored only at the end).
GROUPS = {"eval": "shared eval notes", "own": "our notes", "heldout": "our held-out notes"}

_FOOTER = re.compile(r'(?is)<div class="[^"]*\b(fg-source|fg-context)\b[^"]*">.*?</div>')
_HR = re.compile(r"(?i)<hr id=[\"']?answer[\"']?\s*/?>")
_CLOZE = re.compile(r'(?is)<span class="cloze"[^>]*>(.*?)</span>')
_INLINE = re.compile(r"(?i)</?(span|i|b|em|strong|a|mark|code|sub|sup|u|s|small)\b[^>]*>")
_SCRIPT = re.compile(r"(?is)<(style|script)\b.*?</\1>")


def _text(fragment: str) -> str:
    fragment = _SCRIPT.sub(" ", fragment)
    fragment = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d)>", "\n", fragment)
    plain = re.sub(r"(?s)<[^>]+>", " ", _INLINE.sub("", fragment))
    return re.sub(r"\s+", " ", html.unescape(plain)).strip()


def _answer_only(answer: str, is_cloze: bool) -> str:
    """The back beyond the front, without the footer every back repeats."""
    answer = _FOOTER.sub(" ", _SCRIPT.sub(" ", answer))
    if _HR.search(answer):
        return _HR.split(answer, 1)[1]
    return " ; ".join(_CLOZE.findall(answer)) if is_cloze else answer


def rendered_cards(apkg: Path) -> list[dict]:
    """Every card of the deck as Anki renders it: question text and answer-only text."""
    with tempfile.TemporaryDirectory() as folder:
        col = Collection(str(Path(folder) / "collection.anki2"))
        try:
            request = ImportAnkiPackageRequest(
                package_path=str(apkg), options=ImportAnkiPackageOptions()
            )
            col.import_anki_package(request)
            cards = []
            for card_id in sorted(col.find_cards("")):
                card = col.get_card(card_id)
                is_cloze = card.note().note_type().get("type") == 1
                cards.append(
                    {
                        "question_text": _text(card.question()),
                        "answer_only_text": _text(_answer_only(card.answer(), is_cloze)),
                        "fields": dict(card.note().items()),
                    }
                )
            return cards
        finally:
            col.close()


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
    lints: dict[str, int]  # each lint class: how many cards have it
    hard_cards: int  # cards with any hard lint
    examples: dict[str, list[str]] = field(default_factory=dict)


def note_score(note: Path, keys: Path, group: str) -> NoteScore:
    """Build `note` alone into a deck, render it in Anki and score it against `keys`."""
    key = json.loads(keys.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        result = build([note], output=Path(folder) / "deck.apkg", deck_name="quality")
        cards = rendered_cards(result.output) if result.output else []
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
