"""Enumeration cards: an introduction that ends in a colon followed by a list or table
("Freeman lists seven principles …:" + 1–7), or a counted inline list ("one of three
states: A, B, C"). One card; its back is the list."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from flashgen.extract.attribution import name_the_author, sentence_draft, with_source
from flashgen.extract.definitions import strip_end
from flashgen.extract.sentences import (
    Sentence,
    join,
    slice_spans,
    split_sentences,
    strip_spans,
    text_spans,
)
from flashgen.extract.words import count_of, normalize_term, number_word, split_coordination
from flashgen.model import Block, Document, Draft, Inline, Span
from flashgen.parse.document import is_metadata, plain_text

# A list longer than this also gets a cloze per item (one card cannot hold seven answers).
ATOMIC_LIST_LIMIT = 5
_COUNTED = re.compile(r"\b(?P<count>\d+|[a-z]+)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+s)\b")


def _intro_pairs(blocks: tuple[Block, ...]) -> Iterator[tuple[Block, Block]]:
    """(introduction, list or table) pairs, at the top level and inside list items."""
    for first, second in itertools.pairwise(blocks):
        if first.kind == "paragraph" and second.kind in ("list", "table"):
            yield first, second
    for block in blocks:
        if block.kind == "list":
            for item in block.children:
                if item.children and item.children[0].kind == "list":
                    yield item, item.children[0]
                yield from _intro_pairs(item.children)


def _counted(text: str, wanted: int = 0) -> re.Match[str] | None:
    """The first "three (different) circumstances" in the text, a number word and a plural;
    with `wanted`, the first whose number is that."""
    for word in re.finditer(r"\b(?:\d+|[a-z]+)\b", text):
        count = count_of(word.group())
        if count and (not wanted or count == wanted):
            found = _COUNTED.match(text, word.start())
            if found:
                return found
    return None


def list_items(block: Block) -> list[Inline]:
    if block.kind == "list":
        return [item.spans for item in block.children if item.spans]
    rows = [row for row in block.children if row.kind == "row"]
    items = []
    for row in rows[1:]:  # the first row is the header
        cells = [cell.spans for cell in row.children if cell.spans]
        if cells:
            parts: list = []
            for index, cell in enumerate(cells):
                parts.append(cell if index == 0 else join(text_spans(" — "), cell))
            items.append(join(*parts))
    return items


def enumeration_drafts(
    doc: Document, sentences: list[Sentence], used: set
) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    if doc.source.language != "en":
        return drafts, consumed
    by_block = {(s.block_key[1], s.index): s for s in sentences}
    keys_by_block: dict[tuple[int, int], list] = {}
    for sentence in sentences:
        keys_by_block.setdefault(sentence.block_key, []).append(sentence.key)
    for section_index, section in enumerate(doc.sections):
        for intro, listing in _intro_pairs(section.blocks):
            if is_metadata(intro, in_preamble=not section.path):
                continue
            pieces = split_sentences(intro.spans)
            if not pieces or not plain_text(pieces[-1]).rstrip().endswith(":"):
                continue
            items = list_items(listing)
            if len(items) < 2:
                continue
            sentence = by_block.get((intro.line, len(pieces) - 1))
            if sentence is None or sentence.key in used:
                continue
            lead = strip_end(strip_spans(pieces[-1], " \t\n:"))
            whole = _draft(doc, sentence, lead, items, listing.info == "ordered")
            drafts.append(whole)
            if len(items) > ATOMIC_LIST_LIMIT:
                drafts.append(_one_by_one(doc, sentence, whole, lead, items))
            consumed.add(sentence.key)
            for item in listing.children:
                consumed.update(keys_by_block.get((section_index, item.line), ()))
    for sentence in sentences:
        if sentence.key in used or sentence.key in consumed:
            continue
        plain = plain_text(sentence.spans)
        colon = plain.find(": ")
        if colon <= 0:
            continue
        items = split_coordination(strip_end(slice_spans(sentence.spans, colon + 2, len(plain))))
        if _counted(plain[:colon], len(items)) is None:
            continue
        lead = strip_spans(slice_spans(sentence.spans, 0, colon))
        drafts.append(_draft(doc, sentence, lead, items, False))
        consumed.add(sentence.key)
    return drafts, consumed


def _one_by_one(
    doc: Document, sentence: Sentence, whole: Draft, lead: Inline, items: list[Inline]
) -> Draft:
    """A long list also as one cloze note with a deletion per item: Anki makes one card per
    item, each showing the others, so that every answer stays small."""
    lines: list[Span] = [*with_source(name_the_author(lead, doc.source), doc.source)]
    lines.append(Span("text", ":"))
    for number, item in enumerate(items, 1):
        lines += [Span("break", "\n"), Span("text", f"{number}. ")]
        lines += [Span(s.kind, s.text, s.target, s.marks | {"cloze", f"c{number}"}) for s in item]
    return sentence_draft(
        doc, sentence, "enumeration", whole.anchor + ":one-by-one", tuple(lines), ()
    )


def _draft(
    doc: Document,
    sentence: Sentence,
    lead: Inline,
    items: list[Inline],
    ordered: bool,
) -> Draft:
    lead = name_the_author(lead, doc.source)
    counted = _counted(plain_text(lead), len(items))
    noun = normalize_term(counted.group("noun")) if counted else "items"
    front = join(
        with_source(lead, doc.source),
        text_spans(". Name both." if len(items) == 2 else f". Name all {number_word(len(items))}."),
    )
    return sentence_draft(
        doc,
        sentence,
        "enumeration",
        f"enumeration:{'/'.join(sentence.section)}:{noun}",
        front,
        tuple(items),
        back_style="ordered" if ordered else "bullets",
    )
