"""Sync benchmark: requests and seconds to push N cards into Anki through AnkiConnect.

    python3 -m benchmarks.sync [--cards 1000,10000]

For each size: a synthetic vault (benchmarks/make_vault.py) cut to about N cards, synced
into an empty collection behind tools/ankiconnect_server.py (the real `anki` backend over
HTTP on 127.0.0.1), then synced again with no change, then again after one note was edited.
Seconds include flashgen's build; the server's time is Anki's own work.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from anki.collection import Collection

from benchmarks.make_vault import make_vault
from flashgen.deliver.sync import sync
from flashgen.pipeline import build
from tools.ankiconnect_server import AnkiConnectServer


def vault_of(folder: Path, cards: int) -> Path:
    """A synthetic vault with the fewest notes that make at least `cards` cards."""
    vault = folder / "vault"
    notes = make_vault(vault, max(1, cards // 30))
    made = Counter(
        card.rendered.draft.path
        for card in build([vault], output=folder / "probe.apkg", dry_run=True).cards
    )
    total = sum(made.values())
    for path in reversed(notes):
        if total <= cards:
            break
        total -= made[str(path)]
        path.unlink()
    return vault


def edit_one(vault: Path) -> None:
    note = sorted(vault.rglob("*.md"))[0]
    text = note.read_text(encoding="utf-8")
    note.write_text(text + "\nA closing question?::A closing answer.\n", encoding="utf-8")


def measure(cards: int) -> list[tuple[str, int, int, int, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        vault = vault_of(folder, cards)
        col = Collection(str(folder / "collection.anki2"))
        try:
            with AnkiConnectServer(col) as server:
                out = folder / "out" / "deck.apkg"
                for label in ("first sync", "no change", "one note edited"):
                    if label == "one note edited":
                        edit_one(vault)
                    writes = server.writes
                    started = time.perf_counter()
                    report = sync([vault], url=server.url, output=out)
                    seconds = time.perf_counter() - started
                    rows.append(
                        (label, report.cards, report.requests, server.writes - writes, seconds)
                    )
        finally:
            col.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cards", default="1000,10000")
    args = parser.parse_args()
    print("| cards | sync | requests | Anki writes (actions) | seconds |")
    print("|---|---|---|---|---|")
    for size in (int(n) for n in args.cards.split(",")):
        for label, cards, requests, writes, seconds in measure(size):
            print(f"| {cards} | {label} | {requests} | {writes} | {seconds:.2f} |", flush=True)


if __name__ == "__main__":
    main()
