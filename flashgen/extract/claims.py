"""Claim cards: one cloze per substantive sentence of the author's text, on its point.

A sentence offers candidate blanks, each from one reading of it (`readings`: what its main
clause says of its subject, the reason after "because", the statement after "Topic:", and
where no clause can be read a marked term, a quotation, a figure, a link or a name). Here
each candidate is judged (its reading, the rarity of its words, its length, whether the
front still says what it is about) and the best one is kept. A
sentence whose best candidate is poor is held back with why (`Draft.held_back`), never
silently lost. The attribution ("Draper argues that") is never the answer, and the
reader's first-person sentences and filler ("the author admits …") make no card.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from flashgen.extract import splits
from flashgen.extract.attribution import (
    REPORTING_VERBS,
    author_name,
    section_source,
    sentence_draft,
    with_source,
)
from flashgen.extract.clauses import (
    DEICTIC,
    PREPOSITIONS,
    PRONOUNS,
    clause,
    is_adverb,
    leans_back,
    word_classes,
)
from flashgen.extract.foreign_readings import foreign_candidates
from flashgen.extract.fragments import feature_fragment, phrase_fragment
from flashgen.extract.frames import (
    THESIS_FRAME,
    content_start,
    identity_start,
    without_aside_frame,
    without_pointing_lead,
)
from flashgen.extract.multilingual import (
    claim_start,
    relative_clause,
)
from flashgen.extract.points import claim_points, foreign_claim_points
from flashgen.extract.readings import (
    ARROW_END,
    CITED_AFTER,
    QUOTE_BONUS,
    READING_SCORE,
    WORD_TOKEN,
    Candidate,
    Reading,
    blank_end,
    emphasised,
    predicate_candidates,
    scored_blank,
    term_candidates,
)
from flashgen.extract.referents import (
    NOTHING_CARRIED,
    carried_referent,
    resolved,
    resolved_after_condition,
    resolved_after_reason,
    resolved_inside,
    resolved_object,
    with_carried,
)
from flashgen.extract.salience import LONG_WORD, content_words, is_trivial, long_words_shown
from flashgen.extract.sentences import (
    Sentence,
    cuts_atomic,
    join,
    mark_range,
    opens_with_its_verb,
    positioned,
    strip_spans,
    text_spans,
)
from flashgen.extract.splits import Cut
from flashgen.extract.topics import with_topic
from flashgen.extract.values import labelled_value
from flashgen.extract.words import (
    STOPWORDS,
)
from flashgen.model import Document, Draft, Inline
from flashgen.parse.inline import plain_text

MIN_WORDS = 6


MIN_ITEM_WORDS = 4


# A candidate scoring below this is held back: the sentence makes no card.
KEEP_SCORE = 1.5


# How the reader's own voice opens a sentence.
_READERS_OPENING = re.compile(
    r"(?:Honestly|Frankly|Personally|IMO|IMHO|FWIW|TBH)\b"
    # (and a reading group's "we", what it did with the text: "We read the chapter …")
    r"|We\s+(?:(?:only|also|then|first)\s+)?(?:read|discussed|covered|skipped|watched|talked|"
    r"finished|started)\b"
)
# The reader's verdict on what they read, pointing at it: "This chapter was the best in the
# book", "That essay is hard going" (the author's claims are reported, not pointed at).
_READERS_VERDICT = re.compile(
    r"(?:This|That)\s+(?:chapter|book|essay|paper|article|section|part|passage|lecture)\s+"
    r"(?:is|was|felt|feels|seems|seemed)\b"
)


# "I", "my", "me", "mine", also opening a sentence ("My guess is …"; "I'm", "I've" start
# with "I"); `\b` is written after the first letter, so that `re` skips to an "I" or "m"
# (see attribution's patterns).
_FIRST_PERSON = re.compile(r"(?:I(?<!\wI)|[mM](?<!\w[mM])(?:y|e|ine))\b")


_FILLER = re.compile(
    r"^\S+(?: \S+)? (?:(?:also |now )?admits"
    r"|(?:now )?turns (?:to|towards)(?!.*\b(?:that|arguing)\b)"
    rf"|(?:{REPORTING_VERBS}) (?:a few|some) examples)\b"
)


_QUOTATION = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")


# A count that announces its items ("on three grounds: A, B and C") is no fact to recall.
_COUNT_OF_ITEMS = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?[\w-]+s\b[^.]{0,40}?(?::|,? (?:namely|such as))"
)


# Readings whose answer is the point however everyday its words.
_NOT_EVERYDAY = frozenset(
    (
        "quoted",
        "number",
        "name",
        "parallel",
        "singled-out",
        "listed",
        "dated",
        "named-this",
        "done-instead",
        "how-often",
    )
)


_CONJUNCTIONS = frozenset(("and", "or", "nor", "but"))


# Words that point elsewhere: an answer that opens with one asks for nothing the card shows.
_POINTING_ANSWERS = frozenset("it them him her this these those".split())


# Readings whose answer is often one word, and rightly: no points off for it.
_ONE_WORD_READINGS = frozenset(
    ("marked", "number", "parallel", "dated", "done-instead", "how-often", "named-this")
)


_BEST_TERM_SCORE = max(
    *(READING_SCORE[r] for r in ("marked", "number", "link", "name")),
    READING_SCORE["quoted"] + QUOTE_BONUS,
)


class _Names(NamedTuple):
    """A document's names, as every point of its claims reads them: the author's and the
    work's, never an answer (`avoid`); and the words the source label shows on each front
    (`label`)."""

    avoid: frozenset[str]
    label: frozenset[str]
    who: frozenset[str]  # the author's names: a front of these and a verb says only who


def _counted(word: str) -> bool:
    return len(word) > 2 and not word[:1].isdigit() and word not in STOPWORDS


# "The only way to get the best of an argument is [to avoid it]": a subject that singles
# out what the predicate names, which is the point however plain its words.
_SINGLED_OUT_IS = re.compile(
    r"(?i:the\s+)?(?i:only|best|surest|single\s+best|one)\s+(?:[\w'’-]+\s+){1,12}?(?:is|was)\s+$"
)


def _completes_quotation(text: str, start: int) -> bool:
    """ "« On ne naît pas femme : [on le devient]. »": the turn of a quotation that is the
    whole sentence, after its colon or semicolon: its words are the point, however plain."""
    whole = CITED_AFTER.sub("", text.strip())  # ('"While we are postponing, …" (Letter 1)')
    if not whole.startswith(('"', "“", "«")) or not whole.rstrip(" .").endswith(('"', "”", "»")):
        return False
    return max(text.rfind(":", 0, start), text.rfind(";", 0, start), text.rfind(",", 0, start)) > 0


# (a modal may come first: "may not do it")
_DENIED = re.compile(r"\b(?:no|not|never|none|nothing|nobody|neither)\b", re.I)


_DENIAL = re.compile(
    r"(?:(?:may|might|can|could|must|should|would|will|do|does|did|is|are|was|were)\s+)?"
    r"(?:no|not|never|none|nothing|nobody|neither)\b"
    # (or a negated auxiliary: "can't judge our own", "cannot know")
    r"|(?:can['’]t|cannot|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t"
    r"|weren['’]t|couldn['’]t|shouldn['’]t|wouldn['’]t|mustn['’]t)\b",
    re.I,
)


_EVERYDAY_OBJECT = "an everyday answer, but what the point's verb says"
_EVERYDAY_PENALTY = 2.0
_CLOSING = re.compile(r"[\s.;:!?\"”’)]*")
_SUBJECT_SAYS = 2  # content words before the blank, the author's names aside
_OBJECT_WORDS = 2  # content words of the answer


def _closing_object(
    sentence: Reading, candidate: Candidate, answer: str, before: list[str]
) -> bool:
    """Whether an answer of everyday words is what the main verb of a point says, ending on
    its noun and closing the point, after a front that says enough of its subject
    ("Intellectual freedom depends on [material things]", "Larger samples increase [power]"):
    that is the point, however plain its words (not "once such a circle is [established]",
    nor "this has [never happened]")."""
    if candidate.reading not in _PREDICATES:
        return False
    if _CLOSING.fullmatch(sentence.text, candidate.end, sentence.end) is None:
        return False
    last = answer.rstrip(' .;:!?"”’').rsplit(None, 1)[-1:]
    if not last or "NOUN" not in word_classes(last[0].lower()):
        return False
    if len(content_words(answer)) < _OBJECT_WORDS:
        return False  # ("ended [the war]", "conquers them [in turn]": too little to recall)
    return sum(w not in sentence.who for w in before) >= _SUBJECT_SAYS


def _judged(sentence: Reading, candidate: Candidate) -> Candidate:
    """The candidate with its score less what is wrong with it (every flaw only lowers it),
    and the first flaw found."""
    text, start, end, reading = sentence.text, candidate.start, candidate.end, candidate.reading
    answer = text[start:end].strip(' "“”')
    score = candidate.score
    flaw = ""
    # The words of the front before and after the blank (from where the claim opens), and
    # those of the answer and of the whole front as `salience.content_words` reads them.
    lower = sentence.lower
    before = [w for w in WORD_TOKEN.findall(lower, sentence.opening, start) if w not in STOPWORDS]
    after = [w for w in WORD_TOKEN.findall(lower, end) if w not in STOPWORDS]
    asked = [w for w in WORD_TOKEN.findall(lower, start, end) if _counted(w)]
    shown = {w for w in WORD_TOKEN.findall(lower, 0, start) if _counted(w)}
    shown.update(w for w in after if _counted(w))
    shown |= sentence.label  # the source label on the front shows its words too
    # (and so does the sentence before, which comes first when the subject points back)
    led = candidate.leans and bool(sentence.lead)
    if led:
        shown.update(w for w in WORD_TOKEN.findall(sentence.lead) if _counted(w))
    # (the author's names say only who; the work's title, a concept of its own in
    # "L'enracinement est […]", says what)
    who = sentence.who
    rest = any(w not in who for w in before) or any(w not in who for w in after)
    # "Gettier attributes […]": the author and a verb say nothing of what is asked.
    only_who = not after and len(before) == 2 and before[0] in who
    # (A front whose subject points back is read after the sentence before: that says more.)
    if (not rest or only_who) and not candidate.leans:
        score -= 2.5
        flaw = _ONLY_WHO
    if reading == "number" and _COUNT_OF_ITEMS.match(text, end):
        score -= 2.0
        flaw = "a count of the items that follow"
    if (
        reading not in _NOT_EVERYDAY
        # "no such thing", "not enough", a contrast's "understand nothing": a denial is the point
        and not (_DENIAL.match(answer) or (reading == "contrast" and _DENIED.search(answer)))
        and is_trivial(answer, sentence.language, asked)
        and not _has_marked(sentence.spans, start, end)
        and not _completes_quotation(text, start)
        and not _SINGLED_OUT_IS.match(text, sentence.opening, start)
        and not splits.set_against(text, end)
        and not _LIKENED.match(answer)
        # (what an arrow leads to is the point of its line, in everyday words too: "raises
        # rates when inflation rises → [lower demand]")
        and not ARROW_END.search(text, 0, start)
        # (nor a word another language's colon explains, which is asked with it: "Le
        # mythe est [une parole] : [un système de communication …]", `_after_colon_point`)
        and not (sentence.language != "en" and _explained_after(text, end, sentence.end))
    ):
        score -= _EVERYDAY_PENALTY
        everyday = "an everyday answer"
        if _closing_object(sentence, candidate, answer, before):
            everyday = _EVERYDAY_OBJECT  # (asked still, when its sentence asks nothing else)
        flaw = flaw or f"{everyday} ({answer!r})"
    # (its long words alone, too, read anywhere on the front)
    long_shown = False
    if any(len(w) >= LONG_WORD for w in asked):
        front = f"{lower[:start]} {lower[end:]} {' '.join(sentence.label)}"
        front = f"{sentence.lead} {front}" if led else front
        long_shown = long_words_shown(asked, front)
    if (asked and sum(w in shown for w in asked) / len(asked) >= 0.6) or long_shown:
        score -= 2.0
        flaw = flaw or "the answer is on the front"
    # (A blank never makes a front lean back: only a sentence that does needs asking.)
    # (nor does a subject that opens the sentence and points back, when the sentence
    # before can come first on its card: "… . It is [better to leave out features …]")
    leaning = leans_back(_front(text, candidate)) if sentence.leans_back else None
    leans = candidate.leans
    if (
        leaning is not None
        and not leaning.start()
        and not led
        and sentence.lead
        and leaning.end() <= sentence.start
    ):
        # (a later point of a sentence whose opening points back, "It was the first time
        # …, and Farber became [convinced …]", is read after the sentence before too)
        leans = led = True
    if leaning is not None and not (led and not leaning.start()):
        score -= 3.0
        flaw = flaw or "the front leans on an earlier sentence"
    if _TEXT_STEP.match(answer):
        # "in order to discuss sects, we must [first define the term]": a step of the text's
        # own, which says nothing of its subject
        score -= 2.0
        flaw = flaw or "a step of the text, not a point"
    first_word = answer.split(None, 1)[0].lower()
    if first_word in _CONJUNCTIONS:
        # "what they saw, heard [and feared]": the last item of a list, not a point
        score -= 2.0
        flaw = flaw or "the answer opens with a conjunction"
    if first_word in _POINTING_ANSWERS and len(answer.split()) <= 3:
        # "Yet our judgements violate [it constantly]": what "it" is, the card never says
        score -= 2.0
        flaw = flaw or "the answer is a pronoun"
    if " " not in answer and reading not in _ONE_WORD_READINGS:
        score -= 0.4
    # (a front of 40 words has more than 200 characters: shorter ones are not counted)
    if len(text) > 200 and len(text[:start].split()) + 1 + len(text[end:].split()) > 40:
        score -= 0.5
    return Candidate(candidate.start, candidate.end, reading, score, flaw, leans)


# "The trees of a forest behave [like a community]": what a thing is likened to is the
# point, however everyday its words.
_LIKENED = re.compile(r"(?:(?:much|rather|just|more|very)\s+)?like\s+(?:a|an|the)\s+\w", re.I)


# What a text says it does next, to a word of its own: "first define the term", "now turn
# to the question". (Its object names nothing: "define the term 'sect'" is not one.)
_TEXT_STEP = re.compile(
    r"(?:(?:first|now|then|next|briefly)\s+)?"
    r"(?:define|discuss|consider|examine|explain|clarify|look\s+at|turn\s+to|address)\s+"
    r"(?:the|this|that|these|those|our|its)\s+"
    r"(?:term|word|concept|notion|question|matter|problem|issue|topic|point)s?\s*\Z",
    re.IGNORECASE,
)


_ONLY_WHO = "the front would say nothing but who says it"
_OWN_POINT_WORDS = 7  # what an author's verb takes says a point of its own from this long
_PARTICLES = frozenset("out up off down back forth forward".split())


def _own_point(text: str, top: Candidate | None, fronts: set[str]) -> bool:
    """Whether a point's best blank, held back only because its front names no more than
    who says it and their verb, asks a point of its own: long enough, and read nowhere
    else ("Durkheim étudie [le totémisme des Aborigènes d'Australie, qu'il tient …]")."""
    if top is None or top.flaw != _ONLY_WHO or top.leans:
        return False
    # (a name and its verb right before the blank: not "Nor does it […]", "he is […]")
    said = text[: top.start].split()[-3:]
    if said and said[-1] in _PARTICLES:  # ("Moore sets out […]": a verb and its particle)
        said = said[:-1]
    said = said[-2:]
    return (
        len(said) == 2
        and said[0][:1].isupper()
        and said[0].lower() not in DEICTIC
        and said[0].lower() not in PRONOUNS
        and said[1].isalpha()
        and said[1].islower()
        and len(text[top.start : top.end].split()) >= _OWN_POINT_WORDS
        and _front(text, top) not in fronts
    )


# (what points back: the deictic words and the object pronouns of a later point)
_POINTING_WORDS = DEICTIC | frozenset(("its", "them", "him", "her"))


def _plain_point(text: str, top: Candidate | None, fronts: set[str]) -> bool:
    """Whether a point's best blank was held back only because its words are everyday,
    though it is what the point's verb says and closes it (`_closing_object`)."""
    return (
        top is not None
        and top.flaw.startswith(_EVERYDAY_OBJECT)
        and not top.leans
        and top.score + _EVERYDAY_PENALTY >= KEEP_SCORE
        and _front(text, top) not in fronts
    )


def _label_words(*names: str) -> frozenset[str]:
    """The words of the names a card's source label shows, of five letters or more (shorter
    ones, "like" or "bat", say too little to give an answer away)."""
    return frozenset(w for name in names for w in WORD_TOKEN.findall(name.lower()) if len(w) >= 5)


def _has_marked(spans: Inline, start: int, end: int) -> bool:
    """Whether the note marks (bold, highlight, code) something in [start, end)."""
    return any(
        begin < end and stop > start and emphasised(span) for begin, stop, span in positioned(spans)
    )


def _best(
    point: Reading, english: bool, first: bool, fronts: set[str]
) -> tuple[Candidate | None, Candidate | None]:
    """A point's best candidate whose front reads like no other claim's (or None), and its
    best candidate of all. Candidates are judged best reading first, and only while one
    could still win: judging takes points off, never adds them. In a later point of a
    sentence a pronoun subject ("…, and they act from …") stands for what the earlier
    point names."""
    readings = predicate_candidates(point, first) if english else foreign_candidates(point)
    proposed = [c for c in readings if c]
    proposed.sort(key=lambda c: -c.score)
    best: Candidate | None = None
    top: Candidate | None = None
    terms_asked = False
    index = 0
    while True:
        below = index == len(proposed) or proposed[index].score < _BEST_TERM_SCORE
        # No key term scores above a point the clause gave: they are looked for only when
        # no judged candidate is that good.
        if below and not terms_asked and (top is None or top.score < _BEST_TERM_SCORE):
            terms_asked = True
            proposed[index:] = sorted(
                [*proposed[index:], *term_candidates(point, english)],
                key=lambda c: -c.score,
            )
        if index == len(proposed) or (best is not None and proposed[index].score <= best.score):
            return best, top
        judged = _judged(point, proposed[index])
        index += 1
        if top is None or judged.score > top.score:
            top = judged
        keep = judged.score >= KEEP_SCORE and _front(point.text, judged) not in fronts
        if keep and (best is None or judged.score > best.score):
            best = judged


def _whole_clause(text: str) -> bool:
    """A subject, then a verb with something after it."""
    found = clause(text)
    return (
        found is not None
        and bool(found.subject)
        and not found.subject.endswith(",")  # "Wages, prices and rents": a list
        and len(text[found.verb_end :].split()) >= 1
    )


_TERM_MARKS = frozenset(("strong", "mark"))


# The first person opening a sentence in the other languages notes are kept in: the
# pronoun, or its elided form before a verb or an object pronoun.
_OPENS_IN_FIRST_PERSON = re.compile(
    r"(?:Je|J['’]|Ich|Yo|Io|Eu|Mi\s+(?:sembra|pare|piace)|Me\s+(?:parece|gusta)|Ho|He"
    # (after the object pronoun: "Le ho lette in una vecchia edizione", "L'ho letto")
    r"|(?:L[aeio]\s+|L['’])ho)"
    r"(?:\s|(?<=['’]))(?!est\b)"
    # (or a label the reader gives it in the first person: "Mio commento: …", "Mon avis :",
    # "Mi opinión:", "Meu comentário:", "Meine Meinung:")
    r"|(?:Mio|Mia|Mon|Ma|Mi|Meu|Minha|Mein|Meine)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:"
)


# A past participle opening an item, and the preposition of where or whom it came from.
_PAST_THEN_SOURCE = re.compile(
    r"(?:Borrowed|Adapted|Taken|Derived|Introduced|Coined|Developed|Proposed|Invented|"
    r"Named|Inspired)\s+(?:from|by|in)\s"
)


# A question, and one the reader follows with a note to self in brackets ("Weaker for
# complex stimuli? (check reading)"): the reader's doubt, not a claim of the work.
_ASKED = re.compile(r"\?(?:\s*\([^()]*\))?[.!]?$")


def _asks(text: str) -> bool:
    return _ASKED.search(text.rstrip()) is not None


def is_substantive(sentence: Sentence, text: str, english: bool = True, author: str = "") -> bool:
    words = text.split()
    if not english:  # only what every language shares: long enough, not a question
        # (and, as in English, a sentence the reader opens in the first person is the
        # reader's: "Je l'ai lu pour comprendre …", "Ich fand …"; a quotation's is not)
        readers = sentence.quotation is None and _OPENS_IN_FIRST_PERSON.match(text) is not None
        ends_well = not _asks(text) and not text.endswith(":")
        # (shorter, when its subject is a term it marks: "Los **ribosomas** fabrican las
        # proteínas."; not "Mosca la chiama **classe politica**", whose "la" points back)
        least = MIN_ITEM_WORDS if _opens_with_marked(sentence.spans) else MIN_WORDS
        return len(words) >= least and ends_well and not readers
    # A sentence that starts in lower case continues something (a formula, a list's lead).
    continuation = text[:1].islower() and not sentence.list_item
    # A bullet may be terse ("Larger samples increase power"): a whole clause is enough.
    # … and so may a sentence that marks a term ("She coined the term **radioactivity**.")
    long_enough = len(words) >= MIN_WORDS or (
        (sentence.list_item or any(s.marks & _TERM_MARKS for s in sentence.spans))
        and len(words) >= MIN_ITEM_WORDS
        # (or a sub-item whose subject is its item: "- follows from conservation of charge"
        # under "**Junction rule**: the currents entering … equal …")
        and (
            _whole_clause(text)
            or (bool(sentence.lead) and opens_with_its_verb(text))
            # (or an item that opens with a past participle and what it came from, its
            # subject the heading's: "- Borrowed from psychologist Robin Hogarth")
            or (sentence.list_item and _PAST_THEN_SOURCE.match(text) is not None)
        )
    )
    return (
        long_enough
        and not continuation
        and not _asks(text)
        and not text.endswith(":")
        # (in a quotation of the work, the first person is the author's: "The limits of my
        # language mean the limits of my world")
        and (
            sentence.quotation is not None
            or not _readers_first_person(_words_only(sentence, text), author)
        )
        and _FILLER.search(text) is None
        and _READERS_VERDICT.match(text) is None
        and _content_words(words, 3) == 3
    )


def _opens_with_marked(spans: Inline) -> bool:
    """Whether a marked term comes first, or after one word (an article)."""
    words = 0
    for span in spans:
        if span.marks & _TERM_MARKS and span.text.strip():
            return True
        words += len(span.text.split())
        if words > 1:
            return False
    return False


def _words_only(sentence: Sentence, text: str) -> str:
    """The sentence's text without its formulas and code ("\\lambda I" holds no "I")."""
    if not any(span.kind in ("math", "code") for span in sentence.spans):
        return text
    return "".join(span.text for span in sentence.spans if span.kind not in ("math", "code"))


def _readers_first_person(text: str, author: str) -> bool:
    """First person is the reader's, unless the author opens the sentence and the "I" comes
    in the example after a colon ("Singer illustrates it with a drowning child: if I am
    walking past …"); "Singer is right, I think" stays the reader's. A sentence that opens
    with the reader's voice ("Honestly, …", "IMO …") is the reader's too."""
    if _READERS_OPENING.match(text):
        return True
    found = _first_person(text)
    if found is not None and found.start() and ('"' in text or "“" in text or "«" in text):
        # A quoted "I" is someone else's ('the question "by whom am I governed?"').
        quoted = [m.span() for m in _QUOTATION.finditer(text)]
        unquoted = (
            m
            for m in _FIRST_PERSON.finditer(text)
            if not _inside(m.start(), quoted) and not _numeral_i(text, m)
        )
        found = next(unquoted, None)
    if found is None:
        return False
    if not (author and text.startswith(author)):
        return True
    # The author's own example in the first person: after a colon ("Singer illustrates it
    # with a drowning child: if I …"), or in the case the author sets out ("Parfit imagines
    # a case in which my brain is divided …")
    colon = text.find(": ")
    case = _CASE_OPENING.search(text, 0, found.start())
    return not (0 < colon < found.start() or case is not None)


def _first_person(text: str) -> re.Match[str] | None:
    """The first "I", "my", "me" or "mine" of the text that is a pronoun."""
    return next((m for m in _FIRST_PERSON.finditer(text) if not _numeral_i(text, m)), None)


def _numeral_i(text: str, found: re.Match[str]) -> bool:
    """Whether an "I" is a numeral after a noun ("photosystem I", "World War I", "Henry I"),
    not the pronoun."""
    if found.group() != "I":
        return False
    if _REFERENCE_AFTER.match(text, found.end()):
        return True  # (a reference to a book's part and line: "(I.150)", "I.1–43", "I, 215")
    before = text[max(0, found.start() - 30) : found.start()].split()
    word = before[-1].lower() if before else ""  # (after a comma it is a clause's: ", I think")
    return word.isalpha() and "NOUN" in word_classes(word) and word not in STOPWORDS


_REFERENCE_AFTER = re.compile(r"[.,:]\s?\d")


_CASE_OPENING = re.compile(
    r"\b(?:imagines|supposes|describes|considers|asks us to imagine)\s+(?:a|an|the)\s+"
    r"(?:case|situation|scenario|world|example)\s+(?:in which|where|of)\b"
)


def _inside(at: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < at < end for start, end in ranges)


def _content_words(words: list[str], enough: int) -> int:
    """How many of `words` are not stop words, counted up to `enough` (most sentences have
    that many in their first few words: the rest need not be looked up)."""
    found = 0
    for word in words:
        if word.lower() not in STOPWORDS:
            found += 1
            if found == enough:
                break
    return found


def _english_claim(
    spans: Inline, text: str, before: Sentence | None, topic: str = ""
) -> tuple[str, Inline, int, str]:
    """An English sentence as its claim is read: its text and spans without a lead that only
    points back and with its pronouns resolved, where the claim starts, and the words it is
    known by (as read before a later clause's pronoun was resolved: a card made before that
    rule keeps its GUID)."""
    start = content_start(text)
    spans, text = _reread(spans, text, without_pointing_lead(spans, text, start))
    spans, text = _reread(spans, text, resolved(spans, text, start, before, topic))
    # (known by its words from where the first frames read it to start: a card made before a
    # later frame was read keeps its GUID)
    known_by = text[identity_start(text, start) :]
    if " is that " in text:
        # "Diamond's short answer is that X": X is the claim (read past after the words
        # the claim is known by: that rule came later)
        found = THESIS_FRAME.match(text, start)
        start = found.end() if found else start
    spans, text = _reread(spans, text, resolved_inside(spans, text, start))
    spans, text = _reread(spans, text, resolved_after_condition(spans, text, start))
    spans, text = _reread(spans, text, resolved_after_reason(spans, text, start))
    spans, text = _reread(spans, text, resolved_object(spans, text, start, before))
    return text, spans, start, known_by


def _reread(spans: Inline, text: str, changed: Inline) -> tuple[Inline, str]:
    """`changed` and its text, made afresh only when a step changed the spans (most leave
    them as they are)."""
    return (spans, text) if changed is spans else (changed, plain_text(changed))


def claim_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    english = doc.source.language == "en"
    name = author_name(doc.source)
    avoid = frozenset(
        w.lower() for w in (name, doc.source.author, doc.source.title, doc.source.year) if w
    )
    speakers = frozenset(w.lower() for w in (name, *doc.source.author.split()) if w)
    doc_names = _Names(avoid, _label_words(doc.source.short_title, name), speakers)
    topic = concept_named(doc.note.path.stem)
    anchors: Counter[str] = Counter()
    # Every card's front so far, by the sentence shown before it (a list item's lead): no
    # two claims may read the same ("- follows from [conservation of energy]" under two items)
    fronts_after: dict[str, set[str]] = {}
    # What a list item whose subject points back was read after (its sentence's key).
    leads_of: dict[tuple[int, int, int], Sentence] = {}
    previous: Sentence | None = None  # the sentence before, a claim or not
    # Paragraphs that open in the reader's first person: what follows in them is the
    # reader's too, unless it names the author.
    readers_blocks: set = set()
    carried = NOTHING_CARRIED  # what a run of paragraphs opening with "it" stands for
    for sentence in sentences:
        before = previous if previous and _read_on(previous, sentence) else None
        # What may come first on the card when the subject points back: the sentence before
        # in the paragraph, or the paragraph before's last, when this one goes on from it
        # ("Moses built …" / "His Cross-Bronx Expressway cut through …"; what a pronoun
        # stands for is still read only within a paragraph)
        leading = before
        if (
            before is None
            and previous is not None
            and english
            and _paragraph_after_paragraph(previous, sentence)
            # (never the reader's: "Compare with the chapter we read in October.", nor what
            # follows the reader's first person in a paragraph, "I am not sure … . The guild
            # still fixed …")
            and previous.block_key not in readers_blocks
            and is_substantive(previous, previous_text := plain_text(previous.spans), english, name)
            and _OURS.search(previous_text) is None
        ):
            leading = previous
        if english and not sentence.index and not sentence.list_item:
            opening = plain_text(sentence.named).lstrip()
            carried = carried_referent(sentence, opening, previous, carried)
        previous = sentence
        if sentence.key in used:
            continue
        spans = strip_spans(sentence.named)
        text = plain_text(spans)
        fronts = fronts_after.setdefault(plain_text(sentence.lead), set())
        if sentence.block_key in readers_blocks and not (name and name in text):
            continue  # ("I'm not sure this holds up. [But the point … is still sharp.]")
        if not is_substantive(sentence, text, english, name):
            value = labelled_value(sentence, text) or feature_fragment(
                sentence, text, doc.source.language, doc.source.title
            )
            valued = _value_draft(doc, sentence, spans, value, anchors) if value else None
            if valued is not None:
                # "- Capital: Cusco": no clause, yet the value is what the item says
                drafts.append(valued)
                consumed.add(sentence.key)
                continue
            opens = sentence.index == 0 and sentence.quotation is None
            if english and opens and _readers_first_person(text, name):
                readers_blocks.add(sentence.block_key)  # (the rest of it is the reader's too)
            continue
        # The sentence before, when it reads alone: a subject that points back may be read
        # after it, and so may what a sentence says against its denial.
        before_text = plain_text(leading.spans) if leading is not None else ""
        if before_text and not _opens_alone(before_text):
            before_text = ""
        answers_denial = english and bool(before_text) and _answers_denial(text, before_text)
        lead_text = before_text.lower()
        # (a list item's front opens with the sentence that introduces its list: its words are
        # shown too, "… sorted galaxies by shape …: Irregular galaxies have [no regular shape]")
        names = (
            doc_names._replace(label=doc_names.label | _label_words(plain_text(sentence.lead)))
            if sentence.lead
            else doc_names
        )
        if english:
            unframed = without_aside_frame(spans, text, speakers)
            framed_known_by = ""
            if unframed is not spans:
                # Known by its words as read with the aside frame in: a card made before
                # frames were taken out keeps its GUID.
                framed_known_by = _english_claim(spans, text, before)[3]
                spans, text = unframed, plain_text(unframed)
            if carried[1] and before is None and not sentence.index and not sentence.list_item:
                # ("It is **limited** because …" after the paragraph that defines the nation:
                # known by its words as written, a card made before keeps its GUID)
                framed_known_by = framed_known_by or _english_claim(spans, text, before)[3]
                spans = with_carried(spans, text, carried[1])
                text = plain_text(spans)
            text, spans, start, known_by = _english_claim(spans, text, before, topic)
            known_by = framed_known_by or known_by
        else:
            start = claim_start(text, doc.source.language)
            # (known by its words after the first frames: a card made before the later
            # ones keeps its GUID; and as written, before a pronoun that opens it was named,
            # "Er verwirft …")
            written = plain_text(sentence.spans).strip()
            known = written if written.split(None, 1)[:1] != text.split(None, 1)[:1] else text
            known_by = known[claim_start(known, doc.source.language, first_frames=True) :]
        points = (
            claim_points(text, start)
            if english
            else foreign_claim_points(text, start, doc.source.language)
        )
        chosen: list[Candidate] = []  # each point's blank (and a second one), in note order
        kept: list[tuple[int, int]] = []
        held: Candidate | None = None
        pending = -1  # the start of a point that made no card and has none before it
        bullet = sentence.list_item
        for begin, end in points:
            own = begin
            if pending >= 0:
                begin, pending = pending, -1
            best, top = _choose(
                spans, text, (begin, end, start), doc, names, fronts, not kept, lead_text, bullet
            )
            if begin != own:
                # Read with the point before, which asked nothing: the point alone may ask
                # more ("… illustrates it with a drowning child: if I see a child drowning, I …").
                alone, _ = _choose(
                    spans, text, (own, end, start), doc, names, fronts, True, lead_text, bullet
                )
                # (as good alone after a semicolon, it is asked alone: a blank never holds
                # a clause of its own after one, "dure [plusieurs semaines ; la faim …]")
                after_semicolon = text[:own].rstrip().endswith(";")
                if alone is not None and (
                    best is None
                    or alone.score > best.score
                    or (after_semicolon and alone.score == best.score and not alone.leans)
                ):
                    best, begin = alone, own
            if (
                best is None
                and kept
                and _plain_point(text, top, fronts)
                and top is not None
                and not _POINTING_WORDS.intersection(text[top.start : top.end].lower().split())
            ):
                # "…, and in September 1931 Britain left [the gold standard]": a later point
                # said in everyday words is still asked on its own, not merged (not one that
                # points back: "may [fall outside it]")
                best = top
            if best is None and kept:
                # A later point that makes no card of its own stays with the one before it
                # ("… a single point of view, and a physical theory will abandon that point
                # of view"): that point is asked whole, as if never split.
                merged = (kept[-1][0], end)
                # (the point before may have asked two blanks: both give way to the merge)
                asked_before = [c for c in chosen if c.start >= merged[0]]
                fronts.difference_update(_front(text, c) for c in asked_before)
                again, _ = _choose(
                    spans,
                    text,
                    (*merged, start),
                    doc,
                    names,
                    fronts,
                    len(kept) == 1,
                    lead_text,
                    bullet,
                )
                if again is None:
                    fronts.update(_front(text, c) for c in asked_before)
                else:
                    # (and what it asks whole may hold two points of its own: "built [a new
                    # sewer system] and brought [spring water …], while …")
                    del chosen[len(chosen) - len(asked_before) :]
                    kept.pop()
                    best, begin = again, merged[0]
            if best is None and _own_point(text, top, fronts):
                # "Keegan blames […]" says only who when the rest is short; when what his verb
                # takes says a point of its own and nothing else can be asked, that is asked
                best = top
            if best is None and len(points) == 1 and _plain_point(text, top, fronts):
                # "Intellectual freedom depends on [material things]": a sentence whose only
                # point is said in everyday words is asked so
                best = top
            if best is None:
                pending = begin if not kept else -1  # ... and one with none before goes on
                held = held or top
                continue
            where = (begin, end, start)
            point = _point_of(spans, text, where, doc, names)
            rest = None
            conceded = _cut_short(point, best, splits.before_concession)
            if conceded is not None:
                # "were reported [to be over 120 metres long …], though some historians doubt
                # these figures": the concession qualifies the point, on the front
                best = replace(conceded, leans=conceded.leans or best.leans)
            past_term = _past_marked_term(point, best)
            if past_term is not None and _front(text, past_term) not in fronts:
                # "serves as a **secure base** [from which the child explores …]": the term the
                # reader marked stays on the front, and what the sentence says of it is asked
                best = replace(past_term, leans=best.leans)
            glossed = _before_glossed_term(point, best) if past_term is None else None
            if glossed is not None and _front(text, glossed) not in fronts:
                # "… because [the system lacked a **stabilizer**]: a country willing …": the
                # term's gloss is its definition card's answer, and here the front's
                best = replace(glossed, leans=glossed.leans or best.leans)
            second = _second_point(point, best)
            later = _later_point_alone(point, best) if second is None else None
            if later is not None and _front(text, later) not in fronts:
                # "… is the focus; the point on the surface directly above it is [the
                # epicentre]": where the first of two points is not worth asking, it stays on
                # the front and the second is asked
                best = replace(later, leans=later.leans or best.leans)
            if second is not None and _front(text, second[1]) not in fronts:
                # "Hitler failed [in the Munich putsch …] and spent [nine months in …]": a
                # second verb of the same subject inside the blank is a second point (and
                # leans on the sentence before as the whole did: "They met […], so that …")
                best, rest = (replace(c, leans=c.leans or best.leans) for c in second)
            shortened = (
                None if rest is not None else _cut_short(point, best, splits.before_relative)
            )
            semicolon = (
                None
                if rest is not None or shortened is not None
                else _cut_short(point, best, splits.before_semicolon)
            )
            if semicolon is not None:
                # "Vitamin B12 is found [almost only in animal foods]; vegans need …": a clause
                # of its own after a semicolon is no part of the answer (it stays on the front,
                # and is asked too when it says a point of its own)
                best = replace(semicolon, leans=semicolon.leans or best.leans)
                rest = _rest_of_point(
                    spans, text, best, where, doc, names, fronts | {_front(text, best)}
                )
            if shortened is not None:
                # "… rested [on the Entente Cordiale of 1904], which [settled colonial
                # disputes …]": a relative clause inside the blank is a second point
                shortened = replace(shortened, leans=shortened.leans or best.leans)
                rest = _rest_of_point(
                    spans, text, shortened, where, doc, names, fronts | {_front(text, shortened)}
                )
                best = shortened if rest is not None else best
            relative = _relative_point(point, best, fronts) if rest is None else None
            explained = _after_colon_point(point, best, fronts) if rest is None else None
            if relative is None and explained is not None:
                # "El primer título legítimo es [la sociedad …]: [por derecho de gentes, los
                # españoles pueden viajar …]": in another language, what a colon after the
                # blank explains is a second point
                rest = explained
            if relative is not None:
                # "Le Goff défend [l'idée d'un long Moyen Âge], qui se prolongerait [jusqu'à
                # la fin du XVIIIe siècle]": in another language too, what a relative clause
                # inside the blank says is a second point
                best, rest = relative
            elif rest is None and explained is None and point.language != "en":
                # (and a blank too long to recall whole is cut in two, as in English)
                halves = (
                    _two_blanks(
                        point,
                        best,
                        splits.foreign_long_halves(text, best.start, best.end, point.language),
                    )
                    if best.reading in _PREDICATES
                    else None
                )
                if halves is not None and _front(text, halves[1]) not in fronts:
                    best, rest = halves
            chosen.append(best)
            kept.append((begin, end))
            fronts.add(_front(text, best))
            if rest is None:
                rest = _rest_of_point(spans, text, best, where, doc, names, fronts)
                rest = replace(rest, leans=rest.leans or best.leans) if rest else None
            if rest is not None:  # a point too long for one blank: what the first leaves
                chosen.append(rest)
                fronts.add(_front(text, rest))
        dated = chosen[0] if len(chosen) == 1 and chosen[0].reading == "dated" else None
        if dated is not None and points:
            # "[May]: Brownian motion is evidence [that atoms exist …]": a timeline's line
            # asks when, and what its statement says too (when nothing else of it is asked)
            where = (dated.start, points[-1][1], start)
            stated = _dated_statement(spans, text, dated, where, doc, names, fronts, bullet)
            if stated is not None:
                fronts.add(_front(text, stated))
                chosen.append(stated)
        lead = sentence.lead
        if answers_denial and chosen and not lead and leading is not None:
            # "…, the colonists did not see clumsy policies. They saw [a conspiracy …]": what
            # it is stands against what it is not, which the sentence before says
            lead = strip_spans(leading.named)
        if any(c.leans for c in chosen):
            # Its subject points back ("This made the stars resented …"): the sentence before
            # comes first on the card, or there is no card.
            if leading is not None and not _read_on_alone(leading):
                # (a lead whose own subject points back says no more; but the items of a
                # list whose subjects all point back point to what the first item's does:
                # "- These acts require …" / "- They rely on …" after "Scott calls these …")
                leading = leads_of.get(leading.key) if sentence.list_item else None
            lead = strip_spans(leading.named) if leading is not None else ()
            if leading is not None and sentence.list_item:
                leads_of[sentence.key] = leading
            if not lead:
                held = held or replace(chosen[0], flaw="its subject points back")
                chosen = []
        # A blank inside a formula or code asks for a piece of its source, not a point.
        if any(span.kind in ("code", "math") for span in spans):
            chosen = [c for c in chosen if not cuts_atomic(spans, c.start, c.end)]
            if held is not None and cuts_atomic(spans, held.start, held.end):
                held = None
        if not chosen and sentence.list_item and english:
            # (an item read as a clause that asks nothing may be a noun phrase whose noun
            # looked like a verb: "- Round arches throughout", "- Objects broken into facets")
            original = strip_spans(sentence.named)
            fragment = feature_fragment(
                sentence, plain_text(original), doc.source.language, doc.source.title
            )
            featured = (
                _value_draft(doc, sentence, original, fragment, anchors) if fragment else None
            )
            if featured is not None:
                drafts.append(featured)
                consumed.add(sentence.key)
                continue
        if not chosen and held is None:
            continue
        consumed.add(sentence.key)
        anchor = _claim_anchor(sentence, known_by, anchors)
        marked = spans
        asked = chosen or ([held] if held is not None else [])
        for number, found in enumerate(asked, 1):
            marks = ("cloze",) if number == 1 else ("cloze", f"c{number}")
            marked = mark_range(marked, found.start, found.end, *marks)
        # (a section a heading gives to another speaker, "## Dissent (Andrews)", is theirs)
        source = section_source(doc.source, sentence.section)
        front = with_source(_after_lead(lead, marked), source, sentence.quotation)
        front = with_topic(front, sentence.section, doc)
        draft = sentence_draft(doc, sentence, "claim", anchor, front, ())
        if not chosen and held is not None:
            draft = replace(draft, held_back=held.flaw or "no point worth asking")
        drafts.append(draft)
    return drafts, consumed


def _value_draft(
    doc: Document,
    sentence: Sentence,
    spans: Inline,
    value: tuple[int, int],
    anchors: Counter[str],
) -> Draft | None:
    """The card of a labelled value ("Capital: [Cusco]") or of what a noun-phrase item says
    of its noun ("Muted palette of [browns and greys]"), known as any claim is, by its
    section and opening words; none when nothing on the front says what the value is of
    (no list lead and no section topic: "Commercial agreements: […]" under a long heading)."""
    marked = mark_range(spans, *value, "cloze")
    source = section_source(doc.source, sentence.section)
    front = with_source(_after_lead(sentence.lead, marked), source)
    topical = with_topic(front, sentence.section, doc)
    if topical is front and not sentence.lead:
        return None
    anchor = _claim_anchor(sentence, plain_text(spans), anchors)
    return sentence_draft(doc, sentence, "claim", anchor, topical, ())


def _claim_anchor(sentence: Sentence, known_by: str, anchors: Counter[str]) -> str:
    """What a claim is known by: its section and its first six words (`known_by`'s), or all
    of them when a claim of the section before opened alike (`anchors` counts them)."""
    section = "/".join(sentence.section)
    anchor = f"claim:{section}:{_opening_words(known_by, 6)}"
    anchors[anchor] += 1
    if anchors[anchor] > 1:  # two claims of a section open alike: more words tell them apart
        anchor = f"claim:{section}:{_opening_words(known_by, 99)}"
    return anchor


# Words of a file name that name the note, not a concept it is about.
_NOT_A_CONCEPT = frozenset(
    "notes note lecture lec chapter ch summary highlights reading readings week session "
    "class seminar review draft index moc todo".split()
)


_CONCEPT_WORDS = 4


_SHORTEST_CONCEPT = 4


def concept_named(stem: str) -> str:
    """The concept a note's file name names ("Desirable difficulties", "Jevons paradox"), in
    lower case but for its names; or "" for a file named after a work, a lecture or a list."""
    words = stem.split()
    if not 1 <= len(words) <= _CONCEPT_WORDS or any(c in stem for c in "-–—(),:0123456789"):
        return ""
    if len(stem) < _SHORTEST_CONCEPT:
        return ""  # ("f.md", "x.md": a name, not a concept)
    if any(w.lower() in _NOT_A_CONCEPT for w in words):
        return ""
    return " ".join([words[0].lower() if words[0][1:].islower() else words[0], *words[1:]])


_SUBJECT_PRONOUNS = frozenset(("It", "They", "He", "She"))


def _answers_denial(text: str, denied: str) -> bool:
    """Whether a sentence that opens with a pronoun says what the one before (`denied`, which
    reads alone) denies ("The market is not a natural order. It is a political creation.")."""
    if text.split(None, 1)[0] not in _SUBJECT_PRONOUNS:
        return False
    # (not one that says both itself: "… is not when a theory is true but when …")
    return _DENIED.search(denied) is not None and " but " not in denied


def _read_on_alone(sentence: Sentence) -> bool:
    """Whether a sentence, read first on a card, does not itself open with a pronoun."""
    return _opens_alone(plain_text(sentence.spans))


def _opens_alone(text: str) -> bool:
    """Whether a sentence's text does not open with a pronoun."""
    words = text.split(None, 1)
    return not words or words[0].lower() not in DEICTIC


def _read_on(previous: Sentence, sentence: Sentence) -> bool:
    """Whether `sentence` is read after `previous`, its pronouns standing for what that one
    is about: the next sentence of a paragraph or item, or the next item of a list ("-
    Refactoring improves the design …" / "- It makes software easier to understand"), or
    a list's first item after the paragraph before it."""
    if previous.block_key == sentence.block_key:
        return True
    # (also the first item of a list right after a paragraph: "**CLT**: … converges …" /
    # "- It holds whatever the shape …")
    return (
        sentence.list_item
        and sentence.index == 0
        and previous.section == sentence.section
        and not sentence.lead
    )


_OURS = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")


def _paragraph_after_paragraph(previous: Sentence, sentence: Sentence) -> bool:
    """Whether `sentence` opens a paragraph right after a paragraph of the same section."""
    return (
        sentence.index == 0
        and not sentence.list_item
        and not previous.list_item
        and previous.section == sentence.section
        and previous.quotation is None
        and sentence.quotation is None
    )


def _choose(
    spans: Inline,
    text: str,
    where: tuple[int, int, int],
    doc: Document,
    names: _Names,
    fronts: set[str],
    first: bool,
    lead: str = "",
    bullet: bool = False,
) -> tuple[Candidate | None, Candidate | None]:
    """The blank of one point ([begin, end), in a claim opening at `opening`): its best
    candidate that makes a card no other claim's front reads like, or None; and its best
    candidate of all, to say why it was held back."""
    begin, end, opening = where
    english = doc.source.language == "en"
    point = Reading(spans, text, begin, end, opening, doc.source.language, *names, lead, bullet)
    best, top = _best(point, english, first, fronts)
    if best is not None or top is None:
        return best, None
    if top.score >= KEEP_SCORE:
        top = replace(top, flaw="the same front as an earlier card")
    return None, top


def _dated_statement(
    spans: Inline,
    text: str,
    dated: Candidate,
    where: tuple[int, int, int],
    doc: Document,
    names: _Names,
    fronts: set[str],
    bullet: bool,
) -> Candidate | None:
    """A second blank for the statement after a timeline line's date ("1839: the emperor
    sent Lin Zexu to Canton [to stop the trade]"), read as a point of its own, when it has a
    clause with its subject and is worth asking; or None."""
    _, end, _ = where
    colon = _COLON_AFTER.match(text, dated.end, end)
    if colon is None:
        return None
    found = clause(text[:end], colon.end())
    subject = found.subject.split() if found is not None else []
    if (
        subject
        and subject[0].lower() not in PREPOSITIONS
        and all(w[-1] not in ",;" for w in subject)
    ):
        statement = (colon.end(), end, colon.end())
        best, _ = _choose(spans, text, statement, doc, names, fronts, False, "", bullet)
        if best is not None and best.reading != "dated":
            return best
    if doc.source.language != "en":
        return None
    # ("[Aug 1791]: slave uprising [in the Northern Plain, begun after …]": a statement with
    # no verb, or none the clause reader asks, asks what it says of its noun, `fragments`;
    # not a verb alone, "1898: with Pierre Curie discovers …", which opens no noun phrase)
    shown = " ".join((text[: colon.end()], doc.source.title))
    fragment = phrase_fragment(text[colon.end() : end], "en", shown)
    if fragment is None:
        return None
    at, stop = (colon.end() + offset for offset in fragment)
    stated = Candidate(at, stop, "predicate", READING_SCORE["predicate"])
    return None if _front(text, stated) in fronts else stated


def _after_lead(lead: Inline, spans: Inline) -> Inline:
    """A claim after what it is read with: a list item's after the sentence that introduces
    its list ("Each herdsman asks what one more animal is worth to him: the positive
    component is […]"), a claim whose subject points back after the sentence before."""
    if not lead:
        return spans
    lead = strip_spans(lead)
    # (an item a sub-item goes on from has no stop of its own: "… + noise², so reducing …")
    stopped = plain_text(lead).rstrip()[-1:] in '.:;!?…"”’'
    return join(lead, text_spans(" " if stopped else ", "), spans)


# What opens the rest of a point cut short, a relative clause, and stays on the front:
# "… a political center [that could] operate within …".
_REST_OPENING = re.compile(
    r"[\s,]*(?:that|which|who|whose)\s+(?:(?:could|can|would|will|may|might|must|should|also)\s+)*"
)


_REST_WORDS = 4  # a rest shorter than this stays on the front as the first blank's context


def _rest_of_point(
    spans: Inline,
    text: str,
    asked: Candidate,
    where: tuple[int, int, int],
    doc: Document,
    names: _Names,
    fronts: set[str],
) -> Candidate | None:
    """A second blank for what a point's first blank, cut short, leaves of it ("Lenin's
    course was always […] that could […]"), when it is worth asking."""
    _, end, opening = where
    if asked.reading not in (*_PREDICATES, "reason", "contrast") or asked.end >= end:
        return None
    opened = _REST_OPENING.match(text, asked.end)
    if opened is None:  # not a relative clause: an aside, or another point
        return None
    rest = opened.end()
    words = text[rest:end].split()
    while len(words) > 1 and is_adverb(words[0]):
        # ("…, which greatly [increase the absorbing surface]": its adverb stays on the front)
        rest = text.index(words[1], rest + len(words[0]))
        words = words[1:]
    # Only the rest of the same predicate, a verb phrase ("… that could operate within …"):
    # a clause with its own subject ("…, which Smith gives as …") is another point.
    if len(words) < _REST_WORDS or "VERB" not in word_classes(words[0].strip(",;:").lower()):
        return None
    point = Reading(spans, text, rest, end, opening, doc.source.language, *names)
    stop = blank_end(text, rest, end)
    judged = _kept_blank(point, rest, stop, "predicate") if stop > 0 else None
    if judged is None or _front(text, judged) in fronts:
        return None
    return judged


# A colon right after a blank, and what it explains.
_COLON_AFTER = re.compile(r"\s*:\s+")


def _explained_after(text: str, end: int, stop: int) -> int | None:
    """Where the statement that a colon right after `end` opens starts, when it says enough
    (at least `_REST_WORDS` words before `stop`); or None."""
    colon = _COLON_AFTER.match(text, end, stop)
    if colon is None or len(text[colon.end() : stop].split()) < _REST_WORDS:
        return None
    return colon.end()


def _after_colon_point(point: Reading, asked: Candidate, fronts: set[str]) -> Candidate | None:
    """A second blank, in another language, for the statement a colon right after a
    predicate's blank opens, when it says enough and is worth asking; or None."""
    if asked.reading not in _PREDICATES or point.language == "en":
        return None
    after = _explained_after(point.text, asked.end, point.end)
    if after is None:
        return None
    stop = blank_end(point.text, after, point.end)
    judged = _kept_blank(point, after, stop, "after-colon") if stop > 0 else None
    if judged is None or _front(point.text, judged) in fronts:
        return None
    return judged


def _relative_point(
    point: Reading, asked: Candidate, fronts: set[str]
) -> tuple[Candidate, Candidate] | None:
    """A predicate's blank in another language cut before the relative clause it holds, and
    a second blank for what the relative's verb introduces, when both are worth asking; or
    None."""
    if asked.reading not in _PREDICATES or point.language == "en":
        return None
    found = relative_clause(point.text, asked.start, asked.end, point.language)
    if found is None:
        return None
    cut, rest, said_end = found
    first = _kept_blank(point, asked.start, cut, asked.reading)
    stop = blank_end(point.text, rest, said_end)
    second = _kept_blank(point, rest, stop, "predicate") if stop > 0 else None
    if first is None or second is None or _front(point.text, second) in fronts:
        return None
    leans = asked.leans
    return replace(first, leans=first.leans or leans), replace(second, leans=second.leans or leans)


def _kept_blank(point: Reading, start: int, end: int, reading: str) -> Candidate | None:
    """The blank [start, end) of `point` as `reading`, judged, when it is worth asking (its
    score after its flaws reaches `KEEP_SCORE`); or None."""
    found = scored_blank(point, start, end, reading)
    if found is None:
        return None
    judged = _judged(point, found)
    return judged if judged.score >= KEEP_SCORE else None


def _point_of(
    spans: Inline, text: str, where: tuple[int, int, int], doc: Document, names: _Names
) -> Reading:
    """The point [begin, end) of a claim opening at `opening` (`where`), as readings see it."""
    begin, end, opening = where
    return Reading(spans, text, begin, end, opening, doc.source.language, *names)


def _two_blanks(
    point: Reading, asked: Candidate, found: Cut | None
) -> tuple[Candidate, Candidate] | None:
    """`asked` cut where `found` says, and its second blank, both judged anew as `point`'s;
    or None when there is no cut or either blank is not worth asking."""
    if found is None:
        return None
    begin = found.first_start if found.first_start >= 0 else asked.start
    first = _kept_blank(point, begin, found.cut, asked.reading)
    second = (
        _kept_blank(point, found.second_start, found.second_stop, "predicate")
        if found.second_stop > 0
        else None
    )
    if first is None or second is None:
        return None
    return first, second


# Readings that ask what the main clause says of its subject.
_PREDICATES = ("predicate", "statement", "passive")
# What ends the clause a blank was cut short in: a colon, a semicolon, a dash.
_REST_OF_CLAUSE = re.compile(r"[;:]\s|\s[—–]\s")
# Where a second point begins inside a predicate's blank, in the order they are tried.
_SPLITS = (
    splits.told_from,
    splits.parallel_clause,
    splits.second_predicate,
    splits.same_opener_twice,
    splits.result_clause,
    splits.with_phrase,
    splits.contrast,
    splits.participle_phrase,
    splits.appositive,
    splits.when_clause,
    splits.time_phrase,
    splits.reason_clause,
    splits.point_and_condition,
    splits.gapped,
    splits.purpose,
    splits.led_by,
    splits.consequence,
    splits.place_and_year,
    splits.explained_after_colon,
    splits.glossed_after_colon,
    splits.long_halves,
)

_ENGLISH_SPLITS = frozenset(
    (splits.second_predicate, splits.appositive, splits.glossed_after_colon, splits.long_halves)
)
# Splits whose English words find nothing in the other languages, where their own words
# find the same thing.
_ALSO_IN_OTHER_LANGUAGES = {
    splits.with_phrase: splits.foreign_with_phrase,
    splits.participle_phrase: splits.foreign_participle_phrase,
}
# … and the splits that read the same in the other languages, by their own words.
_IN_OTHER_LANGUAGES = {
    splits.second_predicate: splits.foreign_second_predicate,
    splits.appositive: splits.foreign_appositive,
}


def _second_point(point: Reading, asked: Candidate) -> tuple[Candidate, Candidate] | None:
    """A predicate's blank cut in two where a second point begins inside it (`splits`),
    both blanks judged anew; or None."""
    text, start, end = point.text, asked.start, asked.end
    if asked.reading in _MAKERS:
        return _maker_and_claim(point, asked)
    # (read to the point's end: the blank may hold only the first thing's marked name,
    # "distingue una tendenza [**aristocratica**], per cui …")
    told_apart = splits.distinction(text, start, point.end)
    if told_apart is not None:
        # "distinguishes A, which [is …], from B, which [is …]": what sets each apart
        first, second = (_kept_blank(point, *where, "predicate") for where in told_apart)
        if first is not None and second is not None:
            return first, second
    if asked.reading in _PREDICATES:
        for cut in _SPLITS:
            also = _ALSO_IN_OTHER_LANGUAGES.get(cut) if point.language != "en" else None
            if also is not None:
                # (what went with it, after its own word: ", com [a Revolução …]"; what a
                # participle after a comma says: ", escrita em [oitava rima …]")
                found = _two_blanks(point, asked, also(text, start, end, point.language))
                if found is not None:
                    return found
            if cut in _ENGLISH_SPLITS and point.language != "en":
                # (its words are English ones: "an dem", "a convicção" are not; the other
                # languages have their own, where they have one)
                foreign = _IN_OTHER_LANGUAGES.get(cut)
                cutting = foreign(text, start, end, point.language) if foreign else None
            else:
                cutting = cut(text, start, end)
            found = _two_blanks(point, asked, cutting)
            if found is not None:
                return found
        rest = _REST_OF_CLAUSE.search(text, end, point.end)
        read = text
        if rest is not None and rest.group().strip() in "—–":
            # (an aside between dashes ends no clause, and its words are no verbs of the
            # subject: "names [three constitutions] — kingship, aristocracy and democracy —
            # and says [each degenerates …]")
            closing = text.find(rest.group(), rest.end(), point.end)
            if closing > 0:
                read = f"{text[: rest.end()]}{' ' * (closing - rest.end())}{text[closing:]}"
                rest = _REST_OF_CLAUSE.search(text, closing + len(rest.group()), point.end)
        stop = rest.start() if rest is not None else point.end
        if end < stop and text[end:stop].strip(" ."):
            # A blank cut short leaves the rest of its point on the front; a second verb of
            # the same subject there is asked too ("appointed [Haussmann prefect of the
            # Seine in 1853] and gave [him a map …]")
            second = splits.second_predicate(read, start, stop)
            if second is not None and second.cut >= end:
                # (the first blank stays as it was before an aside between dashes)
                second = second._replace(cut=end) if read is not text else second
                return _two_blanks(point, asked, second)
            # (and what a concession there grants: ", though they had often built [the
            # new drives in their labs first]")
            return _two_blanks(point, asked, splits.conceded(text, end, stop))
        if rest is not None and rest.group().startswith(":"):
            # (what the clause after the colon that closes the blank says: "…: the price of
            # babies in the adoption market [rose as …]")
            return _two_blanks(point, asked, splits.explained_after_blank(text, end, point.end))
        return None
    if asked.reading == "preferred":  # ("above all [a project …], rather than [a plan …]")
        return _two_blanks(point, asked, splits.contrast(text, start, end))
    return None


def _later_point_alone(point: Reading, asked: Candidate) -> Candidate | None:
    """What follows an arrow, or the clause of its own after a semicolon, that a predicate's
    blank holds, judged anew, when what comes before is not worth asking (it stays on the
    front: "More parties [→ coalition governments]", "… the new key; the exposition is
    [usually repeated]"), and the condition a word or two of it hold on ("Ice sheets grow
    when [northern summers are cool …]"); or None. (Only there: before ", because" or ",
    while" the first point is the main one, and an everyday answer may still be it:
    "writing was [a respectable profession for women] because …".)"""
    if asked.reading not in _PREDICATES:
        return None
    text, start, end = point.text, asked.start, asked.end
    found = splits.consequence(text, start, end)
    conditioned = splits.condition(text, start, end) if found is None else None
    if found is None and "; " in text[start:end]:
        found = splits.result_clause(text, start, end)
        found = found if found is not None and text[found.cut] == ";" else None
    if conditioned is not None:
        # "Growth is fastest when [the population is at half …]": a word or two hold on
        # the condition, which is the point (and they stay on the front)
        found = conditioned
    elif found is None or found.second_stop <= 0:
        return None
    elif found.cut > start and _kept_blank(point, start, found.cut, asked.reading) is not None:
        return None  # (both are worth asking, or the second is not: `_second_point`)
    return _kept_blank(point, found.second_start, found.second_stop, "predicate")


# Readings that ask who made what the subject names ("Cognitive load theory, developed by
# [John Sweller …], holds …").
_MAKERS = ("maker", "aside-agent")
_COMPLEMENTIZER = re.compile(r"(?:that|how)\s+")


def _maker_and_claim(point: Reading, asked: Candidate) -> tuple[Candidate, Candidate] | None:
    """Who made a thing, and what the sentence says of that thing, its second blank
    ("developed by [John Sweller …], holds that [learning is limited by …]"); or None when
    what it says is not worth asking."""
    said = [
        c
        for c in predicate_candidates(point)
        if c is not None and c.reading in _PREDICATES and c.start >= asked.end
    ]
    if not said:
        return None
    claim = max(said, key=lambda c: c.score)
    opening = _COMPLEMENTIZER.match(point.text, claim.start, claim.end)
    start = opening.end() if opening is not None else claim.start
    second = _kept_blank(point, start, claim.end, "predicate")
    return (asked, second) if second is not None else None


def _cut_short(
    point: Reading, asked: Candidate, cut_at: Callable[[str, int, int], int | None]
) -> Candidate | None:
    """A predicate's blank cut where `cut_at` says (before a relative clause it holds,
    `splits.before_relative`; before the concession that closes it,
    `splits.before_concession`), judged anew, when what is left says enough; or None."""
    if asked.reading not in _PREDICATES:
        return None
    cut = cut_at(point.text, asked.start, asked.end)
    return _kept_blank(point, asked.start, cut, asked.reading) if cut is not None else None


# What may come before a marked term at a blank's start: a preposition, an article or a
# possessive, and a noun's possessive ("from the caregiver's **sensitivity**").
_BEFORE_TERM = re.compile(
    r"(?:(?:from|in|into|on|to|with|by|as)\s+)?"
    r"(?:(?:a|an|the|its|his|her|their|our|this|these)\s+)?(?:[\w-]+['’]s\s+)?",
    re.IGNORECASE,
)
_AFTER_TERM = re.compile(r"\s*:?\s*")
_SAID_OF_TERM_WORDS = 3  # what is asked after the term says at least this much


def _past_marked_term(point: Reading, asked: Candidate) -> Candidate | None:
    """A predicate's blank that opens with a term the reader marked (bold or highlighted)
    and goes on to say what it is, started after the term, judged anew; or None."""
    if asked.reading not in _PREDICATES:
        return None
    text = point.text
    term = next(
        (
            (begin, end)
            for begin, end, span in positioned(point.spans)
            if span.marks & _TERM_MARKS and asked.start <= begin < asked.end
        ),
        None,
    )
    # (only an article, a possessive or a preposition before it: "serves as a **secure
    # base** from which …")
    if term is None or _BEFORE_TERM.fullmatch(text, asked.start, term[0]) is None:
        return None
    start = _AFTER_TERM.match(text, term[1]).end()
    said = text[start : asked.end]
    if (
        len(said.split()) < _SAID_OF_TERM_WORDS
        or not said[:1].isalnum()
        or said.split(None, 1)[0].lower() in _CONJUNCTIONS
        or _WORD_THEN_COMMA.match(said)
    ):
        # (an appositive, "the **Strange Situation**, a procedure …", or a list; nor a word
        # that ends a clause, "mixes his **labour** with, he makes …")
        return None
    kept = _kept_blank(point, start, asked.end, asked.reading)
    # (a blank that would start further on leaves the term's own phrase on the front and
    # asks its end: "the **thylakoid membranes** of [the chloroplast]")
    return kept if kept is not None and kept.start == start else None


_WORD_THEN_COMMA = re.compile(r"(?:with|of|to|for|by|in|on|at|from|about|up|out),")


_KIND_GLOSS = re.compile(r": (?:a|an) [a-z]")


def _before_glossed_term(point: Reading, asked: Candidate) -> Candidate | None:
    """A predicate's blank that runs past a term the reader marked and its colon ("lacked
    a **stabilizer**: a country willing and able …"), cut at the colon, judged anew: the
    gloss is the term's own card and stays on the front; or None."""
    if (
        asked.reading not in (*_PREDICATES, "reason")
        or ": " not in point.text[asked.start : asked.end]
    ):
        return None
    for _, end, span in positioned(point.spans):
        if (
            span.marks & _TERM_MARKS
            and asked.start < end < asked.end
            # (a gloss that says what kind of thing the term is; not a list, "four great
            # **Kontore**: Bruges, London, …", nor what follows from it)
            and _KIND_GLOSS.match(point.text, end)
            and len(point.text[asked.start : end].split()) >= _SAID_OF_TERM_WORDS
        ):
            return _kept_blank(point, asked.start, end, asked.reading)
    return None


def _front(text: str, candidate: Candidate) -> str:
    return f"{text[: candidate.start]}[…]{text[candidate.end :]}"


def _opening_words(text: str, count: int) -> str:
    """A claim's identity within its section: its first content words, so that a better blank
    of the same sentence keeps the card (and its reviews), and an edit at its end too."""
    content = [w for w in re.findall(r"[\w'-]+", text.lower()) if w not in STOPWORDS]
    return " ".join(content[:count])
