"""Parse stage: turn a `Note` into a `Document` (sections, blocks, inline spans) from tokens."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from markdown_it.token import Token

from flashgen.model import (
    DEFAULT_SOURCE_CALLOUTS,
    Block,
    Diagnostic,
    Document,
    Inline,
    Note,
    Section,
    Source,
    Span,
)
from flashgen.parse.markdown import note_parser

_MARK_OF = {"em_open": "em", "strong_open": "strong", "mark_open": "mark"}
_HTML_MARKS = {
    f"<{slash}{tag}>": (not slash, mark)
    for tag, mark in (
        ("u", "strong"),
        ("b", "strong"),
        ("strong", "strong"),
        ("mark", "mark"),
        ("i", "em"),
        ("em", "em"),
    )
    for slash in ("", "/")
}
_CLOSE_OF = {"em_close": "em", "strong_close": "strong", "mark_close": "mark"}


def parse_note(note: Note, source_callouts: frozenset[str] = DEFAULT_SOURCE_CALLOUTS) -> Document:
    """Parse one note. Never raises on odd Markdown: markdown-it accepts any text.
    `source_callouts` are the callout types that hold the author's words, not the reader's."""
    tokens = note_parser().parse(note.text)
    blocks = _blocks(tokens, 0, len(tokens), _closing(tokens))
    sections, first_heading = _sections(blocks)
    spans = _all_spans(sections)
    source = _source(note, first_heading, sections, spans)
    diagnostics = tuple(_unclosed_fences(note, tokens))
    return Document(
        note=note,
        source=source,
        sections=sections,
        tags=_tags(note.meta, spans),
        links=_links(spans),
        diagnostics=diagnostics,
        source_callouts=source_callouts,
    )


# Inline -------------------------------------------------------------------------------------


def inline_spans(children: Iterable[Token]) -> Inline:
    """Flatten an inline token stream into spans; raw HTML is dropped, never passed on.
    Neighbouring plain text with the same marks is one span, as `merge_text` makes it."""
    spans: list[Span] = []
    marks: list[str] = []
    current: frozenset[str] = frozenset()  # the marks as a set: what each span carries
    link_target: str | None = None
    # The plain text not yet made a span, and its marks: made one span when something else
    # comes (`merge_text` of a span per piece, without those spans).
    pieces: list[str] = []
    pieces_marks = current
    for token in children:
        kind = token.type
        if (kind == "text" and link_target is None) or kind == "softbreak":
            # A softbreak is kept as a line break: a line of its own can be card syntax.
            text = token.content if kind == "text" else "\n"
            if text:
                if pieces and pieces_marks != current:
                    spans.append(Span("text", "".join(pieces), marks=pieces_marks))
                    pieces = []
                pieces.append(text)
                pieces_marks = current
            continue
        if kind in _MARK_OF:
            marks.append(_MARK_OF[kind])
            current = frozenset(marks)
            continue
        if kind in _CLOSE_OF:
            if _CLOSE_OF[kind] in marks:
                marks.remove(_CLOSE_OF[kind])
                current = frozenset(marks)
            continue
        if kind == "link_open":
            link_target = str(token.attrGet("href") or "")
            continue
        if kind == "link_close":
            link_target = None
            continue
        if kind == "html_inline" and token.content.lower() in _HTML_MARKS:
            # <u>, <b>, <mark>, <i> are how some notes emphasise; their meaning is kept, the
            # HTML itself never is.
            opening, mark = _HTML_MARKS[token.content.lower()]
            if opening:
                marks.append(mark)
            elif mark in marks:
                marks.remove(mark)
            current = frozenset(marks)
            continue
        span = _token_span(token, kind, link_target, current)
        if span is not None:
            if pieces:
                spans.append(Span("text", "".join(pieces), marks=pieces_marks))
                pieces = []
            spans.append(span)
    if pieces:
        spans.append(Span("text", "".join(pieces), marks=pieces_marks))
    return tuple(spans)


def _token_span(
    token: Token, kind: str, link_target: str | None, marks: frozenset[str]
) -> Span | None:
    """The span of one inline token other than plain text and marks; None for what carries
    no card text (html_inline, footnote_ref and anything unknown)."""
    if kind == "text":  # inside a link
        return Span("link", token.content, link_target or "", marks)
    if kind == "hardbreak":
        return Span("break", "\n")
    if kind == "code_inline":
        return Span("code", token.content, marks=marks)
    if kind in ("math_inline", "math_inline_double"):
        return Span("math", token.content, marks=marks)
    if kind == "wikilink":
        return Span("wikilink", _wikilink_text(token.meta), token.meta["target"], marks)
    if kind == "embed":
        return Span("embed", token.meta["alias"], token.meta["target"])
    if kind == "image":
        return Span("embed", token.content, str(token.attrGet("src") or ""))
    if kind == "tag":
        return Span("tag", token.content, marks=marks)
    return None


def _wikilink_text(meta: dict) -> str:
    if meta["alias"]:
        return meta["alias"]
    if meta["target"] and meta["heading"]:
        return f"{meta['target']} > {meta['heading']}"
    return meta["target"] or meta["heading"]


def merge_text(spans: Iterable[Span]) -> Inline:
    """Join neighbouring plain-text spans that carry the same marks."""
    merged: list[Span] = []
    last: Span | None = None
    for span in spans:
        if span.kind == "text":
            if not span.text:
                continue
            if last is not None and last.kind == "text" and last.marks == span.marks:
                last = merged[-1] = Span("text", last.text + span.text, marks=span.marks)
                continue
        merged.append(span)
        last = span
    return tuple(merged)


# Blocks -------------------------------------------------------------------------------------


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 0


def _closing(tokens: list[Token]) -> dict[int, int]:
    """The index of the token closing each one that opens (the last token for one left
    open), found in one pass: looking for each in turn reads a list once per level."""
    closing: dict[int, int] = {}
    opened: list[int] = []
    for index, token in enumerate(tokens):
        if token.nesting == 1:
            opened.append(index)
        elif token.nesting == -1 and opened:
            closing[opened.pop()] = index
    closing.update((index, len(tokens) - 1) for index in opened)
    return closing


def _blocks(tokens: list[Token], start: int, end: int, closing: dict[int, int]) -> list[Block]:
    blocks: list[Block] = []
    index = start
    while index < end:
        token = tokens[index]
        kind = token.type
        if token.nesting == 1:
            close = closing[index]
            inner = _blocks(tokens, index + 1, close, closing)
            blocks.extend(_container(token, tokens, index, close, inner))
            index = close + 1
            continue
        if kind == "inline":
            spans = inline_spans(token.children or [])
            if spans:
                blocks.append(Block("paragraph", _line(token), spans))
        elif kind in ("fence", "code_block"):
            blocks.append(Block("code", _line(token), text=token.content, info=token.info.strip()))
        elif kind in ("math_block", "math_block_label"):
            blocks.append(Block("math", _line(token), text=token.content))
        index += 1
    return blocks


def _container(
    token: Token, tokens: list[Token], index: int, close: int, inner: list[Block]
) -> list[Block]:
    kind = token.type
    line = _line(token)
    if kind == "heading_open":
        inline = tokens[index + 1]
        spans = inline_spans(inline.children or []) if inline.type == "inline" else ()
        return [Block("heading", line, spans, info=token.tag[1:])]
    if kind in ("paragraph_open", "thead_open", "tbody_open"):
        return inner
    if kind in ("bullet_list_open", "ordered_list_open"):
        return [Block("list", line, children=tuple(inner), info=kind.split("_")[0])]
    if kind == "list_item_open":
        head = inner[0].spans if inner and inner[0].kind == "paragraph" else ()
        rest = inner[1:] if head else inner
        return [Block("item", line, head, tuple(rest))]
    if kind == "blockquote_open":
        meta = token.meta or {}
        if "callout" in meta:
            title = inline_spans(note_parser().parseInline(meta["title"])[0].children or [])
            return [
                Block(
                    "callout", line, title, tuple(inner), info=meta["fold"], callout=meta["callout"]
                )
            ]
        return [Block("quote", line, children=tuple(inner))]
    if kind == "table_open":
        return [Block("table", line, children=tuple(inner))]
    if kind == "tr_open":  # markdown-it gives a row's cells no lines of their own
        cells = tuple(replace(cell, line=cell.line or line) for cell in inner)
        return [Block("row", line, children=cells)]
    if kind in ("th_open", "td_open"):
        spans = next((b.spans for b in inner if b.kind == "paragraph"), ())
        return [Block("cell", line, spans)]
    if kind.startswith("footnote"):
        return []  # footnote definitions are references, not the note's running text
    if kind == "dl_open":
        return [Block("deflist", line, children=tuple(inner))]
    if kind == "dt_open":
        return [Block("term", line, inner[0].spans if inner else ())]
    if kind == "dd_open":
        return [Block("definition", line, children=tuple(inner))]
    return inner  # other containers (definition lists, …) pass their blocks through


# Sections and source ------------------------------------------------------------------------


def heading_level(block: Block) -> int:
    return int(block.info) if block.kind == "heading" else 0


def plain_text(spans: Iterable[Span]) -> str:
    if type(spans) is tuple and len(spans) == 1:  # four calls in five: no list, no join
        return spans[0].text if spans[0].kind != "embed" else ""
    return "".join([s.text for s in spans if s.kind != "embed"])


def _sections(blocks: list[Block]) -> tuple[tuple[Section, ...], str]:
    """Split top-level blocks at headings. The first heading, when it opens the note, is the
    title of the work (Obsidian notes often repeat it as `# Title`), not a section."""
    first_heading = ""
    start = 0
    if blocks and heading_level(blocks[0]) == 1:
        first_heading = plain_text(blocks[0].spans).strip()
        start = 1
    sections: list[Section] = []
    trail: list[tuple[int, str]] = []
    current: list[Block] = []
    current_line = blocks[start].line if start < len(blocks) else 1
    for block in blocks[start:]:
        level = heading_level(block)
        if not level:
            current.append(block)
            continue
        if current:
            sections.append(Section(tuple(t for _, t in trail), current_line, tuple(current)))
        trail = [(lv, t) for lv, t in trail if lv < level]
        trail.append((level, plain_text(block.spans).strip()))
        current, current_line = [], block.line
    if current:
        sections.append(Section(tuple(t for _, t in trail), current_line, tuple(current)))
    return tuple(sections), first_heading


_YEAR_IN_TITLE = re.compile(r"\s*\((\d{4})\)\s*$")


def _meta_text(value: object) -> str:
    """A front-matter value as plain text: `"[[Adam Smith]]"` reads as `Adam Smith`."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if value is None:
        return ""
    parsed = note_parser().parseInline(str(value))
    return plain_text(inline_spans(parsed[0].children or [])).strip() if parsed else ""


def _people(value: object) -> str:
    """Front-matter authors as one name: a list `[Jeffrey Dean, Sanjay Ghemawat]` reads as
    "Jeffrey Dean and Sanjay Ghemawat" (three or more: the first, "et al.")."""
    if not isinstance(value, list):
        return _meta_text(value)
    names = [name for name in map(_meta_text, value) if name]
    if len(names) > 2:
        return f"{names[0]} et al."
    return " and ".join(names)


# Front-matter keys as people write them, in the languages of the notes we have seen.
AUTHOR_KEYS = ("author", "authors", "auteur", "autor", "autore", "creator")
YEAR_KEYS = ("year", "année", "annee", "jahr", "año", "anno")
LANGUAGE_KEYS = ("lang", "language", "langue", "sprache", "idioma", "lingua")

# The commonest short words of each language: enough to tell a note's language cheaply.
_FUNCTION_WORDS = {
    "en": frozenset("the of and to in is that it for as with was by on are this be from".split()),
    "fr": frozenset("le la les de des du et est un une que qui dans pour pas sur ce se".split()),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den von mit sich des auf für im".split()
    ),
    "es": frozenset("el la los las de del y que en un una es por para con se no".split()),
    "it": frozenset("il lo la gli le di del e che in un una è per con non si".split()),
}


def _first(meta: dict, keys: tuple[str, ...]) -> object:
    return next((meta[k] for k in keys if meta.get(k)), None)


# Enough of a note's text to tell its language (about 1 500 words): a note of 100 KB is
# not read to the end for it.
LANGUAGE_SAMPLE = 10_000
_LETTERS = re.compile(r"[^\W\d_]+")  # a word, as the function words are written
_ANY_FUNCTION_WORD = frozenset().union(*_FUNCTION_WORDS.values())
# The same words in ASCII text, found without looking up each character's Unicode category
# (twice as fast; nearly every note's sample is ASCII).
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def guess_language(spans: Iterable[Span]) -> str:
    """The language whose function words are commonest in the note's text (`spans`, all of
    the note's; its first `LANGUAGE_SAMPLE` characters or so); English when the text is too
    short to tell."""
    texts, length = [], 0
    for span in spans:
        if span.kind == "text":
            texts.append(span.text)
            length += len(span.text)
            if length >= LANGUAGE_SAMPLE:
                break
    sample = " ".join(texts).lower()
    words = (_ASCII_LETTERS if sample.isascii() else _LETTERS).findall(sample)
    if len(words) < 20:
        return "en"
    counts = Counter(filter(_ANY_FUNCTION_WORD.__contains__, words))  # only these are scored
    scores = {
        lang: sum(counts[w] for w in vocabulary if w in counts)
        for lang, vocabulary in _FUNCTION_WORDS.items()
    }
    return max(scores, key=lambda lang: (scores[lang], lang == "en"))


_ET_AL = re.compile(r"\s*\bet al\.?$")


def short_name(author: str) -> str:
    """How running text names the author: "Hal Draper" -> "Draper", "Ashish Vaswani et al."
    -> "Vaswani et al.", "Diego Ongaro & John Ousterhout" -> "Ongaro and Ousterhout"."""
    author = author.strip()
    if not author:
        return ""
    first_of_many = _ET_AL.sub("", author)
    if first_of_many != author:
        return f"{_surname(first_of_many)} et al."
    many = re.split(r"\s*(?:&|\band\b|;|,(?!\s*(?:Jr|Sr)\b))\s*", author)
    surnames = [_surname(name) for name in many if name]
    return " and ".join(surnames) if len(surnames) <= 2 else f"{surnames[0]} et al."


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
    return words[-1].rstrip(",") if words else name


def _source(
    note: Note, first_heading: str, sections: tuple[Section, ...], spans: list[Span]
) -> Source:
    meta = note.meta
    title = _meta_text(meta.get("title")) or first_heading or note.path.stem
    year = _meta_text(_first(meta, YEAR_KEYS))
    found = _YEAR_IN_TITLE.search(title)
    if found:
        year = year or found.group(1)
        title = title[: found.start()].strip()
    cited = next(
        (c for s in sections[:1] for b in s.blocks[:1] if not s.path and (c := citation(b))), None
    )
    if cited and title == note.path.stem:
        title, year = cited[1], year or cited[2]
    author = (
        _people(_first(meta, AUTHOR_KEYS))
        or _field_line_value(sections, "author")
        or (cited[0] if cited else "")
    )
    language = str(_first(meta, LANGUAGE_KEYS) or guess_language(spans))
    return Source(
        title=title,
        author=author,
        author_short=short_name(author),
        year=str(year),
        language=language.lower()[:2],
    )


_CITED_AUTHOR = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),\s*$")
_CITED_YEAR = re.compile(r"\((\d{4})\)")


def citation(block: Block) -> tuple[str, str, str] | None:
    """(author, title, year) from a citation line `Garrett Hardin, *The Tragedy of the
    Commons*, Science 162 (1968)`: a name, a comma, then the title in italics."""
    spans = block.spans
    if block.kind != "paragraph" or len(spans) < 2 or spans[0].kind != "text":
        return None
    author = _CITED_AUTHOR.match(spans[0].text)
    if not author or "em" not in spans[1].marks:
        return None
    year = _CITED_YEAR.search(plain_text(spans[2:]))
    return author.group(1), spans[1].text.strip(), year.group(1) if year else ""


_LABELLED = re.compile(r"^[A-Z][\w-]*:\s")


def is_metadata(block: Block, in_preamble: bool) -> bool:
    """A line about the note rather than of it: `AUTHOR`: lines, a citation line, and in the
    part before the first heading, `Label: …` lines such as `Paper: …` or `Prev: … Next: …`."""
    if block.kind != "paragraph":
        return False
    if field_line(block) or (in_preamble and citation(block)):
        return True
    return in_preamble and _LABELLED.match(plain_text(block.spans)) is not None


def field_line(block: Block) -> list[tuple[str, Inline]]:
    """The key/value pairs of a metadata line such as `` `AUTHOR`: Hal Draper · `TAGS`: #x ``.

    Such a paragraph starts with a code span followed by a colon; each later code span
    followed by a colon starts the next pair. Anything else returns an empty list.
    """
    spans = block.spans
    if block.kind != "paragraph" or not spans or spans[0].kind != "code":
        return []
    pairs: list[tuple[str, list[Span]]] = []
    for index, span in enumerate(spans):
        following = spans[index + 1] if index + 1 < len(spans) else None
        starts_pair = span.kind == "code" and following is not None and following.kind == "text"
        if starts_pair and following is not None and following.text.lstrip().startswith(":"):
            pairs.append((span.text.strip().lower(), []))
            continue
        if not pairs:
            return []
        if pairs[-1][1] == [] and span.kind == "text":
            span = Span("text", span.text.lstrip()[1:], marks=span.marks)
        pairs[-1][1].append(span)
    cleaned = []
    for key, values in pairs:
        if values and values[-1].kind == "text":
            values[-1] = Span("text", values[-1].text.rstrip(" ·|,\n"), marks=values[-1].marks)
        cleaned.append((key, merge_text(values)))
    return cleaned


def _field_line_value(sections: tuple[Section, ...], key: str) -> str:
    for section in sections[:1]:
        for block in section.blocks:
            for found_key, value in field_line(block):
                if found_key == key:
                    return plain_text(value).strip()
    return ""


def _all_spans(sections: Iterable[Section]) -> list[Span]:
    """Every span of the note, nested blocks' included, in reading order."""
    found: list[Span] = []
    for section in sections:
        for block in section.blocks:
            _add_spans(block, found)
    return found


# Walks of the block tree are functions of the module, not nested ones: a nested function
# that calls itself is a reference cycle (it holds the cell that holds it), and it keeps
# what it closes over (the note's whole document) until the cyclic collector runs, which a
# build leaves off (`pipeline._no_cyclic_gc`): every note's document stayed in memory.
def _add_spans(block: Block, found: list[Span]) -> None:
    found.extend(block.spans)
    for child in block.children:
        _add_spans(child, found)


def _tags(meta: dict, spans: list[Span]) -> tuple[str, ...]:
    found: list[str] = []
    raw = meta.get("tags") or []
    if isinstance(raw, str):
        raw = raw.replace(",", " ").split()
    if isinstance(raw, list):
        found.extend(str(t).lstrip("#") for t in raw if t)
    found.extend(s.text for s in spans if s.kind == "tag")
    return tuple(dict.fromkeys(t for t in found if t))


def _links(spans: list[Span]) -> tuple[str, ...]:
    targets = (s.target for s in spans if s.kind == "wikilink" and s.target)
    return tuple(dict.fromkeys(targets))


def _unclosed_fences(note: Note, tokens: list[Token]) -> Iterable[Diagnostic]:
    lines = len(note.text.splitlines())
    for token in tokens:
        if token.type == "fence" and token.map and token.map[1] >= lines:
            closing = note.text.rstrip("\n").rsplit("\n", 1)[-1].strip()
            if not closing.startswith(token.markup):
                yield Diagnostic(
                    str(note.path),
                    _line(token),
                    "code fence is never closed; the rest of the note is read as code",
                )
