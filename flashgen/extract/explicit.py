"""Explicit cards the user wrote: `Question::Answer` (also Dataview's `Term:: definition`)
and `Question:::Answer`, which makes the reversed card too."""

from __future__ import annotations

from flashgen.extract.attribution import sentence_draft
from flashgen.extract.sentences import Sentence, slice_spans, strip_spans
from flashgen.extract.words import normalize_term
from flashgen.model import Document, Draft, Inline, Span
from flashgen.parse.document import plain_text

_SPACE = Span("text", " ")


def _separator(spans: Inline) -> int:
    """Plain-text position of the first `::` written as text (not inside code or math)."""
    position = 0
    for span in spans:
        if span.kind == "text" and "::" in span.text:
            return position + span.text.index("::")
        position += len(span.text) if span.kind != "embed" else 0
    return -1


def explicit_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    blocks: dict[tuple[int, int], list[Sentence]] = {}
    for sentence in sentences:
        blocks.setdefault(sentence.block_key, []).append(sentence)
    for block in blocks.values():
        sentence = block[0]
        spans: Inline = tuple(span for s in block for span in (*s.spans, _SPACE))
        plain = plain_text(spans)
        separator = _separator(spans)
        if separator <= 0:
            continue
        reversed_too = plain.startswith(":::", separator)
        width = 3 if reversed_too else 2
        question = strip_spans(slice_spans(spans, 0, separator))
        answer = strip_spans(slice_spans(spans, separator + width, len(plain)))
        if not question or not answer:
            continue
        consumed.update(s.key for s in block)
        pairs = [(question, answer)] + ([(answer, question)] if reversed_too else [])
        for index, (front, back) in enumerate(pairs):
            drafts.append(
                sentence_draft(
                    doc,
                    sentence,
                    "explicit",
                    f"explicit:{normalize_term(plain_text(question))}"
                    + (":reversed" if index else ""),
                    front,
                    (back,),
                    context=False,
                )
            )
    return drafts, consumed
