"""Readings of an English claim: the candidate blanks a sentence offers, each from one
reading of it (`Reading`): what its main clause says of its subject, the reason after
"because", what it asserts instead of what it denies, what it prefers, the condition it
holds under, what "there is" names, the statement after "Topic:", and, where no clause can
be read, a marked term, a quotation, a figure, a link or a name. Each candidate is scored
by its reading alone (`READING_SCORE`); `claims` judges them and keeps the best. (Claims in
the other languages are read in `foreign_readings`.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from flashgen.extract.clauses import (
    ARTICLES,
    AUXILIARIES,
    COPULAS,
    DEICTIC,
    DETERMINERS,
    LISTED_SUBJECT,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    Clause,
    clause,
    deictic_subject,
    in_lexicon,
    is_participle,
    is_plain_verb,
    is_plural_noun,
    is_simple_past,
    leans_back,
    present_verb_opening,
    reads_as_participle,
    verb_lemmas,
    verb_opens,
    word_classes,
)
from flashgen.extract.sentences import (
    positioned,
)
from flashgen.extract.words import (
    DATE,
    NUMBER_WORDS,
    STOPWORDS,
    normalize_term,
    starting_a_word,
    top_level,
)
from flashgen.model import Inline, Span, quickly_made

MAX_ANSWER_WORDS = 28


# A blank up to this long is not cut at a clause break.
WHOLE_ANSWER_WORDS = 22


_QUOTED = re.compile(r"[\"“«„]\s?([^\"“”«»„]{3,200}?\s[^\"“”«»„]{1,200}?)\s?[\"”»“]")


# The number words from two up ("one" is rarely a figure: "one of the …").
_SPELLED_WORDS = [
    *NUMBER_WORDS[2:],
    *"thirty forty fifty sixty seventy eighty ninety hundred thousand million billion".split(),
]


_SPELLED = f"(?:{'|'.join(_SPELLED_WORDS)})"


# Tried at every position of the sentences that reach the number reading: each branch opens
# with what it matches, its look-behind after (`tests/test_properties.py`).
_NUMBER = re.compile(
    # (with its currency: "[$32]", not "$[32]"; a ratio whole: "[3:1]", not "3:[1]")
    r"[$€£¥]?\d(?<![\w:-]\d)[\d,.]*(?::\d+)?(?:\s?[–-]\s?\d[\d,.]*)?"
    # (and its scale: "[66 million years]", not "66 [million]")
    # (in the other languages notes are kept in too: "[3,5 Millionen]", "[2 milliards]")
    r"(?:\s(?:thousand|million|billion|trillion|millions|milliards?|Millionen|Million"
    r"|Milliarden?|Tausend|mille|milioni|miliardi|millones|millón|mil\s+millones|milhões"
    r"|milhão|bilhões))?(?:\s?(?:%|ms|s|km|kg|years?|days?|bits?))?"
    r"(?![\w)-])"
    rf"|(?:{starting_a_word(_SPELLED_WORDS)})(?:[- ]{_SPELLED})*\b"
)


# What makes the number after it part of a name: "Order No. 1", "Apollo 11", "Article 5".
_NAMING_BEFORE = re.compile(r"(?:\b(?:No|Nr|no|nr|Vol|vol)\.\s?|#|\b(?P<word>[A-Z][a-z]+)\s)$")


def _names_with(text: str, at: int) -> bool:
    """Whether the number at `at` is part of a name, as its number ("Order No. [1]" asks
    nothing); "In 1917" is a date. So is a small number right after a noun that is only a
    noun, as a label numbers a week or a chapter ("reading group, week [6]")."""
    found = _NAMING_BEFORE.search(text, max(0, at - 12), at)
    word = found["word"] if found is not None else None
    if found is not None:
        return not (word and word.lower() in STOPWORDS)
    label = _LABEL_BEFORE.search(text, max(0, at - 16), at)
    return (
        label is not None
        and label["noun"] not in STOPWORDS
        and in_lexicon(label["noun"])  # (an English noun: "dem 19. Jahrhundert" is no label)
        and word_classes(label["noun"]) == {"NOUN"}
        and not is_plural_noun(label["noun"])
        and _SMALL_NUMBER.match(text, at) is not None
    )


# A lower-case word right before a number, and the number it labels (up to three digits).
_LABEL_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,})\s$")
_SMALL_NUMBER = re.compile(r"\d{1,3}\b(?![.,]\d|%)")


# A capitalised run not opening the text or a sentence.
_NAME = re.compile(r"[A-Z](?<![.!?:] [A-Z])(?<!^[A-Z])(?<!\w[A-Z])[\w-]*(?:\s+[A-Z][\w-]*)*")


_CLAUSE_CUT = re.compile(
    r";\s|\s[–—]\s|:\s|,\s(?:and|but|which|while|so|whereas|as well as)\s|,\s(?=\w+ing\s)"
)


COLON = re.compile(r":\s")


# What each of these patterns needs in a text: without any, it is not searched.
# (Words in a sentence may be parted by a line break: only what no break can part is asked.)
_REASON_WORDS = ("because", "since", "so that", "in order to", ",", "in protest")


_OPENING_REASON = re.compile(r"\s*because\s(?!of\b)")
_REASON = re.compile(
    # (not ", for example," nor ", as a whole")
    r"\s(?:because|since|so that|in order to)\s"
    # (an aside after "because" stays on the front: "because, in his view, [pessimists …]")
    r"|\sbecause,\s[^,]{3,30},\s"
    r"|,\s(?:as|for)\s(?!(?:example|instance|a\s+whole)\b)"
    # (not "so" and an adjective in a series: "was so wide, so deep and so long because …")
    r"|,\sso\s(?![a-z]+(?:,|\s+and\s|\s+that\s))"
    r"|,?\s(?:in\s+protest\s+(?:against|at)|out\s+of\s+protest\s+against)\s"
)


# (not before "of which": "the first [of which is …]" leaves the first without its head)
_PHRASE_BREAK = re.compile(
    r"\s(?:of(?!\s(?:which|whom|whose)\s)|to|that|which|who|for|in|on|with|by|from|rather|than|as|because|since|when|while)\s"
)


_AS_ROLE = re.compile(r"\sas\s(?=(?:a|an|the|its|his|her|their)\s)")


_AS_BARE = re.compile(r"\sas\s(?=[a-z])(?!well\b|much\b|many\b|soon\b|long\b|far\b|if\b|though\b)")


_COMPLEMENT = re.compile(r"\s(?:for|as|into|with|about|to|by|on)\s")


TOPIC = re.compile(r"(?P<topic>[^:]{3,60}?):\s+(?=\S)")


# What a sentence says it is about to state: "opens with a claim that shocked her readers:
# …", "makes a simple observation: …". What follows the colon is the point.
_ANNOUNCES = re.compile(
    r"\b(?:claim|point|argument|idea|observation|question|thesis|statement|remark|"
    r"conclusion|answer|premise|lesson|insight)s?\b(?![^,]*,)"
)


# A Romance passive after its copula: a participle, then who did it ("fundado por …",
# "fondée par …", "scritto da …").
PASSIVE_AGENT = re.compile(
    r"\s*(?:\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|ato|ata|ati|ate|ito|ita|iti"
    r"|ite|uto|uta|u|ue|us|i|ie|is|ies|it|ite))\s+(?:por|par|da|dal|dalla|dai|pelo|pela)\s+",
    re.I,
)


# Each reading's worth before its penalties: the point of a sentence first, the old key-term
# strategies after. A figure is worth asking for when it is a result, not a count.
READING_SCORE = {
    "reason": 2.9,
    "contrast": 3.2,
    "agent": 3.1,
    "existent": 3.1,
    "extraposed": 3.1,
    "dated": 3.1,
    "done-instead": 3.3,
    "how-often": 2.65,  # below the predicate, also one cut for length: asked when that is everyday
    "passive": 3.05,  # above the predicate: the event stays on the front
    "condition": 3.1,
    "relative": 2.8,
    "preferred": 3.2,
    "placed": 3.2,
    "result": 3.1,
    "rejected": 3.2,
    "parallel": 3.3,
    "means": 3.05,
    "elaboration": 2.9,
    "after-marked": 3.3,
    "named": 3.6,  # the marked term a copula names, its gloss after it (a short answer)
    "named-this": 3.2,  # the name someone gives what the sentence before says
    "answered": 3.2,  # what a colon answers a wh-clause with: "where to look: [in rocks …]"
    "singled-out": 3.4,
    "listed": 3.3,
    "predicate": 3.0,
    "statement": 3.0,
    "complement": 2.6,
    "maker": 3.1,  # above the predicate: who made what the sentence is about
    "aside-agent": 2.5,  # below the predicate: asked when that says too little
    "after-colon": 2.3,  # not in English, when no function word is read: below marked terms
    "marked": 2.4,
    "quoted": 2.0,
    "number": 2.2,
    "verb-object": 2.3,  # a verb and its short object: above a number on the front
    "link": 1.2,
    "name": 0.8,
}


QUOTE_BONUS = 0.7  # a quoted passage is most often the point the reader noted


@quickly_made
@dataclass(frozen=True, slots=True)
class Candidate:
    """One blank a sentence could be asked with: [start, end) of its plain text."""

    start: int
    end: int
    reading: str
    score: float
    flaw: str = ""  # why it is not good enough, when it is not
    # Its subject points to the sentence before ("This made the stars resented …"): the card
    # shows that sentence first, or is held back.
    leans: bool = False


_IN_WORD = re.compile(r"[\w-]")
# A digit, a decimal or thousands mark and a digit: one number, never cut at its mark.
_WITHIN_NUMBER = re.compile(r"\d[.,]\d")


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether [start, end) begins and ends at word edges (never "neo-[…]", "[…]014")."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if _WITHIN_NUMBER.match(text, end - 1) or _WITHIN_NUMBER.match(text, max(0, start - 2)):
        return False  # (nor a number's: "e.g. [0].75", "3.[5] million")
    return not (before and _IN_WORD.match(before)) and not (after and _IN_WORD.match(after))


# What opens a blank but links it to the front: a conjunction ("… attacks, and [the zebra
# …]"), or a particle or object pronoun that goes with the verb before it ("carries out [the
# promises …]", "consists of [small steps …]", "set it [far too high]").
_OPENING_LINK = re.compile(
    r"(and|or|but|nor|out|up|off|back|down|away|about|of|it|them"
    # (an adverb that links to the sentence before: "Hiring is therefore [an investment …]")
    r"|therefore|thus|hence|consequently|accordingly)\s+(?=\S+\s+\S)"
)
# "nothing but": what follows is what the thing is; the words say only that it is all.
_NOTHING_BUT = re.compile(
    r"(?:nothing\s+(?:else\s+)?but|nichts\s+(?:anderes\s+)?als|rien\s+(?:d['’]autre\s+)?que"
    r"|nada\s+(?:más|mais)\s+(?:do\s+)?que|nient['’]altro\s+che)\s+(?=\S+\s+\S)",
    re.I,
)
_ADVERB_PARTICLES = frozenset(("out", "up", "off", "back", "down", "away"))
_AFTER_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")


def trim_answer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) so that it neither starts nor ends with spaces, punctuation or a
    dash outside a quotation."""
    # (and an aside's dash: "crops [— maize, potatoes …] —" asks the items)
    while start < end and text[start] in " ,;:—–":
        start += 1
    while end > start and text[end - 1] in " ,;:.!—–":
        end -= 1
    # A conjunction, particle or object that opens it belongs to the front (`_OPENING_LINK`):
    # "… attacks, and [the zebra …]".
    # "War is nothing but [the continuation of politics …]", in each language read
    nothing_but = _NOTHING_BUT.match(text, start, end)
    if nothing_but is not None:
        start = nothing_but.end()
    for _ in range(2):  # "grew out of [the colonial trade]"
        opening = _OPENING_LINK.match(text, start, end)
        if opening is None:
            break
        if opening.group(1) in _ADVERB_PARTICLES and _AFTER_COPULA.search(text, 0, start):
            break  # ("the clock is [out of step …]": no verb's particle after "is")
        start = opening.end()
    # A quotation opened before the answer and closed inside it ends the answer there, its
    # closing quote and what follows it (a citation, a period) on the front: '"A house is [a
    # machine for living in]" (1923)', "„Smog ist [demokratisch].“".
    closing = _closed_inside(text, start, end)
    if closing is not None:
        return trim_answer(text, start, closing)
    # A closing quote whose opening quote is outside the answer stays outside too.
    piece = text[start:end]
    if (text[end - 1 : end] in ('"', "”") and piece.count('"') + piece.count("“") == 1) or (
        text[end - 1 : end] == "»" and "«" not in piece
    ):
        return trim_answer(text, start, end - 1)
    # An opening bracket or quote without its closing one stays outside too.
    piece = text[start:end]
    if piece.count("(") != piece.count(")"):
        cut = piece.rfind("(") if piece.count("(") > piece.count(")") else -1
        if cut > 0:
            return trim_answer(text, start, start + cut)
    return (start, end) if end > start else None


# Each opening quotation mark and the mark that closes it.
_QUOTE_PAIRS = (("“", "”"), ("„", "“"), ("«", "»"))


def _closed_inside(text: str, start: int, end: int) -> int | None:
    """Where a quotation that opens before `start` closes inside [start, end), when it does
    (the answer then ends there); or None."""
    before, piece = text[:start], text[start:end]
    for opening, closing in _QUOTE_PAIRS:
        if before.count(opening) > before.count(closing) and opening not in piece:
            at = piece.find(closing)
            if at > 0:
                return start + at
    if before.count('"') % 2 == 1 and piece.count('"') % 2 == 1:
        at = piece.find('"')
        if 0 < at < len(piece.rstrip(" .")) - 1:
            return start + at
    return None


def _first_top_level(
    text: str, pattern: re.Pattern[str], start: int, needs: tuple[str, ...]
) -> re.Match[str] | None:
    """The first match of `pattern` outside brackets and quotes in `text` from `start`
    (positions from `start`), if the text holds one of the words it `needs`."""
    if not any(word in text for word in needs):
        return None
    return next(top_level(text, pattern.pattern, start), None)


_AND_THEN = re.compile(r",\s+(?:and|but)\s+(?P<verb>[a-z]+)\s")


_AND = re.compile(r",?\s+and\s+")


_THEN_VERB = re.compile(r",\s+then\s+(?P<verb>[a-z]+ed|[a-z]+)\s")


COMMA_AND = re.compile(r",\s+and\s+")


def _next_verb_phrase(text: str, start: int, end: int) -> int:
    """Where a second verb phrase of the same subject starts (", and spent a night in jail"),
    or `end`: a reason or a means stops there."""
    for found in top_level(text[:end], _AND_THEN.pattern, start):
        if is_participle(found.group("verb")) or word_classes(found.group("verb")) == _VERB_ONLY:
            return start + found.start()
    return end


# A word the lexicon gives as a verb and nothing else.
_VERB_ONLY = frozenset({"VERB"})


def blank_end(text: str, start: int, end: int) -> int:
    """Where a blank from `start` should end: at `end`, or, when that is too long, at the
    first clause break (then phrase break) that leaves at least four words."""
    if len(text[start:end].split()) <= WHOLE_ANSWER_WORDS:
        return end
    for pattern in (_CLAUSE_CUT, _PHRASE_BREAK):
        for found in top_level(text[:end], pattern.pattern, start):
            at = start + found.start()
            if pattern is _PHRASE_BREAK and (_part_of(text, at) or _title_of(text, at)):
                continue
            dangling = _DANGLING.search(text, start, at)
            if dangling is not None:  # ("… fellow-members, yet] in the mind …": before it)
                at = dangling.start()
            words = len(text[start:at].split())
            if (4 if pattern is _CLAUSE_CUT else 6) <= words <= MAX_ANSWER_WORDS:
                return at
            if words > MAX_ANSWER_WORDS:
                break
    return end if len(text[start:end].split()) <= MAX_ANSWER_WORDS else -1


# A coordinator that would end a blank cut at the phrase break after it ("… fellow-members,
# yet] in …", "to display the power of the court and] to bring …").
# (and in the other languages: "… come il formaggio nel latte, e] in essa nacquero …")
_DANGLING = re.compile(
    r"(?:,\s(?:and|but|yet|or|so)|\s(?:and|but|or|nor)"
    r"|,?\s(?:e|ed|et|y|und|o|ou|oder|ma|mais|pero|aber|mas))\Z"
)


# Words whose "of" is part of their noun phrase ("most of their fellow-members"): no blank
# ends between the two.
_PART_OF = frozenset(
    "most many some all each one none few several any both much part half rest".split()
)


def _part_of(text: str, at: int) -> bool:
    """Whether the phrase break at `at` is an "of" after a word of quantity."""
    if not text.startswith(" of ", at):
        return False
    before = text[max(0, at - 12) : at].split()
    return bool(before) and before[-1].lower() in _PART_OF


# An appositive's one-word head and its "of" ("Jacques Fournier, bishop of Pamiers"): a
# title and what it is the title of.
_TITLE_OF = re.compile(r",\s[a-z]+\Z")


def _title_of(text: str, at: int) -> bool:
    """Whether the phrase break at `at` is the "of" of an appositive's one-word head."""
    return text.startswith(" of ", at) and _TITLE_OF.search(text, max(0, at - 20), at) is not None


@dataclass(frozen=True)
class Reading:
    """A sentence as the readings see it."""

    spans: Inline
    text: str
    start: int  # where the point starts (after the reporting frame)
    end: int  # where it ends: the sentence's end, or where the next point of it starts
    opening: int  # where the sentence's claim starts (its first point's start)
    language: str
    avoid: frozenset[str]  # the author's and the work's names: never the answer
    label: frozenset[str] = frozenset()  # the words of the source label on the front
    who: frozenset[str] = frozenset()  # the author's names (not the work's title)
    # The sentence before, in lower case, when it can come first on the card (a subject
    # that points back then has something to point at); or ""
    lead: str = ""
    # Whether the sentence is a list item: a lecture's bullet may open with its verb, or
    # have none ("Ignores …", "First theme in …"); a paragraph that does is the reader's
    # aside more often ("Pairs nicely with …").
    bullet: bool = False

    @cached_property
    def leans_back(self) -> bool:
        return _leaning(self.text)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()


@lru_cache(maxsize=64)  # a sentence's points and its merged points read the same text
def _leaning(text: str) -> bool:
    return leans_back(text) is not None


# A word of a sentence; `salience.content_words` leaves out stop words and those that open
# with a digit or are shorter than three letters (`_counted`).
WORD_TOKEN = re.compile(r"[^\W_][\w'’-]*")


def predicate_candidates(sentence: Reading, first: bool = True) -> list[Candidate]:
    """The point of the main clause: what it says of its subject, or why; and the examples
    it ends with."""
    made = _clause_candidates(sentence, first)
    exemplified = _examples_candidate(sentence, sentence.start, sentence.end)
    return [*made, exemplified] if exemplified is not None else made


def _clause_candidates(sentence: Reading, first: bool = True) -> list[Candidate]:
    """What the main clause says of its subject, or why."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    if _whole_quotation(text[:stop], start):
        start += 1  # a quotation as a whole: its own clause is read
    topic = TOPIC.match(text[:stop], start) if start < stop else None
    # A topic opens the sentence ("Hardin's answer: …"); after a frame, only one that says
    # a point follows ("Carson opens with a claim that shocked her readers: …").
    if topic and (
        (start == 0 and clause(text[: topic.end("topic")], start) is None)
        or _ANNOUNCES.search(topic["topic"])
    ):
        # "Hardin's answer: …", "Followers with inconsistent logs: leader forces them …"
        statement = topic.end()
        if DATE.fullmatch(topic["topic"].strip()):
            # a timeline's line ("June 20: Tennis Court Oath — …"): when is asked
            dated = scored_blank(sentence, start, start + len(topic["topic"].rstrip()), "dated")
            return [dated] if dated else []
        if _whole_quotation(text[:stop], statement):
            statement += 1  # "Hardin: "Freedom in a commons …"": the quotation's own clause
        found = clause(text, statement)
        stated = _from_clause(sentence, found) if found and found.subject else []
        end = blank_end(text, statement, stop)
        if end > 0:
            stated.append(scored_blank(sentence, statement, end, "statement"))
        return [c for c in stated if c]
    commanded = _command_after_condition(sentence, start, stop)
    if commanded is not None:
        return [commanded]
    found = clause(text, start)
    if (
        found is not None
        and sentence.bullet
        and _COMMENT_DASH.search(found.subject)
        and len(_COMMENT_DASH.findall(text, start, stop)) == 1
    ):
        found = None  # (no subject runs across a dash: "Reconquest of … — costly, soon lost")
    crossed = (
        next(top_level(text[: found.verb_start], ARROW.pattern, found.start), None)
        if found is not None
        else None
    )
    if found is not None and crossed is not None:
        # (nor across an arrow: "Less vegetation → less evaporative [cooling]"; the clause
        # after it has a subject of its own, "… dilemma → cheating is [a dominant …]")
        found = clause(text[:stop], found.start + crossed.end())
    if (
        found is not None
        and sentence.bullet
        and _verb_then_preposition(text, start, stop)
        and ": " not in text[start:stop]  # (what follows a colon is read as before)
    ):
        found = None  # ("Spread along pilgrimage routes, …": a bullet opens with its verb)
    if found is not None and sentence.bullet and start == 0:
        words = text[:stop].split(None, 2)
        if len(words) > 2 and words[0].islower() and present_verb_opening(words[0], words[1]):
            found = None  # ("- reflects diminishing …": its subject is its item's)
        elif _past_then_subordinate(text, found.verb_start):
            found = None  # ("- weakened the Qing just as the Taiping Rebellion was spreading")
    if found is None or found.verb_start >= stop:
        # (no clause at all: advice in the imperative, or an "=" that reads as "is")
        # (a quotation as a whole is read from inside its quote: "Cast your whole vote, …")
        inside = sentence if start == sentence.start else replace(sentence, start=start)
        verbless = (
            _named_this_candidate(inside)
            or _contrasted_subject_candidate(inside)
            or _put_in_a_whole_candidate(inside)
            or _imperative_candidate(inside)
            or _equated_candidate(inside)
            or arrowed_candidate(inside)
            or _subjectless_past_candidate(inside)
            or _placed_phrase_candidate(inside)
            or _dashed_comment_candidate(inside)
            or _described_by_relative_candidate(inside)
            if found is None
            else None
        )
        if verbless is None:
            # ("the cost of dishonesty not only the loss to the buyer … but [also the loss
            # from driving legitimate business out]": a contrast needs no verb)
            instead = _contrast(text[:stop], start) if " not " in text[start:stop] else None
            end = blank_end(text, instead, stop) if instead is not None else -1
            if instead is not None and end > 0:
                contrasted = scored_blank(sentence, instead, end, "contrast")
                return [contrasted, *_complement_candidates(sentence)]
            return _complement_candidates(sentence)
        # ("Cast your whole vote, not a strip of paper merely, but [your whole influence]")
        instead = _contrast(text[:stop], start)
        end = blank_end(text, instead, stop) if instead is not None else -1
        contrasted = (
            scored_blank(sentence, instead, end, "contrast") if instead and end > 0 else None
        )
        return [verbless, contrasted] if contrasted else [verbless]
    made: list[Candidate] = [
        c for c in (*_from_clause(sentence, found), _parallel(sentence)) if c is not None
    ]
    if (
        start == sentence.start
        and found.subject
        and found.subject.split()[0] == text[start:stop].split(None, 1)[0]
        and len(found.subject.split()) > 2
    ):
        # ("Keep [a notebook of every order the guild receives]": an imperative whose object
        # holds a clause of its own)
        commanded = _imperative_candidate(sentence)
        made.extend([commanded] if commanded else [])
    if first and deictic_subject(found, start):
        # (an "it" that stands for the infinitive after it leans on nothing before)
        return [c if c.reading == "extraposed" else replace(c, leans=True) for c in made]
    if (
        found.start > start
        and text[start:].split(None, 1)[0].lower() in _LEADING_SUBORDINATORS
        and ":" not in text[start : found.start]
        and (len(text[found.verb_end : stop].split()) <= 1 or _points_inside(text, found, stop))
    ):
        # "While we are postponing, [life speeds by]": a main clause too short to part, after
        # the clause it answers, is asked whole; and so is one whose subject points to what
        # that clause says ("if a thousand men refused to pay, [it would be a peaceable
        # revolution]"), which a front would show leaning on nothing
        whole = scored_blank(sentence, found.start, blank_end(text, found.start, stop), "predicate")
        made.extend([whole] if whole else [])
    answered = _answered_candidate(sentence, made)
    return [*made, answered] if answered is not None else made


# The examples a predicate ends with, after its count or its plural: ", among them life,
# bodily health, …", ", including A, B and C".
_EXAMPLES_OPENING = re.compile(r",\s+(?:among\s+them|among\s+which|including|notably)\s+")
_FEWEST_EXAMPLES = 3
_EXAMPLE_WORDS = 6  # (the most words of one example)


def _examples_candidate(sentence: Reading, start: int, stop: int) -> Candidate | None:
    """The examples that end a predicate, three or more ("proposes ten central
    capabilities, among them [life, bodily health, …]"): what the sentence counts or names
    is asked by them, not by its number; or None."""
    text = sentence.text
    if "," not in text[start:stop]:
        return None
    found = _EXAMPLES_OPENING.search(text, start, stop)
    if found is None:
        return None
    end = blank_end(text, found.end(), stop)
    listed = text[found.end() : end] if end > 0 else ""
    items = [i for i in re.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed) if i]
    if len(items) < _FEWEST_EXAMPLES or any(len(i.split()) > _EXAMPLE_WORDS for i in items):
        return None
    if clause(listed) is not None:
        return None  # ("…, including when the court sits": a clause, no examples)
    return scored_blank(sentence, found.end(), end, "listed")


def _points_inside(text: str, found: Clause, stop: int) -> bool:
    """Whether the main clause's subject is a pronoun that would lean back on a front."""
    leaning = leans_back(text[found.start : stop])
    return leaning is not None and not leaning.start()


# A wh-clause a colon answers: "predicted [where to look for a fossil]: in rocks about …".
_WH_OPENING = re.compile(r"(?:where|how|what|when|why|which|whom?)\s", re.I)
_ANSWER_WORDS = 3


def _answered_candidate(sentence: Reading, made: list[Candidate]) -> Candidate | None:
    """What a colon answers a predicate's wh-clause with, when it is a phrase of its own
    (no clause: that is a point of its own), asked with the question on the front:
    "predicted where to look for a transitional fossil: [in rocks about 375 million years
    old …]"."""
    text, stop = sentence.text, sentence.end
    for candidate in made:
        if candidate.reading != "predicate" or not _WH_OPENING.match(text, candidate.start):
            continue
        inside = text.find(": ", candidate.start, candidate.end)
        colon = _COLON_AFTER.match(text, inside if inside > 0 else candidate.end, stop)
        if colon is None:
            continue
        own = clause(text[:stop], colon.end())
        if (
            own is not None
            and own.start == colon.end()
            and own.subject
            # (a phrase is read as a subject at times: "in rocks about 375 million years old,
            # laid down by streams")
            and own.subject.split()[0].lower() not in PREPOSITIONS
        ):
            continue
        end = blank_end(text, colon.end(), stop)
        if end > 0 and len(text[colon.end() : end].split()) >= _ANSWER_WORDS:
            return scored_blank(sentence, colon.end(), end, "answered")
    return None


_COLON_AFTER = re.compile(r"\s*:\s+")


# A verb of naming right before the claim's start ("Bauman calls …"), and what follows it:
# a pronoun for what the sentence before says, and the name it is given.
_NAMING_VERB = re.compile(
    r"\b(?:calls|called|call|dubs|dubbed|terms|termed|labels|labelled|labeled|names|named)\s*\Z"
)
_NAMED_THIS = re.compile(
    r"(?:this|that|these|those|it|them)(?:\s+(?!the\b|an?\b)[a-z]+)?\s+(?P<name>\S.{1,70}?)"
    r"[\s.!?]*\Z"
)


def _named_this_candidate(sentence: Reading) -> Candidate | None:
    """The name someone gives what the sentence before says ("… while labour stays tied to
    the ground. Bauman calls this [the great new asymmetry of power]"): read after that
    sentence, or not at all."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    if not _NAMING_VERB.search(text, 0, start):
        return None
    found = _NAMED_THIS.fullmatch(text, start, stop)
    if found is None or any(mark in found["name"] for mark in ",;:"):
        return None
    begin = found.start("name")
    words = found["name"].split()
    if (
        words[0][0] not in "\"“«'‘"
        and words[0] not in ARTICLES
        and ARTICLES.intersection(words[1:3])
    ):
        # ("calls this proton gradient [the most important invention of life]": the name
        # opens with its article after a noun or two of what is named; a quoted name is
        # whole: "calls them ["habits of a landscape"]")
        article = next(i for i, w in enumerate(words[1:3], 1) if w in ARTICLES)
        begin = text.index(" " + words[article] + " ", begin) + 1
    named = scored_blank(sentence, begin, found.end("name"), "named-this")
    return replace(named, leans=True) if named is not None else None


# What follows an imperative's verb and opens its object: "Give [a] disruptive technology …".
_OBJECT_OPENERS = frozenset("a an the your you it them this these those each every some".split())


# Where, after its object, what an imperative is for or how starts ("… to an autonomous
# organization …", "… with a deadline").
_PURPOSE = re.compile(r"\s(?:to|into|with|by|for|until|before|after|on|in)\s")


_MANNER = re.compile(r"[a-z]+ly")
_LED_IN = re.compile(r"[^,;:]{3,60},\s+")


def _imperative_candidate(sentence: Reading) -> Candidate | None:
    """ "Give a disruptive technology to [an autonomous organization …]": advice in the
    imperative, no subject. Asked is what follows its object (to whom, with what, when), or
    else its object."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    words = text[start:stop].split(None, 2)
    if len(words) < 3:
        return None
    led_in = words[0].lower() in _LEADING_SUBORDINATORS or words[0].lower() in PREPOSITIONS
    if not (led_in or words[0][:1].isupper()):
        return None
    semicolon = text.find(";", start, stop)
    stop = semicolon if semicolon > 0 else stop  # (what follows one is another point)
    if led_in:
        # ("Before studying the history, study [the historian]": after what leads it in)
        led = _LED_IN.match(text, start, stop)
        if led is None:
            return None
        start = led.end()
        words = text[start:stop].split(None, 2)
        if len(words) < 3 or not words[0].islower():
            return None
    verb = words[0].lower()
    if "VERB" not in word_classes(verb) or verb.endswith(("s", "ed", "ing")) or verb in STOPWORDS:
        return None
    # (its object opens with a determiner; or, after a word that is only a verb, with a noun
    # or an adjective: "Eliminate numerical quotas …", "Cease dependence on inspection …")
    bare_object = word_classes(verb) == _VERB_ONLY and bool(
        word_classes(words[1].lower()) & {"NOUN", "ADJ"}
    )
    # (or how: "Refactor [carefully, one piece at a time], rather than …")
    how = (
        _MANNER.fullmatch(words[1].rstrip(","))
        and "ADV" in word_classes(words[1].rstrip(","))
        and not is_participle(verb)
    )
    if how:
        at = text.find(words[1], start + len(words[0]))
        end = blank_end(text, at, stop)
        return scored_blank(sentence, at, end, "predicate") if end > 0 else None
    if words[1].lower() not in _OBJECT_OPENERS and not bare_object:
        return None
    object_start = text.find(words[1], start + len(words[0]))
    purpose = _first_top_level(text[:stop], _PURPOSE, object_start, (" ",))
    if (
        purpose is not None
        and len(text[object_start : object_start + purpose.start()].split()) >= 2
    ):
        at = object_start + purpose.end()
        if len(text[at:stop].split()) >= 3:
            return scored_blank(sentence, at, blank_end(text, at, stop), "complement")
    return scored_blank(sentence, object_start, blank_end(text, object_start, stop), "predicate")


_COMMENT_DASH = re.compile(r"\s[—–]\s")


def _dashed_comment_candidate(sentence: Reading) -> Candidate | None:
    """ "Reconquest of Italy and North Africa — [costly, soon lost]": a bullet without a
    verb, a phrase and what a dash says of it."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    if not sentence.bullet:
        return None
    dashes = list(_COMMENT_DASH.finditer(text, start, stop))
    if len(dashes) != 1 or len(text[start : dashes[0].start()].split()) < 2:
        return None
    at = dashes[0].end()
    if len(text[at:stop].split()) < 2:
        return None
    end = blank_end(text, at, stop)
    return scored_blank(sentence, at, end, "predicate") if end > 0 else None


# Irregular participles a lecture's bullet may open with, unlike any past tense.
_BULLET_PARTICIPLES = frozenset(
    "sung written spoken drawn driven known shown grown thrown taken given begun worn "
    "hidden chosen frozen broken stolen sworn torn born borne".split()
)


# Verbs whose past is their plain form: a bullet that opens with one before a preposition
# says what its heading's subject did ("Spread along pilgrimage routes").
_SAME_FORM_PASTS = frozenset("spread put cut set cast cost let shut split burst thrust".split())


def _verb_then_preposition(text: str, start: int, stop: int) -> bool:
    """Whether a bullet opens with a past of the same form as its plain verb, then a
    preposition (not "of": "Cost of living …")."""
    words = text[start:stop].split(None, 2)
    return (
        len(words) == 3
        and words[0][:1].isupper()
        and words[0].lower() in _SAME_FORM_PASTS
        and words[1] in PREPOSITIONS
        and words[1] != "of"
    )


# A short phrase after a participle's preposition, then its agent: "… in practice by ".
_AGENT_AFTER_PHRASE = re.compile(r"(?:[a-z]+\s+){1,2}by\s+(?=[A-Za-z])")


def _past_then_subordinate(text: str, verb_start: int) -> bool:
    """Whether a bullet opens with its own verb in the past, in lower case, and the verb
    found at `verb_start` is a subordinate clause's ("- weakened the Qing just as the
    Taiping Rebellion [was] spreading"): the bullet's point is what its opening verb says."""
    opening = text[:verb_start].split()
    return (
        len(opening) >= 2
        and opening[0].isalpha()
        and opening[0].islower()
        and is_simple_past(opening[0])
        and any(w.lower() in SUBORDINATORS for w in opening[1:])
    )


def _subjectless_past_candidate(sentence: Reading) -> Candidate | None:
    """ "Arrived [in Sicily in October 1347 …]", "Caused by [the bacterium …]", "Ignores
    [worker resistance …]": a lecture's bullet that opens with its verb in the past or the
    present (its subject is the heading's): what follows the verb, or the agent after
    "by"."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    words = text[start:stop].split(None, 2)
    # (a sub-item read after its item may open in lower case: "- depends only on depth, …")
    opens = len(words) >= 3 and (
        words[0][:1].isupper()
        or (sentence.bullet and present_verb_opening(words[0], words[1]))
        or (sentence.bullet and _past_then_subordinate(text[start:stop], stop - start))
    )
    if not opens or not words[0].isalpha():
        return None
    verb = words[0].lower()
    if not (
        is_simple_past(verb)
        or (sentence.bullet and _verb_then_preposition(text, start, stop))
        or (sentence.bullet and present_verb_opening(verb, words[1]))
        # (or a participle of its own: "Sung [in Latin, unaccompanied, by monks …]")
        or (sentence.bullet and verb in _BULLET_PARTICIPLES)
    ):
        return None
    at = text.find(words[1], start + len(words[0]))
    if (
        words[1] in PREPOSITIONS or (words[1].endswith("ly") and "ADV" in word_classes(words[1]))
    ) and words[2][:1].isalnum():
        # (the agent after "by", and any preposition, stays with its verb: "Spread along
        # [pilgrimage routes …]"; and so does an adverb: "Moves rapidly [through …]")
        at = text.find(words[2], at + len(words[1]))
    agent = _AGENT_AFTER_PHRASE.match(text, at, stop) if verb.endswith("ed") else None
    if agent is not None:
        at = agent.end()  # ("Chaired in practice by [Metternich, …]": the agent)
    at = _past_the_way(text, at)
    if len(text[at:stop].split()) < 3:
        return None
    end = blank_end(text, at, stop)
    return scored_blank(sentence, at, end, "predicate") if end > 0 else None


# An object that only says "towards": "opened the way to [abstract art]", "laid the ground
# for […]", "set the stage for […]": what it leads to is the point.
_THE_WAY = re.compile(
    r"\s*the\s+(?:way|path|road|door|ground|groundwork|stage|foundations?)\s+(?:to|for)\s+(?=\w)"
    # (or the phrase that completes a verb of coming about: "came into being [only after …]")
    r"|\s*into\s+(?:being|existence|play|force|effect)\s+(?=\w)"
)


def _past_the_way(text: str, begin: int) -> int:
    """Where a blank begins past an object that only says "towards" ("opened the way to
    [Futurism …]") or a phrase that completes its verb ("came into being [only after …]"),
    or `begin`."""
    found = _THE_WAY.match(text, begin)
    return found.end() if found is not None else begin


# A bullet without a verb: a short noun phrase, then where or when it stands ("First theme
# in the tonic key", "Second theme in the dominant (…)").
_PLACED_PHRASE = re.compile(
    r"(?P<head>[A-Za-z][\w'’-]*(?:\s+[\w'’()-]+){0,3}?)\s+"
    r"(?:(?:in|on|at|into|during|after|before|by|as|for|from|via|through)\s+"
    # (or what it is for: "Sale of indulgences to fund [the rebuilding of St Peter's]")
    r"|to\s+[a-z]+\s+)"
    r"(?P<object>\S)"
)
_NOT_THE_OTHER_TAIL = ", not "


_PLACED_PHRASE_WORDS = 14
_LIST_END = re.compile(r"\s(?:and|or)\s")
_THE_MORE = re.compile(r"the\s+(?:more|less|fewer|[a-z]+er)\b")
_PLACE_AGAIN = re.compile(r"(?:in|on|at|during|by|from)\s")


def _listed_or_placed(phrase: str) -> bool:
    """Whether the commas of a phrase only list its items ("cars, air conditioning and
    industry") or say its place again ("night, on clear calm nights")."""
    parts = phrase.split(", ")
    if any(_THE_MORE.match(part) for part in parts):
        return False  # ("in X, the more …": a clause of its own)
    if _LIST_END.search(parts[-1]) and all(len(part.split()) <= 3 for part in parts[:-1]):
        return True
    return all(_PLACE_AGAIN.match(part) for part in parts[1:])


_BRACKETED = re.compile(r"\([^()]*\)")


def _without_brackets(text: str) -> str:
    return _BRACKETED.sub("", text)


# "Officials, not merchants or landowners, formed the ruling class": a subject set against
# another between commas, then its verb in the past or the present.
_CONTRASTED_SUBJECT = re.compile(
    r"(?P<subject>[A-Z][^,;:()]{0,40}?),\s+not\s+[^,;:()]{1,60},\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z][\w-]+(?:ed|s))\s+\w"
)


def _contrasted_subject_candidate(sentence: Reading) -> Candidate | None:
    """ "[Officials], not merchants or landowners, formed the ruling class": who or what,
    rather than the other, does what the sentence says."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    found = _CONTRASTED_SUBJECT.match(text, start, stop)
    if found is None or "VERB" not in word_classes(found["verb"]):
        return None
    return scored_blank(sentence, start, found.end("subject"), "contrast")


# A verb of putting read as a frame ("Hardin places the blame on …"), just before the claim.
_PUT_BEFORE = re.compile(r"\b(?:puts|put|places|placed|sets)\s+\Z")


def _put_in_a_whole_candidate(sentence: Reading) -> Candidate | None:
    """ "Weber places the division of labour [at the heart of economic growth]": where in a
    whole a verb of putting, read as the claim's frame, puts its object."""
    if _PUT_BEFORE.search(sentence.text, 0, sentence.start) is None:
        return None
    return _put_in_a_whole(sentence, sentence.start)


def _put_in_a_whole(sentence: Reading, begin: int) -> Candidate | None:
    """Where in a whole ("at the centre of …") the object that opens at `begin` is put, after
    two words of it at least; or None."""
    text, stop = sentence.text, sentence.end
    put = _first_top_level(text[:stop], _AT_THE_CENTRE, begin, (" the ",))
    if put is None or len(text[begin : begin + put.start()].split()) < 2:
        return None
    at = begin + put.start() + 1
    end = blank_end(text, at, stop)
    return scored_blank(sentence, at, end, "placed") if end > 0 else None


# What a frame's verb takes and what its relative clause says of it: "[Yong describes] the
# Hawaiian bobtail squid, which carries …".
_DESCRIBED_BY_RELATIVE = re.compile(
    # (not a phrase that names who made it, whose name is the point: "the movement begun by
    # [Keren Brown Wilson, who …]")
    r"(?:the|an?)\s(?:(?!\sby\s)[^,;:()]){3,60}?,\s+"
    r"(?P<relative>(?:which|who)\s+(?:[a-z]+\s+){1,2})"
)


def _described_by_relative_candidate(sentence: Reading) -> Candidate | None:
    """ "[Yong describes] the Hawaiian bobtail squid, which carries [a luminous bacterium
    …]": after a frame, a noun phrase and no verb of its own but its relative clause's,
    which says what holds of it: what follows that verb is asked."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    found = _DESCRIBED_BY_RELATIVE.match(text, start, stop) if start else None
    if found is None or not verb_opens(found["relative"]):
        return None
    # (its clause read with "It" for its pronoun: "It carries …"; `after` is where the
    # pronoun ends, so the clause's offsets sit len("It") before the text's)
    after = found.start("relative") + len(found["relative"].split()[0])
    verb = clause(f"It{text[after:stop]}")
    if verb is None or verb.start != 0:
        return None
    begin = after - len("It") + verb.verb_end
    end = blank_end(text, begin, stop)
    if end <= 0 or len(text[begin:end].split()) < _DESCRIBED_WORDS:
        return None
    return scored_blank(sentence, begin, end, "predicate")


_DESCRIBED_WORDS = 3


def _placed_phrase_candidate(sentence: Reading) -> Candidate | None:
    """ "First theme in [the tonic key]": what a verbless bullet places its noun phrase in."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    if not sentence.bullet:
        return None
    # (a bullet's whole text, short and with no clause break: not what follows a frame,
    # nor "The larger the difference in X, the more …")
    if start or len(text.split()) > _PLACED_PHRASE_WORDS:
        return None
    # (what it is not may follow, and stays on the front: "Justification by [faith alone],
    # not by works")
    other = text.find(_NOT_THE_OTHER_TAIL, start, stop)
    commas = _without_brackets(text).count(", ")
    stop = other if other > 0 else stop
    found = _PLACED_PHRASE.match(text, start, stop)
    # (commas only inside what it places its phrase in: a list, "Waste heat from [cars, air
    # conditioning and industry]", or the place said again, "Strongest at [night, on clear
    # calm nights]"; not a clause after them, "The larger the difference in X, the more …")
    inside = commas - (other > 0)
    if inside and (
        found is None or not _listed_or_placed(_without_brackets(text[found.end() - 1 : stop]))
    ):
        return None
    if found is None or any(
        "VERB" in word_classes(w.lower()) and w.lower().endswith("s")
        for w in found["head"].split()[1:]
    ):
        return None
    at = found.start("object")
    if len(text[at:stop].split()) < 2:
        return None
    end = blank_end(text, at, stop)
    return scored_blank(sentence, at, end, "predicate") if end > 0 else None


_EQUALS = re.compile(r"\s[=≈]\s")


def _equated_candidate(sentence: Reading) -> Candidate | None:
    """ "A manager's output = [the output of their organization + …]": a note's "=" between
    words reads as "is"."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    if " = " not in text[start:stop] and " ≈ " not in text[start:stop]:
        return None
    equals = _first_top_level(text[:stop], _EQUALS, start, (" = ", " ≈ "))
    if equals is None or len(text[start : start + equals.start()].split()) < 2:
        return None
    at = start + equals.end()
    if len(text[at:stop].split()) < 3:
        return None
    end = blank_end(text, at, stop)
    return scored_blank(sentence, at, end, "predicate") if end > 0 else None


# A note's arrow between words: what follows it follows from what comes before.
ARROW = re.compile(r"\s+(?:→|->|=>|⇒)\s+")
# … and one that ends what comes before it: "Gain →", "raises rates … → [lower demand]".
ARROW_END = re.compile(r"\s*(?:→|->|=>|⇒)\s*$")
_ARROWED_WORDS = 2  # each side: "walk → walked" maps a word, it follows from nothing


# A condition that opens the sentence ("When …,", "If …,"), and the word after its comma.
_CONDITION_THEN = re.compile(
    r"(?:When|Whenever|If|Once|After|Before|Until|Unless)\s[^,;:]{3,80}?,\s+(?P<verb>[a-z]+)\s"
    # (and what it takes: "allocate a table", "return the idle task"; not "water rises")
    r"(?=(?:a|an|the|its|their|every|each|all|both|it|them|this|these|that|those|\d)\b)"
)


def _command_after_condition(sentence: Reading, start: int, stop: int) -> Candidate | None:
    """ "When the load factor passes a threshold, [allocate a table twice as big …]": what
    a note's instruction tells to do, after the condition it holds on (its verb a plain
    form, with no subject: not "If prices rise, wages follow")."""
    found = _CONDITION_THEN.match(sentence.text, start, stop)
    if found is None or not is_plain_verb(found["verb"]) or found["verb"] in _NOT_COMMANDS:
        return None
    at = found.start("verb")
    if len(sentence.text[at:stop].split()) < _COMMAND_WORDS:
        return None
    end = blank_end(sentence.text, at, stop)
    return scored_blank(sentence, at, end, "predicate") if end > 0 else None


# Auxiliaries and modals: plain forms that open no instruction ("If …, will the …").
_NOT_COMMANDS = frozenset("be do have will would can could may might must shall should".split())
_COMMAND_WORDS = 3


def arrowed_candidate(sentence: Reading) -> Candidate | None:
    """ "Cheaper, more replaceable labour → [weaker bargaining power]": what a note's arrow
    points to follows from what comes before it."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    if "→" not in text[start:stop] and ">" not in text[start:stop]:
        return None
    arrows = list(ARROW.finditer(text, start, stop))
    if len(arrows) != 1 or len(text[start : arrows[0].start()].split()) < _ARROWED_WORDS:
        return None
    at = arrows[0].end()
    if len(text[at:stop].split()) < _ARROWED_WORDS:
        return None
    end = blank_end(text, at, stop)
    return scored_blank(sentence, at, end, "result") if end > 0 else None


CITED_AFTER = re.compile(r"\s*\([^()]{1,30}\)[\s.]*$")


def _whole_quotation(text: str, start: int) -> bool:
    """Whether the text from `start` is a quotation and no more (but where it comes from:
    "… speeds by." (Letter 1))."""
    quoted = CITED_AFTER.sub("", text).rstrip(".")
    opening = text[start : start + 1]
    if opening not in ('"', "“") or not quoted.endswith(('"', "”", '."')):
        return False
    # (not two quotations and what joins them: ""All ravens are black" is equivalent to
    # "All non-black things are non-ravens"")
    closing = quoted.find('"' if opening == '"' else "”", start + 1)
    return closing >= len(quoted.rstrip(".")) - 2


_BE = frozenset(("is", "are", "was", "were", "be", "been"))
_PASSIVE_REST_WORDS = 3  # what follows the participle: when, where, how or by whom


def _after_passive(text: str, found: Clause, begin: int, stop: int) -> int | None:
    """Where what a passive verb says of its event starts, after its participle ("Harold
    was killed [late in the day …]", "William was crowned [on Christmas Day 1066]"): the
    event is the front's, when, where and how the answer's; or None."""
    if found.negative or text[found.verb_start : found.verb_end].split()[-1].lower() not in _BE:
        return None
    participle = _NEXT_WORD.match(text, begin)
    if participle is not None and participle["word"] in _PASSIVE_ADVERBS:
        # ("The book is often read as …": an adverb before the participle stays with it)
        participle = _NEXT_WORD.match(text, participle.end())
    if participle is None:
        return None
    word = participle["word"]
    if "VERB" not in word_classes(word) and not (word.endswith("ed") and not in_lexicon(word)):
        # (not an adjective: "desires are unlimited by nature"; a verb the lexicon does not
        # know is one: "Some jobs were upskilled [by new technology]")
        return None
    if not reads_as_participle(word):
        return None
    after = participle.end()
    rest = text[after:stop].split()
    if len(rest) < _PASSIVE_REST_WORDS:
        return None
    opening = rest[0].lower().strip(",")
    if opening == "as" and (word.startswith(_REGARDING) or word in _SEEING):
        # ("The book is often read as [a founding text …]": what it is taken as)
        return after + text[after:].index("as") + len("as")
    if opening not in PREPOSITIONS and not (opening.endswith("ly") or opening in _WHEN_WORDS):
        return None
    return after


# Verbs whose preposition is part of what they mean ("stood for", "consists of"): it
# stays on the front with them, and the blank holds what follows it.
_BOUND_PREPOSITIONS = {
    "stand": "for",
    "account": "for",
    "call": "for",
    "consist": "of",
    "depend": "on",
    "rely": "on",
    "insist": "on",
    "refer": "to",
    "belong": "to",
    "amount": "to",
    "stem": "from",
    "suffer": "from",
    "result": "in",
    "lead": "to",
    "begin": "as",
    "start": "as",
    "serve": "as",
    # (what a person pushes for is what the verb says: "pressed for [examinations …]")
    "press": "for",
    "push": "for",
    "argue": "for",
    "campaign": "for",
    "lobby": "for",
    "fight": "for",
    "vote": "for",
}


_LINKING = frozenset("seem be feel look appear become sound".split())
_CAUSATIVES = frozenset("let lets make makes made help helps helped".split())
# (its object one word, or one after its determiner; not "makes no sense", "makes quality
# everyone's job")
_CAUSED = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|your|these|those)\s+)?(?!no\b|any\b)"
    r"(?P<object>[\w-]+)\s+(?P<verb>[a-z]+)(?=\s)"
)


def _after_caused_verb(text: str, found: Clause, begin: int) -> int:
    """Where the blank after a causative verb begins: past its object and the verb it makes
    that object do ("let painters create [a convincing illusion of depth]"), or at `begin`."""
    verb = text[found.verb_start : found.verb_end].split()[-1].lower()
    if verb not in _CAUSATIVES:
        return _after_caused_to(text, verb, begin)
    caused = _CAUSED.match(text, begin)
    if caused is None or not is_plain_verb(caused["verb"]) or caused["verb"] in _LINKING:
        return begin  # ("makes the events [seem less real]": how they seem goes with it)
    if "ADJ" in word_classes(caused["object"].lower()):
        return begin  # ("made a risky bet on …": an adjective and its noun, no object and verb)
    if len(text[caused.end() :].split()) < _CAUSED_REST_WORDS:
        return begin  # ("lets [seaweed overgrow the reef]": too little left to ask alone)
    return caused.end()


_CAUSED_REST_WORDS = 3
# Verbs that move their object "to" do something: "moved Roosevelt, then police
# commissioner, to [close the police lodging houses]".
_CAUSING_TO = frozenset(
    "move lead force persuade prompt cause urge allow enable encourage push drive compel "
    "oblige induce inspire convince".split()
)
_OBJECT_THEN_TO = re.compile(r"\s*(?P<object>[^;:]{2,80}?)\s+to\s+(?P<verb>[a-z]+)\s")
_OBJECT_WORDS_AT_MOST = 8
# What no object moved to act holds: "to" itself, a clause's conjunction, an adverb first.
_NO_OBJECT = re.compile(r"\bto\b|,\s+(?:and|but|so|or)\s|^(?:often|also|quickly|away|on)\b")
_SUBORDINATE_OPENERS = frozenset("when while because if although since until unless as".split())


def _after_caused_to(text: str, verb: str, begin: int) -> int:
    """Where the blank after a verb that moves its object to act begins: at what the object
    is moved to do ("moved Theodore Roosevelt, then police commissioner, to [close …]"),
    when the object is a short phrase; or at `begin`."""
    if not any(lemma in _CAUSING_TO for lemma in verb_lemmas(verb)):
        return begin
    caused = _OBJECT_THEN_TO.match(text, begin)
    if caused is None or not is_plain_verb(caused["verb"]):
        return begin
    thing = caused["object"]
    if len(thing.split()) > _OBJECT_WORDS_AT_MOST or _NO_OBJECT.search(thing):
        return begin  # ("move often, and …", "drive to the gym to …": no object moved)
    done = text[caused.start("verb") :].split()[:_CAUSED_REST_WORDS]
    if len(done) < _CAUSED_REST_WORDS or any(w.strip(",;.") in _SUBORDINATE_OPENERS for w in done):
        return begin  # ("push [the cell to divide] when …": too little left to ask alone)
    if any("," in w for w in done[:-1]):
        return begin
    return caused.start("verb")


# Verbs of giving whose bare object is what is given and "to" whom is the point: "Rome
# extended citizenship to [conquered peoples and even to freed slaves]".
_GIVING = frozenset(
    "give extend grant offer sell lend bring teach send export leave bequeath donate".split()
)
# (its object may have a possessive and an aside: "left his library, with the diary, to")
_GIVEN_TO = re.compile(
    r"\s*(?:(?:his|her|their|its)\s+)?(?P<object>[a-z][a-z-]+)(?:,\s+[^,;:]{3,40},)?"
    r"\s+to\s+(?P<next>[\w'’-]+)"
)
_RECIPIENT_WORDS = 3


def _after_given_object(text: str, found: Clause, begin: int) -> int:
    """Where the blank after a verb of giving begins: past its bare object and "to", when
    whom it went to says enough ("extended citizenship to [conquered peoples …]"), or at
    `begin`."""
    verb = text[found.verb_start : found.verb_end].split()[-1]
    given = _GIVEN_TO.match(text, begin)
    if given is None or not any(lemma in _GIVING for lemma in verb_lemmas(verb)):
        return begin
    bare = given["object"]
    classes = word_classes(bare)
    if bare in DETERMINERS or bare in STOPWORDS or "NOUN" not in classes or "ADV" in classes:
        return begin  # (a noun alone, not "gave them to", "brought back to")
    if is_plain_verb(given["next"]) and given["next"] not in DETERMINERS:
        return begin  # ("gave money to build …": a purpose, not a recipient)
    if len(text[given.start("next") :].split()) < _RECIPIENT_WORDS:
        return begin
    return given.start("next")


def _after_bound_preposition(text: str, found: Clause, begin: int) -> int:
    """Where the blank after a verb begins: past the preposition the verb is bound to
    ("The cats stood for [the bourgeois masters]"), or at `begin`."""
    verb = text[found.verb_start : found.verb_end].split()[-1]
    follows = _NEXT_WORD.match(text, begin)
    if follows is None:
        return begin
    if any(_BOUND_PREPOSITIONS.get(lemma) == follows["word"] for lemma in verb_lemmas(verb)):
        return follows.end("word")
    return begin


# Participles that say who made a thing: its maker is a point of its own.
_MADE_BY = frozenset(
    "developed proposed coined introduced invented founded discovered devised designed "
    "formulated built written composed painted established created described identified "
    "named".split()
)
# A participle and its agent between commas, after the subject and before its verb.
_AGENT_ASIDE = re.compile(
    r",\s+(?:(?:first|originally|later|also)\s+)?(?P<participle>[a-z]+)\s+by\s+"
    r"(?P<agent>[^,;:()]{3,60}),\s*$"
)


_NEXT_WORD = re.compile(r"\s*(?P<word>[a-z]+)\s+")
_PASSIVE_ADVERBS = frozenset("often usually widely commonly generally now also still first".split())
_WHEN_WORDS = frozenset(("late", "early", "soon", "later", "first", "twice", "again"))


# Verbs of believing in the past, whose clause may come without its "that".
_BELIEVED = frozenset("thought believed assumed supposed feared hoped expected knew felt".split())
_BELIEVED_SUBJECT = 5


_THAT_OPENS = re.compile(r"\s*that\s+")


def _believed_clause(text: str, found: Clause, begin: int, stop: int) -> Clause | None:
    """The clause a verb of believing takes without "that" ("thought [succession] ends …"),
    when one starts right after it; or None."""
    verb = text[found.verb_start : found.verb_end].split()[-1:]
    if not verb or verb[0].lower() not in _BELIEVED or found.negative:
        return None
    if text.startswith((" that ", "that "), begin):
        return None  # (with its "that", the clause is read as it always was)
    believed = clause(text[:stop], begin)
    if believed is None or believed.start != begin or not believed.subject:
        return None
    if not 1 <= len(believed.subject.split()) <= _BELIEVED_SUBJECT:
        return None
    return believed if len(text[believed.verb_end : stop].split()) >= 2 else None


# A verb's particle, which an adverb or a comma shows is no preposition: "goes on continually".
_PARTICLE = re.compile(
    r"(?P<particle>\s(?:on|up|out|off|down|away|back|over|apart|along|through))"
    # (an adverb of its own, not one before an adjective: "begins on newly exposed …")
    r"(?=\s+[a-z]+ly(?:[,;.]|\s+(?:in|at|on|over|across|for|with|between|until|from|after"
    r"|before|during|through)\b)|,)"
)


_POINTING_OBJECT = re.compile(r"\s*(?:them|it|this|these|him|her|us)\s*:\s+")


_VERB_OBJECT_WORDS = 3


def _verb_and_object(sentence: Reading, found: Clause, begin: int) -> Candidate | None:
    """ "The customer who is indifferent between the two sellers [splits the market]": a
    verb of one word and its short object that closes the sentence, asked together (below
    the predicate, which asks the object alone; above a number on the front)."""
    text, stop = sentence.text, sentence.end
    verb = text[found.verb_start : found.verb_end].strip()
    if found.negative or " " in verb or verb.lower() in AUXILIARIES or verb.lower() in COPULAS:
        return None
    end = len(text[:stop].rstrip(" .;:!?"))
    if begin != found.verb_end or not 2 <= len(text[begin:end].split()) <= _VERB_OBJECT_WORDS:
        return None
    # (the sentence's one clause, from its start to its end, and an object that is a noun
    # phrase; of a sentence of several clauses, each is asked as before)
    if found.start != sentence.start or _CLAUSE_MARKS.search(text, sentence.start):
        return None
    if _LATER_POINT.search(text, 0, sentence.start):
        return None  # (a later point's everyday object is its own: "and Britain left [the …]")
    words = text[begin:end].split()
    if words[0].lower() not in _OBJECT_DETERMINERS or "NOUN" not in word_classes(words[-1]):
        return None
    return scored_blank(sentence, found.verb_start, end, "verb-object")


_CLAUSE_MARKS = re.compile(r"[;:]|,\s")
_LATER_POINT = re.compile(r"[;:]|,\s+(?:and|but|while|so|yet|or)\s")
_OBJECT_DETERMINERS = frozenset("the a an its their his her".split())


def _from_clause(sentence: Reading, found: Clause) -> list[Candidate | None]:
    text, stop = sentence.text, sentence.end
    # The verb stays on the front ("X is […]", "the noise source perturbs […]"): what it
    # says of its subject is asked; a negation is the point, and is asked with it.
    begin = found.verb_start if found.negative else found.verb_end
    if text.startswith(" so ", begin) and text[:begin].rsplit(None, 1)[-1].lower() in _DO:
        begin += len(" so")  # "they did so [by bringing back …]": "so" stands for a verb
    elif not found.negative:
        begin = _after_bound_preposition(text, found, begin)
        begin = _after_caused_verb(text, found, begin)
        begin = _after_given_object(text, found, begin)
        begin = _past_the_way(text, begin)
        # ("Feedbacks amplify them: [growing ice reflects more sunlight]": a pronoun object
        # says nothing; the colon's clause says what it stands for)
        pointing = _POINTING_OBJECT.match(text, begin, stop)
        if pointing is not None and len(text[pointing.end() : stop].split()) >= 3:
            begin = pointing.end()
        particle = _PARTICLE.match(text, begin, stop)
        if particle is not None:
            begin = particle.end("particle")  # ("goes on [continually, …]": a phrasal verb)
        # ("Desirable difficulties work because [retrieving something effortfully …]": a
        # reason right after its verb is the point, its "because" on the front)
        opening_reason = _OPENING_REASON.match(text, begin, stop)
        if opening_reason is not None and len(text[opening_reason.end() : stop].split()) >= 3:
            begin = opening_reason.end()
    made: list[Candidate | None] = [_subject_candidate(sentence, found, begin)]
    made.append(_verb_and_object(sentence, found, begin))
    believed = _believed_clause(text, found, begin, stop)
    if believed is not None:
        # ("Early ecologists thought succession ends [in a stable climax community …]":
        # what was thought, read as if after its "that")
        made.extend(_from_clause(sentence, believed))
    shown = _THAT_OPENS.match(text, begin, stop) if believed is None else None
    inner = clause(text[:stop], shown.end()) if shown is not None else None
    if inner is not None and inner.start == shown.end() and inner.subject:
        # ("… showed that the outer core is [liquid]": what the clause its "that" opens
        # says of its subject, below the whole clause: asked when that subject is on the
        # front already)
        made.extend(
            scored_blank(sentence, c.start, c.end, "complement")
            for c in _from_clause(sentence, inner)[1:]
            if c
        )
    aside = _AGENT_ASIDE.search(text, found.start, found.verb_start)
    if aside is not None and is_participle(aside["participle"]):
        # "Melatonin, released by [the pineal gland in darkness], promotes sleep": asked
        # when what the verb says is too little to ask; who made a thing is asked first
        # ("Cognitive load theory, developed by [John Sweller] in the late 1980s, holds …")
        made_by = aside["participle"] in _MADE_BY
        reading = "maker" if made_by else "aside-agent"
        made.append(scored_blank(sentence, *aside.span("agent"), reading))
    done_how = _after_passive(text, found, begin, stop)
    if done_how is not None:  # "Harold was killed [late in the day, … by an arrow …]"
        end = blank_end(text, done_how, stop)
        made.append(scored_blank(sentence, done_how, end, "passive") if end > 0 else None)
    marked = _marked_right_after(sentence, begin)
    verb = text[found.verb_start : found.verb_end].split()[-1].lower()
    named = _marked_then_gloss(sentence, begin) if verb in COPULAS else None
    if named is not None:
        made.append(scored_blank(sentence, *named, "named"))
    if marked is not None and not verb.startswith(_TELLING_APART):
        # (what follows a term told apart from another is its gloss: the other is asked)
        end = blank_end(text, marked, stop)
        if end > 0:
            made.append(scored_blank(sentence, marked, end, "after-marked"))
    reason = _first_top_level(text[:stop], _REASON, begin, _REASON_WORDS)
    if reason is not None:
        reason_start = begin + reason.end()
        if len(text[begin : begin + reason.start()].split()) >= 1:
            end = blank_end(text, reason_start, _next_verb_phrase(text, reason_start, stop))
            if end > 0:
                made.append(scored_blank(sentence, reason_start, end, "reason"))
    how_often = _HOW_OFTEN.match(text, found.verb_start, found.verb_end)
    if (
        how_often is not None
        and text[how_often.end() : found.verb_end].split()[-1] not in AUXILIARIES
    ):
        # "People [rarely] blame themselves for anything" (not "users often can, and …": the
        # modal is what the point says)
        made.append(scored_blank(sentence, *how_often.span("adverb"), "how-often"))
    done_instead = _DONE_INSTEAD.search(text, begin, stop)
    if done_instead is not None:  # "Selection cannot create new variation; [mutation] does."
        made.append(scored_blank(sentence, *done_instead.span("doer"), "done-instead"))
    judged = _OBJECT_JUDGED.match(text, found.verb_start)
    if judged is not None:  # "Brooks considers conceptual integrity [the most important …]"
        at = judged.end()
        end = blank_end(text, at, stop)
        made.append(scored_blank(sentence, at, end, "complement") if end > 0 else None)
    view = _VIEW_THAT.match(text, begin) if verb in _REJECTING else None
    if view is not None:  # "Pirenne rejects the usual view that [the invasions ended …]"
        end = blank_end(text, view.end(), stop)
        made.append(scored_blank(sentence, view.end(), end, "rejected") if end > 0 else None)
    resulting = _resulting_state(text, begin, stop) if verb in _MAKING else None
    if resulting is not None:  # "Rubber made the Congo Free State [enormously profitable]"
        end = blank_end(text, resulting, stop)
        made.append(scored_blank(sentence, resulting, end, "result") if end > 0 else None)
    extraposed = _extraposed(sentence, found, begin)
    if extraposed is not None:  # "It is the duty of the courts [to say what the law is]"
        made.append(
            scored_blank(sentence, extraposed, blank_end(text, extraposed, stop), "extraposed")
        )
    it = text.rfind("it", 0, found.verb_start) if found.subject.lower() == "it" else -1
    if it > 0 and text[:it].rstrip().endswith("that") and _EXPLETIVE_IT.match(text, it, stop):
        # ("…, and that [it is important to delay …]": an "it" that stands for what follows
        # is asked with its clause, no "that it is" left on the front to point back)
        made.append(scored_blank(sentence, it, blank_end(text, it, stop), "extraposed"))
    if found.subject.lower().endswith("there"):
        # "there is a certain quantity, which we call energy, that [does not change …]"
        said = _first_top_level(text[:stop], _EXISTENT_RELATIVE, begin, (" that ", " who "))
        if said is not None and len(text[begin : begin + said.start()].split()) >= 2:
            at = begin + said.end()
            end = blank_end(text, at, stop)
            made.append(scored_blank(sentence, at, end, "existent") if end > 0 else None)
        above_all = _NOTHING_MORE_THAN.match(text, begin, stop)
        if above_all is not None:
            # "there is nothing that man fears more than [the touch of the unknown]": what
            # nothing surpasses is the point
            at = above_all.end()
            end = blank_end(text, at, stop)
            made.append(scored_blank(sentence, at, end, "existent") if end > 0 else None)
    if found.subject.lower() == "there":  # "there is no such thing as a structureless group"
        thing = _first_top_level(text[:stop], _THING_ENDS, begin, (" ",))
        if (
            thing is not None
            and len(text[begin + thing.end() : stop].split()) >= 2
            # (not inside a relative clause of the thing: "there is nothing that man fears
            # more than the touch] of the unknown")
            and _EXISTENT_RELATIVE.search(text, begin, begin + thing.start()) is None
        ):
            made.append(scored_blank(sentence, begin, begin + thing.start(), "existent"))
    only = _ONLY_FRONTED.match(text, found.start, found.verb_end + 1)
    if only is not None and len(only["what"].split()) >= 2:
        # "Only [in a crowd] can man be free of it": what "only" fronts is the point
        made.append(scored_blank(sentence, only.start("what"), only.end("what"), "condition"))
    condition = _first_top_level(text[:stop], _ONLY_WHEN, begin, ("only", "best", "until"))
    if condition is not None:  # "H is zero only when […]", up to the next clause
        at = begin + condition.end()
        clause_end = next(top_level(text[:stop], _CLAUSE_CUT.pattern, at), None)
        made.append(
            scored_blank(sentence, at, at + clause_end.start() if clause_end else stop, "condition")
        )
    author_does = bool(found.subject) and set(found.subject.lower().split()) <= sentence.who
    does = (
        _first_top_level(text[:stop], _WHICH_DOES, begin, (" which ", " who "))
        if author_does
        else None
    )
    if does is not None and len(text[begin : begin + does.start()].split()) >= 2:
        # "Hart rejects Austin's command theory, which [reduces law to …]": what the object
        # does, when the predicate says only what the author does with it
        at = begin + does.end()
        # (up to the next coordinated part: "…, which concerns only …, and from solitude")
        joined = _first_top_level(text[:stop], COMMA_AND, at, (", and ",))
        end = blank_end(text, at, at + joined.start() if joined else stop)
        made.append(scored_blank(sentence, at, end, "relative") if end > 0 else None)
    where = (
        _first_top_level(text[:stop], _WHERE_CLAUSE, begin, (", where ",)) if author_does else None
    )
    if where is not None:
        # "Fagan contrasts this with France, where peasants kept [to cereal monocultures …]":
        # what the place's clause says, when the predicate says only what the author does
        at = begin + where.end()
        inner = clause(text[:stop], at)
        if inner is not None and inner.start == at and not inner.negative:
            end = blank_end(text, inner.verb_end, stop)
            made.append(
                scored_blank(sentence, inner.verb_end, end, "relative") if end > 0 else None
            )
    described = _first_top_level(text[:stop], _WHICH_IS, begin, (" which ", " who"))
    if described is not None:  # "the woollen coat, which is […]", "…, the first of which is"
        at = begin + described.end()
        end = blank_end(text, at, stop)
        made.append(scored_blank(sentence, at, end, "relative") if end > 0 else None)
    preferred = _preferred(text[:stop], begin)
    if preferred is not None:
        made.append(scored_blank(sentence, preferred, stop, "preferred"))
    if verb.startswith(_REPLACING):
        # "Lamport replaces physical time [with an ordering derived from messages]": what
        # takes the place of the other is the point
        instead = _first_top_level(text[:stop], _WITH_OR_BY, begin, (" with ", " by "))
        if instead is not None and text[begin : begin + instead.start()].strip():
            at = begin + instead.end()
            end = blank_end(text, at, stop)
            made.append(scored_blank(sentence, at, end, "preferred") if end > 0 else None)
    if verb.startswith(_PLACING):
        # "Hobsbawm dates the take-off of the Industrial Revolution [to the 1780s]": where
        # (or to what) the verb places its object is the point
        placed = _first_top_level(text[:stop], _TO, begin, (" to ",))
        if placed is not None and len(text[begin : begin + placed.start()].split()) >= 2:
            at = begin + placed.end()
            # (up to a comma before a clause: it says more of the place, "…, when …")
            comma = _first_top_level(text[:stop], _COMMA_BREAK, at, (", ",))
            end = at + comma.start() if comma is not None else blank_end(text, at, stop)
            made.append(scored_blank(sentence, at, end, "placed") if end > 0 else None)
    if verb.startswith(_PUTTING):
        # "Wittfogel put the question of how ecology shapes power [at the centre of
        # comparative history]": where in a whole the verb puts its object is the point
        made.append(_put_in_a_whole(sentence, begin))
    apart = _told_from(text, begin, stop) if verb.startswith(_TELLING_APART) else None
    if apart is not None:
        # "Hart distinguishes the external point of view …, from [the internal point of
        # view of those who accept the rules …]": what the first is told apart from
        end = blank_end(text, apart, stop)
        made.append(scored_blank(sentence, apart, end, "placed") if end > 0 else None)
    parts = _parts_made(text, begin, stop) if verb.startswith(_DIVIDING) else None
    if parts is not None:
        # "Bloch divides feudalism [into two ages, with the break around …]": the parts the
        # verb makes of its object are the point
        end = blank_end(text, parts, stop)
        made.append(scored_blank(sentence, parts, end, "placed") if end > 0 else None)
    means = _first_top_level(text[:stop], _BY, begin, ("by",))
    if means is not None and _by_means(
        text[begin : begin + means.start()], text[begin + means.end() : stop]
    ):
        at = begin + means.end()  # "assess the frequency of X [by the ease with which …]"
        # (the means ends where a clause of its own does: "by [adding more substrate];
        # non-competitive inhibition cannot")
        semicolon = text.find("; ", at, stop)
        end = blank_end(text, at, semicolon if semicolon > 0 else stop)
        made.append(scored_blank(sentence, at, end, "means") if end > 0 else None)
    negative = found.negative or " not " in text[begin:stop]
    contrast = _contrast(text[:stop], begin, verb_only=not negative)
    if contrast is not None:
        end = blank_end(text, contrast, stop)
        if end > 0:
            made.append(scored_blank(sentence, contrast, end, "contrast"))
    pair = begin + len(text[begin:stop]) - len(text[begin:stop].lstrip())
    if text.startswith("both ", pair):
        # "Dewey rejects both traditional education, which …, and [a progressive education
        # that …]": the first of the pair stays on the front as the cue for the second
        # (the "and" that joins the pair, not one inside the first: "…, which hoards gold
        # and silver, and …")
        second = _first_top_level(text[:stop], COMMA_AND, pair + 5, (", and ",)) or (
            _first_top_level(text[:stop], _AND, pair + 5, (" and ",))
        )
        # (a pair of phrases, not of words: "affects both prices and wages" asks its whole)
        if second is not None and len(text[pair : pair + 5 + second.start()].split()) > 3:
            at = pair + 5 + second.end()
            end = blank_end(text, at, stop)
            made.append(scored_blank(sentence, at, end, "contrast") if end > 0 else None)
    # ("Harold defeated [Hardrada at Stamford Bridge in September], then marched south …":
    # what he did next is a second verb phrase, not part of the first's object)
    then = _first_top_level(text[:stop], _THEN_VERB, begin, (", then ",))
    if then is not None and is_participle(then.group("verb")):  # (a past: "then marched")
        stop = begin + then.start()
    end = blank_end(text, begin, stop)
    if end > 0:
        predicate = scored_blank(sentence, begin, end, "predicate")
        if predicate and end < stop:  # cut short: what it leaves on the front is its point too
            predicate = replace(predicate, score=predicate.score - _CUT_SHORT)
        made.append(predicate)
        glossed = _GLOSSED_OBJECT.match(text, end, stop) if end < stop else None
        if glossed is not None and not any(
            w in _FINITE_AUXILIARIES for w in text[glossed.end() : stop].lower().split()
        ):
            # ("attacks the picture of the moral agent …: [a pure will that surveys …]": what
            # the object is, after the colon the predicate stops at, is the point)
            at = glossed.end()
            after = blank_end(text, at, stop)
            made.append(scored_blank(sentence, at, after, "elaboration") if after > 0 else None)
        elaboration = _elaboration(text[:end], begin)
        if elaboration is not None and end == stop:
            made.append(scored_blank(sentence, elaboration, stop, "elaboration"))
        # "attended the trial as [a reporter for The New Yorker]": in what role, when the
        # whole predicate would leave the front with nothing but who does it
        role = _AS_ROLE.search(text, begin, stop)
        if role is None and (verb.startswith(_REGARDING) or verb in _SEEING):
            role = _AS_BARE.search(text, begin, stop)  # ("see communities as [shifting …]")
        if role is not None and len(text[begin : role.start()].split()) >= 1:
            in_role = blank_end(text, role.end(), stop)
            # (what a verb of regarding takes its object as is the point: "Bloch treats
            # feudalism as [a whole society …]")
            regarding = (verb.startswith(_REGARDING) or verb in _SEEING) and len(
                text[begin : role.start()].split()
            ) <= 6
            if regarding or len(text[begin : role.start()].split()) >= 2:
                reading = "placed" if regarding else "complement"
                made.append(scored_blank(sentence, role.end(), in_role, reading))
        # "Snow blames the split largely [on English education]": what the verb does with
        # its object, by the same measure
        blamed = _ON_OBJECT.search(text, begin, stop) if role is None else None
        if blamed is not None and 2 <= len(text[begin : blamed.start()].split()) <= 5:
            on = blank_end(text, blamed.end(), stop)
            made.append(scored_blank(sentence, blamed.end(), on, "complement") if on > 0 else None)
    return made


_WHERE_CLAUSE = re.compile(r",\s+where\s+")


# Verbs of regarding: what their object is taken as is the point ("see" by its forms alone:
# not "seems").
_SEEING = frozenset(("see", "sees", "saw", "seen", "seeing"))
_REGARDING = (
    "treat",
    "regard",
    "view",
    "portray",
    "depict",
    "interpret",
    # ("Most ecologists now see communities as [shifting mosaics]", "read their history as
    # [a struggle …]")
    "read",
    "describ",
    "characteri",
    "cast",
)


_ON_OBJECT = re.compile(r"\s(?:on|upon|onto|into|for|with|between)\s")


# "…; mutation does.": after a semicolon, who does what the clause before cannot.
_DONE_INSTEAD = re.compile(
    r";\s+(?P<doer>(?:(?:the|a|an)\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:does|do|did|can|could|will|would|is|are|was|were)\s*[.!]?$"
)


# "considers X the Y": a verb of judging, its object (a few words), then what it is judged.
_OBJECT_JUDGED = re.compile(
    r"(?:considers|considered|deems|deemed|judges|judged|thinks|thought|finds|found)\s+"
    r"(?!(?:that|the|a|an|it|this)\b)(?:[\w'’-]+\s+){1,4}?(?=(?:the|a|an)\s)"
)


_INFINITIVE = re.compile(r"\sto\s(?=[a-z])")


def _extraposed(sentence: Reading, found: Clause, begin: int) -> int | None:
    """ "It is emphatically the province of the courts to [say what the law is]": after an
    "it" that stands for the infinitive later in the clause, where that infinitive's verb
    starts, when two words or more say what it is first."""
    if (
        found.subject.lower() != "it"
        or sentence.text[found.verb_start : found.verb_end].lower().split()[0] not in COPULAS
    ):
        return None
    to = _first_top_level(sentence.text[: sentence.end], _INFINITIVE, begin, (" to ",))
    if to is None:
        return None
    said = sentence.text[begin : begin + to.start()].split()
    # (within a few words, and no clause between: "it was X's view that …" is a cleft)
    if not 2 <= len(said) <= _EXTRAPOSED_WORDS or any(w in _CLAUSE_OPENERS for w in said):
        return None
    return begin + to.end()


_EXTRAPOSED_WORDS = 12
# "it is important to …", "it was impossible for …": an expletive "it", its copula and the
# adjective the infinitive or clause after it explains.
_EXPLETIVE_IT = re.compile(
    r"it\s+(?:is|was|would\s+be|will\s+be)\s+(?:[a-z]+ly\s+)?"
    r"(?:important|necessary|impossible|possible|essential|vital|crucial|better|easier|harder"
    r"|difficult|hard|easy|wise|right|wrong|useful|pointless|futile|natural|likely|unlikely"
    r"|true|clear|striking|remarkable|surprising|significant)\s+(?:to|that|for)\s"
)


_CLAUSE_OPENERS = frozenset(("that", "who", "which", "whom", "whose", "when", "where", "because"))


# The subject is the point when the sentence singles it out: "Only natural selection
# consistently produces adaptation", "X is the most fruitful bridge between …", or when it
# lists what the predicate holds of ("Labour, land and money are not produced for sale").
_ONLY = re.compile(
    r"(?:^|(?<=\s))(?<!the )(?<!not )only\s+(?!(?:if|when|because|to|by|in|after)\b)", re.I
)


_SINGLED_OUT = re.compile(
    r"\s*(?:one\s+of\s+)?(?:the\s+)?(?:(?:single\s+)?most|least|only|sole|best|worst|largest|"
    r"greatest|chief|main|first)\s+(?![a-z]+ed\b)\w"  # (not "was first adopted")
    # (or what made the thing the predicate names: "slavery … was [the cause of the war]")
    r"|\s*the\s+(?:cause|causes|source|origin|origins)\s+of\s"
)


_SUBJECT_WORDS = 2  # a predicate shorter than this leaves the front with too little


def _subject_candidate(sentence: Reading, found: Clause, begin: int) -> Candidate | None:
    """The subject as the answer, when the sentence singles it out or lists it."""
    text, stop = sentence.text, sentence.end
    subject = found.subject
    if not subject:
        return None
    start = text.find(subject, found.start)
    # ("By 2000 only the liberal story remained": after a leading phrase too, and with a
    # verb alone after it)
    only = _ONLY.search(subject)
    if only is not None and subject[only.end() :].split():
        return scored_blank(sentence, start + only.end(), start + len(subject), "singled-out")
    rather = _NOT_THE_OTHER.fullmatch(subject)
    if rather is not None:  # "[Huxley], not Orwell, was right": which one is the point
        return scored_blank(sentence, start, start + rather.end("chosen"), "singled-out")
    share = _SHARE.match(subject)
    if (
        _COUNTED_SUBJECT.match(subject)
        and "," not in subject
        # (a share's blank is the share alone: what it is of may say more, "[About 40%] of
        # the world's bird species are …")
        and len(subject.split()) <= _COUNTED_SUBJECT_WORDS + (_SHARE_OF_WORDS if share else 0)
        and len(text[found.verb_start : stop].split())
        # (a share says more than a count: "[Two thirds of Western Europe's oil] passed
        # through the canal")
        <= (_SHARE_PREDICATE_WORDS if _SHARE.match(subject) else 3)
    ):
        # ("therefore [at least two external objects] exist", "[About half the fleet] came
        # home"): how many is the point when the verb says little more (of a share, the
        # share: "[Two thirds] of Western Europe's oil passed …")
        end = start + share.end("share") if share else start + len(subject)
        # (a figure's own word of approximation stays on the front: "About [40%] of …")
        begin = start + share.start("share") if share and share["share"][0].isdigit() else start
        return scored_blank(sentence, begin, end, "singled-out")
    if len(text[found.verb_start : stop].split()) < _SUBJECT_WORDS:
        return None
    verb = text[found.verb_start : found.verb_end].lower()
    singled_out = verb in COPULAS and _SINGLED_OUT.match(text, found.verb_end)
    words = subject.lower().split()
    # (not a pronoun subject after a leading phrase: "[in earlier societies it] was the main
    # sign …"; an object pronoun may end one, "Control over … how you sell it is …")
    pronoun_last = words[-1] in PRONOUNS and "VERB" not in word_classes(words[-2:][0])
    if singled_out and words[0] not in DEICTIC and not pronoun_last and len(words) >= 2:
        return scored_blank(sentence, start, start + len(subject), "singled-out")
    listed = LISTED_SUBJECT.fullmatch(subject)
    if listed and not any(w in PRONOUNS for w in subject.lower().split()):
        return scored_blank(sentence, start, start + listed.end("items"), "listed")
    return None


# A subject that counts what it names: "at least two external objects", "about half the fleet".
_COUNTED_SUBJECT_WORDS = 6
_SHARE_PREDICATE_WORDS = 5
_SHARE_OF_WORDS = 2  # (what a share is of may run this much longer than a count's noun)
_SHARE = re.compile(
    r"(?i:(?:about|nearly|almost|roughly|over|more\s+than)\s+)?(?P<share>half|a\s+third"
    r"|a\s+quarter|two\s+thirds|three\s+quarters|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
    r"\s+of\s",
    re.I,
)
_COUNTED_SUBJECT = re.compile(
    r"(?i:(?:at\s+least|at\s+most|about|nearly|almost|roughly|some|over|more\s+than|fewer\s+than"
    r"|only)\s+)?(?:\d[\d,.]*(?:\s*%)?|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds"
    r"|thousands|half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)\s+\S",
    re.I,
)


# A subject that says which of two it is: "Huxley, not Orwell,", "trade, not conquest,".
_NOT_THE_OTHER = re.compile(r"(?P<chosen>[^,]{1,60}),\s+not\s+[^,]{1,60},")


_PARALLEL_SHARED = 0.5  # of a later point's words, those an earlier point has too
_PARALLEL_TAIL = 1  # repeated words after the new ones, asked with them


def _parallel(sentence: Reading) -> Candidate | None:
    """ "you do not rise to the level of your goals; you fall to the level of your [systems]":
    a later point that repeats an earlier one's words asks for the words that end it in
    their stead."""
    start, stop = sentence.start, sentence.end
    if start <= sentence.opening:
        return None
    earlier = set(WORD_TOKEN.findall(sentence.lower, sentence.opening, start))
    tokens = list(WORD_TOKEN.finditer(sentence.lower, start, stop))
    shared = [t.group() in earlier for t in tokens]
    if len(tokens) < 4 or sum(shared) / len(tokens) < _PARALLEL_SHARED:
        return None
    # (the new words may come before a repeated noun that ends it: "…, while dynein walks
    # toward the [minus end]", after "kinesin walks … toward their plus end")
    last = len(shared)
    while last > 0 and shared[last - 1]:
        last -= 1
    if last == 0 or len(shared) - last > _PARALLEL_TAIL:
        return None
    first = last
    while first > 0 and not shared[first - 1]:
        first -= 1
    # (all else repeated but a word or so: "fall" for "rise")
    if first < 2 or shared[:first].count(False) > 1 or last - first > 3:
        return None
    if last < len(shared) and not all(shared[2:first]):
        return None  # (before a repeated end, all is repeated but the subject)
    return scored_blank(sentence, tokens[first].start(), tokens[-1].end(), "parallel")


# "not A but B", "never A; rather B": after a negation, what the sentence asserts instead.
_BUT = re.compile(
    r",?\s(?:but(?:\s+rather)?|rather|instead|and\s+(?:still|yet))\s"
    r"|,\s(?:only|merely|just)\s"  # "does not look for the best plan, only for one that …"
    r"|,\s(?=(?:he|she|it|they|we)\s)"  # "he never sought A, he sought B"
)


_CUT_SHORT = 0.3


# Where "there is X" names its X: up to the phrase that says of what ("as", "of", "for" …).
_EXISTENT_RELATIVE = re.compile(r"\s(?:that|who)\s+(?=[a-z])")


_THING_ENDS = re.compile(r"\s(?:as|of|for|in|between|to|about|among|on)\s")
# "Only in a crowd can man …", "Only by trading does a town …": the phrase "only" fronts,
# before the auxiliary it inverts.
_ONLY_FRONTED = re.compile(
    r"Only\s+(?P<what>(?:in|by|at|on|when|after|through|with|if|from|under|within|once)\s"
    r"[^,;:]{2,60}?),?\s+(?:can|could|did|does|do|is|are|was|were|will|would|may|might|must"
    r"|should|has|have|had)\s"
)
_NOTHING_MORE_THAN = re.compile(
    r"\s*(?:nothing|no\s+one|nobody|no\s+\w+)\s(?:that|which|who|whom)?[^,;:]{0,60}?"
    r"\s(?:more|better|worse|less)\s+than\s+"
)


_ONLY_WHEN = re.compile(
    r"\s(?:(?:only|best)\s+(?:when|if|as\s+long\s+as)|if\s+and\s+only\s+if|until)\s"
)


_WHICH_DOES = re.compile(r",\s(?:which|who)\s+(?=[a-z]+(?:s|ed)\s)(?!(?:is|was|has)\s)")
_WHICH_IS = re.compile(
    r",\s(?:the\s+(?:first|second|third|last|most\s+\w+|\w+est)\s+of\s+)?(?:which|whom|who)\s+"
    r"(?:is|are|was|were)\s"
)


_REASON_OPENERS = frozenset(("because", "since", "so", "as", "while", "when", "if"))


_BY = re.compile(r"\sby\s(?=the\s|\w+ing\s)")


_RATHER_THAN = re.compile(r"\s(?:rather than|instead of)\s")


# Where a phrase preferred to another starts: after the verb or preposition before it.
_PHRASE_OPENERS = frozenset(
    "to in on at by for with from into onto out through within among towards toward upon "
    "across around via is are was were be become becomes".split()
)


def _by_means(before: str, after: str = "") -> bool:
    """Whether a "by" after `before` (the predicate up to it) says by what means the verb is
    done ("assess the frequency of X by the ease …"), not who did what a participle names
    ("the stars resented by the movement") or within a later clause (", since … by …").
    An object alone is enough before a gerund: "protect coastlines by [breaking
    waves]"."""
    words = before.split()
    least = 1 if _GERUND.match(after) else 3
    if len(words) < least or "," in before or any(w in _REASON_OPENERS for w in words):
        return False
    if words[-1].endswith(('"', "”")):
        return True  # after a quotation: "… "sterilizing the ground …" by engaging in …"
    return not is_participle(words[-1].lower())


_GERUND = re.compile(r"[a-z]{2,}ing\s")


# How often or how surely the verb holds, when that is the point: "People [rarely] blame …".
_HOW_OFTEN = re.compile(
    # (not "often" or "usually": how often is the point only at its extremes)
    r"(?P<adverb>(?i:rarely|seldom|never|always|almost\s+never|hardly\s+ever))\s"
)


_LEADING_SUBORDINATORS = SUBORDINATORS - {"as"}  # ("as late as 1750 …" opens no clause)


_REPLACING = ("replace", "substitut", "supplant", "swap")


_WITH_OR_BY = re.compile(r"\s(?:with|by)\s")


# The forms of "do" before a "so" that stands for a verb ("they did so by …").
_DO = frozenset(("do", "does", "did", "done"))


# Verbs of rejecting a view, and the view they name: "rejects the usual view that …".
_REJECTING = frozenset(
    "rejects rejected denies denied disputes disputed challenges challenged attacks attacked "
    "dismisses dismissed questions questioned refutes refuted".split()
)
_VIEW_THAT = re.compile(
    r"\s+(?:the|a|an|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:view|idea|claim|belief|notion|"
    r"assumption|thesis|argument|myth|theory|doctrine)\s+that\s+"
)


# Verbs that give their object a state: "made X profitable", "renders X useless".
_MAKING = frozenset("make makes made render renders rendered".split())
_OBJECT_WORDS = 6
_WORD = re.compile(r"[\w'’-]+")


def state_made(text: str, verb: str, begin: int, stop: int) -> int | None:
    """Where the state a verb of making gives its object starts ("made British recognition
    of the Confederacy [politically impossible]"), when `verb` is one; or None."""
    return _resulting_state(text, begin, stop) if verb.lower() in _MAKING else None


def _resulting_state(text: str, begin: int, stop: int) -> int | None:
    """Where the state a verb of making gives its object starts, after that object (one to
    six words): an adjective, or an adverb in -ly and its adjective ("made the Congo Free
    State [enormously profitable …]"); None when no adjective follows the object."""
    words = list(_WORD.finditer(text, begin, stop))
    for index, word in enumerate(words[1 : _OBJECT_WORDS + 1], 1):
        if text[words[index - 1].end() : word.start()].strip():
            return None  # (a comma or a bracket ends the object)
        lower = word.group().lower()
        if lower == word.group().capitalize():
            continue  # (a name in the object: "the Congo Free State")
        if lower in PREPOSITIONS:
            continue  # ("made choices about …": no state)
        classes = word_classes(lower)
        if lower.endswith("ly") and "ADV" in classes and index + 1 < len(words):
            classes = word_classes(words[index + 1].group().lower())  # ("enormously rich")
        after_determiner = words[index - 1].group().lower() in DETERMINERS
        if classes and classes <= _ADJECTIVE_OR_ADVERB and "ADJ" in classes:
            # (not an adjective of the object's noun: "made a [risky prediction]")
            return None if after_determiner else word.start()
        of_the = lower in DETERMINERS and words[index - 1].group().lower() in PREPOSITIONS
        if lower in STOPWORDS and index > 1 and lower != "of" and not of_the:
            return None  # ("made the decision on …": a preposition, no state)
    return None


_ADJECTIVE_OR_ADVERB = frozenset(("ADJ", "ADV"))


# Verbs that place their object in time, in a cause or in an origin ("dates X to", "traces
# X to", "attributes X to").
_PLACING = ("date", "trace", "attribut", "ascrib")


_TO = re.compile(r"\sto\s")
# … and verbs that put it somewhere in a whole ("puts X at the heart of Y").
_PUTTING = ("put", "place", "set", "move", "push")
# A colon after a predicate's object, then a noun phrase that says what kind of thing the
# object is (no auxiliary after it: "…: a navigator who knows … can work out …" is a clause).
_GLOSSED_OBJECT = re.compile(r":\s+(?=an?\s+[a-z])")
# (not "will", "may" or "can", which are nouns too: "a pure will that surveys …")
_FINITE_AUXILIARIES = frozenset(
    "is are was were has have had could would should might must does did do".split()
)
_AT_THE_CENTRE = re.compile(
    r"\s(?:at|in|on|to|into)\s+the\s+(?:centre|center|heart|core|forefront|margins?|periphery"
    r"|fringes?|top|bottom|front|back|cent(?:re|er)\s+stage)\s+of\s"
)
_DIVIDING = ("divide", "split", "separate", "sort", "classif", "group", "partition")
_INTO = re.compile(r"\sinto\s")
_DIVIDED_WORDS = 6


_TELLING_APART = ("distinguish", "contrast", "differentiat")
_FROM_OR_WITH = re.compile(r",?\s(?:from|with)\s")
_TOLD_APART_WORDS = 30  # the first of the two, with its gloss


def _told_from(text: str, begin: int, stop: int) -> int | None:
    """Where what a verb of telling apart sets its object against starts, after "from" or
    "with"; or None."""
    found = _first_top_level(text[:stop], _FROM_OR_WITH, begin, (" from ", " with "))
    if found is None:
        return None
    first = text[begin : begin + found.start()].split()
    if (
        not 2 <= len(first) <= _TOLD_APART_WORDS
        or len(text[begin + found.end() : stop].split()) < 2
    ):
        return None
    return begin + found.end()


def _parts_made(text: str, begin: int, stop: int) -> int | None:
    """Where the parts a verb of dividing makes of its object start, after its "into"; its
    object comes first, in a few words ("splits it in two and copies … into" is another
    verb's)."""
    into = _first_top_level(text[:stop], _INTO, begin, (" into ",))
    if into is None:
        return None
    divided = text[begin : begin + into.start()].split()
    if not 1 <= len(divided) <= _DIVIDED_WORDS or "and" in divided:
        return None
    return begin + into.end()


_COMMA_BREAK = re.compile(
    r",\s(?=(?:when|where|which|who|whose|while|as|because|after|before|since|until)\s)"
)


def _preferred(text: str, begin: int) -> int | None:
    """ "… to arise out of a network of circles rather than the sect system": where the
    phrase that is preferred to another starts (its point), if it has two words or more."""
    found = _first_top_level(text, _RATHER_THAN, begin, ("rather than", "instead of"))
    if found is None:
        return None
    before = begin + found.start()
    words = list(re.finditer(r"[\w'’-]+", text[begin:before]))
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group().lower()
        if (
            word in ("a", "an", "the")
            and index > 0
            and words[index - 1].group() not in PREPOSITIONS
        ):
            # the phrase opens at its article ("fit [a residual mapping … instead of …]"),
            # not at one inside it ("a price for the whole town")
            at = begin + words[index].start()
            return at if len(text[at:before].split()) >= 2 else None
        if word in _PHRASE_OPENERS or word_classes(word) == _VERB_ONLY:
            at = begin + words[index].end()
            if index + 1 < len(words) and words[index + 1].group().lower() == "of":
                at = begin + words[index + 1].end()  # "out of", "instead of"
            return at + 1 if len(text[at:before].split()) >= 2 else None
    return None


def _contrast(text: str, begin: int, verb_only: bool = False) -> int | None:
    """Where B starts in a predicate "not A, but B" that opens at `begin`, if A and B each
    have at least two words; with `verb_only` (no negation before), only when B is a verb
    phrase of its own ("wrote about A, but called for B")."""
    found = _first_top_level(text, _BUT, begin, ("but", "rather", "instead", ",", "and "))
    if found is None:
        return None
    at = begin + found.end()
    if len(text[begin : begin + found.start()].split()) < 2 or len(text[at:].split()) < 2:
        return None
    if verb_only:
        first = text[at:].split(None, 1)[0].lower()
        turns = "but" in found.group() or found.group().rstrip().endswith(("still", "yet"))
        if not turns or word_classes(first) != _VERB_ONLY:
            return None
    return at


def _elaboration(text: str, begin: int) -> int | None:
    """ "Book 2 opens with a morning exercise: expect to meet …": where what a colon
    announces starts, when the clause before it says what it is about (four words or more
    of predicate) and at least four words follow."""
    found = _first_top_level(text, COLON, begin, (":",))
    if found is None:
        return None
    at = begin + found.end()
    if len(text[begin : begin + found.start()].split()) < 4 or len(text[at:].split()) < 4:
        return None
    return at


_GLOSS_AFTER = re.compile(r",\s+(?:which|who|in which|whereby)\s|:\s")


def _marked_right_after(sentence: Reading, begin: int) -> int | None:
    """ "An entry is **committed** once …": where the words after a marked term that opens
    the predicate start, if at least three follow."""
    for span_start, span_end, span in positioned(sentence.spans):
        if span_start < begin:
            continue
        if span_start > begin + 1:
            return None
        if not emphasised(span) or not span.text.strip():
            return None
        rest = sentence.text[span_end : sentence.end]
        if _glossed_after(sentence.text, span_end, sentence.end):
            return None  # ("… was **foreshortening**, which let …": the term is the point)
        return span_end if len(rest.split()) >= 3 else None
    return None


def _marked_then_gloss(sentence: Reading, begin: int) -> tuple[int, int] | None:
    """ "The second is **reductionism**: the belief that …", "… was **foreshortening**,
    which let …": [start, end) of a marked term that opens the predicate when its gloss
    follows it; the term is what the sentence says its subject is."""
    text = sentence.text
    opening = _ARTICLE_OPENING.match(text, begin)  # ("… is the **pin factory**: …")
    at = opening.end() if opening else begin
    for span_start, span_end, span in positioned(sentence.spans):
        if span_start < at:
            continue
        if span_start > at + 1 or not emphasised(span) or not span.text.strip():
            return None
        if not _glossed_after(text, span_end, sentence.end):
            return None
        return span_start, span_end
    return None


_ARTICLE_OPENING = re.compile(r"\s*(?:the|an?)(?=\s)")


def _glossed_after(text: str, end: int, stop: int) -> bool:
    """Whether what follows a term at `end` glosses it: a relative clause, or a phrase after
    a colon (": the belief that …"; not a clause of its own, ": the islanders cut down …")."""
    gloss = _GLOSS_AFTER.match(text, end, stop)
    if gloss is None:
        return False
    if not gloss.group().startswith(":"):
        return True
    found = clause(text[:stop], gloss.end())
    if found is not None and found.start == gloss.end() and "," not in found.subject:
        return False
    # (a subject and a verb the clause reader may miss: ": the islanders cut down …")
    subject_verb = _SUBJECT_THEN_VERB.match(text, gloss.end(), stop)
    return subject_verb is None or "VERB" not in word_classes(subject_verb["verb"])


_SUBJECT_THEN_VERB = re.compile(
    r"(?:the|a|an|its|their|his|her|our|each|every)\s+[\w'’-]+\s+(?P<verb>[a-z]+)\b"
)


def _complement_candidates(sentence: Reading) -> list[Candidate]:
    """No clause after the frame: "Draper criticizes the left for […]"."""
    text, start, stop = sentence.text, sentence.start, sentence.end
    if not start:
        return []
    made: list[Candidate] = []
    reason = _first_top_level(text[:stop], _REASON, start, _REASON_WORDS)
    if reason is not None and len(text[start : start + reason.start()].split()) >= 3:
        end = blank_end(text, start + reason.end(), stop)  # "cautions us not to X, because […]"
        found_reason = (
            scored_blank(sentence, start + reason.end(), end, "reason") if end > 0 else None
        )
        made += [found_reason] if found_reason else []
    for found in _COMPLEMENT.finditer(text, start, stop):
        if not 1 <= len(text[start : found.start()].split()) <= 8:
            continue
        end = blank_end(text, found.end(), stop)
        complement = scored_blank(sentence, found.end(), end, "complement") if end > 0 else None
        return made + ([complement] if complement else [])
    return made


def term_candidates(sentence: Reading, english: bool) -> list[Candidate]:
    """The key-term readings: a marked term, a quotation, a figure, a link, a name."""
    text, start, stop, spans = sentence.text, sentence.start, sentence.end, sentence.spans
    made: list[Candidate | None] = []
    inside = [(b, e, span) for b, e, span in positioned(spans) if b >= start and e <= stop]
    for begin, end, span in inside:
        if not span.text.strip() or span.text.strip().lower() in sentence.avoid:
            continue
        if emphasised(span):
            made.append(scored_blank(sentence, begin, end, "marked"))
            break
    for begin, end, span in inside:
        if span.kind == "wikilink" and span.text.lower() not in sentence.avoid:
            made.append(scored_blank(sentence, begin, end, "link"))
            break
    quoted = next(
        (
            m
            for m in _QUOTED.finditer(text, start, stop)
            if len(m.group(1).split()) <= MAX_ANSWER_WORDS
        ),
        None,
    )
    if quoted:
        made.append(scored_blank(sentence, *quoted.span(), "quoted"))
    numbers = (
        [
            m
            for m in _NUMBER.finditer(text, start, stop)
            if m.group() not in sentence.avoid
            and not _names_with(text, m.start())
            and not _ORDINAL_AFTER.match(text, m.end() - m.group().endswith("."))
        ]
        if _may_hold_number(text)
        else []
    )
    if numbers:  # a claim's figure usually comes last: "… made 48,000 pins"
        last = numbers[-1]
        made.append(scored_blank(sentence, *last.span(), "number"))
    if english:
        names = (
            m
            for m in _NAME.finditer(text, start, stop)
            if m.start() > start
            and m.group().lower() not in sentence.avoid
            and m.group() not in ("I", "A")
        )
        name = next(names, None)
        if name:
            made.append(scored_blank(sentence, *name.span(), "name"))
    return [c for c in made if c]


_DIGIT = re.compile(r"\d")
# A number written as an ordinal, its point and a capitalised noun: "im 19. Jahrhundert".
_ORDINAL_AFTER = re.compile(r"\.\s+[A-ZÄÖÜ][a-zäöüß]")


_SPELLED_SET = frozenset(_SPELLED_WORDS)


_LETTERS = re.compile(r"[a-z]+")


def _may_hold_number(text: str) -> bool:
    """Whether `_NUMBER` can find anything in `text`: a digit, or a number word."""
    if _DIGIT.search(text):
        return True
    return not _SPELLED_SET.isdisjoint(_LETTERS.findall(text.lower()))


# Words that open a blank but stay on the front: who says it, whom a thing is given, the
# count of the items that follow (`_past_front_words`).
# "nach X", "laut X", "für X", "pour X", "según X", "selon X", "secondo X", "d'après X" (a
# name or a pronoun), with the comma that may close it: who says what follows.
_SAYING_ONLY = r"[Ss]egún|[Ss]elon|[Ss]econdo|[Ss]egundo|[Dd]['’]après"
_ACCORDING_TO = re.compile(
    rf"[\s,]*(?:[Nn]ach|[Ll]aut|[Ff]ür|[Pp]our|[Pp]ara|[Pp]er|{_SAYING_ONLY})\s+"
    r"(?P<who>[\wÀ-ÿ'’-]+)\s*,?\s+"
)
# … the words that say nothing but who says it, and a name of up to three words after them.
_ACCORDING_TO_NAMED = re.compile(
    rf"[\s,]*(?:{_SAYING_ONLY})\s+"
    r"[A-ZÀ-Þ][\wÀ-ÿ'’-]+(?:\s+(?:d[aeio]s?\s+|de\s+la\s+)?[A-ZÀ-Þ][\wÀ-ÿ'’-]+){0,2}"
    r"\s*,\s+"
)
# The third person's pronouns after such a word ("selon lui", "según ella", "secondo lei").
_SAYER_PRONOUNS = frozenset(
    "lui elle eux él ella ellos lei loro ele ela eles ihm ihr ihnen".split()
)
# A name that opens a blank, then what follows it.
_NAME_FIRST = re.compile(r"\s*(?P<who>[A-ZÀ-Þ][\w'’-]+)\s+(?=[a-zà-ÿ])")
# After a verb of giving (`_GIVING`), its first object, whom (a pronoun or a noun phrase of
# up to three words), then the second, what: its indefinite article.
_GIVEN_WHAT = re.compile(r"\s*(?P<whom>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?=an?\s)")
_GIVEN_WORDS = 4  # what is given says this much alone, or whom is asked with it
_NOT_WHOM = frozenset("up out away back off in on over all such what".split())
# A count and the plural noun it counts, then the colon that lists them.
# (after the preposition that takes it, if any: "driven by two engines: …")
_COUNTED_THEN_LISTED = re.compile(
    r"\s*(?:(?:by|of|into|in|with|from|for|on)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+s:\s+"
)
_LISTED_WORDS = 3


def _given_to(text: str, start: int, given: re.Match[str]) -> bool:
    """Whether the blank at `start` opens with whom a verb of giving before it gives its
    second object to (no particle, preposition or number among those words)."""
    before = text[:start].split()
    if not before or not any(lemma in _GIVING for lemma in verb_lemmas(before[-1].lower())):
        return False
    whom = given["whom"].lower().split()
    return not any(
        word in _NOT_WHOM or word in PREPOSITIONS or word[0].isdigit() or word in ("a", "an")
        for word in whom
    )


def _past_front_words(sentence: Reading, start: int, end: int) -> int:
    """Where a blank [start, end) starts once the words that belong on the front are past:
    who says it, in the other languages ("… sind nach Beck [nicht mehr natürliche …]",
    "Capitu tem, segundo José Dias, […]", "erwartet Mannheim [von der …]"); whom a verb of
    giving gives to ("gave development economics [a historical argument …]"); the count of
    the items a colon lists ("has two parts: [ACTION, …, and GOTO, …]")."""
    text, english = sentence.text, sentence.language == "en"
    said_by = _ACCORDING_TO.match(text, start, end) if not english else None
    if said_by is not None and (
        said_by["who"].lower() in sentence.who or said_by["who"].lower() in _SAYER_PRONOUNS
    ):
        start = said_by.end()
    elif sentence.language not in ("en", "de"):
        # (another's name only after a word that says nothing else; not in German, whose
        # nouns are capitalised too)
        said_by = _ACCORDING_TO_NAMED.match(text, start, end)
        start = said_by.end() if said_by is not None else start
    named = _NAME_FIRST.match(text, start, end) if not english else None
    if named is not None and named["who"].lower() in sentence.who:
        start = named.end()  # (the author after the verb, in another language's order)
    if not english:
        return start
    given = _GIVEN_WHAT.match(text, start, end)
    if (
        given is not None
        and len(text[given.end() : end].split()) >= _GIVEN_WORDS
        and _given_to(text, start, given)
    ):
        start = given.end()
    counted = _COUNTED_THEN_LISTED.match(text, start, end)
    if counted is not None and len(text[counted.end() : end].split()) >= _LISTED_WORDS:
        start = counted.end()
    return start


def scored_blank(sentence: Reading, start: int, end: int, reading: str) -> Candidate | None:
    """A blank the sentence could be asked with, scored by its reading alone (`_judged`
    takes off what is wrong with it), or None where the blank cannot be one."""
    text = sentence.text
    start = _past_front_words(sentence, start, end)
    trimmed = trim_answer(text, start, end)
    if trimmed is None:
        return None
    start, end = trimmed
    answer = text[start:end].strip(' "“”')
    if not answer or not _bounded(text, start, end):
        return None
    if " " not in answer.strip() and normalize_term(answer) in STOPWORDS and reading != "dated":
        return None  # (a month may be a stop word: "May")
    words = len(answer.split())
    if words > MAX_ANSWER_WORDS or answer.lower() in sentence.avoid:
        return None
    score = READING_SCORE[reading]
    if reading == "quoted" and words >= 6:
        score += QUOTE_BONUS
    return Candidate(start, end, reading, score)


def emphasised(span: Span) -> bool:
    """Bold, highlighted or code: what the reader marked as a key term."""
    return bool(span.marks & {"strong", "mark"}) or span.kind == "code"
