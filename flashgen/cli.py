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

from flashgen.curate import (
    Rejection,
    front_of,
    load_rejected,
    matching,
    rejected_path,
    save_rejected,
)
from flashgen.deliver import OutputBusy
from flashgen.identify import ORPHAN_TAG, load_state, state_path
from flashgen.lint import answer_text
from flashgen.model import Diagnostic, Draft
from flashgen.parse.document import plain_text
from flashgen.pipeline import DEFAULT_OUTPUT_DIR, collect, plan
from flashgen.pipeline import build as build_deck
from flashgen.preview import preview_page

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
    try:
        result = build_deck(paths, output=output, deck_name=deck, dry_run=dry_run)
    except OutputBusy as busy:
        typer.echo(f"error: {busy}", err=True)
        raise typer.Exit(1) from None
    _report(result.diagnostics)
    if result.notes_read == 0:
        typer.echo("no notes found", err=True)
        raise typer.Exit(1)
    status = Counter(card.status for card in result.cards)
    if dry_run:
        for card in result.cards:
            if card.status != "unchanged":
                typer.echo(f"{card.status:<9} {card.guid}  {_question(card.rendered.draft)[:90]}")
    for orphan in result.orphans:
        typer.echo(f"orphaned  {orphan.guid}  (source gone; tagged {ORPHAN_TAG} in Anki)")
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
def preview(
    paths: PathsArgument,
    markdown: Annotated[
        bool,
        typer.Option("--markdown", help="Print a Markdown document (as in docs/sample-cards.md)."),
    ] = False,
    page: Annotated[
        Path | None,
        typer.Option(
            "--html", help="Write one self-contained page showing every card as it will look."
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="The deck to compare with (for --html).")
    ] = None,
) -> None:
    """Show the cards the notes make, without building anything.

    Examples: flashgen preview seeds --markdown > docs/sample-cards.md ;
    flashgen preview seeds --html preview.html
    """
    if page is not None:
        marked, drafts = plan(paths, output)
        page.write_text(preview_page(marked, drafts), encoding="utf-8")
        counts = Counter(status for _, status in marked)
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        typer.echo(f"{len(marked)} cards ({summary}) -> {page}")
        return
    collected = collect(paths)
    cards = [card.draft for card in collected.rendered]
    typer.echo(cards_as_markdown(cards) if markdown else cards_as_text(cards), nl=False)
    _report(collected.diagnostics)
    typer.echo(f"{len(cards)} cards from {len(collected.notes)} notes", err=markdown)


def _question(draft: Draft) -> str:
    return "".join("[…]" if "cloze" in s.marks else s.text for s in draft.front)


def cards_as_text(cards: list[Draft]) -> str:
    lines = []
    for draft in cards:
        section = " › ".join(draft.section) or "(top)"
        lines += [
            f"── {draft.kind} · {Path(draft.path).name}:{draft.line} · {section}",
            f"Q: {_question(draft)}",
            f"A: {answer_text(draft)}",
            "",
        ]
    return "\n".join(lines) + "\n"


def cards_as_markdown(cards: list[Draft]) -> str:
    counts = Counter(d.kind for d in cards)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    lines = [
        "# Cards made from the sample note",
        "",
        "Generated by `flashgen preview seeds --markdown > docs/sample-cards.md`; do not edit.",
        f"{len(cards)} cards: {summary}. A cloze deletion is shown as […] on the question.",
        "",
    ]
    for number, draft in enumerate(cards, 1):
        section = " › ".join(draft.section) or "(top)"
        lines += [f"{number}. **{draft.kind}** · line {draft.line} · {section}  "]
        lines += [f"   Q: {_question(draft)}  "]
        if draft.back_style == "text" or draft.is_cloze:
            lines += [f"   A: {answer_text(draft)}", ""]
        else:
            lines += ["   A:", *(f"   - {plain_text(item)}" for item in draft.back), ""]
    return "\n".join(lines) + "\n"


def _deck_output(output: Path | None) -> Path:
    """The deck a curation command is about: the one given, or the only one in decks/."""
    if output is not None:
        return output
    decks = sorted(DEFAULT_OUTPUT_DIR.glob("*.apkg"))
    if len(decks) != 1:
        typer.echo(f"error: say which deck with -o DECK.apkg (decks/ holds {len(decks)})", err=True)
        raise typer.Exit(2)
    return decks[0]


@app.command()
def reject(
    queries: Annotated[
        list[str] | None,
        typer.Argument(help="GUIDs, or words of the cards to reject.", show_default=False),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="The deck (default: the one in decks/).")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
    show: Annotated[bool, typer.Option("--list", help="List the rejected cards.")] = False,
) -> None:
    """Never make these cards again (they are matched in the last build of the deck).

    Example: flashgen reject "workers' party" ; flashgen reject --list
    """
    deck = _deck_output(output)
    path = rejected_path(deck)
    rejected = load_rejected(path)
    if show or not queries:
        for rejection in rejected.values():
            typer.echo(f"{rejection.guid}  {rejection.front}")
        typer.echo(f"{len(rejected)} rejected cards ({path})")
        return
    state = load_state(state_path(deck))
    found = [r for r in matching(state, queries) if r.guid not in rejected]
    if not found:
        typer.echo("no card of the last build matches; nothing rejected", err=True)
        raise typer.Exit(1)
    for record in found:
        typer.echo(f"{record.guid}  [{record.anchor.split(':')[0]}] {front_of(record)[:100]}")
    if not yes and not typer.confirm(f"Reject these {len(found)} cards?"):
        raise typer.Exit(1)
    rejected.update((r.guid, Rejection(r.guid, front_of(r))) for r in found)
    save_rejected(path, rejected.values())
    typer.echo(f"{len(found)} cards rejected; the next build leaves them out ({path})")


@app.command()
def restore(
    guids: Annotated[list[str], typer.Argument(help="GUIDs from `flashgen reject --list`.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="The deck (default: the one in decks/).")
    ] = None,
) -> None:
    """Make rejected cards again from the next build on."""
    path = rejected_path(_deck_output(output))
    rejected = load_rejected(path)
    unknown = [g for g in guids if g not in rejected]
    for guid in guids:
        rejected.pop(guid, None)
    save_rejected(path, rejected.values())
    typer.echo(
        f"{len(guids) - len(unknown)} restored"
        + (f"; not rejected: {' '.join(unknown)}" if unknown else "")
    )


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
