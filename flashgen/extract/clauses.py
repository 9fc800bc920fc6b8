"""Where an English claim's topic ends and its point begins: the main clause, its subject and
its finite verb, read from word classes (lemminflect's lexicon) and function words.

A light reading, not a parser: it looks for the first finite verb after a subject, skipping a
leading adverbial ("In practice, …", "Since X, …"), what stands in brackets or quotes, and
the verb of a relative clause inside the subject ("those who heed them have …").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas

from flashgen.model import quickly_made

_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d+(?:[.,]\d+)*|[^\w\s]")

AUXILIARIES = frozenset(
    "is are was were be been being am has have had do does did can could will would shall "
    "should may might must ought cannot can't won't doesn't don't didn't isn't aren't wasn't "
    "weren't hasn't haven't hadn't couldn't wouldn't shouldn't mustn't needn't".split()
)
_NEGATIVE = re.compile(r"n['’]t$|^cannot$|^not$|^never$")
COPULAS = frozenset("is are was were remains remained".split())
ARTICLES = frozenset(("a", "an", "the"))
DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some any each every no "
    "all both many few several such another other".split()
)
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto over under about against between through "
    "during without within among towards toward upon across after before behind beyond like "
    "than via per around along despite".split()
)
SUBORDINATORS = frozenset(
    "if when whenever because since although though while after before as once unless until "
    "whereas given whether seeing".split()
)
_OPENERS = frozenset(
    "first second third finally however moreover thus so instead then also yet still "
    "furthermore hence therefore indeed later today".split()
)
_RELATIVES = frozenset("who which whose whom whichever whatever whoever wherever".split())
_WHERE = frozenset(("where", "wherever"))
PRONOUNS = frozenset("he she they it we you i one".split())
DEICTIC = frozenset("this that these those it they".split())


# Prefixes that make new words of known ones ("retransmits", "underfunds"): a word the
# lexicon lacks is read as the word after its prefix, if the lexicon has that one.
_PREFIXES = ("re", "un", "over", "under", "out", "co", "pre", "mis", "dis", "de")
_SHORTEST_STEM = 4


@lru_cache(maxsize=65536)
def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's lemmas of a lower-case word, by class; for a word it lacks, those of
    the word after a prefix ("retransmits" → "transmits": VERB "retransmit")."""
    found = getAllLemmas(lower)
    if found:
        return found
    for prefix in _PREFIXES:
        stem = lower[len(prefix) :]
        if lower.startswith(prefix) and len(stem) >= _SHORTEST_STEM and stem[0] != "-":
            of_stem = getAllLemmas(stem)
            if of_stem:
                return {
                    kind: tuple(prefix + lemma for lemma in lemmas)
                    for kind, lemmas in of_stem.items()
                }
    return {}


def in_lexicon(word: str) -> bool:
    """Whether the lexicon holds a lower-case word (or it after a prefix): a word of the
    language, not a name or a rare term."""
    return bool(_lemmas(word))


@lru_cache(maxsize=65536)
def word_classes(word: str) -> frozenset[str]:
    """The classes the lexicon gives a word (VERB, NOUN, ADJ, AUX, …); an unknown word is a
    name or a term, so a noun."""
    classes = frozenset(_lemmas(word.lower()))
    return classes or frozenset({"NOUN"})


@lru_cache(maxsize=65536)
def _finite_verb(word: str, after_plural: bool) -> bool:
    """Whether `word` can be the finite verb of a clause: an auxiliary, a verb in -s or -ed,
    or (after a plural subject or a pronoun) a verb that is nothing else."""
    lower = word.lower()
    if lower in AUXILIARIES:
        return True
    if not word[:1].islower():
        return False
    lemmas = _lemmas(lower)
    verb = lemmas.get("VERB")
    if not verb:
        return False
    if lower.endswith("s") and verb[0] != lower:
        return "ADJ" not in lemmas
    if lower.endswith("ed"):
        return "ADJ" not in lemmas
    if verb[0] != lower and lower in _past_tense(verb[0]):
        return True  # an irregular past: "grew", "came", "thought", "began"
    return after_plural and lemmas.keys() <= {"VERB", "AUX"}


# Whether a word can be a finite verb after a plural subject (then it can be one at all).
_MAY_BE_VERB: dict[str, bool] = {}


def verb_lemmas(word: str) -> tuple[str, ...]:
    """The plain forms of a verb the lexicon gives a word ("stood" → "stand"); none for a
    word that is no verb."""
    return _lemmas(word.lower()).get("VERB", ())


def is_plain_verb(word: str) -> bool:
    """A verb in its plain form, as an imperative or an infinitive has it: "keep", "write"."""
    return word[:1].islower() and word in _lemmas(word).get("VERB", ())


@lru_cache(maxsize=8192)
def is_participle(word: str) -> bool:
    """A past participle: "resented", "created", "taken", "done" (not "coin", "world")."""
    if word.endswith("ed"):
        return True
    lemma = _lemmas(word).get("VERB")
    return bool(lemma) and lemma[0] != word and not word.endswith(("s", "ing"))


# Participles spelled as their verb's base form, which the lexicon gives as no participle
# ("run by", "built in", "is often read as").
_PARTICIPLES_AS_BASE = frozenset("run set put cut spread cast shut read".split())


def reads_as_participle(word: str) -> bool:
    """A past participle (`is_participle`), or one spelled as its verb's base form, where
    the sentence has made it one (after "is", after a comma before a preposition)."""
    return is_participle(word) or word in _PARTICIPLES_AS_BASE


def is_simple_past(word: str) -> bool:
    """A verb in the simple past as a bullet or a gloss opens with it ("arrived", "wrote",
    "made"): a form in -ed, or a common irregular past, that the lexicon gives as a
    participle's form (the inflection table is not loaded for it)."""
    return (word.endswith("ed") or word in _IRREGULAR_PASTS) and is_participle(word)


# Common irregular pasts ("Became …", "Wrote about 500 concertos"); one spelled as its
# present ("spread") is no participle's form and is left out.
_IRREGULAR_PASTS = frozenset(
    "became began wrote made built taught led won lost fought took gave found held brought "
    "sent kept left went came grew fell rose ran spent sold paid told fled sought bought "
    "struck broke drew threw chose spoke stole froze rode drove wore tore swore shook woke knew "
    "flew overthrew withdrew undertook forbade forgave foresaw upheld withheld laid said met "
    "caught thought sank sang swam stood understood dealt felt meant hung".split()
)
# … and of them those that are their participles too ("built by", "made by", "held by").
_SAME_FORM_PARTICIPLES = frozenset(
    "made built taught led won lost fought held brought sent kept left spent sold paid told "
    "sought bought laid said caught thought understood dealt felt meant hung found".split()
)


@lru_cache(maxsize=8192)
def _past_tense(lemma: str) -> tuple[str, ...]:
    return getAllInflections(lemma, upos="VERB").get("VBD", ())


@lru_cache(maxsize=65536)
def is_plural_noun(word: str, known: bool = False) -> bool:
    """A noun in the plural: "principles", "criteria", "phenomena", "people"; a word the
    lexicon does not hold is one when it ends in -s, unless it must be `known`."""
    lower = word.lower()
    nouns = getAllLemmas(lower, upos="NOUN").get("NOUN", ())
    if not nouns:
        return not known and lower.endswith("s") and not lower.endswith("ss")
    if lower in ("people", "data"):
        return True
    if lower in nouns and lower[-1] not in "sai":
        return False  # (its own lemma as well as another's: "real", whose other is "rial")
    return any(lemma != lower for lemma in nouns)


# A front with no context, as the shared scorer reads one: a pronoun subject pointing back
# ("that this has …", "…; it is …"), "all of them", "the latter". Searched on every card:
# the places a pointing pronoun can stand (the start, after ", ", ": ", "; " or "that ")
# are found first, by what is rare in a text (punctuation, "that"), then asked for one.
_PRONOUN_VERB = re.compile(
    r"(?:this|it|these|those|they)\s+(?:is|are|was|were|has|have|had|means|meant|would|will)\b",
    re.I,
)
_AFTER_PUNCTUATION = re.compile(r"[:;,]\s")
_THAT = re.compile(r"that\s", re.I)
_QUANTIFIED = re.compile(r"\b(?:all|both|each|none) of them\b|\bthe (?:latter|former)\b", re.I)


def leans_back(text: str) -> re.Match[str] | None:
    """The words of `text` that lean on an earlier sentence, if any (a property test holds
    it to the shared scorer's pattern)."""
    found = _PRONOUN_VERB.match(text)
    if found is not None:
        return found
    for place in _AFTER_PUNCTUATION.finditer(text):
        found = _PRONOUN_VERB.match(text, place.end())
        if found is not None:
            return found
    lower = text.lower()
    at = lower.find("that")
    while at >= 0:
        if (at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "_")) and _THAT.match(
            text, at
        ):
            found = _PRONOUN_VERB.match(text, at + 5)
            if found is not None:
                return found
        at = lower.find("that", at + 4)
    if "them" in lower or "latter" in lower or "former" in lower:
        return _QUANTIFIED.search(text)
    return None


_PRE_VERB_ADVERBS = frozenset(
    "never not always also often only simply still already usually largely rarely seldom "
    "thereby thus merely generally typically actually really therefore consequently "
    "accordingly".split()
)


def _before_verb(word: str) -> bool:
    """An adverb that stands before a verb and belongs to it ("never", "totally")."""
    return word in _PRE_VERB_ADVERBS or (word.endswith("ly") and "ADV" in word_classes(word))


@quickly_made
@dataclass(frozen=True, slots=True)
class Clause:
    """Positions in a sentence's text: where the main clause starts, where its finite verb
    starts and ends (auxiliaries after it included: "has been", "would simply"), and whether
    the verb is negative ("doesn't", "cannot", "never")."""

    start: int
    verb_start: int
    verb_end: int
    negative: bool
    subject: str


# A clause is read from its first words: the first this many tokens hold its verb (or it is
# not read at all), unless brackets or quotes hide words among them (then all are taken).
_FIRST_TOKENS = 48


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    tokens = list(itertools.islice(_WORD.finditer(text, start, end), _FIRST_TOKENS))
    if len(tokens) == _FIRST_TOKENS and re.search(r"[\"“”(\[]", text[start:end]):
        return list(_WORD.finditer(text, start, end))
    return tokens


# A subordinate clause longer than this is not one: its comma is further on. A phrase that
# opens with a preposition or an adverb is an adverbial only when short ("In practice,",
# "To Draper,"); a longer one is often the clause itself ("On the WMT task the model …").
# "Instead of asking whether X, he …", "Rather than fixing defects, …": a phrase around a
# gerund, as long as a subordinate clause can be.
_INSTEAD_OF_DOING = re.compile(
    r"(?i:instead\s+of|rather\s+than|apart\s+from|besides|in\s+addition\s+to)\s+[a-z]+ing\s"
)
# A conjunction of several words that opens a clause of time or condition ("By the time we
# come to choose, …", "As soon as …", "Now that …").
_COMPOUND_SUBORDINATOR = re.compile(
    r"(?i:by\s+the\s+time|the\s+moment|every\s+time|each\s+time|as\s+soon\s+as|as\s+long\s+as"
    r"|so\s+long\s+as|now\s+that|in\s+case|even\s+though|even\s+if|given\s+that)\s"
)


_LEADING_WORDS = 22
_LEADING_PHRASE_WORDS = 6


def _purpose(text: str, after_to: int) -> bool:
    """Whether "To" opens an infinitive of purpose: "To show what happened …, Woolf …"."""
    verb = _WORD.match(text, after_to + 1)
    return verb is not None and is_plain_verb(verb.group())


def _participle_opening(word: str) -> bool:
    """A past participle that opens a sentence as a clause of its own ("Denied schooling
    and forced towards marriage, Judith …")."""
    return word.endswith("ed") and "VERB" in word_classes(word) and is_participle(word)


def _has_main_verb(phrase: str) -> bool:
    """Whether a phrase holds an auxiliary of its own, not of a relative clause inside it
    ("With logarithms to base 2 the unit is the bit" is a clause; "By mixing what is his
    own" is not)."""
    words = phrase.lower().split()
    return any(
        word in AUXILIARIES and (index == 0 or words[index - 1] not in _RELATIVE_OPENERS)
        for index, word in enumerate(words)
    )


_RELATIVE_OPENERS = frozenset(("what", "which", "who", "that"))


def _opens_noun_phrase(text: str) -> bool:
    """Whether `text` opens with a determiner or a subject pronoun."""
    first = _WORD.match(text)
    return first is not None and (
        first.group() in DETERMINERS or first.group() in ("I", "we", "they", "he", "she")
    )


def _may_open_subject(text: str) -> bool:
    """Whether `text` opens with a word a subject opens with: a name, a pronoun or a
    determiner ("Woolf invents …", "we must …", "the firm …")."""
    first = _WORD.match(text)
    return first is not None and (
        first.group()[:1].isupper() or first.group() in PRONOUNS or first.group() in DETERMINERS
    )


def main_clause_start(text: str, start: int) -> int:
    """Past a leading adverbial or subordinate clause ("In practice, …", "Since X, …",
    "First, …"): the position after its comma; otherwise `start`."""
    first = _WORD.match(text, start)
    if not first:
        return start
    lower = first.group().lower()
    capitalised = first.group()[:1].isupper()
    gerund = lower.endswith("ing") and capitalised
    participle = _participle_opening(lower)
    if (
        lower in SUBORDINATORS
        or (lower == "just" and text.startswith(" as ", first.end()))  # ("Just as X, …")
        # ("Where there is no common power, there is no law": a place's clause opening it)
        or (capitalised and lower in _WHERE)
        or gerund
        or (lower == "to" and _purpose(text, first.end()))
        or (capitalised and participle)
        or _INSTEAD_OF_DOING.match(text, start)
        or _COMPOUND_SUBORDINATOR.match(text, start)
    ):
        # "Since X, …", "Arguing that X, …", "To show X, …", "Denied schooling, Judith …"
        longest = _LEADING_WORDS
    elif (
        lower in PREPOSITIONS
        or lower in _OPENERS
        or (lower.endswith("ly") and text[first.end() : first.end() + 1] == ",")
    ):
        longest = _LEADING_PHRASE_WORDS
    else:
        return start
    depth = 0
    quoted = False
    relative = False  # a relative clause opened after a comma of the phrase
    for position in range(first.end(), len(text)):
        char = text[position]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in '"“”':
            quoted = not quoted if char == '"' else char == "“"
        elif (
            char == "," and not depth and (not quoted or text[position + 1 : position + 2] in '"”')
        ):
            # (a comma just inside a closing quote ends the phrase too: "…movement," Draper …)
            following = text[position + 1 :].lstrip(' \t"”')
            if (
                capitalised
                and following[: following.find(" ")].lower() in _RELATIVES
                and not _has_main_verb(text[start:position])
            ):
                # (a relative clause after its noun: "After the war, which …, the country
                # …": the phrase ends at the relative's comma, when a subject follows it;
                # "After X the officials at court, who despised …, stopped …" has none)
                relative = True
                continue
            if relative and not _may_open_subject(following):
                return start
            if len(text[start:position].split()) > longest:
                # (a longer phrase, when what follows opens a subject as only a subject
                # does: "Under a government which imprisons any unjustly, the true place …")
                if (
                    longest != _LEADING_PHRASE_WORDS
                    or not _opens_noun_phrase(following)
                    or _has_main_verb(text[start:position])
                ):
                    return start
                if len(text[start:position].split()) > _LEADING_WORDS:
                    return start
            if (lower == "to" or gerund or participle) and not _may_open_subject(following):
                return start  # ("To allow X …, indeed, even …, would result in …": its subject)
            after = len(text) - len(following)
            if longest == _LEADING_PHRASE_WORDS and text[:position].rstrip()[-1:].isalpha():
                return _past_region(text, position, after)
            return after
    return start


# The region a place named before it lies in: "At Glacier Bay, Alaska, alders …".
_REGION = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+(?P<next>[a-z][\w-]*)")


def _past_region(text: str, comma: int, after: int) -> int:
    """Where the main clause starts after an opening phrase that ends in a place's name
    (its comma at `comma`, the next word at `after`): past the region named after it, when
    a noun phrase follows that."""
    last_word = text[:comma].rsplit(None, 1)[-1]
    region = _REGION.match(text, after)
    if region is None or not last_word[:1].isupper():
        return after
    following = region["next"]
    if following in DETERMINERS or (
        "NOUN" in word_classes(following)
        and not is_participle(following)
        and following not in SUBORDINATORS
        and following not in _RELATIVES
    ):
        return region.start("next")
    return after


# An infinitive that opens a sentence without a comma is its subject, often a long one.
_INFINITIVE_SUBJECT = re.compile(r"To\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?!\S+,)")
_INFINITIVE_WORDS = 12


# Claims ask a sentence for its clause twice (its subject, for the next sentence's pronoun;
# then its point): the second time is a lookup.
@lru_cache(maxsize=256)
def clause(text: str, start: int = 0, limit: int = 14) -> Clause | None:
    """The main clause of `text` from `start`: its subject and finite verb, if found within
    `limit` words of the clause's start."""
    begin = main_clause_start(text, start)
    if _INFINITIVE_SUBJECT.match(text, begin):
        limit += _INFINITIVE_WORDS  # "To allow the market … to be … would result in …"
    found = _clause_from(text, begin, limit)
    if found is None and begin != start:  # what looked like an adverbial was the subject
        return _clause_from(text, start, limit)
    return found


# An aside between a subject and its verb ("The empire, by linking China, Central Asia and
# Europe, created …") opens with one of these, and is at most this many tokens long.
_ASIDE_OPENERS = PREPOSITIONS | SUBORDINATORS
_LONGEST_ASIDE = 30
_LONGEST_APPOSITIVE = 10


_PARTICLES = frozenset("out up off down back on forth".split())


def _aside_end(tokens: list[re.Match[str]], comma: int) -> int:
    """The index of the comma that closes an aside opened by the comma at `comma`: the first
    after which a finite verb may stand; or -1 when none does."""
    opener = tokens[comma + 1].group().lower() if comma + 1 < len(tokens) else ""
    # (or an appositive: "the patricians, a hereditary elite, monopolized …")
    appositive = opener in ("a", "an", "the")
    gerund = opener.endswith("ing") and len(opener) > 4
    # (or a participle or an adjective with its phrase: "the canal, built by prisoners …,
    # became …", "the diet, high in refined grains, sugar and …, is linked …")
    described = opener.isalpha() and (
        (is_participle(opener) and not opener.endswith("s"))
        or ("ADJ" in word_classes(opener) and "VERB" not in word_classes(opener))
    )
    # (or a relative clause: "Section 13, which gave the Court power …, was …")
    # (or examples: "Keystone habits, such as regular exercise, start …")
    example = opener in _EXAMPLE_OPENERS
    # (or when: "the last, 66 million years ago, ended …", "the first, 1848, …")
    dated = opener[:1].isdigit()
    appositive = appositive or dated
    if (
        opener not in _ASIDE_OPENERS
        and not gerund
        and not appositive
        and opener not in _WHICH
        and not example
        and not described
    ):
        return -1
    depth = 0
    longest = _LONGEST_APPOSITIVE if appositive else _LONGEST_ASIDE
    for index in range(comma + 2, min(len(tokens) - 1, comma + longest)):
        word = tokens[index].group()
        if word in "([":
            depth += 1
        elif word in ")]":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif word in ";:.!?":
            return -1
        elif word == ",":
            following = tokens[index + 1].group()
            if following[:1].islower() and _finite_verb(following, True):
                return index
            # (after an appositive, a verb with its particle: "John Harrison, a self-taught
            # carpenter, set out to build …")
            if (
                appositive
                and following[:1].islower()
                and "VERB" in word_classes(following)
                and index + 2 < len(tokens)
                and tokens[index + 2].group() in _PARTICLES
            ):
                return index
            # (after examples, a word that may be a verb: "…, such as regular exercise,
            # start chain reactions …")
            if example and following[:1].islower() and "VERB" in word_classes(following):
                return index
            # (or a past in -ed that is an adjective too, after a clause of its own: "Mass
            # production, as Ford practised it, used …")
            if (
                opener in SUBORDINATORS
                and following.endswith("ed")
                and following[:1].islower()
                and "VERB" in word_classes(following)
            ):
                return index
            # (an adverb may come first: "statins, for example, competitively inhibit …")
            if following.endswith("ly") and index + 2 < len(tokens):
                verb = tokens[index + 2].group()
                if verb[:1].islower() and _finite_verb(verb, True):
                    return index
    return -1


def _clause_from(text: str, begin: int, limit: int) -> Clause | None:
    tokens = _words(text, begin, len(text))
    depth = 0
    quoted = False
    relative = False
    previous = ""
    seen = 0
    aside_closed = -1  # the comma that closed an aside after the subject
    listing = False  # a comma came before any verb: the subject may be a list
    participle = -1  # the first "-ed by" passed over, the verb if no other comes
    plural_subject = False
    plural_head = False  # a plural noun after a noun heads the subject: "Peasant versions of"
    # "A heat engine turns …", "An increase in government spending raises …": a singular
    # noun heads the subject, through the phrase after it
    singular_subject = False
    in_phrase = False  # a preposition came after the subject's first word
    coordinated = False  # an "and" before the verb
    relative_seen = False
    relative_auxiliary = False  # a relative clause's auxiliary came last
    bracketed_after = ""  # the word before the bracket that is open
    for index, token in enumerate(tokens):
        if index <= aside_closed:
            continue
        word = token.group()
        if word in "([":
            if not depth:
                bracketed_after = previous
            depth += 1
            continue
        if word in ")]":
            depth = max(0, depth - 1)
            if not depth and bracketed_after and bracketed_after != "«»":
                # ("Spring tides (largest range) happen …": the verb agrees with the word
                # before the aside in brackets)
                previous = bracketed_after
            continue
        if word in '"“”':
            quoted = not quoted if word == '"' else word == "“"
            if not quoted and not depth and not seen and previous == "«»":
                seen = 1  # (a quotation opens the clause as its subject: ""A" is …")
            continue
        if depth or quoted or not word[:1].isalnum():
            if word in ",;:" and not depth and not quoted and relative:
                relative = False  # "X, who …, is": the relative clause ends at its comma
            elif word == "," and not depth and not quoted and seen:
                aside_closed = _aside_end(tokens, index)
                listing = True
            if depth or quoted:
                previous = "«»"  # a quoted or bracketed phrase stands as a noun would
            continue
        # (a capital "A" inside a sentence names a matrix or a point, no article: "The
        # trace of A equals …")
        lower = word if word == "A" and index else word.lower()
        seen += 1
        if seen > limit:
            break
        in_phrase = in_phrase or (seen > 1 and lower in PREPOSITIONS)
        if (
            lower == "such"
            and not listing
            and is_plural_noun(previous, known=True)
            and _SUCH_AS.match(text, tokens[index - 1].end())
        ):
            # "Guild towns such as Norwich fix …": the verb agrees with the noun before its
            # examples
            plural_subject = plural_head = True
        if relative_auxiliary and lower in ("and", "or"):
            previous = lower  # ("who is freed and turned toward the fire is …")
            continue
        if relative_auxiliary and not is_adverb(lower):
            relative_auxiliary = False
            if lower[:1].isalpha() and is_participle(lower):
                # "A patient who is allowed to die may suffer …" (and a second participle
                # joined to it)
                relative_auxiliary = _next_in(tokens, index, _AND_OR)
                previous = lower
                continue
        if (
            lower in _RELATIVES
            or (lower == "what" and seen == 1)
            # (not "of that position": a determiner after a preposition)
            or (
                lower == "that"
                and previous
                and previous not in PREPOSITIONS
                and "NOUN" in word_classes(previous)
            )
            # "Control over what you do and how you do it is …": a clause in the subject
            or (lower in _WH and (previous in PREPOSITIONS or previous in ("and", "or")))
        ):
            if not relative_seen and seen <= 3:
                # (a relative clause right after the subject's noun lengthens it: "A woman
                # who leaves her window open with a fine mesh screen that happens to fail
                # has not …")
                relative_seen, limit = True, limit + _RELATIVE_WORDS
            relative = True
            previous = lower
            continue
        if seen == 1:
            # "Those who work … get …": a plural subject takes a verb in its plain form
            # ("People with a fixed mindset feel …": the head is plural, not the last noun)
            plural_subject = (
                lower in _PLURAL_OPENERS
                or lower in _IRREGULAR_PLURALS
                # ("Taxes on goods with inelastic demand raise …": the head before its phrase)
                or (_next_in(tokens, index, PREPOSITIONS) and is_plural_noun(lower, known=True))
            )
            singular_subject = lower in _SINGULAR_OPENERS
            previous = lower
            continue
        if (
            seen == 2
            and previous in DETERMINERS
            and _next_in(tokens, index, PREPOSITIONS)
            and is_plural_noun(lower, known=True)
        ):
            # "Our statements about the external world face …": the head is plural, not the
            # phrase's last noun
            plural_subject = True
            previous = lower
            continue
        if (
            seen == 3
            and tokens[0].group().lower() in DETERMINERS
            and "ADJ" in word_classes(previous)
            and "VERB" not in word_classes(previous)
            and _next_in(tokens, index, PREPOSITIONS)
            and is_plural_noun(lower, known=True)
        ):
            # "The broad leaves of the squash shade …": an adjective before the plural head
            plural_subject = plural_head = True
            previous = lower
            continue
        if (
            seen == 2
            and previous not in DETERMINERS
            and previous not in _NOT_BEFORE_A_NOUN
            and lower[-1] == "s"
            and "NOUN" in word_classes(lower)
            and (
                _ADJECTIVE_ONLY >= word_classes(previous) >= {"ADJ"}
                # ("Incoming tides move …", "Rising prices hurt …": a participle before it,
                # and a verb or an adverb after the noun, not "Refactoring makes software")
                or (
                    previous.endswith("ing")
                    and tokens[0].group()[:1].isupper()
                    and _verb_or_adverb_next(tokens, index)
                )
            )
        ):
            # "Bad harvests in 1788 doubled …", "New firms enter …": an adjective opens the
            # subject, and the plural after it is its noun (with a phrase after it, its head:
            # "Early versions of charters such as … end …")
            plural_subject = True
            plural_head = _next_in(tokens, index, PREPOSITIONS)
            previous = lower
            continue
        if (
            seen == 2
            and previous == "the"
            and word[:1].isupper()
            and lower.endswith("s")
            and not lower.endswith(("ss", "us", "is"))
            and not in_lexicon(lower)
            and _next_in(tokens, index, PREPOSITIONS)
        ):
            # "The Perseids in August come from …": a plural name heads the subject, its
            # phrase after it
            plural_subject = plural_head = True
        if (
            seen == 2
            and previous not in DETERMINERS
            and word_classes(previous) & {"NOUN", "ADJ"}
            and in_lexicon(previous)
            and _next_in(tokens, index, PREPOSITIONS)
            and is_plural_noun(lower, known=True)
        ):
            # "Peasant versions of tales such as … end …": a noun before the plural noun
            # that heads the subject, its phrase after it (unless it is the verb: "Mill
            # points to …", read below)
            plural_subject = plural_head = True
        if (
            lower == "and"
            and all(_is_name(t.group()) for t in tokens[:index])
            and _is_name(_following(tokens, index))
        ):
            coordinated = True  # "Kahneman and Tversky propose …": two names, a plural verb
        elif (
            lower == "and"
            and 1 <= index <= 3
            and not listing
            and "NOUN" in word_classes(previous)
            and previous not in PRONOUNS
            and previous not in DETERMINERS
        ):
            # ("advertising and salesmanship manufacture the desires …": two nouns, a
            # plural verb; it is read as one only before its object, `_verb_by_place`)
            coordinated = True

        if (
            seen == 2
            and lower in _HOW_WELL
            and index == 1
            and previous.endswith("s")
            and "VERB" in word_classes(previous)
        ):
            # "works best when …", "heals faster in …": a verb without its subject (a
            # bullet going on from its label), then how well it does it; not a subject
            # and a verb "best"
            return None
        if lower in _NEVER_VERBS:  # "All reasonings concerning matters of fact seem …"
            previous = lower
            continue
        if (
            lower.endswith("s")
            and _following(tokens, index).lower() in _AFTER_A_SUBJECT
            and _following(tokens, index + 1).lower() in AUXILIARIES
            and "NOUN" in word_classes(lower)
        ):
            # ("The orbital changes alone are too small …": a noun, then what singles it
            # out before the verb)
            previous = lower
            continue
        verb_at_all = _MAY_BE_VERB.get(word)  # a dict, not `lru_cache`: asked of every word
        if verb_at_all is None:
            verb_at_all = _MAY_BE_VERB[word] = _finite_verb(word, True)
        plural = (
            plural_subject
            or coordinated
            or previous.endswith("s")
            or previous in PRONOUNS
            or previous in ("who", "which", "that", "all")
            or previous in _IRREGULAR_PLURALS
        )
        object_verb = not verb_at_all and (
            _verb_by_place(tokens, index, previous, plural)
            # (right after an aside that closed on a verb's place: "…, such as regular
            # exercise, start chain reactions …")
            or (index == aside_closed + 1 and "VERB" in word_classes(lower))
            # (after a plural head whose phrase ends in a singular: "Peasant versions of tales
            # such as Little Red Riding Hood end with …")
            or (plural_head and not listing and _verb_before_its_preposition(tokens, index))
        )
        if verb_at_all and not plural and _named_past(tokens, index):
            object_verb = True  # ("Fritz Fischer (1961) put …": a past like its present)
        if relative and previous in ("who", "which") and "VERB" in word_classes(word):
            # "those who work with …": right after its pronoun, the relative clause's verb
            relative = False
            relative_auxiliary = lower in _PASSIVE_AUXILIARIES
            previous = lower
            continue
        if not verb_at_all and not object_verb:
            # (an adverb leaves the verb to agree with the word before, and so does a place's
            # "there" after the subject: "The tides there move …")
            if not is_adverb(lower) and not (lower in _PLACE_ADVERBS and seen > 1):
                previous = lower
            continue
        # "This means …", "These are …": a determiner alone before the verb is the subject;
        # "people that come …": a relative "that" before its own verb.
        after_subject = (
            _may_precede_verb(previous)
            or (seen == 2 and previous in DEICTIC)
            or (relative and previous == "that")
            or (seen > 2 and previous == "all")  # "A, B and C all reduce …"
            or (seen > 3 and previous == "both" and coordinated)  # "A and B both learned …"
            # ("The Other was Catholic France": "other" as a noun, before an auxiliary)
            or (seen == 3 and previous == "other" and lower in AUXILIARIES)
            # ("The source of the absurd is …": an adjective as a noun, after its "the")
            or (lower in _PASSIVE_AUXILIARIES and index >= 2 and tokens[index - 2].group() == "the")
        )
        if after_subject and (object_verb or _finite_verb(word, plural)):
            comma = _after_comma(tokens, index) if lower.endswith("ed") else None
            if comma is not None and comma != aside_closed:
                # "mutual coercion, mutually agreed upon …": a participle after a comma
                previous = lower
                continue
            reduced = (
                lower.endswith("ed")
                and seen > 1
                and _next_in(tokens, index, REDUCED_PREPOSITIONS)
                and _auxiliary_ahead(tokens, index)
            )
            if seen > 1 and (
                reduced
                or (
                    _next_in(tokens, index, _BY)
                    and (lower.endswith("ed") or lower in _SAME_FORM_PARTICIPLES)
                )
            ):
                # "Information delivered by a loop can …", "The roads built by the Romans
                # lasted …": a participle and its agent, unless no other verb follows ("…
                # and an agriculture transformed by enclosure")
                participle = index if participle < 0 else participle
                previous = lower
                continue
            if relative:
                relative = False  # the relative clause's own verb
                # (and, after its auxiliary, its participle: "who is allowed to die")
                relative_auxiliary = lower in _PASSIVE_AUXILIARIES
                previous = lower
                continue
            plural_noun = lower[-1] == "s" and lower not in AUXILIARIES
            if (
                plural_noun
                and _next_in(tokens, index, _OF_OR_BRACKET)
                and "NOUN" in word_classes(lower)
                # (not a bracket glued to a symbol: "needs Ω(n log n) comparisons")
                and text[tokens[index + 1].start() - 1].isspace()
            ):
                previous = lower  # "The Balkan wars of 1912 …": a noun, then its complement
                continue
            if (
                plural_noun
                and tokens[0].group().lower() in PREPOSITIONS
                and _next_in(tokens, index, DETERMINERS)
                and index <= 3
                and not any(t.group().lower() in DETERMINERS for t in tokens[1:index])
                and "NOUN" in word_classes(previous)
            ):
                # "without backup tasks the sort benchmark takes …": the noun that ends an
                # opening phrase, before the subject's determiner
                previous = lower
                continue
            if plural_noun and not listing and _SUCH_AS.match(text, tokens[index].end()):
                previous = lower  # ("C4 plants such as corn avoid …": a noun, its examples)
                continue
            if plural_noun and _next_in(tokens, index, AUXILIARIES):
                # "Completed reduce tasks do not need …": a plural noun before an auxiliary
                previous = lower
                continue
            if (
                plural_noun
                and previous not in PRONOUNS
                and _past_next(tokens, index)
                and "NOUN" in word_classes(lower)
            ):
                # "The old trade routes collapsed", "gold coins vanished": a plural noun
                # before a verb in the past, not a verb in -s before a participle
                previous = lower
                continue
            if (
                plural_noun
                and singular_subject
                and in_phrase
                and _agreeing_verb_next(tokens, index)
            ):
                # "A star of 8 solar masses ends in …": the noun of the head's phrase, before
                # the verb that agrees with the head
                previous = lower
                continue
            if plural_noun and previous in ("and", "or") and _verb_next(tokens, index):
                # "Goods and coins travel …": the second of two nouns, before the verb
                previous = lower
                continue
            if (
                plural_noun
                and not singular_subject
                and previous not in PRONOUNS
                and "NOUN" in word_classes(lower)
                and (
                    _next_in(tokens, index, _AND_OR)
                    or (not listing and _plain_verb_next(tokens, index))
                )
            ):
                # "Goodness-of-fit tests and residual analysis rarely reject …": the first
                # of two nouns ("she tests and measures" has its pronoun before); "Stars
                # above 8 solar masses end in …": a noun before the verb that agrees with it
                previous = lower
                continue
            last = index + 1 == len(tokens) or tokens[index + 1].group() in ".;:"
            if listing and plural_noun and (last or _next_in(tokens, index, _LIST_GOES_ON)):
                # "Guarantees, brand names, chains …": an item of a list, not its verb
                previous = lower
                continue
            return _verb_group(text, tokens, index, begin)
        previous = lower
    if participle < 0 or _inside_relative(text, begin, tokens[participle].start()):
        return None
    return _verb_group(text, tokens, participle, begin)


_OPEN_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,]*\Z")


def _inside_relative(text: str, begin: int, at: int) -> bool:
    """Whether `at` stands inside a relative clause set off by a comma that has not closed
    ("Austin's theory, which reduces law to orders backed by threats": "backed" is the
    relative clause's, and the sentence has no verb of its own)."""
    return _OPEN_RELATIVE.search(text, begin, at) is not None


_RELATIVE_WORDS = 6
# (not "Light", a noun too: "Light travels …")
_ADJECTIVE_ONLY = frozenset(("ADJ", "ADV"))
_NOT_BEFORE_A_NOUN = frozenset(("there", "here", "least", "most", "so", "too", "very"))
_ADVERB = frozenset({"ADV"})


# The auxiliaries of a relative clause whose participle follows ("who is allowed", "that has
# invested").
_PASSIVE_AUXILIARIES = frozenset("is are was were has have had been be".split())


# Adverbs of how well that are also verbs elsewhere ("to best", "to better", "to well up").
_HOW_WELL = frozenset(("best", "better", "well", "worse", "worst", "faster", "fast", "longer"))


# Participles that work as prepositions, never as a clause's verb.
_NEVER_VERBS = frozenset(
    (
        *("concerning", "regarding", "including", "excluding", "notwithstanding"),
        # (a fraction is no verb: "Two thirds of Western Europe's oil passed …")
        *("thirds", "quarters", "fifths", "tenths", "halves"),
    )
)
_AND_OR = frozenset(("and", "or"))
_WHICH = frozenset(("which", "who"))
_EXAMPLE_OPENERS = frozenset(("such", "including", "especially", "notably", "chiefly"))
_IRREGULAR_PLURALS = frozenset("people men women children mice geese feet teeth".split())
_BY = frozenset(("by",))
# … or its phrase, when an auxiliary follows it: "The features learned with dropout are …",
# "The workers hired in spring were paid less".
REDUCED_PREPOSITIONS = frozenset("in at with during for from on under over through".split())
_AUXILIARY_AHEAD = 8  # words: the phrase after the participle, then the auxiliary
_CLAUSE_BREAK = frozenset(
    (",", ";", ":", "that", "which", "who", "whom", "whose", "and", "or", "to", "if", "when")
)


def _auxiliary_ahead(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether an auxiliary, or a verb in the past after a noun, comes within a few words
    after `tokens[index]`, before a comma or a clause of its own: "The workers hired in
    spring were paid less", "The form fixed at the first reproduction tended to persist …"
    (not a past that is also an adjective, nor one without an object: "towns located near …",
    "the mill owned by …")."""
    if tokens[0].group().lower() in _WH_SUBJECTS:
        return False  # ("What happened in Britain was …": the wh-clause's own verb)
    previous = _following(tokens, index).lower()
    for at in range(index + 2, min(len(tokens), index + 2 + _AUXILIARY_AHEAD)):
        word = tokens[at].group()
        if word.lower() in _CLAUSE_BREAK:
            return False
        # (a finite one, in lower case: "May" is the month, "being" no finite verb)
        if word in AUXILIARIES and word not in _NOT_FINITE:
            return True
        if (
            word.endswith("ed")
            and word.islower()
            and word_classes(word) == _VERB_ONLY
            and previous not in DETERMINERS
            and previous not in PREPOSITIONS
            and "NOUN" in word_classes(previous)
            and _takes_its_object(tokens, at)
        ):
            return True
        previous = word.lower()
    return False


_VERB_ONLY = frozenset(("VERB",))


def _takes_its_object(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the verb at `index` has what only a finite verb takes after it: an object's
    determiner, or "to" and a verb ("showed a clear decline", "tended to persist"; a
    participle takes its phrase, "located near rivers", "connected to the interior")."""
    following = _following(tokens, index).lower()
    if following == "to":
        return is_plain_verb(_following(tokens, index + 1))
    return following in DETERMINERS


_WH_SUBJECTS = frozenset("what whatever who whoever whichever".split())
_NOT_FINITE = frozenset(("be", "been", "being"))
_OF_OR_BRACKET = frozenset(("of", "("))  # "wars of 1912", "studies (Shoda, 1990) found"
_SUCH_AS = re.compile(r"\s+such\s+as\s")
_VERB_PREPOSITIONS = frozenset("on in to into from with for upon at".split())
_WH = frozenset("what how where when why whether".split())
_SUBJECT_PRONOUNS = frozenset("i you we they".split())
_SINGULAR_PRONOUNS = frozenset(("he", "she", "it"))
_SINGULAR_OPENERS = frozenset("a an each every one another".split())
_PLURAL_OPENERS = frozenset("those these they we you both many few several".split())
_LIST_GOES_ON = frozenset((",", "and", "or", "such", "all"))
# What follows a verb and never a noun: "sellers set it too high", "they put the price …".
_CONDITIONS = frozenset(("if", "when", "unless", "because", "whenever", "until"))
_OBJECTS = frozenset(
    "it them him her us me the a an this these those his their its more less fewer "
    "one two three four five six seven eight nine ten".split()
)


def _unbracketed(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens outside brackets."""
    kept, depth = [], 0
    for token in tokens:
        word = token.group()
        if word in "([":
            depth += 1
        elif word in ")]":
            depth = max(0, depth - 1)
        elif not depth:
            kept.append(token)
    return kept


# What opens a quantity that only a verb takes after a noun: "controlled about 90 percent".
_ABOUT_A_NUMBER = frozenset("about nearly almost over some roughly around approximately".split())


def _verb_by_place(tokens: list[re.Match[str]], index: int, previous: str, plural: bool) -> bool:
    """Whether a word the lexicon also gives as a noun or an adjective is the verb, by where
    it stands: after a plural subject and before its object ("sellers set it too high"), an
    adverb of manner ("crops spread quickly …") or after a pronoun ("you fall to …"); or, a
    past that is also an adjective, after a noun and before a preposition ("expansion in
    Italy rested on …")."""
    word = tokens[index].group()
    if not word[:1].islower() or "VERB" not in word_classes(word):
        return False
    following = _following(tokens, index).lower()
    if (
        not word.endswith("s")
        and all(is_adverb(t.group()) for t in tokens[1:index])
        and is_plural_noun(previous, known=True)
    ):
        return True  # "Nodes hold keys …", "people tacitly consent to …": a plural noun alone
    # (the subject's words, without an aside in brackets: "Isolated children (e.g. Genie)")
    subject = _unbracketed(tokens[:index])
    if (
        not word.endswith(("s", "ing"))
        and word not in PREPOSITIONS
        and 2 <= len(subject) <= 4
        # (not a noun before its own verb: "The systems reply says …")
        and following not in AUXILIARIES
        and not (following.endswith("s") and "VERB" in word_classes(following))
        and following not in ",;:"
        and not is_simple_past(following)  # ("The arms race began …": a noun before its verb)
        and is_plural_noun(previous, known=True)
        and "NOUN" in word_classes(previous)
        and all(
            t.group().lower() in DETERMINERS
            # (an adjective, that may also be an adverb, never a verb: "Hard corals build …")
            or _ADJECTIVE_ONLY >= word_classes(t.group().lower()) >= {"ADJ"}
            # (or a past participle as an adjective, and two adjectives joined: "Feral and
            # isolated children show …")
            or (t.group().endswith("ed") and "ADJ" in word_classes(t.group().lower()))
            or (t is not subject[0] and t.group() in ("and", "or"))
            # (or a noun before its noun: "The light reactions split water …"; not before
            # a word that may be the verb itself, "what the movement needs right now")
            or (
                # (the first word capitalised: "Hypertonic solutions pull water …")
                (t.group().islower() or (t is tokens[0] and t.group()[1:].islower()))
                and "NOUN" in word_classes(t.group().lower())
                and "VERB" not in word_classes(previous)
            )
            for t in subject[:-1]
        )
    ):
        return True  # ("Inclusive economic institutions secure …": adjectives, a plural noun)
    if _named_past(tokens, index):
        return True  # "Clemenceau wanted …", "Lloyd George promised …": a name, then its verb
    if word.endswith("ed") and previous in _SINGULAR_PRONOUNS:
        return True  # ("he opposed mass transit": no adjective follows a pronoun subject)
    if word.endswith("ed") and following in _OBJECT_PRONOUNS and "VERB" in word_classes(word):
        return True  # ("the Fourteenth Amendment later extended it …": no adjective takes "it")
    if (
        word.endswith("ed")
        and 2 <= index <= 4
        and following in DETERMINERS
        and tokens[0].group().lower() in DETERMINERS
        and "NOUN" in word_classes(previous)
        and all(word_classes(t.group().lower()) & {"ADJ", "NOUN"} for t in tokens[1 : index - 1])
    ):
        return True  # ("The crown controlled many seats": a determiner, a noun, a past, an object)
    if (
        word.endswith("ed")
        and following in _ABOUT_A_NUMBER
        and _following(tokens, index + 1)[:1].isdigit()
        and "NOUN" in word_classes(previous)
    ):
        return True  # ("Standard controlled about 90 percent …": a past before a quantity)
    if (
        not word.endswith("s")
        and is_plural_noun(previous, known=True)
        and (following in PREPOSITIONS or following in ARTICLES)
        and "NOUN" in word_classes(previous)
    ):
        return True  # "Different egg proteins set at different temperatures"

    if (
        word.endswith("ed")
        and index <= 3
        and is_plural_noun(previous, known=True)
        and not following[:1].isdigit()  # ("40 men aged 20–50": no verb)
    ):
        return True  # ("German princes wanted control of …": a short plural subject, its past)
    if plural and (
        previous in _SUBJECT_PRONOUNS
        or following in _OBJECTS
        # ("tides move faster than …": a comparative after the verb, or an equal one: "…
        # galaxies orbit as fast as …")
        or (following.endswith("er") and _following(tokens, index + 1).lower() == "than")
        or (following == "as" and _following(tokens, index + 2).lower() == "as")
        or (following.endswith("ly") and "ADV" in word_classes(following))
        # ("The Himalayas block cold air …": an object that opens with its adjective, after
        # a plural noun; not a word that may be an adjective itself, "flats, rough concrete")
        or (
            "ADJ" in word_classes(following)
            and "NOUN" in word_classes(_following(tokens, index + 1))
            and "ADJ" not in word_classes(word)
            and not word.endswith(("ing", "ed", "s"))
            and following not in PREPOSITIONS
            and is_plural_noun(previous)
            and not previous.endswith(("'s", "’s"))
        )
        # ("both countries gain if …", "prices fall when …")
        or (following in _CONDITIONS and "NOUN" in word_classes(previous))
    ):
        return True
    if word in _SAME_FORM_PASTS and following in _THROUGH and previous not in DETERMINERS:
        return True  # ("The Cross-Bronx Expressway cut through …": no noun moves through)
    if (
        word in _SAME_FORM_PASTS
        and index >= 2
        and (following in _VERB_PARTICLES or following in DETERMINERS)
        and previous not in DETERMINERS
        # (not a verb first, whose object it follows: "Resolves the conflict set up in …")
        and (
            tokens[0].group().lower() in DETERMINERS
            or "VERB" not in word_classes(tokens[0].group().lower())
        )
        and (
            previous.isdigit()
            or tokens[index - 1].group()[:1].isupper()
            or ("NOUN" in word_classes(previous) and not is_plural_noun(previous, known=True))
        )
    ):
        # ("The collapse of the bank in May 1931 set off a chain …": after a singular
        # subject the plain form would take an -s; it is the past)
        return True
    return (
        word.endswith("ed")
        and following in _VERB_PREPOSITIONS
        and "NOUN" in word_classes(previous)
        and previous not in DETERMINERS
    )


# The pronouns only a verb (or a preposition) takes as its object.
_OBJECT_PRONOUNS = frozenset("it them him us me itself themselves himself herself".split())


# Where a past spelled as its present takes its subject ("cut through", "spread across").
_THROUGH = frozenset("through across into over along throughout".split())


def _verb_before_its_preposition(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a word in its plain form that may be a verb stands before a preposition
    (not "of", which a noun takes: "the structure of")."""
    word = tokens[index].group()
    following = _following(tokens, index).lower()
    if following.endswith("ly") and is_adverb(following):
        following = _following(tokens, index + 1).lower()  # ("form directly from …")
    return (
        word[:1].islower()
        and not word.endswith("s")
        and (following in PREPOSITIONS or following in _VERB_PARTICLES)
        and following != "of"
        and "VERB" in word_classes(word)
    )


def _named_past(tokens: list[re.Match[str]], index: int) -> bool:
    """A verb in the past after a name alone (and a year in brackets): "Clemenceau wanted
    …", "Fritz Fischer (1961) put …"."""
    # (the names first: most clauses open otherwise, and a past's forms are looked up in a
    # table that is loaded only when one is needed)
    joined = index > 2 and tokens[index - 1].group() != "and" and _named_pair(tokens, index)
    return (
        0 < index <= _NAME_TOKENS + (_NAME_TOKENS // 2 if joined else 0)
        and tokens[0].group()[:1].isupper()
        and all(
            _is_name(t.group()) or _bracketed(t) or (joined and t.group() == "and")
            for t in tokens[:index]
        )
        and _past(tokens[index].group())
    )


def _named_pair(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the words before `index` are two names joined by one "and" ("Lord Cromer and
    Arthur Balfour justified …")."""
    return [t.group() for t in tokens[1:index]].count("and") == 1


_NAME_TOKENS = 6  # "Fritz Fischer ( 1961 )": a name and a year, before its verb


def _past(word: str) -> bool:
    """A verb in the past: a participle's form ("wanted", "took", "wrote"), or one of the
    pasts spelled as their present ("put", "set"). (The lemma table answers; the inflection
    table is not loaded for it.)"""
    return is_participle(word) or (word in _SAME_FORM_PASTS and "VERB" in _lemmas(word))


_VERB_PARTICLES = frozenset("off up out down aside back".split())
_AFTER_A_SUBJECT = frozenset("alone themselves itself together too also only".split())
_SAME_FORM_PASTS = frozenset(
    "put set cut hit let shut spread cost hurt quit split burst cast bet bid broadcast shed "
    "upset thrust".split()
)


def _bracketed(token: re.Match[str]) -> bool:
    """A bracket or a year inside one: "(1961)"."""
    return token.group() in "()" or token.group().isdigit()


def _is_name(word: str) -> bool:
    """A capitalised word the lexicon holds as no adjective: a name ("Clemenceau", not
    "British")."""
    lower = word.lower()
    return word[:1].isupper() and lower not in DETERMINERS and "ADJ" not in word_classes(lower)


_PLACE_ADVERBS = frozenset(("there", "here"))


def _verb_or_adverb_next(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the word after `tokens[index]` may be a verb or is an adverb of place."""
    following = _following(tokens, index).lower()
    return following in _PLACE_ADVERBS or "VERB" in word_classes(following)


def is_adverb(word: str) -> bool:
    """An adverb of manner in -ly, or one of time or frequency ("greatly", "often")."""
    return (word.endswith("ly") and word_classes(word.lower()) == _ADVERB) or word in _WHEN_ADVERBS


# Adverbs of time and frequency that stand between a subject and its verb ("Most ecologists
# now see …", "Firms often set …"), and those that link it to the sentence before
# ("Mutations therefore arise …").
_WHEN_ADVERBS = frozenset(
    "now often also still never always seldom sometimes already therefore hence "
    "nevertheless thereby indeed".split()
)


def _following(tokens: list[re.Match[str]], index: int) -> str:
    """The word after `tokens[index]`, or ""."""
    return tokens[index + 1].group() if index + 1 < len(tokens) else ""


def _next_in(tokens: list[re.Match[str]], index: int, words: frozenset[str]) -> bool:
    """Whether the word after `tokens[index]` is one of `words`."""
    return _following(tokens, index).lower() in words


def _verb_next(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the word after `tokens[index]` may be a verb in its plain form."""
    following = _following(tokens, index)
    return following[:1].islower() and "VERB" in word_classes(following)


def _past_next(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a verb in the past in -ed follows `tokens[index]`, and no object after it (a
    preposition, an adverb, a punctuation mark or the end): "routes collapsed.", "coins
    vanished from …" (not "forces used capital": a participle as an adjective)."""
    following = _following(tokens, index)
    if not (following[:1].islower() and following.endswith("ed") and is_participle(following)):
        return False
    after = _following(tokens, index + 1).lower()
    return not after or not after[:1].isalnum() or after in PREPOSITIONS or after.endswith("ly")


def _agreeing_verb_next(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a verb in -s, for a singular subject, follows `tokens[index]`."""
    following = _following(tokens, index)
    return following[:1].islower() and following.endswith("s") and _finite_verb(following, False)


def _plain_verb_next(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a verb in its plain form follows `tokens[index]`, and then a preposition, an
    article or an adverb ("masses end in …", "prices rise sharply")."""
    if index + 2 >= len(tokens):
        return False
    following = tokens[index + 1].group()
    after = tokens[index + 2].group().lower()
    return (
        following[:1].islower()
        and not following.endswith("s")
        and following.lower() not in _ADVERB_PARTICLES
        and "VERB" in word_classes(following)
        and (after in PREPOSITIONS or after in ARTICLES or after.endswith("ly"))
    )


# Words after a verb of motion that are adverbs there, not verbs: "travels back to …".
_ADVERB_PARTICLES = frozenset("back out up down away off over home forward abroad".split())


def _after_comma(tokens: list[re.Match[str]], index: int) -> int | None:
    """The index of the comma before the word at `index` (adverbs between them skipped), or
    None."""
    while index > 0 and _before_verb(tokens[index - 1].group().lower()):
        index -= 1
    return index - 1 if index > 0 and tokens[index - 1].group() == "," else None


def _may_precede_verb(previous: str) -> bool:
    """Whether a finite verb can follow `previous`: not a determiner, a preposition or a
    word that is only an adjective ("the productive powers", "inconsistent logs")."""
    if previous in DETERMINERS or previous in PREPOSITIONS:
        return False
    return word_classes(previous) != frozenset({"ADJ"})


def _verb_group(text: str, tokens: list[re.Match[str]], index: int, begin: int) -> Clause:
    """The verb at `tokens[index]` with the auxiliaries, negation and adverbs that follow it
    ("has been", "would simply", "does not")."""
    first = tokens[index]
    end = first.end()
    negative = bool(_NEGATIVE.search(first.group().lower()))
    # Adverbs right before the verb belong to it ("he never sought", "it only works").
    opening = index
    while opening > 1 and _before_verb(tokens[opening - 1].group().lower()):
        opening -= 1
        negative = negative or tokens[opening].group().lower() in ("never", "not")
    first = tokens[opening]
    for token in tokens[index + 1 : index + 4]:
        lower = token.group().lower()
        if lower in AUXILIARIES or lower in ("not", "never", "always", "only", "also"):
            negative = negative or bool(_NEGATIVE.search(lower))
            end = token.end()
            continue
        break
    subject = text[begin : first.start()].strip()
    return Clause(begin, first.start(), end, negative, subject)


_POSSESSIVE_OPENERS = frozenset(("His", "Her", "Their", "Its"))


# An adverbial that may open a claim before its subject without pointing anywhere itself.
_OPENING_ADVERBIAL = re.compile(
    r"(?i:most of the time|in practice|in the end|at first|at the time|by then|later|then"
    r"|often|sometimes|usually|in general|in most cases|for the most part|above all"
    r"|instead|still|yet|now|today)[,\s]+"
)


def deictic_subject(found: Clause, content_start: int) -> bool:
    """A subject that points elsewhere ("this", "it", "these", "they") and opens the claim:
    without the sentence before, the card has nothing to ask about. (After a leading clause,
    "Since the X want Y, they prefer Z", the pronoun points into the sentence itself.)"""
    if found.start != content_start:
        return False
    # (after an adverbial that opens the claim, the subject still points back: "Most of the
    # time they do neither", "In practice, they …")
    opener = _OPENING_ADVERBIAL.match(found.subject)
    if opener is not None and found.subject[opener.end() :].lower() in DEICTIC:
        return True
    # (and a possessive one: "His son Washington Roebling took over …" is the son of whom
    # the sentence before names)
    words = found.subject.split()
    if found.subject.lower() in DEICTIC or words[0] in _POSSESSIVE_OPENERS:
        return True
    if _SOME_OF_THEM.fullmatch(found.subject):
        return True  # ("Most of them were peasant conscripts …": of whom?)
    # (and "These writers taught …", "This view …": a noun the sentence before says more
    # of; "This essay argues …" is the work the card names)
    return (
        len(words) == 2
        and words[0] in ("This", "These", "Those")
        and words[1].lower() not in _THE_WORK
        and words[1].islower()
    )


# "Most of them", "all of these", "neither of them": a part of what is named before.
_SOME_OF_THEM = re.compile(
    r"(?i:most|many|some|all|none|few|each|both|either|neither|one|two|three|half|several)"
    r"\s+of\s+(?:them|these|those|us)"
)


# What "this" opens in a note about a work, and names that work: "This essay argues …".
_THE_WORK = frozenset(
    "book books essay paper chapter article study lecture note text work volume passage "
    "section author authors speech letter report review".split()
)


# A subject that lists what the verb is said of: "Labour, land and money are …".
_LIST_ITEM = r"(?:(?:the|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}"
LISTED_SUBJECT = re.compile(
    rf"(?P<items>{_LIST_ITEM}(?:,\s+{_LIST_ITEM})+,?\s+(?:and|or)\s+{_LIST_ITEM}?)"
    r"(?:\s+(?:all|both|alike))?"
)


def present_verb_opening(word: str, following: str) -> bool:
    """Whether a bullet opens with a verb in the present whose subject is the heading's
    ("Separates conception from execution", "Applies to clerical work too"), not a plural
    noun ("Rules of thumb …", "Effects of …")."""
    if not word.endswith("s") or word.endswith("ss") or following.lower() == "of":
        return False
    lemma = word[:-2] if word.endswith(("ches", "shes", "sses", "xes")) else word[:-1]
    lemma = lemma[:-2] + "y" if word.endswith("ies") else lemma
    return "VERB" in word_classes(word) and "VERB" in word_classes(lemma)


def verb_opens(relative: str) -> bool:
    """Whether a relative clause's verb comes right after its pronoun, or after an adverb
    ("which never dies"), as a subject's relative clause has it."""
    words = relative.split()[1:3]
    if not words:
        return False
    if words[0].lower() in AUXILIARIES or "VERB" in word_classes(words[0]):
        return True
    return (
        len(words) == 2
        and word_classes(words[0]) == {"ADV"}
        and (words[1].lower() in AUXILIARIES or "VERB" in word_classes(words[1]))
    )
