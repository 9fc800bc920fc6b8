"""Definition cards: "A defines X as Y", "X means/refers to/denotes Y", "X is defined as Y",
"By X, A means Y", "A calls X: Y", "A **term**, …, is Y", and "A defines X via three
characteristics" followed by the definition that lists them (one card, the list as back).

A definition of a wikilinked term is a `concept` card: the note explains that concept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from flashgen.extract.attribution import (
    according_to,
    author_name,
    does,
    section_speaker,
    sentence_draft,
    source_in_brackets,
    source_label,
)
from flashgen.extract.clauses import (
    ARTICLES,
    AUXILIARIES,
    DEICTIC,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    clause,
    in_lexicon,
    is_participle,
    is_plain_verb,
    is_plural_noun,
    is_simple_past,
    main_clause_start,
    verb_opens,
    word_classes,
)
from flashgen.extract.frames import content_start
from flashgen.extract.readings import ARROW_END
from flashgen.extract.salience import COMMON, rarity
from flashgen.extract.sentences import (
    Sentence,
    join,
    positioned,
    slice_spans,
    strip_spans,
    text_spans,
)
from flashgen.extract.words import (
    DATE,
    STOPWORDS,
    and_or_words,
    count_of,
    normalize_term,
    number_word,
    short_members,
    split_coordination,
)
from flashgen.model import Document, Draft, Inline, Span
from flashgen.parse.inline import plain_text

# Who defines: a name, or names listed ("Kahneman, Sibony and Sunstein").
_WHO = (
    r"(?P<who>[A-Z][\w.'’-]*(?:,\s[A-Z][\w.'’-]*)+,?\s+and\s+[A-Z][\w.'’-]*"
    r"|[A-Z][\w.'’ -]{0,40}?)"
)
# "Mischel et al. call these **cooling strategies**: …": what someone calls a thing, then
# what it is after the colon (the term the note marks, when it marks one inside).
_CALLS_THEN_COLON = (
    re.compile(
        rf"^{_WHO} calls? (?:(?:this|these|those|them|it) )?(?P<term>[^:]{{2,60}}): (?P<def>.+)$"
    ),
    # (or called it so, a name or a pronoun: "He called the organised knowledge that guides
    # this a **schema**: …")
    re.compile(
        r"^(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*) called (?P<term>[^:]{2,80}): (?P<def>.+)$"
    ),
)
_PATTERNS = [
    re.compile(rf"^{_WHO} (?:defines?|identify|identifies) (?P<term>.{{2,60}}?) as (?P<def>.+)$"),
    re.compile(r"^By (?P<term>[^,]{2,60}), " + _WHO + r" means (?P<def>.+)$"),
    # (its comma may be left out: "By **attention** Murdoch means …")
    re.compile(r"^By (?P<term>[^,]{2,60}?) (?P<who>[A-Z][\w.'’-]*|he|she|they) means (?P<def>.+)$"),
    re.compile(r"^(?P<term>[^,]{2,60}?),? (?:is|are) defined as (?P<def>.+)$"),
    re.compile(r"^(?P<term>[^,]{2,60}?), defined as (?P<def>.+)$"),
    # ("The phrase **banality of evil** names …": the term is the phrase, not "The phrase")
    re.compile(
        r"^(?:The (?:phrase|term|word|expression|notion|concept) )?(?P<term>[^,:;]{2,50}?) "
        r"(?:means|refers to|denotes|stands for|names) "
        # (not a noun "names" before its verb: "Proper names are rigid")
        r"(?!(?:are|is|was|were|have|has|had|can|could|will|would|do|does|did|must)\b)"
        r"(?P<def>.+)$"
    ),
    # ("She coined the term **emotional labor** for work that requires …")
    re.compile(
        rf"^{_WHO} coined the (?:term|word|phrase|expression) (?P<term>[^,;:]{{2,60}}?) "
        r"for (?P<def>.{8,})$"
    ),
    *_CALLS_THEN_COLON,
    # "The tendency of prices to move towards equilibrium is called the law of supply and
    # demand": what is named first, its name after "is called".
    re.compile(
        r"^(?P<def>[^;:]{12,}?) (?:is|are) (?:(?:often|usually|sometimes|also|now|commonly"
        r"|generally|today) )?(?:called|known as|termed) "
        r"(?:(?P<article>the|an?) )?(?P<term>[^,;:]{2,50}?)"
        # (and what the sentence adds of it after a semicolon: "… is called **till**; it is
        # unsorted, from clay to boulders")
        r"(?:; (?P<more>(?:it|they|this|these) .{6,}))?$"
    ),
    # 'Draper describes the "sect mentality": that the sect will grow …'
    re.compile(
        rf"^{_WHO} (?:describes|explains|introduces|coins) (?:(?P<article>the|an?) )?"
        r"[\"“](?P<term>[^\"”:]{2,40}?)"
        r":?[\"”]:?\s+(?:that\s+|as\s+)?(?P<def>.+)$"
    ),
]
# "Pascal appelle **divertissement** toutes les occupations qui …": the marked term a verb
# of naming gives, then what it names (a determiner opens it).
_CALLS_MARKED = {
    "fr": re.compile(
        rf"^{_WHO} (?:appelle|nomme) (?P<term>[^,;:]{{2,50}}?) "
        r"(?P<def>(?:toute?s?|tous|les?|la|l['’]|une?|ce|cette|ces|cet)\b.{8,})$"
    ),
    "es": re.compile(
        rf"^{_WHO} (?:llama|denomina) (?P<term>[^,;:]{{2,50}}?) "
        r"(?P<def>(?:todos?|todas?|los|las|el|la|lo|una?|este|esta|estos|estas)\b.{8,})$"
    ),
    "it": re.compile(
        rf"^{_WHO} (?:chiama|definisce) (?P<term>[^,;:]{{2,50}}?) "
        r"(?P<def>(?:tutt[oaie]|il|lo|la|i|gli|le|l['’]|un[oa]?|questo|questa)\b.{8,})$"
    ),
    "de": re.compile(
        rf"^{_WHO} (?:nennt|bezeichnet) (?P<term>[^,;:]{{2,50}}?) "
        r"(?P<def>(?:alle|den|die|das|der|einen|eine|ein|jede[nrs]?)\b.{8,})$"
    ),
    "pt": re.compile(
        rf"^{_WHO} (?:chama|denomina) (?P<term>[^,;:]{{2,50}}?) "
        r"(?P<def>(?:todos?|todas?|os?|as?|um|uma|este|esta)\b.{8,})$"
    ),
    # (in English too, when the term comes first: "Lipsky calls **street-level bureaucrats**
    # the public service workers who …"; the other order, "calls X **Y**", is `_named_after`)
    "en": re.compile(
        rf"^{_WHO} calls (?P<term>[^,;:]{{2,50}}?) "
        r"(?P<def>(?:all|every|any|those|the|an?)\b.{8,})$"
    ),
}
# A word every one of `_PATTERNS` and `_COUNT_HINT` needs: a sentence without one is not
# tried against them one by one (most sentences).
_DEFINING = re.compile(
    r" (?:defines|identifies|means|defined as|refers to|denotes|stands for|names|calls?|called"
    r"|known as|termed"
    r"|describes"
    r"|explains|introduces|coins|coined"
    r"|définit|define|definisce|definiert|décrit|describe|descrive|beschreibt|descreve"
    r"|appelle|nomme|llama|denomina|chiama|nennt|bezeichnet|chama) "
)
# "Ortega define al **hombre-masa** como …", "Rousseau définit le [[pacte social]] comme …":
# the same pattern in the other languages notes are kept in.
_DEFINES_AS = {
    "fr": re.compile(
        rf"^{_WHO} (?:définit|décrit) (?:(?:le|la|les|l['’]|un|une)\s*)?"
        r"(?P<term>.{2,60}?) comme (?P<def>.+)$"
    ),
    "es": re.compile(
        rf"^{_WHO} (?:define|describe) (?:(?:al|a la|a los|a las|el|la|los|las|lo|un|una)\s+)?"
        r"(?P<term>.{2,60}?) como (?P<def>.+)$"
    ),
    "it": re.compile(
        rf"^{_WHO} (?:definisce|descrive) (?:(?:il|lo|la|i|gli|le|l['’]|un|una|uno)\s*)?"
        r"(?P<term>.{2,60}?) come (?P<def>.+)$"
    ),
    "de": re.compile(
        rf"^{_WHO} (?:definiert|beschreibt) (?:(?:den|die|das|der|einen|eine|ein)\s+)?"
        r"(?P<term>.{2,60}?) als (?P<def>.+)$"
    ),
    "pt": re.compile(
        rf"^{_WHO} (?:define|descreve) (?:(?:o|a|os|as|um|uma)\s+)?"
        r"(?P<term>.{2,60}?) como (?P<def>.+)$"
    ),
}
# "Se habla de **hiperinflación** cuando los precios suben …", "On parle de X lorsque …":
# the term, and when it applies.
_SPOKEN_OF = {
    language: re.compile(
        rf"^(?:{speaks})\s+(?P<term>[^,;:]{{2,50}}?)\s+(?:{when})(?:\s+|(?<=['’]))"
        r"(?P<def>.{8,})$",
        re.I,
    )
    for language, speaks, when in (
        ("fr", r"on\s+parle\s+d(?:e|['’])\s*", r"quand|lorsqu(?:e|['’])"),
        ("es", r"se\s+habla\s+de", r"cuando|si"),
        ("it", r"si\s+parla\s+di", r"quando|se"),
        ("pt", r"fala-se\s+(?:de|em)", r"quando|se"),
        ("de", r"man\s+spricht\s+von", r"wenn"),
    )
}
# "Unter **Charisma** versteht Weber eine …", "Mit X meint Beck, dass …", "Par X, Bourdieu
# entend …": what someone means by a term, in the other languages ("By X, Smith means …").
_MEANS_BY = {
    language: re.compile(
        rf"^(?:{by})\s+(?P<term>[^,;:]{{2,60}}?),?\s+{who_means},?\s+"
        rf"(?:(?:{that})\s+)?(?P<def>.{{8,}})$"
    )
    for language, by, who_means, that in (
        # (German puts its verb second, before who means it)
        ("de", r"Unter|Mit", rf"(?:versteht|meint|bezeichnet)\s+{_WHO}", r"dass"),
        ("fr", r"Par", rf"{_WHO}\s+(?:entend|désigne)", r"que|qu['’]"),
        ("es", r"Por", rf"{_WHO}\s+(?:entiende|designa)", r"que"),
        ("it", r"Per", rf"{_WHO}\s+(?:intende|designa)", r"che"),
        ("pt", r"Por", rf"{_WHO}\s+(?:entende|designa)", r"que"),
    )
}
_DESCRIBES = re.compile(r" (?:décrit|describe|descrive|beschreibt|descreve) ")
_COUNT_HINT = re.compile(
    rf"^{_WHO} defines (?P<term>.{{2,60}}?) (?:via|by|through|in terms of|with) "
    r"(?P<count>\w+) (?P<noun>[a-z]+s)\b"
)
# A copula between the words of a would-be term: a clause, what it claims.
_COPULA_INSIDE = re.compile(r"^\S.*\s(?:is|are|was|were)\s+\S")
_NOT_A_TERM = re.compile(
    r"^(?:this|that|it|these|those|which|what|he|she|they|we|there)\b|\b(?:this|that)$", re.I
)


@dataclass(frozen=True)
class Found:
    term: Inline
    definition: Inline
    sentence: Sentence
    who: str = ""  # who defines it, named by the sentence; "" for the note's author (`_draft`)
    glossary: bool = False  # "**Term**: explanation", written the same in every language
    article: str = ""  # the article the sentence puts before the term ("the **bit**")
    whole: bool = True  # the definition is the sentence's point: no claim is made of it
    plural: bool = False  # the sentence says the term is plural ("**trabeculae**, which are")


# "…: Harari calls this the **Cognitive Revolution**": the term names what came before.
_CALLS_THIS = re.compile(
    rf"^(?P<def>.{{12,}}?)(?:[:;,]|\s[—–])\s+{_WHO} calls (?:this|it|that|these|them) "
    r"(?:(?P<article>the|an?) )?(?P<term>[^,;:]{2,60}?)$"
)
# "…; this is now called **biomagnification**": the name given to what came before.
_THIS_IS_CALLED = re.compile(
    r"^(?P<def>.{12,}?)[:;,]\s+(?:this|which)\s+is\s+(?:(?:now|often|sometimes|also)\s+)?"
    # (or without "called": "… can even hurt; this is the **expertise reversal effect**")
    r"(?:(?:called|known as)\s+)?(?:(?P<article>the|an?)\s+)?(?P<term>[^,;:]{2,60}?)"
    # (and what the sentence goes on to say of it: "…; this is called **cavitation**, and it
    # blocks the vessel")
    r"(?:,\s+(?:and|but)\s+.*)?$"
)
# "Harari calls things that exist only in shared imagination **imagined realities**; …":
# the marked term comes after what it names.
_CALLS_BEFORE = re.compile(
    rf"^(?:.*[;:]\s+)?{_WHO} calls (?P<def>[^;:]{{8,}}?) (?:(?P<article>the|an?) )?$"
)
# (a short "of" phrase may qualify the name: "… the **hidden curriculum** of schooling.")
_CLAUSE_END = re.compile(r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s*(?:[;:,.]\s.*)?$", re.S)


def _named_after(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    """A term the author gives to what the sentence describes, marked by the note: "…:
    Harari calls this the **Cognitive Revolution**", "Harari calls X **imagined
    realities**; …", "X, which Arendt calls *Amtssprache*", "X she calls **Y**"."""
    if " called " in plain or " known as " in plain or "his is " in plain:
        # "Concentrations rise at each step …; this is now called **biomagnification**"
        named = _naming_what_came_before(text, _THIS_IS_CALLED.match(plain), sentence)
        if named is not None:
            return named
    if " calls " not in plain:
        return None
    named = _naming_what_came_before(text, _CALLS_THIS.match(plain), sentence)
    if named is not None:
        return named
    for start, end, span in positioned(text):
        if not _names_a_term(span) or not _CLAUSE_END.match(plain, end):
            continue
        named = _which_calls(text, plain, start, span, sentence) or _fronted_call(
            text, plain, start, span, sentence
        )
        if named is not None:
            return named
        before = _CALLS_BEFORE.match(plain[:start])
        if before is not None and not _NOT_A_TERM.match(before["def"]):  # not "this approach"
            definition = strip_spans(slice_spans(text, *before.span("def")))
            article = (before["article"] or "").lower()
            return Found((span,), definition, sentence, before["who"], article=article)
    return None


def _naming_what_came_before(
    text: Inline, found: re.Match[str] | None, sentence: Sentence
) -> Found | None:
    """The marked term a naming pattern (`_CALLS_THIS`, `_THIS_IS_CALLED`) found, defined
    by what the sentence says before it; or None."""
    term = _marked_term_of(text, found)
    if found is None or not term:
        return None
    definition = strip_spans(slice_spans(text, *found.span("def")))
    article = (found["article"] or "").lower()
    return Found(term, definition, sentence, found.groupdict().get("who") or "", article=article)


# "Eichmann spoke in clichés and official jargon, which Arendt calls *Amtssprache*; …"
_WHICH_CALLS = re.compile(
    rf"^(?P<said>[^;:]*?),\s+which\s+{_WHO}\s+calls\s+(?:(?P<article>the|an?)\s+)?$"
)


def _which_calls(
    text: Inline, plain: str, start: int, span: Span, sentence: Sentence
) -> Found | None:
    """The marked term a relative clause gives to what the clause before it ends with (its
    object, or what follows its last preposition); the rest of the sentence is still a claim."""
    found = _WHICH_CALLS.match(plain[:start])
    if found is None:
        return None
    said = found["said"]
    begin = 0
    clause_found = clause(said)
    if clause_found is not None:
        begin = clause_found.verb_end
    words = list(re.finditer(r"[\w'’-]+", said[begin:]))
    if words and words[0].group().lower() in PREPOSITIONS:
        begin += words[0].end()
    definition = strip_spans(slice_spans(text, begin, len(said)))
    if not 3 <= len(plain_text(definition).split()) <= 12:
        return None
    article = (found["article"] or "").lower()
    return Found((span,), definition, sentence, found["who"], article=article, whole=False)


# "The data that exceed what a service needs she calls **behavioral surplus**": what is
# named comes first, then who names it.
_FRONTED_CALLS = re.compile(
    r"^(?P<said>[^;:]{12,}?)\s+(?:(?:he|she|they)|(?P<who>[A-Z][\w.'’-]+))\s+calls\s+"
    r"(?:(?P<article>the|an?)\s+)?$"
)


def _fronted_call(
    text: Inline, plain: str, start: int, span: Span, sentence: Sentence
) -> Found | None:
    found = _FRONTED_CALLS.match(plain[:start])
    if found is not None and found["said"].endswith((" what", " What")):
        # ("… distinguishes dropping out from what she calls **refusal in place**: staying
        # inside society …": nothing before names it; its gloss after the colon does)
        glossed = _GLOSS_AFTER_TERM.match(plain, start + len(span.text))
        if glossed is None or len(glossed["gloss"].split()) < _CALLED_GLOSS_WORDS:
            return None
        definition = strip_end(strip_spans(slice_spans(text, *glossed.span("gloss"))))
        return Found((span,), definition, sentence, found["who"] or "", whole=False)
    if found is not None and _RELATIVE_END.search(found["said"]):
        return _named_in_relative(text, plain, (start, span), found, sentence)
    if found is None or _NOT_A_TERM.match(found["said"]) or clause(found["said"]) is None:
        return None
    # (the noun that only announces the name is no part of what it names: "…, a condition
    # he calls **the tyranny of intimacy**")
    shell = _ANNOUNCING_NOUN.search(found["said"])
    said_end = found.start("said") + shell.start() if shell else found.end("said")
    definition = strip_spans(slice_spans(text, 0, said_end))
    article = (found["article"] or "").lower()
    return Found((span,), definition, sentence, found["who"] or "", article=article)


_ANNOUNCING_NOUN = re.compile(r",\s+(?:a|an)\s+[a-z]+\s*$")
_GLOSS_AFTER_TERM = re.compile(r"\s*:\s+(?P<gloss>[^;:]+)")
_CALLED_GLOSS_WORDS = 3  # (the fewest words of a gloss after "what she calls **X**:")
# "… are sold in a new kind of market that Zuboff calls **X**, where …": the name is given in
# a relative clause, to the noun phrase before it.
_RELATIVE_END = re.compile(r"\s(?:that|which)$")
_WHERE_AFTER = re.compile(r",\s+(?:where|in which|whereby|through which)\s[^;]{6,}$")


def _named_in_relative(
    text: Inline, plain: str, at: tuple[int, Span], found: re.Match[str], sentence: Sentence
) -> Found | None:
    """The noun phrase a relative clause names ("a new kind of market"), after its clause's
    verb and preposition, with what a "where" clause after the term says of it."""
    start, span = at
    said = found["said"][: _RELATIVE_END.search(found["said"]).start()]
    stated = clause(said)
    begin = stated.verb_end if stated is not None else 0
    words = list(re.finditer(r"[\w'’-]+", said[begin:]))
    if words and is_participle(words[0].group()):
        words = words[1:]  # ("are sold in …": the passive's participle)
    if words and words[0].group().lower() in PREPOSITIONS:
        begin += words[0].end()
    begin = _last_indefinite(said, begin, "en")
    if not 2 <= len(said[begin:].split()) <= _RELATIVE_NAMED_WORDS:
        return None
    where = _WHERE_AFTER.match(plain, start + len(plain_text((span,))))
    end_of = where.end() if where is not None else len(said)
    named = strip_spans(slice_spans(text, begin, len(said)))
    if where is not None:
        named = (*named, *strip_spans(slice_spans(text, where.start(), end_of), " \t\n"))
    article = (found["article"] or "").lower()
    # (with its "where" clause the definition is the whole sentence; without, the rest is
    # a claim of its own: "The guilds kept [a register of masters] that Smith calls …")
    who = found["who"] or ""
    return Found((span,), strip_end(named), sentence, who, article=article, whole=bool(where))


_RELATIVE_NAMED_WORDS = 8
_FOREIGN_NAMED_CLAUSE_WORDS = 16
# An indefinite article, in each language: what a relative clause names opens with one ("by
# an abstract principle that …", "con un principio astratto che …").
_INDEFINITE = {
    "en": r"an?",
    "fr": r"une?",
    "es": r"una?",
    "it": r"un[oa]?|un['’]",
    "pt": r"uma?",
}


def _last_indefinite(said: str, begin: int, language: str) -> int:
    """Where the noun phrase a relative clause names starts in `said` (from `begin`): at
    the last indefinite article that leaves two words or more ("justifies its power by [an
    abstract principle]"), or at `begin`."""
    pattern = rf"(?<![\w'’-])(?:{_INDEFINITE[language]})(?:\s+|(?<=['’]))"
    found = [m.start() for m in re.finditer(pattern, said[begin:], re.I)]
    found = [at for at in found if len(said[begin + at :].split()) >= 2]
    # (not one inside the phrase of another: "una labradora de [un pueblo vecino]")
    heads = [at for at in found if not _after_of(said, begin + at)]
    found = heads or found
    return begin + found[-1] if found else begin


_OF_WORDS = frozenset("of de di do da du del della dello des dos das".split())


def _after_of(said: str, at: int) -> bool:
    """Whether the word before `at` is an "of" (its article opens the phrase of a noun)."""
    before = said[:at].split()
    return bool(before) and before[-1].lower() in _OF_WORDS


# "… con un principio astratto che Mosca chiama **formula politica**: …": the same naming
# in a relative clause, in the other languages notes are kept in (not German, whose
# relative clause puts its verb last: "…, das Weber **X** nennt").
_FRONTED_CALLS_IN = {
    language: re.compile(
        rf"^(?P<said>[^;:]{{12,}}?),?\s+(?:{that})\s+(?:(?P<who>[A-Z][\w.'’-]+)\s+)?(?:{calls})\s+"
        rf"(?:(?P<article>{articles})\s*)?$"
    )
    for language, that, calls, articles in (
        ("fr", r"qu(?:e|['’])", r"appelle|nomme", r"le|la|les|l['’]"),
        # (its preposition too: "…, a la que llama **Dulcinea**", "…, a que chama …")
        ("es", r"(?:a\s+l[ao]s?\s+|al\s+)?que", r"llama|denomina", r"el|la|los|las"),
        ("it", r"che", r"chiama|definisce", r"il|lo|la|i|gli|le|l['’]"),
        ("pt", r"(?:a\s+|ao\s+|aos\s+|às?\s+)?que", r"chama|denomina", r"o|a|os|as"),
    )
}


# "Nella seconda edizione Mosca introduce la **difesa giuridica**: l'insieme dei …": the
# term an author introduces, and the gloss a colon gives it (after a determiner).
_INTRODUCES = {
    language: re.compile(
        rf"^(?:[^:;]{{0,60}}?\s)?(?P<who>[A-Z][\w'’-]+)\s+(?:{verbs})\s+"
        rf"(?:(?P<article>{articles})(?:\s+|(?<=['’])))?$"
    )
    for language, verbs, articles in (
        ("en", r"introduces|proposes|describes", r"the|an?"),
        ("fr", r"introduit|propose|décrit", r"le|la|les|l['’]|une?"),
        ("es", r"introduce|propone|describe", r"el|la|los|las|una?"),
        ("it", r"introduce|propone|descrive", r"il|lo|la|i|gli|le|l['’]|un[oa]?"),
        ("pt", r"introduz|propõe|descreve", r"o|a|os|as|uma?"),
    )
}
_GLOSS_AFTER_COLON = {
    language: re.compile(rf"\s*:\s+(?P<def>(?:{determiners})(?:\s+|(?<=['’]))[^;]{{8,}})$", re.I)
    for language, determiners in (
        ("en", r"the|an?|all|any|every"),
        ("fr", r"le|la|les|l['’]|une?|tou[ts]|toutes?"),
        ("es", r"el|la|los|las|lo|una?|todos?|todas?"),
        ("it", r"il|lo|la|i|gli|le|l['’]|un[oa]?|tutt[oaie]"),
        ("pt", r"o|a|os|as|uma?|todos?|todas?"),
    )
}


def _introduced_and_glossed(
    text: Inline, plain: str, sentence: Sentence, language: str
) -> Found | None:
    """The marked term an author introduces, and what the colon after it says it is."""
    introduces, gloss = _INTRODUCES.get(language), _GLOSS_AFTER_COLON.get(language)
    if introduces is None or gloss is None or ": " not in plain:
        return None
    for start, end, span in positioned(text):
        if not may_be_term(span):
            continue
        found = introduces.match(plain[:start])
        glossed = gloss.match(plain, end) if found is not None else None
        if found is None or glossed is None:
            continue
        definition = strip_spans(slice_spans(text, glossed.start("def"), len(plain)), " .")
        article = (found["article"] or "").lower()
        return Found((span,), strip_end(definition), sentence, found["who"], article=article)
    return None


def _named_in_foreign_relative(
    text: Inline, plain: str, sentence: Sentence, language: str
) -> Found | None:
    """The marked term a relative clause in another language gives to the noun phrase
    before it, from its indefinite article ("un principio astratto che Mosca chiama
    **formula politica**"); the rest of the sentence is still a claim."""
    pattern = _FRONTED_CALLS_IN.get(language)
    if pattern is None:
        return None
    for start, end, span in positioned(text):
        if not _names_a_term(span) or not _CLAUSE_END.match(plain, end):
            continue
        found = pattern.match(plain[:start])
        if found is None:
            continue
        said = found["said"]
        begin = _last_indefinite(said, 0, language)
        if begin == 0 or not 2 <= len(said[begin:].split()) <= _RELATIVE_NAMED_WORDS:
            return None
        # (the clause it closes says what the thing named does, when it is short: "[Ogni
        # classe dirigente giustifica il proprio potere con] un principio astratto")
        begin = 0 if len(said.split()) <= _FOREIGN_NAMED_CLAUSE_WORDS else begin
        named = strip_spans(slice_spans(text, begin, len(said)))
        article = (found["article"] or "").lower()
        return Found(
            (span,), strip_end(named), sentence, found["who"] or "", article=article, whole=False
        )
    return None


# "Ousterhout calls this approach **modular design**." after the sentence that describes it.
_CALLS_THIS_ALONE = {
    "en": [
        re.compile(
            rf"^{_WHO} (?:(?:later|now|often|sometimes|also) )?(?:calls|called|call) "
            rf"(?:this|that|these|it|them){noun} "
            r"(?:(?P<article>the|an?) )?(?P<term>[^,;:]{2,60}?)$"
        )
        # (the marked term right after "these" first: "called these **transaction costs**";
        # then after a noun: "calls this approach **modular design**")
        for noun in ("", "(?: [a-z]+)")
    ]
    # (or what it came to be called: "This idea later became known as **hegemonic stability
    # theory**, although …")
    + [
        re.compile(
            r"^(?:This|That|These)(?: [a-z]+)? (?:(?:later|soon|eventually|now) )?"
            r"(?:became|has become|is|are|was|were) (?:(?:now|often|sometimes|also|later) )?"
            # (or a noun between: "This is the theory later called **regulatory capture**")
            r"(?:(?:the|an?) [a-z]+ (?:(?:later|now|often|since|also) )?)?"
            r"(?:known as|called|named|dubbed) (?:(?P<article>the|an?) )?(?P<term>[^,;:]{2,60}?)"
            r"(?:,\s+(?:although|though|even though|but|a term|a name)\b.*)?$"
        )
    ],
    # (the same in the other languages notes are kept in: "Vico chiama questo ritorno
    # **ricorso**", "Pascal appelle cela **divertissement**")
    **{
        language: [
            re.compile(
                rf"^{_WHO} (?:{verbs}) (?:{these}){noun} "
                rf"(?:(?P<article>{articles}) ?)?(?P<term>[^,;:]{{2,60}}?)$"
            )
            for noun in ("", r"(?: [\w'’-]+)")
        ]
        for language, verbs, these, articles in (
            ("fr", "appelle|nomme", "cela|ceci|ce|cet|cette|ces", "le |la |les |l['’]|un |une "),
            (
                "es",
                "llama|denomina",
                "a esto|a este|a esta|esto|este|esta|estos|estas|eso",
                "el|la|los|las|un|una",
            ),
            (
                "it",
                "chiama|definisce",
                "questo|questa|questi|queste|ciò",
                "il|lo|la|i|gli|le|l['’]|un|una|uno",
            ),
            (
                "de",
                "nennt|bezeichnet",
                "dies|das|diese|diesen|dieses|dieser",
                "den|die|das|einen|eine|ein",
            ),
            ("pt", "chama|denomina", "isso|isto|este|esta|esse|essa|a isso", "o|a|os|as|um|uma"),
        )
    },
}
# The verbs of naming each pattern of `_CALLS_THIS_ALONE` needs (most sentences have none).
_CALLING = {
    "en": (" calls ", " called ", " call ", " known as ", " named ", " dubbed "),
    "fr": (" appelle ", " nomme "),
    "es": (" llama ", " denomina "),
    "it": (" chiama ", " definisce "),
    "de": (" nennt ", " bezeichnet "),
    "pt": (" chama ", " denomina "),
}


# "…, and the **stress response** is what the body does …", "…, while **society** refers
# to …": a second term, defined too.
# What joins one definition to the next in a sentence: ", and the **X** is …", "…; **Y**
# are …", "…; and **Z** are …".
_AND_THEN = re.compile(r"(?:,|;)\s+(?:(?:and|while|whereas)\s+)?(?:(?:the|a|an)\s+)?$")
# (or a colon, after a semicolon: "**exogamy**: marrying outside …; **endogamy**: …")
# (or, set against the first, what it can do: "… are killed by oxygen, while **facultative
# anaerobes** can grow with or without it")
_IS_AFTER = re.compile(
    r"(?:\s+(?:is|are|refers? to|means|denotes)\s+|:\s+|\s+(?=(?:can|cannot|may|must)\s))"
    r"(?P<def>.{8,})$"
)


def _more_definitions(
    found: Found, text: Inline, plain: str, sentence: Sentence
) -> tuple[Found, list[Found]]:
    """A definition whose text goes on to define more marked terms: the first cut where the
    second begins, and each of the others ("A **stressor** is X, and the **stress
    response** is Y"; "The **longue durée** is X; **conjunctures** are Y; and **events**
    are Z")."""
    definition = plain_text(found.definition)
    offset = plain.find(definition)
    if offset < 0:
        return found, []
    # (each further term: where the words that join it begin, the term, its definition's start)
    joins: list[tuple[int, Span, str, int]] = []
    cut = offset
    for start, end, span in positioned(text):
        if start <= cut or not may_be_term(span):
            continue
        joined = _AND_THEN.search(plain, cut, start)
        follows = _IS_AFTER.match(plain, end)
        if joined is None or follows is None:
            continue
        article = plain[joined.start() : start].split()[-1].lower()
        joins.append((joined.start(), span, article, follows.start("def")))
        cut = follows.start("def")
    if not joins:
        return found, []
    first = replace(found, definition=strip_spans(slice_spans(text, offset, joins[0][0])))
    others = []
    for index, (_, span, article, begin) in enumerate(joins):
        stop = joins[index + 1][0] if index + 1 < len(joins) else len(plain)
        others.append(
            Found(
                (span,),
                strip_spans(slice_spans(text, begin, stop)),
                sentence,
                found.who,
                article=article if article in ARTICLES else "",
            )
        )
    return first, others


def _named_after_previous(
    text: Inline, plain: str, sentence: Sentence, before: Sentence | None, language: str = "en"
) -> Found | None:
    """A term the author gives, in a sentence of its own, to what the sentence before
    describes: "… at any given time. Ousterhout calls this approach **modular design**."
    ("Vico chiama questo ritorno **ricorso**.")."""
    if before is None or not any(word in plain for word in _CALLING[language]):
        return None
    for pattern in _CALLS_THIS_ALONE[language]:
        found = pattern.match(plain)
        term = _marked_term_of(text, found)
        if found is not None and term:
            break
    else:
        return None
    article = (found["article"] or "").lower()
    # (what the sentence before says, without its reporting frame: "Coase argues that …")
    described = strip_end(before.named)
    plain_before = plain_text(described)
    said = content_start(plain_before)
    colon = plain_before.find(": ", said)
    # (only after what someone named does, "Goffman uses …:"; "there is a cost of using
    # the price mechanism: …" is itself what "this" names)
    opening = plain_before[said:].split(None, 1)[:1]
    by_author = bool(opening) and opening[0].istitle() and opening[0].lower() not in STOPWORDS
    # (or a label of what is theirs: "Stigler's central thesis: [as a rule, regulation …]")
    theirs = bool(opening) and opening[0].endswith(("'s", "’s")) and opening[0][:1].isupper()
    if theirs and colon > said and len(plain_before[said:colon].split()) <= _LABEL_WORDS:
        by_author = True
    if by_author and colon > said and len(plain_before[colon + 2 :].split()) >= _AFTER_COLON_WORDS:
        # ("Goffman uses the theatre as a model: [people perform a role …]. He calls this
        # **impression management**": what the colon spells out is what "this" names)
        said = colon + 2
    if said:
        described = strip_spans(slice_spans(described, said, len(plain_before)))
    who = found.groupdict().get("who") or ""  # (no one when it "became known as" …)
    return Found(term, described, sentence, who, article=article)


_AFTER_COLON_WORDS = 6
_LABEL_WORDS = 4  # "Stigler's central thesis": a label, no clause


def _this_term(text: Inline, sentence: Sentence, before: Sentence | None) -> Found | None:
    """ "This **degradation problem** is not caused by …" after the sentence that describes
    it: the marked term names what the sentence before says (and this one stays a claim)."""
    if before is None or len(text) < 2 or text[0].kind != "text" or not may_be_term(text[1]):
        return None
    if text[0].text not in ("This ", "These ") or len(plain_text(before.spans).split()) < 6:
        return None
    return Found((text[1],), strip_end(before.named), sentence, article="the", whole=False)


def _marked_term_of(text: Inline, found: re.Match[str] | None) -> Inline:
    """The spans of `found`'s term when they are one span the note marks, whole; or ()."""
    if found is None:
        return ()
    term = strip_spans(slice_spans(text, *found.span("term")))
    return term if len(term) == 1 and _names_a_term(term[0]) else ()


def _names_a_term(span: Span) -> bool:
    """Bold, highlighted, linked or in italics: how notes mark a term they name."""
    return may_be_term(span) or _italic(span)


def _italic(span: Span) -> bool:
    return span.kind == "text" and "em" in span.marks


def _may_define(sentence: Sentence) -> bool:
    """Whether the sentence could define a term without a defining word: it marks one, ends
    with a quoted one, or opens a list item (`_plain_gloss`)."""
    if sentence.list_item and sentence.index == 0:
        return True
    last = sentence.named[-1].text.rstrip(" .") if sentence.named else ""
    # (or ends with a quoted name: 'A bad used car is a "lemon".'; or glosses one: 'the
    # "descriptive fallacy", the assumption that …')
    return (
        last.endswith(('"', "”", "'", "’"))
        or any(_names_a_term(s) for s in sentence.named)
        or any('", the ' in s.text or "”, the " in s.text for s in sentence.named)
    )


def _match(
    sentence: Sentence, text: Inline, plain: str, doc: Document, defining: bool
) -> Found | None:
    """The definition the sentence states, if any; `text` is the sentence with the author
    named and its end stripped, `plain` its plain text; `defining`, whether it has a word
    (`_DEFINING`) that `_PATTERNS` need."""
    language = doc.source.language
    patterns: Sequence[re.Pattern[str]] = (
        (*_PATTERNS, _CALLS_MARKED["en"]) if language == "en" and defining else ()
    )
    if language in _DEFINES_AS:
        patterns = (
            _DEFINES_AS[language],
            _CALLS_MARKED[language],
            _SPOKEN_OF[language],
            _MEANS_BY[language],
        )
    for pattern in patterns:
        found = pattern.match(plain)
        if not found:
            continue
        term = strip_spans(slice_spans(text, *found.span("term")))
        marked = [s for s in term if s.kind == "wikilink" or s.marks & {"strong", "mark", "em"}]
        if pattern is _CALLS_MARKED.get(language) and (
            len(marked) != 1 or marked[0].text.strip() != plain_text(term).strip()
        ):
            continue  # (only a term the note marks is named so: "appelle **divertissement** …")
        if pattern is _DEFINES_AS.get(language) and not marked and _DESCRIBES.search(plain):
            # ("Kracauer beschreibt die Angestellten als **geistig obdachlos**": a thing
            # described, as "describes X as" in English, not a term the note marks)
            continue
        article = found.groupdict().get("article") or ""
        if len(marked) == 1 and pattern in _CALLS_THEN_COLON:
            # "Kuhn calls most research **normal science**: …", "… call X the *rebound
            # effect*: …" (with the article before it)
            before = plain_text(term).partition(marked[0].text)[0].split()
            article = before[-1].lower() if before and before[-1].lower() in ARTICLES else ""
            term = (marked[0],)
        term_text = plain_text(term)
        if _NOT_A_TERM.search(term_text) or len(term_text.split()) > 7:
            continue
        if term_text.split()[0].lower() in PREPOSITIONS:
            continue  # ("At the same time the cock stands for …": a phrase of time, no term)
        if _JUDGED_NOT_NAMED.search(term_text):
            # ("calls this economy of knowledge a "marvel"", "calls barbarism whatever is not
            # his own practice": what he calls a thing, no name it is given)
            continue
        if term_text in (doc.source.author_short, doc.source.author, "He", "She", "They"):
            continue  # ("Haidt names three forces …": who names, not what a word means)
        who = found.groupdict().get("who") or ""
        if any(word.lower() in ARTICLES for word in who.split()[1:]):
            continue  # ("Payoff of a long call at expiry: …": a noun "call", no one calls)
        # (what is named first may close an aside with its comma: "Goods whose …, because
        # …, are now called …")
        # (an example after the meaning is no part of it: "…, such as Calais or Bruges")
        example = _EXAMPLE_AFTER.search(plain, *found.span("def"))
        meaning = (found.start("def"), example.start() if example else found.end("def"))
        definition = strip_spans(slice_spans(text, *meaning), " ,")
        if found.groupdict().get("more"):
            definition = join(definition, slice_spans(text, found.end("term"), found.end("more")))
        return Found(term, definition, sentence, who, article=article)
    if language == "en":
        named = (
            _named_after(text, plain, sentence)
            or _named_by_quotes(text, plain, sentence)
            or _named_by_copula(text, plain, sentence)
            or _quoted_and_glossed(text, plain, sentence)
        )
        if named is not None:
            return named
    return (
        _named_by_arrow(text, plain, sentence)
        or (_named_in_foreign_relative(text, plain, sentence, language) if defining else None)
        or _introduced_and_glossed(text, plain, sentence, language)
        or (_named_at_end(text, plain, sentence) if language == "en" else None)
        or (_term_if(text, plain, sentence) if language == "en" else None)
        or _marked_term_is(text, plain, sentence, doc)
        or _plain_gloss(text, plain, sentence)
    )


# "sellers know the quality, buyers do not → **asymmetric information**": the marked term
# after an arrow that ends the sentence names what comes before it.
_ITEM_LABEL = re.compile(r"^[^:]{1,40}:\s+")


# "Economists say that a good is an **inferior good** if an increase in income leads to a
# decrease in demand", "A language is called a **regular language** if …": the term, and the
# condition that makes a thing one.
_IS_TERM_IF = re.compile(
    r"(?:^|\bthat\s+)(?P<thing>(?:[Aa]n?|[Tt]he)\s+[\w-]+(?:\s+[\w\\-]+){0,2}?)\s+(?P<verb>is|has)\s+"
    r"(?:(?:called|said\s+to\s+be)\s+)?(?:(?P<article>an?|the)\s+)?$"
)
# (after what the term is of: "has a **comparative advantage** in a good when …")
_CONDITION = re.compile(
    r"\s+(?:(?:in|for|over|on|of)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){1,3}?)?"
    r"(?P<condition>(?:if|when|whenever)\s+[^;:]{8,}?)(?:[;:]|$)"
)


def _term_if(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    for start, end, span in positioned(text):
        if not may_be_term(span):
            continue
        thing = _IS_TERM_IF.search(plain, 0, start)
        condition = _CONDITION.match(plain, end)
        if thing is None or condition is None:
            return None
        kind = thing["thing"]
        kind = f"{kind[:1].lower()}{kind[1:]}"  # ("A language is called …")
        # ("A country has a **comparative advantage** … when …": what it has then)
        opening = f"what {kind} has " if thing["verb"] == "has" else f"{kind} "
        definition = join(
            text_spans(opening),
            strip_spans(slice_spans(text, *condition.span("condition"))),
        )
        article = (thing["article"] or "").lower()
        return Found((span,), definition, sentence, article=article)
    return None


def _closing_term(
    text: Inline,
    plain: str,
    is_term: Callable[[Span], bool],
    naming: re.Pattern[str],
    headed: bool = False,
) -> tuple[Inline, re.Match[str]] | None:
    """The first term that ends the sentence (with `headed`, or the noun it qualifies does:
    "…: the **coercion-intensive** path"), and what `naming` finds right before it (an
    arrow, a colon), when it finds something."""
    for start, end, span in positioned(text):
        if not is_term(span):
            continue
        term: Inline = (span,)
        if plain[end:].strip():
            head = _HEAD_NOUN.fullmatch(plain, end) if headed else None
            if head is None or "NOUN" not in word_classes(head["head"]):
                continue
            term = (span, Span("text", f" {head['head']}"))
        before = naming.search(plain, 0, start)
        return (term, before) if before is not None else None
    return None


_HEAD_NOUN = re.compile(r"\s+(?P<head>[a-z][\w-]*)\s*")


def _named_by_arrow(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    if "→" not in plain and ">" not in plain:
        return None
    closing = _closing_term(text, plain, _names_a_term, ARROW_END)
    if closing is None:
        return None
    term, arrow = closing
    label = _ITEM_LABEL.match(plain)  # "Used cars: sellers know …": the label stays out
    begin = label.end() if label and label.end() < arrow.start() else 0
    if len(plain[begin : arrow.start()].split()) < 3:
        return None
    definition = strip_spans(slice_spans(text, begin, arrow.start()))
    return Found(term, definition, sentence)


# "Anything unfinished that you have not captured … pulls on your attention: an **open
# loop**": a marked term after a colon or a dash that ends the sentence names what the
# clause before it describes.
# (or who names it says so after the dash: "Anything that draws us out of ourselves helps —
# she calls this **unselfing**")
_NAMING_COLON = re.compile(
    r"\s*[:—–]\s+(?:(?:she|he|they|we|[A-Z][\w'’-]+)\s+calls?\s+(?:this|it|that)\s+)?"
    r"(?:(?P<article>an?|the)\s+)?$"
)
_NAMED_WORDS = 6  # what a term names is a clause: no shorter than this


def _named_at_end(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    if ":" not in plain and "—" not in plain and "–" not in plain:
        return None
    closing = _closing_term(text, plain, may_be_term, _NAMING_COLON, headed=True)
    if closing is None:
        return None
    term, colon = closing
    if len(plain[: colon.start()].split()) < _NAMED_WORDS:
        return None
    found = clause(plain[: colon.start()])
    if found is None or not found.subject:
        return None  # "Two kinds of error: **slips**" names no clause
    definition = strip_spans(slice_spans(text, 0, colon.start()))
    return Found(term, definition, sentence, article=(colon["article"] or "").lower())


# "The smallest repeating unit of the lattice is the **unit cell**": a marked term that
# ends the sentence after "is" names what its subject describes.
_NAMING_COPULA = re.compile(r"\s+(?:is|are)\s+(?:called\s+)?(?P<article>an?|the|its|their)\s+$")
_NAMING_SUBJECT_WORDS = 4  # a description, not a name: "Its unit is the **bit**" says less


def _named_by_copula(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    if " is " not in plain and " are " not in plain:
        return None
    closing = _closing_term(text, plain, may_be_term, _NAMING_COPULA)
    if closing is None:
        return None
    term, copula = closing
    # (the clause after the last semicolon, when the term ends it: "This fluid is an
    # **exudate**; a fluid low in protein … is a **transudate**")
    semicolon = plain.rfind("; ", 0, copula.start())
    begin = main_clause_start(plain, semicolon + 2 if semicolon >= 0 else 0)
    subject = plain[begin : copula.start()]
    words = subject.split()
    if len(words) < _NAMING_SUBJECT_WORDS or words[0].lower() in _POINTING:
        return None
    if semicolon >= 0 and any(word.lower().strip(",") in _POINTING_BACK for word in words):
        return None  # (after a semicolon, what points back to the first statement: "… above it")
    if content_start(plain) > begin:
        return None  # ("Smith argues that the cause is the **market**": a claim he reports)
    definition = strip_spans(slice_spans(text, begin, copula.start()), " ,")
    if definition and definition[0].kind == "text" and words[0] in ("The", "A", "An"):
        # (the answer reads as a phrase: "the smallest repeating unit of the lattice")
        first = definition[0]
        definition = (replace(first, text=first.text[:1].lower() + first.text[1:]), *definition[1:])
    # (the statement before the semicolon is still a claim of its own)
    article = copula["article"].lower()
    return Found(term, definition, sentence, article=article, whole=semicolon < 0)


_POINTING = PRONOUNS | DEICTIC | {"such"}  # (a subject that points elsewhere describes nothing)
# (inside a subject: "that" may open a relative clause, "one" count)
_POINTING_BACK = frozenset("it its they them their this these those he she him her his".split())


# 'A bad used car is a "lemon"': a quoted word the sentence ends with is the name of its
# subject.
_IS_QUOTED = re.compile(
    r"^(?P<def>[^,;:]{6,80}?)\s+(?:is|are)\s+(?:called\s+)?(?:(?P<article>an?|the)\s+)?"
    r"[\"“'‘](?P<term>[^\"”'’]{2,40})[\"”'’]$"
)


def _named_by_quotes(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    if not plain.endswith(('"', "”", "'", "’")):
        return None
    found = _IS_QUOTED.match(plain)
    if found is None or _NOT_A_TERM.match(found["def"]):
        return None
    term = strip_spans(slice_spans(text, *found.span("term")))
    definition = strip_spans(slice_spans(text, *found.span("def")))
    article = (found["article"] or "").lower()
    return Found(term, definition, sentence, article=article)


# 'Austin attacks the "descriptive fallacy", the assumption that …': a quoted term, glossed
# by the kind of idea it names.
_QUOTED_GLOSSED = re.compile(
    r"[\"“](?P<term>[^\"”]{2,40})[\"”],\s+(?P<def>the\s(?:[a-z]+\s){0,2}?(?:assumption|belief|"
    r"idea|view|claim|doctrine|notion|thesis|practice|error|mistake|fallacy|conviction|"
    r"principle|tendency|habit|narrative|account|story|picture|model|genre|tradition)"
    r"\s(?:that|of)\s[^;]{8,})$"
)


def _quoted_and_glossed(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    if '", the ' not in plain and "”, the " not in plain:
        return None
    found = _QUOTED_GLOSSED.search(plain)
    if found is None:
        return None
    term = strip_spans(slice_spans(text, *found.span("term")))
    definition = strip_spans(slice_spans(text, *found.span("def")))
    return Found(term, definition, sentence, article="the")


# "- Fast retransmit: three duplicate ACKs make the sender resend …": a list item that
# opens with a short name and a colon says what the name is (lecture notes seldom bold it).
_PLAIN_GLOSS = re.compile(
    r"(?P<article>(?:The|An?) )?[\"“]?(?P<term>[\w][\w'’ -]{1,48}?)[\"”]?(?: \([^()]{1,40}\))?"
    r"(?:\s*:|\s+(?:=|—|–|→))\s+(?P<def>\S.{10,})"
)
# … unless the name is a label: what follows it is no meaning of the word.
LABELS = frozenset(
    "note notes example examples summary source sources tip tips warning todo question answer "
    "idea ideas me my take quote definition pros cons problem solution result results "
    "conclusion goal thesis claim reason effect cause why how what key takeaway takeaways "
    "aside caveat context background update edit tl;dr tldr main point lesson hint important "
    "nb ps see also remedies fixes causes effects uses applications advantages disadvantages "
    "drawbacks limitations steps tips symptoms treatments location place date dates outcome "
    "venue participants casualties belligerents commanders aim aims purpose purposes "
    "objective objectives goals mission "
    # (what gives the evidence for a claim: "Polling: 37% of British workers said …")
    "evidence data poll polls polling survey surveys findings statistics figures "
    # (and the examples' labels in the other languages: "Casos clásicos: Alemania en 1923, …")
    "caso casos ejemplo ejemplos exemple exemples esempio esempi beispiel beispiele exemplo "
    "exemplos".split()
)
_GLOSS_WORDS = 5
# A year in brackets after a name, as a citation gives it: " (1914)", " (c. 1900)", " (1914–16)".
_CITED_YEAR = re.compile(r"[\"”]?\s\((?:c\.\s*)?\d{3,4}(?:\s*[–-]\s*\d{2,4})?\)")
# What a label names after its adjective ("Traditional date", "Modern view", "Main point").
_LABEL_HEADS = frozenset(
    "date dates view views year years time period place point points answer reason reasons "
    "result results example examples takeaway lesson idea ideas".split()
)
_CLAIM_BEFORE_WORDS = 10
_ORDER_WORDS = frozenset(("first", "last", "next", "again", "always", "never", "now", "later"))
_RULE_OPENERS = frozenset("never always don't do avoid be no not".split())


_QUANTIFIERS = frozenset("many most some few several all both each every".split())


# The words an article may follow inside a noun phrase ("half a", "such a").
_BEFORE_ARTICLE = frozenset("half such what quite all both rather many".split())


def _reads_as_clause(name: str) -> bool:
    """Whether a name is a clause (a noun subject and its verb), not a noun phrase whose
    adverb or participle only looks like a subject ("Clearly defined boundaries",
    "Graduated sanctions")."""
    found = clause(name)
    if found is None:
        return False
    verb = name[found.verb_start : found.verb_end].strip()
    if found.verb_end >= len(name.rstrip()) and is_plural_noun(verb.lower(), known=True):
        return False  # ("P waves", "Surface waves", "Price controls": a plural noun ends it)
    after = name[found.verb_end :].split()
    before = name[: found.verb_start].lower().split()
    if (
        verb.endswith("ed")
        and len(after) == 1
        and not set(before) & (DETERMINERS | _QUANTIFIERS)
        and not any(is_plural_noun(word, known=True) for word in before)
    ):
        return False  # ("First-price sealed bid": a participle before the noun it describes)
    return any("NOUN" in word_classes(w.lower()) for w in found.subject.split())


_ONE_NAME = re.compile(r"[A-Z][\w'’-]+")
_LISTED_AUTHORS = re.compile(
    r"[A-Z][\w'’-]+(?:(?:,\s+|\s+(?:and|&)\s+)[A-Z][\w'’-]+)+|[A-Z][\w'’-]+\s+et\s+al\.?"
)


def _cites(name: str, gloss: str) -> bool:
    """Whether a name before a year in brackets is who wrote a work, not a thing of that year
    ("Peace of Augsburg (1555): …"): names listed ("Dewey and Kilpatrick", "Smith et al."), or
    one name and what the work holds, a clause of its own or a verb in the past ("Bickerton
    (1981): creoles everywhere share …", "Hunt (1964): revived interest in …")."""
    if _LISTED_AUTHORS.fullmatch(name):
        return True
    if not _ONE_NAME.fullmatch(name):
        return False
    first = gloss.split(None, 1)[0]
    return _says_of_its_own(gloss) or is_simple_past(first)


def _says_of_its_own(gloss: str) -> bool:
    """Whether a gloss is a clause with a subject of its own ("Luther's pamphlets spread …")."""
    said = clause(gloss)
    return said is not None and said.start == 0 and bool(said.subject)


# A case worked through after a label: "if … then …".
_WORKED_CASE = re.compile(r"if\s.+?\sthen\s", re.I)


def _plain_gloss(text: Inline, plain: str, sentence: Sentence) -> Found | None:
    """The first sentence of a list item written `Name: what it is`, when the name is a
    short noun phrase (no verb, no label such as "Note" or "Example")."""
    if not sentence.list_item or sentence.index != 0:
        return None
    found = _PLAIN_GLOSS.fullmatch(plain)
    if found is None:
        return None
    if any(span.kind in ("math", "code") for span in slice_spans(text, 0, found.start("def"))):
        return None  # ("Multiplier $k = \frac{1}{1 - MPC}$": a formula's "=" glosses nothing)
    name = found["term"].strip()
    if not (found["article"] or name[:1].isupper() or len(name.split()) <= 2):
        return None  # a name opens the item: capitalised, after its article, or short
    words = name.lower().split()
    if len(words) > _GLOSS_WORDS or " ".join(words) in LABELS or words[0] in LABELS:
        return None
    if len(words) > 1 and words[-1] in _LABEL_HEADS:
        return None  # "Traditional date: 476 CE, …", "Modern view (Brown): …" label a claim
    if DATE.fullmatch(name):
        return None  # a timeline's date ("June 17: the Third Estate declares …") is no term
    if len(words) > 1 and words[1] in ("a", "an", "the") and words[0] not in _BEFORE_ARTICLE:
        return None  # a verb and its object ("Needs a medium → no sound in a vacuum")
    if words[0] in SUBORDINATORS or max(len(w) for w in words) == 1:
        return None  # a condition or a formula's symbols ("if a → b and b → c, …") is no term
    if len(words) > 1 and words[-1] in _ORDER_WORDS:
        return None  # an order of steps ("Lifestyle first: weight loss, …"), not a name
    # A name, not a situation ("Followers with inconsistent logs") or someone's ("Hardin's
    # answer"): no preposition but "of", no possessive, no verb.
    if any(w in PREPOSITIONS and w != "of" for w in words) or "'s" in name or "’s" in name:
        return None
    if any(w in ("most", "least") for w in words) or (count_of(words[0]) and len(words) > 2):
        return None  # a rank ("The most powerful: …") or a count ("Seven stages of action: …")
    if _reads_as_clause(name) or len(found["def"].split()) < 4:
        return None
    if not found["article"] and (
        words[0] in _RULE_OPENERS
        # (a participle before its noun qualifies it: "Graduated sanctions: …", "Fringing
        # reef: …" are names)
        or (
            len(words) > 1
            and word_classes(words[0]) == frozenset({"VERB"})
            and not words[0].endswith("ed")
            and not (
                len(words) == 2
                and words[0].endswith("ing")
                and words[1] not in DETERMINERS
                and words[1] not in PRONOUNS
                and "NOUN" in word_classes(words[1])
                # (what it glosses is no clause of its own: "Printing press: Luther's
                # pamphlets spread …" says something of it)
                and not _says_of_its_own(found["def"])
            )
        )
    ):
        # a rule ("Never miss twice: …", "Keep it short: …"), not a name; a verb alone
        # names a step ("Clarify — decide what each item is …")
        return None
    if _someone_says(name, found["def"]):
        return None  # ("Charles Rosen: sonata form is a "dramatic" form …": what he says)
    cited = _CITED_YEAR.match(plain, found.end("term")) and not found["article"]
    if cited and _cites(name, found["def"]):
        return None  # ("Bickerton (1981): creoles everywhere share …": what a work holds)
    if _WORKED_CASE.match(found["def"]):
        return None  # ("Rare recessive diseases: if q² = … then …": a worked case, no gloss)
    term = strip_spans(slice_spans(text, *found.span("term")))
    begin, end = found.span("def")
    if _two_statements(plain, begin):
        return None  # ("Historiography: Fischer put …; Clark describes …": claims, not a gloss)
    labelled = _labelled_term(text, plain, begin, sentence)
    if labelled is not None:
        return labelled  # "Slogan: **fukoku kyōhei** — "rich country, strong army""
    whole = True
    if plain[found.end("term") : begin].strip() in ("—", "–"):
        # "Virtual money — units of account … — came long before coins": the gloss is
        # between the dashes, and what follows is said of the term (a claim too)
        closing = _CLOSING_DASH.search(plain, begin)
        if closing is not None and len(plain[closing.end() :].split()) >= 2:
            if _EXAMPLES.match(plain, begin):
                return None  # "Self-distraction — singing, playing … — was …": examples
            end, whole = closing.start(), False
    definition = strip_spans(slice_spans(text, begin, end))
    article = (found["article"] or "").strip().lower()
    return Found(term, definition, sentence, glossary=True, article=article, whole=whole)


_CLOSING_DASH = re.compile(r"\s[—–]\s")


def _two_statements(plain: str, begin: int) -> bool:
    """Whether what follows a label is two clauses parted by a semicolon, each with its own
    subject, as a list of who said what is."""
    cut = plain.find("; ", begin)
    if cut < 0:
        return False
    first, second = clause(plain, begin), clause(plain, cut + 2)
    return (
        first is not None
        and second is not None
        and first.start == begin
        and second.start == cut + 2
        and bool(first.subject)
        and bool(second.subject)
        and first.verb_start < cut
    )


# What a dash opens with when it gives examples, not a meaning: "— singing, playing …",
# "— e.g. …", "— such as …"
_EXAMPLES = re.compile(r"(?:[a-z]+ing,|e\.g\.|such as|like|for example|including)\s", re.I)


def _labelled_term(text: Inline, plain: str, begin: int, sentence: Sentence) -> Found | None:
    """A marked term right after a plain label, and its gloss ("Slogan: **fukoku kyōhei** —
    "rich country, strong army""): the term is defined, not the label."""
    for start, end, span in positioned(text):
        if start < begin:
            continue
        if start > begin or not may_be_term(span):
            return None
        # (a word or two may end the term's name: "Administration: **mansabdari** system =
        # officials ranked …")
        named = _NAME_ENDING.match(plain, end)
        glossary = _GLOSSARY.match(plain[named.end() :])  # (anchored at the string's start)
        if glossary is None:
            return None
        at = named.end() + glossary.start("def")
        definition = strip_end(strip_spans(slice_spans(text, at, len(plain))))
        term = (span,) if named.end() == end else strip_spans(slice_spans(text, start, named.end()))
        return Found(term, definition, sentence, glossary=True)
    return None


_NAME_ENDING = re.compile(r"(?:\s+[a-z][\w-]*){0,2}")


# (what it is may stand on its own line, a formula: "The **Lorenz equations** are\n$$…$$")
_IS = re.compile(r"^(?:,[^,]{1,60},)?\s+(?:is|are)\s+(?P<def>.+)$", re.S)
# "**Term**: explanation" / "**Term** – explanation" / "**Term** = explanation" /
# "**Term** → explanation", in any language.
_GLOSSARY = re.compile(r"^\s*(?:[:–—]|=|→|->)\s+(?P<def>.{3,})$", re.S)


# A heading over a glossary, where a word that labels elsewhere is a term ("## Definitions"
# over "- **Answer**: the subject transposed …").
_GLOSSARY_HEADING = re.compile(
    r"\b(?:definitions?|glossary|terms|key\s+terms|terminology|vocabulary|concepts)\b", re.I
)


def _glossary_section(sentence: Sentence) -> bool:
    return bool(sentence.section) and _GLOSSARY_HEADING.search(sentence.section[-1]) is not None


def _marked_term_is(text: Inline, plain: str, sentence: Sentence, doc: Document) -> Found | None:
    """`A **paradigm**, in Kuhn's sense, is a …`: a bold, highlighted or linked term that
    opens the sentence, then (after an optional aside between commas) is/are."""
    position = 0
    article = ""
    for span in text:
        if span.kind == "text" and not span.marks:
            lead = span.text.strip().lower()
            if lead in ("", "a", "an", "the") and position == 0:
                article = lead
                continue
            return None
        italic = _italic(span)
        if span.text.strip().lower() in LABELS and not _glossary_section(sentence):
            return None  # "**TL;DR**: …", "**Note**: …" label what follows
        if may_be_term(span) or italic:
            start = plain.find(span.text)
            end = start + len(span.text)
            rest = plain[end:]
            glossary = _GLOSSARY.match(rest)
            # (a term in italics only before a gloss: "the *gossip theory*: …")
            aside = glossary or (None if italic else _IS.match(rest))
            if not aside or (not glossary and doc.source.language != "en"):
                return None
            stop = len(plain)
            if glossary and rest.lstrip()[:1] in "—–":
                # "A **staple** — the one good … — sets the wages": the gloss is between dashes
                closing = re.search(r"\s[—–]\s", plain[end + aside.start("def") :])
                stop = end + aside.start("def") + closing.start() if closing else stop
            definition = strip_spans(slice_spans(text, end + aside.start("def"), stop))
            term = slice_spans(text, start, end)
            return Found(term, definition, sentence, glossary=bool(glossary), article=article)
        return None
    return None


def may_be_term(span: Span) -> bool:
    """Whether `_marked_term_is` could take the span (or a piece of it) as a term."""
    return span.kind == "wikilink" or bool(span.marks & {"strong", "mark"})


def strip_end(spans: Inline) -> Inline:
    return strip_spans(spans, " \t\n.;:")


# A participle's endings in the other languages notes are kept in ("accusate", "regido").
_FOREIGN_PARTICIPLE = (
    r"(?:ado|ada|ados|adas|ido|ida|idos|idas|ée|és|ées|ato|ata|ati|ate|ito|ita|iti|ite)"
)
# What explains a marked term right after it: "(the whole set of …)", ", i.e. they cannot be
# solved …", or an appositive that ends the sentence ("the **Transformer**, a model …").
_EXPLAINED = re.compile(
    # (not a size, an example or a reference: "(typically 4 KiB)", "(e.g. …)", "(see …)")
    r"\s*(?:\((?!e\.g\.|see |cf\.|p\. |pp\. |typically |usually |often |about |around "
    r"|or |also |aka |a\.k\.a\.|formerly |now "
    r"|roughly |approximately |approx\. |ca\. |c\. |[~≈<>]|\d"
    # (nor its other name in quotes: "(the "branch" method)")
    r"|the\s+[\"“][^\"”()]{1,20}[\"”]\s+[\w-]+\)"
    # (nor a list of examples, a few words each: "**C4** (mais, canna da zucchero)")
    r"|[^\s(),]+(?:\s[^\s(),]+)?(?:,\s+(?:and\s+|e\s+|et\s+|y\s+)?[^\s(),]+(?:\s[^\s(),]+){0,2})+\))"
    r"(?P<brackets>[^()]{8,200})\)"
    r"|,\s+(?:i\.e\.,?|that is,|meaning|which means"
    # (the same in the other languages notes are kept in)
    r"|c['’]est-à-dire|es decir,?|o sea,?|cioè|vale a dire|ou seja,?|isto é,?|das heißt|d\.\s?h\.)"
    r"\s+(?P<that_is>[^;]{8,})"
    r"|\s+[—–]\s+(?P<dashed>(?:the|an?)\s[^—–;]{8,150}?)\s+[—–]\s"
    r"|\s+[—–]\s+(?P<dashed_end>(?:the|an?)\s[^—–;]{8,})$"
    r"|:\s+(?P<glossed>[^;:]{8,})$"
    # ("a **Good Samaritan**, who makes large sacrifices to help, from …")
    r"|,\s+(?P<relative>(?:who|which|whose)\s+[a-z][^,;:()]{8,}?)(?:,|\s\(|$)"
    # ("Glaciers erode by **plucking**, in which meltwater freezes onto bedrock …")
    r"|,\s+(?P<process>(?:in which|whereby|by which|through which)\s+[a-z][^,;:()]{8,}?)"
    r"(?:,|\s\(|$)"
    # ("two principles: **continuity**, whether it prepares …, and **interaction**, how …")
    r"|,\s+(?P<asks>(?:whether|how|what|why)\s+[a-z][^;:()]{8,})$"
    # ("… invents **Judith Shakespeare**, William's equally gifted sister.")
    # ("… describes the **hau**, the spirit of the gift, which wants to return …")
    r"|,\s+(?P<appositive>(?:a|an)\s[^;]{8,}|[A-Z][\w-]*['’]s\s[^;,()]{4,60}|"
    # (or its head's other phrase: "**parallax**, the small shift in a star's position")
    r"the\s(?:[a-z-]+\s){0,2}[a-z]+\s(?:of|in|between|from|on|to|for|at|by)\s"
    r"(?:the\s)?[a-z][^;]{6,}|"
    # ("**the Angel in the House**, the ideal Victorian woman who is sympathetic, …")
    r"the\s(?:[A-Za-z]+\s){0,3}[a-z]+\s(?:who|that)\s(?:is|are|was|were)\s[^;]{6,}|"
    # ("… spread through **miasma**, the foul air given off by rotting matter")
    r"the\s(?:[a-z-]+\s){0,3}[a-z]+\s(?:[a-z]+ed|given|made|known|taken|held|seen|built|"
    r"drawn|grown|shown|worn|written|thrown)\s(?:(?:off|up|out|down)\s)?"
    r"(?:by|from|in|on|to|for|with|at|into)\s[^;]{4,}|"
    r"the\s(?:belief|idea|view|notion|claim|"
    r"thesis|practice|habit|tendency|principle|theory|process|experience|state|condition|"
    r"feeling|sense|capacity|ability|quality|right|power|freedom)\s(?:that|of|to)\s[^;]{8,})$)"
    # ("… stores knowledge as **schemas**, organised units that working memory can …": a
    # plural term, glossed by a plural noun and what qualifies it)
    r"|,\s+(?P<plural_gloss>(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*s\s"
    # (or a participle and its preposition: "**biofilms**, communities attached to a …")
    r"(?:that|which|who|whose|of|in|with|[a-z]+ed\s(?:to|by|in|on|from|with|at|into))"
    r"\s[^;]{6,}?)(?=;|$)"
    # ("**unconditional positive regard**, acceptance that does not depend on …": an
    # abstract noun and what qualifies it)
    r"|,\s+(?P<abstract_gloss>[a-z][\w-]*(?:ance|ence|ness|ion|ment|ity|ism|ship)\s"
    r"(?:that|which|of|in|with|for|to)\s[^;,]{6,}?)(?=[;,]|$)"
    # ("**apoptosis**, programmed cell death, in which damaged cells kill themselves"): a
    # noun phrase of a few words, and the process it names
    r"|,\s+(?P<named_process>[a-z][\w-]*(?:\s[a-z][\w-]*){0,3},\s+(?:in\s+which|whereby"
    r"|by\s+which)\s+[a-z][^;]{8,}?)(?=;|$)"
    # (in the other languages notes are kept in, a noun and its "de" phrase that ends the
    # sentence, "la **raza cósmica**, síntesis de todas las razas existentes", or a
    # participle and its agent, "El estado **material o guerrero**, regido por la fuerza")
    # (its article too: "la **leyenda negra**, la imagen de una España cruel y fanática")
    r"|,\s+(?P<foreign_gloss>(?:(?:el|la|los|las|le|les|il|lo|gli|os|as)\s+|l['’])?"
    r"(?!(?:antes|después|cerca|lejos|además|dentro|fuera|acerca|avant"
    r"|après|près|loin|prima|dopo|vicino|lontano|depois|perto|longe|fuori|dentro)\b)"
    # (a participle may stand between them: "gli **untori**, le persone accusate di …")
    rf"[a-zà-ÿ]+(?:\s[a-zà-ÿ]+{_FOREIGN_PARTICIPLE})?"
    r"\s(?:de|del|des|du|di|della|dello|delle|dei|degli|do|da|dos|das)\s[^;,]{4,}"
    rf"|[a-zà-ÿ]+{_FOREIGN_PARTICIPLE}"
    r"\s(?:por|par|dal|dalla|dai|pelo|pela|pelos|pelas)\s[^;,]{3,})"
    # (ending the sentence, or before the subject's second verb: "…, e mostra come …")
    r"(?:$|(?=,\s+(?:e|ed|et|y|und)\s+[a-zà-ÿ]+(?:a|e|ano|ono|ent|t)\s))"
    # (a subject's relative clause, in the other languages notes are kept in: "o
    # **absolutismo**, que destruiu as liberdades locais", "la **volonté générale**, qui
    # vise …"; not an object's, whose subject comes next: "que los romanos llamaban …")
    r"|,\s+(?P<foreign_relative>(?:qui|que|che)\s+"
    r"(?!(?:o|a|os|as|el|la|los|las|le|les|l|il|lo|gli|i|un|una|um|uma|uno|eu|tu|ele|ela"
    r"|eles|elas|nós|yo|él|ella|ellos|ellas|nosotros|io|lui|lei|noi|loro|je|il|elle|on"
    r"|nous|vous|ils|elles)\b)"
    r"[a-zà-ÿ][^,;:()]{8,}?)(?=,|;|\s\(|\.?$)"
    # (German's, in the case of the noun it glosses, and its phrase: "in der **Achsenzeit**,
    # dem Zeitraum zwischen 800 und 200 vor Christus, mit …")
    r"|,\s+(?P<german_gloss>(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines)\s+"
    r"[A-ZÄÖÜ][\w-]+\s(?:zwischen|von|vom|aus|für|des|der|mit|um|über|gegen|ohne|nach|zur|zum)"
    r"\s[^;,:]{4,}?)(?=,|$)"
)
# A participle's agent that is a name alone ("dirigés par Nora", "publicado por Gredos").
_BY_A_NAME = re.compile(
    r"\s(?:por|par|dal|dalla|dai|pelo|pela|pelos|pelas)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*"
    r"[\s.]*$"
)
_PARTICIPLE_GLOSS = re.compile(r"(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*s\s[a-z]+ed\s")
_NAMED_BY_SUBJECT = re.compile(r"^\S+(?:\s+\S+){1,12}?\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+)?$")
_ALIAS = re.compile(r"\s*\((?:[^()\s]+\s?){1,2}\)")
_AFTER_ALIAS = frozenset(
    ("appositive", "relative", "plural_gloss", "that_is", "process", "glossed")
)
# A term that is a thing and what it is called, or a free relative: "this economy of
# knowledge a "marvel"", "barbarism whatever is not …".
_JUDGED_NOT_NAMED = re.compile(r"\s(?:an?\s+[\"“]|whatever\s|whoever\s|what\s)")
# A work cited in italics: "in *Title*", "from *Title*".
_WORK_BEFORE = re.compile(r"\b(?:in|from)\s+\Z")
# A Romance verb in the third person plural ("gozaban", "criaram", "obbligavano",
# "appartiennent"); not a singular that ends alike ("revient", "sent", "tem", "contém").
_PLURAL_VERB = re.compile(
    r"(?![a-zà-ÿ]*(?:[^n]ient|sent|ment|t[eé]m|v[eé]m)$)[a-zà-ÿ]{2,}(?:an|en|am|em|ano|ono|ent)"
)


def _plural_for_a_singular(term: str, relative: str) -> bool:
    """Whether a relative clause's verb is plural while the term's first noun is singular:
    the clause is about a noun inside the term."""
    words = relative.split()
    verb = next((w for w in words[1:3] if w.lower() not in _CLITICS), "")
    head = term.split()[0].lower() if term.split() else ""
    return bool(_PLURAL_VERB.fullmatch(verb.lower())) and not head.endswith(("s", "x"))


_CLITICS = frozenset("se si ne non no não n'".split())
# What carries a relative clause on past its comma: "…, nem africano", "…, mais …".
_RELATIVE_GOES_ON = re.compile(r",\s+(?:nem|ni|né|mas|mais|ma|pero|sino|sondern|aber)\s")
_TERM_HEAD = re.compile(r"(?:\s+[a-zà-ÿ][\w-]*){1,2}(?=,\s+(?:which|who|qui|que|che)\s)")
_EXAMPLE_AFTER = re.compile(
    r",\s+(?:as\s+when|as\s+in|for\s+example|for\s+instance|e\.g\.|such\s+as)\s"
)
_ASIDE_THEN_VERB = re.compile(r",\s+(?:is|are|was|were)\s")
# When a name came to be given: "later called", "now known as".
_NAMED_WHEN = r"(?:(?:later|now|often|also|sometimes|since|first)\s+)?"
# An appositive that names what the clause before says: "a result later called …".
_NAMING_APPOSITIVE = re.compile(
    rf"(?:an?|the)\s+[a-z-]+\s+{_NAMED_WHEN}"
    r"(?:called|known\s+as|named|dubbed|termed|labelled|labeled)\b"
)
_ABOUT_THE_WORD = re.compile(r"an?\s+(?:word|term|phrase|name|expression|coinage)\b")
_ARTICLE_BEFORE = re.compile(r"\b(the|an?)\s+$", re.I)


def _restates_head(term: str, gloss: str) -> bool:
    """Whether a gloss after a colon opens with the term's head noun, as a definition by its
    kind does ("**second-order desires**: desires to have, or not to have, …")."""
    head = term.split()[-1].lower() if term.split() else ""
    first = gloss.split()[0].lower().strip(",.") if gloss.split() else ""
    return bool(head) and (first == head or first.rstrip("s") == head.rstrip("s"))


def _members_listed(gloss: str) -> bool:
    """Whether a gloss after a colon opens with three members or more, each a few words and
    no clause ("the **reactive attitudes**: resentment, gratitude, indignation, love and
    hurt feelings, which …"): what the term takes in."""
    members = short_members(gloss.split(", which", 1)[0].split(", who", 1)[0])
    return bool(members) and all(clause(m) is None for m in members)


# A marked term set between commas after the noun it names, its article before it, then
# where that thing goes ("Las taifas pagaban tributos, las *parias*, a los reinos …",
# "paid a tribute, the *danegeld*, to the Danes"): the noun and where it goes gloss it.
_APPOSED_NOUN = re.compile(
    r"(?P<noun>(?<![\w'’-])[a-zà-ÿ][\w-]+),\s+"
    r"(?:the|los|las|les|le|la|l['’]|il|lo|gli|i|el|os|as|o|a|der|die|das)\s*\Z"
)
_WHERE_IT_GOES = re.compile(
    r",\s+(?=(?:to|into|a|al|à|au|aux|an|zu|zum|zur|para|per|pour|ao|aos)\s+\S+\s+\S+)"
)


# A list item that opens with its marked term (and the noun it qualifies), then what it
# covers in brackets and what it is after a comma: "the **eotechnic** phase (roughly
# 1000–1750), a water-and-wood complex;".
_LISTED_TERM_REST = re.compile(
    r"(?P<head>\s+[a-z][\w-]*)?\s+\((?P<paren>[^()]{2,60})\),\s+(?P<gloss>[^;]{8,}?)[;.]?\s*$"
)


# … or with no brackets, what it is right after its comma, a noun phrase of a few words
# that may go on: "the **agon**, games of competition, such as sport or chess;".
_LISTED_GLOSS = re.compile(
    r",\s+(?P<gloss>(?P<head>[a-zà-ÿ][^,;:()]{3,60}?)(?:,\s+(?P<rest>[^;]{4,}?))?)[;.]?\s*$"
)
# What may go on after the noun phrase in the other languages, where no clause reader says
# whether the rest is a clause of its own ("**Don Rodrigo**, un signorotto locale, vuole
# Lucia …" says what he does, not what he is): examples, or a relative clause.
_GLOSS_GOES_ON = re.compile(
    r"(?:comme|como|come|wie|qui|que|où|dont|donde|che|dove|cui|onde|die|der|das|welche[rs]?"
    r"|par exemple|por ejemplo|per esempio|zum Beispiel|por exemplo)\b"
)
# The articles a listed term may follow, in the languages notes are kept in.
_LIST_ARTICLES = frozenset(
    "the a an le la les l' l’ un une el los las il lo gli i uno una der die das ein eine "
    "o os as um uma".split()
)
_HEAD_WORDS = (2, 8)


def _listed_gloss(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence, language: str
) -> Found | None:
    """ "the **agon**, games of competition, such as sport": a list item that is its marked
    term and a noun phrase after a comma, and no clause (not "**Smallpox**, measles and
    typhus crossed …")."""
    found = _LISTED_GLOSS.match(plain, end)
    if found is None:
        return None
    head = found["head"].split()
    fewest, most = _HEAD_WORDS
    coordinated = any(word in and_or_words(language) for word in head)
    if not fewest <= len(head) <= most or coordinated or head[0].lower() in PRONOUNS:
        return None
    if language == "en" and clause(plain) is not None:
        return None
    gloss_end = found.end("gloss")
    if found["rest"] and language != "en" and not _GLOSS_GOES_ON.match(found["rest"]):
        gloss_end = found.end("head")
    gloss = strip_end(strip_spans(slice_spans(text, found.start("gloss"), gloss_end)))
    article = plain[:start].strip().lower()
    term = strip_spans(slice_spans(text, start, end))
    return Found(term, gloss, sentence, article=article if article in ARTICLES else "", whole=False)


def _listed_term(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence, language: str = "en"
) -> Found | None:
    """ "the **core** (north-western Europe), with strong states …": a listed term, glossed by
    what its brackets and the words after its comma say."""
    if not sentence.list_item or plain[:start].strip().lower() not in ("", *_LIST_ARTICLES):
        return None
    found = _LISTED_TERM_REST.match(plain, end)
    if found is None:
        return _listed_gloss(text, plain, start, end, sentence, language)
    if len(found["gloss"].split()) < 2:
        return None
    term_end = found.end("head") if found["head"] else end
    gloss = (
        *strip_spans(slice_spans(text, found.start("paren"), found.end("paren"))),
        Span("text", "; "),
        *strip_spans(slice_spans(text, found.start("gloss"), found.end("gloss"))),
    )
    article = plain[:start].strip().lower()
    term = strip_spans(slice_spans(text, start, term_end))
    return Found(term, gloss, sentence, article=article, whole=False)


# Prepositions of time, after which a bracketed term names the view the clause states.
_WHEN_PREPOSITIONS = frozenset("before after until since during without".split())
# How long the noun phrase a bracketed term names may be, in words.
_BRACKETED_NAME_WORDS = (2, 8)


def _bracketed_name(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence
) -> Found | None:
    """ "bacteria store short pieces of viral DNA (**spacers**) between the repeats": the
    term alone in brackets names the noun phrase just before them, after the verb or a
    preposition that opens it."""
    opening = plain.rfind("(", 0, start)
    if opening < 0 or plain[opening + 1 : start].strip() or plain[end:].lstrip()[:1] != ")":
        return None
    before = plain[:opening].rstrip()
    if not before or before[-1] in ",;:—–)":
        return None
    found = clause(before, 0)
    np_start = found.verb_end if found is not None and found.verb_end < len(before) else 0
    words = list(re.finditer(r"[^\s]+", before[np_start:]))
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group().lower()
        if word in _WHEN_PREPOSITIONS:
            return None  # ("occur at random before any exposure (**random mutation**)": a view)
        if word.endswith((",", ";", ":")):
            words = words[index + 1 :]
            break
        if word in PREPOSITIONS and word != "of":
            if not _opens_a_clause_with_its_noun(words[:index], np_start == 0):
                words = words[index + 1 :]
                break
            # ("…, evaporation from the leaves (**transpiration**) pulls …": the noun before
            # the preposition opens the clause, so the phrase is the whole subject)
            words = _from_the_clause_opening(words[:index]) + words[index:]
            break
    if words and words[0].group().lower() in ("and", "or", "but"):
        words = words[1:]  # ("… and irrigation systems (*huertas*)": the last of a list)
    fewest, most = _BRACKETED_NAME_WORDS
    if not fewest <= len(words) <= most or words[0].group().lower() in SUBORDINATORS:
        return None
    named_from, named_to = np_start + words[0].start(), np_start + words[-1].end()
    gloss = strip_end(strip_spans(slice_spans(text, named_from, named_to)))
    return Found(strip_spans(slice_spans(text, start, end)), gloss, sentence, whole=False)


# The endings of a noun that names a process, whose preposition goes on with it
# ("evaporation from the leaves"); a thing's preposition places it ("cells in the outer
# layer (**cortex**)": the cortex is the layer).
_PROCESS_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing", "ysis")
# How many words the noun before a preposition may have, when it opens its clause.
_OPENING_NOUN_WORDS = 3


def _from_the_clause_opening(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words after the last comma (or all of them): the clause's opening."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].group().endswith((",", ";", ":")):
            return words[index + 1 :]
    return words


def _opens_a_clause_with_its_noun(words: list[re.Match[str]], at_start: bool) -> bool:
    """Whether the words before a preposition are a short noun phrase that opens its clause,
    after a comma or (`at_start`, no verb before them) at the sentence's start, and names a
    process: "evaporation" in "…, evaporation from the leaves"; not "water" in "loses water
    from the leaves"."""
    opening = _from_the_clause_opening(words)
    if not 1 <= len(opening) <= _OPENING_NOUN_WORDS or (
        len(opening) == len(words) and not at_start
    ):
        return False
    texts = [w.group().lower() for w in opening]
    return (
        any(text.endswith(_PROCESS_ENDINGS) for text in texts)
        and texts[0] not in PREPOSITIONS
        and texts[0] not in SUBORDINATORS
        and texts[0] not in ("and", "or", "but")
        and clause(" ".join(texts)) is None
    )


def _apposed_term(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence
) -> Found | None:
    """ "tributos, las *parias*, a los reinos cristianos a cambio de protección": the parias
    are tributos paid to the Christian kingdoms for protection."""
    noun = _APPOSED_NOUN.search(plain, max(0, start - 40), start)
    goes = _WHERE_IT_GOES.match(plain, end) if noun is not None else None
    if noun is None or goes is None:
        return None
    gloss = (
        *strip_spans(slice_spans(text, noun.start("noun"), noun.end("noun"))),
        Span("text", " "),
        *strip_spans(slice_spans(text, goes.end(), len(plain))),
    )
    return Found(
        strip_spans(slice_spans(text, start, end)), strip_end(gloss), sentence, whole=False
    )


# What a marked phrase is the meaning of: "Holiness means **wholeness and completeness**".
_MEANT_BEFORE = re.compile(r"\s(?:means|meant|signifies|signified|denotes)\s+\Z")
# "describes the condition as **visual agnosia**: seeing without knowing …": a term given
# as the name of what the sentence speaks of, then glossed.
_NAMED_AS = re.compile(r"\s(?:as|called|named)\s+(?:(?:the|an?)\s+)?\Z")


_REASONED_CLAIM_WORDS = 12


def _reasoned_claim_before(plain: str, start: int) -> bool:
    """Whether what comes before a term glossed after its colon is a claim of its own: many
    words, with a reason in them."""
    before = plain[:start]
    return len(before.split()) >= _REASONED_CLAIM_WORDS and " because " in before


def _noun_phrase_under(gloss: str, articles: tuple[str, ...]) -> bool:
    """Whether a gloss after a colon opens with a noun phrase under one of `articles`, no
    verb of its own before its first comma: what kind of thing the term is ("a **magic
    circle**: a space set apart, with …"), or what the thing a claim names is ("… was the
    **domus**: the house as both a building and …"); "…: a new class took power" and "…:
    the peasants revolted" say what happened."""
    words = gloss.split(None, 1)
    return len(words) == 2 and words[0] in articles and clause(gloss.split(",", 1)[0]) is None


_COPULA_THE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:the|an?)\s+\Z")


def _doing_what(term: str, gloss: str) -> bool:
    """Whether a term that names an activity, a gerund, is glossed by what one does in it,
    another gerund ("One common practice is **creaming**: selecting the clients who …")."""
    named = term.strip().split()
    opening = gloss.split(None, 1)
    return (
        len(named) == 1
        and named[0].lower().endswith("ing")
        and bool(opening)
        and opening[0].endswith("ing")
        and len(opening[0]) > len("being")  # (a verb of its own, not "being …")
    )


def _what_to_do(gloss: str) -> bool:
    """Whether a gloss opens with a verb in its plain form, saying what to do ("keep most of
    your money in …", "to write down every open loop")."""
    words = gloss.split(None, 2)
    first = words[1] if words[0] == "to" and len(words) > 1 else words[0]
    return is_plain_verb(first)


# "**analytic** truths, true by virtue of meaning alone, and …": a marked word, the noun it
# names a kind of, and what describes that kind between commas (an adjective or participle
# first).
_DESCRIBED_KIND = re.compile(
    r"\s+(?P<kind>[a-z][\w-]*)\s*,\s+(?P<gloss>(?P<first>[a-z][\w-]*)\s[^,;:()]{6,}?)(?=,|$)"
)


def _described_kind(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence
) -> Found | None:
    """The term a marked word and its noun make, glossed by what follows them between
    commas; or None."""
    described = _DESCRIBED_KIND.match(plain, end)
    if described is None:
        return None
    first = described["first"]
    if not (is_participle(first) or "ADJ" in word_classes(first)):
        return None
    if first in ("need", "seen", "been", "often", "even", "then", "when"):
        return None
    # (the term is the kind it names: "analytic truths", asked as "What are …?")
    term = strip_spans(slice_spans(text, start, described.end("kind")))
    definition = strip_end(strip_spans(slice_spans(text, *described.span("gloss"))))
    return Found(term, definition, sentence, whole=False)


# "Each programme has a **hard core** of assumptions that its followers refuse to give up,
# and …": a marked term, then what it is made of and a relative clause that says which.
_MADE_OF = re.compile(
    r"\s+of\s+(?P<gloss>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:that|which|who|whose)\s+"
    r"[^,;:()]{6,}?"
    # (or what doing it is: "the **locutionary act** of uttering a meaningful sentence")
    r"|[a-z]+ing\s[^,;:()]{6,}?)(?=,|;|$)"
)


def _made_of(text: Inline, plain: str, start: int, end: int, sentence: Sentence) -> Found | None:
    """A marked term glossed by what it is made of ("a **hard core** of assumptions that its
    followers refuse to give up"); or None. The sentence stays a claim."""
    made = _MADE_OF.match(plain, end)
    return _glossed_term(text, (start, end), made.span("gloss"), sentence) if made else None


def _glossed_term(
    text: Inline, term: tuple[int, int], gloss: tuple[int, int], sentence: Sentence
) -> Found:
    """The term at [`term`) of `text` and its gloss at [`gloss`), a definition that leaves
    the rest of its sentence a claim of its own."""
    definition = strip_end(strip_spans(slice_spans(text, *gloss)))
    return Found(strip_spans(slice_spans(text, *term)), definition, sentence, whole=False)


# "distinguishes **surface acting**, pretending to feel what one does not, from …": in a
# sentence that tells two terms apart, a gloss that opens with a verb in -ing.
_GERUND_GLOSS = re.compile(r",\s+(?P<gloss>[a-z]+ing\s[^,;:()]{6,}?)(?=,|$)")


def _told_apart(text: Inline, plain: str, start: int, end: int, sentence: Sentence) -> Found | None:
    """A marked term glossed by an -ing phrase between commas, in a sentence that
    distinguishes it from another ("distinguishes **surface acting**, pretending …, from
    **deep acting**, working …"); or None."""
    if "distinguish" not in plain:
        return None
    glossed = _GERUND_GLOSS.match(plain, end)
    return _glossed_term(text, (start, end), glossed.span("gloss"), sentence) if glossed else None


# "… surrounded by a protein coat called the **capsid**": the noun phrase before "called"
# (its article, then two to five words, the last a noun) says what the term is.
_CALLED_BEFORE = re.compile(
    r"(?:\b(?P<article>an?|the)|\b(?:in|into|of|as)(?=\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s\s))"
    # (or, without an article, a plural after a preposition: "laid down in horizontal
    # layers called **strata**")
    r"\s+(?P<kind>(?:[a-z][\w-]*\s+){1,4}[a-z][\w-]*)\s+"
    r"(?:called|known as|termed)\s+(?:(?:the|an?)\s+)?\Z"
)
_NOT_IN_A_KIND = frozenset(("and", "or", "but", "that", "which", "who", "is", "are", "was", "were"))


# The same in the other languages notes are kept in ("en pequeños reinos llamados
# **taifas**", "une protéine appelée **capside**"): a noun and an adjective or two after an
# article or a preposition (the last one before the participle: `.*` reads up to it).
_CALLED_ELSEWHERE = re.compile(
    r".*(?:\b(?P<article>el|la|los|las|un|una|unos|unas|le|les|une|des|il|lo|gli|i|uno|o|a|os"
    r"|as|um|uma|uns|umas)|\b(?:en|de|dans|in|di|em|entre|tra|fra|con|com|avec))"
    r"\s+(?P<kind>(?:[^\W\d_A-ZÀ-Ý][\w-]*\s+){0,2}[^\W\d_A-ZÀ-Ý][\w-]*)\s+"
    r"(?:llamad[oa]s?|denominad[oa]s?|appel[ée]e?s?|nomm[ée]e?s?|chiamat[oaie]|dett[oaie]"
    r"|chamad[oa]s?)\s+(?:(?:el|la|los|las|le|les|l['’]|il|lo|gli|o|a|os|as)\s*)?\Z",
    re.S,
)
# "… the whole peninsula, which they called **al-Andalus**" (", a la que llamaron …",
# ", qu'ils appelèrent …", ", che chiamarono …", ", a que chamaram …"): the noun phrase
# before the comma, from its article, is what the name is given to.
_WHICH_IS_CALLED = re.compile(
    r".*\b(?P<article>the|an?|el|la|los|las|le|les|il|lo|gli|la|o|a|os|as)\s+"
    r"(?P<kind>(?:[^\W\d_A-ZÀ-Ý][\w-]*\s+){0,3}[^\W\d_A-ZÀ-Ý][\w-]*),\s+"
    r"(?:which\s+(?:[\w-]+\s+){1,2}(?:called|calls?|named|dubbed|termed)"
    r"|(?:a\s+l[ao]s?\s+que|al\s+que|que)\s+(?:los\s+\w+\s+)?(?:llam|denomin)\w+"
    r"|qu['’](?:ils?|elles?|on)\s+(?:\w+\s+)?(?:appel|nomm)\w+|que\s+l['’]on\s+(?:appel|nomm)\w+"
    r"|che\s+(?:\w+\s+)?chiam\w+|(?:a\s+)?que\s+(?:\w+\s+)?cham\w+)"
    r"\s+(?:(?:the|an?|el|la|los|las|le|les|l['’]|il|lo|gli|o|os|as)\s*)?\Z",
    re.S,
)
# (what either needs, found first)
_CALLED_HINT = re.compile(r"\b(?:llam|denomin|appel|nomm|chiam|dett|cham|which\s)")


def _called(text: Inline, plain: str, start: int, end: int, sentence: Sentence) -> Found | None:
    """A marked term the sentence gives to the thing it has just described ("a protein coat
    called the **capsid**", "the whole peninsula, which they called **al-Andalus**", "en
    pequeños reinos llamados **taifas**"), when it ends a clause; or None."""
    if not _CLAUSE_END.match(plain, end):
        return None
    result = _result_called(text, plain, start, end, sentence)
    if result is not None:
        return result
    window = max(0, start - 60)
    named = _CALLED_BEFORE.search(plain, window, start)
    foreign = False
    if named is None and _CALLED_HINT.search(plain, window, start):
        named = _WHICH_IS_CALLED.match(plain[:start], window) or _CALLED_ELSEWHERE.match(
            plain[:start], window
        )
        foreign = named is not None and named.re is _CALLED_ELSEWHERE
    if named is None:
        return _called_after_comma(text, plain, start, end, sentence)
    kind = named["kind"].split()
    if any(w in _NOT_IN_A_KIND for w in kind):
        return None
    if not foreign and named["kind"].isascii() and "NOUN" not in word_classes(kind[-1]):
        return None
    term = strip_spans(slice_spans(text, start, end))
    begin = named.start("article") if named["article"] else named.start("kind")
    definition = strip_spans(slice_spans(text, begin, named.end("kind")))
    article = _ARTICLE_BEFORE.search(plain, max(0, start - 5), start)
    return Found(
        term, definition, sentence, article=article[1].lower() if article else "", whole=False
    )


# ", called the **coma**": a name given after a comma to the noun phrase before it.
_CALLED_AFTER_COMMA = re.compile(r",\s+(?:called|known\s+as|termed)\s+(?:(?:the|an?)\s+)?\Z")
_ARTICLE_WORD = re.compile(r"\b(?:an?|the)\s")
_CALLED_KIND_WORDS = (2, 12)
_GERUND_BEFORE = re.compile(r"(?P<gerund>[A-Za-z]+ing)\s+\Z")


def _called_after_comma(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence
) -> Found | None:
    """ "… forms a glowing cloud of gas and dust around the nucleus, called the **coma**":
    the longest noun phrase under an article before the comma, no verb in it, is what the
    term names (with the gerund that takes it: "Heating the metal afterwards, called
    **annealing**"); or None."""
    called = _CALLED_AFTER_COMMA.search(plain, max(0, start - 24), start)
    if called is None:
        return None
    fewest, most = _CALLED_KIND_WORDS
    for article in _ARTICLE_WORD.finditer(plain, max(0, called.start() - 120), called.start()):
        kind = plain[article.end() : called.start()]
        words = kind.split()
        if not fewest <= len(words) <= most or re.search(r"[,;:()]", kind):
            continue
        if clause(kind) is not None or any(w in _NOT_A_KIND_WORDS for w in words):
            continue
        begin = article.start()
        before = _GERUND_BEFORE.search(plain, max(0, begin - 24), begin)
        if before is not None and "VERB" in word_classes(before["gerund"].lower()):
            begin = before.start("gerund")  # ("Heating the metal afterwards, called …")
        definition = strip_spans(slice_spans(text, begin, called.start()))
        term = strip_spans(slice_spans(text, start, end))
        named = _ARTICLE_BEFORE.search(plain, max(0, start - 5), start)
        return Found(
            term, definition, sentence, article=named[1].lower() if named else "", whole=False
        )
    return None


# ", a result later called the **principle of minimum differentiation**": a name given
# to what the clause before the comma says.
_RESULT_CALLED = re.compile(
    r",\s+(?:an?)\s+(?:result|pattern|outcome|effect|phenomenon|process|tendency|finding"
    rf"|situation|state of affairs)\s+{_NAMED_WHEN}"
    r"(?:called|known\s+as|named|dubbed|termed)\s+(?:(?:the|an?)\s+)?\Z"
)
_RESULT_WORDS = 5


def _result_called(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence
) -> Found | None:
    """ "Prices rise faster than wages, a pattern later called the **wage lag**": the clause
    before the comma, from its subject, is what the term names; or None."""
    called = _RESULT_CALLED.search(plain, max(0, start - 60), start)
    if called is None:
        return None
    begin = main_clause_start(plain, content_start(plain))
    joined = list(_JOINED_CLAUSE.finditer(plain, begin, called.start()))
    if joined:
        begin = joined[-1].end()  # (the last clause is what is named: "…, and the red marrow
        # … makes blood cells, a process called **hematopoiesis**")
    said = plain[begin : called.start()]
    found = clause(said)
    if found is None or found.start != 0 or len(said.split()) < _RESULT_WORDS:
        return None
    if said.split()[0].lower() in _POINTING or re.search(r"[;:]", said):
        return None
    definition = strip_spans(slice_spans(text, begin, called.start()))
    term = strip_spans(slice_spans(text, start, end))
    named = _ARTICLE_BEFORE.search(plain, max(0, start - 5), start)
    # (the sentence stays a claim of its own: what it says is asked there)
    article = named[1].lower() if named else ""
    return Found(term, definition, sentence, article=article, whole=False)


_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")


# Words no noun phrase a name is given to holds: a verb of being or a relative.
_NOT_A_KIND_WORDS = frozenset(("that", "which", "who", "is", "are", "was", "were"))


# "**Conspicuous leisure**, the visible abstention from productive work, serves …": the
# sentence opens with its marked term, glossed between commas before its verb.
_OPENING_APPOSITIVE = re.compile(
    r",\s+(?P<gloss>(?:the|an?)\s[^,;:()]{6,80}?),\s+(?P<verb>[a-z]+)\s"
)


def _opening_appositive(
    text: Inline, plain: str, start: int, end: int, sentence: Sentence
) -> Found | None:
    """The gloss between commas of a marked term that opens the sentence, when the
    sentence's verb follows it; the rest of the sentence is a claim of its own."""
    found = _OPENING_APPOSITIVE.match(plain, end)
    if found is None or "VERB" not in word_classes(found["verb"]):
        return None
    if clause(found["gloss"]) is not None:
        return None  # ("**X**, the state collapsed, …" glosses nothing)
    term = strip_spans(slice_spans(text, start, end))
    definition = strip_spans(slice_spans(text, *found.span("gloss")))
    return Found(term, definition, sentence, whole=False)


def _main_clause_after(plain: str, start: int) -> bool:
    """Whether the sentence's main clause starts after a term at `start`, a clause of its
    own there ("At the **equilibrium price**, the quantity … equals …"), not a gloss that
    only looks like one after an opening word ("Before departure many species go through
    **hyperphagia**, a period of intense feeding in which …")."""
    begin = main_clause_start(plain, 0)
    if begin <= start:
        return False
    # (a name's role is no gloss: "Chaired in practice by **Metternich**, Austria's …")
    return clause(plain, begin) is not None or not _ARTICLE_OPENS.match(plain, begin)


_ARTICLE_OPENS = re.compile(r"(?:a|an|the)\s")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|gets|got)\s+\Z")


# What opens a member of a list (an article or nothing), and what joins the next one on.
ARTICLE_OPENING = re.compile(r"(?:[Tt]he|[Aa]n?)?\s*\Z")
_NEXT_MEMBER = re.compile(r"(?:,\s+|;\s+|\s+)(?:and\s+|or\s+)?(?:the\s+|an?\s+)?\Z")
_MEMBER_GLOSS_WORDS = (3, 25)
# A relative gloss of a member is its term's own definition ("**synecdoche**, which expands
# …": "one that expands …").
_RELATIVES = frozenset("who whom whose which that where".split())


def glossed_members(
    text: Inline, plain: str, sentence: Sentence, relatives: bool = False
) -> list[Found]:
    """The marked terms listed after a colon, each glossed after its comma: "by two routes:
    the **apoplast**, through cell walls …, and the **symplast**, through the cytoplasm …"
    (two definitions); or [] unless every member is so glossed. A relative clause glosses a
    member only when `relatives` is asked for (the list's members, not their definitions)."""
    colon = plain.find(": ")
    if colon < 0:
        return []
    marked = [
        (start, end, span)
        for start, end, span in positioned(text)
        if start > colon and span.marks & {"strong", "mark"} and span.text.strip()
    ]
    if len(marked) < 2:
        return []
    if not ARTICLE_OPENING.fullmatch(plain[colon + 2 : marked[0][0]]):
        return []
    found = []
    fewest, most = _MEMBER_GLOSS_WORDS
    for index, (start, end, _) in enumerate(marked):
        if not plain.startswith(", ", end):
            return []
        stop = len(plain.rstrip(" .")) if index == len(marked) - 1 else marked[index + 1][0]
        gloss_end = stop
        if index < len(marked) - 1:
            joined = _NEXT_MEMBER.search(plain, end + 2, stop)
            if joined is None or joined.end() != stop or joined.start() == end + 2:
                return []
            gloss_end = joined.start()
        words = plain[end + 2 : gloss_end].split()
        if not fewest <= len(words) <= most or words[0].lower() in PRONOUNS:
            return []
        if not relatives and words[0].lower() in _RELATIVES:
            return []
        if is_plain_verb(words[0].lower()) and words[0].lower() not in PREPOSITIONS:
            return []  # ("…: **A**, builds …": a clause, no gloss)
        # (the word before the term, after the colon or the member before)
        before = plain[colon + 2 if index == 0 else marked[index - 1][1] : start].split()
        article = before[-1].lower() if before else ""
        found.append(
            Found(
                strip_spans(slice_spans(text, start, end)),
                strip_end(strip_spans(slice_spans(text, end + 2, gloss_end))),
                sentence,
                article=article if article in ARTICLES else "",
                whole=False,
            )
        )
    return found


def explained_terms(
    text: Inline, plain: str, sentence: Sentence, language: str = "en"
) -> list[Found]:
    """Each bold or highlighted term of a sentence (in `language`) that the words right after
    it explain."""
    members = glossed_members(text, plain, sentence)
    if members:
        return members
    found = []
    for start, end, span in positioned(text):
        if not _names_a_term(span) or span.kind == "wikilink" or not span.text.strip():
            continue
        word = span.text.strip()
        if (
            language == "en"
            and word.endswith(("ed", "en"))
            and " " not in word
            and _PASSIVE_BEFORE.search(plain, max(0, start - 8), start)
        ):
            # ("each unit is **dropped** (set to zero, …)": what is done to a thing, a
            # participle after its auxiliary, names no term)
            continue
        explained = _EXPLAINED.match(plain, end)
        term_end = end
        alias = _ALIAS.match(plain, end)
        if alias is not None and (explained is None or explained.lastgroup == "brackets"):
            # ("the **Diet** (Hansetag), an assembly of town delegates …": past its other
            # name, what explains it)
            after_alias = _EXPLAINED.match(plain, alias.end())
            if after_alias is not None and after_alias.lastgroup in _AFTER_ALIAS:
                explained = after_alias
        if explained is None and (
            " called " in plain or " known as " in plain or _CALLED_HINT.search(plain)
        ):
            named = _called(text, plain, start, end, sentence)
            if named is not None:
                found.append(named)
                continue
        if (explained is None or explained.lastgroup == "appositive") and not plain[:start].strip(
            ' *_="“'
        ):
            # (before an appositive read to the sentence's end: "**X**, the display of
            # wealth …, serves the same purpose" glosses X up to its verb)
            opening = _opening_appositive(text, plain, start, end, sentence)
            if opening is not None:
                found.append(opening)
                continue
        listed = (
            _listed_term(text, plain, start, end, sentence, language)
            if explained is None or explained.lastgroup in ("brackets", *_AFTER_ALIAS)
            else None
        )
        if listed is not None:
            found.append(listed)
            continue
        # (in another language, an "a" after the comma is a preposition, no article)
        apposed = (
            _apposed_term(text, plain, start, end, sentence)
            if explained is None or language != "en"
            else None
        )
        if apposed is not None:
            found.append(apposed)
            continue
        bracketed = _bracketed_name(text, plain, start, end, sentence)
        if bracketed is not None:
            found.append(bracketed)
            continue
        if explained is None:
            described = (
                _described_kind(text, plain, start, end, sentence)
                or _told_apart(text, plain, start, end, sentence)
                or _made_of(text, plain, start, end, sentence)
            )
            if described is not None:
                found.append(described)
                continue
            # "*bonding* social capital, which reinforces …": the marked word and the noun
            # it names a kind of, then a relative clause that glosses the whole
            head = _TERM_HEAD.match(plain, end)
            if head is None:
                continue
            explained = _EXPLAINED.match(plain, head.end())
            if explained is None or explained.lastgroup not in ("relative", "foreign_relative"):
                continue
            term_end = head.end()
        if explained.lastgroup is None:
            continue
        group = explained.lastgroup
        words = explained.group(group)
        if group == "foreign_gloss" and _BY_A_NAME.search(words):
            continue  # ("*Lieux de mémoire*, dirigés par Nora": a work and who made it)
        if group == "appositive" and plain[:start].count("(") > plain[:start].count(")"):
            continue  # ("(**acquired immunity**, a Lamarckian view)": an aside, its bracket open)
        if group == "appositive" and words[:2] == "a " and language != "en":
            continue  # (no English article: "**mémoire vraie**, a détruit …" goes on with a verb)
        if group == "foreign_relative" and (
            language == "en"
            or _RELATIVE_GOES_ON.match(plain, explained.end(group))
            or _plural_for_a_singular(plain[start:term_end], words)
        ):
            # ("um **povo novo**, que já não é indígena, nem africano, …": half of it; "una
            # **invectiva contra los libros**, que gozaban …": the noun inside it)
            continue
        if group in (
            "foreign_gloss",
            "german_gloss",
            "foreign_relative",
            "abstract_gloss",
            "named_process",
        ):
            term = strip_spans(slice_spans(text, start, term_end))
            definition = strip_end(strip_spans(slice_spans(text, *explained.span(group))))
            found.append(Found(term, definition, sentence, whole=False))
            continue
        if group == "appositive" and _NAMING_APPOSITIVE.match(words):
            continue  # ("**side by side**, a result later called …": what the whole is named)
        if group == "appositive" and (
            _ASIDE_THEN_VERB.search(words) or _ABOUT_THE_WORD.match(words)
        ):
            # "**X**, a Y, is Z" is the term's own sentence (`_marked_term_is`); "the **bit**,
            # a word Shannon credits to Tukey" tells of the word, not of what it means.
            continue
        if group == "appositive" and _main_clause_after(plain, start):
            continue  # "At the **equilibrium price**, the quantity …": the main clause follows
        if len(words.split()) < 3 or words[:1].isdigit():
            continue
        if group == "glossed" and _MEANT_BEFORE.search(plain, max(0, start - 16), start):
            continue  # ("Holiness means **wholeness**: to be holy is …": what is meant)
        if group == "glossed" and not _restates_head(span.text, words):
            # (a name glossed by a phrase, not a clause: "… as a **social fact**: it is …"
            # says what holds of it)
            named = _NAMED_AS.search(plain, max(0, start - 12), start) is not None and (
                words.split(None, 1)[0].lower() not in PRONOUNS
            )
            # (an English article: the Spanish preposition "a" opens a clause, "…: a las
            # mujeres no se les enseña")
            kind_of = language == "en" and _noun_phrase_under(words, ("a", "an"))
            # ("The basic unit … was the **domus**: the house as both …": the term the
            # claim names, then what it is)
            answered = (
                language == "en"
                and _COPULA_THE_BEFORE.search(plain, max(0, start - 12), start) is not None
                and _noun_phrase_under(words, ("the",))
            )
            kind_of = kind_of or answered
            doing = language == "en" and _doing_what(span.text, words)
            if not (named or _what_to_do(words) or _members_listed(words) or kind_of or doing):
                # "…: Britain's coal lay close" glosses nothing; "desires: desires to …" does,
                # and so does what a **barbell strategy** has one do ("…: keep most …")
                continue
            begin = explained.start(group)
            # (an example after the gloss is no part of it: "…: a false definition … that
            # makes it come true, as when a rumour … causes a run on a sound bank")
            example = _EXAMPLE_AFTER.search(plain, begin, explained.end(group))
            stop = example.start() if example is not None else explained.end(group)
            definition = strip_end(strip_spans(slice_spans(text, begin, stop)))
            term = strip_spans(slice_spans(text, start, term_end))
            article = _ARTICLE_BEFORE.search(plain, max(0, start - 5), start)
            found.append(
                Found(
                    term,
                    definition,
                    sentence,
                    article=article[1].lower() if article else "",
                    # (a list of what the term takes in leaves the sentence its own claim:
                    # "Resistance genes spread by **HGT**: conjugation, …"; so does a claim
                    # before the term: "… was so deep because the system lacked a
                    # **stabilizer**: a country willing …")
                    # (and so does a case after it, a clause of its own: "…, as when a
                    # rumour … causes a run on a sound bank")
                    whole=not _members_listed(words)
                    and not answered
                    and not _reasoned_claim_before(plain, start)
                    and not (example is not None and "when" in example.group()),
                )
            )
            continue
        if group == "relative" and not words.startswith("whose") and not verb_opens(words):
            continue  # "**X**, which Draper says …" tells who says, not what X is
        if (
            group == "relative"
            and _italic(span)
            and span.text[:1].isupper()
            and _WORK_BEFORE.search(plain, 0, start)
        ):
            # ("… is Tom Robinson in *To Kill a Mockingbird*, whose testimony …": a work
            # cited, and the relative is its character's)
            continue
        begin, end_of = explained.span(group)
        if group == "glossed":  # "desires to have …": the noun the front shows already goes
            begin += len(words) - len(words.split(None, 1)[1])
        # (a gloss stops before the next term the sentence marks: "**strong AI**, the claim
        # that …, from **weak AI**, the claim that …")
        following = next(
            (at for at, _, s in positioned(text) if at > begin and _names_a_term(s)), -1
        )
        if begin < following < end_of:
            cut = plain.rfind(", ", begin, following)
            end_of = cut if cut > begin else end_of
        verb_after = _verb_after_aside(plain, begin, end_of) if group == "appositive" else None
        if verb_after is not None:
            # (an aside between commas, then the sentence's own verb: "milkmaids who caught
            # **cowpox**, a mild disease of cattle, did not catch smallpox")
            end_of = verb_after
        definition = strip_end(strip_spans(slice_spans(text, begin, end_of)))
        if group == "plural_gloss":
            if not plain[start:end].rstrip().endswith("s"):
                continue  # (a singular term's appositive names something else)
            gloss_start, gloss_end = explained.span(group)
            if _PARTICIPLE_GLOSS.match(words) and ", " in words:
                # (a participle's gloss ends at its comma: "**abstract ideas**, general ideas
                # formed by leaving out every feature, as impossible to frame")
                gloss_end = gloss_start + words.index(", ")
            found.append(_glossed_term(text, (start, term_end), (gloss_start, gloss_end), sentence))
            continue
        if group == "process":
            # ("one in which meltwater freezes …"): the sentence around the term is a claim
            # of its own ("Glaciers erode mainly by plucking …")
            found.append(
                Found(
                    strip_spans(slice_spans(text, start, term_end)),
                    join(text_spans("one "), definition),
                    sentence,
                    whole=False,
                )
            )
            continue
        if group == "relative":
            # "one who makes …"; "social capital that links …" (the noun it is a kind of)
            # (the relative's own verb says the number when it can: "**trabeculae**, which
            # are aligned …": "ones that are …")
            verb = words.split()[1].lower() if words.startswith(("which ", "who ")) else ""
            plural = verb in _PLURAL_VERBS or (
                verb not in _SINGULAR_VERBS and _be(plain[start:end].strip()) == "are"
            )
            kind = plain[end:term_end].strip() or ("ones" if plural else "one")
            if words.startswith("which"):
                definition = join(
                    text_spans(f"{kind} that "),
                    strip_end(strip_spans(slice_spans(text, begin + len("which "), end_of))),
                )
            else:
                definition = join(text_spans(f"{kind} "), definition)
        term = strip_spans(slice_spans(text, start, term_end))
        article = _ARTICLE_BEFORE.search(plain, max(0, start - 5), start)
        # (a gloss that ends a longer sentence is an aside of it, and so is one of a term
        # that a claim of its own comes before: the rest is still a claim, "Diagnosis needs
        # ≥2 readings …; … rules out **white-coat hypertension** (high readings only …)")
        # A term the sentence names as what its subject was ("The Greeks' great discovery,
        # around 500 BC, was **foreshortening**, which …") leaves that a claim too.
        whole = (
            group != "dashed_end"
            and verb_after is None
            and len(plain[:start].split()) < _CLAIM_BEFORE_WORDS
            # (a term and its brackets that open a clause are its subject: "**OPT**
            # (Belady's optimal algorithm) gives the lowest …" says more of it)
            and not (group == "brackets" and _verb_follows(plain, explained.end()))
            # (a term a clause asks for before its "that is" is that clause's point too:
            # "… ritiene che i Germani siano **indigeni**, cioè …"; not in English, where the
            # claim would ask for the gloss again)
            and not (
                group == "that_is"
                and language != "en"
                and len(plain[:start].split()) >= _THAT_IS_CLAIM_WORDS
            )
            and not (group == "relative" and _NAMED_BY_SUBJECT.search(plain, 0, start))
        )
        found.append(
            Found(
                term,
                definition,
                sentence,
                article=article[1].lower() if article else "",
                whole=whole,
                plural=group == "relative" and plural,
            )
        )
    return found


_THAT_IS_CLAIM_WORDS = 3
_APPOSITIVE_COMMA = re.compile(r",\s+(?P<verb>[a-z]+)\s+(?P<next>[a-z]+)")


def _verb_after_aside(plain: str, begin: int, end: int) -> int | None:
    """Where an appositive between commas ends when the sentence's verb follows it: an
    auxiliary (", did not catch"), or a verb in its present's -s form before the determiner
    of its object (", blocks the apoplastic route"); a past tense may be a participle's
    phrase of the gloss (", mechanized so that …"), and a plural noun goes on with a list
    (", fibres and walls"); or None."""
    for found in _APPOSITIVE_COMMA.finditer(plain, begin, end):
        verb = found["verb"]
        if verb in AUXILIARIES:
            return found.start()
        if (
            verb.endswith("s")
            and not verb.endswith("ss")
            and found["next"] in DETERMINERS
            and "VERB" in word_classes(verb)
        ):
            return found.start()
    return None


def _verb_follows(plain: str, at: int) -> bool:
    """Whether the word after `at` (past a closing bracket) is a verb in lower case."""
    words = plain[at:].lstrip(" )").split(None, 1)
    return bool(words) and words[0].islower() and "VERB" in word_classes(words[0].strip(",;"))


# Verbs whose form says the number of their subject.
_PLURAL_VERBS = frozenset("are were have do".split())
_SINGULAR_VERBS = frozenset("is was has does".split())


def definition_drafts(
    doc: Document, sentences: list[Sentence], used: set
) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    hints: dict[str, tuple[int, str, Sentence]] = {}
    defined: set[str] = set()
    previous: Sentence | None = None
    for sentence in sentences:
        before = previous if previous and previous.block_key == sentence.block_key else None
        previous_sentence, previous = previous, sentence
        if sentence.key in used:
            # An enumeration of terms may also explain each: "two senses: the **matrix**
            # (…) and the **exemplar** (…)", or items "**L'évidence** : ne recevoir …".
            if _may_define(sentence):
                text = strip_end(sentence.named)
                plain = plain_text(text)
                glossed = _marked_term_is(text, plain, sentence, doc) or _plain_gloss(
                    text, plain, sentence
                )
                found_all = []
                if glossed and glossed.glossary:
                    # ("Phenotype: the observable traits …; the **genotype** is its genetic
                    # makeup": each term its own card)
                    glossed, others = _more_definitions(glossed, text, plain, sentence)
                    found_all = [glossed, *others]
                found_all += explained_terms(text, plain, sentence, doc.source.language)
                for term in found_all:
                    drafts.extend(_explained_draft(doc, term, defined))
            continue
        # The words of a stated definition are inside the sentence, not in the stop that
        # stripping takes off: a sentence with none, and no term marked as `_marked_term_is`
        # needs one (most sentences), is passed over before it is stripped.
        defining = _DEFINING.search(plain_text(sentence.named)) is not None
        if not defining and not _may_define(sentence):
            continue
        text = strip_end(sentence.named)
        plain = plain_text(text)
        hint = _COUNT_HINT.match(plain) if defining else None
        if hint and count_of(hint.group("count")):
            hints[normalize_term(hint.group("term"))] = (
                count_of(hint.group("count")),
                hint.group("noun"),
                sentence,
            )
            consumed.add(sentence.key)
            continue
        found = _match(sentence, text, plain, doc, defining)
        if found is None and doc.source.language in _CALLS_THIS_ALONE:
            # ("Klein calls this strategy **disaster capitalism**." alone in its paragraph
            # names what the paragraph before says)
            paragraph_before = (
                previous_sentence
                if before is None
                and previous_sentence is not None
                and sentence.index == 0
                and not sentence.list_item
                and not previous_sentence.list_item
                and previous_sentence.section == sentence.section
                else before
            )
            found = _named_after_previous(
                text, plain, sentence, paragraph_before, doc.source.language
            ) or (_this_term(text, sentence, before) if doc.source.language == "en" else None)
        if found is not None and found.definition:
            found, others = _more_definitions(found, text, plain, sentence)
            for other in others:
                drafts.extend(_explained_draft(doc, other, defined))
        if not found or not found.definition:
            explained = explained_terms(text, plain, sentence, doc.source.language)
            made = [draft for term in explained for draft in _explained_draft(doc, term, defined)]
            if made:
                if any(term.whole for term in explained):
                    consumed.add(sentence.key)
                drafts.extend(made)
            continue
        term_key = normalize_term(plain_text(found.term))
        if not term_key or len(plain_text(found.definition).split()) < 3:
            continue
        if _COPULA_INSIDE.search(plain_text(found.term)):
            continue  # ("**States were a by-product of war**: …": a claim, no term)
        if found.whole:
            consumed.add(sentence.key)
        defined.add(term_key)
        hint_for_term = hints.get(term_key)
        drafts.append(_draft(doc, found, term_key, hint_for_term))
        # (and the terms its definition marks and glosses: "… differs from **external
        # time**, the time of the world at large")
        for inner in explained_terms(text, plain, sentence, doc.source.language):
            drafts.extend(_explained_draft(doc, inner, defined))
    return drafts, consumed


# Headings over lists of people ("Key figures", "Composers", "Thinkers").
_PEOPLE_HEADING = re.compile(
    r"(?i).*\b(?:figures|people|persons|thinkers|composers|painters|artists|writers|authors|"
    r"scientists|philosophers|theorists|researchers|economists|historians|leaders|players)\b"
)
_PERSONAL = frozenset("he she his her him himself herself".split())
_PERSON_NOUNS = frozenset(
    "woman man king queen emperor empress pope bishop poet painter composer novelist "
    "philosopher scientist physician doctor nurse teacher general explorer inventor architect "
    "merchant priest monk nun saint prince princess duke lawyer judge president minister "
    "chancellor engineer mathematician physicist chemist biologist historian economist".split()
)
# A gloss that says what kind of person: "a technician who …", "a brilliant scientist who …".
_SOMEONE_WHO = re.compile(r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?|one\s+)who\s")


def _names_a_person(term: str, found: Found) -> bool:
    """Whether a defined term is a person's name: one to three capitalised words the lexicon
    does not hold, and a sign it is someone: a gloss that says what kind of person ("**Jones**,
    a technician who …"); or, on a glossary line ("Vivaldi: wrote about 500 concertos",
    "Bach: church cantatas …; forgotten after his death"), "he" or "his", a verb in the past
    opening the gloss, a heading over it that names people, or a double name
    ("Lévi-Strauss")."""
    words = term.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if re.search(r"-[a-z]", term):
        return False  # ("Fat-soluble", "Self-efficacy": a compound of the language)
    if any(in_lexicon(w.lower()) for w in words):
        return False  # ("Spontaneous recovery", "Little Albert": words of the language)
    gloss = plain_text(found.definition).split()
    first = gloss[0].lower() if gloss else ""
    if _SOMEONE_WHO.match(plain_text(found.definition)):
        return True  # ("**Jones**, a technician who has suffered an accident …")
    if not found.glossary:
        return False
    # (a verb in the past and its object: "wrote about …", "called himself …"; not a
    # participle and its phrase, "stored in the liver")
    did = is_simple_past(first) and len(gloss) > 1 and gloss[1].lower() not in PREPOSITIONS
    return (
        did
        or any(w.lower().strip(",.;:") in _PERSONAL for w in gloss)
        # (what kind of person, early in the gloss: "first woman in Italy to qualify …")
        or any(w.lower().strip(",.;:()") in _PERSON_NOUNS for w in gloss[:3])
        or any(_PEOPLE_HEADING.match(heading) for heading in found.sentence.section[-1:])
        or any(re.fullmatch(r"[A-ZÀ-Ý][\w'’]+-[A-ZÀ-Ý][\w'’]+", w) for w in words)
    )


# A quotation of six words or more.
_QUOTED_SAYING = re.compile(r"\s*[\"“«]\s*(?:\S+\s+){5,}")


def _someone_says(name: str, gloss: str) -> bool:
    """Whether a glossary line's name is a person's (capitalised words the lexicon does not
    hold) and its gloss a statement the line attributes to them, not what the name means: a
    quotation of six words or more, or (after a name of two or three words) a clause with a
    subject of its own."""
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(in_lexicon(w.lower()) for w in words):
        return False
    if _QUOTED_SAYING.match(gloss) and clause(gloss.lstrip(' "“«')) is not None:
        return True  # ("Okafor: "if you remember one thing, remember that …"": a quotation)
    if len(words) < 2:
        return False
    said = clause(gloss)
    if said is None or said.start or ";" in gloss[: said.verb_start]:
        return False
    # (a subject of two words or more: "virtuoso speed; …" is read as "virtuoso" and a verb)
    subject = said.subject.split()
    return len(subject) >= 2 and subject[0].lower() not in _PERSONAL


def _full_name(who: str) -> bool:
    """A person's name of two words or more ("Richard Thaler"; not "Economists")."""
    words = who.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _be(term: str) -> str:
    """ "are" before a plural term ("What are Norman doors"), "is" before any other; the
    head of "X of Y" is X's last word."""
    head = term.split(" of ")[0].split()
    last = head[-1].lower() if head else ""
    # (not "physics", "ethics": fields, singular; a term the lexicon does not hold is
    # plural by its ending, "osteoblasts", "autotrophs", but not "Beauvais", "metathesis")
    plural = (
        last.replace("-", "").isalpha()
        and not last.endswith("ics")
        and (
            is_plural_noun(last, known=True)
            or (
                last.endswith("s")
                and not last.endswith(_SINGULAR_ENDINGS)
                and len(last) > 4
                and not _full_name(" ".join(head))  # (a person: "Elina Makropulos")
            )
        )
    )
    return "are" if plural else "is"


_SINGULAR_ENDINGS = ("ss", "us", "is", "ais", "ois", "ys", "os", "ics")


def _explained_draft(doc: Document, found: Found, defined: set[str]) -> list[Draft]:
    """A term's card, unless the note defines it already."""
    term_key = normalize_term(plain_text(found.term))
    if not term_key or term_key in defined or len(term_key.split()) > 6:
        return []
    defined.add(term_key)
    return [_draft(doc, found, term_key, None)]


@lru_cache(maxsize=64)
def linked_terms(links: tuple[str, ...]) -> frozenset[str]:
    """The note's wikilink targets as terms (asked once per note, not once per card)."""
    return frozenset(normalize_term(target) for target in links)


_HEADING_WORDS = 4  # a heading longer than this makes the question too long for a phone


def _with_heading(found: Found, language: str) -> Found:
    """`found` with its section's heading after its term, when the term is one everyday word
    a list under that heading glosses ("## Inverting amplifier - Gain = −Rf / R1": "What is
    Gain (Inverting amplifier)?"): the word alone asks nothing a learner could answer."""
    words = plain_text(found.term).split()
    heading = found.sentence.section[-1] if found.sentence.section else ""
    if (
        not (found.glossary and found.sentence.list_item and heading)
        or found.article
        or len(words) != 1
        or not words[0].isalpha()
        or len(heading.split()) > _HEADING_WORDS
        or words[0].lower() in heading.lower()
        or rarity(words[0].lower(), language) > 8.0 - COMMON
    ):
        return found
    return replace(found, term=join(found.term, text_spans(f" ({heading})")))


def _draft(
    doc: Document, found: Found, term_key: str, hint: tuple[int, str, Sentence] | None
) -> Draft:
    source = doc.source
    found = _with_heading(found, source.language) if source.language == "en" else found
    term = f"{found.article} {plain_text(found.term)}".lstrip()
    linked = any(s.kind == "wikilink" for s in found.term) or term_key in linked_terms(doc.links)
    who = found.who if found.who and found.who.lower() != "the author" else author_name(source)
    sentence = found.sentence
    if hint:
        count, noun, _ = hint
        items = split_coordination(found.definition)
        if len(items) == count:
            front = join(
                text_spans(f"What {number_word(count)} {noun} define {term}, "),
                according_to(source),
                text_spans("?"),
            )
            return sentence_draft(
                doc,
                sentence,
                "enumeration",
                f"definition:{term_key}",
                front,
                tuple(items),
                back_style="ordered",
            )
    if source.language != "en":  # no English words around a term of another language
        front = join(found.term, source_in_brackets(source))
    elif _names_a_person(plain_text(found.term), found):
        # ("- Vivaldi: wrote about 500 concertos …": who, not what)
        front = join(text_spans(f"Who is {term}, "), according_to(source), text_spans("?"))
    elif who and who == author_name(source) and not found.glossary:
        # (in a section a heading gives to someone else, "## Dissent (Andrews)", the
        # definition is theirs)
        who = section_speaker(sentence.section, source.author_short) or who
        front = join(
            text_spans(f"How {does(who)} {who} define {term} in "),
            source_label(source),
            text_spans("?"),
        )
    elif _full_name(who) and not author_name(source) and not found.glossary:
        # (a note with no author of its own, on what someone named: "… — Robert Bjork calls
        # them **desirable difficulties**")
        front = text_spans(f"What {_be(term)} {term}, according to {who}?")
    else:
        be = "are" if found.plural else _be(term)
        front = join(text_spans(f"What {be} {term}, "), according_to(source), text_spans("?"))
    return sentence_draft(
        doc,
        sentence,
        "concept" if linked else "definition",
        f"definition:{term_key}",
        front,
        (found.definition,),
        term=found.term,
    )
