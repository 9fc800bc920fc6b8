"""Meta cards: who wrote the work, from front matter or the note's `AUTHOR` line."""

from __future__ import annotations

from flashgen.extract.attribution import source_label
from flashgen.extract.sentences import Sentence, join, text_spans
from flashgen.model import Document, Draft


def meta_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    source = doc.source
    if not source.author or not source.title or source.language != "en":
        return [], set()
    front = join(text_spans("Who wrote "), source_label(source), text_spans("?"))
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
