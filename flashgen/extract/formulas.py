"""Formula and code cards: a sentence that introduces a displayed formula ("Shannon proposes
the entropy … as" + `$$H = …$$`), or a code block after a sentence ending in a colon, asks
for the formula or the code."""

from __future__ import annotations

import itertools

from flashgen.extract.attribution import sentence_draft, with_source
from flashgen.extract.definitions import strip_end
from flashgen.extract.sentences import Sentence, join, strip_spans, text_spans
from flashgen.extract.topics import with_topic
from flashgen.extract.words import normalize_term
from flashgen.model import Block, Document, Draft, Span
from flashgen.parse.inline import plain_text

# Code blocks that are queries or diagrams for Obsidian plug-ins, not code to learn.
PLUGIN_BLOCKS = frozenset({"dataview", "dataviewjs", "mermaid", "query", "tasks", "chart"})


def _display(intro: Sentence, block: Block) -> tuple[str, Span] | None:
    """What the card asks for: a formula after any introduction, code after a colon."""
    if block.kind == "math" and block.text.strip() and _introduces(intro):
        return "formula", Span("math", block.text.strip(), marks=frozenset({"display"}))
    introduced = plain_text(intro.spans).rstrip().endswith(":")
    if block.kind == "code" and introduced:
        language = (block.info.split() or [""])[0].lower()
        if language not in PLUGIN_BLOCKS and block.text.strip():
            return "code", Span("code", block.text.rstrip("\n"), language, frozenset({"block"}))
    return None


# How a sentence that introduces a formula ends: "… defines the entropy as", "… is:", "=".
_INTRODUCING = (":", " as", " is", " are", " by", " be", "=", " equals", " gives", " where")


def _introduces(intro: Sentence) -> bool:
    """Whether the sentence leads into the formula below it, rather than making a claim of
    its own that a formula happens to follow (that one stays a claim)."""
    text = plain_text(intro.spans).rstrip(" .,")
    return text.endswith(_INTRODUCING) or len(text.split()) <= 12


def formula_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    # A paragraph's last sentence introduces what follows it (sentences are in order).
    last = {(s.block_key[0], s.line): s for s in sentences}
    for section_index, section in enumerate(doc.sections):
        for intro, block in itertools.pairwise(section.blocks):
            if intro.kind != "paragraph" or block.kind not in ("math", "code"):
                continue  # only a formula or code is asked for
            sentence = last.get((section_index, intro.line))
            shown = _display(sentence, block) if sentence and sentence.key not in used else None
            if sentence is None or shown is None:
                continue
            what, answer = shown
            lead = strip_end(strip_spans(sentence.named, " \t\n:"))
            question = f" … (which {what}?)" if doc.source.language == "en" else " …"
            front = join(with_source(lead, doc.source), text_spans(question))
            front = with_topic(front, section.path, doc)
            anchor = f"{what}:{'/'.join(section.path)}:{normalize_term(plain_text(lead))[:80]}"
            card = sentence_draft(
                doc, sentence, "definition", anchor, front, ((answer,),), context=False
            )
            drafts.append(card)
            consumed.add(sentence.key)
    return drafts, consumed
