"""Where the points of a claim begin and end: an English sentence may make two or three
("A, and that B", "A; B", "A: B"), each asked on its own, while a list, a contrast or a
pair stays one point; a claim in another language makes one on each side of its colon.
"""

from __future__ import annotations

import re

from flashgen.extract.attribution import REPORTING_VERBS
from flashgen.extract.clauses import (
    AUXILIARIES,
    LISTED_SUBJECT,
    PREPOSITIONS,
    PRONOUNS,
    REDUCED_PREPOSITIONS,
    SUBORDINATORS,
    Clause,
    clause,
    word_classes,
)
from flashgen.extract.frames import FRAME
from flashgen.extract.multilingual import joined_clauses
from flashgen.extract.words import top_level

# Where a sentence's next point starts: a second that-clause of the same reporting verb
# ("argues that A, and that B"), or a clause of its own after ", and", ", but", "; ", or a
# colon ("… is reversible: bad habits spread by imitation …").
# (A contrast, "…, but B" or "we cannot A, but we B", stays with its point: `_contrast`
# reads it; "DDT was made in 1874, but its use was found in 1939" has two.)
_NEXT_POINT = re.compile(
    r"(?:,|\s[—–])\s+(?:and|but|while|whereas|yet)\s+(?:also\s+)?"
    # (the same speaker's second report: "…, and argues that B")
    rf"(?:(?:{REPORTING_VERBS})\s+that\s+|that\s+)?"
    r"|;\s+(?:and\s+)?(?:that\s+)?"
    # (a second that-clause with no comma: "insisting that markets are old but that a market
    # economy is new")
    r"|\s+(?:and|but)\s+that\s+(?=[a-z])"
    r"|:\s+(?=[\"“]?[A-Za-z])|\s+(?:→|->|=>)\s+"  # (a bullet's "A → B": B follows from A)
    # (or a clause of a series that ", and" closes: "The corn gives A, the beans fix B, and
    # the squash shades C")
    r"|,\s+(?=(?:the|a|an|its|their|his|her)\s)"
)
_SERIES_CLOSED = re.compile(r",\s+and\s+(?:the|a|an|its|their|his|her)\s")
_MIN_POINT_WORDS = 4
# "divided between A, and B", "both A and B": what follows ", and" is the pair's second half.
# "…, and the would-be revolutionaries who Draper says came up with …": a noun with a
# relative clause after ", and" is more often a listed noun than a clause of its own
# ("those who ignore them have more" is one).
_RELATIVE_IN = re.compile(
    # (not "that" as a determiner after a preposition: "the landlord of that position")
    r"^(?:the|a|an)\s.*(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bto)(?<!\bby)\s"
    r"(?:who|whom|which|that)\s",
    re.I,
)
_PAIRED = re.compile(r"\b(?:between|both|either|neither)\b(?!.*\b(?:and|or|nor)\b)")
_NEXT_POINT_WORDS = ("and", "but", "while", "whereas", "yet")
_SUBORDINATE_OPENING = re.compile(rf"(?:{'|'.join(sorted(SUBORDINATORS))})\s", re.I)


def claim_points(text: str, start: int) -> list[tuple[int, int]]:
    """[start, end) of each point of a sentence whose claim starts at `start`."""
    points: list[tuple[int, int]] = []
    begin = start
    if (
        ";" not in text
        and ": " not in text
        and ("," not in text or not any(w in text for w in _NEXT_POINT_WORDS))
        and " that " not in text
        and ">" not in text
        and "→" not in text
    ):
        return [(start, len(text))]  # one point: most sentences
    # (an aside between dashes is one piece: "— social capital, strong institutions, and
    # shared stories —")
    aside = between_dashes(text)
    for found in top_level(text, _NEXT_POINT.pattern, start):
        cut, at = start + found.start(), start + found.end()
        if cut < begin or len(text[begin:cut].split()) < _MIN_POINT_WORDS:
            continue
        if aside[0] < cut < aside[1]:
            continue
        if len(text[at:].split()) < _MIN_POINT_WORDS:
            break
        if found.group().strip() == "," and (
            _SERIES_CLOSED.search(text, at) is None or ":" in text[begin:cut]
        ):
            # (a bare comma parts clauses only in a series that ", and" closes; not the
            # items a colon announces: "distinguishes three acts: the locutionary act …, the
            # illocutionary act performed …, and …")
            continue
        if found.group()[:1].isspace() and found.group().split()[-1] == "that":
            # (no comma: "and that" may open a relative clause, "a quantity that we
            # calculate and that always comes out the same"; a second that-clause has its
            # own subject)
            own = clause(text, at)
            if (
                own is None
                or own.start != at
                or not own.subject
                or word_classes(own.subject.split()[0].lower()) == {"ADV"}
            ):
                continue
        elif not found.group().rstrip().endswith("that"):
            # A clause of its own: its subject right there, and one before it too (not the
            # last item of a list: "A, B, and C are …").
            second = clause(text, at)
            # (a subject with its relative clause or its phrase, then its copula, is a clause
            # of its own: "…, and the only principle that does not inhibit progress is
            # anything goes", "…, and the societies most concerned with the body's orifices
            # are …")
            defined = (
                second is not None
                and text[second.verb_start : second.verb_end] in _COPULAS
                and (
                    _RELATIVE_IN.search(second.subject) is not None
                    # (the phrase after a comma's conjunction only: a colon's clause
                    # explains the point before, which asks it whole)
                    or (found.group()[0] == "," and second.subject.split(None, 1)[0] == "the")
                )
            )
            if (
                second is None
                # (its own leading clause may come first: ": if I see a child drowning, I …")
                # (or, after a colon, a short phrase: ": with n parties, every pair needs …")
                or (
                    second.start != at
                    and not _SUBORDINATE_OPENING.match(text, at)
                    and not (
                        found.group()[0] in ":;"
                        and _leading_phrase(text, at, second.start, found.group()[0] == ";")
                    )
                )
                # (after a semicolon, a clause of its own may have a longer subject: "…;
                # terminal patients who received palliative care lived longer")
                or not 1
                <= _subject_words(second.subject)
                <= (
                    _SUBJECT_AFTER_SEMICOLON
                    # (and so may one that a participle's phrase describes: ": the peoples
                    # studied in the twentieth century had been pushed …")
                    if defined or _REDUCED_RELATIVE.search(second.subject)
                    else _longest_subject(text, begin, cut, found)
                )
                # (a list is no subject: ": alpine meadows in Törbel, Switzerland, village
                # …"; unless it lists what the verb is said of, "A, B and C are …", or
                # closes an aside, "statins, for example, inhibit …")
                or _no_subject(second.subject)
                or second.subject.split()[0].lower() in AUXILIARIES
                or _PAIRED.search(text, begin, cut)
                or (_RELATIVE_IN.search(second.subject) and not defined)
                or (first := clause(text[:cut], _past_label(text, begin))) is None
                # "we cannot A, but we also cannot B": one point, its contrast (`_contrast`)
                or (found.group()[1:].lstrip().startswith("but") and _contrast_only(first, second))
            ):
                continue
            at = _frame_end(text, at)
        points.append((begin, cut))
        begin = at
    points.append((begin, len(text)))
    return points


_COPULAS = frozenset(("is", "are", "was", "were"))
# (a participle and the phrase it takes, as the clause reader reads one: "studied in …")
_REDUCED_RELATIVE = re.compile(
    rf"\b[a-z]+ed\s+(?:{'|'.join(sorted(REDUCED_PREPOSITIONS | {'by'}))})\s", re.I
)
_PHRASE_WORDS = 6
_SUBJECT_WORDS = 6  # of a clause after ", and" or a colon
_SUBJECT_AFTER_SEMICOLON = 10
_SHORT_STATEMENT = 6  # a point this short that a colon explains: "The Other was Catholic France:"


def _subject_words(subject: str) -> int:
    """How many words a subject has, an aside that opens with a preposition between commas
    after its head left out ("a century of recurrent wars with France, from 1689 to 1815,")."""
    head, _, aside = subject.partition(",")
    if subject.endswith(",") and aside.split()[:1] and aside.split()[0].lower() in PREPOSITIONS:
        return len(head.split())
    return len(subject.split())


def _longest_subject(text: str, begin: int, cut: int, found: re.Match[str]) -> int:
    """How many words the subject of the clause after `found` may have: more after a
    semicolon, or after a colon that explains a short statement ("The Other was Catholic
    France: a century of recurrent wars with France, from 1689 to 1815, gave …")."""
    mark = found.group()[0]
    if mark == ";" or (mark == ":" and len(text[begin:cut].split()) <= _SHORT_STATEMENT):
        return _SUBJECT_AFTER_SEMICOLON
    return _SUBJECT_WORDS


# A label that opens a bullet: "Historiography: Fischer put …"
_LABEL = re.compile(r"[A-Z][\w-]*(?: [\w-]+){0,2}:\s+(?=[A-Z])")


def _past_label(text: str, begin: int) -> int:
    """Where a point's clause starts, past a label that opens it."""
    found = _LABEL.match(text, begin)
    return found.end() if found else begin


ASIDE_DASH = " — "


def between_dashes(text: str) -> tuple[int, int]:
    """[start, end) of the one aside a sentence sets between two dashes (the dashes' own
    positions), or (0, 0)."""
    if text.count(ASIDE_DASH) != 2:
        return (0, 0)
    opening = text.find(ASIDE_DASH)
    return (opening, text.find(ASIDE_DASH, opening + len(ASIDE_DASH)))


def _no_subject(subject: str) -> bool:
    """Whether a clause's "subject" has commas that neither list it nor close an aside."""
    return (
        "," in subject and not subject.endswith(",") and LISTED_SUBJECT.fullmatch(subject) is None
    )


# A colon, or a semicolon (set off by a space in French: "… misérable ; un arbre …").
_COLON = re.compile(r"\s?[:;]\s")


def foreign_claim_points(text: str, start: int, language: str) -> list[tuple[int, int]]:
    """The points of a claim not in English: the clauses on each side of its colon, when
    each has four words or more ("La sociedad actual es una sociedad del rendimiento: sus
    habitantes ya no son …"), and a clause of its own after ", e" with its copula ("…, e i
    caratteri sono …"); otherwise the claim whole."""
    points: list[tuple[int, int]] = []
    begin = start
    cuts = [
        (start + found.start(), start + found.end())
        for found in top_level(text, _COLON.pattern, start)
    ]
    cuts += joined_clauses(text, start, language)
    for cut, at in sorted(cuts):
        if cut < begin or len(text[begin:cut].split()) < _MIN_POINT_WORDS:
            continue
        if len(text[at:].split()) < _MIN_POINT_WORDS:
            break
        points.append((begin, cut))
        begin = at
    return [*points, (begin, len(text))]


def _leading_phrase(text: str, at: int, subject_start: int, bare: bool = False) -> bool:
    """Whether what comes between a point's start and its subject is a short phrase that
    opens with a preposition and ends with a comma ("with n parties, …"); after a semicolon
    (`bare`), with or without its comma ("…; at 1,595 feet its main span was …")."""
    words = text[at:subject_start].split()
    return (
        1 < len(words) <= _PHRASE_WORDS
        and words[0].lower() in PREPOSITIONS
        and (bare or text[at:subject_start].rstrip().endswith(","))
    )


def _contrast_only(first: Clause, second: Clause) -> bool:
    """Whether what follows ", but" contrasts with the first clause rather than making a
    point of its own: the same subject ("we cannot A, but we B"), or none ("…, but by a
    network of …")."""
    words = second.subject.lower().split()
    # (a phrase before a pronoun subject leaves it a clause: "…, but in practice it was …")
    return (words[0] in PREPOSITIONS and words[-1] not in PRONOUNS) or (
        first.subject.split()[-1:] == second.subject.split()[-1:]
    )


def _frame_end(text: str, at: int) -> int:
    """Past a reporting frame that opens a point ("he compares …" is no frame; "he argues
    that …" is)."""
    found = FRAME.match(text, at)
    return found.end() if found and found.group().rstrip().endswith("that") else at
