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
    if _title_names_author(source.title, source.author, source.author_short):
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


_PARTICLES = frozenset("de la del da di do dos das van von der le du".split())


def _title_names_author(title: str, author: str, short: str) -> bool:
    """Whether the title names the author by their short name, and not someone else who
    shares it ("*Respuesta a Sor Filotea de la Cruz*" by Sor Juana Inés de la Cruz names
    Filotea: the capitalised name before "de la Cruz" is not one of hers)."""
    words = title.split()
    lowered = [w.strip(".,:;!?()«»\"'").lower() for w in words]
    if not short or short.lower() not in lowered:
        return False
    at = lowered.index(short.lower())
    before = at - 1
    while before >= 0 and lowered[before] in _PARTICLES:
        before -= 1
    given = words[before].strip(".,:;") if before >= 0 else ""
    own = {w.lower() for w in author.split()}
    return not (given[:1].isupper() and given.lower() not in own and before < at - 1)
