"""Extract stage: run the card extractors over a document, in order, each one job.

An extractor is `(document, sentences, used sentence keys) -> (drafts, keys it consumed)`;
a sentence that one extractor turned into a card is not offered to the later ones, so a
definition is not also asked as a claim.
"""

from __future__ import annotations

from collections.abc import Callable

from flashgen.extract.claims import claim_drafts
from flashgen.extract.concepts import concept_drafts
from flashgen.extract.definitions import definition_drafts
from flashgen.extract.enumerations import enumeration_drafts
from flashgen.extract.explicit import explicit_drafts
from flashgen.extract.formulas import formula_drafts
from flashgen.extract.meta import meta_drafts
from flashgen.extract.sentences import Sentence, sentences
from flashgen.model import Document, Draft

Extractor = Callable[[Document, list[Sentence], set], tuple[list[Draft], set]]

EXTRACTORS: tuple[Extractor, ...] = (
    explicit_drafts,
    meta_drafts,
    enumeration_drafts,
    formula_drafts,
    definition_drafts,
    concept_drafts,
    claim_drafts,
)


def extract(doc: Document) -> list[Draft]:
    """Every draft card the extractors find in one document, in a stable order."""
    found = sentences(doc)
    used: set = set()
    drafts: list[Draft] = []
    explicit_only = str(doc.note.meta.get("flashgen", "")).strip().lower() == "explicit-only"
    for extractor in (explicit_drafts,) if explicit_only else EXTRACTORS:
        made, consumed = extractor(doc, found, used)
        drafts.extend(made)
        used |= consumed
    return sorted(drafts, key=lambda draft: draft.line)  # note order; stable within a line
