"""Labelled values: a list item that names a thing's attribute and gives its value, and
nothing more ("- Capital: Cusco", "- Lema: «Deus, Pátria, Família»", "- Output impedance:
zero"). No clause to read, so no claim, and too short a value to gloss a term; yet the value
is what the lecture wants known. The value is asked, the label and the section on the front.

Not the reader's or the book's bookkeeping ("Author: …", "Tags: …", "Example: …"), not a
timeline's date ("1839: …"), never a value long enough to say a claim of its own."""

from __future__ import annotations

import re

from flashgen.extract.definitions import LABELS
from flashgen.extract.sentences import Sentence
from flashgen.extract.words import DATE

# Labels that file the note or the reading, in the languages notes are kept in: what they
# give is no fact of the work ("Author: Ruth Benedict", "Pages: 320", "Fuente: …").
_FILING = frozenset(
    "author authors by writer editor editors translator translation year published "
    "publisher publication pages isbn doi edition title subtitle genre type format language "
    "series rating status started finished read tags tag topics keywords category "
    "categories link links url citation course lecturer professor prof instructor teacher tutor "
    "ta slides reading readings homework due deadline week session room time related up next "
    "previous prev aliases alias "
    "autor autora autores auteur auteurs autore autori verfasser herausgeber año année anno "
    "jahr ano fecha data datum fuente fuentes quelle quellen fonte fonti etiquetas titre titolo "
    "titel título curso cours corso kurs professeur profesor professore profesora dozent "
    "ejemplo ejemplos nota notas remarque anmerkung lectura lecture lettura leitura".split()
)
_NO_VALUE_LABELS = LABELS | _FILING  # (and the labels no term is glossed after)
# "Label: value", the label a few words (and an abbreviation after it: "Partido único
# (PU)"), the value a few more.
_LABELLED = re.compile(
    r"(?P<label>[^\W\d_][^:()]{0,40}?)(?:\s+\([^()]{1,20}\))?\s*:\s+(?P<value>\S.*?)[\s.;]*"
)
_LABEL_WORDS = 4
_VALUE_WORDS = 8
# A reference, not a value: "p. 42", "ch. 3", "slides 1–22".
_REFERENCE = re.compile(r"(?:pp?|ch|chap|slides?|§)\.?\s*\d", re.I)


def labelled_value(sentence: Sentence, text: str) -> tuple[int, int] | None:
    """Where in `text` (the sentence's plain text) the value of a `Label: value` list item
    is, when the item is only that."""
    if not sentence.list_item or sentence.index or sentence.quotation is not None:
        return None
    found = _LABELLED.fullmatch(text)
    if found is None:
        return None
    label = found["label"].strip().lower()
    words = label.split()
    if not words or len(words) > _LABEL_WORDS or DATE.fullmatch(found["label"].strip()):
        return None
    if label in _NO_VALUE_LABELS or words[0] in _NO_VALUE_LABELS or words[-1] in _NO_VALUE_LABELS:
        return None
    value = found["value"]
    if not 1 <= len(value.split()) <= _VALUE_WORDS or value.endswith("?"):
        return None
    if _REFERENCE.match(value):
        return None
    return found.span("value")
