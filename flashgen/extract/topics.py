"""Section topics: the heading a claim stands under, when it names what the claim is about
("## Representativeness", "## Crossing over and sex"), opens the card's front, so that
"Probabilities are […]" says which idea it is about. A heading that is a label ("Summary",
"Chapter 3"), a question, the work's title, or words the front or the answer already holds
adds nothing and is left off."""

from __future__ import annotations

import re
from functools import lru_cache

from flashgen.extract.sentences import join, text_spans
from flashgen.extract.words import DATE, STOPWORDS
from flashgen.model import Document, Inline

# A heading longer than this is a title of its own, not a topic a front can carry.
MAX_TOPIC_WORDS = 4

# Headings that name a part of the note, not an idea.
_LABELS = frozenset(
    "introduction intro summary summaries notes note overview background discussion "
    "conclusion conclusions takeaways takeaway quotes highlights references review reviews "
    "glossary terms key definitions examples example context preface prologue epilogue "
    "appendix abstract contents misc other thoughts reflections questions ideas main part "
    "chapter section lecture week day session reading readings todo tasks links sources "
    "source method methods results argument arguments rule rules idea consequences "
    "implications cost costs benefits problem problems solution solutions why how what when "
    "where who "
    # … and in the other languages notes are kept in
    "livre chapitre partie résumé capítulo parte libro resumen capitolo riassunto kapitel "
    "teil buch zusammenfassung".split()
)
# A heading's numbering: "3.", "2.1", "II."; or a video's timestamp: "[12:30]", "(1:02:15)".
_NUMBERING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?|[IVXLC]+\.|[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)\s+"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BRACKETED_DATES = re.compile(r"\s*\((?:c\.\s*)?\d{3,4}(?:\s*[–-]\s*\d{2,4})?s?\)\s*$")
_ROMAN = re.compile(r"[IVXLC]+")


@lru_cache(maxsize=4096)  # a vault's headings
def section_topic(heading: str, title: str) -> str:
    """The topic a heading names, or "" when it names none."""
    if not heading or heading.rstrip().endswith("?"):
        return ""
    topic = _NUMBERING.sub("", heading).strip()
    # (its dates in brackets say when, and leave its topic: "Analytic Cubism (1909–1912)")
    topic = _BRACKETED_DATES.sub("", topic).strip() or topic
    label, colon, rest = topic.replace(" — ", ": ").replace(" – ", ": ").rpartition(": ")
    if colon:  # "Prologue: Yali's question", "Chapter 4: Farmer power": what follows
        label_words = [w.lower() for w in _WORD.findall(label) if not _ROMAN.fullmatch(w)]
        if label_words and not all(w in _LABELS for w in label_words):
            return ""
        topic = rest.strip()
    if DATE.fullmatch(topic):
        return topic  # a timeline's year ("## 1789") says when its lines happened
    words = [w.lower() for w in _WORD.findall(topic) if not _ROMAN.fullmatch(w)]
    if not words or len(words) > MAX_TOPIC_WORDS or len(topic) > 40:
        return ""
    if any(w in _LABELS for w in words) or all(w in STOPWORDS for w in words):
        return ""
    if topic.lower() == title.lower() or any(c.isdigit() or c in ":/|" for c in topic):
        return ""
    return topic


# A front this long is long enough on a phone: no topic is added to it.
MAX_FRONT_WORDS = 40


def with_topic(front: Inline, section: tuple[str, ...], doc: Document) -> Inline:
    """`front` (a cloze) opened by its section's topic ("Representativeness — …"), unless the
    front already says it, or the topic would give the answer away."""
    topic = section_topic(section[-1], doc.source.title) if section else ""
    if not topic:
        return front
    stems = _stems(topic)
    if not stems:
        return front
    shown_parts: list[str] = []
    answer_parts: list[str] = []
    for span in front:
        (answer_parts if "cloze" in span.marks else shown_parts).append(span.text)
    shown = " ".join(shown_parts).lower()
    if len(shown.split()) + len(topic.split()) > MAX_FRONT_WORDS:
        return front
    answer = " ".join(answer_parts).lower()
    if any(_opens_word(stem, answer) for stem in stems) or all(
        _opens_word(stem, shown) for stem in stems
    ):
        return front
    return join(text_spans(f"{topic[:1].upper()}{topic[1:]} — "), front)


@lru_cache(maxsize=4096)
def _stems(topic: str) -> tuple[str, ...]:
    """Each content word of the topic cut to the part that finds it, or a form of it,
    opening a word ("adjustment" in "Adjustments")."""
    # (an elided article is not the word: "L'Autre" is found in "l'[Autre]")
    spaced = re.sub(r"\b[ldjmnst]['’]|\bqu['’]|-", " ", topic.lower())
    words = [w for w in _WORD.findall(spaced) if w not in STOPWORDS]
    return tuple(w[: max(5, len(w) - 2)] for w in words)


def _opens_word(stem: str, text: str) -> bool:
    """Whether `stem` opens a word of `text` (no letter, digit, apostrophe or hyphen before
    it). Read without a pattern: one per topic word would crowd Python's cache of patterns
    and make the extractors' own be compiled again."""
    at = text.find(stem)
    while at >= 0:
        before = text[at - 1] if at else " "
        if not (before.isalnum() or before in "_'’-"):
            return True
        at = text.find(stem, at + 1)
    return False
