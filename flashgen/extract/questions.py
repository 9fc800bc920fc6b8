"""Questions the note asks and answers: a section whose heading asks a question ("## Why
did Rome expand?") is asked as that question, its answer what the section opens with (the
first sentences of its first paragraph, or its first list); and a paragraph that opens with
a question marked as one ("**Q: Why can't children learn by imitation?**", in bold or after
"Q:"), as an interview or a FAQ writes it, is asked as that question, its answer the
sentences after it (a speaker's label, "Chomsky:", "A:", left off). Those sentences make no
other card."""

from __future__ import annotations

import re
from collections.abc import Iterable

from flashgen.extract.attribution import sentence_draft, with_source
from flashgen.extract.sentences import Sentence, join, slice_spans, strip_spans, text_spans
from flashgen.extract.words import normalize_term
from flashgen.model import BackStyle, Block, Document, Draft, Inline, Section
from flashgen.parse.inline import plain_text

# "6. What then?" asks nothing a card could: a question heading has this many words or more.
MIN_QUESTION_WORDS = 3
# An answer longer than this is not one a learner can recall whole (a list's items are
# counted one by one, and a list has at most `MAX_ITEMS`).
MAX_ANSWER_WORDS = 40
MAX_ITEMS = 6
# Enough of a paragraph to answer: its first sentence, and the next while under this.
_ENOUGH_WORDS = 12

_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[IVX]+\.)\s*")


def question_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    by_block: dict[tuple[int, int], list[Sentence]] = {}
    for sentence in sentences:
        by_block.setdefault(sentence.block_key, []).append(sentence)
    for index, section in enumerate(doc.sections):
        question = _question(section, doc)
        opening = section.blocks[0] if section.blocks else None
        if not question or opening is None:
            continue
        if opening.kind == "paragraph":
            answer = _paragraph_answer(by_block.get((index, opening.line), []), used)
            if not answer:
                continue
            back: tuple[Inline, ...] = (join(*_spaced(s.named for s in answer)),)
            style: BackStyle = "text"
        elif opening.kind == "list":
            answer = _list_answer(opening, index, by_block, used)
            if not answer:
                continue
            back = tuple(strip_spans(item.spans) for item in opening.children)
            style = "ordered" if opening.info == "ordered" else "bullets"
        else:
            continue
        front = with_source(text_spans(question), doc.source)
        anchor = f"question:{'/'.join(section.path[:-1])}:{normalize_term(question)[:80]}"
        drafts.append(
            sentence_draft(doc, answer[0], "definition", anchor, front, back, style, False)
        )
        consumed.update(s.key for s in answer)
    for path, asked, answer in _asked_in_paragraphs(doc, by_block, used | consumed):
        front = with_source(text_spans(asked), doc.source)
        anchor = f"question:{'/'.join(path)}:{normalize_term(asked)[:80]}"
        back = (join(*_spaced([_unlabelled(answer[0].named), *(s.named for s in answer[1:])])),)
        drafts.append(sentence_draft(doc, answer[0], "definition", anchor, front, back))
        consumed.update(s.key for s in answer)
    return drafts, consumed


_QUESTION_LABEL = re.compile(r"(?:Q|Question)\s*[:.]\s*", re.I)
# Who answers, before the answer: "Chomsky: …", "A: …", "Answer: …".
_ANSWER_LABEL = re.compile(r"(?:A|Answer|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s*:\s+")


def _asked_in_paragraphs(
    doc: Document, by_block: dict[tuple[int, int], list[Sentence]], used: set
) -> Iterable[tuple[tuple[str, ...], str, list[Sentence]]]:
    """(section path, question, answer sentences) of each paragraph that opens with a
    question marked as one, bold or after "Q:", and answers it."""
    for index, section in enumerate(doc.sections):
        for block in section.blocks:
            found = by_block.get((index, block.line), []) if block.kind == "paragraph" else []
            if len(found) < 2 or found[0].key in used:
                continue
            question = plain_text(found[0].spans).strip()
            if not question.endswith("?"):  # (most paragraphs: asked first)
                continue
            labelled = _QUESTION_LABEL.match(question)
            bold = all("strong" in s.marks for s in found[0].spans if s.text.strip())
            if not (labelled or bold):
                continue
            asked = question[labelled.end() :] if labelled else question
            answer = _paragraph_answer(found[1:], used)
            if len(asked.split()) >= MIN_QUESTION_WORDS and answer:
                yield section.path, asked, answer


def _unlabelled(spans: Inline) -> Inline:
    """An answer without the label of who gives it ("Chomsky: Because …")."""
    spans = strip_spans(spans)
    label = _ANSWER_LABEL.match(plain_text(spans))
    return strip_spans(slice_spans(spans, label.end(), len(plain_text(spans)))) if label else spans


def _question(section: Section, doc: Document) -> str:
    """The section's heading when it asks a question of its own: not the note's title (a
    book called "What Is It Like to Be a Bat?"), not a bare "What then?"."""
    if not section.path or not section.title.rstrip().endswith("?"):
        return ""
    heading = _NUMBERING.sub("", section.title).strip()
    if len(heading.split()) < MIN_QUESTION_WORDS:
        return ""
    if normalize_term(heading) == normalize_term(doc.source.title):
        return ""
    return heading


def _paragraph_answer(found: list[Sentence], used: set) -> list[Sentence]:
    """The paragraph's first sentence, and the next while the answer is still short; none
    when one of them already made a card or the answer would be too long."""
    answer: list[Sentence] = []
    words = 0
    for sentence in found:
        if answer and words >= _ENOUGH_WORDS:
            break
        words += len(plain_text(sentence.spans).split())
        answer.append(sentence)
    if not answer or words > MAX_ANSWER_WORDS or any(s.key in used for s in answer):
        return []
    return answer


def _list_answer(
    listing: Block, index: int, by_block: dict[tuple[int, int], list[Sentence]], used: set
) -> list[Sentence]:
    """Every sentence of the list's items, when the list is short enough to recall whole and
    none of them already made a card."""
    items = [item for item in listing.children if item.spans]
    if not 2 <= len(items) <= MAX_ITEMS or len(items) != len(listing.children):
        return []
    answer = [s for item in items for s in by_block.get((index, item.line), [])]
    longest = max(len(plain_text(item.spans).split()) for item in items)
    if not answer or longest > MAX_ANSWER_WORDS or any(s.key in used for s in answer):
        return []
    return answer


def _spaced(parts: Iterable[Inline]) -> list[Inline]:
    """Sentences joined with a space between them."""
    joined: list[Inline] = []
    for part in parts:
        if joined:
            joined.append(text_spans(" "))
        joined.append(strip_spans(part))
    return joined
