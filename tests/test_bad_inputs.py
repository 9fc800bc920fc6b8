"""Bad input never stops the vault: for each case of `tests/bad_inputs/`, the build finishes,
the good note still makes its cards, and the bad one is reported as `path:line: …` with the
documented exit codes (0; 1 with --strict when anything was reported; `check` 1 on errors)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flashgen import making
from flashgen.cli import app
from flashgen.making import collect
from flashgen.pipeline import build
from tests.bad_inputs import generate
from tests.conftest import EVAL_NOTES

BAD = Path(__file__).resolve().parent / "bad_inputs"
GOOD = "Kuhn - The Structure of Scientific Revolutions.md"
# What the good note makes alone: a bad note beside it must not change it.
GOOD_CARDS = len(collect([EVAL_NOTES / GOOD]).rendered)
runner = CliRunner()


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Path, Path], list[Path]]  # (vault, a folder outside it) -> bad files
    message: str | None  # what the report says about the bad file, if anything
    severity: str = "warning"
    line: int | None = None
    bad_cards: int | None = None  # cards the bad note still makes (None: not checked)


def copy(*names: str) -> Callable[[Path, Path], list[Path]]:
    def setup(vault: Path, _outside: Path) -> list[Path]:
        made = []
        for name in names:
            source = BAD / name
            if source.is_dir():
                shutil.copytree(source, vault / name)
                made.extend(sorted((vault / name).rglob("*.md")))
            else:
                shutil.copy(source, vault / name)
                made.append(vault / name)
        return made

    return setup


def generated(make: Callable[[Path], Path]) -> Callable[[Path, Path], list[Path]]:
    return lambda vault, _outside: [make(vault)]


CASES = [
    Case("broken YAML front matter", copy("broken_yaml.md"), "front matter is not valid YAML", line=3, bad_cards=1),
    Case("front matter is a list", copy("front_matter_list.md"), "front matter is not a mapping", line=1, bad_cards=1),
    Case("front matter is a scalar", copy("front_matter_scalar.md"), "front matter is not a mapping", line=1, bad_cards=1),
    Case("duplicate keys", copy("duplicate_keys.md"), "key 'author' appears twice", line=4, bad_cards=2),
    Case("invalid UTF-8", copy("invalid_utf8.md"), "not valid UTF-8", line=5, bad_cards=2),
    Case("UTF-16 with BOM", copy("utf16_bom.md"), None, bad_cards=1),
    Case("CRLF line ends", copy("crlf.md"), None, bad_cards=2),
    Case("lone CR line ends", copy("lone_cr.md"), None, bad_cards=2),
    Case("a NUL byte", copy("nul_byte.md"), "NUL byte in the text", line=5, bad_cards=2),
    Case("binary file named .md", generated(generate.binary_note), "binary file, not a Markdown note", "error", 1, 0),
    Case("empty file", copy("empty.md"), None, bad_cards=0),
    Case("20 MB note", generated(generate.huge_note), "over the 5 MiB limit", "error", 1, 0),
    Case("100 000-character line", generated(generate.long_line_note), "front has", line=3, bad_cards=1),
    # The one claim, written under 20 headings: one card (the others would read the same).
    Case("10 000 headings", generated(generate.many_headings_note), None, bad_cards=1),
    Case("deeply nested lists and quotes", generated(generate.deeply_nested_note), None, bad_cards=1),
    Case("unclosed code fence", copy("unclosed_fence.md"), "code fence is never closed", line=5, bad_cards=1),
    Case("unclosed [[, {{c1:: and $$", copy("unclosed_syntax.md"), "markup left on the front", bad_cards=2),
    Case("wikilink to a missing note", copy("link_to_missing_note.md"), None, bad_cards=1),
    Case("embed of a missing image", copy("embed_missing_image.md"), "embedded file not found in the vault: missing-figure.png", line=5, bad_cards=1),
    Case("symlink loop", lambda v, o: [generate.symlink_loop(v)], "symlinked folder not followed", line=1),
    Case("symlink out of the vault", lambda v, o: [generate.symlink_out_of_vault(v, o)], "symlink points outside the vault", line=1, bad_cards=0),
    Case("same title in two folders", copy("same title"), None, bad_cards=2),
    Case("odd file names", copy("odd_names"), None, bad_cards=2),
]  # fmt: skip


def make_vault(tmp_path: Path, case: Case) -> tuple[Path, list[Path]]:
    vault, outside = tmp_path / "vault", tmp_path / "outside"
    vault.mkdir()
    outside.mkdir()
    shutil.copy(EVAL_NOTES / GOOD, vault / GOOD)
    return vault, case.setup(vault, outside)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_bad_input_is_reported_and_the_rest_still_builds(tmp_path: Path, case: Case) -> None:
    vault, bad_files = make_vault(tmp_path, case)
    out = tmp_path / "out" / "deck.apkg"
    result = runner.invoke(app, ["build", str(vault), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()

    built = build([vault], output=out, dry_run=True)
    by_note: dict[str, list] = {}
    for card in built.cards:
        by_note.setdefault(card.rendered.draft.path, []).append(card)
    assert len(by_note.get(str(vault / GOOD), [])) == GOOD_CARDS, (
        "the good note makes all its cards"
    )
    if case.bad_cards is not None:
        made = [c.rendered.draft.anchor for p in bad_files for c in by_note.get(str(p), [])]
        assert len(made) == case.bad_cards, made
    assert len({c.guid for c in built.cards}) == len(built.cards)

    reported = [str(d) for d in built.diagnostics]
    if case.message is None:
        assert reported == [], reported
        assert runner.invoke(app, ["build", str(vault), "-o", str(out), "--strict"]).exit_code == 0
        return
    line = str(case.line) if case.line else r"\d+"
    pattern = (
        rf"^{re.escape(str(bad_files[0]))}:{line}: {case.severity}: .*{re.escape(case.message)}"
    )
    assert any(re.search(pattern, r) for r in reported), (pattern, reported)
    assert re.search(pattern, result.output, re.M), result.output  # the user sees it too
    assert runner.invoke(app, ["build", str(vault), "-o", str(out), "--strict"]).exit_code == 1
    check = runner.invoke(app, ["check", str(vault)])
    assert check.exit_code == (1 if case.severity == "error" else 0), check.output


def test_unreadable_note(tmp_path: Path) -> None:
    """A note the user may not read. Root reads everything, so as root the build runs
    without the capability to override file permissions (util-linux's setpriv)."""
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(EVAL_NOTES / GOOD, vault / GOOD)
    locked = generate.unreadable_note(vault)
    command = [
        sys.executable,
        "-m",
        "flashgen",
        "build",
        str(vault),
        "-o",
        str(tmp_path / "out" / "d.apkg"),
    ]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a file unreadable")
        dropped = "-dac_override,-dac_read_search"
        command = [setpriv, f"--bounding-set={dropped}", f"--inh-caps={dropped}", *command]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    finally:
        os.chmod(locked, 0o644)
    assert done.returncode == 0, done.stderr
    assert f"{locked}:1: error: cannot read: Permission denied" in done.stderr
    assert done.stdout.startswith(f"1 notes, {GOOD_CARDS} cards"), done.stdout


def test_a_note_flashgen_fails_on_is_reported_and_the_rest_still_builds(
    tmp_path: Path, monkeypatch
) -> None:
    """A bug of flashgen's own that one note's text brings out (as an author's name with a
    backslash did) is that note's error, with its path: the other notes still make their
    cards, and `check` exits 1."""
    vault = tmp_path / "vault"
    vault.mkdir()
    shutil.copy(EVAL_NOTES / GOOD, vault / GOOD)
    (vault / "trigger.md").write_text("# Trigger\n\nA note that flashgen fails on.\n")
    original = making.extract

    def failing(document):  # type: ignore[no-untyped-def]
        if document.note.path.name == "trigger.md":
            raise ValueError("an internal error")
        return original(document)

    monkeypatch.setattr(making, "extract", failing)
    result = runner.invoke(app, ["build", str(vault), "-o", str(tmp_path / "out" / "d.apkg")])
    assert result.exit_code == 0, result.output
    assert f"{vault / 'trigger.md'}:1: error: flashgen failed on this note" in result.output
    assert "(ValueError: an internal error)" in result.output
    assert f"1 notes, {GOOD_CARDS} cards" in result.output
    assert runner.invoke(app, ["check", str(vault)]).exit_code == 1


def test_notes_are_never_modified_and_nothing_is_written_outside_the_output(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    for case in CASES:
        if case.setup.__closure__ and case.name not in ("symlink loop", "symlink out of the vault"):
            sub = vault / re.sub(r"\W+", "-", case.name)
            sub.mkdir()
            case.setup(sub, tmp_path)
    shutil.copytree(EVAL_NOTES, vault / "eval", ignore=shutil.ignore_patterns("*.json"))

    def snapshot() -> dict[str, tuple[int, bytes]]:
        return {
            str(p.relative_to(tmp_path)): (p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(tmp_path.rglob("*"))
            if p.is_file() and not p.is_symlink() and "out" not in p.relative_to(tmp_path).parts
        }

    before = snapshot()
    out = tmp_path / "out" / "deck.apkg"
    for command in (
        ["build", str(vault), "-o", str(out)],
        ["preview", str(vault)],
        ["check", str(vault)],
    ):
        runner.invoke(app, command)
    assert snapshot() == before
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [
        "deck.apkg", "deck.apkg.lock", "deck.flashgen-collection.anki2",
        "deck.flashgen-state.sqlite",
    ]  # fmt: skip
