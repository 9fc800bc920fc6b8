"""How often a card keeps its GUID when notes are edited: seeded random edits of a vault.

    python3 -m benchmarks.regeneration [--edits 200] [--seed 7]

Builds the sample note and the eval fixtures once (the "previous build", with its state
file), then applies each random edit to a fresh copy of the vault and rebuilds against that
state. Two shares are reported per kind of edit:

- unchanged cards: cards whose own text is the same before and after the edit; each should
  keep its GUID (target >= 99%).
- edited anchors: the card whose key term (the anchor its GUID comes from) got a typo; it
  should keep its GUID through re-matching (target >= 90%).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashgen.lint import answer_text  # noqa: E402
from flashgen.model import Card  # noqa: E402
from flashgen.parse.inline import plain_text  # noqa: E402
from flashgen.pipeline import build  # noqa: E402

EVAL = REPO / "tests" / "fixtures" / "eval"
SAMPLE = REPO / "seeds" / "Anatomy of the Micro-Sect.md"


def make_vault(folder: Path) -> Path:
    shutil.copytree(EVAL, folder, ignore=shutil.ignore_patterns("*.json"))
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    return folder


def card_text(card: Card) -> str:
    draft = card.rendered.draft
    return f"{plain_text(draft.front)} | {answer_text(draft)}"


def notes_in(vault: Path) -> list[Path]:
    return sorted(vault.rglob("*.md"))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _prose_lines(lines: list[str]) -> list[int]:
    """Indexes of lines of running text (not headings, fences, tables, callouts, YAML)."""
    fence = False
    found = []
    for index, line in enumerate(lines):
        if line.startswith("```"):
            fence = not fence
        elif (
            not fence and len(line.split()) > 8 and not line.startswith(("#", "|", ">", "---", "`"))
        ):
            found.append(index)
    return found


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def typo_in_text(vault: Path, rng: random.Random) -> None:
    note = rng.choice(notes_in(vault))
    lines = _lines(note)
    candidates = _prose_lines(lines)
    if not candidates:
        return
    index = rng.choice(candidates)
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", lines[index])]
    if words:
        word = rng.choice(words)
        lines[index] = (
            lines[index][: word.start()] + _typo(word.group(), rng) + lines[index][word.end() :]
        )
        note.write_text("\n".join(lines), encoding="utf-8")


def reword_heading(vault: Path, rng: random.Random) -> None:
    note = rng.choice(notes_in(vault))
    lines = _lines(note)
    headings = [i for i, line in enumerate(lines) if re.match(r"#{1,3} \S", line) and i > 0]
    if headings:
        index = rng.choice(headings)
        lines[index] = lines[index] + rng.choice([" (revisited)", " and more", ": notes"])
        note.write_text("\n".join(lines), encoding="utf-8")


def reorder_sections(vault: Path, rng: random.Random) -> None:
    note = rng.choice(notes_in(vault))
    text = note.read_text(encoding="utf-8")
    marker = "\n## " if "\n## " in text else "\n# "
    parts = text.split(marker)
    if len(parts) > 3:
        i = rng.randrange(1, len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
        note.write_text(marker.join(parts), encoding="utf-8")


def add_paragraph(vault: Path, rng: random.Random) -> None:
    note = rng.choice(notes_in(vault))
    lines = _lines(note)
    candidates = _prose_lines(lines)
    if candidates:
        index = rng.choice(candidates)
        lines.insert(
            index + 1,
            "\nThe argument also rests on **institutional memory** kept by a few members.\n",
        )
        note.write_text("\n".join(lines), encoding="utf-8")


def rename_note(vault: Path, rng: random.Random) -> None:
    note = rng.choice(notes_in(vault))
    note.rename(note.with_name(f"{note.stem} (renamed){note.suffix}"))


def move_note(vault: Path, rng: random.Random) -> None:
    note = rng.choice(notes_in(vault))
    target = vault / "archive" / "2026"
    target.mkdir(parents=True, exist_ok=True)
    note.rename(target / note.name)


def change_tags(vault: Path, rng: random.Random) -> None:
    note = rng.choice(notes_in(vault))
    text = note.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        text = "---\n---\n" + text
    if "\ntags:" in text:
        text = text.replace("\ntags:", "\ntags: [reread]\nold-tags:", 1)
    else:
        text = "---\ntags: [reread]\n" + text[4:]
    note.write_text(text, encoding="utf-8")


EDITS: dict[str, Callable[[Path, random.Random], None]] = {
    "typo in a sentence": typo_in_text,
    "reworded heading": reword_heading,
    "reordered sections": reorder_sections,
    "new paragraph": add_paragraph,
    "renamed note": rename_note,
    "moved note": move_note,
    "changed tags": change_tags,
}


def anchor_typo(vault: Path, previous: list[Card], rng: random.Random) -> Card | None:
    """Put a typo into one claim or definition's key term, where the note says it; return
    the card whose anchor that is."""
    eligible = [c for c in previous if c.rendered.draft.kind in ("claim", "definition", "concept")]
    rng.shuffle(eligible)
    for card in eligible:
        term = card.rendered.draft.anchor.rsplit(":", 1)[-1]
        words = [w for w in re.findall(r"[A-Za-z]{5,}", term)]
        name = Path(card.rendered.draft.path).name
        note = next((p for p in notes_in(vault) if p.name == name), None)
        if not words or note is None:
            continue
        lines = _lines(note)
        line = card.rendered.draft.line - 1
        for word in words:
            found = (
                re.search(rf"\b{re.escape(word)}\b", lines[line], re.I)
                if line < len(lines)
                else None
            )
            if found:
                lines[line] = (
                    lines[line][: found.start()]
                    + _typo(found.group(), rng)
                    + lines[line][found.end() :]
                )
                note.write_text("\n".join(lines), encoding="utf-8")
                return card
    return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--edits", type=int, default=160, help="random edits to apply (default 160)"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        base_vault = make_vault(root / "base")
        output = root / "out" / "deck.apkg"
        build([base_vault], output=output, now=1_000)  # the previous build and its state
        # The cards as that build made them, with whole drafts (a build keeps only what
        # packaging needs of each draft; a cloze's answer is not among it).
        previous = list(build([base_vault], output=output, dry_run=True, now=1_000).cards)
        before = {card_text(c): c.guid for c in previous}

        kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        anchors = [0, 0]
        kinds = [*EDITS, "typo in a card's anchor"]
        for number in range(args.edits):
            kind = kinds[number % len(kinds)]
            vault = root / f"v{number}"
            shutil.copytree(base_vault, vault)
            target = None
            if kind in EDITS:
                EDITS[kind](vault, rng)
            else:
                target = anchor_typo(vault, previous, rng)
            after = build([vault], output=output, dry_run=True, now=2_000).cards
            now_guids = {c.guid for c in after}
            for card in after:
                text = card_text(card)
                if text in before:
                    kept[kind][1] += 1
                    kept[kind][0] += before[text] == card.guid
            if target is not None:
                anchors[1] += 1
                anchors[0] += target.guid in now_guids
            shutil.rmtree(vault)

    print(f"{args.edits} seeded edits (seed {args.seed}) of {len(previous)} cards in 9 notes\n")
    print("| edit | unchanged cards that kept their GUID |")
    print("|---|---|")
    total = [0, 0]
    for kind in kinds[:-1]:
        ok, seen = kept[kind]
        total[0] += ok
        total[1] += seen
        print(f"| {kind} | {ok}/{seen} ({100 * ok / max(seen, 1):.2f}%) |")
    total[0] += kept[kinds[-1]][0]
    total[1] += kept[kinds[-1]][1]
    print(f"| typo in a card's anchor (other cards) | {kept[kinds[-1]][0]}/{kept[kinds[-1]][1]} |")
    print(f"| **all** | {total[0]}/{total[1]} ({100 * total[0] / max(total[1], 1):.2f}%) |\n")
    print(
        f"Cards whose own anchor got a typo and kept their GUID: {anchors[0]}/{anchors[1]} "
        f"({100 * anchors[0] / max(anchors[1], 1):.1f}%)"
    )


if __name__ == "__main__":
    main()
