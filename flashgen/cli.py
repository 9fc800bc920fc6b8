"""Command line: `flashgen build | sync | watch | preview | check | reject | restore | init`.

Exit codes: 0 done (warnings are printed); 1 nothing to build, or `check` found errors, or
`--strict` and there were warnings; 2 bad usage.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

import flashgen
from flashgen.config import CONFIG_NAME, DEFAULT_FILE
from flashgen.curate import (
    Rejection,
    front_of,
    load_rejected,
    matching,
    rejected_path,
    save_rejected,
)
from flashgen.deliver.ankiconnect import AnkiConnectError, AnkiUnreachable
from flashgen.deliver.sync import SyncReport
from flashgen.deliver.sync import sync as run_sync
from flashgen.deliver.sync_plan import SyncError, question_text
from flashgen.deliver.watch import watch as watch_notes
from flashgen.identify import ORPHAN_TAG
from flashgen.lint import answer_text
from flashgen.making import collect
from flashgen.model import BuildResult, Diagnostic, Draft
from flashgen.output import OutputBusy
from flashgen.parse.inline import plain_text
from flashgen.pipeline import build as build_deck
from flashgen.pipeline import check_problems, plan
from flashgen.preview import preview_page
from flashgen.review.server import Review as ReviewServer
from flashgen.review.server import serve
from flashgen.review.session import ReviewSession
from flashgen.state import load_state, state_path
from flashgen.state_records import State
from flashgen.targets import DEFAULT_OUTPUT_DIR, curation_folder, target, vault_config
from flashgen.templates import VAULT_TEMPLATES, copy_templates, vault_templates
from flashgen.terminal import TerminalProgress

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Markdown reading notes into Anki decks that update in place when notes change.",
)


def _version(shown: bool) -> None:
    if shown:
        typer.echo(f"flashgen {flashgen.__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn Markdown reading notes into Anki decks that update in place when notes change."""


PathsArgument = Annotated[
    list[Path], typer.Argument(help="Notes or folders (searched recursively).", show_default=False)
]


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "-o", "--output", help="The .apkg (default: the configuration's, else decks/<deck>.apkg)."
    ),
]
DeckOption = Annotated[
    str | None,
    typer.Option("--deck", help="Deck name (default: the configuration's, else the folder's)."),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar (it shows only on a terminal).")
]
CuratedDeckOption = Annotated[
    Path | None, typer.Option("-o", "--output", help="The deck (default: the one in decks/).")
]


def _report(diagnostics: Sequence[Diagnostic], repeated: int = 0) -> None:
    """Print problems, less the last `repeated` (unchanged notes', printed by an earlier
    build: the summary counts them)."""
    shown = diagnostics[: len(diagnostics) - repeated]
    if shown:  # one write: a large vault can have tens of thousands
        typer.echo("\n".join(map(str, shown)), err=True)


@app.command()
def build(
    paths: PathsArgument,
    output: OutputOption = None,
    deck: DeckOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change in Anki; write nothing.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when there is any warning.")
    ] = False,
    full: Annotated[
        bool,
        typer.Option("--full", help="Read every note again, even those unchanged since."),
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Build an .apkg deck from notes.

    Example: flashgen build ~/vault/Reading -o decks/reading.apkg --deck "Reading"
    """
    try:
        with TerminalProgress(quiet) as progress:
            result = build_deck(
                paths, output=output, deck_name=deck, dry_run=dry_run, full=full, progress=progress
            )
    except OutputBusy as busy:
        typer.echo(f"error: {busy}", err=True)
        raise typer.Exit(1) from None
    _report(result.diagnostics, result.repeated)
    if result.notes_read == 0:
        typer.echo("no notes found", err=True)
        raise typer.Exit(1)
    if dry_run:
        for card in result.cards:
            if card.status != "unchanged":
                typer.echo(f"{card.status:<9} {card.guid}  {card.rendered.draft.question[:90]}")
    for orphan in result.orphans:
        typer.echo(f"orphaned  {orphan.guid}  (source gone; tagged {ORPHAN_TAG} in Anki)")
    typer.echo(build_summary(result))
    if strict and result.diagnostics:
        raise typer.Exit(1)


def build_summary(result: BuildResult) -> str:
    status = result.cards.statuses()
    where = f"-> {result.output}" if result.output else "(dry run: nothing written)"
    warnings = f"{len(result.diagnostics)} warnings"
    if result.repeated:  # unchanged notes' warnings, printed by an earlier build
        warnings += f" ({result.repeated} not printed again: `flashgen check` lists them)"
    return (
        f"{result.notes_read} notes, {len(result.cards)} cards "
        f"({status['new']} new, {status['changed']} changed, {status['unchanged']} unchanged, "
        f"{len(result.orphans)} orphaned), {result.dropped} dropped by lints, "
        f"{warnings} {where}"
    )


UrlOption = Annotated[
    str | None,
    typer.Option("--url", help="AnkiConnect's address (default: config, else 127.0.0.1:8765)."),
]
DeleteOrphansOption = Annotated[
    bool,
    typer.Option(
        "--delete-orphans",
        help="Delete from Anki the notes whose source left the notes (default: tag them).",
    ),
]


@app.command()
def sync(
    paths: PathsArgument,
    url: UrlOption = None,
    output: OutputOption = None,
    deck: DeckOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would be written to Anki; write nothing.")
    ] = False,
    delete_orphans: DeleteOrphansOption = False,
    quiet: QuietOption = False,
) -> None:
    """Build and push the cards into a running Anki through AnkiConnect.

    Adds new cards, updates changed ones in place (reviews kept), leaves the rest alone,
    and tags (or with --delete-orphans deletes) cards whose source is gone. Notes you
    delete in Anki, or tag flashgen::reject there, are added to the rejection list.

    Example: flashgen sync ~/vault/Reading --dry-run
    """
    try:
        with TerminalProgress(quiet) as progress:
            report = run_sync(
                paths,
                url=url,
                output=output,
                deck_name=deck,
                dry_run=dry_run,
                delete_orphans=delete_orphans,
                progress=progress,
            )
    except (AnkiUnreachable, AnkiConnectError, SyncError, OutputBusy) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    _report(report.diagnostics, report.repeated)
    for line in sync_lines(report):
        typer.echo(line)
    typer.echo(sync_summary(report))


def sync_lines(report: SyncReport) -> list[str]:
    plan = report.plan
    lines = [
        f"rejected  {r.guid}  {r.front[:90]}  (deleted or tagged in Anki)" for r in report.rejected
    ]
    lines += [f"add       {c.guid}  {question_text(c)[:90]}" for c in plan.add]
    for change in plan.changes:
        what = "adopt" if change.adopted else "update" if change.fields else "retag"
        if change.move_cards:
            what = "move"
        lines.append(f"{what:<9} {change.guid}  {question_text(change.card)[:90]}")

    def why(guid: str) -> str:
        return "rejected" if guid in report.rejected_guids else "source gone"

    lines += [f"orphan    {g}  ({why(g)}; tagged {ORPHAN_TAG})" for g in plan.orphan]
    lines += [f"delete    {g}  ({why(g)})" for g in plan.delete]
    return lines


def sync_summary(report: SyncReport) -> str:
    plan = report.plan
    updated = sum(1 for c in plan.changes if not c.adopted)
    adopted = sum(1 for c in plan.changes if c.adopted)
    tail = "(dry run: nothing written)" if report.dry_run else "synced"
    return (
        f"{report.notes_read} notes, {report.cards} cards: {len(plan.add)} added, "
        f"{updated} updated, {adopted} found in Anki, {len(plan.unchanged)} unchanged, "
        f"{len(plan.orphan)} orphaned, {len(plan.delete)} deleted, "
        f"{len(report.rejected)} rejected in Anki; {report.requests} requests in "
        f"{report.seconds:.1f} s {tail}"
    )


@app.command()
def watch(
    paths: PathsArgument,
    output: OutputOption = None,
    deck: DeckOption = None,
    push: Annotated[
        bool, typer.Option("--sync", help="Also push each rebuild into Anki (AnkiConnect).")
    ] = False,
    url: UrlOption = None,
    delete_orphans: DeleteOrphansOption = False,
) -> None:
    """Rebuild (and with --sync, push into Anki) whenever the notes change; Ctrl-C stops.

    Example: flashgen watch ~/vault/Reading --sync
    """
    deck_name, target_output = target(paths, output, deck, vault_config(paths))

    def rebuild(changed: frozenset[Path]) -> None:
        started = time.perf_counter()
        try:
            if push:
                report = run_sync(
                    paths,
                    url,
                    output=target_output,
                    deck_name=deck_name,
                    delete_orphans=delete_orphans,
                )
                _report(report.diagnostics, report.repeated)
                line = sync_summary(report)
            else:
                result = build_deck(paths, output=target_output, deck_name=deck_name)
                _report(result.diagnostics, result.repeated)
                line = build_summary(result)
        except (AnkiUnreachable, AnkiConnectError, SyncError, OutputBusy) as error:
            line = f"error: {error}"
        stamp = time.strftime("%H:%M:%S")
        files = (
            f"{len(changed)} file{'s' if len(changed) != 1 else ''} changed" if changed else "start"
        )
        typer.echo(f"{stamp} {files}: {line} ({time.perf_counter() - started:.1f} s)")

    rebuild(frozenset())
    typer.echo(f"watching {', '.join(map(str, paths))} (Ctrl-C stops)")
    watch_notes(paths, rebuild, outputs=[target_output])


@app.command()
def init(
    folder: Annotated[
        Path, typer.Argument(help="The vault's folder (default: here).", show_default=False)
    ] = Path("."),
    templates: Annotated[
        bool,
        typer.Option(
            "--templates",
            help="Copy the card templates and CSS into the vault's .flashgen/templates/ to edit.",
        ),
    ] = False,
) -> None:
    """Write a commented flashgen.toml with every setting at its default; with --templates,
    copies of the card templates for the vault's own (files already there are kept)."""
    if not folder.is_dir():
        typer.echo(f"error: {folder} is not a folder", err=True)
        raise typer.Exit(2)
    if templates:
        target_folder = curation_folder([folder], vault_config([folder])) / VAULT_TEMPLATES
        written, kept = copy_templates(target_folder)
        typer.echo(
            f"wrote {len(written)} template files to {target_folder}"
            + (f" ({len(kept)} already there, kept)" if kept else "")
            + "; edit them, then build: the note types in Anki are updated in place"
        )
        return
    path = folder / CONFIG_NAME
    if path.exists():
        typer.echo(f"error: {path} exists; nothing written", err=True)
        raise typer.Exit(1)
    path.write_text(DEFAULT_FILE, encoding="utf-8")
    typer.echo(f"wrote {path}; edit it, then run: flashgen build {folder}")


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
        folder = curation_folder(paths, vault_config(paths))
        page.write_text(preview_page(marked, drafts, vault_templates(folder)), encoding="utf-8")
        counts = Counter(status for _, status in marked)
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        typer.echo(f"{len(marked)} cards ({summary}) -> {page}")
        return
    collected = collect(paths)
    cards = [card.draft for card in collected.rendered]
    typer.echo(cards_as_markdown(cards) if markdown else cards_as_text(cards), nl=False)
    _report(collected.diagnostics)
    typer.echo(f"{len(cards)} cards from {len(collected.notes)} notes", err=markdown)


def cards_as_text(cards: list[Draft]) -> str:
    lines = []
    for draft in cards:
        section = " › ".join(draft.section) or "(top)"
        lines += [f"── {draft.kind} · {Path(draft.path).name}:{draft.line} · {section}"]
        asked = draft.asked() if draft.is_cloze else []
        if len(asked) > 1:  # a cloze note Anki makes several cards of: each one
            for card, (question, answer) in enumerate(asked, 1):
                lines += [f"Q{card}: {question}", f"A{card}: {answer}"]
        else:
            lines += [f"Q: {draft.question}", f"A: {answer_text(draft)}"]
        lines += [""]
    return "\n".join(lines) + "\n"


def cards_as_markdown(cards: list[Draft]) -> str:
    counts = Counter(d.kind for d in cards)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    anki_cards = sum(max(1, len(d.asked())) if d.is_cloze else 1 for d in cards)
    lines = [
        "# Cards made from the sample note",
        "",
        "Generated by `flashgen preview seeds --markdown > docs/sample-cards.md`; do not edit.",
        f"{len(cards)} cards ({anki_cards} in Anki: a claim with two points is a cloze note of "
        f"two cards, Q1 and Q2): {summary}. A cloze deletion is shown as […] on the question.",
        "",
    ]
    for number, draft in enumerate(cards, 1):
        section = " › ".join(draft.section) or "(top)"
        lines += [f"{number}. **{draft.kind}** · line {draft.line} · {section}  "]
        asked = draft.asked() if draft.is_cloze else []
        if len(asked) > 1:  # a cloze note Anki makes several cards of: each one
            for card, (question, answer) in enumerate(asked, 1):
                lines += [f"   Q{card}: {question}  ", f"   A{card}: {answer}  "]
            lines += [""]
        elif draft.back_style == "text" or draft.is_cloze:
            lines += [f"   Q: {draft.question}  ", f"   A: {answer_text(draft)}", ""]
        else:
            lines += [f"   Q: {draft.question}  "]
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


def _deck_vault(deck: Path) -> tuple[State, Path]:
    """The deck's last build, and the folder of its vault's rejection list."""
    state = load_state(state_path(deck))
    if not state.vault:
        typer.echo(f"error: build {deck} first (flashgen build NOTES -o {deck})", err=True)
        raise typer.Exit(1)
    return state, Path(state.vault)


@app.command()
def reject(
    queries: Annotated[
        list[str] | None,
        typer.Argument(help="GUIDs, or words of the cards to reject.", show_default=False),
    ] = None,
    output: CuratedDeckOption = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
    show: Annotated[bool, typer.Option("--list", help="List the rejected cards.")] = False,
) -> None:
    """Never make these cards again (they are matched in the last build of the deck).

    Example: flashgen reject "workers' party" ; flashgen reject --list
    """
    deck = _deck_output(output)
    state, folder = _deck_vault(deck)
    rejected = load_rejected(folder, deck)
    if show or not queries:
        for rejection in rejected.values():
            typer.echo(f"{rejection.guid}  {rejection.front}")
        typer.echo(f"{len(rejected)} rejected cards ({rejected_path(folder)})")
        return
    found = [r for r in matching(state, queries) if r.guid not in rejected]
    if not found:
        typer.echo("no card of the last build matches; nothing rejected", err=True)
        raise typer.Exit(1)
    for record in found:
        typer.echo(f"{record.guid}  [{record.anchor.split(':')[0]}] {front_of(record)[:100]}")
    if not yes and not typer.confirm(f"Reject these {len(found)} cards?"):
        raise typer.Exit(1)
    rejected.update((r.guid, Rejection(r.guid, front_of(r))) for r in found)
    path = save_rejected(folder, rejected.values(), deck)
    typer.echo(f"{len(found)} cards rejected; the next build leaves them out ({path})")


@app.command()
def restore(
    guids: Annotated[list[str], typer.Argument(help="GUIDs from `flashgen reject --list`.")],
    output: CuratedDeckOption = None,
) -> None:
    """Make rejected cards again from the next build on."""
    deck = _deck_output(output)
    _, folder = _deck_vault(deck)
    rejected = load_rejected(folder, deck)
    unknown = [g for g in guids if g not in rejected]
    for guid in guids:
        rejected.pop(guid, None)
    save_rejected(folder, rejected.values(), deck)
    typer.echo(
        f"{len(guids) - len(unknown)} restored"
        + (f"; not rejected: {' '.join(unknown)}" if unknown else "")
    )


@app.command()
def review(
    paths: PathsArgument,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="The deck the review is for.")
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Print the address; do not open a browser.")
    ] = False,
    port: Annotated[int, typer.Option(help="The port (default: a free one).")] = 0,
    idle_minutes: Annotated[
        float, typer.Option(help="Stop after this long without a request.")
    ] = 30.0,
) -> None:
    """Review the cards in your browser before they reach Anki: keep, reject (x) or rewrite
    (e) each one; j/k move, u undoes, / filters. Decisions go into the vault's
    .flashgen/ at once and every later build honours them.

    Example: flashgen review seeds
    """
    session = ReviewSession(paths, output)
    running = ReviewServer(session, port=port)

    def ready(url: str) -> None:
        typer.echo(f"reviewing the cards of {len(paths)} path(s) at {url}")
        typer.echo("Ctrl-C stops the review; decisions are already saved.")

    serve(running, open_browser=not no_browser, idle_seconds=idle_minutes * 60, ready=ready)


@app.command()
def check(paths: PathsArgument, output: CuratedDeckOption = None) -> None:
    """Print problems as `path:line: message`; exit 1 if any is an error. Cards you rewrote
    whose source changed since are listed too (against the deck's last build)."""
    collected = check_problems(paths, output)
    _report(collected.diagnostics)
    errors = sum(d.severity == "error" for d in collected.diagnostics)
    typer.echo(
        f"{len(collected.notes)} notes, {len(collected.diagnostics)} problems, {errors} errors"
    )
    if errors:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - entry point for `python -m flashgen`
    sys.exit(app())
