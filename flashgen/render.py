"""Render stage: turn a draft's inline content into the sanitized HTML fields of its note type.

Note text is escaped when it becomes HTML, and braces become entities so that no note can
write Anki template or cloze syntax. HTML that flashgen does not write tag by tag (Pygments'
code, images, the source line) is sanitized again with nh3; inline text, whose only tags are
flashgen's own, is escaped the way nh3 would write it back (a test holds the two equal).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path
from types import MappingProxyType
from urllib.parse import quote

import nh3
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.util import ClassNotFound

from flashgen.media import packaged_name
from flashgen.model import Draft, Inline, RenderedCard, Source, Span

ALLOWED_TAGS = frozenset("b i em strong mark code pre sub sup br span div ol ul li a img".split())
ALLOWED_ATTRIBUTES = {
    "a": {"href", "class"},
    "span": {"class"},
    "div": {"class"},
    "pre": {"class"},
    "img": {"src", "alt", "width"},
}
# Only the link back to the note; web links in notes are shown as text, never fetched.
URL_SCHEMES = frozenset({"obsidian"})

BASIC_FIELDS = ("Front", "Back", "Context", "Source", "Link")
CLOZE_FIELDS = ("Text", "Back Extra", "Context", "Source", "Link")
# A cloze deletion as `inline_html` writes it (and genanki counts it: one card per number).
CLOZE_DELETION = re.compile(r"{{c(\d+)::.+?}}", re.DOTALL)
# The same, read for its answer and hint (`_deletion`): the note's own braces are entities.
_CLOZE_PARTS = re.compile(r"{{c\d+::(.+?)(?:::[^{}]*)?}}", re.DOTALL)


FIELD_SEPARATOR = "\x1f"


def card_ords(model: str, first_field: str) -> list[int]:
    """The cards Anki makes of a note: one for a basic note; one per cloze number (as genanki
    counts them) for a cloze note."""
    if model != "cloze":
        return [0]
    numbers = {int(n) - 1 for n in CLOZE_DELETION.findall(first_field) if int(n) > 0}
    return sorted(numbers) or [0]


_WRAP = (("strong", "b"), ("em", "i"), ("mark", "mark"))


@cache
def _cleaner() -> nh3.Cleaner:
    """One compiled allow-list, reused: building it per call costs four times the cleaning."""
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
    )


def sanitize(fragment: str) -> str:
    """nh3 over our own HTML, then braces as entities (nh3 would decode them back)."""
    return _braced(_cleaner().clean(fragment))


def _braced(fragment: str) -> str:
    return fragment.replace("{", "&#123;").replace("}", "&#125;")


def escaped(text: str) -> str:
    """Text as HTML, written as nh3 writes text back: `&`, `<`, `>` and the no-break space
    as entities, quotes as they are (they need no escaping outside attributes)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\xa0", "&nbsp;")
    )


def _trusted(run: list[Span], body: str) -> bool:
    """Whether `body`, the HTML of `run`, is flashgen's own tags around `escaped` text,
    which nh3 would give back unchanged: no image, no Pygments block, and none of the two
    characters an HTML parser rewrites in text (carriage return, NUL)."""
    plain = not any(span.kind == "embed" or "block" in span.marks for span in run)
    return plain and _kept_as_is(body)


def _kept_as_is(body: str) -> bool:
    """Whether an HTML parser reads `body`'s text as written: no carriage return, no NUL."""
    return "\r" not in body and "\0" not in body


MediaNames = Mapping[str, str]  # an embed's link target -> its file name in the deck
NO_MEDIA: MediaNames = MappingProxyType({})


# Text, wikilinks, links and tags are shown as their text.
_SHOWN_AS_TEXT = frozenset({"text", "wikilink", "link", "tag"})


def _span_html(span: Span, media: MediaNames) -> str:
    kind = span.kind
    if kind in _SHOWN_AS_TEXT:  # asked first: nine spans in ten (any other kind is too)
        body = escaped(span.text)
    elif kind == "code" and "block" in span.marks:
        body = highlighted_code(span.text, span.target)
    elif kind == "code":
        body = f"<code>{escaped(span.text)}</code>"
    elif kind == "math" and "display" in span.marks:
        body = f"\\[{escaped(span.text)}\\]"
    elif kind == "math":
        body = f"\\({escaped(span.text)}\\)"
    elif kind == "break":
        body = "<br>"
    elif kind == "embed":
        body = _image(span, media)
    else:
        body = escaped(span.text)
    if span.marks:  # most spans have none
        for mark, tag in _WRAP:
            if mark in span.marks:
                body = f"<{tag}>{body}</{tag}>"
    return body


def _image(span: Span, media: MediaNames) -> str:
    name = media.get(span.target)
    if name is None:
        return ""  # not an image, or not in the vault (reported by the media stage)
    size = span.text.split("x")[0] if span.text.split("x")[0].isdigit() else ""
    width = f' width="{size}"' if size else ""
    alt = "" if size else html.escape(span.text)
    return f'<img src="{html.escape(name)}" alt="{alt}"{width}>'


# Made once: a formatter builds its style tables when made (half the time of a small block).
_CODE_FORMATTER = HtmlFormatter(nowrap=True, classprefix="fg-")


@lru_cache(maxsize=64)  # finding a lexer by name searches every lexer Pygments has
def _lexer(language: str) -> Lexer:
    try:
        return get_lexer_by_name(language) if language else TextLexer()
    except ClassNotFound:
        return TextLexer()


@lru_cache(maxsize=64)  # a block is shown by each card made from its section (3 on average)
def highlighted_code(code: str, language: str) -> str:
    """A code block coloured at build time by Pygments (classes styled in style.css)."""
    coloured = highlight(code, _lexer(language), _CODE_FORMATTER).rstrip()
    return f'<pre class="fg-code">{coloured}</pre>'


def inline_html(spans: Inline, media: MediaNames = NO_MEDIA) -> str:
    """HTML for inline content; each run of spans of one deletion becomes `{{cN::…}}`."""
    if len(spans) == 1 and spans[0].kind == "text" and not spans[0].marks:
        # Over half of all inline content (a plain answer, a context sentence): made as
        # `_grouped_html` makes it, without grouping one span (a property test holds them equal).
        body = escaped(spans[0].text)
        return _braced(body) if _kept_as_is(body) else sanitize(body)
    return _grouped_html(spans, media)


def _grouped_html(spans: Inline, media: MediaNames) -> str:
    """`inline_html` of any spans: each run of one deletion number (0: none), in one pass."""
    pieces: list[str] = []
    run: list[Span] = []
    bodies: list[str] = []
    number = 0
    for span in spans:
        cloze = span.cloze if "cloze" in span.marks else 0  # the property's common answer
        if cloze != number and run:
            pieces.append(_run_html(number, run, bodies))
            run, bodies = [], []
        number = cloze
        run.append(span)
        bodies.append(_span_html(span, media))
    if run:
        pieces.append(_run_html(number, run, bodies))
    return "".join(pieces)


def _run_html(number: int, run: list[Span], bodies: list[str]) -> str:
    """One run's HTML, made safe; as `{{cN::…}}` when it is deletion N."""
    body = "".join(bodies)
    body = _braced(body) if _trusted(run, body) else sanitize(body)
    if not number:
        return body
    hint = run[0].cloze_hint
    hint = "::" + sanitize(escaped(hint)) if hint else ""
    return f"{{{{c{number}::{body}{hint}}}}}"


def back_html(draft: Draft, media: MediaNames = NO_MEDIA) -> str:
    figures = "".join(_span_html(f, media) for f in draft.figures)
    figures = sanitize(f'<div class="fg-figure">{figures}</div>') if figures else ""
    if not draft.back:
        return figures
    if draft.back_style == "text":
        answer = "<br>".join(inline_html(part, media) for part in draft.back)
    else:
        # The marker is text, not the list's own style: every reviewer shows it (and a reader
        # of the card's text, a screen reader or a copy, sees where one item ends).
        tag = "ol" if draft.back_style == "ordered" else "ul"
        items = "".join(
            f'<li><span class="fg-n">{f"{n}." if tag == "ol" else "•"}</span> '
            f"{inline_html(part, media)}</li>"
            for n, part in enumerate(draft.back, 1)
        )
        answer = f'<{tag} class="fg-list">{items}</{tag}>'
    return answer + figures


@lru_cache(maxsize=256)  # the same for every card of a section
def source_html(source: Source, section: tuple[str, ...]) -> str:
    parts = []
    if source.author:
        parts.append(html.escape(source.author))
    year = f" ({html.escape(source.year)})" if source.year else ""
    parts.append(f"<i>{html.escape(source.title)}</i>{year}")
    if section:
        shown = (_READERS_ASIDE.sub("", heading) for heading in section)
        parts.append(html.escape(" › ".join(shown)))
    return sanitize(" — ".join(parts))


# What a heading says in brackets of the reader's own doing: "Abstract (my summary)".
_READERS_ASIDE = re.compile(
    r"\s*\((?:my|mes|mon|ma|mis|mi|meine?|mie|miei|mio|minhas?|meus?)\b[^()]*\)", re.I
)


@lru_cache(maxsize=256)  # the same for every card of a note
def obsidian_link(vault_name: str, relpath: str) -> str:
    """`obsidian://open?vault=…&file=…`, the URL Obsidian registers for opening a note."""
    file = relpath[:-3] if relpath.lower().endswith(".md") else relpath
    url = f"obsidian://open?vault={quote(vault_name, safe='')}&file={quote(file, safe='')}"
    return sanitize(f'<a class="fg-open" href="{html.escape(url)}">Open note</a>')


def render(
    draft: Draft,
    vault_name: str,
    relpath: str,
    note_tags: tuple[str, ...],
    media: Mapping[str, Path] = MappingProxyType({}),
    deck: str = "",
    subdeck: tuple[str, ...] = (),
) -> RenderedCard:
    """The card's fields. `media` maps the note's embeds to vault files; the ones the card
    shows are listed on the result, to be packaged."""
    names: MediaNames = NO_MEDIA
    files: tuple[Path, ...] = ()
    if media:  # most notes embed nothing: no need to look through every span for embeds
        shown = {s.target for part in (draft.front, *draft.back, draft.figures) for s in part}
        used = {target: path for target, path in media.items() if target in shown}
        names = {target: packaged_name(path) for target, path in used.items()}
        files = tuple(sorted(set(used.values())))
    with_context = draft.kind in ("definition", "concept", "enumeration")
    context = inline_html(draft.context, names) if with_context else ""
    # Anki joins a note's fields with U+001F: one inside a field would split it in two.
    fields = (
        inline_html(draft.front, names).replace(FIELD_SEPARATOR, ""),
        back_html(draft, names).replace(FIELD_SEPARATOR, ""),
        context.replace(FIELD_SEPARATOR, ""),
        source_html(draft.source, draft.section).replace(FIELD_SEPARATOR, ""),
        obsidian_link(vault_name, relpath).replace(FIELD_SEPARATOR, ""),
    )
    model = "cloze" if draft.is_cloze else "basic"
    tags = card_tags(note_tags, draft.kind, draft.tags)
    return RenderedCard(
        draft,
        model,
        fields,
        tags,
        draft.anchor,
        draft.path,
        draft.line,
        deck,
        files,
        subdeck,
    )


def card_text(model: str, fields: Sequence[str]) -> str:
    """A card's question and answer as plain text, `question | answer`, read from its fields
    (re-matching an edited card compares these; the state keeps the fields, not this): a
    cloze's deletions are read as the text they hide, and its answer is its Back Extra."""
    front = fields[0] if fields else ""
    if model == "cloze":
        front = _CLOZE_PARTS.sub(r"\1", front)
    back = fields[1] if len(fields) > 1 else ""
    return f"{_html_text(front)} | {_html_text(back)}"


# Tags after which a reader sees words apart (list items, lines, table cells, blocks).
_PARTING_TAGS = frozenset("br li ol ul div pre p tr td th".split())


class _TextOf(HTMLParser):
    """The words of flashgen's own HTML as a reader sees them (entities read)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _PARTING_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.handle_starttag(tag, [])


def _html_text(markup: str) -> str:
    if "<" not in markup and "&" not in markup:  # most answers: a few words, no markup
        return " ".join(markup.split())
    reader = _TextOf()
    reader.feed(markup)
    reader.close()
    return " ".join("".join(reader.parts).split())


@lru_cache(maxsize=256)  # the same for every card of a kind in a note
def card_tags(note_tags: tuple[str, ...], kind: str, own: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The note's tags as Anki's, the card's own (`flashgen::reversed`), then the kind of
    card (`flashgen::claim`, last: `identify.rendered_from` reads it there), once each."""
    note = (anki_tag(t) for t in note_tags)
    return tuple(dict.fromkeys((*note, *own, f"flashgen::{kind}")))


def anki_tag(tag: str) -> str:
    """Anki tags cannot hold spaces; Obsidian's nested `a/b` is Anki's `a::b`."""
    return "_".join(tag.split()).replace("/", "::")
