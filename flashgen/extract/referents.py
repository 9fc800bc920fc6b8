"""What a claim's pronouns stand for: "it", "they" or "them" opening the claim or a later
clause of it is replaced by what the sentence before (or the claim itself) is about, when
they agree in number; a card then stands alone.
"""

from __future__ import annotations

import re

from flashgen.extract.clauses import (
    ARTICLES,
    DEICTIC,
    PRONOUNS,
    SUBORDINATORS,
    clause,
    in_lexicon,
    is_plural_noun,
    word_classes,
)
from flashgen.extract.frames import content_start
from flashgen.extract.sentences import (
    Sentence,
    join,
    positioned,
    slice_spans,
    strip_spans,
    text_spans,
)
from flashgen.extract.words import STOPWORDS
from flashgen.model import Inline
from flashgen.parse.inline import plain_text

# (Not before a copula, "it is clear that …", "it would be nice of you to …", nor "it seems",
# unless in the passive: "it was caused by …".)
_SUBJECT_PRONOUN = re.compile(
    r"(?P<pronoun>it|they|them|It|They)\s+"
    r"(?!(?:is|was|are|were|(?:would|will|could|might|may|must|should|can)\s+be"
    r"|seems?|seemed|appears?|appeared)\b(?!\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b))(?=[a-z])"
)
# "Kuhn defines scientific revolutions as …": the term a definition is about.
_DEFINED = re.compile(
    r"\b(?:defines|calls|describes|characterizes|names) (?P<term>[\w' -]{3,40}?) as\b"
)


def resolved(
    spans: Inline, text: str, start: int, previous: Sentence | None, topic: str = ""
) -> Inline:
    """ "Kuhn compares it to puzzle-solving" after "Kuhn calls most research **normal
    science**: …": a pronoun that opens the claim ("it", "they"; "them" after a reporting
    verb) stands for what the sentence before is about, when that agrees in number: a term
    it marks or links, the term it defines, or its subject as a short noun phrase. With no
    sentence before, it stands for the note's `topic` (the concept a note is named after:
    "They work because …" in *Desirable difficulties*), when that agrees."""
    if previous is None and not topic:
        return spans
    found = _SUBJECT_PRONOUN.match(text, start)
    if previous is not None:
        found = found or _pronoun_after_lead(text, start)
        if not found and text.startswith(("He ", "She "), start):
            return _person_resolved(spans, text, start, previous)
    if not found:
        return spans
    plural = found.group("pronoun").lower() != "it"
    candidates = _referents(previous) if previous is not None else [topic]
    referent = next((r for r in candidates if is_plural_noun(r.split()[-1]) == plural), "")
    if not referent:
        return spans
    if found.start() > start or (found.start() > 0 and found.group("pronoun")[:1].islower()):
        # "On the day before … a turkey has", "When they wasted bullets, soldiers cut …",
        # "But it demanded …": "But farming demanded …"
        referent = _mid_sentence(referent)
    elif found.group("pronoun")[:1].isupper():
        referent = referent[0].upper() + referent[1:]  # "It was written …": "The war guilt …"
    return _with_referent(spans, text, found.start(), found.end("pronoun"), referent)


def _person_resolved(spans: Inline, text: str, start: int, previous: Sentence) -> Inline:
    """ "She knows every physical fact …" after "**Mary** is a brilliant scientist …": a
    "he" or "she" the author's name did not take (it says what someone knows, sees or
    feels, `attribution`) stands for the person the sentence before is about, a name."""
    pronoun = text[start:].split(None, 1)[0]
    person = next((r for r in _referents(previous) if _NAME.fullmatch(r)), "")
    if not person:
        return spans
    return _with_referent(spans, text, start, start + len(pronoun), person)


# A person's name: one to three capitalised words, no article ("Mary", "Winston Smith").
_NAME = re.compile(r"(?!(?:The|A|An)\b)[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")


def _with_referent(spans: Inline, text: str, start: int, end: int, referent: str) -> Inline:
    """The claim with its pronoun at [start, end) replaced by what it stands for."""
    return join(
        slice_spans(spans, 0, start), text_spans(referent), slice_spans(spans, end, len(text))
    )


# "it becomes possible to …", "it makes no sense to …": an "it" that stands for what follows.
_EXTRAPOSED_IT = re.compile(r"it\s+[a-z]+\s+(?:[\w'-]+\s+){0,3}?to\s+[a-z]")
_LAST_PRONOUN = re.compile(r"(?:^|\s|,\s)(?=(?:it|they)\s+$)")


def _pronoun_after_lead(text: str, start: int) -> re.Match[str] | None:
    """The pronoun subject of a claim that opens with a phrase of time or place: "On the day
    before Thanksgiving it has …", "When prices rise, they …"."""
    if " it " not in text and " they " not in text:
        return None  # (most claims: asked before their clause is read)
    found = clause(text, start)
    if found is None:
        return None
    last = _LAST_PRONOUN.search(text, start, found.verb_start)
    if last is None or last.end() <= start or _EXTRAPOSED_IT.match(text, last.end()):
        return None
    lead = text[start : last.end()]
    if len(_DASH.findall(lead)) % 2 or lead.count("(") > lead.count(")"):
        return None  # ("Aging — raising a process's priority the longer it waits — is …")
    found = _SUBJECT_PRONOUN.match(text, last.end())
    if found is not None and found.group("pronoun") == "it" and _INDEFINITE_NOUN.search(lead):
        # (a thing the lead itself brings in is nearer than the sentence before: "If
        # someone … threw a spear, either it would fly on …")
        return None
    return found


# A singular noun phrase that an indefinite article brings in: "a spear", "an arrow".
_INDEFINITE_NOUN = re.compile(r"\b(?:a|an)\s+[a-z][\w-]*")


_DASH = re.compile(r"\s[—–]\s")


# A pronoun that opens a later clause of the sentence ("Pesticides are new: they are made in
# the laboratory"), before a verb that would leave it pointing nowhere on a card. ("it is",
# "it was" are left: most often they point at nothing, "it is clear that …".)
_INNER_PRONOUN = re.compile(
    r"(?<=[:;,]\s)(?:(?P<they>they)\s+(?=(?:is|are|was|were|has|have|had|would|will)\b)"
    # (and a passive: "…; it was promoted by …", "…; it was added later", never "it is
    # important to", nor what was said or thought: "it was decided that …")
    r"|(?P<it>it)\s+(?=(?:has|had|would|will)\b|(?:is|was)\s+(?:[a-z]+(?:ed|en)|spread|made"
    r"|built|held|led|taught|sold|paid|told|brought|bought|kept|set|put|found|won|lost)\s+"
    r"(?!that\b|to\b|whether\b|how\b|if\b)[a-z]))"
)


def resolved_inside(spans: Inline, text: str, start: int) -> Inline:
    """A pronoun that opens a later clause of the claim, after a colon, a semicolon or a
    comma, stands for the claim's own subject when that is a short noun phrase that agrees
    in number: "…: they are produced in the laboratory" -> "…: synthetic pesticides are …"."""
    found = _INNER_PRONOUN.search(text, start)
    if found is None:
        return spans
    plural = bool(found.group("they"))
    # (the nearest clause's subject before it: "…, and the prisoners would think …; they
    # would kill …" stands for the prisoners, not the first clause's "his eyes")
    subject = next(
        (
            nearer
            for nearer in _subjects_before(text, start, found.start())
            if is_plural_noun(nearer.split()[-1]) == plural
        ),
        "",
    ) or _subject_phrase(text, start)
    if not subject or is_plural_noun(subject.split()[-1]) != plural:
        return spans
    if _a_name(subject.split()[-1]):
        return spans  # ("Lewis allows causal loops …; they are …": a name in -s is no plural)
    if subject[:1].isupper() and not subject.split()[0].isupper() and subject[1:2].islower():
        # "The stars …: the stars are" (a name stays as it is written: "Pesticides" would be
        # lowered too, which reads as well after a colon)
        subject = subject[0].lower() + subject[1:]
    return _with_referent(
        spans, text, found.start(), found.end("they" if found.group("they") else "it"), subject
    )


def _a_name(word: str) -> bool:
    """Whether a capitalised word is a name the lexicon does not hold ("Lewis", "Keynes")."""
    return word[:1].isupper() and not in_lexicon(word.lower())


_CLAUSE_BOUNDARY = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;|:)\s+")


def _subjects_before(text: str, start: int, end: int) -> list[str]:
    """The subjects of the clauses that open after a boundary between `start` and `end`,
    nearest first."""
    subjects = []
    for boundary in _CLAUSE_BOUNDARY.finditer(text, start, end):
        found = clause(text, boundary.end())
        if found is None or found.start != boundary.end() or found.verb_start >= end:
            continue
        if _short_noun_phrase(found.subject.strip()):
            subjects.append(found.subject.strip())
    return subjects[::-1]


# "the **Cognitive Revolution**", "the so-called **war guilt clause**"
_THE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+(?:so-called\s+|[\w-]+-called\s+)?$")


def _referents(previous: Sentence) -> list[str]:
    """What a pronoun in the next sentence may stand for, likeliest first."""
    spans = strip_spans(previous.named)
    text = plain_text(spans)
    start = content_start(text)
    found = _marked_terms(spans, text, start)
    defined = _DEFINED.search(text)
    if defined:
        found.append(defined.group("term"))
    subject = _subject_phrase(text, start)
    if subject:
        found.append(subject)
    return [r for r in found if r and r[:1].isalnum()]


def _marked_terms(spans: Inline, text: str, start: int) -> list[str]:
    """The terms of one to four words that a sentence (`spans`, its text `text`) links or
    marks from `start` on, each with the article before it ("the **Cognitive
    Revolution**" stands for "the Cognitive …")."""
    return [
        ("the " if _THE_BEFORE.search(text, 0, begin) else "") + span.text.strip()
        for begin, _, span in positioned(spans)
        if begin >= start
        and (span.kind == "wikilink" or span.marks & {"strong", "mark"})
        and 1 <= len(span.text.split()) <= 4
    ]


def _subject_phrase(text: str, start: int) -> str:
    """The subject of the claim as a short noun phrase that a later pronoun can stand for,
    or ""."""
    found = clause(text, start)
    if found is None:
        return ""
    words = found.subject.split()
    while words and words[0].lower() in SUBORDINATORS:
        words = words[1:]
    phrase = " ".join(words)
    if not _short_noun_phrase(phrase):
        # (a noun and the clause that says what it holds: "The idea that each clan had its
        # own tartan …; it was promoted …" — "the idea" is what "it" stands for)
        head = _HEAD_BEFORE_CLAUSE.match(phrase)
        phrase = head["head"] if head is not None else ""
    return phrase if _short_noun_phrase(phrase) else ""


_SUBJECT_WORDS = 4
# A determiner and a noun or two, then "that" and a clause of their own.
_HEAD_BEFORE_CLAUSE = re.compile(
    r"(?P<head>(?:[Tt]he|[Tt]his|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)\s+that\s+\w+\s"
)


def _short_noun_phrase(phrase: str) -> bool:
    """A noun phrase a pronoun can stand for: one to four words, none of them a pronoun, and
    no symbols (a formula's is no phrase to repeat)."""
    words = phrase.split()
    return (
        1 <= len(words) <= _SUBJECT_WORDS
        and not any(w.lower() in PRONOUNS or w.lower() in DEICTIC for w in words)
        and re.fullmatch(r"[\w' -]+", phrase) is not None
    )


# "If an n × n matrix has n distinct eigenvalues, it is diagonalizable": a leading clause
# whose subject opens with an article, then the main clause's pronoun.
_LEADING_CONDITION = re.compile(r"(?:If|When|Whenever|Once|Unless)\s+(?=[a-z])")
_PRONOUN_AFTER_COMMA = re.compile(r",\s+(?P<pronoun>it|they)\s+(?=[a-z])")


_LEADING_REASON = re.compile(
    r"(?:Because|Since|Although|If|When|Whenever|Once|Unless|While)\s+(?=[a-z])"
)
_PRONOUN_OPENING = re.compile(r"(?P<pronoun>they|it)\s+(?=[a-z])")


def resolved_after_reason(spans: Inline, text: str, start: int) -> Inline:
    """A pronoun that opens a claim after a leading clause and a reporting frame stands for
    that clause's subject: "Because fines cost society almost nothing to collect, Becker
    argues they should be used …" -> "… argues fines should be used …"."""
    if start == 0:
        return spans
    opening = _LEADING_REASON.match(text)
    pronoun = _PRONOUN_OPENING.match(text, start)
    if opening is None or pronoun is None:
        return spans
    found = clause(text, opening.end())
    if found is None or not found.subject or found.verb_start >= start:
        return spans
    subject = found.subject.strip()
    if not _short_noun_phrase(subject):
        return spans
    words = subject.split()
    if is_plural_noun(words[-1]) != (pronoun["pronoun"] == "they"):
        return spans
    referent = " ".join(["the", *words[1:]]) if words[0].lower() in ARTICLES else subject
    return _with_referent(spans, text, pronoun.start("pronoun"), pronoun.end("pronoun"), referent)


def resolved_after_condition(spans: Inline, text: str, start: int) -> Inline:
    """The pronoun that opens the main clause after a leading condition stands for that
    condition's subject ("…, it is diagonalizable" -> "…, the n × n matrix is …"), when
    the two agree in number."""
    opening = _LEADING_CONDITION.match(text, start)
    if opening is None:
        return spans
    found = clause(text, opening.end())
    if found is None or not found.subject:
        return spans
    pronoun = _PRONOUN_AFTER_COMMA.search(text, found.verb_end)
    if pronoun is None or text.find(",", found.verb_end) != pronoun.start():
        return spans
    words = found.subject.split()
    # (a bare plural names a kind, and is repeated as it is: "If women were educated …, they
    # would be …" -> "…, women would be …")
    bare = (
        pronoun["pronoun"] == "they"
        and 1 <= len(words) <= 3
        and words[0].islower()
        and words[0] not in STOPWORDS
        and is_plural_noun(words[-1])
    )
    if not bare and (not 2 <= len(words) <= 6 or words[0].lower() not in ARTICLES):
        return spans
    if not re.fullmatch(r"[\w' -]+", found.subject.strip()):
        return spans  # (a formula's symbols are no noun phrase to repeat)
    if is_plural_noun(words[-1]) != (pronoun["pronoun"] == "they"):
        return spans
    referent = " ".join(words if bare else ["the", *words[1:]])
    return _with_referent(spans, text, pronoun.start("pronoun"), pronoun.end("pronoun"), referent)


# "Keynes treats it as a temporary phase": the author's verb, then a pronoun as its object.
_OBJECT_PRONOUN = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+s)\s+"
    r"(?P<pronoun>it|them)\s+"
    r"(?=[a-z])"
)


def resolved_object(spans: Inline, text: str, start: int, previous: Sentence | None) -> Inline:
    """ "Keynes treats it as …" after the sentence that names **technological
    unemployment**: the object pronoun stands for what that sentence is about."""
    if previous is None:
        return spans
    found = _OBJECT_PRONOUN.match(text, start)
    if found is None or text[start:].split(None, 1)[0].lower() in STOPWORDS:
        return spans  # (a name opens it, not "Nor does it …")
    if found["verb"] in _SAYING_IT:
        return spans  # ("Pirenne sums it up: …", "as Smith puts it": what he says, not a thing)
    plural = found.group("pronoun") == "them"
    referent = next(
        (r for r in _referents(previous) if is_plural_noun(r.split()[-1]) == plural), ""
    )
    if not referent:
        return spans
    return _with_referent(
        spans, text, found.start("pronoun"), found.end("pronoun"), _mid_sentence(referent)
    )


# Verbs whose "it" is what is said ("sums it up", "puts it").
_SAYING_IT = frozenset(("sums", "puts", "phrases", "states", "summarizes", "summarises"))


def _mid_sentence(referent: str) -> str:
    """A referent as it reads inside a sentence: an article, a plural noun or an adjective
    that had its capital from opening its own sentence loses it ("the centre of gravity",
    "soldiers", "technological unemployment"); a name keeps it."""
    words = referent.split()
    first = words[0].lower()
    if len(words) > 1 and not words[1].islower():
        return referent  # ("British India", "New York")
    if (
        first in ARTICLES
        or (first.isalpha() and is_plural_noun(first, known=True))
        or (len(words) > 1 and "ADJ" in word_classes(first))
        # (a word of the lexicon alone, "Farming", "Inflation"; a name is none: "Rome")
        or (len(words) == 1 and first.isalpha() and in_lexicon(first) and word_classes(first))
    ):
        return referent[0].lower() + referent[1:]
    return referent


# "It is **limited** because …", "They are …": a paragraph that opens with its subject as a
# pronoun and a verb (after a word of order: "Finally, it is …").
_PARAGRAPH_PRONOUN = re.compile(
    r"(?:(?:First|Second|Third|Next|Then|Finally|Lastly|Also|Moreover),\s+)?"
    r"(?P<pronoun>It|it|They|they)\s+(?=[a-z])"
)


# What a run of paragraphs opening with a pronoun stands for: the section and the referent.
Carried = tuple[tuple[str, ...], str]
NOTHING_CARRIED: Carried = ((), "")


def carried_referent(
    sentence: Sentence, text: str, previous: Sentence | None, carried: Carried
) -> Carried:
    """What the pronoun opening `sentence` (its text `text`) stands for, with the section it
    holds in; `previous` is the sentence before in the note, `carried` what the paragraph
    before carried. "Anderson defines the nation as …" / "It is **imagined** because …" /
    "It is **limited** because …": the term a one-sentence paragraph defines or marks is
    carried into each following paragraph of its section that opens with "it" (or "they",
    for a plural term), until one opens otherwise."""
    if sentence.index or sentence.list_item:
        return carried  # (inside a paragraph, the sentence before says what it stands for)
    opening = _PARAGRAPH_PRONOUN.match(text)
    if opening is None or clause(text, opening.end()) is None:
        return NOTHING_CARRIED
    plural = opening["pronoun"].lower() == "they"
    section, referent = carried
    if section != sentence.section:
        referent = ""
    if not referent and previous is not None and _one_sentence_paragraph_before(sentence, previous):
        referent = next(
            (r for r in _terms(previous) if is_plural_noun(r.split()[-1]) == plural), ""
        )
    if not referent or is_plural_noun(referent.split()[-1]) != plural:
        return NOTHING_CARRIED
    return sentence.section, referent


def _one_sentence_paragraph_before(sentence: Sentence, previous: Sentence) -> bool:
    """Whether the sentence before is a paragraph of its own, in the same section."""
    return (
        previous.index == 0
        and not previous.list_item
        and previous.block_key != sentence.block_key
        and previous.section == sentence.section
    )


def _terms(sentence: Sentence) -> list[str]:
    """The terms a sentence defines or marks: what a pronoun opening the next paragraph may
    stand for (not its subject: "The Fed raised rates. / It was …" may mean the raise)."""
    spans = strip_spans(sentence.named)
    text = plain_text(spans)
    found = _marked_terms(spans, text, 0)
    defined = _DEFINED.search(text)
    if defined:
        found.insert(0, defined.group("term"))
    return [r for r in found if r and r[:1].isalnum()]


def with_carried(spans: Inline, text: str, referent: str) -> Inline:
    """The claim with the pronoun that opens it replaced by `referent` ("It is limited" ->
    "The nation is limited")."""
    opening = _PARAGRAPH_PRONOUN.match(text)
    if opening is None:
        return spans
    start, end = opening.span("pronoun")
    if start == 0:
        referent = referent[0].upper() + referent[1:]
    return _with_referent(spans, text, start, end, referent)
