"""How much an answer is worth asking for: a blank whose every word is an everyday word
("established", "first define the term") tests nothing a reader took from the text.

Word rarity comes from wordfreq's shipped frequency lists (no download), per language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from flashgen.extract.words import STOPWORDS

# Zipf 4.8 is about 60 uses per million words: "insult", "crisis", "signal" are rarer,
# "established", "left", "knowledge", "needed" commoner.
COMMON = 4.8
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_DIGIT = re.compile(r"\d")
_INNER_CAPITAL = re.compile(r"\s[A-Z]")  # a capital after the first word: a name
_LISTED = frozenset({"en", "fr", "de", "es", "it", "pt", "nl"})


@lru_cache(maxsize=65536)
def rarity(word: str, language: str) -> float:
    """How rare a word is, as wordfreq's Zipf scale read upside down: 0 for the commonest
    words, up to 8 for words the list does not hold."""
    lang = language if language in _LISTED else "en"
    return 8.0 - zipf_frequency(word, lang, wordlist="small")


def content_words(text: str) -> list[str]:
    return [w for w in _WORDS.findall(text.lower()) if w not in STOPWORDS and len(w) > 2]


_LONGEST_TRIVIAL = 4  # words: "established", "in clichés", "the first step"


def is_trivial(answer: str, language: str, words: list[str] | None = None) -> bool:
    """A short answer made only of everyday words (a number or a name is never trivial);
    `words`, its `content_words` when known."""
    if _DIGIT.search(answer) or _INNER_CAPITAL.search(answer):
        return False
    words = content_words(answer) if words is None else words
    if len(words) > 2 or len(answer.split()) > _LONGEST_TRIVIAL:
        return False  # ("the structure of their will": a phrase of everyday words is a point)
    return all(rarity(w, language) <= 8.0 - COMMON for w in words)


LONG_WORD = 5  # letters: shorter words ("like", "bat", "pin") say too little to give it away
_SHOWN_SHARE = 0.6


def long_words_shown(words: list[str], front: str) -> bool:
    """Whether most of an answer's long `words` (lowercase) are on the `front` already,
    anywhere in it: a learner sees "factories", not "pin", and "sodium" in
    "sodium-potassium"."""
    long = [w for w in words if len(w) >= LONG_WORD]
    return bool(long) and sum(w in front for w in long) / len(long) >= _SHOWN_SHARE
