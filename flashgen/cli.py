"""Deliver stage and command line: `flashgen build | preview | check`, wiring the pipeline.

Exit codes: 0 done (warnings are printed); 1 nothing to build, or `check` found errors, or
`--strict` and there were warnings; 2 bad usage.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from flashgen.lint import answer_text, front_text
from flashgen.model import Diagnostic
from flashgen.pipeline import build as build_deck
from flashgen.pipeline import collect

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Markdown reading notes into Anki decks that update in place when notes change.",
)

PathsArgument = Annotated[
    list[Path], typer.Argument(help="Notes or folders (searched recursively).", show_default=False)
]


def _report(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        typer.echo(str(diagnostic), err=True)


@app.command()
def build(
    paths: PathsArgument,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="The .apkg to write (default decks/<deck>.apkg)."),
    ] = None,
    deck: Annotated[
        str | None, typer.Option("--deck", help="Deck name (default: folder or note name).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change in Anki; write nothing.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when there is any warning.")
    ] = False,
) -> None:
    """Build an .apkg deck from notes.

    Example: flashgen build ~/vault/Reading -o decks/reading.apkg --deck "Reading"
    """
    result = build_deck(paths, output=output, deck_name=deck, dry_run=dry_run)
    _report(result.diagnostics)
    if result.notes_read == 0:
        typer.echo("no notes found", err=True)
        raise typer.Exit(1)
    status = Counter(card.status for card in result.cards)
    for orphan in result.orphans:
        typer.echo(f"orphaned (source gone, tagged flashgen::orphaned): {orphan.guid}", err=True)
    warnings = len(result.diagnostics)
    where = f"-> {result.output}" if result.output else "(dry run: nothing written)"
    typer.echo(
        f"{result.notes_read} notes, {len(result.cards)} cards "
        f"({status['new']} new, {status['changed']} changed, {status['unchanged']} unchanged, "
        f"{len(result.orphans)} orphaned), {result.dropped} dropped by lints, "
        f"{warnings} warnings {where}"
    )
    if strict and warnings:
        raise typer.Exit(1)


@app.command()
def preview(paths: PathsArgument) -> None:
    """Show the cards the notes make, without writing anything."""
    collected = collect(paths)
    for card in collected.rendered:
        draft = card.draft
        front = "".join(f"[{s.text}]" if "cloze" in s.marks else s.text for s in draft.front)
        section = " › ".join(draft.section) or "(top)"
        typer.echo(f"── {draft.kind} · {Path(draft.path).name}:{draft.line} · {section}")
        typer.echo(f"Q: {front_text(draft) if not draft.is_cloze else front}")
        typer.echo(f"A: {answer_text(draft)}\n")
    typer.echo(f"{len(collected.rendered)} cards from {len(collected.notes)} notes")


@app.command()
def check(paths: PathsArgument) -> None:
    """Print problems as `path:line: message`; exit 1 if any is an error."""
    collected = collect(paths)
    _report(collected.diagnostics)
    errors = sum(d.severity == "error" for d in collected.diagnostics)
    typer.echo(
        f"{len(collected.notes)} notes, {len(collected.diagnostics)} problems, {errors} errors"
    )
    if errors:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - entry point for `python -m flashgen`
    sys.exit(app())
