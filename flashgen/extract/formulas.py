"""Formula cards: a sentence that introduces a displayed formula ("Shannon proposes the
entropy … as" + `$$H = …$$`) asks for the formula."""

from __future__ import annotations

import itertools

from flashgen.extract.attribution import name_the_author, with_source
from flashgen.extract.definitions import strip_end
from flashgen.extract.sentences import Sentence, join, split_sentences, strip_spans, text_spans
from flashgen.extract.words import normalize_term
from flashgen.model import Document, Draft, Span
from flashgen.parse.document import plain_text


def formula_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    by_block = {(s.block_key[0], s.line, s.index): s for s in sentences}
    for section_index, section in enumerate(doc.sections):
        for intro, formula in itertools.pairwise(section.blocks):
            if intro.kind != "paragraph" or formula.kind != "math" or not formula.text.strip():
                continue
            pieces = split_sentences(intro.spans)
            sentence = by_block.get((section_index, intro.line, len(pieces) - 1))
            if sentence is None or sentence.key in used:
                continue
            lead = strip_end(strip_spans(name_the_author(sentence.spans, doc.source), " \t\n:"))
            front = join(with_source(lead, doc.source), text_spans(" … (which formula?)"))
            anchor_words = normalize_term(plain_text(lead))[:80]
            drafts.append(
                Draft(
                    kind="definition",
                    anchor=f"formula:{'/'.join(section.path)}:{anchor_words}",
                    front=front,
                    back=((Span("math", formula.text.strip(), marks=frozenset({"display"})),),),
                    source=doc.source,
                    section=section.path,
                    path=str(doc.note.path),
                    line=sentence.line,
                )
            )
            consumed.add(sentence.key)
    return drafts, consumed
