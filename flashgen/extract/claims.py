"""Claim cards: one cloze per substantive sentence of the author's text, on its point.

A sentence offers candidate blanks, each from one reading of it (`Reading`): what its main
clause says of its subject (the predicate: the topic stays on the front, the claim is
asked), the reason after "because"/"since", the statement after "Topic:", what a reporting
verb says of its object ("Draper criticizes the left for […]"), a marked term that a copula
introduces, and, where no clause can be read, a marked term, a quotation, a figure, a
linked concept or a name. Each candidate is scored (its reading, the rarity of its words,
its length, whether the front still says what it is about) and the best one is kept. A
sentence whose best candidate is poor is held back with why (`Draft.held_back`), never
silently lost. The attribution ("Draper argues that") is never the answer, and the
reader's first-person sentences and filler ("the author admits …") make no card.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from flashgen.extract.attribution import (
    REPORTING_VERBS,
    author_name,
    sentence_draft,
    with_source,
)
from flashgen.extract.clauses import (
    DEICTIC,
    PRONOUNS,
    SUBORDINATORS,
    Clause,
    clause,
    deictic_subject,
)
from flashgen.extract.salience import content_words, is_trivial
from flashgen.extract.sentences import (
    Sentence,
    join,
    mark_range,
    positioned,
    slice_spans,
    strip_spans,
    text_spans,
)
from flashgen.extract.words import (
    NUMBER_WORDS,
    STOPWORDS,
    normalize_term,
    starting_a_word,
    top_level,
)
from flashgen.model import Document, Draft, Inline, Span
from flashgen.parse.document import plain_text

MIN_WORDS = 6
MAX_ANSWER_WORDS = 28
# A blank up to this long is not cut at a clause break.
WHOLE_ANSWER_WORDS = 22
# A candidate scoring below this is held back: the sentence makes no card.
KEEP_SCORE = 1.5

# "I", "my", "me", "mine", also opening a sentence ("My guess is …"; "I'm", "I've" start
# with "I"); `\b` is written after the first letter, so that `re` skips to an "I" or "m"
# (see attribution's patterns).
_FIRST_PERSON = re.compile(r"(?:I(?<!\wI)|[mM](?<!\w[mM])(?:y|e|ine))\b")
_FILLER = re.compile(
    r"^\S+(?: \S+)? (?:(?:also |now )?admits"
    r"|(?:now )?turns (?:to|towards)(?!.*\b(?:that|arguing)\b)"
    rf"|(?:{REPORTING_VERBS}) (?:a few|some) examples)\b"
)
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
    r"\d(?<![\w-]\d)[\d,.]*(?:\s?[–-]\s?\d[\d,.]*)?(?:\s?(?:%|ms|s|km|kg|years?|days?|bits?))?"
    r"(?![\w)-])"
    rf"|(?:{starting_a_word(_SPELLED_WORDS)})(?:[- ]{_SPELLED})*\b"
)
# A count that announces its items ("on three grounds: A, B and C") is no fact to recall.
_COUNT_OF_ITEMS = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?[\w-]+s\b[^.]{0,40}?(?::|,? (?:namely|such as))"
)
# A capitalised run not opening the text or a sentence.
_NAME = re.compile(r"[A-Z](?<![.!?:] [A-Z])(?<!^[A-Z])(?<!\w[A-Z])[\w-]*(?:\s+[A-Z][\w-]*)*")
# The reporting frame that comes last before the claim: "Draper argues that", "because he
# says", "Hardin places": the claim is what follows it.
_FRAME = re.compile(
    rf"(?:^|(?<=\s))(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*|[Hh]e|[Ss]he|[Tt]hey)"
    rf"(?:\s+(?:also|now|then|further|rightly|even))?\s+(?:{REPORTING_VERBS})\b\s*(?:that\s+)?"
)
# "this means that X", "this is needed because X": X stands without the sentence before.
_POINTING_LEAD = re.compile(
    r"(?:^|(?<=,\s))(?:this|that|it)\s+(?:is\s+)?(?:means|meant|shows|implies|suggests|needed|necessary)"
    r"\s+(?:(?:that|because|since)\s+)?",
    re.I,
)
# What the shared scorer calls a front with no context: a pronoun subject pointing back, or
# "the latter", "both of them" (kept the same here, so that no such card is made).
LEANS_BACK = re.compile(
    r"(^|[:;,]\s|\bthat\s)(this|it|these|those|they)\s+"
    r"(is|are|was|were|has|have|had|means|meant|would|will)\b"
    r"|\b(all|both|each|none) of them\b|\bthe (latter|former)\b",
    re.I,
)
_CLAUSE_CUT = re.compile(
    r";\s|\s[–—]\s|:\s|,\s(?:and|but|which|while|so|whereas|as well as)\s|,\s(?=\w+ing\s)"
)
_REASON = re.compile(r"\s(?:because|since|so that|in order to)\s|,\s(?:as|so|for)\s")
_PHRASE_BREAK = re.compile(
    r"\s(?:of|to|that|which|who|for|in|on|with|by|from|rather|than|as|because|since|when|while)\s"
)
_COMPLEMENT = re.compile(r"\s(?:for|as|into|with|about|to|by|on)\s")
_TOPIC = re.compile(r"^(?P<topic>[^:]{3,60}?):\s+(?=\S)")

# Each reading's worth before its penalties: the point of a sentence first, the old key-term
# strategies after. A figure is worth asking for when it is a result, not a count.
_READING_SCORE = {
    "reason": 2.9,
    "after-marked": 3.3,
    "predicate": 3.0,
    "statement": 3.0,
    "complement": 2.6,
    "marked": 2.4,
    "quoted": 2.0,
    "number": 2.2,
    "link": 1.2,
    "name": 0.8,
}


_QUOTE_BONUS = 0.7  # a quoted passage is most often the point the reader noted
_BEST_TERM_SCORE = max(
    *(_READING_SCORE[r] for r in ("marked", "number", "link", "name")),
    _READING_SCORE["quoted"] + _QUOTE_BONUS,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One blank a sentence could be asked with: [start, end) of its plain text."""

    start: int
    end: int
    reading: str
    score: float
    flaw: str = ""  # why it is not good enough, when it is not


_IN_WORD = re.compile(r"[\w-]")


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether [start, end) begins and ends at word edges (never "neo-[…]", "[…]014")."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before and _IN_WORD.match(before)) and not (after and _IN_WORD.match(after))


def trim_answer(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) so that it neither starts nor ends with spaces or punctuation
    outside a quotation."""
    while start < end and text[start] in " ,;:":
        start += 1
    while end > start and text[end - 1] in " ,;:.!":
        end -= 1
    # A closing quote whose opening quote is outside the answer stays outside too.
    if (
        text[end - 1 : end] in ('"', "”")
        and text[start:end].count('"') + text[start:end].count("“") == 1
    ):
        return trim_answer(text, start, end - 1)
    # An opening bracket or quote without its closing one stays outside too.
    piece = text[start:end]
    if piece.count("(") != piece.count(")"):
        cut = piece.rfind("(") if piece.count("(") > piece.count(")") else -1
        if cut > 0:
            return trim_answer(text, start, start + cut)
    return (start, end) if end > start else None


def _cut(text: str, start: int, end: int) -> int:
    """Where a blank from `start` should end: at `end`, or, when that is too long, at the
    first clause break (then phrase break) that leaves at least four words."""
    if len(text[start:end].split()) <= WHOLE_ANSWER_WORDS:
        return end
    for pattern in (_CLAUSE_CUT, _PHRASE_BREAK):
        for found in top_level(text[:end], pattern.pattern, start):
            at = start + found.start()
            words = len(text[start:at].split())
            if 4 <= words <= MAX_ANSWER_WORDS:
                return at
            if words > MAX_ANSWER_WORDS:
                break
    return end if len(text[start:end].split()) <= MAX_ANSWER_WORDS else -1


def _content_start(text: str) -> int:
    """Where the claim starts: after the last reporting frame ("Draper argues that")."""
    start = 0
    for found in _FRAME.finditer(text):
        if found.end() < len(text) - 3:
            start = found.end()
    return start


def _without_pointing_lead(spans: Inline, text: str, start: int) -> Inline:
    """The sentence without a lead that only points back ("Draper says that this is needed
    because X" -> "Draper says that X"; "To Draper, this means that X" -> "To Draper, X")."""
    lead = _POINTING_LEAD.search(text, start, min(len(text), start + 40))
    if lead is None or len(text[lead.end() :].split()) < 4:
        return spans
    return join(slice_spans(spans, 0, lead.start()), slice_spans(spans, lead.end(), len(text)))


@dataclass(frozen=True)
class _Reading:
    """A sentence as the readings see it."""

    spans: Inline
    text: str
    start: int  # where the claim starts (after the reporting frame)
    language: str
    avoid: frozenset[str]  # the author's and the work's names: never the answer


def _predicate_candidates(sentence: _Reading) -> list[Candidate]:
    """The point of the main clause: what it says of its subject, or why."""
    text, start = sentence.text, sentence.start
    if text[start : start + 1] in ('"', "“") and text.rstrip(".").endswith(('"', "”")):
        start += 1  # a quotation as a whole: its own clause is read
    topic = _TOPIC.match(text, start) if start < len(text) else None
    if topic and clause(text[: topic.end("topic")], start) is None:
        # "Hardin's answer: …", "Followers with inconsistent logs: leader forces them …"
        statement = topic.end()
        found = clause(text, statement)
        made = _from_clause(sentence, found) if found and found.subject else []
        end = _cut(text, statement, len(text))
        if end > 0:
            made.append(_candidate(sentence, statement, end, "statement"))
        return [c for c in made if c]
    found = clause(text, start)
    if found is None:
        return _complement_candidates(sentence)
    if deictic_subject(found, start):
        return [Candidate(found.verb_start, len(text), "predicate", 0.0, "its subject points back")]
    return [c for c in _from_clause(sentence, found) if c]


def _from_clause(sentence: _Reading, found: Clause) -> list[Candidate | None]:
    text = sentence.text
    # A copula or an auxiliary stays on the front ("X is […]"), a negation is the point.
    begin = found.verb_start if found.negative else found.verb_end
    made: list[Candidate | None] = []
    marked = _marked_right_after(sentence, begin)
    if marked is not None:
        end = _cut(text, marked, len(text))
        if end > 0:
            made.append(_candidate(sentence, marked, end, "after-marked"))
    reason = next(top_level(text, _REASON.pattern, begin), None)
    if reason is not None:
        reason_start = begin + reason.end()
        if len(text[begin : begin + reason.start()].split()) >= 1:
            end = _cut(text, reason_start, len(text))
            if end > 0:
                made.append(_candidate(sentence, reason_start, end, "reason"))
    end = _cut(text, begin, len(text))
    if end > 0:
        made.append(_candidate(sentence, begin, end, "predicate"))
    return made


def _marked_right_after(sentence: _Reading, begin: int) -> int | None:
    """ "An entry is **committed** once …": where the words after a marked term that opens
    the predicate start, if at least three follow."""
    for span_start, span_end, span in positioned(sentence.spans):
        if span_start < begin:
            continue
        if span_start > begin + 1:
            return None
        if not _emphasised(span) or not span.text.strip():
            return None
        rest = sentence.text[span_end:]
        return span_end if len(rest.split()) >= 3 else None
    return None


def _complement_candidates(sentence: _Reading) -> list[Candidate]:
    """No clause after the frame: "Draper criticizes the left for […]"."""
    text, start = sentence.text, sentence.start
    if not start:
        return []
    for found in _COMPLEMENT.finditer(text, start):
        if not 1 <= len(text[start : found.start()].split()) <= 8:
            continue
        end = _cut(text, found.end(), len(text))
        made = _candidate(sentence, found.end(), end, "complement") if end > 0 else None
        return [made] if made else []
    return []


def _term_candidates(sentence: _Reading, english: bool) -> list[Candidate]:
    """The key-term readings: a marked term, a quotation, a figure, a link, a name."""
    text, start, spans = sentence.text, sentence.start, sentence.spans
    made: list[Candidate | None] = []
    for begin, end, span in positioned(spans):
        if begin < start or not span.text.strip() or span.text.strip().lower() in sentence.avoid:
            continue
        if _emphasised(span):
            made.append(_candidate(sentence, begin, end, "marked"))
            break
    for begin, end, span in positioned(spans):
        if begin >= start and span.kind == "wikilink" and span.text.lower() not in sentence.avoid:
            made.append(_candidate(sentence, begin, end, "link"))
            break
    quoted = next(
        (m for m in _QUOTED.finditer(text, start) if len(m.group(1).split()) <= MAX_ANSWER_WORDS),
        None,
    )
    if quoted:
        made.append(_candidate(sentence, *quoted.span(), "quoted"))
    numbers = [m for m in _NUMBER.finditer(text, start) if m.group() not in sentence.avoid]
    if numbers:  # a claim's figure usually comes last: "… made 48,000 pins"
        last = numbers[-1]
        made.append(_candidate(sentence, *last.span(), "number"))
    if english:
        names = (
            m
            for m in _NAME.finditer(text, start)
            if m.start() > start
            and m.group().lower() not in sentence.avoid
            and m.group() not in ("I", "A")
        )
        name = next(names, None)
        if name:
            made.append(_candidate(sentence, *name.span(), "name"))
    return [c for c in made if c]


def _candidate(sentence: _Reading, start: int, end: int, reading: str) -> Candidate | None:
    """A scored candidate blank, or None where the blank cannot be one."""
    text = sentence.text
    trimmed = trim_answer(text, start, end)
    if trimmed is None:
        return None
    start, end = trimmed
    answer = text[start:end].strip(' "“”')
    if not answer or normalize_term(answer) in STOPWORDS or not _bounded(text, start, end):
        return None
    words = len(answer.split())
    if words > MAX_ANSWER_WORDS or answer.lower() in sentence.avoid:
        return None
    score = _READING_SCORE[reading]
    if reading == "quoted" and words >= 6:
        score += _QUOTE_BONUS
    flaw = ""
    front = text[:start] + " […] " + text[end:]
    rest = [
        w
        for w in re.findall(r"[^\W_][\w'’-]*", text[sentence.start : start] + " " + text[end:])
        if w.lower() not in STOPWORDS
    ]
    if not rest:
        score -= 2.5
        flaw = "the front would say nothing but who says it"
    if reading == "number" and _COUNT_OF_ITEMS.match(text, end):
        score -= 2.0
        flaw = "a count of the items that follow"
    if (
        is_trivial(answer, sentence.language)
        and reading not in ("quoted", "number", "name")
        and not _has_marked(sentence.spans, start, end)
    ):
        score -= 2.0
        flaw = flaw or f"an everyday answer ({answer!r})"
    answer_words = content_words(answer)
    shown = set(content_words(front))
    if answer_words and sum(w in shown for w in answer_words) / len(answer_words) >= 0.6:
        score -= 2.0
        flaw = flaw or "the answer is on the front"
    if LEANS_BACK.search(front):
        score -= 3.0
        flaw = flaw or "the front leans on an earlier sentence"
    if words == 1 and reading not in ("marked", "number"):
        score -= 0.4
    if len(front.split()) > 40:
        score -= 0.5
    return Candidate(start, end, reading, score, flaw)


def _has_marked(spans: Inline, start: int, end: int) -> bool:
    """Whether the note marks (bold, highlight, code) something in [start, end)."""
    return any(
        begin < end and stop > start and _emphasised(span)
        for begin, stop, span in positioned(spans)
    )


def _emphasised(span: Span) -> bool:
    """Bold, highlighted or code: what the reader marked as a key term."""
    return bool(span.marks & {"strong", "mark"}) or span.kind == "code"


def _best(sentence: _Reading, english: bool) -> Candidate | None:
    """The best candidate of a sentence (kept or held back), or None if it has none."""
    candidates = _predicate_candidates(sentence) if english else []
    # No key term scores above a point the clause gave: they are not looked for then.
    if max((c.score for c in candidates), default=0.0) < _BEST_TERM_SCORE:
        candidates += _term_candidates(sentence, english)
    return max(candidates, key=lambda c: c.score, default=None)


def is_substantive(sentence: Sentence, text: str, english: bool = True) -> bool:
    words = text.split()
    if not english:  # only what every language shares: long enough, not a question
        return len(words) >= MIN_WORDS and not text.endswith(("?", ":"))
    # A sentence that starts in lower case continues something (a formula, a list's lead).
    continuation = text[:1].islower() and not sentence.list_item
    return (
        len(words) >= MIN_WORDS
        and not continuation
        and not text.endswith("?")
        and not text.endswith(":")
        and _FIRST_PERSON.search(text) is None
        and _FILLER.search(text) is None
        and _content_words(words, 3) == 3
    )


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


_SUBJECT_PRONOUN = re.compile(r"(?P<pronoun>it|they|It|They)\s+(?!(?:is|was|are|were)\b)")


def _resolved(spans: Inline, text: str, start: int, previous: str) -> Inline:
    """ "Kuhn suggests it progresses …" after "… whether science progresses …": the pronoun
    that opens the claim stands for the subject of the sentence before, when that is a short
    noun phrase of the same number ("it": singular, "they": plural)."""
    found = _SUBJECT_PRONOUN.match(text, start)
    if not found or not previous:
        return spans
    plural = previous.split()[-1].lower().endswith("s")
    if (found.group("pronoun").lower() == "they") != plural:
        return spans
    return join(
        slice_spans(spans, 0, found.start()),
        text_spans(previous),
        slice_spans(spans, found.end("pronoun"), len(text)),
    )


def _subject_phrase(text: str, start: int) -> str:
    """The subject of the claim as a short noun phrase that a later pronoun can stand for,
    or ""."""
    found = clause(text, start)
    if found is None:
        return ""
    words = found.subject.split()
    while words and words[0].lower() in SUBORDINATORS:
        words = words[1:]
    if not 1 <= len(words) <= 4 or any(
        w.lower() in PRONOUNS or w.lower() in DEICTIC for w in words
    ):
        return ""
    if not re.fullmatch(r"[\w' -]+", " ".join(words)):
        return ""
    return " ".join(words)


def claim_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    english = doc.source.language == "en"
    name = author_name(doc.source)
    avoid = frozenset(
        w.lower() for w in (name, doc.source.author, doc.source.title, doc.source.year) if w
    )
    anchors: Counter[str] = Counter()
    words_of: list[str] = []  # each draft's claim text, in step with `drafts`
    previous = ("", (0, 0))  # the last sentence's subject, and its block
    for sentence in sentences:
        if sentence.key in used:
            continue
        spans = strip_spans(sentence.named)
        text = plain_text(spans)
        start = _content_start(text) if english else 0
        if english:
            before = previous[0] if previous[1] == sentence.block_key else ""
            previous = (_subject_phrase(text, start), sentence.block_key)
        if not is_substantive(sentence, text, english):
            continue
        if english:
            spans = _without_pointing_lead(spans, text, start)
            spans = _resolved(spans, plain_text(spans), start, before)
            text = plain_text(spans)
        reading = _Reading(spans, text, start, doc.source.language, avoid)
        best = _best(reading, english)
        if best is None:
            continue
        held_back = "" if best.score >= KEEP_SCORE else best.flaw or "no point worth asking"
        term = text[best.start : best.end].strip(' "“”')
        marked = mark_range(spans, best.start, best.end, "cloze")
        words_of.append(text[start:])
        consumed.add(sentence.key)
        anchor = f"claim:{'/'.join(sentence.section)}:{normalize_term(term)}"
        anchors[anchor] += 1
        draft = sentence_draft(
            doc,
            sentence,
            "claim",
            anchor,
            with_source(marked, doc.source, sentence.quotation),
            (),
        )
        drafts.append(replace(draft, held_back=held_back) if held_back else draft)
    distinct = [
        _distinct(d, words) if anchors[d.anchor] > 1 else d
        for d, words in zip(drafts, words_of, strict=True)
    ]
    return _one_card_per_front(distinct), consumed


def _one_card_per_front(drafts: list[Draft]) -> list[Draft]:
    """Two claims that would read the same on the front ("Smith's example is […]") cannot
    both be answered: the later one is held back."""
    seen: set[str] = set()
    kept = []
    for draft in drafts:
        front = draft.question
        if front in seen and not draft.held_back:
            draft = replace(draft, held_back="the same front as an earlier card")
        seen.add(front)
        kept.append(draft)
    return kept


def _distinct(draft: Draft, words: str) -> Draft:
    """Two claims of one section on the same key term: each anchor also names the claim's
    first content words. (A running number would shift when one of them changes, and hand
    one card's identity to the other.)"""
    content = [w for w in re.findall(r"[\w'-]+", words.lower()) if w not in STOPWORDS]
    return replace(draft, anchor=f"{draft.anchor}#{' '.join(content[:4])}")
