"""Who wrote a note, what it is, when, and in what language: from its front matter, else from
its first lines (a citation, a `Key: value` line), else from its title."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from lemminflect import getAllLemmas

from flashgen.model import (
    Block,
    Inline,
    Note,
    Section,
    Source,
    Span,
    without_subtitle,
)
from flashgen.parse.inline import inline_spans, merge_text, plain_text
from flashgen.parse.markdown import note_parser

_YEAR_IN_TITLE = re.compile(r"\s*\((\d{4})\)\s*$")


def _meta_text(value: object) -> str:
    """A front-matter value as plain text: `"[[Adam Smith]]"` reads as `Adam Smith`."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if value is None:
        return ""
    parsed = note_parser().parseInline(str(value))
    return plain_text(inline_spans(parsed[0].children or [])).strip() if parsed else ""


def _people(value: object) -> str:
    """Front-matter authors as one name: a list `[Jeffrey Dean, Sanjay Ghemawat]` reads as
    "Jeffrey Dean and Sanjay Ghemawat" (three or more: the first, "et al.")."""
    if not isinstance(value, list):
        return _meta_text(value)
    names = [name for name in map(_meta_text, value) if name]
    if len(names) > 2:
        return f"{names[0]} et al."
    return " and ".join(names)


# Front-matter keys as people write them, in the languages of the notes we have seen.
AUTHOR_KEYS = (
    *("author", "authors", "auteur", "autor", "autore", "creator", "speaker", "lecturer"),
    *("guest", "interviewee"),  # (an interview's words are its guest's)
)


YEAR_KEYS = ("year", "année", "annee", "jahr", "año", "anno", "ano")


TITLE_KEYS = ("title", "titre", "titel", "título", "titulo", "titolo")


LANGUAGE_KEYS = ("lang", "language", "langue", "sprache", "idioma", "lingua")


# The commonest short words of each language: enough to tell a note's language cheaply.
_FUNCTION_WORDS = {
    "en": frozenset("the of and to in is that it for as with was by on are this be from".split()),
    "fr": frozenset("le la les de des du et est un une que qui dans pour pas sur ce se".split()),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den von mit sich des auf für im".split()
    ),
    "es": frozenset("el la los las de del y que en un una es por para con se no".split()),
    "it": frozenset("il lo la gli le di del e che in un una è per con non si".split()),
    "pt": frozenset("o a os as de do da dos das e é que em um uma para com não se".split()),
}


def _first(meta: dict, keys: tuple[str, ...]) -> object:
    return next((meta[k] for k in keys if meta.get(k)), None)


# Enough of a note's text to tell its language (about 1 500 words): a note of 100 KB is
# not read to the end for it.
LANGUAGE_SAMPLE = 10_000


_LETTERS = re.compile(r"[^\W\d_]+")  # a word, as the function words are written


_ANY_FUNCTION_WORD = frozenset().union(*_FUNCTION_WORDS.values())


# The same words in ASCII text, found without looking up each character's Unicode category
# (twice as fast; nearly every note's sample is ASCII).
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def guess_language(spans: Iterable[Span]) -> str:
    """The language whose function words are commonest in the note's text (`spans`, all of
    the note's; its first `LANGUAGE_SAMPLE` characters or so); English when the text is too
    short to tell."""
    texts, length = [], 0
    for span in spans:
        if span.kind == "text":
            texts.append(span.text)
            length += len(span.text)
            if length >= LANGUAGE_SAMPLE:
                break
    sample = " ".join(texts).lower()
    words = (_ASCII_LETTERS if sample.isascii() else _LETTERS).findall(sample)
    if len(words) < 20:
        return "en"
    counts = Counter(filter(_ANY_FUNCTION_WORD.__contains__, words))  # only these are scored
    scores = {
        lang: sum(counts[w] for w in vocabulary if w in counts)
        for lang, vocabulary in _FUNCTION_WORDS.items()
    }
    return max(scores, key=lambda lang: (scores[lang], lang == "en"))


_ET_AL = re.compile(r"\s*\bet al\.?$")


def short_name(author: str) -> str:
    """How running text names the author: "Hal Draper" -> "Draper", "Ashish Vaswani et al."
    -> "Vaswani et al.", "Diego Ongaro & John Ousterhout" -> "Ongaro and Ousterhout"."""
    author = author.strip()
    if not author:
        return ""
    first_of_many = _ET_AL.sub("", author)
    if first_of_many != author:
        return f"{_surname(first_of_many)} et al."
    many = re.split(r"\s*(?:&|\band\b|;|,(?!\s*(?:Jr|Sr)\b))\s*", author)
    surnames = [_surname(name) for name in many if name]
    return " and ".join(surnames) if len(surnames) <= 2 else f"{surnames[0]} et al."


# A capitalised particle before the last name is part of the surname: "Ursula K. Le Guin"
# -> "Le Guin", "Martin Van Buren" -> "Van Buren" ("Alexis de Tocqueville" -> "Tocqueville").
_PARTICLES = frozenset("Le La De Du Des Di Da Del Della Van Von Den Der Ten Ter".split())


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
    if not words:
        return name
    first = len(words) - 1
    while first > 1 and words[first - 1] in _PARTICLES:
        first -= 1
    return " ".join(words[first:]).rstrip(",")


def note_source(
    note: Note, first_heading: str, sections: tuple[Section, ...], spans: list[Span]
) -> Source:
    meta = note.meta
    title = _meta_text(_first(meta, TITLE_KEYS)) or first_heading or note.path.stem
    year = _meta_text(_first(meta, YEAR_KEYS))
    headed = title == first_heading and not _first(meta, TITLE_KEYS)
    found = _YEAR_IN_TITLE.search(title)
    if found:
        year = year or found.group(1)
        title = title[: found.start()].strip()
    # (the first heading's title, its year in brackets already read: "# Croce — Breviario
    # di estetica (1913)")
    headed_title = title if headed else None
    # A citation line opens the note, or follows a line or two of tags or fields.
    cited = next(
        (c for s in sections[:1] for b in s.blocks[:3] if not s.path and (c := citation(b))), None
    )
    in_field = None if cited else _cited_in_field(meta)
    if in_field and not _first(meta, TITLE_KEYS):
        # (a note on an idea from a work it cites: its cards name that work)
        title = in_field[1]
    cited = cited or in_field
    if cited:
        year = year or cited[2]
    labelled = _labelled_lines(sections)
    author = (
        _people(_first(meta, AUTHOR_KEYS))
        or _field_line_value(sections, "author")
        or (cited[0] if cited else "")
        or str(_first(labelled, AUTHOR_KEYS) or "")
    )
    if title == note.path.stem:
        title = _title_in_the_text(title, cited, labelled, author)
    if not author and title == headed_title:
        author, title, headed_year = _author_in_heading(note.path.stem, title)
        year = year or headed_year
    bylined = None if author else _byline(sections, note.path.stem)
    if bylined is not None:
        author, year = bylined[0], year or bylined[1]
    author = author or _author_in_file_name(note.path.stem, title)
    labelled_year = re.search(r"\b\d{4}\b", str(_first(labelled, YEAR_KEYS) or ""))
    year = year or (labelled_year.group() if labelled_year else "")
    language = str(_first(meta, LANGUAGE_KEYS) or guess_language(spans))
    return Source(
        title=title,
        author=author,
        author_short=_surname_as_written(author, spans) or short_name(author),
        year=str(year),
        language=language.lower()[:2],
        shortened=short_name_of(title, first_heading or note.path.stem, author),
    )


# How often the note must write a longer surname for it to be the author's short name.
_SURNAME_WRITTEN = 2


def _surname_as_written(author: str, spans: list[Span]) -> str:
    """The longer surname the note's text gives its one author, when it gives it at least
    twice: "Le Roy Ladurie argues …" for Emmanuel Le Roy Ladurie, "García Márquez" for
    Gabriel García Márquez; or ""."""
    names = author.split()
    if len(names) < 3 or _ET_AL.search(author) or re.search(r"&|\band\b|,|;", author):
        return ""
    text = " ".join(span.text for span in spans if span.kind == "text")
    for length in range(len(names) - 1, 1, -1):
        surname = " ".join(names[-length:])
        if not surname[:1].isupper():
            continue
        written = re.findall(rf"(?<![\w.'’-]){re.escape(surname)}(?![\w'’-])", text)
        if len(written) >= _SURNAME_WRITTEN:
            return surname
    return ""


_LONG_TITLE = 7  # words: a title this long needs a short name on every card's front
_AFTER_AUTHOR = re.compile(r"\s+[—–-]\s+|:\s+")


def short_name_of(title: str, heading: str, author: str) -> str:
    """The short name the note's heading (or file name) gives a long title that has no
    subtitle to drop: "# Braudel — The Mediterranean" for "The Mediterranean and the
    Mediterranean World in the Age of Philip II"; or ""."""
    words = title.split()
    if len(words) < _LONG_TITLE or without_subtitle(title) != title:
        return ""
    named = heading.strip()
    parts = _AFTER_AUTHOR.split(named, maxsplit=1)
    if len(parts) == 2 and set(parts[0].split()) & set(author.split()):
        named = parts[1].strip()  # ("Braudel — …": who wrote it, then what)
    short = named.split()
    if not 2 <= len(short) < len(words) or [w.casefold() for w in words[: len(short)]] != [
        w.casefold() for w in short
    ]:
        return ""
    return " ".join(words[: len(short)])


def _title_in_the_text(
    stem: str, cited: tuple[str, str, str] | None, labelled: dict[str, str], author: str
) -> str:
    """The title of a note that neither front matter nor a first heading gives one: its
    citation line's, its `Title:` line's, the part of a file name "Author - Title" after the
    author ("Hamming - You and Your Research"), or else the file name."""
    if cited:
        return cited[1]
    if _first(labelled, TITLE_KEYS):
        return str(_first(labelled, TITLE_KEYS))
    named, dash, rest = stem.partition(" - ")
    if author and dash and rest.strip() and set(named.split()) & set(author.split()):
        return rest.strip()
    return stem


_NAME_WORDS = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|y|da|di|le|la))*")


_HEADING_DASH = re.compile(r"\s+[—–-]\s+")


# A year after the author's name in a heading or a file name: "Bartlett (1932)", "Bartlett 1932".
_YEAR_AFTER_NAME = re.compile(r"\s+\(?(\d{4})\)?$")


def _author_in_heading(stem: str, heading: str) -> tuple[str, str, str]:
    """(author, title, year) of a note with no front matter whose first heading and file name
    both read "Author — Title" ("# Clausewitz — Vom Kriege" in "Clausewitz - Vom Kriege.md"),
    a year maybe after the name ("# Bartlett (1932) — Remembering: A Study …" in "Bartlett
    1932 - Remembering.md"); or ("", the heading, "")."""
    parts = _HEADING_DASH.split(heading.strip(), maxsplit=1)
    named, dash, rest = stem.partition(" - ")
    named = named.strip()
    if len(parts) != 2 or not dash:
        return "", heading, ""
    headed, year = parts[0].strip(), ""
    dated = _YEAR_AFTER_NAME.search(headed)
    filed = _YEAR_AFTER_NAME.search(named)
    if dated is not None and filed is not None:
        year = dated.group(1)
        headed, named = headed[: dated.start()], named[: filed.start()]
    if headed != named or not _a_name(named):
        return "", heading, ""
    if all(getAllLemmas(word.lower()) for word in named.split()):
        return "", heading, ""  # (a topic, not a name: "# Hypertension — clinical summary")
    titled = _HEADING_DASH.sub(" ", parts[1]).split()
    short = _HEADING_DASH.sub(" ", rest).split()
    # (the file name may give the title's first part, before its subtitle)
    if short != titled and not (
        year and parts[1].casefold().startswith(f"{rest.strip()}:".casefold())
    ):
        return "", heading, ""  # (the file name names another title)
    return named, parts[1].strip(), year


def _author_in_file_name(stem: str, title: str) -> str:
    """The author a file name "Author - Title" gives when its title part is the note's
    title ("Han - La sociedad del cansancio" with `# La sociedad del cansancio`)."""
    named, dash, rest = stem.partition(" - ")
    short, full = rest.strip().casefold(), title.strip().casefold()
    # (or the title's first part, before its subtitle: "Epstein - Range" with `# Range: Why
    # Generalists Triumph …`)
    if not dash or (short != full and not full.startswith(f"{short}:")):
        return ""
    named = named.strip()
    return named if _a_name(named) else ""


# A byline under the note's first heading: "David Epstein (2019). Book notes …", "Bernard
# Williams, 1981."
_BYLINE = re.compile(
    r"(?P<author>[A-Z][\w.'’-]+(?: (?:de |van |von |da |di )?[A-Z][\w.'’-]+){1,3})"
    r"(?: \((?P<year>1\d{3}|20\d\d)\)|, (?P<year2>1\d{3}|20\d\d))[.,;]?(?:\s|$)"
)


def _byline(sections: tuple[Section, ...], stem: str) -> tuple[str, str] | None:
    """(author, year) of a byline that opens the note's first paragraph, when the file name
    "Surname - Title" names the same author; or None."""
    named = stem.partition(" - ")[0].strip()
    first = _opening_paragraph(sections)
    if first is None or not named:
        return None
    found = _BYLINE.match(plain_text(first.spans))
    if found is None or found["author"].split()[-1] != named.split()[-1]:
        return None
    return found["author"], found["year"] or found["year2"]


def _opening_paragraph(sections: tuple[Section, ...]) -> Block | None:
    """The paragraph that opens the note's first or second section, after a line of tags if
    any ("#work #economics" then "David Graeber, 2018. …")."""
    for section in sections[:2]:
        blocks = section.blocks[:2]
        if blocks and blocks[0].kind == "paragraph" and _only_tags(blocks[0]):
            blocks = blocks[1:]
        if blocks[:1] and blocks[0].kind == "paragraph":
            return blocks[0]
    return None


def _only_tags(block: Block) -> bool:
    """Whether a paragraph holds tags and nothing else ("#work #economics")."""
    return all(span.kind == "tag" or not span.text.strip() for span in block.spans)


def _a_name(named: str) -> bool:
    """Whether the part of a file name before its dash reads as a person's name."""
    return bool(_NAME_WORDS.fullmatch(named)) and len(named.split()) <= 4


# (maybe after a label: "Source: William Stanley Jevons, *The Coal Question* (1865)")
# (or two or three names: "Scott Chacon and Ben Straub, *Pro Git* (2014)")
_CITED_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_CITED_AUTHOR = re.compile(
    r"^(?:(?:Source|Citation|Reference|Ref|From)\s*:\s*)?"
    rf"({_CITED_NAME}(?:(?:,\s+|\s+and\s+|\s+&\s+){_CITED_NAME}){{0,2}}),\s*$"
)


_CITED_YEAR = re.compile(r"\((\d{4})\)")


# A front-matter `source:` written as a citation: "Elinor Ostrom, Governing the Commons
# (1990), ch. 3".
_CITED_FIELD = re.compile(
    r"(?P<author>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),\s*\*?(?P<title>[^,()*]{3,80}?)\*?\s*"
    r"\((?P<year>\d{4})\)"
)


def _cited_in_field(meta: dict) -> tuple[str, str, str] | None:
    """(author, title, year) from a `source:` field that cites the work, or None."""
    found = _CITED_FIELD.match(_meta_text(meta.get("source")))
    return (found["author"], found["title"].strip(), found["year"]) if found else None


def citation(block: Block) -> tuple[str, str, str] | None:
    """(author, title, year) from a citation line `Garrett Hardin, *The Tragedy of the
    Commons*, Science 162 (1968)`: a name, a comma, then the title in italics; the
    paragraph's first line, or a later one (after a line of tags)."""
    if block.kind != "paragraph":
        return None
    for index, span in enumerate(block.spans):
        if index == 0 or (span.kind == "text" and "\n" in span.text):
            line = Span("text", span.text.rpartition("\n")[2]) if span.kind == "text" else span
            found = _cited((line, *block.spans[index + 1 :]))
            if found:
                return found
    return None


def _cited(spans: Inline) -> tuple[str, str, str] | None:
    if len(spans) < 2 or spans[0].kind != "text":
        return None
    author = _CITED_AUTHOR.match(spans[0].text)
    if not author or "em" not in spans[1].marks:
        return None
    year = _CITED_YEAR.search(plain_text(spans[2:]))
    return author.group(1), spans[1].text.strip(), year.group(1) if year else ""


_LABELLED = re.compile(r"^[A-Z][\w-]*:\s")


# Labels of a line that holds the note's own text, not something about the note.
_CONTENT_LABELS = frozenset(
    "summary abstract thesis gist argument claim conclusion takeaway examples "
    "definition idea principle rule lesson insight finding findings result results causes "
    "effects types kinds steps remember theorem lemma corollary".split()
)
_FIELD_WORDS = 24  # a label's line about the note is short: "Prev: [[…]] Next: [[…]]"
# A Dataview inline field on a line of its own: `speaker:: [[Richard Hamming]]`.
_DATAVIEW_FIELD = re.compile(r"^[\w-]{1,30}::\s*\S")


def is_metadata(block: Block, in_preamble: bool) -> bool:
    """A line about the note rather than of it: `AUTHOR`: lines, a citation line, and in the
    part before the first heading, `Label: …` lines such as `Paper: …` or `Prev: … Next: …`
    and lines of Dataview fields (`date:: 1986-03-07`; in the body `Term:: meaning` is a
    card)."""
    if block.kind != "paragraph":
        return False
    if field_line(block) or (in_preamble and citation(block)):
        return True
    if not in_preamble:
        return False
    plain = plain_text(block.spans)
    labelled = _LABELLED.match(plain)
    label = labelled.group().rstrip(": ").lower() if labelled is not None else ""
    if (
        labelled is not None
        and label not in _CONTENT_LABELS
        and len(plain.split()) <= _FIELD_WORDS
        and not _explains(label, plain[labelled.end() :], block)
    ):
        # ("Summary: people rely on …" is the note's own text, and so is a paragraph of
        # sentences after its label: "**Q: Why …?** Chomsky: Because children …")
        return True
    if _WHICH_PART.match(plain) and len(plain.split()) <= _FIELD_WORDS:
        return True  # ("Book I, chapters 1 and 7. Published in 1832.": which part was read)
    lines = [line.strip() for line in plain.splitlines() if line.strip()]
    return bool(lines) and all(_DATAVIEW_FIELD.match(line) for line in lines)


# A line before the first section that says which part of the work the note is on: a
# part's name and its number, in each language read.
_WHICH_PART = re.compile(
    r"(?i:book|chapters?|ch\.|part|vol\.|volume|buch|kapitel|teil|band|livre|chapitres?|tome"
    r"|libro|cap[ií]tulos?|capitoli|capitolo|parte|livro)\s+(?:[IVXLC]+|\d+)\b"
)


# Labels of a line about the note (where it comes from, where it leads, what it is).
ABOUT_THE_NOTE = frozenset(
    "author authors source sources paper book article chapter date tags tag type status prev "
    "next up related see course lecturer speaker speakers guest host url link isbn publisher "
    "year rating read topic topics category instructor professor prof class lecture reading "
    "readings published edition translator editor journal".split()
)
_EXPLAINING_WORDS = 8


def _explains(label: str, value: str, block: Block) -> bool:
    """Whether a labelled line says something of its own ("**Mechanism**: competitive
    antagonists at β-adrenergic receptors; they blunt …"): a label that names no field of a
    note, then a value of several words with no link."""
    if label in ABOUT_THE_NOTE or len(value.split()) < _EXPLAINING_WORDS:
        return False
    if any(span.kind in ("wikilink", "link", "tag") for span in block.spans):
        return False
    # (words of the value, not a formula's symbols: "Model: $y_i = \beta_0 + …$")
    words = sum(len(span.text.split()) for span in block.spans if span.kind == "text")
    return words - len(label.split()) >= _EXPLAINING_WORDS


def field_line(block: Block) -> list[tuple[str, Inline]]:
    """The key/value pairs of a metadata line such as `` `AUTHOR`: Hal Draper · `TAGS`: #x ``.

    Such a paragraph starts with a code span followed by a colon; each later code span
    followed by a colon starts the next pair. Anything else returns an empty list.
    """
    spans = block.spans
    if block.kind != "paragraph" or not spans or spans[0].kind != "code":
        return []
    pairs: list[tuple[str, list[Span]]] = []
    for index, span in enumerate(spans):
        following = spans[index + 1] if index + 1 < len(spans) else None
        starts_pair = span.kind == "code" and following is not None and following.kind == "text"
        if starts_pair and following is not None and following.text.lstrip().startswith(":"):
            pairs.append((span.text.strip().lower(), []))
            continue
        if not pairs:
            return []
        if pairs[-1][1] == [] and span.kind == "text":
            span = Span("text", span.text.lstrip()[1:], marks=span.marks)
        pairs[-1][1].append(span)
    cleaned = []
    for key, values in pairs:
        if values and values[-1].kind == "text":
            values[-1] = Span("text", values[-1].text.rstrip(" ·|,\n"), marks=values[-1].marks)
        cleaned.append((key, merge_text(values)))
    return cleaned


_LABELLED_LINE = re.compile(
    r"^(?P<key>[A-Za-zÀ-ÿ]{2,12}(?: [A-Za-z]{2,8})?)::?\s+(?P<value>\S.{0,120}?)\s*$"
)


def _labelled_lines(sections: tuple[Section, ...]) -> dict[str, str]:
    """`Author: Jane Doe`, `Title: …`, `Year: 1999` lines (or Dataview's `author:: …`)
    before the note's first heading, or the items of a `## Metadata` section as a Readwise
    export writes them (keys lowered): as notes without front matter name their source."""
    found: dict[str, str] = {}
    for section in sections:
        if section.path and not is_metadata_section(section.path):
            continue
        lines = [
            line
            for block in (section.blocks if section.path else section.blocks[:3])
            for line in _block_lines(block)
        ]
        for line in lines:
            labelled = _LABELLED_LINE.match(line.strip())
            if labelled:
                key = labelled["key"].lower()
                value = _NEXT_FIELD.split(labelled["value"], maxsplit=1)[0]
                found.setdefault(_FULL_TITLE.get(key, key), value)
    return found


# Where a line of fields goes on to the next one ("Lecturer: Dr. Haldane · slides on the
# LMS · problem set 3 due Friday"): a field's value ends there.
_NEXT_FIELD = re.compile(r"\s+[·•|]\s+|;\s+")


# A section that only describes the note's source: "## Metadata" (Readwise), "## Book info".
_METADATA_HEADING = re.compile(
    r"(?:metadata|meta|book info|source info|bibliographic (?:data|info)|details)\s*$", re.I
)
_FULL_TITLE = {"full title": "title", "book title": "title"}


def is_metadata_section(path: tuple[str, ...]) -> bool:
    """Whether a section only describes the note's source (its lines are fields, no card)."""
    return bool(path) and _METADATA_HEADING.match(path[-1]) is not None


def _block_lines(block: Block) -> list[str]:
    """The lines of a paragraph, or of each item of a list."""
    if block.kind == "paragraph":
        return plain_text(block.spans).splitlines()
    if block.kind == "list":
        return [plain_text(item.spans) for item in block.children]
    return []


def _field_line_value(sections: tuple[Section, ...], key: str) -> str:
    for section in sections[:1]:
        for block in section.blocks:
            for found_key, value in field_line(block):
                if found_key == key:
                    return plain_text(value).strip()
    return ""
