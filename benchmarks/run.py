"""Speed and memory of flashgen on synthetic vaults, printed as one Markdown table.

    python3 -m benchmarks.run [--sizes 1000,10000] [--edits 1,100] [--no-peer]

Every figure is a whole process, timed from outside (wall clock, and peak RSS from the
kernel's accounting of that process and its children), all in one run, so ratios compare
like with like on a noisy machine:

- floor: the same notes only read and parsed by markdown-it-py (flashgen's parser and
  plug-ins; no extraction, no packaging);
- full build: `flashgen build` with no state; with the size of the state it leaves beside
  the deck, and of the deck's kept collection (`pipeline.kept_files`);
  floor and full build are run 3 times each, in turn (floor, build, floor, build, ...), so
  that a slow stretch of the machine falls on both: each is the median, with the fastest
  and slowest in brackets; build/floor is the ratio of the medians, with the lowest and
  highest ratio of a floor and the build after it in brackets;
- incremental: the largest vault rebuilt after editing 1 and then 100 notes, adding a
  note, and renaming a folder of notes, each just after a rebuild with nothing changed (the
  notes' files are in the page cache; the state's cards are not read by such a rebuild);
  each the median of 3 runs from the same previous build, with the fastest and slowest
  in brackets (these rows vary most);
  the deck it writes is compared byte for byte with a full build of the same notes from
  the same previous state;
- peer: markdown-anki-decks (PyPI), which turns each file's headings into cards without
  extraction, installed in a virtualenv of its own, on the same vault.
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.make_vault import make_vault  # noqa: E402
from flashgen.pipeline import kept_files  # noqa: E402

EPOCH = 1_800_000_000  # SOURCE_DATE_EPOCH: builds are reproducible, so bytes can be compared
PEER = ["markdown-anki-decks==1.1.1", "typer==0.4.2", "click==8.0.4"]  # its last working pins


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MiB of the process tree's largest member, stdout).

    The files earlier runs wrote are flushed first: a run's own fsyncs would otherwise wait
    for the write-back of theirs (a full build writes a gigabyte), which is not its cost."""
    os.sync()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[:4]} failed with {os.waitstatus_to_exitcode(status)}")
    # wait4's figure is this process's own peak, or of a child it waited for (a pool worker)
    return wall, usage.ru_maxrss // 1024, output


REPEATS = 3  # the incremental rows vary most from run to run: each is a median


@dataclass(frozen=True)
class Repeated:
    """The wall times of `REPEATS` runs of one command, and the largest peak RSS of them."""

    walls: tuple[float, ...]
    rss: int

    @classmethod
    def of(cls, runs: list[tuple[float, int, str]]) -> Repeated:
        """From `measure`'s results."""
        return cls(tuple(wall for wall, _, _ in runs), max(rss for _, rss, _ in runs))

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    def __str__(self) -> str:
        """The median, then the fastest and slowest run: the spread says how far to trust it."""
        return f"{self.median:.1f} s ({min(self.walls):.1f}–{max(self.walls):.1f})"


def full_builds(
    vault: Path, output: Path
) -> tuple[list[tuple[float, int, str]], list[tuple[float, int, str]]]:
    """`REPEATS` pairs, in turn, of the parse floor and a full build with no state (the
    output folder removed first), so a slow stretch of the machine falls on both; the last
    build's output is kept."""
    floors, builds = [], []
    for _ in range(REPEATS):
        floors.append(measure([sys.executable, "-m", "benchmarks.run", "--floor", str(vault)]))
        shutil.rmtree(output.parent, ignore_errors=True)
        builds.append(measure(build_command(vault, output), flashgen_env(EPOCH)))
    return floors, builds


def repeated(
    command: list[str], env: dict[str, str], restore: list[tuple[Path, Path]] | None = None
) -> Repeated:
    """`REPEATS` runs of `command`, each after copying back the files in `restore` (copy,
    where), so each starts from the same files."""
    runs = []
    for _ in range(REPEATS):
        for copy, where in restore or []:
            shutil.copy(copy, where)
        runs.append(measure(command, env))
    return Repeated.of(runs)


def parse_floor(folder: str) -> None:
    """Read every note and parse it with flashgen's markdown-it parser; nothing else."""
    from flashgen.parse.markdown import note_parser
    from flashgen.vault import find_notes, read_front_matter

    found, _ = find_notes([Path(folder)])
    parser = note_parser()
    tokens = 0
    for path, _root in found:
        text = path.read_text(encoding="utf-8")
        read_front_matter(text)
        tokens += len(parser.parse(text))
    print(f"{len(found)} notes, {tokens} tokens")


def flashgen_env(epoch: int) -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}


def build_command(vault: Path, output: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "flashgen",
        "build",
        str(vault),
        "-o",
        str(output),
        "--deck",
        "bench",
    ]


def cards_in(summary: str) -> int:
    found = re.search(r"(\d+) cards", summary)
    return int(found.group(1)) if found else 0


def edit_notes(vault: Path, count: int, round_: int) -> None:
    """Add one claim to each of the first `count` notes (a realistic small edit)."""
    for path in sorted(vault.rglob("*.md"))[:count]:
        with path.open("a", encoding="utf-8") as note:
            note.write(
                f"\n\nThe author argues that revision {round_} needs **care** in every case.\n"
            )


def add_note(vault: Path) -> None:
    """A new note among the others (a user's most common change after an edit)."""
    (vault / "A new note.md").write_text(
        "# A new note\n\nThe author argues that new notes need **care** in every case.\n",
        encoding="utf-8",
    )


def vault_changes(
    vault: Path, size: int, edits: list[int]
) -> list[tuple[str, Callable[[], object]]]:
    """The changes an incremental build is measured after, in order, each with its label."""
    changes: list[tuple[str, Callable[[], object]]] = [
        (f"{count} edited of {size}", functools.partial(edit_notes, vault, count, round_))
        for round_, count in enumerate(edits)
    ]
    changes.append((f"1 note added to {size}", functools.partial(add_note, vault)))
    folder = sorted(p for p in vault.iterdir() if p.is_dir() and any(p.glob("*.md")))[-1]
    moved = sum(1 for _ in folder.glob("*.md"))
    renamed = folder.with_name(folder.name + "-renamed")
    changes.append(
        (f"a folder of {moved} notes renamed", functools.partial(folder.rename, renamed))
    )
    return changes


def peer_command(scratch: Path) -> list[str] | None:
    venv = scratch / "peer-venv"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", *PEER], check=True, capture_output=True
        )
    except subprocess.CalledProcessError as error:
        print(f"peer not measured: could not install it ({error})", file=sys.stderr)
        return None
    return [str(venv / "bin" / "mdankideck")]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--edits", default="1,100")
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--floor", help=argparse.SUPPRESS)  # internal: run the parse floor
    args = parser.parse_args()
    if args.floor:
        parse_floor(args.floor)
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        peer = None if args.no_peer else peer_command(scratch)
        for size in sizes:
            vault = scratch / f"vault-{size}"
            make_vault(vault, size, seed=1)
            output = scratch / f"out-{size}" / "bench.apkg"
            floors, builds = full_builds(vault, output)
            floor, build = Repeated.of(floors), Repeated.of(builds)
            wall = build.median
            cards = cards_in(builds[-1][2])
            ratios = [b / f for f, b in zip(floor.walls, build.walls, strict=True)]
            state, collection = (path.stat().st_size / 2**20 for path in kept_files(output))
            rows.append(
                f"| full build, {size} notes | {build} | {size / wall:.0f} | {cards / wall:.0f} "
                f"| {build.rss} MiB | {state:.1f} / {collection:.1f} MiB | {floor} ({floor.rss} MiB) "
                f"| {wall / floor.median:.2f} ({min(ratios):.2f}–{max(ratios):.2f}) |"
            )
            if peer:
                peer_out = scratch / f"peer-{size}"
                peer_out.mkdir()
                # It leaves a scratch file per deck in the temporary folder: keep them in ours.
                peer_tmp = scratch / "peer-tmp"
                peer_tmp.mkdir(exist_ok=True)
                peer_wall, peer_rss, _ = measure(
                    [*peer, str(vault), str(peer_out)], {**os.environ, "TMPDIR": str(peer_tmp)}
                )
                rows.append(
                    f"| peer (markdown-anki-decks), {size} notes | {peer_wall:.1f} s | {size / peer_wall:.0f} "
                    f"| – | {peer_rss} MiB | – | – | flashgen/peer per note: {wall / peer_wall:.2f} |"
                )
            if size != max(sizes):
                continue
            edits = [int(e) for e in args.edits.split(",")]
            for round_, (label, change) in enumerate(vault_changes(vault, size, edits)):
                epoch = EPOCH + 100 * (round_ + 1)
                # A rebuild with nothing changed first, as a user who builds often has just
                # done: the notes' files are in the page cache as they would be.
                same = repeated(build_command(vault, output), flashgen_env(epoch))
                if round_ == 0:
                    rows.append(
                        f"| rebuild, nothing changed, {size} notes | {same} | – | – "
                        f"| {same.rss} MiB | – | – | – |"
                    )
                # The twin starts from the state the incremental build will start from.
                twin = scratch / f"twin-{round_}" / "bench.apkg"
                twin.parent.mkdir()
                for source, target in zip(kept_files(output), kept_files(twin), strict=True):
                    shutil.copy(source, target)
                change()
                # Each repeat of the incremental build starts from the same previous build.
                restore = [
                    (twin.parent / f"before-{path.name}", path)
                    for path in (*kept_files(output), output)
                ]
                for copy, where in restore:
                    shutil.copy(where, copy)
                incremental = repeated(build_command(vault, output), flashgen_env(epoch), restore)
                measure([*build_command(vault, twin), "--full"], flashgen_env(epoch))
                alike = (
                    "byte-identical" if output.read_bytes() == twin.read_bytes() else "DIFFERENT"
                )
                rows.append(
                    f"| incremental, {label} | {incremental} | – | – | {incremental.rss} MiB "
                    f"| – | – | deck {alike} to a full build |"
                )

    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}\n")  # fmt: skip
    print(
        "| run | wall | notes/s | cards/s | peak RSS | state / kept collection "
        "| parse-only floor | build/floor |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
