"""Card quality as a learner meets it, per note and per group of notes.

    python3 -m benchmarks.extraction [--held-out] [--verbose]

Builds each keyed note (`tests/fixtures/**/<note>.keys.json`, and the sample's) into a deck,
imports it into real Anki, renders every card and scores it with the shared rules
(`tests/quality/score_cards.py`): key points covered, and each class of defect. The held-out
notes are scored only with `--held-out`: look at them at the end, never tune a rule on them.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.quality.learner import GROUPS, GroupScore, group_score  # noqa: E402
from tests.quality.score_cards import HARD, SOFT  # noqa: E402

SHORT = {
    "markup_artifact": "markup",
    "answer_in_question": "ans-in-q",
    "long_answer": "long-ans",
    "empty_side": "empty",
    "vague_reference": "vague",
    "duplicate_front": "dup",
    "cloze_in_word": "in-word",
    "repeated_cloze": "repeat",
    "context_poor": "context",
    "not_question_or_cloze": "not-q",
    "number_only_answer": "number",
    "long_front": "long-front",
}


def print_group(scored: GroupScore, verbose: bool) -> None:
    header = " | ".join(SHORT[k] for k in (*HARD, *SOFT))
    print(f"\n### {scored.group}\n")
    print(f"| note | cards | key points | hard | {header} |")
    print("|---|---|---|---|" + "---|" * len(HARD + SOFT))
    for n in scored.notes:
        counts = " | ".join(str(n.lints[k]) for k in (*HARD, *SOFT))
        print(
            f"| {n.note.stem[:40]} | {len(n.cards)} | {n.covered}/{n.items} | "
            f"{n.hard_cards} | {counts} |"
        )
    counts = " | ".join(str(scored.lints[k]) for k in (*HARD, *SOFT))
    print(
        f"| **total** | {scored.cards} | {scored.covered}/{scored.items} "
        f"({scored.recall:.1%}) | {scored.hard_cards} ({scored.hard_rate:.1%}) | {counts} |"
    )
    if scored.forbidden_hits:
        print(f"\nreader's text on a card: {scored.forbidden_hits}")
    if verbose:
        for n in scored.notes:
            if n.missed:
                print(f"- {n.note.stem}: missed {', '.join(n.missed)}")
            for name in HARD:
                for example in n.examples[name]:
                    print(f"  - {name}: {example}")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    groups = ["sample", "eval", "own"] + (["heldout"] if "--held-out" in argv else [])
    for group in groups:
        scored = group_score(group)
        scored = GroupScore(GROUPS.get(group, "the sample note"), scored.notes)
        print_group(scored, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
