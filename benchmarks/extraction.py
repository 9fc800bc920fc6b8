"""Extraction quality against what a learner expects, per fixture note.

    python3 -m benchmarks.extraction

For every `tests/fixtures/**/<note>.cards.json` (expectations written by reading the note),
prints the cards made, the expected cards found (recall), the cards with any lint, and
the cards that carry text of the reader's callouts (must be 0); then totals for the notes
the rules were developed on and for the held-out notes written before the rules saw them.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashgen.lint import card_problems  # noqa: E402
from flashgen.pipeline import collect  # noqa: E402
from tests.expectations import evaluate, expectation_files  # noqa: E402


def main() -> None:
    rows = []
    for spec in expectation_files():
        outcome = evaluate(spec)
        collected = collect([outcome.note])
        drafts = [card.draft for card in collected.rendered]
        # dropped cards had a hard lint; kept ones may still carry a soft one
        linted = collected.dropped + sum(1 for draft in drafts if card_problems(draft))
        group = "held out" if "heldout" in spec.parts else "developed on"
        rows.append((group, outcome, len(drafts) + collected.dropped, linted))

    print("| note | group | cards made | recall | cards with a lint | reader text on a card |")
    print("|---|---|---|---|---|---|")
    for group, outcome, cards, linted in rows:
        print(
            f"| {outcome.note.name} | {group} | {cards} | {outcome.found}/{len(outcome.expected)} "
            f"| {linted} | {len(outcome.forbidden_found)} |"
        )
    print()
    for name in ("developed on", "held out", None):
        chosen = [r for r in rows if name is None or r[0] == name]
        found = sum(r[1].found for r in chosen)
        expected = sum(len(r[1].expected) for r in chosen)
        cards = sum(r[2] for r in chosen)
        linted = sum(r[3] for r in chosen)
        reader = sum(len(r[1].forbidden_found) for r in chosen)
        print(
            f"{name or 'all':>12}: recall {found}/{expected} = {100 * found / expected:.1f}%, "
            f"cards with a lint {linted}/{cards} = {100 * linted / cards:.1f}%, "
            f"cards with reader text {reader}"
        )
    print("\nMissed:")
    for _, outcome, _, _ in rows:
        for missed in outcome.missed:
            print(f"- {outcome.note.name}: {missed}")


if __name__ == "__main__":
    main()
