"""Render stage: turn a draft's inline content into the sanitized HTML fields of its note type.

Note text is escaped when it becomes HTML, the result is sanitized again with nh3, and
braces become entities so that no note can write Anki template or cloze syntax.
"""

from __future__ import annotations

import html
import itertools
from urllib.parse import quote

import nh3

from flashgen.model import Draft, Inline, RenderedCard, Source, Span

ALLOWED_TAGS = frozenset(
    {
        "b",
        "i",
        "em",
        "strong",
        "mark",
        "code",
        "sub",
        "sup",
        "br",
        "span",
        "div",
        "ol",
        "ul",
        "li",
        "a",
        "img",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "class"},
    "span": {"class"},
    "div": {"class"},
    "img": {"src", "alt"},
}
# Only the link back to the note; web links in notes are shown as text, never fetched.
URL_SCHEMES = frozenset({"obsidian"})

BASIC_FIELDS = ("Front", "Back", "Context", "Source", "Link")
CLOZE_FIELDS = ("Text", "Back Extra", "Context", "Source", "Link")

_WRAP = (("strong", "b"), ("em", "i"), ("mark", "mark"))


def sanitize(fragment: str) -> str:
    """nh3 over our own HTML, then braces as entities (nh3 would decode them back)."""
    clean = nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
    )
    return clean.replace("{", "&#123;").replace("}", "&#125;")


def _span_html(span: Span) -> str:
    text = html.escape(span.text)
    if span.kind == "code":
        body = f"<code>{text}</code>"
    elif span.kind == "math" and "display" in span.marks:
        body = f"\\[{text}\\]"
    elif span.kind == "math":
        body = f"\\({text}\\)"
    elif span.kind == "break":
        body = "<br>"
    elif span.kind == "embed":
        body = ""  # images are packaged by the media step; until then nothing shows
    else:
        body = text
    for mark, tag in _WRAP:
        if mark in span.marks:
            body = f"<{tag}>{body}</{tag}>"
    return body


def inline_html(spans: Inline) -> str:
    """HTML for inline content; each run of spans of one deletion becomes `{{cN::…}}`."""
    pieces: list[str] = []
    for number, run in itertools.groupby(spans, key=lambda span: span.cloze):
        run = list(run)
        body = sanitize("".join(_span_html(span) for span in run))
        if number:
            hint = run[0].cloze_hint
            hint = "::" + sanitize(html.escape(hint)) if hint else ""
            body = f"{{{{c{number}::{body}{hint}}}}}"
        pieces.append(body)
    return "".join(pieces)


def back_html(draft: Draft) -> str:
    if not draft.back:
        return ""
    if draft.back_style == "text":
        return "<br>".join(inline_html(part) for part in draft.back)
    tag = "ol" if draft.back_style == "ordered" else "ul"
    items = "".join(f"<li>{inline_html(part)}</li>" for part in draft.back)
    return f'<{tag} class="fg-list">{items}</{tag}>'


def source_html(source: Source, section: tuple[str, ...]) -> str:
    parts = []
    if source.author:
        parts.append(html.escape(source.author))
    year = f" ({html.escape(source.year)})" if source.year else ""
    parts.append(f"<i>{html.escape(source.title)}</i>{year}")
    if section:
        parts.append(html.escape(" › ".join(section)))
    return sanitize(" — ".join(parts))


def obsidian_link(vault_name: str, relpath: str) -> str:
    """`obsidian://open?vault=…&file=…`, the URL Obsidian registers for opening a note."""
    file = relpath[:-3] if relpath.lower().endswith(".md") else relpath
    url = f"obsidian://open?vault={quote(vault_name, safe='')}&file={quote(file, safe='')}"
    return sanitize(f'<a class="fg-open" href="{html.escape(url)}">Open note</a>')


def render(draft: Draft, vault_name: str, relpath: str, note_tags: tuple[str, ...]) -> RenderedCard:
    context = (
        inline_html(draft.context) if draft.kind in ("definition", "concept", "enumeration") else ""
    )
    source = source_html(draft.source, draft.section)
    link = obsidian_link(vault_name, relpath)
    fields = (inline_html(draft.front), back_html(draft), context, source, link)
    model = "cloze" if draft.is_cloze else "basic"
    tags = tuple(dict.fromkeys((*(anki_tag(t) for t in note_tags), f"flashgen::{draft.kind}")))
    return RenderedCard(draft=draft, model=model, fields=fields, tags=tags)


def anki_tag(tag: str) -> str:
    """Anki tags cannot hold spaces; Obsidian's nested `a/b` is Anki's `a::b`."""
    return "_".join(tag.split()).replace("/", "::")
