"""Cards the user wrote, honoured as written (the syntax of peer tools):

- `Question::Answer` (also Dataview's `Term:: definition`); `Question:::Answer` adds the
  reversed card.
- A question, a line holding only `?`, then the answer (`??` adds the reversed card).
- Anki clozes `{{c1::answer}}` and `{{c1::answer::hint}}`.
- `==highlights==` in a paragraph or item tagged `#cloze` (or in any paragraph of a note
  whose front matter says `flashgen: cloze`): each highlight is its own deletion.
- A definition list (`Term` / `: definition`): one card per term, asking the definition's
  first sentence (what follows it is read as the author's claims).

These make cards in any language, and also inside the reader's callouts, since the
reader wrote them as cards.
"""

from __future__ import annotations

import re

from flashgen.extract.attribution import source_in_brackets
from flashgen.extract.sentences import (
    join,
    positioned,
    slice_spans,
    split_sentences,
    strip_spans,
    written_blocks,
)
from flashgen.extract.words import normalize_term
from flashgen.model import Block, CardKind, Document, Draft, Inline, Span
from flashgen.parse.inline import merge_text, plain_text

CLOZE_TAG = "cloze"
_ANKI_CLOZE = re.compile(r"\{\{c(\d+)::(.+?)(?:::([^}]*))?\}\}", re.S)
_SEPARATOR_LINE = re.compile(r"(?m)^[ \t]*(\?\??)[ \t]*$")


def _draft(
    doc: Document,
    section: tuple[str, ...],
    block: Block,
    anchor: str,
    front: Inline,
    back: Inline,
    kind: CardKind = "explicit",
    term: Inline = (),
) -> Draft:
    return Draft(
        kind=kind,
        anchor=anchor if kind != "explicit" else f"explicit:{anchor}",
        front=front,
        back=(back,) if back else (),
        source=doc.source,
        section=section,
        path=str(doc.note.path),
        line=block.line,
        term=term,
    )


def _text_position(spans: Inline, needle: str) -> int:
    """Plain-text position of the first `needle` written as text (not in code or math)."""
    for begin, _, span in positioned(spans):
        if span.kind == "text" and needle in span.text:
            return begin + span.text.index(needle)
    return -1


def _question_answer(spans: Inline) -> tuple[Inline, Inline, bool] | None:
    plain = plain_text(spans)
    separator = _SEPARATOR_LINE.search(plain)
    if separator:
        width, reverse = separator.span(), separator.group(1) == "??"
    else:
        at = _text_position(spans, "::")
        if at <= 0 or _ANKI_CLOZE.search(plain):
            return None
        reverse = plain.startswith(":::", at)
        width = (at, at + (3 if reverse else 2))
    question = strip_spans(slice_spans(spans, 0, width[0]))
    answer = strip_spans(slice_spans(spans, width[1], len(plain)))
    return (question, answer, reverse) if question and answer else None


def _anki_clozes(spans: Inline) -> Inline | None:
    """Spans with `{{cN::…::hint}}` written in text turned into marked deletions."""
    if not any(s.kind == "text" and _ANKI_CLOZE.search(s.text) for s in spans):
        return None
    marked: list[Span] = []
    for span in spans:
        if span.kind != "text":
            marked.append(span)
            continue
        position = 0
        for found in _ANKI_CLOZE.finditer(span.text):
            marked.append(Span("text", span.text[position : found.start()], marks=span.marks))
            marks = {"cloze", f"c{found.group(1)}"} | (
                {f"hint={found.group(3)}"} if found.group(3) else set()
            )
            marked.append(Span("text", found.group(2), marks=span.marks | marks))
            position = found.end()
        marked.append(Span("text", span.text[position:], marks=span.marks))
    return merge_text(marked)


def _highlight_clozes(spans: Inline, whole_note: bool) -> Inline | None:
    tagged = any(s.kind == "tag" and s.text.lower() == CLOZE_TAG for s in spans)
    if not (tagged or whole_note) or not any("mark" in s.marks for s in spans):
        return None
    marked: list[Span] = []
    number = 0
    previous_marked = False
    for span in spans:
        if span.kind == "tag" and span.text.lower() == CLOZE_TAG:
            continue
        is_marked = "mark" in span.marks
        if is_marked and not previous_marked:
            number += 1
        previous_marked = is_marked
        extra = {"cloze", f"c{number}"} if is_marked else set()
        marked.append(Span(span.kind, span.text, span.target, span.marks | extra))
    return strip_spans(merge_text(marked))


def _may_be_card(spans: Inline) -> bool:
    """Whether the block has what some card syntax needs: the `::` of `Q::A` and of a
    deletion `{{c1::…}}`, a `?` line between question and answer, or a highlight. Most
    blocks have none, and are not looked at three times over."""
    plain = plain_text(spans)
    return "::" in plain or "?" in plain or any("mark" in s.marks for s in spans)


def explicit_drafts(doc: Document, sentences: list, used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    cloze_note = doc.note.switch == CLOZE_TAG
    keys_by_line: dict[int, list] = {}
    for section, block in written_blocks(doc):
        if block.kind == "deflist":
            made, meanings = _definition_list(doc, section, block)
            drafts.extend(made)
            # (the sentences a definition card asks are no claims; the others are)
            consumed.update(s.key for s in sentences if (s.block_key[1], s.index) in meanings)
            continue
        spans = block.spans
        if not _may_be_card(spans):
            continue
        cloze = _anki_clozes(spans) or _highlight_clozes(spans, cloze_note)
        if cloze:
            anchor = "cloze:" + normalize_term(plain_text(cloze))[:80]
            front = join(cloze, source_in_brackets(doc.source))
            drafts.append(_draft(doc, section, block, anchor, front, ()))
        elif found := _question_answer(spans):
            question, answer, reverse = found
            anchor = normalize_term(plain_text(question))[:120]
            drafts.append(_draft(doc, section, block, anchor, question, answer))
            if reverse:
                drafts.append(_draft(doc, section, block, anchor + ":reversed", answer, question))
        else:
            continue
        if not keys_by_line:  # made for the first card: most notes have none
            for sentence in sentences:
                keys_by_line.setdefault(sentence.block_key[1], []).append(sentence.key)
        consumed.update(keys_by_line.get(block.line, ()))
    return drafts, consumed


_MEANING_WORDS = 4  # a first sentence this long says what the term means alone


def _definition_list(
    doc: Document, section: tuple[str, ...], block: Block
) -> tuple[list[Draft], set[tuple[int, int]]]:
    """`Term` / `: meaning` pairs: the front is the term and the work, in any language; and
    (block line, sentence index) of each sentence the cards ask. A meaning of more than one
    sentence is its first, and the sentences after it are claims of their own ("Survivorship
    curve: A graph of … . Type I curves (humans) show …")."""
    drafts = []
    asked: set[tuple[int, int]] = set()
    term: Block | None = None
    for child in block.children:
        if child.kind == "term":
            term = child
        elif child.kind == "definition" and term is not None and term.spans:
            paragraph = next((b for b in child.children if b.spans), None)
            if paragraph is None:
                continue
            meaning = paragraph.spans
            pieces = split_sentences(meaning)
            if len(pieces) > 1 and len(plain_text(pieces[0]).split()) >= _MEANING_WORDS:
                meaning = strip_spans(pieces[0])
                asked.add((paragraph.line, 0))
            else:
                asked.update((paragraph.line, index) for index in range(len(pieces)))
            anchor = "definition:" + normalize_term(plain_text(term.spans))
            front = join(term.spans, source_in_brackets(doc.source))
            drafts.append(
                _draft(doc, section, term, anchor, front, meaning, "definition", term.spans)
            )
    return drafts, asked
