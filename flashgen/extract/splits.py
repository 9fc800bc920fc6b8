"""Where one blank asks two points: the places inside a predicate's blank at which a
second point begins ("Hitler failed [in the Munich putsch] and spent [nine months in
prison]", "start [with their time], not [their tasks]"), read from the sentence's text
alone. `claims` judges the two blanks each cut makes and keeps them when both are worth
asking.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from flashgen.extract.clauses import (
    ARTICLES,
    AUXILIARIES,
    COPULAS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    Clause,
    clause,
    is_participle,
    is_plain_verb,
    is_simple_past,
    reads_as_participle,
    verb_lemmas,
    word_classes,
)
from flashgen.extract.multilingual import after_participle
from flashgen.extract.readings import ARROW, COMMA_AND, WORD_TOKEN, blank_end, state_made
from flashgen.extract.words import STOPWORDS, top_level


class Cut(NamedTuple):
    """A blank [start, end) cut at `cut`, and the second blank [second_start, second_stop)
    for what follows (the words between `cut` and `second_start` stay on the front)."""

    cut: int
    second_start: int
    second_stop: int
    first_start: int = -1  # where the first blank starts, when not where the blank did


_SECOND_PREDICATE_WORDS = 3  # each of the two blanks says at least this much


# A second verb of the same subject: " and spent …" (no comma: ", and" opens a point).
# (after a comma too, when no subject of its own follows: "…, and buried his wine …")
_AND_VERB = re.compile(r",?\s+and\s+(?P<verb>[a-z][a-z-]*)\s+")
_AND_AUXILIARY = re.compile(
    r"(?<!,)\s+(?:and|but)\s+(?P<verb>are|is|was|were|has|have|had)\s+(?!not\b|been\b)"
    # (or a modal, after a comma too: "stays [in the atmosphere for about nine days], but
    # may [stay in deep groundwater …]")
    r"|,?\s+(?:and|but)\s+(?P<modal>may|can|could|might|must|will|would|should)\s+(?!not\b)"
)
_CLAUSE_OPENED = re.compile(
    r"\b(?:that|which|who|whom|because|since|when|if|while|although|though|unless)\b"
)
_RELATIVE_OPENED = re.compile(r",\s+(?:which|who|whose|whom|where|when)\s")


def _present_pair(text: str, start: int, verb: str) -> bool:
    """Whether a second verb in the present's third person follows a first one in it ("Tainter
    reviews [earlier explanations …] and finds [each of them wanting]")."""
    before = text[:start].split()[-1:]
    return (
        bool(before)
        and before[0].endswith("s")
        and verb.endswith("s")
        and not verb.endswith("ss")
        and "VERB" in word_classes(verb)
        and "VERB" in word_classes(before[0].lower())
    )


def _verb_pair(text: str, at: int) -> bool:
    """Whether the word before `at` (an "and") is a past or a participle (a simple past the
    lexicon gives as a participle's form, `is_simple_past`): the first of a pair of verbs
    that share what follows."""
    before = text[:at].split()[-1:]
    return bool(before) and is_participle(before[0])


def second_predicate(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before a second verb of its subject, and what that verb says (the verb
    stays on the front); or None."""
    piece = text[start:end]
    if not (" and " in piece or " but " in piece):
        return None
    # (the first "and" that a verb follows: "in the late 1960s and early 1970s and found
    # [that …]")
    found = next(
        (
            joined
            for index, joined in enumerate(_AND_VERB.finditer(text, start, end))
            # (past the first, not the second of a pair of verbs: "rose and fell", "is
            # designed and operated")
            if (index == 0 or not _verb_pair(text, joined.start()))
            and (
                is_simple_past(joined["verb"])
                # (a present after a present, before its object: not a plural noun after
                # "and", "goods and services bought by …")
                or (
                    _present_pair(text, start, joined["verb"])
                    and (
                        _object_next(text, joined.end())
                        or _phrase_object_next(text, joined.start(), joined.end())
                    )
                )
            )
        ),
        None,
    )
    if found is None:
        # ("are [free to choose] but are [left alone with …]": a second auxiliary of the
        # same subject, and what it says)
        found = _AND_AUXILIARY.search(text, start, end)
        if found is None:
            return None
    verb = found["verb"] or found.groupdict().get("modal") or ""
    if verb.endswith("ed") and (
        ("ADJ" in word_classes(verb) and not _object_next(text, found.end()))
        or _bare_noun_next(text, found.end())
    ):
        # (not an adjective: "hard life and shared danger", "… and sophisticated"; a word
        # that may be one takes an object as a verb: "and buried his wine")
        return None
    before = text[start : found.start()]
    if len(before.split()) < _SECOND_PREDICATE_WORDS or _RELATIVE_OPENED.search(before):
        return None  # (nor a verb of a relative clause: "…, which raised wages and weakened …")
    if found.groupdict().get("modal") and _CLAUSE_OPENED.search(before):
        # (a modal of a clause the blank opens: "shortcuts that usually serve us well but can
        # be exploited", "so that each appliance gets … and can be switched …")
        return None
    after = text[found.end() : end].split()
    if len(after) < _SECOND_PREDICATE_WORDS and not (
        # (a past and its object of a determiner and a noun: "and lost [their formation]")
        len(after) == 2 and after[0].lower() in DETERMINERS and is_simple_past(verb)
    ):
        return None
    # (what a second verb of making leaves its object: "and made British recognition of the
    # Confederacy [politically impossible]")
    at = state_made(text, verb, found.end(), end) or found.end()
    return Cut(found.start(), at, blank_end(text, at, end))


# What a point leads to, a clause of its own: ", so the massacre was …" (not "so that").
# (or where it happened: "sailed [around Scotland and Ireland], where storms wrecked […]")
# (or a clause of its own after a semicolon or a colon: "equals [the sum of its
# eigenvalues]; the determinant equals [their product]")
# (and what follows from it: ", which is why drinking makes [you urinate more]")
_SO_CLAUSE = re.compile(
    r",\s+(?:so\s+(?:that\s+)?(?!as\b|far\b|much\b|many\b)|where\s+"
    r"|which\s+(?:is|explains)\s+why\s+)|[;:]\s+(?=[a-zA-Z])"
)
_RESULT_MARKS = (", so ", ", where ", "; ", ": ", " why ")
_AND_CLAUSE = re.compile(r",?\s+and\s+")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose)\b")
_WHERE_SUBJECT = 4
_SAID_BY_COPULA = 2  # "is [the epicentre]"


def result_clause(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before ", so" and the clause of its own that follows, and what that
    clause says of its subject ("The cats stood for [the bourgeois masters], so the
    massacre was [a symbolic revolt …]"); or None."""
    piece = text[start:end]
    if not any(mark in piece for mark in _RESULT_MARKS):
        return None
    found = next(top_level(text[:end], _SO_CLAUSE.pattern, start), None)
    found = _SO_CLAUSE.match(text, start + found.start()) if found is not None else None
    if found is None:
        return None
    first = len(text[start : found.start()].split())
    if first < _SAID_BY_COPULA or (first < _SECOND_PREDICATE_WORDS and found.group()[0] != ";"):
        return None
    result = clause(text[:end], found.end())
    if result is None or result.negative or result.start != found.end():
        return None
    copula = text[result.verb_start : result.verb_end] in COPULAS
    if first < _SECOND_PREDICATE_WORDS and not copula:
        return None  # (two short blanks: what two copulas say, "is [the focus]; … is [the …]")
    if _RELATIVE_WORD.search(result.subject):
        return None  # (a phrase with its relative clause, no clause of its own: ": the power
        # which can be exercised …")
    if found.group().rstrip().endswith("where") and len(result.subject.split()) > _WHERE_SUBJECT:
        return None  # (a place's clause with a long subject of its own says too much to split)
    said = text[result.verb_end : end].split()
    if found.group()[0] == ";" and copula and len(said) >= _SAID_BY_COPULA:
        # ("… is [the focus]; the point on the surface directly above it is [the
        # epicentre]": what a second clause's copula says may be short)
        return Cut(found.start(), result.verb_end, blank_end(text, result.verb_end, end))
    if len(said) < _SECOND_PREDICATE_WORDS:
        # ("shuffles [genes …], so [a gene's companions keep changing]": what it says of
        # its subject is too short to ask alone, the whole result is the second point)
        stop = blank_end(text, found.end(), end)
        if found.group().lstrip(", ")[:2] != "so" or stop <= 0:
            return None
        if len(text[found.end() : stop].split()) < _SECOND_PREDICATE_WORDS:
            return None
        return Cut(found.start(), found.end(), stop)
    stop = blank_end(text, result.verb_end, end)
    joined = _AND_CLAUSE.search(text, result.verb_end, stop) if stop > 0 else None
    if joined is not None and clause(text[:stop], joined.end()) is not None:
        # ("so the repressor falls off [the operator] and transcription begins": the clause
        # that follows is no part of the answer)
        stop = joined.start()
    if len(text[result.verb_end : stop].split()) < _SECOND_PREDICATE_WORDS:
        return None
    return Cut(found.start(), result.verb_end, stop)


# Why a point holds, a clause of its own: ", because each of these …", "… for women
# because it required …"; or on what condition: "… as long as competitors cannot …", ",
# unless …"; or what is set against it, after a comma: ", while labour stays …", ", whereas …".
# (", since …" only before a verb not in the past: a clause of time as often as a reason,
# "…, since the war ended", "…, since today's deviance may become …"; nor "while" with no
# comma, a time as often as a contrast: "… while it still progresses")
_REASON_CLAUSE = re.compile(
    r",?\s+(?:because|as\s+long\s+as|unless)\s+(?!of\b)|,\s+(?:while|whereas|since)\s+"
)
_REASON_WORDS = (" because ", " as long as ", " unless ", ", while ", ", whereas ", ", since ")
# (nor a perfect, which may say since when as well: "since the unions have weakened, …")
_NOT_A_REASON_VERBS = frozenset("was were had did have has".split())


def reason_clause(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before the reason it gives, a clause of its own, and that reason ("would
    have [no time for playing the oboe …], because [each of these competes with doing
    good]"); or None."""
    if not any(word in text[start:end] for word in _REASON_WORDS):
        return None
    # (a clause of its own, not a phrase: "since 1990", "because of …")
    found = _clause_after(text, start, end, _REASON_CLAUSE.pattern, _SECOND_PREDICATE_WORDS)
    if found is None:
        return None
    cut, at, own = found
    if text[cut:at].split()[-1] == "since":
        verb = text[own.verb_start : own.verb_end].lower()
        if is_simple_past(verb) or verb in _NOT_A_REASON_VERBS or verb.endswith("ed"):
            return None  # ("…, since the war ended": when, perhaps, not why)
    stop = blank_end(text, at, end)
    if stop <= 0 or len(text[at:stop].split()) < _SECOND_PREDICATE_WORDS:
        return None
    return Cut(cut, at, stop)


# Two clauses that open with the same question word or "that", joined by "and": "explains
# why … and why …", "argues that … and that …".
_OPENERS_TWICE = frozenset("why how whether what when where who that".split())
_OPENER = re.compile(rf"\b(?:{'|'.join(sorted(_OPENERS_TWICE))})(?=\s)")


def same_opener_twice(text: str, start: int, end: int) -> Cut | None:
    """A blank of two clauses that open alike ("explains [why people over 65 …] and why
    [credit markets …]"), cut before the second's "and", and the second; or None."""
    if " and " not in text[start:end]:
        return None
    # (the first clause's opener: the blank's first word, or the last before it, "argues
    # that dishonest sellers drive [honest ones out …] and that …")
    first = text[start:end].split()[:1]
    opener = first[0].lower() if first and first[0].lower() in _OPENERS_TWICE else ""
    if not opener:
        openers = _OPENER.findall(text.lower(), 0, start)
        opener = openers[-1] if openers else ""
    if not opener or f" and {opener} " not in text[start:end]:
        return None
    found = next(top_level(text[:end], rf",?\s+and\s+{opener}\s+", start), None)
    if found is None:
        return None
    cut, at = start + found.start(), start + found.end()
    if opener in text[start:cut].lower().split()[1:]:
        return None  # ("is [a number that we calculate] and that …": the inner one's pair)
    stop = blank_end(text, at, end)
    if len(text[start:cut].split()) < _SECOND_PREDICATE_WORDS or stop <= 0:
        return None
    if len(text[at:stop].split()) < _SECOND_PREDICATE_WORDS:
        return None
    return Cut(cut, at, stop)


# What parts two parallel clauses: a comma or a semicolon, and a conjunction.
_PARALLEL_JOIN = r"[,;]\s+(?:and\s+|but\s+|while\s+|whereas\s+|et\s+|y\s+|e\s+|und\s+)?"
_PARALLEL_SUBJECT_WORDS = 4


def parallel_clause(text: str, start: int, end: int) -> Cut | None:
    """A blank holding a second clause that repeats its verb after a subject of its own
    ("Shale becomes [slate], and limestone becomes [marble]", "good news travels [fast],
    bad news travels [slowly]"), cut before it, and what the repeated verb says; or None.
    A blank that holds the first clause whole ("…: [flow control protects the receiver,
    congestion control protects the network]") asks what each verb says, its subject on
    the front."""
    before = text[:start].split()
    found = _verb_again(text, start, end, before[-1]) if before else None
    if found is not None:
        return found
    opening = list(re.finditer(r"\S+", text[start:end]))[1 : _PARALLEL_SUBJECT_WORDS + 1]
    for word in opening:
        after = start + word.end()
        found = _verb_again(text, after, end, word.group())
        kind = _parallel_again(text, found, word.group()) if found is not None else ""
        if found is not None and kind == "verb":
            return found._replace(
                first_start=after + len(text[after:end]) - len(text[after:end].lstrip())
            )
    return None


# What may stand between two phrases when the second has no subject of its own: a denial
# ("…, et non parmi …") or a conjunction alone.
_NO_SUBJECT = frozenset(
    "not non nicht pas no não sondern but mais ma pero mas aber et e y and und".split()
)
_FOREIGN_ARTICLES = frozenset("die der das den dem des la le les el il lo los las gli".split())


def _parallel_again(text: str, found: Cut, word: str) -> str:
    """What parallel `word`, said again at `found`, opens: "verb", a verb after a subject of
    its own ("flow control protects …, congestion control protects …"), or "" for none (a
    phrase a denial sets against the first, "… parmi …, et non parmi …", is one point with
    it)."""
    between = text[found.cut : found.second_start].strip(" ,;").split()[:-1]
    if between and all(w.lower() in _NO_SUBJECT for w in between):
        return ""
    lower = word.lower()
    verb = (
        "VERB" in word_classes(lower)
        and lower not in STOPWORDS
        and lower not in _FOREIGN_ARTICLES  # (German "die" is no English verb)
        and not any("VERB" in word_classes(w.lower()) for w in between)
    )
    return "verb" if verb else ""


def _verb_again(text: str, start: int, end: int, verb: str) -> Cut | None:
    """`verb` (the word right before `start`) said again after a comma and a subject of
    one to four words, within [start, end): the cut before it, and what it says again."""
    verb = verb.lower()
    if len(verb) < 3 or not verb.isalpha() or (verb in STOPWORDS and verb not in AUXILIARIES):
        return None  # (a verb, not a word that joins: "…, so clear and […]", "not about […]")
    if verb not in text[start:end].lower():
        return None  # (said once: most blanks, asked first so that no pattern is made)
    again = _said_again(verb)
    for join in top_level(text[:end], _PARALLEL_JOIN, start):
        at = start + join.start()
        repeated = again.match(text, start + join.end(), end)
        if repeated is None:
            continue
        stop = blank_end(text, repeated.end(), end)
        if stop <= 0 or not text[start:at].strip():
            return None
        return Cut(at, repeated.end(), stop)
    return None


@lru_cache(maxsize=2048)
def _said_again(verb: str) -> re.Pattern[str]:
    """`verb` after a subject of one to four words (made once per verb: Python's own cache
    of patterns holds too few for a vault's verbs)."""
    subject = rf"(?:[\w'’-]+\s+){{1,{_PARALLEL_SUBJECT_WORDS}}}?"
    return re.compile(rf"{subject}{re.escape(verb)}\s+", re.I)


# When a point happened, a clause of its own set off by a comma: ", after George III
# intervened".
_WHEN_CLAUSE = re.compile(r",\s+(?:after|before|until|once)\s+")
_WHEN_WORDS = 2  # "after [George III intervened]"


def when_clause(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before a clause of time with its own subject, and that clause ("received
    [his full reward only in 1773], after [George III intervened]"); or None."""
    piece = text[start:end]
    if not any(f", {word} " in piece for word in ("after", "before", "until", "once")):
        return None
    found = _WHEN_CLAUSE.search(text, start, end)
    if found is None or len(text[start : found.start()].split()) < _SECOND_PREDICATE_WORDS:
        return None
    timed = clause(text[:end], found.end())
    if timed is None or timed.start != found.end() or not timed.subject:
        return None  # (a phrase, "after the war", is no clause of its own)
    stop = blank_end(text, found.end(), end)
    if stop <= 0 or len(text[found.end() : stop].split()) < _WHEN_WORDS:
        return None
    return Cut(found.start(), found.end(), stop)


# A phrase of time that closes a blank: "after the 1952 officers' coup", "during the siege".
_TIME_PHRASE = re.compile(
    r"\s(?:after|before|during|following)\s+(?=(?:the|an?|his|her|their|its)\s|\d)"
)
_TIME_PHRASE_WORDS = 3  # the phrase of time says this much at least
_LONG_TIMED_BLANK = 8  # a blank this long may end with one
# Words that measure how long before or after: they go with the phrase.
_HOW_LONG = frozenset(
    "months years days weeks decades centuries hours minutes shortly soon long just right "
    "immediately".split()
)


def time_phrase(text: str, start: int, end: int) -> Cut | None:
    """A long blank cut before the phrase of time that closes it, and that phrase ("came [to
    power in Egypt] after [the 1952 officers' coup]"); or None. (A clause of time after its
    comma is `when_clause`'s.)"""
    if len(text[start:end].split()) < _LONG_TIMED_BLANK:
        return None
    found = next(top_level(text[:end], _TIME_PHRASE.pattern, start), None)
    if found is None:
        return None
    cut, at = start + found.start(), start + found.end()
    before = text[start:cut].split()
    if len(before) < _SECOND_PREDICATE_WORDS or "," in text[at:end]:
        return None
    if len(text[at:end].split()) < _TIME_PHRASE_WORDS or before[-1].lower() in _HOW_LONG:
        return None  # ("months before the fall": how long before is one phrase)
    timed = clause(text[:end], at)
    if timed is not None and timed.start == at and timed.subject:
        return None  # ("after a student cut his finger": a clause of its own)
    if " as " in text[at:end] or text.startswith("that ", start, cut):
        return None  # (a phrase inside a clause: "that Klein treats every reform after a crisis
        # as a plot")
    return Cut(cut, at, end)


# What went with a point, set off by a comma: ", with snow in New England in June and …".
# (or after a dash: "… to function as equal citizens — enough to avoid oppression, …")
# (or a process it names, ", in which …": "forms [by endochondral ossification], in which
# [a cartilage model is replaced by bone]")
_WITH_PHRASE = re.compile(
    r",\s+with\s+(?!which\b|whom\b|its\s|his\s|her\s|their\s)|\s[—–]\s|,?\s+in\s+which\s+"
)
_DASH = re.compile(r"\s[—–]\s")
_IN_WHICH_WORDS = 5


def with_phrase(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before ", with" and what went with it ("produced [the 'year without a
    summer'] in 1816, with [snow in New England in June …]"); or None."""
    piece = text[start:end]
    if not (", with " in piece or "—" in piece or "–" in piece or " in which " in piece):
        return None
    found = _WITH_PHRASE.search(text, start, end)
    if found is None:
        return None
    if not found.group().startswith(",") and found.group().split()[0] == "in":
        # (no comma: "a collective enterprise in which [Italians … did much of the work]",
        # only before a clause of its own)
        own = clause(text[:end], found.end())
        if own is None or own.start != found.end() or not own.subject:
            return None
        if len(text[found.end() : end].split()) < _IN_WHICH_WORDS:
            return None  # ("in every possible world in which that object exists": one phrase)
    if found.group().strip() in "—–" and len(_DASH.findall(text)) != 1:
        return None  # (one dash of a pair sets off an aside: "norms — advice …, no … — that")
    if len(text[start : found.start()].split()) < _SECOND_PREDICATE_WORDS:
        return None
    if len(text[found.end() : end].split()) < _SECOND_PREDICATE_WORDS:
        return None
    content = WORD_TOKEN.findall(text[start : found.start()].lower())
    if sum(w not in STOPWORDS for w in content) < 2:
        return None  # ("[is not regular] — …": a first half of one word says too little)
    return Cut(found.start(), found.end(), blank_end(text, found.end(), end))


# A verb of telling two things apart right before the blank, whose second thing "from" opens:
# "separates [conception …] from [execution …]", "distinguishes [A] from [B]".
_TELLING_APART = re.compile(
    r"(?:(?:separat|distinguish|differentiat|divorc|isolat|detach|dissociat)(?:es|ed|e|ing)?"
    # (and in the other languages read, whose "from" follows a comma: "distingue [A, hecha
    # de …], de [B, …]")
    r"|distingue|distinguait|distinguió|distinse|distinguiu|sépare|separa|separò|separou"
    r"|unterscheidet|trennt)\s+\Z",
    re.IGNORECASE,
)
_FROM = re.compile(
    r"\sfrom\s|,\s(?:de|d['’]|del|des|du|da|dalla|dal|dai|dalle|do|dos|das|von|vom)\s?(?<=['’\s])"
)


def told_from(text: str, start: int, end: int) -> Cut | None:
    """A blank after a verb of telling apart, cut before its "from" ("Separates [conception
    (planning, by managers)] from [execution (doing, by workers)]"): each of the two is
    asked with the other on the front; or None."""
    if _TELLING_APART.search(text, 0, start) is None:
        return None
    found = next(top_level(text[:end], _FROM.pattern, start), None)
    if found is None:
        return None
    cut, at = start + found.start(), start + found.end()
    if cut == start or at >= end:
        return None
    stop = blank_end(text, at, end)
    return Cut(cut, at, stop) if stop > at else None


# What a participle set off by a comma says of the subject: ", accused of …", ", known for …".
_PARTICIPLE_PHRASE = re.compile(
    # (an irregular one too, "built in [the back yards …]", "run by [nine trustees …]")
    r",\s+(?P<verb>[a-z]+(?<!ing))\s+(?:of|for|by|with|as|to|into|from|on|in|at|under)\s+"
    r"(?!which\b|whom\b)"
    # (or what the subject does meanwhile: "spends [90% of its life on the main sequence],
    # fusing [hydrogen into helium in its core]")
    r"|,\s+(?P<doing>[a-z]{2,}ing)\s+(?!which\b|whom\b|to\b|that\b)"
)
# A second point after a participle's: ", and …", or "and" and a participle ("carried by
# [fleas on rats] and spread …"); a bare "and" otherwise joins its nouns, "driven by [solar
# energy and gravity]".
_AND_NEXT = re.compile(r"(?P<comma>,)?\s+and\s+(?P<word>[a-z]+)\s")
_ONE_WORD_THEN_AND = re.compile(r"\S+\s+(?:and|or)\s")
_DOING = re.compile(r"\b(?:for|of|by|in|on|from|about|without)\s+[a-z]{2,}ing\s")
# Words in -ing that open no phrase of what the subject does.
_NOT_DOING = frozenset(
    "including according concerning regarding excluding notwithstanding during beginning "
    "nothing something anything everything thing being having".split()
)


def participle_phrase(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before a participle set off by a comma, and what it says ("was
    imprisoned [in the Tower in 1679], accused of [Catholic sympathies …]"); or None."""
    if ", " not in text[start:end]:
        return None
    found = _PARTICIPLE_PHRASE.search(text, start, end)
    if found is None:
        return None
    verb = found["verb"]
    if verb is not None and not reads_as_participle(verb):
        return None
    doing = found["doing"]
    if doing is not None and (
        doing in _NOT_DOING
        or "VERB" not in word_classes(doing)
        # (an item of a list: "… of economic depression, falling prices and social unrest",
        # "no time for playing the oboe, reading Victorian novels or …")
        or _ONE_WORD_THEN_AND.match(text, found.end())
        or _DOING.search(text, start, found.start())
    ):
        return None
    if len(text[start : found.start()].split()) < _SECOND_PREDICATE_WORDS:
        return None
    if len(text[found.end() : end].split()) < _SECOND_PREDICATE_WORDS:
        return None
    if ": " in text[start : found.start()]:
        return None  # (an item a colon lists: "two parts: ACTION, indexed by …, and GOTO, …")
    stop = blank_end(text, found.end(), end)
    # (what the subject does meanwhile runs to the point's end: "producing [wide areas of
    # layered cloud and steady rain]")
    joined = _AND_NEXT.search(text, found.end(), stop) if stop > 0 and not doing else None
    if (
        joined is not None
        and (joined["comma"] is not None or reads_as_participle(joined["word"]))
        and len(text[found.end() : joined.start()].split()) >= 2
        # (not inside a relative clause: "built in [the back yards …, where light and air
        # never reached …]")
        and _RELATIVE_OPENED.search(text, found.end(), joined.start()) is None
    ):
        stop = joined.start()  # (", and released for lack of evidence": a point of its own)
    return Cut(found.start(), found.end(), stop)


# A noun phrase set after a comma that says what the noun before it is: ", Aristotle's
# school", ", a drug that blocks folic acid", ", like buying a lottery ticket".
_APPOSITIVE = re.compile(r",\s+(?=(?:a|an|the|like)\s|[A-Z][\w-]*['’]s\s)")
_APPOSITIVE_WORDS = 2  # the noun and the phrase that glosses it each say this much
_ASIDE_HEAD = re.compile(
    r"(?:in|according\s+to)\s+[A-Z][\w-]*['’]s\s+\w+|in\s+(?:his|her|their)\s+\w+"
)


def _glossing_phrase(text: str, start: int, end: int, opening: str) -> tuple[int, int, int] | None:
    """Where the first phrase that `opening` (a pattern: a comma and what may follow it)
    opens outside brackets and quotes inside a blank [start, end) is cut off, starts and
    ends; or None."""
    found = next(top_level(text[:end], opening, start), None)
    if found is None:
        return None
    cut, at = start + found.start(), start + found.end()
    stop_at = blank_end(text, at, end)
    return (cut, at, stop_at) if stop_at > 0 else None


def appositive(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before the appositive that glosses its last noun, and the appositive
    ("traces this back to [the Peripatetics], [Aristotle's school], who …"); or None. Not
    in a list ("the Stoics, the Cynics and …"), nor when the phrase says a clause."""
    if ", " not in text[start:end]:
        return None
    glossing = _glossing_phrase(text, start, end, _APPOSITIVE.pattern)
    if glossing is None:
        return None
    cut, at, stop_at = glossing
    head, phrase = text[start:cut], text[at:stop_at]
    if _ASIDE_HEAD.fullmatch(head):
        return None  # ("[in Gimpel's words], the most efficient …": an aside, no point)
    comma = next(top_level(phrase, r",\s(?!but\s)"), None)
    if comma is not None:
        following = phrase[comma.end() :].split()
        if len(following) < 2 or following[0].lower() not in PREPOSITIONS:
            return None  # (it runs to the blank's end, or a list goes on: ", the alpaca, the …")
        # (closed by a comma before a place or a time, what follows stays on the front: "the
        # murder of Colasberna, [a small building contractor], at a bus stop …")
        stop_at, phrase = at + comma.start(), phrase[: comma.start()]
    if len(head.split()) < _APPOSITIVE_WORDS or len(phrase.split()) < _APPOSITIVE_WORDS:
        return None
    if any(f" {word} " in f" {phrase} " for word in ("and", "or")) or "," in head:
        return None  # (a list: "the Stoics, the Cynics and the Epicureans")
    if clause(phrase) is not None or _CLAUSE_OPENED.search(head):
        return None  # (", the war ended": a clause of its own; "that …, the …": an inner one)
    return Cut(cut, at, stop_at)


# The same in the other languages: a noun phrase after a comma that opens with an indefinite
# article ("…, einer relativ klassenlosen Schicht, die …", "…, une institution qui …"), whose
# relative clause may follow it.
_FOREIGN_APPOSITIVE = {
    language: (
        re.compile(rf",\s+(?=(?:{articles})\s)"),
        re.compile(rf",\s(?!(?:{relatives})\s)"),
        re.compile(rf"\s(?:{conjunctions})\s"),
    )
    for language, articles, relatives, conjunctions in (
        (
            "de",
            "ein|eine|einer|einem|eines|einen",
            "der|die|das|dem|den|deren|dessen|welche[rs]?",
            "und|oder",
        ),
        ("fr", "un|une", "qui|que|dont|où", "et|ou"),
        ("es", "un|una", "que|quien|quienes|cuyo|cuya|donde", "y|o|e"),
        ("it", "un|una|uno", "che|cui|dove", "e|o|ed"),
        ("pt", "um|uma", "que|cujo|cuja|onde", "e|ou"),
    )
}


def foreign_appositive(text: str, start: int, end: int, language: str) -> Cut | None:
    """`appositive` in another language: a blank cut before the noun phrase that glosses
    its last noun, opening with an indefinite article, and that phrase with its relative
    clause ("von der freischwebenden Intelligenz, [einer relativ klassenlosen Schicht, die
    …]"); not in a list."""
    patterns = _FOREIGN_APPOSITIVE.get(language)
    if patterns is None or ", " not in text[start:end]:
        return None
    opening, other_comma, listing = patterns
    glossing = _glossing_phrase(text, start, end, opening.pattern)
    if glossing is None:
        return None
    cut, at, stop_at = glossing
    head, phrase = text[start:cut], text[at:stop_at]
    closing = _closing_comma(phrase, opening, other_comma)
    if closing is None or "," in head:
        return None  # (a list: "…, ein Händler, ein Bauer und …")
    if closing < len(phrase):
        # (closed by a comma, what follows it stays on the front: "con l'omicidio di
        # Salvatore Colasberna, [un piccolo imprenditore edile], alla fermata …")
        stop_at, phrase = at + closing, phrase[:closing]
    if ";" in head:
        return None  # (a clause of its own before it: "…; wer Menschen erzieht, ein …")
    if len(head.split()) < _APPOSITIVE_WORDS or len(phrase.split()) < _APPOSITIVE_WORDS:
        return None
    if listing.search(phrase.split(",")[0]):
        return None  # (its own noun phrase a list: "…, eine Stadt und ein Land")
    return Cut(cut, at, stop_at)


def _closing_comma(
    phrase: str, opening: re.Pattern[str], other_comma: re.Pattern[str]
) -> int | None:
    """Where a glossing phrase ends: at the first comma that goes on to something else (a
    place, a time: "…, un piccolo imprenditore edile, [alla fermata …]"), or at its end; not
    at one before the last items of a list of nouns inside it ("una coalición de republicanos
    de izquierda, socialistas y comunistas"). None when a comma goes on to another phrase
    of a list ("ein Händler, ein Bauer und …")."""
    for comma in top_level(phrase, other_comma.pattern):
        if opening.match(phrase, comma.start()):
            return None
        following = phrase[comma.end() :]
        if not _LAST_ITEMS.fullmatch(following):
            return comma.start() if len(following.split()) >= 2 else None
    return len(phrase)


# The words that join a list's last item, in the languages read.
_AND_OR = r"and|or|y|e|o|u|et|ou|und|oder|ed"
# The last items of a list of bare nouns: a word or two, a conjunction, a word or two.
_LAST_ITEMS = re.compile(
    rf"[\wÀ-ÿ'’-]+(?:\s+[\wÀ-ÿ'’-]+)?\s+(?:{_AND_OR})\s+[\wÀ-ÿ'’-]+"
    r"(?:\s+[\wÀ-ÿ'’-]+)?[.;]?"
)


def foreign_second_predicate(text: str, start: int, end: int, language: str) -> Cut | None:
    """`second_predicate` in French, Spanish, Italian or Portuguese: a blank cut before a
    second verb of its subject after "y", "e", "et" (no comma), and what that verb takes
    ("Describe [las crecidas anuales del Nilo] y discute [tres explicaciones …]"); or None."""
    pattern = _FOREIGN_AND_VERB.get(language)
    if pattern is None:
        return None
    for found in top_level(text[:end], pattern.pattern, start):
        at = start + found.start()
        verb = found["verb"].lower()
        if verb in _NOT_FOREIGN_VERBS or _INFINITIVE[language].search(verb):
            continue  # ("… per assolvere … e condannare i deboli": an infinitive's pair)
        before, second = text[start:at], start + found.end()
        if _FOREIGN_RELATIVE.search(before):
            return None  # (nor a verb of a relative clause: "… qui défende et protège la …")
        stop = blank_end(text, second, end)
        if stop <= 0 or len(before.split()) < _SECOND_PREDICATE_WORDS:
            return None
        if len(text[second:stop].split()) < _SECOND_PREDICATE_WORDS:
            return None
        return Cut(at, second, stop)
    return None


def foreign_with_phrase(text: str, start: int, end: int, language: str) -> Cut | None:
    """`with_phrase` in the other languages: a blank cut before ", con", ", com", ", avec",
    ", mit" and what went with it ("caiu [a 25 de Abril de 1974], com [a Revolução dos
    Cravos]"); or None."""
    word = _WITH.get(language)
    if word is None:
        return None
    found = next(top_level(text[:end], rf",\s+{word}\s+", start), None)
    if found is None:
        return None
    at, second = start + found.start(), start + found.end()
    if len(text[start:at].split()) < _SECOND_PREDICATE_WORDS:
        return None
    opened = text.rfind(", ", start, at)
    if opened >= 0 and _FOREIGN_RELATIVE.match(text, opened + 2):
        # (the comma closes a relative clause between commas: "la relación de los precios,
        # que cambian cada semana, con los salarios fijos" is one thing)
        return None
    stop = blank_end(text, second, end)
    if stop <= 0 or len(text[second:stop].split()) < _SECOND_PREDICATE_WORDS:
        return None
    return Cut(at, second, stop)


_WITH = {"es": "con", "it": "con", "pt": "com", "fr": "avec", "de": "mit"}


def foreign_participle_phrase(text: str, start: int, end: int, language: str) -> Cut | None:
    """`participle_phrase` in the other languages: a blank cut before a participle set off
    by a comma and its preposition, and what they take ("é [uma epopeia em dez cantos],
    escrita em [oitava rima …]"); or None."""
    for comma in top_level(text[:end], r",\s+", start):
        at = start + comma.start()
        taken = after_participle(text, at + 1, end, language)
        if taken is None or len(text[start:at].split()) < _SECOND_PREDICATE_WORDS:
            continue
        stop = blank_end(text, taken, end)
        if stop <= 0 or len(text[taken:stop].split()) < 2:
            return None
        if _RESUMED.search(text, taken, stop) or _COMMA_RELATIVE.search(text, taken, stop):
            # (the verb's own phrase resumes after it: "opone [la civilización …], abiertas a
            # Europa, a la barbarie …" sets one thing against another; and a relative clause
            # after it is asked on its own: "guidé par l'amour de soi et la pitié, qui …")
            return None
        return Cut(at, taken, stop)
    return None


_RESUMED = re.compile(r",\s+(?:a|à|al|au|aux|ao|de|da|do|del|du)\s")


# "y", "e", "et", then a word with a verb's ending in the third person, then what a verb
# takes: a determiner, a possessive, a small number.
_FOREIGN_AND_VERB = {
    language: re.compile(
        rf"\s(?:{joining})\s+(?P<verb>[a-zà-ÿ]+(?:{endings}))\s+(?=(?:{taken})(?:\s|(?<=['’])))"
    )
    for language, joining, endings, taken in (
        (
            "es",
            "y|e",
            "a|e|an|en|ó|ió|aba|aban|ía|ían",
            "el|la|los|las|un|una|unos|unas|su|sus|dos|tres|cuatro|que",
        ),
        (
            "it",
            "e|ed",
            "a|e|ano|ono|ò|ì|ava|eva|iva|avano|evano",
            "il|lo|la|i|gli|le|l['’]|un|una|uno|suo|sua|suoi|sue|due|tre|che",
        ),
        (
            "pt",
            "e",
            "a|e|am|em|ou|eu|iu|ava|ia|avam|iam",
            "o|a|os|as|um|uma|seu|sua|seus|suas|dois|duas|três|que",
        ),
        (
            "fr",
            "et",
            "e|ent|it|a|ait|aient",
            "le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|deux|trois|que|qu['’]",
        ),
    )
}
# (a French verb in -re may be a present, "instaure": only -er and -ir are read as infinitives)
_INFINITIVE = {
    "es": re.compile(r"(?:ar|er|ir)$"),
    "pt": re.compile(r"(?:ar|er|ir)$"),
    "it": re.compile(r"(?:are|ere|ire)$"),
    "fr": re.compile(r"(?:er|ir)$"),
}
_FOREIGN_RELATIVE = re.compile(
    r"\b(?:qui|que|qu['’]|dont|lequel|laquelle|quien|quienes|cuyo|cuya|cui|che|quale|qual)\b",
    re.I,
)
# (and one a comma opens, as an aside: ", qui …", ", che …")
_COMMA_RELATIVE = re.compile(rf",\s+{_FOREIGN_RELATIVE.pattern}", re.I)
# Words with those endings that are no verbs: determiners, quantifiers, prepositions.
_NOT_FOREIGN_VERBS = frozenset(
    "de que se le ne me te ce une sa la una toda todo todas todos toute "
    "toutes tutta tutte tutto cada ogni otra otro autre altra altre altro esta este "
    "esa ese questa quella quello nuestra nostra notre votre sua como come "
    "comme entre contra contre sobre sopra sotto dentro fuera hasta sempre siempre "
    "toujours encore ancora ainda desde durante mediante".split()
)


def long_halves(
    text: str, start: int, end: int, opening: re.Pattern[str] | None = None
) -> Cut | None:
    """A blank too long to recall whole (`_LONG_BLANK` words or more) cut at its comma
    nearest the middle, outside brackets and quotes, each half a phrase of its own (at least
    `_HALF_WORDS` words; not before a list's last item, nor before a clause another reading
    asks for: `opening`, English's words by default): each card then shows the other half
    as its cue ("English participants read ["The War of the Ghosts"], [a Native American
    folk tale with …]")."""
    opening = opening or _NO_HALF_OPENS
    words = len(text[start:end].split())
    if words < _LONG_BLANK or ", " not in text[start:end]:
        return None
    items = _ITEM_BREAK.split(text[start:end])
    if len(items) >= 3 and max(len(item.split()) for item in items) <= _ITEM_WORDS:
        return None  # (a list of short items, "the amount of wool, the length of …, … and …")
    best: tuple[int, int] | None = None
    for comma in top_level(text[:end], r",\s", start):
        cut, at = start + comma.start(), start + comma.end()
        before, after = len(text[start:cut].split()), len(text[at:end].split())
        if before < _HALF_WORDS or after < _HALF_WORDS:
            continue
        if opening.match(text, at) or _RESTATING.search(text, start, cut):
            continue  # (", and …", ", or …": a list's last item; "…, that is, …" says it again)
        colon = text.rfind(": ", start, cut)
        if colon > 0 and len(text[colon:cut].split()) <= _HALF_WORDS:
            continue  # (nor a few words after a colon, its clause's opening: "…: with a huge
            # sample, a trivially small effect …")
        if len(_DASH.findall(text, start, cut)) % 2 and _DASH.search(text, at, end):
            continue  # (nor inside an aside between dashes: "norms — fixed prices, no …")
        if _LIST_GOES_ON.match(text, at, end) or _in_series(text, start, cut, at, end):
            continue  # ("las matanzas, la esclavitud y los malos tratos": inside a list)
        if _OPENS_INNER_CLAUSE.search(text, start, cut) or _APPROXIMATELY.match(text, at):
            continue  # (nor inside a relative clause, or before an aside's figure: "on a
            # supervolcano whose last great eruption, about 640,000 years ago, …")
        distance = abs(before - after)
        if best is None or distance < best[0]:
            best = (distance, cut)
    if best is None:
        return None
    cut = best[1]
    at = cut + 2
    stop = blank_end(text, at, end)
    return Cut(cut, at, stop) if stop > 0 else None


def foreign_long_halves(text: str, start: int, end: int, language: str) -> Cut | None:
    """`long_halves` in another language, by its own words for a list's last item and the
    clauses other readings ask for."""
    opening = _FOREIGN_NO_HALF_OPENS.get(language)
    return long_halves(text, start, end, opening) if opening is not None else None


_FOREIGN_NO_HALF_OPENS = {
    language: re.compile(rf"(?:{words})(?![\wÀ-ÿ])", re.I)
    for language, words in (
        ("fr", r"et|ou|mais|qui|que|qu['’]|dont|où|quand|lorsque|parce|car|si|comme|puisque"),
        ("es", r"y|e|o|u|pero|que|quien|quienes|donde|cuando|porque|si|como|aunque|pues"),
        ("it", r"e|ed|o|ma|che|cui|dove|quando|perché|se|come|benché|poiché"),
        ("pt", r"e|ou|mas|que|quem|onde|quando|porque|se|como|embora|pois"),
        (
            "de",
            r"und|oder|aber|sondern|der|die|das|dem|den|deren|dessen|wo|wenn|weil|dass|ob|als|wie|da",
        ),
    )
}


def _in_series(text: str, start: int, cut: int, at: int, end: int) -> bool:
    """Whether the comma at `cut` parts items of a series: a short item on either side of
    it (four words at most, up to the next comma or from the one before) and a conjunction
    later in the blank ("the amount of time, the emotional intensity, the intimacy and …",
    "« absolu », « relatif », « abstrait » ou « causalité »")."""
    if _CONJUNCTION.search(text, at, end) is None:
        return False
    following = next(top_level(text[:end], r",\s", at), None)
    after = text[at : at + following.start()] if following is not None else text[at:end]
    previous = text.rfind(", ", start, cut)
    before = text[previous + 2 if previous >= 0 else start : cut]
    return (following is not None and len(after.split()) <= 4) or (
        previous >= 0 and len(before.split()) <= 4
    )


_ITEM_BREAK = re.compile(rf",\s+(?:(?:and|or)\s+)?|\s(?:{_AND_OR})\s")
_ITEM_WORDS = 6
_OPENS_INNER_CLAUSE = re.compile(
    r"\b(?:whose|where|which|who|whom|whereby|dont|où|cuyo|cuya|cuyos|cuyas|donde|cui|dove"
    r"|deren|dessen|wo)\b",
    re.I,
)
_APPROXIMATELY = re.compile(r"(?:about|around|some|roughly|nearly|almost|approximately)\s")
_CONJUNCTION = re.compile(rf"\s(?:{_AND_OR})\s")


# The last items of a list after a comma: a few words, a conjunction, a few words, then
# the end or another comma.
_LIST_GOES_ON = re.compile(
    rf"(?:[\wÀ-ÿ'’-]+\s+){{0,3}}(?:{_AND_OR})\s+(?:[\wÀ-ÿ'’-]+\s*){{1,6}}"
    r"(?:[,.;:]|\Z)"
)
_RESTATING = re.compile(r"(?:\bthat\s+is|\bi\.\s?e\.|\bin\s+other\s+words|\bnamely)\Z")
_LONG_BLANK = 14
_HALF_WORDS = 5
# What no half opens with: a list's last item, or a clause that the readings of reasons,
# times and relatives ask for themselves (or leave whole).
_NO_HALF_OPENS = re.compile(
    r"(?:and|or|nor|but|etc|since|because|as|which|who|whom|whose|that|when|while|where"
    r"|although|though|if|unless|until|so|one)\b"
)


# What follows from a point, after an arrow: "memorizes [the training set] → [high variance]".


def consequence(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before an arrow, and what follows from it up to the next arrow
    ("inserts [aquaporins into the collecting duct] → [more water reabsorbed] → …"); or
    None. The first blank may be empty: "More parties [→ coalition governments]"."""
    if "→" not in text[start:end] and ">" not in text[start:end]:
        return None
    found = next(top_level(text[:end], ARROW.pattern, max(0, start - 1)), None)
    if found is None:
        return None
    cut, at = max(0, start - 1) + found.start(), max(0, start - 1) + found.end()
    following = ARROW.search(text, at, end)
    stop = following.start() if following is not None else blank_end(text, at, end)
    if stop <= at:
        return None
    if len(_MAPPED.split(text[:cut])[-1].split()) == 1 and len(text[at:stop].split()) == 1:
        return None  # (a word and what it becomes: "changes the word class: walk → walked")
    return Cut(max(cut, start), at, stop)


_MAPPED = re.compile(r"[:;,(]")


# Where and when, two phrases of one blank: "was killed [at Lützen] in [1632]", "founded
# [by Constantine] in [330]" (a name, or the named place, then its year).
_PLACE_THEN_YEAR = re.compile(
    r"(?:at|in|on|near|by|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:von|van|de|of|the|[A-Z][\w'’-]*))*"
    r"(?P<year>\s+in\s+(?P<digits>\d{3,4}))\s*\Z"
)


def place_and_year(text: str, start: int, end: int) -> Cut | None:
    """A blank that says where (or by whom) and then in what year, cut before the year, and
    the year; or None."""
    found = _PLACE_THEN_YEAR.match(text[:end].rstrip(" .;,"), start)
    if found is None:
        return None
    return Cut(found.start("year"), found.start("digits"), found.end("digits"))


# On what condition a short predicate holds, a clause of its own after it with no comma:
# "Growth is [fastest] when [the population is at half the carrying capacity]", "Ice sheets
# [grow] when [northern summers are cool enough …]".
_CONDITION_WORDS = ("when", "whenever", "if", "once", "where")
_CONDITION = re.compile(rf"\s+(?:only\s+|even\s+)?(?:{'|'.join(_CONDITION_WORDS)})\s+")
_CONDITIONED_WORDS = 2  # what the condition is said of: a verb or an adjective, and little more


def condition(text: str, start: int, end: int) -> Cut | None:
    """A blank whose first words, a verb or an adjective, hold only on the condition a
    clause of its own states, cut before that condition, and the condition; or None."""
    return _conditioned(text, start, end, 1, _CONDITIONED_WORDS)


# A second subject with its verb left out: "…, and GABA the main inhibitory one".
_GAPPED = re.compile(
    r",?\s+and\s+(?P<subject>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?=(?:the|an?|its|their)\s)"
)

# … or one in lower case, its left-out verb's preposition after it ("…, and farmers into").
_GAPPED_PARALLEL = re.compile(
    r",\s+and\s+(?P<subject>[a-z][\w-]*(?:\s+(?!(?:"
    + "|".join(sorted(PREPOSITIONS))
    + r")\s)[a-z][\w-]*)?)\s+(?P<preposition>[a-z]+)\s"
)


def gapped(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before a second subject whose verb is the first's, left out, and what is
    said of it ("Glutamate is [the main excitatory transmitter of the brain], and GABA [the
    main inhibitory one]"); or None."""
    if " and " not in text[start:end]:
        return None
    found = _GAPPED.search(text, start, end)
    if found is None:
        return _gapped_in_lower_case(text, start, end)
    if len(text[start : found.start()].split()) < _SECOND_PREDICATE_WORDS:
        return None
    if "," in text[start : found.start()]:
        return None  # ("gave [the English, Welsh and Scots a common enemy]": a list's last name)
    said = text[found.end() : end]
    if len(said.split()) < 2 or clause(said) is not None or clause(text[start : found.start()]):
        return None  # (a clause of its own, or a blank that holds one already)
    return Cut(found.start(), found.end(), blank_end(text, found.end(), end))


def _gapped_in_lower_case(text: str, start: int, end: int) -> Cut | None:
    """`gapped` for a second subject in lower case, after a comma, whose phrase opens with
    the first blank's own preposition ("turned [into agribusiness], and farmers [into
    tenants …]"; not "in filth and darkness in …", two nouns of one phrase); or None."""
    opening = text[start:end].split(None, 1)[0].lower()
    if opening not in PREPOSITIONS:
        return None
    found = next(
        (
            m
            for m in _GAPPED_PARALLEL.finditer(text, start, end)
            if m["preposition"].lower() == opening
        ),
        None,
    )
    if found is None or len(text[start : found.start()].split()) < 2:
        return None
    semicolon = text.find("; ", found.end(), end)  # (a clause of its own after it)
    stop = blank_end(text, found.end("subject") + 1, semicolon if semicolon > 0 else end)
    return Cut(found.start(), found.end("subject") + 1, stop) if stop > 0 else None


# The object a verb takes, then what it was used for: "used [factor analysis] to [reduce such
# lists …]".
_PURPOSE = re.compile(r"\s+(?:in\s+order\s+)?to\s+(?P<verb>[a-z]+)\s")
_PURPOSE_OBJECT_WORDS = (2, 8)
# Words no plain object holds before a purpose: a question word or a relative, a degree
# ("too", "enough") or a subject of the infinitive ("for the current to fall").
_NOT_IN_AN_OBJECT = frozenset(
    "how what why which who whom whose where when whether too enough so for".split()
)
# Verbs whose object does what the infinitive after it says: no purpose.
_OBJECT_THEN_INFINITIVE = frozenset(
    "allow ask cause compel convince drive enable encourage expect force get help inspire "
    "invite lead leave let oblige order permit persuade prompt push require teach tell tempt "
    "train urge want warn wish".split()
)
# Nouns whose infinitive completes them: "a duty to refrain", "the desire to …".
_INFINITIVE_NOUNS = frozenset(
    "ability attempt attempts capacity chance courage decision desire duty effort efforts "
    "failure freedom incentive need obligation opportunity permission plan power pressure "
    "promise reason refusal responsibility right sense temptation tendency time urge urgency "
    "way will willingness wish".split()
)


def purpose(text: str, start: int, end: int) -> Cut | None:
    """A blank that opens with the verb's object, a noun phrase of a few words, then what it
    was for, an infinitive ("later researchers used [factor analysis] to [reduce such lists
    to a few underlying dimensions]"): both are asked; or None."""
    piece = text[start:end]
    if " to " not in piece:
        return None
    found = _PURPOSE.search(text, start, end)
    if found is None or not is_plain_verb(found["verb"]):
        return None
    following = text[found.end() :].split(None, 1)
    if (
        following
        and "NOUN" in word_classes(found["verb"])
        and following[0].islower()
        and following[0] not in DETERMINERS
        and word_classes(following[0].strip(",.;:")) == {"NOUN"}
    ):
        return None  # ("loyalty to [trade unionism]": a noun after a preposition, no verb)
    before = text[:start].split()[-1:]
    if before and set(verb_lemmas(before[0].strip(",;:"))) & _OBJECT_THEN_INFINITIVE:
        return None  # ("push [the weavers to emigrate]": the object does what the verb makes it)
    held = text[start : found.start()].split()
    fewest, most = _PURPOSE_OBJECT_WORDS
    if not fewest <= len(held) <= most:
        return None
    lowered = [w.lower() for w in held]
    if lowered[0] in PRONOUNS or lowered[0] in PREPOSITIONS or lowered[0] == "to":
        return None  # ("joined [to the Netherlands] to …", "forced [to sell …] to …")
    if any(w in SUBORDINATORS or w in _NOT_IN_AN_OBJECT for w in lowered):
        return None  # ("fail when [markets fail] to", "[too temporary] to", "[the time for …]")
    if lowered[-1] in _INFINITIVE_NOUNS:
        return None  # ("feel [an urgency] to prove …": the noun's own infinitive, no purpose)
    if any(not w.isalpha() and not w.replace("-", "").isalpha() for w in held):
        return None  # (a phrase with its commas or figures: no plain noun phrase)
    if any(_may_be_verb(w) for w in held):
        return None  # ("helped [workers organise] to …": a clause of its own)
    stop = blank_end(text, found.start("verb"), end)
    if stop <= 0 or len(text[found.start("verb") : stop].split()) < _SECOND_PREDICATE_WORDS:
        return None
    return Cut(found.start(), found.start("verb"), stop)


def _may_be_verb(word: str) -> bool:
    """Whether a word of an object may be a verb in a finite form (not a noun's plural)."""
    lower = word.lower()
    return lower in AUXILIARIES or (
        "VERB" in word_classes(lower)
        and "NOUN" not in word_classes(lower)
        and "ADJ" not in word_classes(lower)
    )


def point_and_condition(text: str, start: int, end: int) -> Cut | None:
    """A blank that says a point of its own and then, with no comma, the condition it holds
    on, a clause of its own ("A peasant family [cannot calculate a profit] when [it cannot
    separate …]"): both are asked; or None."""
    found = _conditioned(text, start, end, _SECOND_PREDICATE_WORDS, None)
    if found is None or _CLAUSE_OPENED.search(text, start, found.cut):
        # ("was [a bestseller because it appeared] when …": the condition is the inner
        # clause's, one point)
        return None
    opening = text[found.cut : found.second_start].split()
    if opening[-1] == "where" or _IDIOM_WHEN.match(text, found.second_start):
        return None  # ("vanished [from streams] where …" is a place; "when it comes to")
    if text[start : found.cut].split()[-1].lower() in _TIMES:
        return None  # ("remembered [the long years] when …": a time and what happened then)
    return found


def _conditioned(text: str, start: int, end: int, fewest: int, most: int | None) -> Cut | None:
    """A blank cut before the condition a clause of its own states, when `fewest` to `most`
    words come before it, and the condition; or None."""
    piece = text[start:end]
    if not any(f" {word} " in piece for word in _CONDITION_WORDS):
        return None
    found = _CONDITION.search(text, start, end)
    said = len(text[start : found.start()].split()) if found is not None else 0
    if found is None or said < fewest or (most is not None and said > most):
        return None
    head = text[start : found.start()]
    if re.search(r"[,;:(]", head) or head.split()[0].lower() in _NOT_CONDITIONED:
        return None  # ("says [that if …]": the condition opens what is said, no point of it)
    if "where" in found.group() and any(word.lower() in ARTICLES for word in head.split()):
        return None  # ("is [the place where …]": a noun and its relative clause, one point)
    own = clause(text[:end], found.end())
    if own is None or own.start != found.end() or not own.subject:
        return None
    if "," in text[found.end() : own.verb_start]:
        return None  # ("even when [dissatisfied, hoping …]": no subject of its own)
    stop = blank_end(text, found.end(), end)
    if stop <= 0 or len(text[found.end() : stop].split()) < _SECOND_PREDICATE_WORDS:
        return None
    if _THAN_WHEN.search(text, found.end(), stop):
        return None  # ("longer when [X] than when [Y]": the comparison is the point)
    if ", and " in text[found.end() : stop]:
        return None  # ("maximizes profit where MR = MC, and charges …": back to its subject)
    return Cut(found.start(), found.end(), stop)


_NOT_CONDITIONED = frozenset("that and but or which who whether how why what".split())
_IDIOM_WHEN = re.compile(r"it\s+comes\s+to\b")
_TIMES = frozenset(
    "time times moment moments period periods year years day days age ages era eras point "
    "century centuries decade decades stage stages occasion occasions hour season".split()
)
_THAN_WHEN = re.compile(r"\sthan\s+(?:when|whenever|if|once)\s")


# Two things told apart, each with what sets it apart in a relative clause: "distinguishes
# A, which …, from B, which …", in the languages read ("distingue A, qui …, de B, qui …").
_DISTINGUISHING = re.compile(
    r"\b(?:distinguish(?:es|ed)?|distingue|distinguait|distinguiu|distinguía|distinse|"
    r"unterscheidet|unterschied)\s+",
    re.IGNORECASE,
)
# (or a preposition and the relative: "una tendenza aristocratica, per cui …")
_RELATIVE_OPENING = re.compile(
    r",\s+(?:which|who|whereby|(?:in|by)\s+which|qui|que|che|cui|(?:per|in)\s+cui|der|die|das"
    r"|welche|(?:por|en)\s+(?:el|la)\s+que|pel[oa]\s+qual|par\s+lequel|par\s+laquelle)\s+"
)
# (the other after "from", or after "and": "una tendenza …, per cui …, e una tendenza …")
_FROM_THE_OTHER = re.compile(
    r",\s+(?:from\s|de\s|d['’]|da\s|von\s|des\s|du\s|dalla\s|dal\s"
    r"|(?:and|e|et|y|und)\s+(?:an?|the|un|una|uno|une|ein|eine|einen|um|uma)\s)"
)


def distinction(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """What sets each of two things told apart apart, the two relative clauses of
    "distinguishes A, which [is …], from B, which [is …]"; or None."""
    verb = _DISTINGUISHING.search(text, 0, end)
    if verb is None or verb.end() > start:
        return None
    first = _RELATIVE_OPENING.search(text, verb.end(), end)
    other = _FROM_THE_OTHER.search(text, first.end(), end) if first is not None else None
    second = _RELATIVE_OPENING.search(text, other.end(), end) if other is not None else None
    if first is None or other is None or second is None:
        return None
    stop = blank_end(text, second.end(), end)
    if stop <= second.end() or other.start() <= first.end():
        return None
    return (first.end(), other.start()), (second.end(), stop)


# Who led what a blank ends with: "under the eunuch admiral Zheng He", "led by Cortés".
_LED_BY = re.compile(
    r"\s(?:under|led\s+by|commanded\s+by)\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})[\s.,;:]*\Z"
)


def led_by(text: str, start: int, end: int) -> Cut | None:
    """A blank that ends with who led what it says, cut before it, and that name ("sent
    [seven great expeditions into the Indian Ocean] under the eunuch admiral [Zheng He]");
    or None. Who led is a point of its own: the sentence is about who there."""
    if " under " not in text[start:end] and " by " not in text[start:end]:
        return None
    found = _LED_BY.search(text, start, end)
    if found is None or len(text[start : found.start()].split()) < _SECOND_PREDICATE_WORDS:
        return None
    return Cut(found.start(), found.start("name"), found.end("name"))


# A denial after a comma in the other languages notes are kept in: ", et non", ", não".
_FOREIGN_DENIED = r",\s+(?:(?:et|y|e|und)\s+)?(?:non(?:\s+pas)?|no|não|nicht)\s+"
# What a point is set against: ", rather than …", ", not …" (the words stay on the front).
_CONTRAST_PHRASE = re.compile(
    r",?\s+(?:rather\s+than|instead\s+of)\s+|,\s+not\s+(?!only\b|just\b|least\b)"
    # (and, with no comma, what "but" sets against it: "are [common in bacteria] but [rare
    # in eukaryotes]")
    r"|(?<!,)\s+but\s+(?!also\b|not\b|rather\b|only\b|then\b|because\b|for\b|as\b|one\b)"
    # (in the other languages notes are kept in, a denied noun phrase after a comma: "…,
    # et non un produit", "…, não uma revolta", "…, y no un levantamiento")
    rf"|{_FOREIGN_DENIED}"
    # (an article that is no pronoun too: "…, no la percibiríamos" denies a verb)
    r"(?=(?:un|une|una|uno|um|uma|el|il|gli|des|del|ein|eine|einen|einer|der|das|den|dem)\s)"
)
_FOREIGN_DENIAL = re.compile(_FOREIGN_DENIED)  # (asked first: is there one at all?)
_CONTRASTED_WORDS = 2  # what a point is set against may be short: "not [their tasks]"
_DENIED = re.compile(
    r"(?:do|does|did|can|could|will|would|is|are|was|were)\s*(?:not|n't)\b|cannot\b"
)
_ASIDE = re.compile(r"[\w'-]+,\s")
# An aside that says who else holds or denies a point: ", as later critics claimed".
_AS_CLAIMED = re.compile(
    r",\s+as\s+[^,;:]*?\b(?:claim|argu|sa[iy]|suggest|believ|thought|held|hold)\w*\s*\Z"
)


def contrast(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before what it is set against, and that ("start [with their time], not
    [their tasks]"; "was [a project of circulation], rather than [a plan to make
    barricades impossible], as later critics claimed"); or None."""
    piece = text[start:end]
    if not (
        " rather than " in piece or " instead of " in piece or ", not " in piece or " but " in piece
    ) and (_FOREIGN_DENIAL.search(piece) is None):
        return None
    phrases = list(_CONTRAST_PHRASE.finditer(text, start, end))
    if len(phrases) != 1:
        return None
    found = phrases[0]
    if "instead" in found.group() and ":" in text[start : found.start()]:
        return None  # (what a colon's clause sets against: "in reverse: instead of …, we …")
    if found.group().strip() == "but" and clause(text[:end], found.end()) is not None:
        return None  # (a clause of its own after "but" is a point of its own, `points`)
    denied = found.group().strip() == "but" and _DENIED.match(text, found.end()) is not None
    if len(text[start : found.start()].split()) < (1 if denied else _SECOND_PREDICATE_WORDS):
        # (what "but" denies may follow a word: "relieve [congestion] but [do not improve
        # survival]")
        return None
    stop = blank_end(text, found.end(), end)
    aside = _AS_CLAIMED.search(text, found.end(), stop) if stop > 0 else None
    stop = aside.start() if aside is not None else stop  # (who else says so stays shown)
    joined = COMMA_AND.search(text, found.end(), stop) if stop > 0 else None
    own = clause(text[:stop], joined.end()) if joined is not None else None
    if joined is not None and own is not None and own.start == joined.end() and own.subject:
        stop = joined.start()  # (nor a clause of its own after ", and": "… kin, and their
        # group feeling decays")
    if stop <= 0 or len(text[found.end() : stop].split()) < _CONTRASTED_WORDS:
        return None
    if _ASIDE.match(text, found.end(), end):
        return None  # (an aside inside a phrase: "are [real, but social, not natural, kinds]")
    return Cut(found.start(), found.end(), stop)


def set_against(text: str, end: int) -> bool:
    """Whether a blank ending at `end` is set against what the front shows after it ("start
    [with their time], not their tasks"): an everyday answer is no trivia there."""
    return _CONTRAST_PHRASE.match(text, end) is not None


# A relative clause set off by a comma inside a blank: ", which settled …".
_RELATIVE_INSIDE = re.compile(r",\s+(?:which|who|whose)\s+")
_OTHER_CLAUSE = re.compile(r"[;:]\s|\sthat\s")
_BEFORE_RELATIVE_WORDS = 3  # a blank left shorter than this says too little alone


def before_relative(text: str, start: int, end: int) -> int | None:
    """Where a blank holding a relative clause is cut, before it, when what is left says
    enough; or None."""
    if ", " not in text[start:end]:
        return None
    found = _RELATIVE_INSIDE.search(text, start, end)
    if found is None:
        return None
    before = text[start : found.start()]
    if len(before.split()) < _BEFORE_RELATIVE_WORDS or _OTHER_CLAUSE.search(before):
        # ("the claim that philosophers, who have seen the Good, should rule": the relative
        # is an aside in another clause, and so is one after a colon or a semicolon)
        return None
    return found.start()


# A clause of its own after a semicolon inside a blank: "…; the MMU translates …".
_SEMICOLON = re.compile(r";\s+")
_BEFORE_SEMICOLON_WORDS = 2  # "[his style]; Rembrandt and Velázquez both learned from it"


def before_semicolon(text: str, start: int, end: int) -> int | None:
    """Where a blank that runs on past a semicolon into a clause of its own is cut, before
    the semicolon ("gives each process [its own virtual address space]; the MMU translates
    …"), when what is left says enough; or None."""
    if "; " not in text[start:end]:
        return None
    found = _clause_after(text, start, end, _SEMICOLON.pattern, _BEFORE_SEMICOLON_WORDS)
    return found[0] if found is not None else None


# A short point and the clause of its own a colon explains it with: "Release is [quantal]:
# each vesicle holds [roughly the same amount of transmitter]".
_SHORT_BEFORE_COLON = 2  # words: an adjective or a noun and its article


def explained_after_colon(text: str, start: int, end: int) -> Cut | None:
    """A blank of a word or two cut before the colon that explains it, and what the verb of
    the clause after the colon says; or None."""
    if ": " not in text[start:end]:
        return None
    found = _clause_after(text, start, end, r":\s+", 1)
    if found is None:
        return None
    cut, _, own = found
    if len(text[start:cut].split()) > _SHORT_BEFORE_COLON:
        return None
    stop = blank_end(text, own.verb_end, end)
    said = text[own.verb_end : stop] if stop > 0 else ""
    if len(said.split()) < _SECOND_PREDICATE_WORDS:
        return None
    return Cut(cut, own.verb_end + len(said) - len(said.lstrip()), stop)


_GLOSSED_BEFORE_WORDS = 3  # what the colon explains: a point of its own
_GLOSS_WORDS = 4  # what explains it


def glossed_after_colon(text: str, start: int, end: int) -> Cut | None:
    """A blank cut before a colon that what follows glosses, when both say enough and what
    follows is no clause of its own ("have lived [in a dual reality]: [the objective reality
    of rivers and lions, and the imagined reality of gods …]"); or None."""
    if ": " not in text[start:end]:
        return None
    marked = _mark_cut(text, start, end, r":\s+", _GLOSSED_BEFORE_WORDS)
    if marked is None:
        return None
    cut, at = marked
    if _RELATIVE_OPENED.search(text, start, cut):
        return None  # (a relative clause before it is the second point: "…, which lets …")
    stop = blank_end(text, at, end)
    if stop <= 0 or len(text[at:stop].split()) < _GLOSS_WORDS:
        return None
    if clause(text[:stop], at) is not None:
        return None  # (a clause of its own is `explained_after_colon`'s, or the front's)
    return Cut(cut, at, stop)


def _mark_cut(
    text: str, start: int, end: int, mark: str, words_before: int
) -> tuple[int, int] | None:
    """[cut, at) of the first `mark` (a pattern) outside brackets and quotes inside a blank
    [start, end), when at least `words_before` words come before it; or None."""
    found = next(top_level(text[:end], mark, start), None)
    if found is None:
        return None
    cut, at = start + found.start(), start + found.end()
    return (cut, at) if len(text[start:cut].split()) >= words_before else None


def _clause_after(
    text: str, start: int, end: int, mark: str, words_before: int
) -> tuple[int, int, Clause] | None:
    """`_mark_cut`'s [cut, at), and the clause of its own (its subject right there) that
    begins after the mark; or None."""
    marked = _mark_cut(text, start, end, mark, words_before)
    if marked is None:
        return None
    cut, at = marked
    own = clause(text[:end], at)
    if own is None or own.start != at or not own.subject:
        return None
    return cut, at, own


# A concession that closes the sentence: ", though some historians doubt these figures".
_CONCESSION = re.compile(r",\s(?:though|although|even though)\s")


_AFTER_BLANK_WORDS = 3  # words a second blank after the first, or its subject, needs


def _taken_by_its_verb(text: str, end: int, own: Clause, stop: int) -> Cut | None:
    """The blank that ends at `end`, and a second one for what the verb of a later clause
    (`own`) takes, when it says enough; or None."""
    said = text[own.verb_end : stop]
    begin = own.verb_end + len(said) - len(said.lstrip())
    stop_at = blank_end(text, begin, len(text[:stop].rstrip(" .")))
    if stop_at <= 0 or len(text[begin:stop_at].split()) < _AFTER_BLANK_WORDS:
        return None
    return Cut(end, begin, stop_at)


def conceded(text: str, end: int, stop: int) -> Cut | None:
    """What a concession on the front after a blank says, asked as a second blank ("…
    failed [at one of these transitions], though they had often built [the new drives in
    their labs first]"): what its clause's verb takes; or None."""
    found = _CONCESSION.search(text, end, stop)
    if found is None or text[end : found.start()].strip(" ."):
        return None
    own = clause(text[:stop], found.end())
    if own is None or own.start != found.end() or not own.subject:
        return None
    if text.startswith(" that ", own.verb_end):
        return None  # (who doubts it: ", though Smith notes that some visitors doubt …")
    return _taken_by_its_verb(text, end, own, stop)


_COLON_AFTER = re.compile(r"[\s\"”’]*:\s+")


def explained_after_blank(text: str, end: int, stop: int) -> Cut | None:
    """What the clause of its own after a colon that closes a blank says, asked as a
    second blank ("The paradox is [that the worthless child acquired a price]: the price of
    babies in the adoption market [rose as the children became "priceless"]"); or None."""
    colon = _COLON_AFTER.match(text, end, stop)
    if colon is None:
        return None
    own = clause(text[:stop], colon.end())
    if own is None or own.start != colon.end() or not own.subject or own.negative:
        return None
    if len(own.subject.split()) < _AFTER_BLANK_WORDS or "," in own.subject:
        # (a pronoun or a bare noun, "…: it is …", says what the blank says; a subject with
        # commas is a list or runs across an aside: "…: alpine meadows in Törbel,
        # Switzerland, village forests [in Japan …]")
        return None
    return _taken_by_its_verb(text, end, own, stop)


def before_concession(text: str, start: int, end: int) -> int | None:
    """Where a blank holding a concession is cut, before it (the concession qualifies the
    point and stays on the front), when what is left says enough; or None."""
    if ", " not in text[start:end]:
        return None
    found = next(top_level(text[:end], _CONCESSION.pattern, start), None)
    if found is None or len(text[start : start + found.start()].split()) < _BEFORE_RELATIVE_WORDS:
        return None
    return start + found.start()


def _object_next(text: str, at: int) -> bool:
    """Whether the word at `at` opens an object a verb takes: a determiner or a pronoun."""
    word = text[at:].split(None, 1)[:1]
    return bool(word) and (word[0].lower() in DETERMINERS or word[0].lower() in _OBJECT_PRONOUNS)


def _phrase_object_next(text: str, before: int, at: int) -> bool:
    """Whether a preposition and a determiner open what the word before `at` takes ("and
    looks for a function …"), after a word that is no noun ("… as unknown and looks for"):
    a verb and its phrase, not a noun of a pair ("wages and prices in the …")."""
    words = text[at:].split(None, 2)[:2]
    previous = text[:before].split()[-1:]
    return (
        len(words) == 2
        and words[0].lower() in PREPOSITIONS
        and words[1].lower() in DETERMINERS
        and bool(previous)
        and word_classes(previous[0].strip(",;:").lower()) != {"NOUN"}
    )


def _bare_noun_next(text: str, at: int) -> bool:
    """Whether the word at `at` reads as a noun an adjective in -ed comes before ("shared
    dangers"), not what a verb takes next ("moved to", "opened the door", "reached Botany")."""
    word = text[at:].split(None, 1)[:1]
    if not word or not word[0][:1].islower():
        return False
    lower = word[0].strip(",.;:").lower()
    return not (
        lower in DETERMINERS
        or lower in PREPOSITIONS
        or lower in PRONOUNS
        or lower in _OBJECT_PRONOUNS
        or lower.endswith("ly")
    )


_OBJECT_PRONOUNS = frozenset("them him her us me himself herself themselves itself".split())
