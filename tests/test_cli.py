"""The command line, run the way a user runs it, with its documented exit codes."""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from flashgen.cli import app
from flashgen.render import card_ords
from tests.conftest import EVAL_NOTES, SEEDS, import_apkg, render_all, visible_text

runner = CliRunner()


def vault_hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_build_writes_default_output_and_summary(tmp_path: Path, monkeypatch) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(SEEDS, vault)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", "vault"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "decks" / "vault.apkg").is_file()
    assert "1 notes, " in result.output and "-> decks/vault.apkg" in result.output


def test_build_the_whole_eval_vault_into_anki(tmp_path: Path, collection) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    (vault / ".obsidian").mkdir()
    (vault / ".obsidian" / "ignored.md").write_text("# Settings\nNot a note.\n")
    before = vault_hashes(vault)
    out = tmp_path / "out" / "eval.apkg"
    result = runner.invoke(app, ["build", str(vault), "-o", str(out), "--deck", "Eval"])
    assert result.exit_code == 0, result.output
    summary = result.output.splitlines()[-1]
    assert summary.startswith("8 notes")  # .obsidian/ skipped; concepts/ searched
    # the two images the notes embed are not in the vault: a warning each, with its line
    assert "Lecture 07 - Raft.md:50: warning: embedded file not found" in result.output
    assert "tragedy-of-the-commons.md:9: warning: embedded file not found" in result.output
    assert vault_hashes(vault) == before  # notes never modified
    assert sorted(p.name for p in vault.rglob("*") if "flashgen" in p.name) == []
    log = import_apkg(collection, out)
    cards = render_all(collection)
    assert len(log.new) > 60
    # Anki makes the cards we count: one per basic note, one per deletion of a cloze note
    # (the 7-item list's 7, a claim's one per point of its sentence).
    for note_id, made in Counter(c.note_id for c in cards).items():
        note = collection.get_note(note_id)
        assert made == len(card_ords("cloze" if "Text" in note else "basic", note.fields[0]))
    one_by_one = [
        c for c in cards if "seven principles" in c.question_text and "[...]" in c.question_text
    ]
    assert len(one_by_one) == 7 and len({c.note_id for c in one_by_one}) == 1
    for card in cards:
        shown = visible_text(card.question) + " " + visible_text(card.answer)
        assert "the author" not in visible_text(card.question).lower()
        for piece in ("[[", "]]", "==", "> [!", "%%", "{{", "}}", "**"):
            assert piece not in shown, (piece, shown)
    # the French note makes no English question
    assert not [c for c in cards if "Descartes" in c.question_text and "What" in c.question_text]


def test_preview_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["preview", str(SEEDS)])
    assert result.exit_code == 0
    assert "Q: What three characteristics define a sect" in result.output
    assert list(tmp_path.iterdir()) == []


def test_check_reports_path_and_line_and_exit_code(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Good\nKuhn argues that paradigms are incommensurable.\n")
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'binary.md'}:1: error: binary file" in result.output
    assert f"{tmp_path / 'broken.md'}:" in result.output and "not valid YAML" in result.output


def test_strict_build_fails_on_warnings_but_still_writes(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text(
        "---\nbad: [\n---\n# A\nSmith argues that trade is **good**.\n"
    )
    out = tmp_path / "a.apkg"
    relaxed = runner.invoke(app, ["build", str(tmp_path / "notes"), "-o", str(out)])
    assert relaxed.exit_code == 0
    strict = runner.invoke(app, ["build", str(tmp_path / "notes"), "-o", str(out), "--strict"])
    assert strict.exit_code == 1 and out.is_file()


def test_no_notes_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "x.apkg")])
    assert result.exit_code == 1 and "no notes found" in result.output


def test_version() -> None:
    import flashgen

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"flashgen {flashgen.__version__}"


def test_a_rebuild_of_an_unchanged_vault_prints_one_line(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(EVAL_NOTES, vault, ignore=shutil.ignore_patterns("*.json"))
    out = tmp_path / "out" / "eval.apkg"
    first = runner.invoke(app, ["build", str(vault), "-o", str(out)])
    warnings = [line for line in first.output.splitlines() if ": warning: " in line]
    assert first.exit_code == 0 and warnings  # two embedded images are missing
    again = runner.invoke(app, ["build", str(vault), "-o", str(out)])
    (line,) = again.output.splitlines()
    assert f"{len(warnings)} warnings ({len(warnings)} not printed again" in line
    # an edited note's warnings are new again, the others still counted
    note = vault / "tragedy-of-the-commons.md"
    note.write_text(note.read_text() + "\nHardin adds that taxes are a form of coercion too.\n")
    third = runner.invoke(app, ["build", str(vault), "-o", str(out)])
    printed = [line for line in third.output.splitlines() if ": warning: " in line]
    assert [w for w in printed if "tragedy" in w] == [w for w in warnings if "tragedy" in w]
    assert not [w for w in printed if "Raft" in w]
