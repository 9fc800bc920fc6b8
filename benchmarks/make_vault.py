"""A synthetic vault of reading notes for benchmarks: deterministic for a seed.

    python3 -m benchmarks.make_vault DIR [--notes 1000] [--seed 1]

Each note has front matter, 3 to 10 sections of definitions, enumerations, claims with
wikilinks between notes, tags, reader callouts, explicit `Q::A` and cloze cards, code and
math, and some image embeds (a few small images are written too). Sizes follow a skewed
distribution: most notes 1-5 KB, about one in a hundred over 100 KB.
"""

from __future__ import annotations

import argparse
import random
import struct
import zlib
from pathlib import Path

AUTHORS = ["Hal Draper", "Jo Freeman", "Thomas Kuhn", "Adam Smith", "Claude Shannon", "Garrett Hardin",
           "Hannah Arendt", "Karl Polanyi", "Elinor Ostrom", "Herbert Simon"]  # fmt: skip
NOUNS = ("institution market paradigm network circle movement channel entropy commons rule "
         "organization program practice community structure process theory signal").split()  # fmt: skip
ADJECTIVES = "formal informal political social economic scientific stable local rational".split()
VERBS = "argues says claims observes notes suggests stresses writes".split()


def phrase(rng: random.Random, words: int) -> str:
    pool = [*NOUNS, *ADJECTIVES, "of", "the", "and", "in", "a", "for", "with", "to"]
    return " ".join(rng.choice(pool) for _ in range(words))


def tiny_png(path: Path, seed: int) -> None:
    width = height = 16
    colour = bytes([(seed * 53) % 256, (seed * 97) % 256, (seed * 31) % 256])
    raw = b"".join(b"\x00" + colour * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def section(rng: random.Random, number: int, author: str, titles: list[str]) -> str:
    surname = author.split()[-1]
    term = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    link = rng.choice(titles)
    parts = [f"## {number}. {phrase(rng, 3).capitalize()}"]
    parts.append(f"{surname} defines a {term} as {phrase(rng, 12)}.")
    parts.append(
        f"{surname} {rng.choice(VERBS)} that the [[{link}|{rng.choice(NOUNS)}]] is **{rng.choice(NOUNS)}** "
        f"because {phrase(rng, 10)}. The author {rng.choice(VERBS)} that \"{phrase(rng, 6)}\" matters in {rng.randint(1900, 2020)}."
    )  # fmt: skip
    if rng.random() < 0.5:
        count = rng.randint(3, 7)
        parts.append(f"{surname} lists {count} {rng.choice(NOUNS)}s of the {rng.choice(NOUNS)}:")
        parts.append(
            "\n".join(
                f"{i}. {phrase(rng, rng.randint(3, 9)).capitalize()}." for i in range(1, count + 1)
            )
        )
    if rng.random() < 0.3:
        parts.append(f"> [!note]\n> I think {phrase(rng, 12)}.")
    if rng.random() < 0.3:
        parts.append(
            f"What is the {rng.choice(NOUNS)} of {surname}?::{phrase(rng, 8).capitalize()}."
        )
    if rng.random() < 0.2:
        parts.append(
            f"The {rng.choice(NOUNS)} was named {{{{c1::{rng.choice(NOUNS)}}}}} in {{{{c2::{rng.randint(1800, 2000)}}}}}."
        )
    if rng.random() < 0.15:
        parts.append(
            f"The {rng.choice(NOUNS)} is computed as\n\n$$x_{number} = \\sum_i a_i^{number}$$"
        )
    if rng.random() < 0.1:
        parts.append(
            f"In code, the {rng.choice(NOUNS)} is computed like this:\n\n```python\ndef f(x):\n    return x * {number}\n```"
        )
    if rng.random() < 0.1:
        parts.append(f"![[figure-{rng.randint(0, 9)}.png|300]]")
    filler = rng.choice([0, 0, 1, 2, 3])
    parts.extend(
        f"{surname} {rng.choice(VERBS)} that {phrase(rng, rng.randint(8, 20))}."
        for _ in range(filler)
    )
    return "\n\n".join(parts)


def note(rng: random.Random, index: int, titles: list[str]) -> str:
    author = rng.choice(AUTHORS)
    sections = rng.randint(3, 10)
    if rng.random() < 0.01:  # the rare very long note (a book's worth of notes)
        sections = rng.randint(250, 400)
    tags = " ".join(f"#{rng.choice(NOUNS)}" for _ in range(rng.randint(1, 3)))
    body = "\n\n".join(section(rng, n, author, titles) for n in range(1, sections + 1))
    return (
        f"---\nauthor: {author}\nyear: {rng.randint(1850, 2020)}\ntags: [{rng.choice(NOUNS)}]\n---\n"
        f"# {titles[index]}\n`TAGS`: {tags}\n\n{body}\n"
    )


def make_vault(folder: Path, notes: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    titles = [f"Note {i:05} {rng.choice(NOUNS).capitalize()}" for i in range(notes)]
    (folder / "attachments").mkdir(exist_ok=True)
    for number in range(10):
        tiny_png(folder / "attachments" / f"figure-{number}.png", number)
    paths = []
    for index, title in enumerate(titles):
        path = folder / f"topic-{index % 20:02}" / f"{title}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(note(rng, index, titles), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = make_vault(args.folder, args.notes, args.seed)
    sizes = sorted(p.stat().st_size for p in paths)
    print(f"{len(paths)} notes, median {sizes[len(sizes) // 2]} bytes, largest {sizes[-1]} bytes")


if __name__ == "__main__":
    main()
