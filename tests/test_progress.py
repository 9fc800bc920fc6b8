"""The progress bar of long runs: on a terminal (a pseudo-terminal here), once a run has lasted
a second; never in a pipe; never with --quiet. The command is run as users run it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.make_vault import make_vault

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough notes for a build of a few seconds (more than the bar's one-second wait)."""
    folder = tmp_path_factory.mktemp("progress") / "vault"
    make_vault(folder, notes=400, seed=3)
    return folder


def run(args: list[str], terminal: bool) -> tuple[int, str, str]:
    """Run flashgen; (exit code, stdout, stderr), stderr a pseudo-terminal or a pipe."""
    command = [sys.executable, "-m", "flashgen", *args]
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO)
        return done.returncode, done.stdout, done.stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, env=env, cwd=REPO)
    os.close(follower)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal's other end closed: the run is over
            break
        if not chunk:
            break
        shown += chunk
    out = process.stdout.read().decode() if process.stdout else ""
    os.close(leader)
    return process.wait(), out, shown.decode(errors="replace")


def test_a_long_build_shows_progress_on_a_terminal(big_vault: Path, tmp_path: Path) -> None:
    code, out, err = run(["build", str(big_vault), "-o", str(tmp_path / "a.apkg")], True)
    assert code == 0, err
    assert "notes" in err and "cards" in err and "━" in err  # rich's bar, notes and cards
    assert out.count("\n") == 1 and out.startswith("400 notes")  # the summary, on stdout


def test_no_progress_in_a_pipe_nor_with_quiet(big_vault: Path, tmp_path: Path) -> None:
    code, out, err = run(["build", str(big_vault), "-o", str(tmp_path / "b.apkg")], False)
    assert code == 0 and "━" not in err and "\x1b[" not in err
    code, out, err = run(
        ["build", str(big_vault), "-o", str(tmp_path / "c.apkg"), "--full", "--quiet"], True
    )
    assert code == 0 and "━" not in err and out.startswith("400 notes")
