"""Card quality as a learner meets it, measured (issue: cards a reader would keep).

Every keyed note is built into a deck, imported into real Anki and rendered; the shared
scorer (`tests/quality/score_cards.py`) then checks its key points (written by reading
each note, never from the tool's output) and lints every card. No list of expected cards:
better cards never fight these tests, worse ones fail them.
"""

from __future__ import annotations

import re

import pytest

from tests.quality.learner import GroupScore, group_score
from tests.quality.score_cards import has

# Floors at what the rules reach today (a ratchet: raise them when extraction improves).
# "heldout" notes are checked for defects and the reader's text only: their coverage is
# read at the end of a change (`python3 -m benchmarks.extraction --held-out`), never tuned on.
# ("own" grows by each held-out set once it has been scored, and new sets score lower than
# the notes the rules grew on: 0.88 on 130 notes at 0.5.0, 0.879 on 195 notes, 0.867 on
# 432 notes at stop 38, when set 78 came in at 62%; the bar for them is 0.85.)
RECALL_FLOOR = {"sample": 0.85, "eval": 0.9, "own": 0.85}
HARD_LINT_CEILING = 0.05
SAMPLE_CARDS_BEFORE = 49  # the sample's deck in 0.4.8 (Anki cards): it must stay smaller


@pytest.fixture(scope="module", params=["sample", "eval", "own", "heldout"])
def scored(request: pytest.FixtureRequest) -> GroupScore:
    return group_score(request.param)


def test_key_points_are_asked(scored: GroupScore) -> None:
    if scored.group == "heldout":
        pytest.skip("held out: coverage is read at the end, never tuned on")
    missed = {n.note.stem: n.missed for n in scored.notes if n.missed}
    assert scored.recall >= RECALL_FLOOR[scored.group], (scored.recall, missed)


def test_few_cards_a_learner_would_fix_or_delete(scored: GroupScore) -> None:
    bad = {n.note.stem: n.lints for n in scored.notes if n.hard_cards}
    assert scored.hard_rate <= HARD_LINT_CEILING, (scored.hard_cards, scored.cards, bad)


def test_the_readers_own_text_is_never_on_a_card(scored: GroupScore) -> None:
    hits = {n.note.stem: n.forbidden_hits for n in scored.notes if n.forbidden_hits}
    # (and in a cloze with its answers filled in, which the scorer reads with their markup:
    # "For the … module, week {{c1::3}}" holds the reader's "module, week 3")
    for n in scored.notes:
        filled = [_filled(card) for card in n.cards]
        found = [(p, "") for p in n.forbidden for text in filled if has(text, p)]
        if found:
            hits.setdefault(n.note.stem, []).extend(found)
    if scored.group == "heldout":
        # (which of the key's own phrases, never the cards' text: a held-out set is read
        # once, at the end)
        hits = {stem: sorted({phrase for phrase, _ in found}) for stem, found in hits.items()}
    assert not hits


def test_every_keyed_note_makes_cards_and_the_sample_fewer_than_before(
    scored: GroupScore,
) -> None:
    assert len(scored.notes) >= 1 and all(n.cards for n in scored.notes)
    if scored.group == "sample":
        assert scored.cards < SAMPLE_CARDS_BEFORE


_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


def _filled(card: dict) -> str:
    """A card's fields as one text, each cloze deletion replaced by its answer."""
    text = " ".join(str(value) for value in card.get("fields", {}).values())
    return re.sub(r"<[^>]+>", " ", _CLOZE.sub(r"\1", text)).lower()
