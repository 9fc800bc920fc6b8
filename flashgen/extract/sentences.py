"""The author's running text as sentences: which blocks count, where sentences end, and
operations on a sentence's spans by position in its plain text (slice, mark, replace)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from flashgen.extract.clauses import present_verb_opening
from flashgen.extract.multilingual import PAST_VERB
from flashgen.model import Block, Document, Inline, Span, quickly_made
from flashgen.parse.inline import merge_text, plain_text
from flashgen.parse.source import is_metadata, is_metadata_section

_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "cf",
        "etc",
        "vs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "p",
        "pp",
        "ch",
        "vol",
        "fig",
        "ed",
        "eds",
        "al",
        "approx",
        "ca",
    ]
)
# Abbreviations only before a number: "art." and "sec." end sentences too.
_BEFORE_A_NUMBER = frozenset(("art", "arts", "sec", "secs", "para", "paras", "eq", "eqs", "nr"))
# (French sets its closing guillemet apart: "… on le devient. » Aucun destin …")
_SENTENCE_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?»)?[\"'”»)\]]*\s+(?=[\"“«(\[]?[A-Z0-9À-Ý])")


@quickly_made
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the author's text, with where it stands in the note."""

    spans: Inline
    named: Inline  # the same with the author named (`attribution.name_the_author`)
    section: tuple[str, ...]
    line: int
    block_key: tuple[int, int]  # (section index, block line): sentences of one block share it
    index: int  # position within its block
    # (section index, block line, index): what extractors mark as used, asked of every
    # sentence by each of them, so made once
    key: tuple[int, int, int]
    # From a quote callout or blockquote: the source's own words, and the callout's title
    # ("p. 151, quoting Max Planck"); None for the note's running text.
    quotation: str | None = None
    list_item: bool = False
    # For a list item, the sentence that introduces its list ("Each herdsman asks …:"), with
    # the author named: what the item says is said of it.
    lead: Inline = ()

    @property
    def text(self) -> str:
        return plain_text(self.spans).strip()


def author_blocks(doc: Document) -> Iterator[tuple[int, tuple[str, ...], Block, str | None]]:
    """(section index, heading path, block, quotation) for each block of the author's text,
    in note order: paragraphs and list items, including those of quote callouts and
    blockquotes (quotation is then the callout's title, or ""), never the reader's
    callouts, code, math or metadata lines."""
    for index, section in enumerate(doc.sections):
        if is_metadata_section(section.path):
            continue
        reported_only = readers_section(section.path)
        if reported_only and not criticism_section(section.path):
            continue
        for block in section.blocks:
            if is_metadata(block, in_preamble=not section.path):
                continue
            for found, quotation in _authors(block, None, doc.source_callouts):
                if reported_only and not (
                    found.kind in ("paragraph", "item")
                    and _REPORTED_CRITICISM.match(plain_text(found.spans))
                ):
                    # (under "Criticism" the reader may speak: only what names its critics,
                    # "Critics note that …", "Vygotsky stressed …", is what the work reports)
                    continue
                yield index, section.path, found, quotation


# A heading that says what follows is the reader's own, not the author's: "My thoughts",
# "Reflections", "Criticism", "Mes notes", "Eigene Gedanken" … (its subsections too).
_READERS_HEADING = re.compile(
    r"(?:\W*\d*[.)]?\s*)(?:(?:my|mes|mon|ma|meine?|eigene|mis|mi|mie|miei|mio|minhas|meus)\b"
    # (not the reader's restatement of the work: "My summary", "Mon résumé")
    r"(?!\s+(?:summary|outline|paraphrase|résumé|resumen|riassunto|zusammenfassung|resumo)\b)"
    r"|personal|persönlich|reflections?\b|réflexions?\b|thoughts\b|reactions?\b|comments\b"
    r"|critique\b|criticism\b|open questions\b|to ?do\b|notes to self\b"
    # (what the reader prepares for class: "## Notes for class", "## For seminar")
    r"|(?:notes\s+)?for\s+(?:class|seminar|tutorial|section|discussion)\s*\Z|class prep\b"
    # (or a textbook's exercises, to work through rather than recall: "### Exercises")
    r"|(?:exercises|practice problems|homework"
    r"|(?:review|study|discussion|summary|revision|comprehension|chapter|end-of-chapter"
    r"|reading|key) questions"
    r"|problem set(?:\s+\d+)?|check your understanding|test yourself|self-check"
    # (or what to know for the course's test: "## For the exam", "## Para o teste")
    r"|(?:for|para|pour|per|für)\s+(?:the\s+|o\s+|a\s+|el\s+|la\s+|l['’]|le\s+|il\s+|die\s+|den\s+)?"
    r"(?:exam|examen|exame|esame|test|teste|prova|partiel|parcial|midterm|final|quiz|prüfung"
    r"|klausur)"
    # (or the course's own business: "## Admin", "## Logistics", "## Organisatorisches")
    r"|admin(?:istrivia)?|logistics|housekeeping|announcements|reminders|organisatorisches)\s*\Z)",
    re.I,
)


# A heading over criticism, which a textbook or lecture reports and a reader may write.
_CRITICISM_HEADING = re.compile(r"(?:\W*\d*[.)]?\s*)(?:critiques?|criticisms?)\s*\Z", re.I)
# A sentence or item that names who criticises and says so: "Critics note …", "Vygotsky
# stressed …" (not "Kilpatrick (1914): too rigid", which reads as a term and its gloss).
_REPORTED_CRITICISM = re.compile(
    r"\s*(?:(?:some|many|other|later|most)\s+)?"
    r"(?:critics|scholars|historians|commentators|reviewers|opponents|others)\b"
    # (or later work, "Later experimental work … supports only …")
    r"|\s*(?i:later|recent|subsequent)\s+(?:[a-z]+\s+)?"
    r"(?:work|research|studies|scholarship|evidence|experiments)\b"
    r"|\s*[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)?\s+"
    r"(?:argue|note|object|stresse|claim|contend|replie|show|suggest|point|document|found"
    r"|demonstrate)[sd]?\b"
    # (or a cited work, its author's and its year: "Ekkehart Malotki's *Hopi Time* (1983) …")
    r"|\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s\s+[A-Z][^()]{0,60}\(\d{4}\)"
)


def criticism_section(path: tuple[str, ...]) -> bool:
    """Whether a heading of `path` says its section holds criticism, and none says it is the
    reader's own ("My critique")."""
    return any(_CRITICISM_HEADING.match(h) for h in path) and not any(
        _READERS_HEADING.match(h) and not _CRITICISM_HEADING.match(h) for h in path
    )


@lru_cache(maxsize=256)
def readers_section(path: tuple[str, ...]) -> bool:
    """Whether a heading of `path` marks its section as the reader's own."""
    return any(_READERS_HEADING.match(heading) for heading in path)


# The walks below are not nested in the functions that use them: see
# `parse.document._add_spans`.
def _authors(
    block: Block, quotation: str | None, source_callouts: frozenset[str]
) -> Iterator[tuple[Block, str | None]]:
    """`author_blocks` of one block and those inside it."""
    if block.kind == "callout":
        if block.callout in source_callouts:
            for child in block.children:
                yield from _authors(child, plain_text(block.spans).strip(), source_callouts)
        return
    if block.kind == "quote":
        for child in block.children:
            yield from _authors(child, quotation or "", source_callouts)
        return
    if block.kind == "deflist":
        # (what a definition says after its first sentence is the author's claims:
        # `explicit` asks the first as the term's meaning)
        for child in block.children:
            if child.kind == "definition":
                for paragraph in child.children:
                    yield from _authors(paragraph, quotation, source_callouts)
        return
    if block.kind in ("paragraph", "list", "item", "table"):
        yield block, quotation
        for child in block.children if block.kind in ("list", "item") else ():
            yield from _authors(child, quotation, source_callouts)


def written_blocks(doc: Document) -> Iterator[tuple[tuple[str, ...], Block]]:
    """(heading path, block) for every paragraph, list item and definition-list block,
    the reader's callouts included: card syntax written there is the reader's own card."""
    for section in doc.sections:
        for block in section.blocks:
            if not is_metadata(block, in_preamble=not section.path):
                for found in _written(block):
                    yield section.path, found


def _written(block: Block) -> Iterator[Block]:
    """`written_blocks` of one block and those inside it."""
    if block.kind in ("paragraph", "item", "deflist"):
        yield block
    if block.kind != "deflist":
        for child in block.children:
            yield from _written(child)


_WORD_WINDOW = 64
_SENTENCE_OPENERS = frozenset(
    "He She It They We I The This These Those There His Her Its Their In On At For But And "
    "So Yet If When While As Since Because Although However Thus Then A An".split()
)
_BEFORE_AN_ORDINAL = frozenset(
    "im am vom zum zur bis seit ab des dem der den das die ins beim".split()
)
_BLANK = " \t\n"  # what `strip_spans` strips unless told


_QUOTE_REACH = 200  # how far a quotation's close may be: further, a quote mark is astray


def _inside_quotation(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation that closes within `_QUOTE_REACH` characters: its
    stops are the quotation's own, not the sentence's."""
    if '"' not in text and "“" not in text and "«" not in text:
        return False  # (most sentences quote nothing)
    reach = text[at : at + _QUOTE_REACH]
    if text.count('"', 0, at) % 2 and '"' in reach:
        return True
    for opening, closing in (("“", "”"), ("«", "»")):
        if text.count(opening, 0, at) > text.count(closing, 0, at) and closing in reach:
            return True
    return False


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Where each sentence of `text` ends (before the white space after its stop) and where
    the next one starts."""
    bounds = []
    for match in _SENTENCE_END.finditer(text):
        if _inside_quotation(text, match.start() + len(match.group().rstrip(_BLANK))):
            continue  # ("… in seven words: "Eat food. Not too much. Mostly plants."")
        # The word before the stop (no abbreviation is as long as the window).
        before = text[max(0, match.start() - _WORD_WINDOW) : match.start()].rsplit(None, 1)
        word = before[-1].lower().strip("([\"'“").rstrip(".") if before else ""
        if word in _ABBREVIATIONS and len(word) > 1:
            continue
        if word in _BEFORE_A_NUMBER and text[match.end() : match.end() + 1].isdigit():
            continue  # "Definitions from Art. 4:", "see Sec. 2", "Eq. 3 gives …"
        if word.isdigit() and len(word) <= 2 and len(before) == 2:
            # A German ordinal: "im 18. Jahrhundert", "am 9. November" (the word before the
            # number is one only German puts there)
            ahead = before[0][-12:].rsplit(None, 1)[-1:]
            if ahead and ahead[0].lower() in _BEFORE_AN_ORDINAL:
                continue
        if len(word) == 1 and word.isalpha():
            # An initial ("J. W. Tukey"), unless a word that only opens a sentence follows
            # ("… believing that P. He attributes …").
            following = text[match.end() : match.end() + 12].split(None, 1)
            if not following or following[0] not in _SENTENCE_OPENERS:
                continue
        bounds.append((match.start() + len(match.group().rstrip(_BLANK)), match.end()))
    return [*bounds, (len(text), len(text))]


def split_sentences(spans: Inline) -> list[Inline]:
    """Split at sentence ends in plain text, never inside code, math or links."""
    text = plain_text(spans)
    bounds = sentence_bounds(text)
    if len(bounds) == 1:  # one sentence (most list items): sliced whole only if need be
        if not text.strip():
            return []
        return [strip_spans(spans if _sliced_whole(spans) else slice_spans(spans, 0, len(text)))]
    pieces = []
    start = 0
    # Sliced without the blank after the stop, a sentence most often needs no strip.
    for end, after in bounds:
        piece = slice_spans(spans, start, end)
        if plain_text(piece).strip():
            pieces.append(strip_spans(piece))
        start = after
    return pieces


# Where a talk or podcast note says when something was said: "04:10 — ", "[1:02:03] ".
_TIMESTAMP = re.compile(r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?(?:\s*[—–-])?\s+(?=\S)")


def _without_timestamp(spans: Inline) -> Inline:
    """A sentence without the timestamp that opens it: when, not what, is said."""
    if not spans or spans[0].kind != "text" or spans[0].text[:1] not in "[(0123456789":
        return spans
    found = _TIMESTAMP.match(spans[0].text)
    if found is None:
        return spans
    return slice_spans(spans, found.end(), len(plain_text(spans)))


# A proposition's number opening its line: "1 ", "1.1 ", "4.0031 ".
_PROPOSITION_NUMBER = re.compile(r"\d+(?:\.\d+)*\s+(?=[A-Z\"“«])")


def _numbered_lines(text: str) -> bool:
    """Whether every line of a paragraph (two or more) opens with a proposition's number."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and all(_PROPOSITION_NUMBER.match(line) for line in lines)


def _without_number(spans: Inline) -> Inline:
    """A proposition without the number that opens it."""
    text = plain_text(spans)
    found = _PROPOSITION_NUMBER.match(text)
    return slice_spans(spans, found.end(), len(text)) if found else spans


# Where a note cites the page a point is on: "(p. 561)", "(pp. 252–260)", "[p. 45]".
_PAGE_REFERENCE = re.compile(r"\s*[(\[](?:pp?|S)\.\s?\d+(?:\s?[–-]\s?\d+)?(?:,\s?\d+)*[)\]]")


# … or where an e-reader's export found a highlight: "— Location 412", "(Loc. 38–40)",
# "— Page 45".
_LOCATION = re.compile(
    r"\s*[—–-]?\s*[(\[]?(?:Location|Loc\.|Page)\s\d+(?:\s?[–-]\s?\d+)?[)\]]?(?=\s*$|\s*[—–-]|\s*\n)"
)


def _without_page_references(spans: Inline) -> Inline:
    """A sentence without the page references it cites: where, not what, the author says."""
    text = plain_text(spans)
    # (what every reference or location holds: most sentences hold none of the four)
    if "p." not in text and "S." not in text and "Loc" not in text and "Page " not in text:
        return spans
    found = [*_PAGE_REFERENCE.finditer(text), *_LOCATION.finditer(text)]
    found.sort(key=lambda reference: reference.start())
    if not found:
        return spans
    parts = []
    start = 0
    for reference in found:
        parts.append(slice_spans(spans, start, reference.start()))
        start = reference.end()
    parts.append(slice_spans(spans, start, len(text)))
    return join(*parts)


def sentences(
    doc: Document, naming: Callable[[Inline, Inline, tuple[str, ...]], Inline]
) -> list[Sentence]:
    """The sentences of the author's text; `naming` names the author in one, given the
    sentence before it in its section and the section's headings (every extractor reads a
    sentence so, and it is done once here)."""
    found: list[Sentence] = []
    introducing: Inline = ()  # the last block's last sentence, when it ends with a colon
    parent: Inline = ()  # the last block's last sentence, when the block is a list item
    leads: dict[int, Inline] = {}  # a list item's line -> the sentence introducing its list
    nested: set[int] = set()  # the lines of items of a list inside another list's item
    before: Inline = ()  # the sentence before, in the same section
    section_before = -1
    surname = doc.source.author.split()[-1] if doc.source.author.split() else ""
    for section_index, path, block, quotation in author_blocks(doc):
        if section_index != section_before:
            before, section_before = (), section_index
        if block.kind == "list":
            if parent:
                nested.update(item.line for item in block.children)
            for item in block.children:
                # (a sub-item that goes on from its item, "- so reducing noise is …", is
                # read after it)
                said = plain_text(item.spans)
                goes_on = parent and (
                    _GOES_ON.match(said)
                    or opens_with_its_verb(said)
                    # (in the other languages, a verb whose ending shows its tense)
                    or _past_verb_opening(said, doc.source.language)
                )
                leads[item.line] = introducing or (parent if goes_on else ())
        if block.kind not in ("paragraph", "item") or not block.spans:
            introducing = parent = ()
            continue
        key = (section_index, block.line)
        lead = leads.get(block.line, ()) if block.kind == "item" else ()
        introducing = ()
        # Numbered propositions ("5.6 The limits of my language …"): the work's own words,
        # each line a quotation of it without its number
        numbered = (
            quotation is None
            and block.spans[0].text[:1].isdigit()
            and _numbered_lines(plain_text(block.spans))
        )
        logged = False  # the paragraph opened with the reader's log of the reading
        for index, spans in enumerate(split_sentences(block.spans)):
            if index == 0:
                spans = _without_timestamp(spans)
            if numbered:
                spans = _without_number(spans)
            spans = _without_page_references(spans)
            if spans and surname and _citation(spans, surname):
                continue  # ("Eric Hobsbawm and Terence Ranger (eds.), 1983.": whose the work is)
            if not spans or _readers_log(spans):
                # (nothing left but where it was found: "(Location 301)"; and after a log
                # that opens a paragraph, the rest of it is the reader's too: "Borrowed
                # from the library … Long, but it reads quickly …")
                logged = logged or (index == 0 and block.kind == "paragraph" and bool(spans))
                continue
            if logged and not (surname and surname in plain_text(spans)):
                continue
            if block.line in nested and _NOTE_LABEL.match(plain_text(spans)):
                continue  # (under a highlight, "Note: …" is the reader's, as exports write it)
            named = naming(spans, before, path)
            before = spans
            found.append(
                Sentence(
                    spans,
                    named,
                    path,
                    block.line,
                    key,
                    index,
                    (*key, index),
                    "" if numbered else quotation,
                    block.kind == "item",
                    lead,
                )
            )
            introducing = named if plain_text(spans).rstrip().endswith(":") else ()
            parent = named if block.kind == "item" else ()
    return found


# The reader's log of the reading ("Read on the train, March 2024.", "Finished in two
# days."): a reading verb with no subject, then when or where.
_READING_LOG = re.compile(
    r"(?:first\s+)?(?:read|re-?read|finished|started|listened\s+to|watched|skimmed)"
    r"(?:\s+(?:it|this|again))?[\s,]+(?:on|in|at|during|over|while|for|via|from|back|last|"
    r"this|after|before|\d)"
    # (the same in the other languages: "Letto d'estate, in Basilicata.", "Lu en deux jours")
    r"|(?:ri|re)?(?:letto|lu|le[íi]do|lido|gelesen)\s+(?:d['’]|(?:nel|nella|in|durante|en|el"
    r"|em|no|na|nas|nos|pendant|dans|au|im|während|über|am)\s)"
    # ("Reading this after 80 years: it's hypertext …": the reader, looking back)
    r"|(?:re-?)?reading\s+(?:it|this)\s+(?:again\s+)?(?:now|today|after|in|at|on|for|years)\b"
    # ("Picked this up because our plant manager keeps quoting it.")
    # (or why the reader is reading it: "Reading this because everyone cites it …")
    r"|(?:reading|read|started|opened)\s+(?:it|this|the\s+book)\s+(?:because|since|after)\b"
    r"|(?:picked|bought|borrowed|grabbed|got)\s+(?:it|this|the\s+book)\s+(?:up\s+)?"
    r"(?:because|after|before|during|while|on|in|at|from|for|when|last|this)\b"
    # ("Picked up secondhand at a book fair; …": where the reader's copy came from)
    r"|(?:picked\s+up|bought|found|got)\s+(?:it\s+|this\s+)?(?:secondhand|second-hand|used"
    r"|cheap(?:ly)?|at\s+(?:a|an|the)\s+(?:book|library|charity|jumble|garage|yard))\b"
    # ("Our team lead handed this out at the offsite; …": who gave the reader the book)
    r"|(?:my|our)\s+(?:[\w'’-]+\s+){0,3}?(?:handed|gave|lent|sent|assigned|recommended)\s+"
    r"(?:me\s+|us\s+)?(?:this|it|the\s+book)\b"
    # ("Assigned for the philosophy of science seminar.": the course it was read for)
    r"|(?:assigned|set|required)(?:\s+reading)?\s+(?:for|in)\s+[^.;]{0,60}?\b(?:seminar|course"
    r"|class|module|lecture|tutorial|reading\s+group|week|unit)\b"
    # ("Lectura para el seminario de historia colonial.", "Read for the reading group": the
    # course or group the reader read it for, in any language)
    # (or the notes were taken for: "Notas para a cadeira de Literatura Portuguesa I")
    # (its participle too, "Gelesen für das Proseminar …", "Letto per il corso …", and a
    # German compound course noun: Proseminar, Hauptseminar, Vorlesung)
    # (with what kind of notes they are: "Chapter notes for ASTR 101, week 6")
    r"|(?:(?:chapter|lecture|class|reading|study|seminar|course|my|our)\s+)?"
    r"(?:read(?:ing)?|lectura|lecture|lettura|leitura|lektüre|notes|notas|apuntes|appunti"
    r"|anotações|notizen|gelesen|letto|leído|lido|lu"
    # (and the reader's first person that read it: "Li para o seminário …", "Lo leí para …")
    # (or the readers' plural: "Lo leímos para …", "Lemos para …", "L'abbiamo letto per …")
    r"|li|lemos|(?:lo\s+|la\s+)?le[íi](?:mos)?|l['’](?:ho|abbiamo)\s+letto)\s+"
    r"(?:for|para|pour|per|für)\s+"
    r"[^.;]{0,60}?\b(?:seminar|seminario|séminaire|seminário|course|curso|cours|corso|kurs"
    r"|class|clase|classe|aula|module|módulo|modulo|reading\s+group|book\s+club|tutorial"
    r"|cadeira|disciplina|asignatura|materia|matière|insegnamento|esame|examen|exam|taller"
    r"|workshop"
    r"|\w*(?:seminar|vorlesung|kurs|übung)"
    # (or a course by its code, or the week of the course: "for PHYS 2210", "for week 6")
    r"|(?-i:[A-Z]{2,5}\s?\d{3,4}[A-Z]?)|(?:week|unit|semana|semaine|settimana|woche)\s*\d)"
    # ("Read the abridged edition for the Gilded Age seminar.": the copy read, then the
    # course it was read for)
    r"|read(?:ing)?\s+(?:it|this|the\s+(?:[\w'’-]+\s+){0,3}?(?:edition|translation|version"
    r"|book|text|chapters?|essay|paper|article|introduction))\s+(?:for|in)\s+[^.;]{0,60}?\b"
    r"(?:seminar|course|class|module|reading\s+group|book\s+club|tutorial|exam)"
    # ("For the philosophy of action module, week 3.": the course and its week)
    r"|for\s+(?:the|my|our)\s+[^.;]{0,40}?\b(?:module|course|seminar|class|tutorial)[,\s]+"
    r"(?:week|unit|session|lecture)\s*\d"
    # ("Recommended by Priya after …": who pointed the reader to it)
    r"|recommended\s+(?:by|to\s+me)\b"
    # ("Borrowed from the library after a trip to …": where the reader's copy came from)
    r"|(?:bought|borrowed|got|grabbed)\s+(?:from|at)\s+(?:the\s+|a\s+|my\s+)?"
    r"(?:library|bookshop|bookstore|second-hand|used|friend|colleague|airport|station)",
    re.I,
)
# A course's test, in the languages notes are kept in (what the reader's reminders and
# warnings name).
_COURSE_TESTS = (
    "partiel|examen|exam|esame|exame|contrôle|parcial|final|midterm|quiz|test|prova|Klausur|Prüfung"
)
# A note to self ("TODO: review …", "Reminder: …"), or where the work comes from
# ("Originally a lecture given at …", "Inaugural lecture at Oxford, 1958, published …").
_TO_SELF = re.compile(
    r"(?:TODO|TO-DO|To-?do|FIXME|Note to self|Reminder|Remember to"
    # (the same in the other languages: "Penser à relire le chapitre 4 avant le contrôle")
    r"|Penser à|Ne pas oublier|Recordar|No olvidar|Ricordarsi di|Ricordare di|Lembrar de"
    r"|Não esquecer|Nicht vergessen|Daran denken"
    r"|Exam (?:tip|note|hint)s?|For the (?:exam|test|midterm|final)"
    # ("Exam: know the four mechanisms …", "Midterm: chapters 1–4")
    r"|(?:Exam|Midterm|Final exam|Quiz|Test)s?\s*:"
    # (and in the other languages, with its day: "Klausur am Freitag: Artikel 48 …")
    r"|(?:Klausur|Prüfung|Examen|Partiel|Contrôle|Esame|Prova|Exame|Parcial)"
    r"(?:\s+(?:am|le|el|il|la|o|a|de|du)\s+[\w.]+)?\s*:"
    # (the lecturer's asides and study advice: "Prof's aside: … be ready for an essay",
    # "Prof's hint: most exam questions are won or lost at step 1")
    r"|(?:Prof|Professor|Lecturer|Instructor|Teacher|TA)(?:['’]s)?\s+"
    r"(?:aside|remark|comment|hint|tip|advice)s?:"
    # (what the course assigns to hear or watch: "Listening: Bach, *The Well-Tempered
    # Clavier* …", "Screening: *Bicycle Thieves*")
    r"|(?:Required\s+|Assigned\s+)?(?:Listening|Viewing|Screening)s?\s*:"
    # (what the note is and when it was taken: "Apuntes de clase, 14 de noviembre")
    r"|(?:Lecture notes|Class notes|Apuntes(?: de clase)?|Notes de cours|Appunti"
    r"(?: di lezione| della lezione)?|Mitschrift|Vorlesungsnotizen)\s*[,:–—-]"
    # (what to review for the course's test, in any language: "À revoir pour le partiel :
    # les dates …", "Da ripassare per l'esame", "Repasar para el parcial")
    r"|(?:[ÀA]\s+(?:revoir|réviser|retenir)|Revoir|Réviser|Da\s+(?:ripassare|rivedere)"
    r"|Ripassare|(?:Para\s+)?(?:repasar|rever|revisar)|Repasar|Rever|Revisar|Wiederholen"
    r"|To\s+review|Review"
    # (or to know for it: "Da sapere per l'esame: …", "À savoir pour le partiel")
    r"|Da\s+sapere|[ÀA]\s+savoir|Para\s+saber|Zu\s+wissen|To\s+know|Know|Remember"
    r"|Memori[sz]e|Learn)"
    r"\s+(?:pour|per|para|for|für|avant|before|vor)\s+(?:le|la|l['’]|il|lo"
    rf"|el|o|a|the|die|den|das)?\s*(?:{_COURSE_TESTS})\b"
    # (what to read or do next: "Next: maybe Parker's *Global Crisis* …", "To read: …")
    r"|(?:Next(?:\s+up)?|Up\s+next|To\s+read|Read\s+next|Further\s+reading|Follow[- ]up)\s*:"
    # (a study task, an instruction in the lowercase after its label: "Review: draw the
    # cycle from memory", "Homework: compare …")
    r"|(?:Review|Revision|Homework|Practice|Self-?test)\s*:\s*(?=[a-z])"
    # (the exercises to do, by number: "Review questions: 7.1–7.9 on p. 214", "Exercices
    # 3 à 7", "Aufgaben: 2.4, 2.5")
    r"|(?:(?:Review|Practice|Study|End-of-chapter)\s+(?:questions|problems|exercises)"
    r"|Exercises|Problems|Ejercicios|Exercices|Esercizi|Exerc[íi]cios|Aufgaben|Übungen"
    r"|Übungsaufgaben)\s*:?\s*\d+(?:\.\d+)*(?=\s*(?:[–-]|,|;|and|à|a|bis|e|y|to|on|p\.|$)))"
    r"(?:\b|(?<=[:,–—-]))"
)
# The lecturer on the exam ("The professor said this will be on the final", "El profesor
# dijo que este tema entra seguro en el examen"): the reader's course, in any language.
_LECTURER_ON_THE_EXAM = re.compile(
    r"(?:(?:The|Our|My|El|La|Le|Il|O|A|Der|Die|Notre|Nuestro|Nuestra)\s+)?"
    r"(?:prof(?:essor|esora?|esseure?|essore(?:ssa)?|\.)?|lecturer|instructor|teacher|TA"
    r"|docente|Dozent(?:in)?)\b[^.;]{0,80}?"
    r"\b(?:exam|examen|midterm|final|Prüfung|Klausur|esame|exame|prova|partiel"
    # (or on what the students must be able to do: "El profesor insistió en que hay que
    # saber dibujar una célula", "the lecturer said we need to know …")
    r"|hay\s+que|we\s+(?:need|have)\s+to|you\s+(?:need|have)\s+to|il\s+faut|bisogna"
    r"|é\s+preciso|tem\s+que|temos\s+que|muss\s+man|müssen\s+wir)\b",
    re.I,
)
_EXAM_WORDS = (
    "xam",
    "idterm",
    "inal",
    "rüfung",
    "lausur",
    "same",
    "prova",
    "artiel",
    "ay que",
    " to ",
    "faut",
    "isogna",
    "preciso",
    " que",
    "muss",
    "müssen",
)
# The reader's own reaction in the other languages notes are kept in ("Mi è piaciuto molto
# il finale", "J'ai trouvé la fin trop longue", "Me gustó el capítulo", "Ich fand …"): the
# first person that likes, finds or read (not a first person that paraphrases the work's,
# "je pense, donc je suis").
_FOREIGN_REACTION = re.compile(
    r"(?i:j['’]ai\s+(?:(?:beaucoup|bien|vraiment|surtout)\s+)?(?:aimé|adoré|trouvé|lu|apprécié"
    r"|détesté|eu\s+du\s+mal)|je\s+(?:trouve|n['’]ai\s+pas\s+(?:aimé|compris|lu))|à\s+mon\s+avis"
    r"|selon\s+moi|me\s+(?:gust[óa]|gustaron|encant[óa]|pareci[óa]|result[óa]|sorprendi[óa])"
    r"|(?:yo\s+)?le[íi]\s+(?:el|este|ese|la|esta)|en\s+mi\s+opini[óo]n"
    r"|mi\s+(?:è|ha|hanno|sono)\s+(?:(?:molto|tanto|davvero)\s+)?(?:piaciut[oaie]|colpit[oaie])"
    r"|mi\s+piace|secondo\s+me|a\s+mio\s+(?:avviso|parere)|(?:io\s+)?ho\s+letto"
    r"|gostei|achei\s+(?:o|a|que|este|esse)|na\s+minha\s+opini[ãa]o"
    r"|ich\s+(?:fand|finde|habe\s+\w+\s+gelesen)|mir\s+(?:gef[äa]llt|hat\s+\w+(?:\s+\w+)?\s+gefallen)"
    r"|meiner\s+meinung\s+nach)\b"
)
_REACTION_WORDS = (
    "ai ",
    "avis",
    "moi",
    "me ",
    "opini",
    "mi ",
    "mio",
    "letto",
    "gost",
    "achei",
    "ich",
    "mir",
    "meiner",
)
_REACTION_OPENING = 80  # (where the reaction is said: "Mi è piaciuto …", "J'ai trouvé …")
# The reader's verdict on the reading ("Heavy going but worth it; …", "Worth the effort.").
_VERDICT = re.compile(
    r"(?:(?:Heavy|Hard|Slow|Tough)\s+going|Worth\s+(?:it|the\s+(?:read|effort|time))"
    r"|(?:A\s+)?(?:[Gg]reat|[Gg]ood|[Ff]un|[Qq]uick|[Ee]asy|[Hh]ard|[Ss]low)\s+read)\b"
)
# What to know for the course's exam, at the end of a sentence ("… the one to remember for
# the exam."), or what comes up in it ("Haldane said the elasticity question is on every
# final"): the reader's aim.
_FOR_THE_EXAM = re.compile(
    r"\bfor\s+the\s+(?:exam|midterm|final(?:\s+exam)?|essay|presentation)"
    r"(?:\s+(?:maybe|perhaps|probably))?\W*$"
    r"|\b(?:is|are|will\s+be|comes?\s+up|appears?)\s+(?:on|in)\s+(?:the|every|each|our)\s+"
    r"(?:exams?|midterms?|finals?|final\s+exams?|quiz(?:zes)?)\b"
)
_FOR_THE_EXAM_WORDS = ("exam", "term", "final", "quiz", "essay", "presentation")
# A note the reader labels and writes in the first person ("Note: this is the image I want
# for the workshop"), as an e-reader's export keeps them between highlights.
_LABELLED_ASIDE = re.compile(
    r"(?:Note|NB|N\.B\.|Me|Comment|Thought)s?\s*:\s*(?=.*\b(?:I|my|me|mine|I['’](?:m|d|ve|ll))\b)"
)
# A labelled warning about the course's test, in any language ("Ojo: el examen parcial
# incluye mapas", "Achtung: Klausur …", "NB: the midterm covers …").
_EXAM_WARNING = re.compile(
    r"(?:Ojo|Atención|Attenzione|Achtung|Attention|NB|N\.B\.|Nota|Note|Importante|Important)"
    rf"\s*:\s*(?=[^.;]*\b(?:exams|{_COURSE_TESTS})\b)",
    re.I,
)
_LABEL_CHARACTERS = 12  # "Comment:" and its colon
# What `_COURSE_TEST` opens with, in its first two words (most sentences open otherwise)
_COURSE_WORDS = frozenset("quiz exam midterm final test office".split())
_COURSE_OPENING = 20
_NOTE_LABEL = re.compile(r"(?:Note|My note|Comment|Thought)s?\s*:", re.I)
# A course's test and what it covers ("Quiz on Friday covers this lecture.", "Midterm covers
# lectures 1–7."): the reader's calendar too.
_COURSE_TEST = re.compile(
    # (a kind of test may come first: "Listening quiz next week", "Reading quiz on Friday")
    r"(?:The\s+)?(?:[A-Za-z]+\s+)?(?:quiz|exam|midterm|final(?:\s+exam)?|test|office\s+hours)"
    r"\b[^.;]{0,30}?"
    # (the day alone too: "Quiz Friday on modes")
    r"\b(?:covers?\b|(?:(?:on|next|this)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|next\s+week\b"
    r"|moved\b|(?:are|is)\s+(?:on|at)\b)",
    re.I,
)
# A course's deadline ("Note: problem set 3 due Friday."): the reader's calendar.
_COURSE_DEADLINE = re.compile(
    r"\b(?:problem set|pset|homework|assignment|quiz|lab report|essay|paper|project|reading)"
    r"\b[^.;]{0,20}\bdue\b",
    re.I,
)
# The course's errands on a given day ("Museum visit Saturday — meet at the main entrance",
# "Sketching assignment: bring pencils and a clipboard on Tuesday"): the reader's calendar.
_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next\s+(?:week|class|lecture)|tomorrow)\b"
)
_COURSE_ERRAND = re.compile(
    r"\b(?:meet\s+(?:at|in|outside|by)|bring|assignment|homework|hand\s+in|submit|field\s+trip"
    r"|visit|office\s+hours|reading\s+response|sketchbooks?|worksheet"
    # ("Reading for Thursday: … ch. 3 — skim the maps")
    r"|readings?\s+for|problem\s+set|skim)\b",
    re.I,
)
# Anything short that is due at a time ("Sketchbooks due at the start of next class.").
_DUE = re.compile(
    r"[A-Z][\w -]{0,40}?\s+due\s+(?:at|on|by|in|next|this|tomorrow|tonight|before"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
# Where the course's materials are ("Prof. Okafor · slides on Canvas", "Slides posted on the
# course page"): the reader's logistics.
_COURSE_MATERIALS = re.compile(
    r"\b(?:slides|recordings?|handouts?|lecture notes|readings?)\s+(?:are\s+|were\s+)?"
    r"(?:(?:posted|uploaded|available|online|up)\s+)?(?:on|in|at|to)\s+"
    r"(?:Canvas|Moodle|Blackboard|Piazza|Teams|Brightspace|Sakai|the\s+(?:LMS|VLE)"
    r"|the (?:course|class) (?:site|page|website|drive))\b",
    re.I,
)
# A class moved or called off ("Studio crit moved to room 204.", "Seminar cancelled on
# Monday"): the reader's calendar.
_RESCHEDULED = re.compile(
    r"\b(?:moved|cancell?ed|postponed|rescheduled)\s+(?:to|until|on|in)\s+"
    r"(?:[Rr]oom\s+\w+|(?:next\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|next\s+week"
    # (or a date, a day of the month or an hour: "Field trip … moved to the 14th.")
    r"|the\s+\d{1,2}(?:st|nd|rd|th)(?![\s-]+century)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.?\s+\d{1,2}|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b"
)
# (what `_COURSE_MATERIALS` needs, found first: a rare capital, no "\b" to try everywhere)
_PLATFORM = re.compile(
    r"Canvas|Moodle|Blackboard|Piazza|Teams|Brightspace|Sakai|LMS|VLE"
    r"|course (?:site|page|website|drive)"
    r"|class (?:site|page|website|drive)"
)
# The lecturer, by title (a name follows).
_LECTURER = r"(?:Prof|Dr|Professor|Lecturer|Instructor|TA)\.?\s+[A-Z]"
# A line of course fields set off by middle dots, one of them the lecturer, the week or
# the hour ("Prof. Nakagawa · Tue 10am · worked examples are in the lab manual"): the
# reader's course, not the lecture's content.
_COURSE_FIELD = re.compile(
    rf"(?:^|·\s+)(?:{_LECTURER}|[Ww]eek\s+\d"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b)"
)
# The lecturer, a comma, and the week or the day ("Prof. Thorsrud, week 5.", "Dr. Ashworth,
# Tue 3 Nov. (missed the first 10 min)"): the course's header, with what the reader adds.
_LECTURER_DATED = re.compile(
    rf"{_LECTURER}[\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
    r",\s+(?:[Ww]eek\s+\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}\b)"
)
_PROVENANCE = re.compile(
    r"(?:Originally|First)\s+(?:a|an|published|delivered|given|read|written)\b"
    r"|(?:(?:An?|Inaugural|Public)\s+)?(?:\w+\s+)?(?:lecture|talk|address|speech)\s+"
    r"(?:given|delivered|read)?\s*(?:at|to|before|in)\b"
)
_PROVENANCE_WORDS = ("Originally", "First", "lecture", "talk", "address", "speech")
_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")  # (where a work comes from names its year)
# A citation of the work alone: its authors or editors, its title in italics, its year.
_CITED_NAMES = r"[A-Z][\w.'’-]*(?:\s+(?:(?:de|van|von|da|di|del|le|la)\s+)?[A-Z][\w.'’-]*){0,3}"
_CITATION = re.compile(
    rf"{_CITED_NAMES}(?:\s*(?:,|and|&)\s*{_CITED_NAMES})*"
    r"(?:\s*\((?:eds?|trans)\.\)|,\s*eds?\.)?,?\s*(?:§+\s*)?[,(]?\s*(?:1\d{3}|20\d\d)\)?\.?"
)


def _citation(spans: Inline, surname: str) -> bool:
    """Whether a sentence only cites the note's work, by its author's `surname` ("Eric
    Hobsbawm and Terence Ranger (eds.), 1983.", "Michael Walzer, *Spheres of Justice*
    (1983)."): no claim of it (another work a lecture cites may be a point of its own)."""
    shape = "".join("§" if "em" in span.marks else span.text for span in spans).strip()
    return surname in shape and shape[:1].isupper() and _CITATION.fullmatch(shape) is not None


# A line that only points elsewhere: "Related: [[A]], [[B]]", "See also: [[X]]".
_LINKS_LABEL = re.compile(r"[\w /-]{1,24}:\s*$")
_BETWEEN_LINKS = re.compile(r"[\s,;·|/&.-]*(?:and\s*)?")


def _readers_log(spans: Inline) -> bool:
    """Whether a sentence is the reader's bookkeeping, not the author's text: a log of the
    reading, a note to self, where the work comes from, or a labelled line of links and
    nothing else."""
    text = plain_text(spans)
    if _READING_LOG.match(text) or _TO_SELF.match(text) or _VERDICT.match(text):
        return True
    lower = text[:_REACTION_OPENING].lower()
    if any(w in lower for w in _REACTION_WORDS) and _FOREIGN_REACTION.search(text):
        return True
    if any(w in text for w in _FOR_THE_EXAM_WORDS) and _FOR_THE_EXAM.search(text):
        return True
    if any(w in text for w in _EXAM_WORDS) and _LECTURER_ON_THE_EXAM.match(text):
        return True
    if ":" in text[:_LABEL_CHARACTERS] and (
        _LABELLED_ASIDE.match(text) or _EXAM_WARNING.match(text)
    ):
        return True
    if " due" in text and (_COURSE_DEADLINE.search(text) or _DUE.match(text)):
        return True
    if _COURSE_WORDS.intersection(text[:_COURSE_OPENING].lower().split()[:2]) and (
        _COURSE_TEST.match(text)
    ):
        return True
    if _PLATFORM.search(text) and _COURSE_MATERIALS.search(text):
        return True
    if " · " in text and _COURSE_FIELD.search(text):
        return True
    if text[:1] in "PDLIT" and _LECTURER_DATED.match(text):
        return True
    if ("moved" in text or "cancel" in text or "poned" in text or "scheduled" in text) and (
        _RESCHEDULED.search(text)
    ):
        return True
    if _DAY.search(text) and _COURSE_ERRAND.search(text):
        return True
    if any(w in text for w in _PROVENANCE_WORDS) and _PROVENANCE.match(text) and _YEAR.search(text):
        return True
    if not spans or spans[0].kind != "text" or not _LINKS_LABEL.match(spans[0].text):
        return False
    rest = spans[1:]
    return any(span.kind in ("wikilink", "link") for span in rest) and all(
        span.kind in ("wikilink", "link", "tag", "embed")
        or (span.kind == "text" and _BETWEEN_LINKS.fullmatch(span.text))
        for span in rest
    )


# How a sub-item that continues its item opens.
_GOES_ON = re.compile(r"(?:so|but|because|hence|thus|therefore|which|whereas|i\.e\.)\s")


def _past_verb_opening(text: str, language: str) -> bool:
    """Whether a sub-item in another language opens with a verb whose ending shows its
    tense ("- equilibrou o orçamento …" under "Salazar entrou no governo …")."""
    past = PAST_VERB.get(language)
    return past is not None and past.match(text) is not None


def opens_with_its_verb(text: str) -> bool:
    """Whether a sub-item opens with a verb whose subject is its item's ("- depends only on
    depth, not on …" under "Pressure increases with depth"): a third person's verb in lower
    case, not a plural noun ("- rules of thumb …")."""
    words = text.split(None, 2)
    return (
        len(words) >= 2
        and words[0].isalpha()
        and words[0].islower()
        and present_verb_opening(words[0], words[1])
    )


# Span operations by plain-text position -----------------------------------------------------


def _atomic(span: Span) -> bool:
    return span.kind in ("code", "math", "embed", "break")


def positioned(spans: Inline) -> Iterator[tuple[int, int, Span]]:
    """Each span with its [start, end) in the plain text (an embed takes no room)."""
    position = 0
    for span in spans:
        length = len(span.text) if span.kind != "embed" else 0
        yield position, position + length, span
        position += length


def slice_spans(spans: Inline, start: int, end: int) -> Inline:
    """The spans covering plain-text positions [start, end). A cut through a link keeps the
    visible piece as plain text; a cut through code or math keeps the whole span."""
    out: list[Span] = []
    hi = 0
    for span in spans:
        lo = hi
        if lo >= end:
            break  # positions only grow: nothing further is inside
        if span.kind == "embed":
            if start <= lo:
                out.append(span)
            continue
        hi = lo + len(span.text)
        if hi <= start:
            continue
        if (start <= lo and hi <= end) or _atomic(span):
            out.append(span)
            continue
        piece = span.text[max(start, lo) - lo : min(end, hi) - lo]
        kind = "text" if span.kind in ("wikilink", "link", "tag") else span.kind
        out.append(Span(kind, piece, "", span.marks))
    return merge_text(out)


def strip_spans(spans: Inline, chars: str = _BLANK) -> Inline:
    """Trim white space (or `chars`) at both ends of the plain text."""
    text = plain_text(spans)
    start = len(text) - len(text.lstrip(chars))
    end = len(text.rstrip(chars))
    if end <= start:
        return ()
    if start == 0 and _sliced_whole(spans):
        if end == len(text):
            return spans  # what slicing it whole would give
        # Most often only the last span loses its end (a sentence's stop): what slicing
        # would give, without walking every span.
        last = spans[-1]
        kept = end - (len(text) - len(last.text))
        if kept > 0 and last.kind == "text":
            return (*spans[:-1], Span("text", last.text[:kept], "", last.marks))
    return slice_spans(spans, start, end)


def _sliced_whole(spans: Inline) -> bool:
    """Whether `slice_spans(spans, 0, len(plain text))` is `spans` itself: a tuple merged as
    `merge_text` leaves it, with no span without text where slicing leaves it out (at the
    start, an embed's only; at the end, none)."""
    if type(spans) is not tuple or not spans[-1].text or spans[-1].kind == "embed":
        return False
    at_start = True
    previous = None
    for span in spans:
        kind = span.kind
        if kind == "embed":
            previous = None  # it parts the texts around it
            continue
        if not span.text and (at_start or kind == "text"):
            return False
        if kind == "text" and previous is not None and previous.marks == span.marks:
            return False  # two texts in a row, merged by slicing
        previous = span if kind == "text" else None
        at_start = at_start and not span.text
    return True


def cuts_atomic(spans: Inline, start: int, end: int) -> bool:
    """Whether [start, end) begins or ends inside a code or math span."""
    position = 0
    for span in spans:
        if span.kind == "embed":
            continue  # it takes no room
        hi = position + len(span.text)
        if span.kind in ("code", "math") and (position < start < hi or position < end < hi):
            return True
        if hi >= end:
            return False
        position = hi
    return False


def mark_range(spans: Inline, start: int, end: int, *marks: str) -> Inline:
    """Add `marks` to everything in [start, end), widened to take whole any code or math
    span it cuts (slicing keeps such a span whole on each side, so a cut would repeat it)."""
    added = frozenset(marks)
    for lo, hi, span in positioned(spans):
        if _atomic(span) and lo < hi:
            if lo < start < hi:
                start = lo
            if lo < end < hi:
                end = hi
    if len(spans) == 1 and spans[0].kind == "text":
        # One run of text (a sentence without links or emphasis): what slicing it gives.
        whole, text = spans[0], spans[0].text
        pieces = (
            Span("text", text[:start], "", whole.marks),
            Span("text", text[start:end], "", whole.marks | added),
            Span("text", text[end:], "", whole.marks),
        )
        return tuple(piece for piece in pieces if piece.text)
    text_length = len(plain_text(spans))
    before = slice_spans(spans, 0, start)
    middle = slice_spans(spans, start, end)
    after = slice_spans(spans, end, text_length)
    marked = tuple(Span(s.kind, s.text, s.target, s.marks | added) for s in middle)
    return before + marked + after


def replace_text(
    spans: Inline, pattern: re.Pattern[str], replacement: Callable[[re.Match[str]], str]
) -> Inline:
    """Replace matches of `pattern` in the plain text by the plain text `replacement` makes
    of each (the spans a match touches lose their kind; all others are kept as they are)."""
    text = plain_text(spans)
    out: list[Span] = []
    position = 0
    for match in pattern.finditer(text):
        out.extend(slice_spans(spans, position, match.start()))
        out.append(Span("text", replacement(match)))
        position = match.end()
    if not out:
        return spans
    out.extend(slice_spans(spans, position, len(text)))
    return merge_text(out)


def text_spans(text: str, *marks: str) -> Inline:
    return (Span("text", text, marks=frozenset(marks)),) if text else ()


def join(*parts: Inline) -> Inline:
    return merge_text(itertools.chain.from_iterable(parts))
