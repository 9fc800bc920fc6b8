"""Preview page: every card as it will look, in one self-contained HTML file (no network),
grouped by note and section, with kind, GUID, lints and what the next import will do."""

from __future__ import annotations

import base64
import html
import mimetypes
import re
from collections.abc import Iterable
from pathlib import Path

from flashgen.lint import card_problems
from flashgen.media import packaged_name
from flashgen.model import Card, Draft
from flashgen.render import card_ords
from flashgen.templates import NoteType, note_types

_SECTION = re.compile(r"\{\{([#^])([^}]+)\}\}(.*?)\{\{/\2\}\}", re.S)
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::([^}]*))?\}\}", re.S)
BADGES = {"new": "new", "changed": "changed", "unchanged": "unchanged", "rejected": "rejected"}


def _cloze(text: str, answer: bool, number: int = 1) -> str:
    """Card `number` of a cloze note, as Anki's reviewer shows it: that deletion asked (or
    revealed) in a `cloze` span, the others as their text."""

    def one(found: re.Match[str]) -> str:
        if int(found.group(1)) != number:
            return found.group(2)
        shown = found.group(2) if answer else f"[{found.group(3) or '...'}]"
        return f'<span class="cloze">{shown}</span>'

    return _CLOZE.sub(one, text)


def fill(
    template: str, fields: dict[str, str], answer: bool, number: int = 1, front: str = ""
) -> str:
    """Anki's template syntax as cards use it: `{{Field}}`, `{{#Field}}…{{/Field}}`,
    `{{^Field}}…{{/Field}}`, `{{cloze:Field}}`, other filters shown as the plain field,
    and `{{FrontSide}}` (the `front` template, filled) on the answer. Field values are
    sanitized HTML already; this never interprets note text."""
    text = _SECTION.sub(
        lambda m: (
            m.group(3) if bool(fields.get(m.group(2), "").strip()) == (m.group(1) == "#") else ""
        ),
        template,
    )
    if answer and front:
        fields = {**fields, "FrontSide": fill(front, fields, False, number)}
    text = re.sub(r"\{\{cloze:([^}]+)\}\}", lambda m: f"\0cloze:{m.group(1)}\0", text)
    text = re.sub(r"\{\{([^}#/]+)\}\}", lambda m: f"\0{m.group(1)}\0", text)
    parts = text.split("\0")
    for index in range(1, len(parts), 2):
        name = parts[index]
        if name.replace(" ", "").startswith("cloze:"):
            parts[index] = _cloze(fields.get(name.split(":", 1)[1].strip(), ""), answer, number)
        else:
            parts[index] = fields.get(name.rsplit(":", 1)[-1].strip(), "")
    return "".join(parts)


def _inline_media(fragment: str, media: dict[str, Path]) -> str:
    def data_uri(found: re.Match[str]) -> str:
        path = media.get(found.group(1))
        if path is None:
            return found.group(0)
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f'src="data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"'

    return re.sub(r'src="([^"]+)"', data_uri, fragment)


def preview_page(
    cards: Iterable[tuple[Card, str]], drafts: dict[str, Draft], templates: Path | None = None
) -> str:
    """The page: `cards` are (card, status) pairs; `drafts` (by GUID) give the lints."""
    types = note_types(templates)
    css = types["basic"].css
    body: list[str] = []
    note_seen = section_seen = None
    count = 0
    for card, status in cards:
        rendered = card.rendered
        draft = rendered.draft
        if draft.path != note_seen:
            body.append(f"<h1>{html.escape(Path(draft.path).name)}</h1>")
            note_seen, section_seen = draft.path, None
        if draft.section != section_seen:
            body.append(f"<h2>{html.escape(' › '.join(draft.section) or 'Top of the note')}</h2>")
            section_seen = draft.section
        note_type: NoteType = types[rendered.model]
        fields = dict(zip(note_type.fields, rendered.fields, strict=True))
        media = {packaged_name(path): path for path in rendered.media}
        full = drafts.get(card.guid)
        lints = [message for _, message in card_problems(full)] if full else []
        lint_html = "".join(f"<li>{html.escape(m)}</li>" for m in lints)
        ords = card_ords(rendered.model, rendered.fields[0])
        for order in ords:  # each card Anki makes of the note (a cloze note: one per deletion)
            front = _inline_media(fill(note_type.front, fields, False, order + 1), media)
            back = _inline_media(
                fill(note_type.back, fields, True, order + 1, note_type.front), media
            )
            which = f" · card {order + 1} of {len(ords)}" if len(ords) > 1 else ""
            body.append(
                f'<article class="fg-preview-card" data-status="{status}">'
                f'<p class="fg-meta"><span class="fg-badge fg-{status}">{BADGES[status]}</span> '
                f"{html.escape(draft.kind)} · line {draft.line}{which} · "
                f"<code>{html.escape(card.guid)}</code></p>"
                f'<div class="fg-sides"><div class="card fg-side">{front}</div>'
                f'<div class="card fg-side">{back}</div></div>'
                + (f'<ul class="fg-lints">{lint_html}</ul>' if lints else "")
                + "</article>"
            )
        count += len(ords)
    page_css = (
        "body{margin:0;padding:12px;background:#ecece6;font-family:system-ui,sans-serif}"
        "h1{font-size:20px;margin:24px 0 4px}h2{font-size:16px;color:#555;margin:14px 0 6px}"
        ".fg-preview-card{background:#fff;border-radius:8px;margin:10px 0;padding:8px;"
        "box-shadow:0 1px 2px #0002}.fg-meta{font-size:13px;color:#555;margin:0 0 6px}"
        ".fg-sides{display:flex;flex-wrap:wrap;gap:8px}.fg-side{flex:1 1 300px;max-width:420px;"
        "border:1px solid #ddd;border-radius:6px}.fg-badge{padding:1px 6px;border-radius:8px;"
        "color:#fff;font-weight:600}.fg-new{background:#0a7a38}.fg-changed{background:#b35900}"
        ".fg-unchanged{background:#777}.fg-rejected{background:#b00020}"
        ".fg-lints{font-size:13px;color:#b00020;margin:6px 0 0}"
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>flashgen preview: {count} cards</title>"
        f"<style>{css}</style><style>{page_css}</style></head>"
        f"<body><p>{count} cards. The badge says what importing the next build will do.</p>"
        + "".join(body)
        + "</body></html>"
    )
