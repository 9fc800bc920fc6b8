"""Extract stage: run the card extractors over a document, in order, each one job.

An extractor is `(document, sentences, used sentence keys) -> (drafts, keys it consumed)`;
a sentence that one extractor turned into a card is not offered to the later ones, so a
definition is not also asked as a claim.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

from flashgen.extract.attribution import name_the_author, section_source, with_named_ideas
from flashgen.extract.claims import claim_drafts
from flashgen.extract.concepts import concept_drafts
from flashgen.extract.definitions import definition_drafts
from flashgen.extract.enumerations import enumeration_drafts
from flashgen.extract.explicit import explicit_drafts
from flashgen.extract.formulas import formula_drafts
from flashgen.extract.meta import meta_drafts
from flashgen.extract.questions import question_drafts
from flashgen.extract.sentences import Sentence, sentences
from flashgen.extract.tables import table_drafts
from flashgen.model import Document, Draft, Span

Extractor = Callable[[Document, list[Sentence], set], tuple[list[Draft], set]]

EXTRACTORS: tuple[Extractor, ...] = (
    explicit_drafts,
    meta_drafts,
    enumeration_drafts,
    table_drafts,
    formula_drafts,
    question_drafts,
    definition_drafts,
    concept_drafts,
    claim_drafts,
)


def extract(doc: Document) -> list[Draft]:
    """Every draft card the extractors find in one document, in a stable order."""
    found = sentences(
        doc,
        lambda spans, before, path: with_named_ideas(
            name_the_author(spans, section_source(doc.source, path), before)
        ),
    )
    used: set = set()
    drafts: list[Draft] = []
    explicit_only = doc.note.switch == "explicit-only"
    for extractor in (explicit_drafts,) if explicit_only else EXTRACTORS:
        made, consumed = extractor(doc, found, used)
        drafts.extend(made)
        used |= consumed
    drafts = with_figures(doc, drafts)
    return sorted(drafts, key=lambda draft: draft.line)  # note order; stable within a line


def with_figures(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """A paragraph holding only embeds (`![[figure.png]]`) illustrates the block above it:
    the cards made from that block show the images with their answer."""
    spans_below: list[tuple[int, int, tuple[Span, ...]]] = []
    for section in doc.sections:
        for above, below in itertools.pairwise(section.blocks):
            embeds = tuple(s for s in below.spans if s.kind == "embed")
            only_embeds = all(s.kind == "embed" or not s.text.strip() for s in below.spans)
            if below.kind == "paragraph" and embeds and only_embeds:
                spans_below.append((above.line, below.line, embeds))
    if not spans_below:
        return drafts
    placed = []
    for draft in drafts:
        figures = tuple(
            f for start, end, found in spans_below if start <= draft.line < end for f in found
        )
        placed.append(replace(draft, figures=figures) if figures else draft)
    return placed
