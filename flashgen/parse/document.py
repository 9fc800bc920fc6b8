"""Parse stage: turn a `Note` into a `Document` (sections, blocks, inline spans) from tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from markdown_it.token import Token

from flashgen.model import (
    DEFAULT_SOURCE_CALLOUTS,
    Block,
    Diagnostic,
    Document,
    Note,
    Section,
    Span,
)
from flashgen.parse.inline import inline_spans, plain_text
from flashgen.parse.markdown import note_parser
from flashgen.parse.source import note_source


def parse_note(note: Note, source_callouts: frozenset[str] = DEFAULT_SOURCE_CALLOUTS) -> Document:
    """Parse one note. Never raises on odd Markdown: markdown-it accepts any text.
    `source_callouts` are the callout types that hold the author's words, not the reader's."""
    tokens = note_parser().parse(note.text)
    blocks = _blocks(tokens, 0, len(tokens), _closing(tokens))
    sections, first_heading = _sections(blocks)
    spans = _all_spans(sections)
    source = note_source(note, first_heading, sections, spans)
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
            lettered = _lettered_lines(token)
            if lettered:
                blocks.extend(lettered)
            else:
                spans = inline_spans(token.children or [])
                if spans:
                    blocks.append(Block("paragraph", _line(token), spans))
        elif kind in ("fence", "code_block"):
            blocks.append(Block("code", _line(token), text=token.content, info=token.info.strip()))
        elif kind in ("math_block", "math_block_label"):
            blocks.append(Block("math", _line(token), text=token.content))
        index += 1
    return blocks


# A line that a paragraph lists as an item: "(a) the data subject has given consent …",
# "b) …", "(ii) …", "(3) …" (Markdown has no list for these: they stay one paragraph).
_ITEM_MARK = re.compile(r"\(?([a-z]|[1-9]|[ivx]{1,4})\)\s+")
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "123456789", ("i", "ii", "iii", "iv", "v", "vi", "vii"))


def _lettered_lines(token: Token) -> list[Block]:
    """A paragraph whose lines after its first list items marked "(a)", "(b)", … as the
    blocks a Markdown list would make: its opening lines as a paragraph, then an ordered
    list with an item per mark (a line without one goes on the item before); or nothing."""
    children = token.children or []
    lines: list[list[Token]] = [[]]
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            lines.append([])
        else:
            lines[-1].append(child)
    if len(lines) < 3:
        return []
    marks: list[tuple[int, str]] = []  # (line index, its mark)
    for index, words in enumerate(lines):
        first = words[0] if words else None
        found = _ITEM_MARK.match(first.content) if first and first.type == "text" else None
        if found:
            marks.append((index, found.group(1)))
    labels = [label for _, label in marks]
    if len(marks) < 2 or not any(
        labels == list(sequence[: len(labels)]) for sequence in _SEQUENCES
    ):
        return []
    opening = marks[0][0]
    if opening > 1:
        return []  # (one opening line at most: the list's lead)
    paragraph_line = _line(token)
    blocks = []
    if opening:
        blocks.append(Block("paragraph", paragraph_line, inline_spans(lines[0])))
    items = []
    for number, (index, _) in enumerate(marks):
        stop = marks[number + 1][0] if number + 1 < len(marks) else len(lines)
        first = lines[index][0].copy()
        first.content = _ITEM_MARK.sub("", first.content, count=1)
        tokens = [first, *lines[index][1:]]
        for more in lines[index + 1 : stop]:  # a line without a mark goes on its item
            tokens += [Token("softbreak", "br", 0), *more]
        items.append(Block("item", paragraph_line + index, inline_spans(tokens)))
    blocks.append(Block("list", paragraph_line + opening, children=tuple(items), info="ordered"))
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


# Sections ---------------------------------------------------------------------------------------


def heading_level(block: Block) -> int:
    return int(block.info) if block.kind == "heading" else 0


def _only_tags(block: Block) -> bool:
    """A paragraph of tags alone ("#history #books")."""
    return block.kind == "paragraph" and all(
        s.kind == "tag" or not s.text.strip() for s in block.spans
    )


def _sections(blocks: list[Block]) -> tuple[tuple[Section, ...], str]:
    """Split top-level blocks at headings. The first heading, when it opens the note, is the
    title of the work (Obsidian notes often repeat it as `# Title`), not a section."""
    first_heading = ""
    start = 0
    # (after a line of tags only, "#history #books", the first heading still opens it)
    opening = next((i for i, b in enumerate(blocks) if not _only_tags(b)), len(blocks))
    if opening < len(blocks) and heading_level(blocks[opening]) == 1:
        first_heading = plain_text(blocks[opening].spans).strip()
        blocks = [*blocks[:opening], *blocks[opening + 1 :]]
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
