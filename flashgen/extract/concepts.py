"""Concept cards: how the author characterizes a named thing the note discusses.

"A characterizes X as Y", "As for X, A says that they Y", and "… [[X]] …, A asserts that
the latter is Y" (the latter being the last linked concept before it).
"""

from __future__ import annotations

import re

from flashgen.extract.attribution import according_to, does, sentence_draft, source_label
from flashgen.extract.definitions import strip_end
from flashgen.extract.sentences import (
    Sentence,
    join,
    positioned,
    slice_spans,
    strip_spans,
    text_spans,
)
from flashgen.extract.words import normalize_term
from flashgen.model import Document, Draft, Inline
from flashgen.parse.inline import plain_text

_WHO = r"(?P<who>[A-Z][\w.'’ -]{0,40}?)"
# ("… describes Eichmann not as a monster but as a bureaucrat …": the term is "Eichmann",
# and what he is described as, the whole contrast)
_CHARACTERIZES = re.compile(
    rf"^{_WHO} (?:characterizes|characterises|describes) (?P<term>[^,]{{3,60}}?)"
    r"(?: (?=not as )| as )(?P<def>.+)$"
)
_AS_FOR = re.compile(
    rf"^As (?:for|to) (?P<term>[^,]{{3,60}}), {_WHO} (?:says|argues|claims|writes|notes) "
    r"(?:that )?(?:they|it|he|she|these|this) (?P<def>.+)$"
)
_THE_LATTER = re.compile(r"\bthe latter (?P<verb>is|are|was|were) (?P<def>.+)$")
# Words one of the three patterns needs: a sentence without any (most) is not stripped and
# tried against them.
_CONCEPT_WORDS = re.compile(r" (?:characteri[sz]es|describes) |As |the latter ")


def concept_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    if doc.source.language != "en":
        return drafts, consumed
    for sentence in sentences:
        if sentence.key in used or not _CONCEPT_WORDS.search(plain_text(sentence.named)):
            continue
        spans = strip_end(sentence.named)
        plain = plain_text(spans)
        found = _CHARACTERIZES.match(plain) or _AS_FOR.match(plain)
        if found:
            term = strip_spans(slice_spans(spans, *found.span("term")))
            definition = strip_spans(slice_spans(spans, *found.span("def")))
            who = found.group("who")
            question = f"How {does(who)} {who} characterize {plain_text(term)} in "
            front = join(text_spans(question), source_label(doc.source), text_spans("?"))
        else:
            latter = _THE_LATTER.search(plain)
            term = _last_link_before(spans, latter.start()) if latter else ()
            if not latter or not term:
                continue
            definition = strip_spans(slice_spans(spans, latter.start("def"), len(plain)))
            verb = latter.group("verb")
            front = join(
                text_spans(f"What {verb} {_with_article(plain_text(term))}, "),
                according_to(doc.source),
                text_spans("?"),
            )
        term_key = normalize_term(plain_text(term))
        if not term_key or len(plain_text(definition).split()) < 3:
            continue
        consumed.add(sentence.key)
        drafts.append(
            sentence_draft(
                doc, sentence, "concept", f"concept:{term_key}", front, (definition,), term=term
            )
        )
    return drafts, consumed


def _last_link_before(spans: Inline, end: int) -> Inline:
    links = [
        span for begin, _, span in positioned(spans) if begin < end and span.kind == "wikilink"
    ]
    return tuple(links[-1:])


def _with_article(term: str) -> str:
    """A bare singular noun phrase reads as "a workers' party"; names keep no article."""
    if term[:1].isupper() or term.lower().startswith(("a ", "an ", "the ")) or term.endswith("s"):
        return term
    return ("an " if term[:1].lower() in "aeiou" else "a ") + term
