"""Reversed cards: a definition also asked the other way round, its meaning → its term.

Each reverse is a note of its own (anchor `reverse:<the definition's anchor>`), not a
second card of the definition's note: Anki's importer, with its default options, does not
update a note type that gains a template (it makes a copy, `flashgen basic+`, and leaves
the notes as they were; measured with Anki 26.9.3), so turning reverses on for a vault
already in Anki would not reach it. As notes of their own they are added beside the
definitions, whose cards and reviews stay as they were; turned off, they are orphaned
like any card no longer made (deleted by `flashgen sync`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from flashgen.extract.attribution import according_to, source_in_brackets
from flashgen.extract.definitions import strip_end
from flashgen.extract.sentences import join, text_spans
from flashgen.model import Draft

REVERSIBLE = frozenset({"definition", "concept"})
REVERSED_TAG = "flashgen::reversed"
# The front-matter key that turns reverses on or off for one note, over the vault's setting.
NOTE_KEY = "flashgen-reverse"
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


def reverses(meta: Mapping[str, Any], vault_default: bool) -> bool:
    """Whether a note's definitions are also asked the other way round: its front matter's
    `flashgen-reverse`, else the vault's `reverse` setting."""
    value = str(meta.get(NOTE_KEY, "")).strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return vault_default


def with_reverses(drafts: Iterable[Draft]) -> list[Draft]:
    """The drafts, each definition followed by its reverse."""
    result: list[Draft] = []
    for draft in drafts:
        result.append(draft)
        reverse = reverse_of(draft)
        if reverse is not None:
            result.append(reverse)
    return result


def reverse_of(draft: Draft) -> Draft | None:
    """The definition's meaning → its term; None for a draft that is not one term and one
    meaning (a table row of several columns, a definition asked as a list)."""
    if (
        draft.kind not in REVERSIBLE
        or not draft.term
        or len(draft.back) != 1
        or draft.back_style != "text"
        or draft.is_cloze
    ):
        return None
    meaning = strip_end(draft.back[0])
    if draft.source.language != "en":  # no English words around a note of another language
        front = join(meaning, source_in_brackets(draft.source))
    else:
        # The meaning first, whatever its grammar (a noun phrase, or what a thing does).
        front = join(
            text_spans("“"),
            meaning,
            text_spans("”: which term, "),
            according_to(draft.source),
            text_spans("?"),
        )
    return replace(
        draft,
        anchor=f"reverse:{draft.anchor}",
        front=front,
        back=(draft.term,),
        tags=(*draft.tags, REVERSED_TAG),
        term=(),
    )
