"""Nothing of the user's is lost: an interrupted build leaves the previous deck and state
intact, and two builds of the same output never interleave."""

from __future__ import annotations

import contextlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from flashgen.output import OutputBusy, exclusive_output
from flashgen.pipeline import build
from flashgen.state import state_path
from flashgen.state_rows import STATE_VERSION
from tests.conftest import SAMPLE_NOTE, import_apkg


def big_vault(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for number in range(copies):
        text = SAMPLE_NOTE.read_text(encoding="utf-8").replace("Micro-Sect", f"Micro-Sect {number}")
        (folder / f"note {number:03}.md").write_text(text, encoding="utf-8")
    return folder


def intact(output: Path) -> tuple[bytes, int]:
    """The deck is a whole zip and its state file a whole database of this version."""
    with zipfile.ZipFile(output) as archive:
        assert archive.testzip() is None
        assert {"collection.anki2", "media"} <= set(archive.namelist())
    with contextlib.closing(sqlite3.connect(state_path(output))) as state:
        assert state.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        version = state.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        assert version == (str(STATE_VERSION),)
        (cards,) = state.execute("SELECT count(*) FROM cards").fetchone()
    return output.read_bytes(), cards


def test_killed_builds_leave_the_previous_deck_and_state_intact(tmp_path: Path, collection) -> None:
    vault = big_vault(tmp_path / "vault", 60)
    out = tmp_path / "out" / "deck.apkg"
    build([vault], output=out, now=1_000)
    old_bytes, old_cards = intact(out)
    for name in list(vault.iterdir())[:30]:  # the next build changes half the cards
        name.write_text(name.read_text(encoding="utf-8").replace("oppostion", "opposition"))
    command = [sys.executable, "-m", "flashgen", "build", str(vault), "-o"]

    # Kill each build the moment its temporary files appear: mid-write, every time.
    outcomes = []
    for _ in range(3):
        process = subprocess.Popen([*command, str(out)], stdout=subprocess.DEVNULL)
        writing = False
        while process.poll() is None and not writing:
            writing = any(p.name.startswith(".flashgen-") for p in out.parent.iterdir())
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert writing, "the build finished before it could be killed mid-write"
        data, cards = intact(out)  # whole, old or (killed after the rename) new
        assert cards == old_cards
        outcomes.append("old" if data == old_bytes else "new")
    assert "old" in outcomes
    # The next build clears what the kills left and writes a deck Anki imports.
    build([vault], output=out)
    assert sorted(p.name for p in out.parent.iterdir()) == [
        "deck.apkg", "deck.apkg.lock", "deck.flashgen-collection.anki2",
        "deck.flashgen-state.sqlite",
    ]  # fmt: skip
    assert len(import_apkg(collection, out).new) == old_cards


def test_a_second_build_waits_or_fails_clearly(tmp_path: Path) -> None:
    vault = big_vault(tmp_path / "vault", 1)
    out = tmp_path / "out" / "deck.apkg"
    busy = pytest.raises(OutputBusy, match="another flashgen build is writing")
    with exclusive_output(out), busy:
        build([vault], output=out, wait_seconds=0.3)
    assert not out.exists()  # nothing was written while another build held the output
    build([vault], output=out)
    intact(out)


def test_two_builds_at_once_both_finish_and_the_deck_is_whole(tmp_path: Path) -> None:
    vault = big_vault(tmp_path / "vault", 20)
    out = tmp_path / "out" / "deck.apkg"
    command = [sys.executable, "-m", "flashgen", "build", str(vault), "-o", str(out)]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    results = [(*p.communicate(timeout=120), p.returncode) for p in (first, second)]
    assert [code for *_, code in results] == [0, 0], results
    summaries = sorted(
        out_text.splitlines()[-1].split(" (")[1].split(",")[0] for out_text, _, _ in results
    )
    assert summaries[0].startswith("0 new") or summaries[1].startswith(
        "0 new"
    )  # one saw the other's state
    intact(out)


@pytest.fixture(autouse=True)
def _no_leftover_copies(tmp_path: Path):
    yield
    shutil.rmtree(tmp_path / "vault", ignore_errors=True)
