"""The bad inputs too big, too binary or too odd to keep in git: written into a vault folder
by the tests (and by hand: `python3 tests/bad_inputs/generate.py DIR`)."""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

CLAIM = "Smith argues that markets need **rules** to work well.\n"


def binary_note(folder: Path) -> Path:
    """A PNG image renamed `.md`, as sync tools sometimes leave."""
    path = folder / "picture.md"
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + zlib.compress(bytes(range(256)) * 64)
    path.write_bytes(png)
    return path


def huge_note(folder: Path, megabytes: int = 20) -> Path:
    path = folder / "huge.md"
    paragraph = "# Huge\n\n" + CLAIM * 10
    path.write_text(paragraph * (megabytes * 2**20 // len(paragraph) + 1), encoding="utf-8")
    return path


def long_line_note(folder: Path, characters: int = 100_000) -> Path:
    path = folder / "long line.md"
    words = "Smith argues that " + "very " * (characters // 5) + "long **sentences** tire readers."
    path.write_text(f"# Long line\n\n{words}\n\n{CLAIM}", encoding="utf-8")
    return path


def many_headings_note(folder: Path, headings: int = 10_000) -> Path:
    path = folder / "many headings.md"
    parts = ["# Many headings\n"]
    for number in range(headings):
        parts.append(f"## Heading {number}\n")
        if number % 500 == 0:
            parts.append(CLAIM)
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def deeply_nested_note(folder: Path, depth: int = 1_000) -> Path:
    path = folder / "deeply nested.md"
    lists = "".join("  " * level + f"- level {level} item\n" for level in range(depth))
    quotes = "".join(">" * level + f" quote level {level}\n" for level in range(1, depth))
    path.write_text(f"# Nested\n\n{CLAIM}\n{lists}\n{quotes}", encoding="utf-8")
    return path


def symlink_loop(folder: Path) -> Path:
    path = folder / "loop"
    path.symlink_to(folder, target_is_directory=True)
    return path


def symlink_out_of_vault(folder: Path, outside: Path) -> Path:
    secret = outside / "secret.md"
    secret.write_text("# Secret\n\nSmith argues that this **secret** must never be read.\n")
    path = folder / "linked secret.md"
    path.symlink_to(secret)
    return path


def unreadable_note(folder: Path) -> Path:
    path = folder / "locked.md"
    path.write_text(f"# Locked\n\n{CLAIM}")
    os.chmod(path, 0)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for make in (binary_note, huge_note, long_line_note, many_headings_note, deeply_nested_note):
        print(make(target))
