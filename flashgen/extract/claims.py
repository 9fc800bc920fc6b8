"""Claim cards: one cloze per substantive sentence of the author's text, on its key term.

The key term is, in order of preference: a bold, highlighted or code term; a linked
concept; a quoted phrase; a number; an appositive ("A sixth element, the noise source,
…"); the statement after a short topic and colon; the predicate after the verb; a name;
the object of the reporting verb; a short subject of "is". The
attribution ("Draper argues that") is never the answer, and the reader's first-person
sentences and filler ("the author admits they have no solution") make no card.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from flashgen.extract.attribution import (
    REPORTING_VERB_LIST,
    REPORTING_VERBS,
    author_name,
    reported_content_start,
    sentence_draft,
    with_source,
)
from flashgen.extract.sentences import Sentence, mark_range, positioned, strip_spans
from flashgen.extract.words import (
    NUMBER_WORDS,
    STOPWORDS,
    normalize_term,
    starting_a_word,
    top_level,
)
from flashgen.model import Document, Draft, Inline
from flashgen.parse.document import plain_text

MIN_WORDS = 6
MAX_ANSWER_WORDS = 20
MAX_ANSWER_SHARE = 0.9

# "I", "my", "me", "mine" ("I'm", "I've" start with "I"); `\b` is written after the first
# letter, so that `re` skips to an "I" or "m" (see attribution's patterns).
_FIRST_PERSON = re.compile(r"(?:I(?<!\wI)|m(?<!\wm)(?:y|e|ine))\b")
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


# Tried at every position of the sentences that reach the number strategy: like `lint`'s
# patterns, each branch opens with what it matches, its look-behind after (a quarter faster
# than `(?<![\w-])\d…|\b(?:two|…)…`, the same matches: `tests/test_properties.py`).
_NUMBER = re.compile(
    r"\d(?<![\w-]\d)[\d,.]*(?:\s?[–-]\s?\d[\d,.]*)?(?:\s?(?:%|ms|s|km|kg|years?|days?|bits?))?"
    r"(?![\w)-])"
    rf"|(?:{starting_a_word(_SPELLED_WORDS)})(?:[- ]{_SPELLED})*\b"
)
# A capitalised run not opening the text or a sentence: `(?<![.!?:] )(?<!^)\b[A-Z]…` with
# the look-behinds after the capital (three times faster, the same matches).
_NAME = re.compile(r"[A-Z](?<![.!?:] [A-Z])(?<!^[A-Z])(?<!\w[A-Z])[\w-]*(?:\s+[A-Z][\w-]*)*")
_APPOSITIVE = re.compile(r"^(?:A|An|The) [^,]{3,40}, (?P<term>(?:the |a |an )?[^,]{3,40}), \w")
_TOPIC = re.compile(r"^[^:]{3,60}: (?=\S)")
_OBJECT = re.compile(
    rf"(?:{starting_a_word(REPORTING_VERB_LIST)})\s+(?!that\b)"
    r"(?P<object>(?:the|a|an|his|her|their|its)\s[^,.;:]+)"
)
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|would|will|can|cannot|must|should|has|have|had|does|do|did|may|might|"
    r"becomes?|became|means|needs?|makes?|made|gives?|brings?|leads?)\b\s+"
)


def _marked(
    sentence: Inline, start: int, avoid: set[str], kinds: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Ranges of spans at or after `start` that are emphasised/code ("mark") or linked."""
    found = []
    for begin, end, span in positioned(sentence):
        if begin < start or not span.text.strip() or span.text.strip().lower() in avoid:
            continue
        emphasised = bool(span.marks & {"strong", "mark"}) or span.kind == "code"
        if ("mark" in kinds and emphasised) or ("link" in kinds and span.kind == "wikilink"):
            found.append((begin, end))
    return found


def _answer(
    sentence: Inline, text: str, start: int, avoid: set[str], english: bool = True
) -> tuple[int, int] | None:
    """The key term to blank out, by the first strategy that finds one."""
    for candidates in _strategies(sentence, text, start, avoid, english):
        for candidate in candidates:
            trimmed = trim_answer(text, *candidate) if candidate else None
            if trimmed and _share(text, trimmed) <= MAX_ANSWER_SHARE:
                return trimmed
    return None


def _strategies(
    sentence: Inline, text: str, start: int, avoid: set[str], english: bool
) -> Iterator[list[tuple[int, int] | None]]:
    """Each strategy's candidate key terms, best strategy first; each is looked for only if
    none before it gave a key term."""
    yield _marked(sentence, start, avoid, ("mark",))[:1]
    yield _marked(sentence, start, avoid, ("link",))[:1]
    quoted = (
        m.span()
        for m in _QUOTED.finditer(text, start)
        if len(m.group(1).split()) <= MAX_ANSWER_WORDS
        and _share(text, m.span()) <= MAX_ANSWER_SHARE
    )
    yield list(itertools.islice(quoted, 1))
    # A claim's figure usually comes last: "… made 48,000 pins".
    yield [m.span() for m in _NUMBER.finditer(text, start) if m.group() not in avoid][-1:]
    if not english:  # the fallbacks read English grammar
        return
    appositive = _APPOSITIVE.match(text)
    yield [appositive.span("term")] if appositive else []
    topic = _TOPIC.match(text) if not start else None
    yield [_clause_from(text, topic.end())] if topic else []
    yield [_predicate(text, start)]
    names = (
        m.span()
        for m in _NAME.finditer(text, start)
        if m.start() > start and m.group().lower() not in avoid and m.group() not in ("I", "A")
    )
    yield list(itertools.islice(names, 1))
    yield [_object(text, start)]
    yield [_subject(text, start)]


def _object(text: str, start: int) -> tuple[int, int] | None:
    """ "Hardin places the population problem in this class": the object of the reporting verb."""
    found = _OBJECT.search(text)
    if not found or (found.start("object") < start - 1 and start):
        return None
    stop = _PHRASE_BREAK.search(text, found.start("object"), found.end("object"))
    return found.start("object"), stop.start() if stop else found.end("object")


_SUBJECT = re.compile(r"(?P<subject>[^,]{2,30}?) (?:is|are|was|were) ")


def _subject(text: str, start: int) -> tuple[int, int] | None:
    """ "Tic-tac-toe is his example of …": a short subject of "is", when all else failed."""
    found = _SUBJECT.match(text, start)
    if not found or len(found.group("subject").split()) > 3:
        return None
    return found.span("subject")


def _clause_from(text: str, begin: int) -> tuple[int, int] | None:
    """From `begin` to the first clause break or bracket."""
    clause = _first_clause_break(text, begin)
    bracket = text.find(" (", begin)
    ends = [e for e in (clause, bracket) if e > begin]
    return begin, min(ends) if ends else len(text)


_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s[–—]\s")


def _first_clause_break(text: str, start: int) -> int:
    """Position of the first `,` `;` `:` or dash after `start` that is not inside brackets
    or quotes; -1 if none."""
    found = next(top_level(text, r"[,;:](?=\s)|\s[–—]\s", start), None)
    return start + found.start() if found else -1


_PHRASE_BREAK = re.compile(
    r"\s(?:of|to|that|which|who|for|in|on|with|by|from|rather|than|as|because|since|when|while)\s"
)


def _predicate(text: str, start: int) -> tuple[int, int] | None:
    """The words after the first verb of the claim, cut at a phrase boundary when long."""
    found = _PREDICATE.search(text, start)
    if not found:
        return None
    end = len(text)
    clause = _first_clause_break(text, found.end())
    if clause > 0 and len(text[found.end() : clause].split()) >= 2:
        end = clause  # "one pin a day, and certainly not twenty": up to the comma
    if len(text[found.end() : end].split()) > MAX_ANSWER_WORDS:
        comma = text.find(",", found.end())
        if comma > 0 and len(text[found.end() : comma].split()) <= MAX_ANSWER_WORDS:
            end = comma
        else:
            limit = found.end() + len(" ".join(text[found.end() :].split()[:MAX_ANSWER_WORDS]))
            breaks = [m.start() for m in _PHRASE_BREAK.finditer(text, found.end(), limit)]
            if not breaks:
                return None
            end = breaks[-1]
    return trim_answer(text, found.end(), end)


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
    return (start, end) if end > start else None


def _share(text: str, candidate: tuple[int, int]) -> float:
    """How much of the sentence a candidate answer is, in words."""
    return len(text[candidate[0] : candidate[1]].split()) / max(1, len(text.split()))


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


def claim_drafts(doc: Document, sentences: list[Sentence], used: set) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    english = doc.source.language == "en"
    name = author_name(doc.source)
    avoid = {w.lower() for w in (name, doc.source.author, doc.source.title, doc.source.year) if w}
    anchors: Counter[str] = Counter()
    words_of: list[str] = []  # each draft's claim text, in step with `drafts`
    for sentence in sentences:
        if sentence.key in used:
            continue
        spans = strip_spans(sentence.named)
        text = plain_text(spans)
        if not is_substantive(sentence, text, english):
            continue
        start = reported_content_start(text) if english else 0
        answer = _answer(spans, text, start, avoid, english)
        if answer is None:
            continue
        term = text[answer[0] : answer[1]].strip(' "“”')
        if not term or len(term.split()) > MAX_ANSWER_WORDS or normalize_term(term) in STOPWORDS:
            continue
        marked = _mark_all(spans, text, text[answer[0] : answer[1]], start)
        words_of.append(text[start:])
        consumed.add(sentence.key)
        anchor = f"claim:{'/'.join(sentence.section)}:{normalize_term(term)}"
        anchors[anchor] += 1
        drafts.append(
            sentence_draft(
                doc,
                sentence,
                "claim",
                anchor,
                with_source(marked, doc.source, sentence.quotation),
                (),
            )
        )
    distinct = [
        _distinct(d, words) if anchors[d.anchor] > 1 else d
        for d, words in zip(drafts, words_of, strict=True)
    ]
    return distinct, consumed


def _distinct(draft: Draft, words: str) -> Draft:
    """Two claims of one section on the same key term: each anchor also names the claim's
    first content words. (A running number would shift when one of them changes, and hand
    one card's identity to the other.)"""
    content = [w for w in re.findall(r"[\w'-]+", words.lower()) if w not in STOPWORDS]
    return replace(draft, anchor=f"{draft.anchor}#{' '.join(content[:4])}")


def _mark_all(spans: Inline, text: str, answer: str, start: int) -> Inline:
    """Cloze every occurrence of the answer after `start`, so the front never gives it away."""
    position = text.find(answer, start)
    while position >= 0:
        spans = mark_range(spans, position, position + len(answer), "cloze")
        position = text.find(answer, position + len(answer))
    return spans
