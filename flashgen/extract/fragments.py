"""Feature fragments: a list item that is a noun phrase and no clause, as lecture notes list
what marks their section's subject ("- Round arches throughout", "- Objects broken into
facets", "- Regime autoritário, corporativo e nacionalista"). No verb to read, so no claim;
yet what the item says of its head noun is what the lecture wants known. That is asked: the
words after the head noun, or, when only a word follows it, the words before it that qualify
it ("[Round] arches throughout"); the section and the list's lead on the front say what it
is a feature of.

Not a labelled line ("Capital: Cusco", `values`), a term and its gloss ("X — Y", "X → Y"),
a question, a list of phrases ("Brighter colours, simpler shapes"), nor an item that opens
with a verb (an instruction: "Use indicators …")."""

from __future__ import annotations

import re

from flashgen.extract.clauses import (
    ARTICLES,
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    word_classes,
)
from flashgen.extract.salience import is_trivial, long_words_shown
from flashgen.extract.sentences import Sentence

_FRAGMENT_WORDS = (3, 14)  # fewer says no feature; more is a sentence the verb was left out of
_MODIFIER_WORDS = 2  # "[Round] arches", "[Small, dark] windows": what qualifies a head noun
# What a gloss, a label, a formula or a question puts in a line: no fragment of a list.
_NOT_A_FRAGMENT = re.compile(r"[:=→?—–]|\s-\s|\d{3,4}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# The Romance languages' determiners, and the prepositions that join a noun to another
# ("Rupture durable entre …", "Crisi del Trecento"): a head noun is read past them.
_ROMANCE = frozenset(("fr", "es", "it", "pt"))
_ROMANCE_DETERMINERS = frozenset(
    "le la les l un une des el los las lo il gli i uno una os as o a um uma".split()
)


def feature_fragment(
    sentence: Sentence, text: str, language: str, title: str = ""
) -> tuple[int, int] | None:
    """Where in `text` (the item's plain text) what a noun-phrase list item says of its head
    noun is; or None when the item is no such fragment, or the front would show the answer's
    words (its own, its section's or the work's `title`)."""
    if not sentence.list_item or sentence.index or sentence.quotation is not None:
        return None
    return phrase_fragment(text, language, " ".join((*sentence.section, title)))


def phrase_fragment(text: str, language: str, shown: str = "") -> tuple[int, int] | None:
    """Where in `text`, a noun phrase and no clause, what it says of its head noun is; or
    None (and None when the words `shown` elsewhere on the front, or the phrase's own, give
    most of that away). Also what a timeline's line says after its date ("Aug 1791: slave
    uprising [in the Northern Plain, …]")."""
    if _NOT_A_FRAGMENT.search(text):
        return None
    stripped = text.rstrip(" .;")
    words = list(_WORD.finditer(stripped))
    if not _FRAGMENT_WORDS[0] <= len(words) <= _FRAGMENT_WORDS[1]:
        return None
    if len(stripped.split()) != len(words):
        return None  # (a name with digits, brackets, a symbol: no plain phrase)
    if language == "en":
        found = _english_fragment(stripped, words)
    elif language in _ROMANCE:
        found = _romance_fragment(stripped, words, language)
    else:
        return None
    if found is None:
        return None
    # ("moves carbon [from the slow cycle to the fast cycle]" under "The carbon cycle")
    front = " ".join((stripped[: found[0]], stripped[found[1] :], shown)).lower()
    answer = [w.lower() for w in _WORD.findall(stripped[found[0] : found[1]])]
    return None if long_words_shown(answer, front) else found


def _english_fragment(text: str, words: list[re.Match[str]]) -> tuple[int, int] | None:
    first = words[0].group().lower()
    if word_classes(first) == _VERB_ONLY and not first.endswith("ed"):
        return None  # ("Use indicators that pair …": an instruction)
    index = 1 if first in ARTICLES else 0
    head = index
    nouns = 0
    # (the head noun phrase: its adjectives and nouns, up to a preposition, an adverb, a
    # participle or a comma; "Muted palette", "Objects [broken into …]")
    while head < len(words):
        word = words[head].group().lower()
        classes = word_classes(word)
        if word in PREPOSITIONS or word in _JOINING or word.endswith("ly"):
            break
        if nouns and "NOUN" not in classes:
            break  # (after its noun, an adjective or a participle says what holds of it)
        if not classes & {"NOUN", "ADJ"} and not (head == index and word.endswith("ed")):
            break
        nouns += "NOUN" in classes
        head += 1
        if text[words[head - 1].end() : words[head - 1].end() + 1] == ",":
            return None  # ("Brighter colours, simpler shapes": phrases listed)
    if not nouns or first in PRONOUNS or first in _QUANTIFIERS:
        return None  # ("we imagine …", "each prefers …": a clause whose verb was not read)
    rest = words[head:]
    if rest and _clause_goes_on(text, rest):
        return None
    if len(rest) >= 2:
        at = rest[1] if rest[0].group().lower() == "of" else rest[0]
        start, end = at.start(), len(text)
        return None if is_trivial(text[start:end], "en") else (start, end)
    if (
        head - index >= 2
        and head - index - 1 <= _MODIFIER_WORDS
        and all("ADJ" in word_classes(w.group().lower()) for w in words[index : head - 1])
    ):
        # (what qualifies the noun is the feature, everyday word or not: "[Round] arches")
        return words[index].start(), words[head - 2].end()
    return None


def _clause_goes_on(text: str, rest: list[re.Match[str]]) -> bool:
    """Whether what follows the head noun phrase is a clause's verb or a second subject, not
    what a fragment says of its noun ("Britain [and France fought …]", "processing [is
    necessary …]", "Solesmes monks [restored the chant …]")."""
    word = rest[0].group().lower()
    if word in _AND_OR or word in AUXILIARIES:
        return True  # (not "to", "as", "than": a noun phrase goes on with them, "resistance to …")
    if len(rest) > 1 and rest[1].group().lower() in DETERMINERS:
        return "VERB" in word_classes(word)  # (a verb and its object: "restored the chant")
    return False


_QUANTIFIERS = frozenset("each every all both either neither some any most many few".split())
_VERB_ONLY = frozenset(("VERB",))
_AND_OR = frozenset(("and", "or", "but", "nor"))
_JOINING = _AND_OR | {"than", "as", "to"}


def _romance_fragment(
    text: str, words: list[re.Match[str]], language: str
) -> tuple[int, int] | None:
    index = 1 if words[0].group().lower() in _ROMANCE_DETERMINERS else 0
    if index >= len(words) - 2 or not words[index + 1].group()[:1].islower():
        return None
    start = words[index + 1].start()
    answer = text[start:]
    return None if is_trivial(answer, language) else (start, len(text))
