"""Table cards: a table whose first column names things states what each one is. One card
per row: "*Title*: Election Safety — meaning?" → "at most one leader can be elected in a
given term" (its other cells, in the order the front names their columns)."""

from __future__ import annotations

import re

from flashgen.extract.attribution import with_source
from flashgen.extract.salience import content_words, long_words_shown
from flashgen.extract.sentences import (
    Sentence,
    author_blocks,
    join,
    slice_spans,
    strip_spans,
    text_spans,
)
from flashgen.extract.words import normalize_term
from flashgen.model import BackStyle, Block, Document, Draft, Inline
from flashgen.parse.inline import plain_text
from flashgen.parse.source import ABOUT_THE_NOTE

MAX_TERM_WORDS = 6  # a first cell longer than this is a statement, not a name
MAX_ROWS = 12  # a longer table is data, not a set of things to learn one by one


# A first cell that is a value or a range of one, not a name: "> 1", "< 120", "0.5", "= 1".
_VALUE = re.compile(r"\s*(?:[<>=≤≥~≈]|\d)")


_PLACEHOLDER = re.compile(r"\s*(?:[—–-]+|n/?a|N/?A|\?)\s*")


def _gives_away(draft: Draft) -> bool:
    """Whether the front, its source label and all, already shows most of the answer's words
    ("Price elasticity of demand: … = 1 — demand is?" → "unit elastic")."""
    front = plain_text(draft.front).lower()
    # (its long words: "unit" says little, "elastic" is the answer, and "elasticity" shows it)
    asked = [w for side in draft.back for w in content_words(plain_text(side))]
    return long_words_shown(asked, front)


def _cells(row: Block) -> list[Inline]:
    return [strip_spans(cell.spans) for cell in row.children]


def table_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts, consumed = _field_drafts(doc, sentences)
    for _, path, block, _ in author_blocks(doc):
        if block.kind != "table":
            continue
        rows = [row for row in block.children if row.kind == "row"]
        if not 3 <= len(rows) <= MAX_ROWS + 1:
            continue
        header = [plain_text(cell).strip() for cell in _cells(rows[0])]
        body = [_cells(row) for row in rows[1:]]
        if len(header) < 2 or any(len(cells) != len(header) for cells in body):
            continue
        if any(not all(plain_text(c).strip() for c in cells) for cells in body):
            continue
        header, body = _named_by_unique_column(header, body)
        if any(len(plain_text(cells[0]).split()) > MAX_TERM_WORDS for cells in body):
            continue
        for row, cells in zip(rows[1:], body, strict=True):
            draft = _row_draft(doc, path, row.line, header, cells)
            if not _gives_away(draft):
                drafts.append(draft)
    return drafts, consumed


# "- Date: 14 October 1066": a field of what the note is about, and its value.
_FIELD = re.compile(r"(?P<label>[A-Z][\w-]*(?: [\w-]+){0,2}):\s+(?P<value>\S.*)")
_FIELD_VALUE_WORDS = 8
# Fields about the note, never about what it is about (a "Date" or "Year" may be either)
_ABOUT_THE_NOTE_ALONE = ABOUT_THE_NOTE - {"date", "year"}


def _field_drafts(doc: Document, sentences: list[Sentence]) -> tuple[list[Draft], set]:
    """A list of `Label: value` items that opens a note, as an infobox writes them ("- Date:
    14 October 1066", "- Result: Norman victory"): one card per field, "*Battle of
    Hastings*: date?" → its value (fields about the note itself, "Author: …", are none)."""
    if not doc.sections or doc.sections[0].path:
        return [], set()
    lists = [b for b in doc.sections[0].blocks if b.kind == "list"]
    if not lists or len(lists[0].children) < 2:
        return [], set()
    if ":" not in plain_text(lists[0].children[0].spans):
        return [], set()  # (its first item has no label: most lists)
    fields = [_FIELD.fullmatch(plain_text(item.spans).strip()) for item in lists[0].children]
    if not all(fields):
        return [], set()
    labels = [f["label"].lower() for f in fields if f is not None]
    # (a list of the note's own fields, "Author: …", "Tags: …", is no infobox; in one, a
    # "Date" is the event's)
    if all(label in ABOUT_THE_NOTE for label in labels):
        return [], set()
    if any(len(f["value"].split()) > _FIELD_VALUE_WORDS for f in fields if f):
        return [], set()
    drafts = []
    for item, found in zip(lists[0].children, fields, strict=True):
        assert found is not None
        if found["label"].lower() in _ABOUT_THE_NOTE_ALONE:
            continue
        start = found.start("value")
        value = strip_spans(slice_spans(item.spans, start, len(plain_text(item.spans))))
        drafts.append(
            Draft(
                kind="definition",
                anchor=f"field:{normalize_term(found['label'])}",
                front=with_source(text_spans(f"{found['label'].lower()}?"), doc.source),
                back=(value,),
                back_style="text",
                source=doc.source,
                section=(),
                path=str(doc.note.path),
                line=item.line,
            )
        )
    lines = {item.line for item in lists[0].children}
    consumed = {s.key for s in sentences if s.block_key[0] == 0 and s.line in lines}
    return drafts, consumed


def _named_by_unique_column(
    header: list[str], body: list[list[Inline]]
) -> tuple[list[str], list[list[Inline]]]:
    """A first column that repeats its values groups the rows ("explicit", "explicit",
    "implicit"): the rows are named by the second column when that one does not repeat
    ("episodic", "semantic", "procedural"), and the first is asked with the others."""
    first = [plain_text(cells[0]).strip().lower() for cells in body]
    second = [plain_text(cells[1]).strip().lower() for cells in body]
    if len(set(first)) == len(first) or len(set(second)) != len(second):
        return header, body
    order = [1, 0, *range(2, len(header))]
    return [header[i] for i in order], [[cells[i] for i in order] for cells in body]


def _row_draft(
    doc: Document, path: tuple[str, ...], line: int, header: list[str], cells: list[Inline]
) -> Draft:
    term = cells[0]
    # (a cell that holds only a dash or "n/a" says the column has nothing for this row)
    kept = [i for i in range(1, len(cells)) if not _PLACEHOLDER.fullmatch(plain_text(cells[i]))]
    if kept and len(kept) < len(cells) - 1:
        header = [header[0], *(header[i] for i in kept)]
        cells = [term, *(cells[i] for i in kept)]
    asked = ", ".join(h.rstrip("?") for h in header[1:] if h.rstrip("?")) or "what"
    named = term
    if _VALUE.match(plain_text(term)) and header[0]:
        # "> 1" says nothing without its column: "value of |E_d| > 1 — demand is?"
        named = join(text_spans(f"{header[0]} "), term)
    front = with_source(join(named, text_spans(f" — {asked}?")), doc.source)
    if len(cells) == 2:
        back: tuple[Inline, ...] = (cells[1],)
        style: BackStyle = "text"
    else:
        back = tuple(cells[1:])  # in the order the front names the columns
        style = "ordered"
    return Draft(
        kind="definition",
        anchor=f"table:{'/'.join(path)}:{normalize_term(plain_text(term))}",
        front=front,
        back=back,
        back_style=style,
        source=doc.source,
        section=path,
        path=str(doc.note.path),
        line=line,
        term=term if len(cells) == 2 else (),
    )
