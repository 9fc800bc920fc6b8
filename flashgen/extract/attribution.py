"""Phrasing that lets a card stand alone: name the author instead of "the author"/"he", and
name the source. Works on sentences' spans; knows no particular note's words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from flashgen.extract.clauses import clause, in_lexicon
from flashgen.extract.sentences import Sentence, join, replace_text, slice_spans, text_spans
from flashgen.model import BackStyle, CardKind, Document, Draft, Inline, Source
from flashgen.parse.inline import plain_text

REPORTING_VERBS = (
    "says|argues|claims|asserts|notes|observes|states|writes|suggests|contends|maintains|"
    "insists|holds|believes|thinks|explains|describes|defines|characterizes|characterises|"
    "calls|criticizes|criticises|stresses|emphasizes|emphasises|cautions|warns|recommends|"
    "advises|proposes|shows|concludes|points out|comments|outlines|quotes|counterposes|"
    "dismantles|admits|wants|turns|gives|lists|identifies|distinguishes|compares|reports|"
    "remarks|adds|acknowledges|concedes|denies|rejects|questions|doubts|predicts|"
    "separates|places|opens|credits|answers"
)
REPORTING_VERB_LIST = tuple(REPORTING_VERBS.split("|"))  # the same verbs, one by one

# These run on every sentence. A pattern that opens with `\b` or a look-behind makes `re` try
# it at every position; written after the first letter (`[Tt](?<!\w[Tt])` for `\b[Tt]`), the
# same condition lets `re` skip to that letter: 5-9x faster.
_AUTHOR_APPOSITIVE = re.compile(r"[Tt](?<!\w[Tt])he author,\s*([^,]{1,40}),")
_THE_AUTHOR = re.compile(r"([Tt])(?<!\w[Tt])he author(?:s)?\b('s)?")
# "the author" as an item of a list is anyone's, not the note's author: "a commit records
# the author, the message and the parent commits".
_LISTED_AFTER = re.compile(r",\s+(?:the|a|an|its|their)\s|\s+(?:and|or)\s+(?:the|a|an|its)\s")


def _listed(found: re.Match[str]) -> bool:
    return found.group(2) is None and _LISTED_AFTER.match(found.string, found.end()) is not None


def _plural(verb: str) -> str:
    """The form after "they": argues -> argue, stresses -> stress, points out -> point out."""
    head, _, rest = verb.partition(" ")
    for ending, cut in (("sses", 2), ("ches", 2), ("shes", 2), ("s", 1)):
        if head.endswith(ending):
            head = head[:-cut]
            break
    return f"{head} {rest}".strip()


_PLURAL_OF = {_plural(v): v for v in REPORTING_VERB_LIST}
# The same verbs after two names or "they": "Kahneman and Tversky conclude that …".
PLAIN_REPORTING_VERB_LIST = tuple(_PLURAL_OF)
_ANY_FORM = "|".join(sorted({*REPORTING_VERB_LIST, *_PLURAL_OF}, key=len, reverse=True))
# "He", "she" or "they" opening the sentence or a clause after ", ".
_PRONOUN_AT_CLAUSE_START = "|".join(
    rf"{p}(?:(?<=^{p})|(?<=, {p}))" for p in ("He", "She", "They", "he", "she", "they")
)
_PRONOUN_SUBJECT = re.compile(
    rf"(?:{_PRONOUN_AT_CLAUSE_START})\s+"
    rf"(?P<adverb>(?:also|now|then)\s+)?(?P<verb>{_ANY_FORM})\b"
)
# In reading notes a sentence that opens with "He"/"His" speaks of the author.
# (not a life's events: "He died of tetanus", "She married …" is the life a history tells;
# nor what someone knows, sees or feels: "She knows every physical fact …" is a person of
# the work's, a thought experiment's or a story's)
_SENTENCE_HE = re.compile(
    # ("He is optimistic about …", "She is sceptical of …": the author's stance is the author's)
    r"^(?:He|She)\b(?! (?:is|was)\b(?! (?:optimistic|pessimistic|sceptical|skeptical|critical|"
    r"convinced|certain|doubtful|wary|hopeful|explicit|careful|clear)\b))(?! (?:has|had)\b)"
    r"(?!\s+(?:[a-z]+ly\s+)?(?:died|was born|married|"
    r"moved|emigrated|grew up|fled|fought|served|succeeded|inherited|ruled|reigned|"
    r"knows|knew|sees|saw|learns|learned|learnt|feels|felt|wants|wanted|hates|hated|loves|"
    r"loved|lives|lived|spends|spent|wakes|woke|sleeps|slept|walks|walked|leaves|left|"
    # (what a ruler or a general does, never the author: "He abdicated in March 1917")
    r"abdicated|resigned|retired|escaped|invaded|conquered|was crowned|was elected|was exiled|"
    r"was executed|was murdered|was arrested|was killed|was shot)\b)"
)
# ... and "His"/"Her" of the author's work only: "His son Washington …" in a history is the
# son of the man the note is about, not of its author.
_SENTENCE_HIS = re.compile(
    r"^(?:His|Her)\b(?=\s+(?:[\w-]+\s+){0,2}(?:argument|thesis|claim|point|view|"
    r"book|essay|aim|conclusion|answer|idea|message|case|account|analysis|approach|method|"
    r"position|proposal|theory|focus|concern|question|example|evidence|explanation|model|"
    r"definition|work|study|paper|goal|purpose|target|critique|reply|solution|principle|"
    r"theorem|law|rule|concept|distinction|notion|hypothesis|finding|result|reform|remedy|"
    r"remedies|recommendation|prescription|worry|fear|diagnosis)s?\b)"
)
# What one of the patterns above needs: "he author", or a pronoun opening the sentence or a
# clause after a comma. Most sentences have none of it, and are read for these once, not five
# times (`name_the_author` ran on every sentence: 5 searches each, 3% of a worker's time).
_OPENING_PRONOUNS = ("He", "She", "They", "His", "Her", "he", "she", "they")
# The same pronouns in the other languages notes are kept in, opening a sentence.
_FOREIGN_PRONOUNS = {
    "fr": ("Il ", "Elle "),
    "de": ("Er ",),
    "it": ("Egli ", "Lui ", "Lei "),  # (not "Il", the article)
    "pt": ("Ele ", "Ela "),
    "es": ("Él ", "Ella "),
}
# … then a verb in lower case ("Il accuse …", "Er schreibt …"; not "Il y a", "Il faut")
_FOREIGN_PRONOUN_VERB = re.compile(
    r"^(?:Il|Elle|Er|Egli|Lui|Lei|Ele|Ela|Él|Ella)(?=\s+(?:ne\s+|n['’])?(?!y\b|faut\b|est\b|était\b"
    r"|s['’]agit\b|ist\b|gibt\b)[a-zà-ÿ])"
)


def _foreign_pronoun_named(spans: Inline, text: str, source: Source, before: Inline) -> Inline:
    """ "Il accuse aussi …" after a sentence that opens with the author's name ("Bloch ne
    limite pas …"): the pronoun stands for the author, named."""
    name = author_name(source)
    opening = plain_text(before).lstrip()
    if not name or not opening or not _FOREIGN_PRONOUN_VERB.match(text):
        return spans
    if not any(opening.startswith(part) for part in name.split() if part[:1].isupper()):
        return spans
    return replace_text(spans, _FOREIGN_PRONOUN_VERB, lambda _: name)


_CLAUSE_PRONOUN = re.compile(", (?:[Hh]e|[Ss]he|[Tt]hey)")


def may_name_the_author(text: str) -> bool:
    """False when no pattern that `name_the_author` replaces can match `text`."""
    return (
        "he author" in text
        or text.startswith(_OPENING_PRONOUNS)
        or _CLAUSE_PRONOUN.search(text) is not None
    )


def does(who: str) -> str:
    """ "does" after one author, "do" after several ("Dean and Ghemawat", "Vaswani et al.")."""
    return "do" if " and " in who or who.endswith("et al.") else "does"


def author_name(source: Source) -> str:
    """The name a card uses for the author: the surname, or the work's title if unknown."""
    return source.author_short or ""


# A note has one source: what its cards say of it is made once per note, not once per card.
@lru_cache(maxsize=64)
def source_label(source: Source) -> Inline:
    """`*Title* (1973)` as spans: the title in italics, without its subtitle (the card's
    back names the source in full)."""
    year = f" ({source.year})" if source.year else ""
    return join(text_spans(source.short_title, "em"), text_spans(year))


@lru_cache(maxsize=64)
def _person_named(title: str) -> str:
    """The surname of the person a note is about, when its title is a name and a lifespan
    ("Marie Curie (1867–1934)", "Ada Lovelace (1815-1852)"), or ""."""
    lifespan = _LIFESPAN.search(title)
    words = title[: lifespan.start()].split() if lifespan else []
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    return words[-1]


_OPENING_HE = re.compile(r"^(?:He|She)\b")
# A sentence's subject that names a person: one to three capitalised words, the last not a
# word of the language ("Pepys", "Samuel Pepys", "Maria Montessori").
# (maybe after what the person was: "The physician John Snow", "the curate Henry Whitehead")
_PERSON_SUBJECT = re.compile(
    r"(?:(?:The|the)\s+(?:[a-z][\w-]*\s+){1,3})?"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}(?P<last>[A-Z][\w'’-]+))$"
)


def _other_person(before: Inline, source: Source) -> str:
    """The person the sentence before has as its subject, when not the author; or ""."""
    if not before:
        return ""
    text = plain_text(before)
    found = clause(text)
    subject = found.subject.strip() if found is not None else ""
    person = _PERSON_SUBJECT.fullmatch(subject)
    if person is None and subject.lower() in ("he", "she"):
        # ("When Nicholas took personal command …, he left …. He abdicated …": the person
        # the leading clause names)
        person = _LED_BY_PERSON.match(text)
    if person is None:
        return ""
    # (a last name that is also a word is a name after what the person was and a first
    # name: "The physician John Snow")
    named = person.start("name") > 0 and len(person["name"].split()) > 1
    if in_lexicon(person["last"].lower()) and not named:
        return ""
    authors = {w.lower() for w in (source.author, source.author_short) for w in w.split()}
    if person["last"].lower() in authors:
        return ""
    return person["name"]


_LED_BY_PERSON = re.compile(
    r"(?:When|After|Before|As|Once|Although|Though|Because|While|Since|Until)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}(?P<last>[A-Z][\w'’-]+))(?=\s+[a-z])"
)
_LIFESPAN = re.compile(r"\s*\((?:c\.\s*)?\d{3,4}\s*[–—-]\s*(?:c\.\s*)?\d{2,4}\)\s*$")


def name_the_author(spans: Inline, source: Source, before: Inline = ()) -> Inline:
    """Replace "the author", "the author, [[X]]," and a reporting "he/she/they" by the
    author's name; without a known author, by "the author of *Title*". A "He" or "She"
    that opens a sentence after one whose subject is someone else's name stands for that
    person ("Pepys kept a diary … He wrote it in shorthand": Pepys, not the biographer)."""
    text = plain_text(spans)
    if text.startswith(_FOREIGN_PRONOUNS.get(source.language, ())):
        return _foreign_pronoun_named(spans, text, source, before)
    if not may_name_the_author(text):  # most sentences: asked before anything is made
        return spans
    name = author_name(source)
    person = _other_person(before, source) if text.startswith(("He ", "She ")) else ""
    if person:
        return replace_text(spans, _OPENING_HE, lambda _: person)
    if not name and (person := _person_named(source.title)):
        # A note about a person ("# Marie Curie (1867–1934)"): "She coined …" is about her.
        for pattern, replacement in (
            (_SENTENCE_HE, lambda _: person),
            (_SENTENCE_HIS, lambda _: f"{person}'s"),
        ):
            if pattern.search(text):
                spans = replace_text(spans, pattern, replacement)
                text = plain_text(spans)
        return spans
    if not name:
        title = source.title
        return replace_text(
            spans,
            _THE_AUTHOR,
            lambda m: (
                m.group()
                if _listed(m)
                else f"{title}'s"
                if m.group(2)
                else f"{m.group(1)}he author of {title}"
            ),
        )
    several = does(name) == "do"
    # Functions, not templates: a name is text ("Sm\\ith" is no escape, nor "\\1" a group),
    # and a template is parsed again at every match.
    replacements: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
        (_AUTHOR_APPOSITIVE, lambda _: name),
        (_THE_AUTHOR, lambda m: m.group() if _listed(m) else name + (m.group(2) or "")),
        (_SENTENCE_HE, lambda _: name),
        (_SENTENCE_HIS, lambda _: f"{name}'s"),
        (
            _PRONOUN_SUBJECT,
            lambda m: (
                f"{name} {m.group('adverb') or ''}"
                # ("They conclude" by several authors: "Haney et al. conclude")
                f"{m.group('verb') if several else _PLURAL_OF.get(m.group('verb'), m['verb'])}"
            ),
        ),
    )
    for pattern, replacement in replacements:
        if pattern.search(text):
            spans = replace_text(spans, pattern, replacement)
            text = plain_text(spans)
    return spans


# "… criticizes the idea that all sects should unite, saying that this would …": a "this"
# that stands for an idea, a view, a claim the same sentence has just named.
_IDEA_NOUNS = (
    *("idea", "view", "claim", "notion", "belief", "argument", "proposal", "suggestion"),
    *("assumption", "thesis", "hypothesis", "theory", "principle", "rule", "practice"),
    "approach",
)
_NAMED_IDEA = re.compile(
    rf"\b(?:the|an?|this|that)\s+(?P<noun>{'|'.join(_IDEA_NOUNS)})\s+(?:that|of)\s"
)
_BARE_THIS = re.compile(
    r"\bt(?<!\wt)his(?=\s+(?:is|was|would|will|has|had|means|meant|could|can|might|must)\b)"
)


def with_named_ideas(spans: Inline) -> Inline:
    """A bare "this" after "the idea that …" in one sentence reads "this idea"."""
    text = plain_text(spans)
    if "this " not in text or not any(noun in text for noun in _IDEA_NOUNS):  # most sentences
        return spans
    named = _NAMED_IDEA.search(text)
    if named is None:
        return spans
    noun = named.group("noun")
    bare = _BARE_THIS.search(text, named.end())
    if bare is None:
        return spans
    return join(
        slice_spans(spans, 0, bare.end()),
        text_spans(f" {noun}"),
        slice_spans(spans, bare.end(), len(text)),
    )


def mentions_author(spans: Inline, source: Source) -> bool:
    name = author_name(source)
    return bool(name) and _word(name).search(plain_text(spans)) is not None


@lru_cache(maxsize=64)
def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


# A heading that gives its section to another speaker than the note's author: "Dissent
# (Andrews)", "Concurrence (Jackson, J.)", "Andrews's dissent", "Reply (Strawson)".
_SPEAKERS_HEADING = re.compile(
    r"(?:dissent(?:ing)?|concurr(?:ence|ing)|reply|response|rebuttal|objections?|critique)"
    r"(?:\s+opinion)?\s*\((?P<named>[A-Z][\w'’-]+)"
    r"|(?P<owner>[A-Z][\w'’-]+)['’]s\s+(?:dissent|concurrence|reply|response|rebuttal"
    r"|objections?|critique)\b",
    re.I,
)


@lru_cache(maxsize=256)  # (asked of every sentence; a note has few sections)
def section_speaker(section: tuple[str, ...], author: str) -> str:
    """Who a heading of `section` gives the section to, when not the note's `author`."""
    for heading in reversed(section):
        found = _SPEAKERS_HEADING.search(heading)
        if found is not None:
            who = found["named"] or found["owner"]
            return "" if who == author or not who[:1].isupper() else who
    return ""


def section_source(source: Source, section: tuple[str, ...]) -> Source:
    """The source as a section's cards name it: its speaker, when a heading gives the
    section to someone other than the note's author ("## Dissent (Andrews)")."""
    speaker = section_speaker(section, source.author_short)
    return replace(source, author_short=speaker) if speaker else source


# Who a quotation's title names: capitalised words ("Marcus Aurelius", "Thomas de Quincey"),
# maybe a place after a comma ("Seneca, Letter 7"); or where it stands ("p. 151", "Ench. 1").
_A_PLACE = re.compile(r"\d")
_A_SPEAKER = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+(?:(?:de|da|di|van|von|der|le|la|of|the)\s+)?[A-Z][\w.'’-]*)*"
    r"(?:,\s.*)?\Z"
)


def with_source(spans: Inline, source: Source, quotation: str | None = None) -> Inline:
    """Make a sentence name its source: "In *Title*, Draper argues …" when it starts with the
    author, otherwise "*Title* (Draper): …"; a quotation says where it is quoted from."""
    text = plain_text(spans)
    name = author_name(source)
    label = source_label(source)
    if source.language != "en":  # no English words around a sentence in another language
        return join(spans, source_in_brackets(source))
    if quotation is not None:
        # (a quotation titled with the author's name, "> [!quote] Diamond", names him once;
        # a title that is no one's name is the reader's label: "> [!quote] Favourite line")
        said_by = quotation if quotation not in source.author.split() else ""
        said_by = said_by if _A_SPEAKER.match(said_by) or _A_PLACE.search(said_by) else ""
        where = ", ".join(p for p in (source.author, said_by) if p)
        return join(
            text_spans("Quoted in "), label, text_spans(f" ({where}): " if where else ": "), spans
        )
    if name and text.startswith(name):
        return join(text_spans("In "), label, text_spans(", "), spans)
    if name and not mentions_author(spans, source):
        return join(text_spans(f"{name}, "), label, text_spans(": "), spans)
    return join(label, text_spans(": "), spans)


@lru_cache(maxsize=64)
def source_in_brackets(source: Source) -> Inline:
    """` (*Title*, Author)`: names the source without words of any language."""
    author = f", {source.author}" if source.author else ""
    return join(text_spans(" ("), source_label(source), text_spans(f"{author})"))


@lru_cache(maxsize=64)
def according_to(source: Source) -> Inline:
    """`according to Draper in *Title*` / `in *Title*`."""
    name = author_name(source)
    lead = f"according to {name} in " if name else "in "
    return join(text_spans(lead), source_label(source))


def sentence_draft(
    doc: Document,
    sentence: Sentence,
    kind: CardKind,
    anchor: str,
    front: Inline,
    back: tuple[Inline, ...],
    back_style: BackStyle = "text",
    context: bool = True,
    term: Inline = (),
) -> Draft:
    """A draft made from one sentence: it carries the sentence's place in the note and, as
    context, the sentence itself with the author named."""
    return Draft(
        kind=kind,
        anchor=anchor,
        front=front,
        back=back,
        back_style=back_style,
        source=doc.source,
        section=sentence.section,
        path=str(doc.note.path),
        line=sentence.line,
        context=sentence.named if context else (),
        term=term,
    )
