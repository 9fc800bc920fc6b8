"""`flashgen watch`: a rebuild per burst of note changes, none for the tool's own writes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from flashgen.deliver.watch import relevant, watch
from flashgen.pipeline import build
from tests.conftest import SAMPLE_CARDS, SAMPLE_NOTE
from tools.ankiconnect_server import AnkiConnectServer


def wait_for(condition, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def watch_one_edit(command: list[str], log: Path, edit: Callable[[], None]) -> str:
    """Run `flashgen watch`, make one edit once it watches, stop it; what it printed."""
    with open(log, "w") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: "watching" in log.read_text(), 60)
        time.sleep(0.5)
        edit()
        assert wait_for(lambda: "1 file changed" in log.read_text(), 30)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
    return log.read_text()


def test_relevant_changes() -> None:
    root, out = Path("/v").resolve(), Path("/v/decks/d.apkg").resolve()
    assert relevant(Path("/v/a/note.md"), [root], [out])
    for written in ("d.apkg", "d.apkg.lock", "d.flashgen-state.sqlite", "d.flashgen-sync.json"):
        assert not relevant(Path("/v/decks") / written, [root], [out])
    assert relevant(Path("/v/decks/my note.md"), [root], [out])  # a note beside the deck
    assert not relevant(Path("/v/.obsidian/workspace.json"), [root], [out])
    assert relevant(Path("/v/.flashgen/templates/style.css"), [root], [out])
    assert not relevant(Path("/v/.flashgen/rewrites.json.tmp"), [root], [out])
    assert not relevant(Path("/v/a/.note.md.swp"), [root], [out])
    assert not relevant(Path("/v/a/note.md~"), [root], [out])


def test_one_rebuild_per_save_and_none_for_its_own_output(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    note = vault / SAMPLE_NOTE.name
    shutil.copy(SAMPLE_NOTE, note)
    out = vault / "decks" / "d.apkg"  # the deck is written inside the watched folder
    build([vault], output=out, now=1_000)
    rebuilds: list[frozenset[Path]] = []
    statuses: list[dict[str, int]] = []

    def rebuild(changed: frozenset[Path]) -> None:
        result = build([vault], output=out)
        rebuilds.append(changed)
        statuses.append({s: sum(c.status == s for c in result.cards) for s in ("new", "changed")})

    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=([vault], rebuild, [out], stop, 200))
    watcher.start()
    try:
        time.sleep(0.5)  # let the watcher start
        text = note.read_text()
        # An editor's save: several writes in a burst.
        for _ in range(3):
            note.write_text(text.replace("oppostion", "opposition"))
        assert wait_for(lambda: len(rebuilds) == 1)
        time.sleep(1.5)  # the rebuild wrote the deck and state: no second rebuild
        assert len(rebuilds) == 1
        assert {p.name for p in rebuilds[0]} == {note.name}
        assert statuses[0] == {"new": 0, "changed": 1}
        (vault / ".obsidian").mkdir()
        (vault / ".obsidian" / "workspace.json").write_text("{}")
        time.sleep(1.0)
        assert len(rebuilds) == 1
    finally:
        stop.set()
        watcher.join(timeout=10)
    assert not watcher.is_alive()


def test_the_command_prints_one_line_per_rebuild(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    note = vault / SAMPLE_NOTE.name
    shutil.copy(SAMPLE_NOTE, note)
    command = [
        sys.executable,
        "-m",
        "flashgen",
        "watch",
        str(vault),
        "-o",
        str(tmp_path / "d.apkg"),
    ]

    def fix_typo() -> None:
        note.write_text(note.read_text().replace("oppostion", "opposition"))

    printed = watch_one_edit(command, tmp_path / "watch.log", fix_typo)
    lines = [line for line in printed.splitlines() if " changed" in line or "start" in line]
    assert f"start: 1 notes, {SAMPLE_CARDS} cards ({SAMPLE_CARDS} new" in lines[0]
    assert (
        f"1 file changed: 1 notes, {SAMPLE_CARDS} cards "
        f"(0 new, 1 changed, {SAMPLE_CARDS - 1} unchanged" in lines[1]
    )


def test_watch_sync_pushes_each_rebuild_into_anki(tmp_path: Path, collection) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    note = vault / SAMPLE_NOTE.name
    shutil.copy(SAMPLE_NOTE, note)
    with AnkiConnectServer(collection) as anki:
        command = [
            sys.executable, "-m", "flashgen", "watch", str(vault), "-o", str(tmp_path / "d.apkg"),
            "--sync", "--url", anki.url,
        ]  # fmt: skip

        def add_a_card() -> None:
            assert collection.note_count() == SAMPLE_CARDS  # the first sync, before any edit
            note.write_text(note.read_text() + "\nWhat is a sect's first aim?::Its own growth.\n")

        text = watch_one_edit(command, tmp_path / "watch.log", add_a_card)
    assert f"start: 1 notes, {SAMPLE_CARDS} cards: {SAMPLE_CARDS} added" in text
    assert f"1 file changed: 1 notes, {SAMPLE_CARDS + 1} cards: 1 added, 0 updated" in text
    assert collection.note_count() == SAMPLE_CARDS + 1
