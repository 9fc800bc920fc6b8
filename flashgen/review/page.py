"""The review page: every card the next build makes, as Anki will show it (the deck's own
templates and CSS, light or night), grouped by note and section, with what the next
import does to it, its lints, the user's decision, and the candidates held back and why.
The page's script (`review.js`) and style (`review.css`) are files beside this one: no
build step, nothing fetched from the network."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import quote

from flashgen.lint import card_problems
from flashgen.media import packaged_name
from flashgen.model import Diagnostic
from flashgen.preview import fill
from flashgen.render import card_ords, card_text
from flashgen.review.session import Shown
from flashgen.templates import NoteType

HERE = Path(__file__).parent
HELP = (
    "j / k: next, previous · x: reject · r: restore · e: edit · u: undo · /: filter "
    "(words, kind:claim, badge:new, lint) · n: night · Esc: close"
)


def badges(shown: Shown) -> list[str]:
    """What the next import does to the card, and what the user decided."""
    found = ["rejected" if shown.rejected else shown.status]
    if shown.rewrite is not None:
        found.append("rewritten")
    if shown.source_changed:
        found.append("source-changed")
    return found


def articles(shown: Shown, token: str, types: Mapping[str, NoteType]) -> str:
    """The card's articles: one per card Anki makes of its note (a cloze note: one per
    deletion)."""
    rendered = shown.card.rendered
    draft = rendered.draft
    note_type = types[rendered.model]
    fields = dict(zip(note_type.fields, rendered.fields, strict=True))
    media = {packaged_name(path) for path in rendered.media}
    lints = [message for _, message in card_problems(draft)] if draft.path else []
    found = badges(shown)
    ords = card_ords(rendered.model, rendered.fields[0])
    text = card_text(rendered.model, rendered.fields)
    search = " ".join((text, draft.kind, *found, *lints)).lower()
    pieces = []
    for order in ords:
        which = f" · card {order + 1} of {len(ords)}" if len(ords) > 1 else ""
        front = _media_urls(fill(note_type.front, fields, False, order + 1), media, token)
        back = fill(note_type.back, fields, True, order + 1, note_type.front)
        back = _media_urls(back, media, token)
        pieces.append(
            f'<article class="fg-item" tabindex="-1" data-guid="{html.escape(shown.card.guid)}"'
            f' data-kind="{html.escape(draft.kind)}" data-badges="{" ".join(found)}"'
            f' data-lints="{len(lints)}" data-search="{html.escape(search)}">'
            f'<p class="fg-meta">{"".join(_badge(b) for b in found)} '
            f"{html.escape(draft.kind)} · line {draft.line}{which} · "
            f"<code>{html.escape(shown.card.guid)}</code></p>"
            f'<div class="fg-sides"><div class="card fg-side">{front}</div>'
            f'<div class="card fg-side">{back}</div></div>'
            + _changed_source(shown)
            + (
                '<ul class="fg-lints">'
                + "".join(f"<li>{html.escape(m)}</li>" for m in lints)
                + "</ul>"
                if lints
                else ""
            )
            + _actions(shown, fields, note_type)
            + "</article>"
        )
    return "".join(pieces)


def _badge(name: str) -> str:
    label = {"source-changed": "source changed"}.get(name, name)
    return f'<span class="fg-badge fg-{name}">{label}</span>'


def _changed_source(shown: Shown) -> str:
    if not shown.source_changed or shown.rewrite is None:
        return ""
    made = html.escape(" / ".join(_text(f) for f in shown.made.fields[:2]))
    return (
        '<p class="fg-notice">Source changed since you rewrote this. flashgen now makes: '
        f"<q>{made}</q></p>"
    )


def _text(fragment: str) -> str:
    """A field's text, for a notice (its markup left out)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment)).strip()


def _actions(shown: Shown, fields: dict[str, str], note_type: NoteType) -> str:
    """The card's buttons, and its editor (hidden until `e`): the first two fields as the
    card has them, to change in place."""
    first, second = note_type.fields[:2]
    decide = (
        '<button data-act="restore">Restore (r)</button>'
        if shown.rejected
        else '<button data-act="reject">Reject (x)</button>'
    )
    choices = ""
    if shown.source_changed:
        choices = (
            '<button data-act="keep">Keep my text</button>'
            '<button data-act="take">Take the new text</button>'
        )
    elif shown.rewrite is not None:
        choices = '<button data-act="take">Back to flashgen\'s text</button>'
    return (
        f'<div class="fg-actions">{decide}<button data-act="edit">Edit (e)</button>{choices}</div>'
        '<form class="fg-edit" hidden>'
        f'<label>{html.escape(first)}<div class="fg-field card" contenteditable="true" '
        f'data-field="front">{fields[first]}</div></label>'
        f'<label>{html.escape(second)}<div class="fg-field card" contenteditable="true" '
        f'data-field="back">{fields[second]}</div></label>'
        '<p class="fg-hint">A cloze deletion is written {{c1::answer}}. Ctrl+Enter saves.</p>'
        '<button data-act="save" type="submit">Save</button>'
        '<button data-act="cancel" type="button">Cancel</button></form>'
    )


def _media_urls(fragment: str, media: set[str], token: str) -> str:
    """The card's images, served by the review from the vault (`/media/<name>`)."""
    for name in media:
        fragment = fragment.replace(
            f'src="{html.escape(name)}"', f'src="/media/{quote(name)}?t={quote(token)}"'
        )
    return fragment


def held_back(diagnostics: Iterable[Diagnostic]) -> dict[str, list[Diagnostic]]:
    """The candidates held back (the notes' `note:` diagnostics), by note."""
    found: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        if diagnostic.severity == "note":
            found.setdefault(diagnostic.path, []).append(diagnostic)
    return found


def review_page(
    shown: list[Shown],
    diagnostics: Iterable[Diagnostic],
    token: str,
    types: Mapping[str, NoteType],
) -> str:
    """The page: every card as the vault's note types (`types`) show it."""
    css = types["basic"].css
    held = held_back(diagnostics)
    body: list[str] = []
    note_seen = section_seen = None
    count = 0
    for item in shown:
        draft = item.card.rendered.draft
        if draft.path != note_seen:
            if note_seen is not None:
                body.append(_held(held.pop(note_seen, [])) + "</section>")
            body.append(f'<section class="fg-note"><h1>{html.escape(Path(draft.path).name)}</h1>')
            note_seen, section_seen = draft.path, None
        if draft.section != section_seen:
            body.append(f"<h2>{html.escape(' › '.join(draft.section) or 'Top of the note')}</h2>")
            section_seen = draft.section
        body.append(articles(item, token, types))
        count += len(card_ords(item.card.rendered.model, item.card.rendered.fields[0]))
    if note_seen is not None:
        body.append(_held(held.pop(note_seen, [])) + "</section>")
    quoted = quote(token)
    page_css = (HERE / "review.css").read_text(encoding="utf-8")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'  # no request for /favicon.ico, which has no token
        f"<title>flashgen review: {count} cards</title>"
        f"<style>{css}</style><style>{page_css}</style>"
        f'<script src="/review.js?t={quoted}" defer></script></head>'
        f'<body data-token="{html.escape(token)}">'
        '<header class="fg-bar"><strong>flashgen review</strong> '
        f'<span class="fg-count">{count} cards</span>'
        '<input class="fg-filter" type="search" placeholder="filter (/)" aria-label="filter">'
        '<button data-act="night" type="button">Night (n)</button>'
        f'<span class="fg-help">{html.escape(HELP)}</span>'
        '<span class="fg-status" role="status"></span></header>'
        "<main>" + "".join(body) + "</main></body></html>"
    )


def _held(found: list[Diagnostic]) -> str:
    if not found:
        return ""
    items = "".join(
        f"<li>line {d.line}: {html.escape(d.message.removeprefix('card held back '))}</li>"
        for d in found
    )
    return (
        f'<details class="fg-held"><summary>{len(found)} candidate'
        f"{'s' if len(found) > 1 else ''} held back, and why</summary><ul>{items}</ul></details>"
    )
