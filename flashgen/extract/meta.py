"""Meta cards: who wrote the work, from front matter or the note's `AUTHOR` line."""

from __future__ import annotations

from flashgen.extract.attribution import source_label
from flashgen.extract.sentences import Sentence, join, text_spans
from flashgen.model import Document, Draft

# "Who wrote *Title*?" in the languages whose notes we read: (before, after) the title.
WHO_WROTE = {
    "en": ("Who wrote ", "?"),
    "fr": ("Qui a écrit ", " ?"),
    "de": ("Wer hat ", " geschrieben?"),
    "es": ("¿Quién escribió ", "?"),
    "it": ("Chi ha scritto ", "?"),
    "pt": ("Quem escreveu ", "?"),
}


def meta_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    source = doc.source
    if not source.author or not source.title or source.language not in WHO_WROTE:
        return [], set()
    if source.author_short and source.author_short.lower() in source.title.lower().split():
        return [], set()  # ("Who wrote *Chomsky on language acquisition*?" says who)
    before, after = WHO_WROTE[source.language]
    front = join(text_spans(before), source_label(source), text_spans(after))
    draft = Draft(
        kind="meta",
        anchor="meta:author",
        front=front,
        back=(text_spans(source.author),),
        source=source,
        section=(),
        path=str(doc.note.path),
        line=1,
    )
    return [draft], set()
