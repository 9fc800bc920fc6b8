"""Small facts about English words that several extractors share: number words, stopwords,
term normalisation and splitting "A, B, and C" into its parts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from flashgen.extract.sentences import slice_spans, strip_spans, text_spans
from flashgen.model import Inline
from flashgen.parse.inline import plain_text


def starting_a_word(words: Iterable[str]) -> str:
    r"""A pattern of `\b(?:words)` written so that `re` can skip to a word's first letter:
    each first letter, its look-behind, then the rest of its words (`t(?<!\wt)(?:wo|hree|…)`).
    A pattern that opens with `\b` is tried at every position of the text, several times
    slower. Alike wherever no word of `words` continues another with a letter after it."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        f"{first}(?<!\\w{first})(?:{'|'.join(rest)})" for first, rest in sorted(rests.items())
    )


NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "at",
        "by",
        "for",
        "with",
        "about",
        "against",
        "between",
        "into",
        "through",
        "during",
        "before",
        "after",
        "above",
        "below",
        "to",
        "from",
        "up",
        "down",
        "in",
        "out",
        "on",
        "off",
        "over",
        "under",
        "again",
        "further",
        "then",
        "once",
        "here",
        "there",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "no",
        "nor",
        "not",
        "only",
        "own",
        "same",
        "so",
        "than",
        "too",
        "very",
        "s",
        "t",
        "can",
        "will",
        "just",
        "don",
        "should",
        "now",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "what",
        "which",
        "who",
        "whom",
        "this",
        "that",
        "these",
        "those",
        "as",
        "also",
        "would",
        "could",
        "may",
        "might",
        "must",
        "shall",
    ]
)

_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_EDGE_PUNCTUATION = " \t\n\"'“”‘’«».,;:!?()[]*_"


# Two to ten in the other languages notes are kept in (French, Spanish, Italian, German,
# Portuguese): a counted list reads the same in all of them.
_OTHER_NUMBER_WORDS = {
    word: number
    for words in (
        "deux trois quatre cinq six sept huit neuf dix",
        "dos tres cuatro cinco seis siete ocho nueve diez",
        "due tre quattro cinque sei sette otto nove dieci",
        "zwei drei vier fünf sechs sieben acht neun zehn",
        "dois duas três quatro cinco seis sete oito nove dez",
    )
    for number, word in enumerate(words.split(), 2)
    if not (words.startswith("dois") and number > 2)
}
_OTHER_NUMBER_WORDS.update({"duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6})


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_OTHER_MONTH = (
    r"(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|januar|februar|märz|juni|juli|oktober|dezember|janeiro|fevereiro|março"
    r"|maio|junho|julho|setembro|outubro|novembro|dezembro)"
)
# A date that labels a line of a timeline: "May", "June 17", "January 1793", "14 July 1789",
# "1792", "1793–94", "the 1960s".
DATE = re.compile(
    rf"(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{3,4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{3,4}})?"
    # (a month in the other languages, with its year or its day: "Décembre 1848", "14 de
    # julio", "2. Dezember 1851")
    rf"|(?:\d{{1,2}}\.?\s+(?:de\s+)?)?{_OTHER_MONTH}(?:\s+(?:de\s+)?\d{{3,4}})"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_OTHER_MONTH}"
    r"|(?:the\s+)?\d{3,4}s?(?:\s*[–-]\s*\d{2,4})?)"
)


def count_of(word: str) -> int:
    """3 for "3", "three", "trois", "drei"; 0 when the word is no small number."""
    word = word.lower()
    if word.isdecimal():  # (not isdigit: "¹²" is a digit int() cannot read)
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS.index(word)
    return _OTHER_NUMBER_WORDS.get(word, 0)


def number_word(count: int) -> str:
    return NUMBER_WORDS[count] if 0 <= count < len(NUMBER_WORDS) else str(count)


def normalize_term(term: str) -> str:
    """The identity of a term: lower case, no article, no edge punctuation, single spaces."""
    term = " ".join(term.strip(_EDGE_PUNCTUATION).split()).lower()
    return _ARTICLE.sub("", term).replace("’", "'")


@lru_cache(maxsize=512)
def _with_brackets(pattern: str) -> re.Pattern[str]:
    """`pattern`, or a bracket or a quotation mark (kept here: Python's own cache of
    patterns is shared with every dynamic pattern, and a vault's can crowd it)."""
    return re.compile(rf"[()\[\]\"“”]|{pattern}")


def top_level(text: str, pattern: str, start: int = 0) -> Iterator[re.Match[str]]:
    """Matches of `pattern` in `text` from `start` that stand outside brackets and quotes."""
    depth = 0
    quoted = False
    for match in _with_brackets(pattern).finditer(text[start:]):
        token = match.group()
        if token in ("(", "["):
            depth += 1
        elif token in (")", "]"):
            depth = max(0, depth - 1)
        elif token in ('"', "“", "”"):
            quoted = not quoted if token == '"' else token == "“"
        elif depth == 0 and not quoted:
            yield match  # positions count from `start`


# "and" and "or" in each language notes are kept in.
_AND_OR = {"en": "and|or", "fr": "et|ou", "es": "y|e|o|u", "it": "e|ed|o", "de": "und|oder"}
_AND_OR["pt"] = "e|ou"


def and_or_words(language: str = "en") -> frozenset[str]:
    """The words for "and" and "or" in `language` (English's when it is not kept)."""
    return frozenset(_AND_OR.get(language, _AND_OR["en"]).split("|"))


def split_coordination(spans: Inline, language: str = "en") -> list[Inline]:
    """Split "a group that claims X, is Y, and whose Z" at its top-level commas and its last
    "and"/"or" (in the note's language); commas inside quotes or brackets do not split."""
    and_or = _AND_OR.get(language, _AND_OR["en"])
    text = plain_text(spans)
    # (items that hold commas of their own are parted by semicolons: "competition, for gain;
    # diffidence, for safety; and glory, for reputation")
    parting = ";" if ";" in text and "," in text else "[,;]"
    cuts = [(m.start(), m.end()) for m in top_level(text, rf"{parting}(?:\s*(?:{and_or})\b)?\s*")]
    # "A, B and C": without a serial comma the last "and"/"or" is a cut too.
    tail_start = cuts[-1][1] if cuts else 0
    if not any(re.search(rf"\b(?:{and_or})\s*$", text[a:b]) for a, b in cuts):
        last_and = re.search(rf"\s+(?:{and_or})\s+(?!.*\s(?:{and_or})\s)", text[tail_start:])
        if last_and:
            cuts.append((tail_start + last_and.start(), tail_start + last_and.end()))
    parts: list[Inline] = []
    start = 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        piece = strip_spans(slice_spans(spans, start, cut_start), " \t\n.;,")
        if piece:
            parts.append(piece)
        start = cut_end
    return parts


MEMBER_WORDS = 3  # a member of a short list: "France", "hurt feelings", "Bosnia and Herzegovina"


def short_members(listed: str) -> list[str]:
    """The members of a list written in a sentence ("France, Russia, Britain"), when there
    are three or more of one to `MEMBER_WORDS` words each; otherwise nothing."""
    members = [plain_text(m) for m in split_coordination(text_spans(listed))]
    if len(members) < 3 or not all(1 <= len(m.split()) <= MEMBER_WORDS for m in members):
        return []
    return members
