"""Where an English claim starts: the reporting frame before it ("Draper argues that",
"…, arguing that", "Diamond's short answer is that"), an aside frame set off by commas
("The steppe, he says, became …"), and a lead that only points back ("Draper says that
this is needed because X"). The claim is what the frame reports; the card names who said
it from its source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from flashgen.extract.attribution import (
    PLAIN_REPORTING_VERB_LIST,
    REPORTING_VERB_LIST,
    REPORTING_VERBS,
)
from flashgen.extract.clauses import COPULAS, clause, in_lexicon, main_clause_start, word_classes
from flashgen.extract.sentences import join, slice_spans
from flashgen.extract.words import starting_a_word
from flashgen.model import Inline

# The reporting frame that comes last before the claim: "Draper argues that", "because he
# says", "Hardin places": the claim is what follows it.
# Who speaks: a name (capitalised words) or a pronoun, opening the text or after a space.
# (a name, not "What distinguishes persons …" nor "This shows …")
_NAMED_SPEAKER = (
    r"(?:^|(?<=\s))(?:(?!(?:What|Which|This|That|These|Those|It|There|Here)\b)"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*|[Hh]e|[Ss]he|[Tt]hey"
)
_NAMES_ET_AL = r"(?:^|(?<=\s))[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* et al\."
_COURT = r"[Tt]he (?:[Cc]ourt|[Mm]ajority|[Jj]udge|[Pp]anel)"  # (a case brief's speakers)
# (the work itself: "The paper shows that …", "This study finds that …")
_WORK = r"(?:[Tt]he|[Tt]his) (?:paper|study|book|article|chapter|essay|experiment|report)"
# (a paper's authors: "Womack et al. argue that …"; the first frames read it without them,
# and a card's anchor keeps that reading)
_SPEAKER = rf"{_NAMED_SPEAKER}|{_NAMES_ET_AL}|{_COURT}|{_WORK})"
# An adverb between who speaks and the verb: "Draper also argues …".
_FIRST_SPEAKER_ADVERB = r"(?:\s+(?:also|now|then|further|rightly|even))?\s+"
# (and, read since stop 37, a reflexive: "Friedman himself wrote that …")
_SPEAKER_ADVERB = (
    r"(?:\s+(?:also|now|then|further|rightly|even|himself|herself|themselves|itself))?\s+"
    # (and a past's perfect: "Jenner had heard that …")
    r"(?:had\s+(?:long\s+|already\s+)?)?"
)
# (or who the speaker is, between commas: "Wittfogel, a former communist, argues that …")
_SPEAKER_ADVERB = rf"(?:,\s+(?:a|an|the|himself|herself)\s[^,;:()\d]{{1,40}},)?{_SPEAKER_ADVERB}"
# When or where it was said may stand before "that": "Dobyns argued in 1966 that …", "…
# wrote in his last book that …".
_SAID_WHEN = (
    r"(?:in\s+(?:\d{4}|(?:his|her|their|the|a|an)\s+(?:[\w'’-]+\s+)?[\w'’-]+)\s+(?=that\s))?"
)
# A verb of using an example ("Feynman uses weight-lifting machines to show that …") and
# the words of a common view ("Most people think …"): frames read since the first ones.
_USING = r"uses|used|employs|cites|invokes|gives|offers"
_FEW_OR_MANY = r"(?:Most|Many|Some|Few)"
# A reporting verb in the past frames what follows only with its "that" ("Mann argued that
# …"; "Smith argued for free trade" says what he did).
_PAST_REPORTING_LIST = tuple(
    "argued|claimed|said|wrote|noted|observed|stated|suggested|contended|maintained|insisted|"
    "believed|thought|explained|concluded|showed|warned|predicted|proposed|reported|remarked|"
    "added|stressed|emphasized|asserted|found|discovered|realized|recognized|estimated|held|"
    "ruled|decided|reasoned|replied|conceded|admitted|denied|"
    # (what someone knew or expected, said with its "that": "Jenner had heard that …")
    "heard|learned|learnt|knew|feared|hoped|assumed|expected|suspected|understood".split("|")
)
_REPORTED = rf"\b\s*{_SAID_WHEN}(?:that\s+)?"
_REPORTED_PAST = rf"\b\s*{_SAID_WHEN}that\s+"
# (the plain form after two names or a plural, with its "that": "Kahneman and Tversky
# conclude that …", "Critics argue that …")
FRAME = re.compile(
    rf"{_SPEAKER}{_SPEAKER_ADVERB}"
    rf"(?:(?:{REPORTING_VERBS}){_REPORTED}|(?:{'|'.join(_PAST_REPORTING_LIST)}){_REPORTED_PAST}"
    rf"|(?:{'|'.join(PLAIN_REPORTING_VERB_LIST)}){_REPORTED_PAST})"
)


# `FRAME`, found verb first (searched on every sentence: `re` skips to a verb's first letter,
# where `FRAME` tries its speaker at every capital): the verb, then who speaks before it.
# (one pattern of both tenses, whose first letters `re` can skip to; a past without its
# "that" is passed over in `frames`)
_REPORTING_VERB = re.compile(
    rf"(?:{starting_a_word(REPORTING_VERB_LIST + _PAST_REPORTING_LIST)}){_REPORTED}"
)
# … and with the plain forms, which frame only with their "that" (searched only in a
# sentence that has one: most have none, and the plain forms are common words)
_REPORTING_VERB_OR_PLAIN = re.compile(
    rf"{_REPORTING_VERB.pattern}|(?:{starting_a_word(PLAIN_REPORTING_VERB_LIST)}){_REPORTED_PAST}"
)
_PAST_REPORTING = frozenset(_PAST_REPORTING_LIST)
_WITH_THAT = _PAST_REPORTING | {"holds"}
_SPEAKER_BEFORE = re.compile(rf"{_SPEAKER}{_SPEAKER_ADVERB}\Z")
_LONGEST_SPEAKER = 100  # characters: names and an adverb before a reporting verb


# The frames as claims were first read (present tense, no "in 1966" before "that", no case
# brief's speakers): what a claim is known by starts after these, so that a card made
# before the later frames keeps its GUID (`identity_start`).
_FIRST_REPORTING_VERB = re.compile(rf"(?:{starting_a_word(REPORTING_VERB_LIST)})\b\s*(?:that\s+)?")
_FIRST_SPEAKER_BEFORE = re.compile(rf"{_NAMED_SPEAKER}){_FIRST_SPEAKER_ADVERB}\Z")
# "Huizinga ends with a warning: X", "Sen gives a blunt answer: X": what the noun before the
# colon announces is the claim (when a clause follows: "… gives one answer: money" names it).
_ANNOUNCING_NOUN = (
    r"(?:warning|conclusion|claim|thesis|argument|point|lesson|answer|plea|prediction|"
    r"proposal|observation|diagnosis|verdict|message|hypothesis|suggestion|moral|insight|"
    r"solution|remedy|explanation|objection|reply|complaint)"
)
_COLON_FRAME = re.compile(
    rf"{_SPEAKER}{_SPEAKER_ADVERB}[a-z]+(?:s|ed)\s+(?:(?:with|by|on)\s+)?"
    rf"(?:a|an|the|his|her|their|this)\s+(?:[a-z-]+\s+){{0,2}}?{_ANNOUNCING_NOUN}:\s+"
)
_COLON_FRAME_HINT = re.compile(rf"\b{_ANNOUNCING_NOUN}: ")
# "Bryson tells how James Hutton … saw that X": what is told is the claim.
_TELLING = r"(?:tells|describes|explains|shows|recounts|traces|narrates|relates)"
_HOW_FRAME = re.compile(rf"{_SPEAKER}{_SPEAKER_ADVERB}{_TELLING}\s+how\s+")
_HOW_FRAME_HINT = re.compile(rf"\b{_TELLING} how ")


# "Schama takes this as evidence that X": what it is evidence of is the claim.
_EVIDENCE_FRAME = re.compile(
    rf"{_SPEAKER}{_SPEAKER_ADVERB}(?:takes|took|sees|saw|reads|read|treats|treated|cites|cited)"
    r"\s+(?:this|that|it|these|them)\s+as\s+(?:evidence|proof|a\s+sign|a\s+symptom)\s+that\s+"
)
_EVIDENCE_HINT = re.compile(r"\bas (?:evidence|proof|a sign|a symptom) that ")
# "Hacking is careful to say that X": what the speaker takes care to say is the claim.
_CAREFUL_FRAME = re.compile(
    rf"{_SPEAKER}{_SPEAKER_ADVERB}(?:is|was|are|were)\s+(?:also\s+)?careful\s+to\s+"
    r"(?:say|note|stress|add|point\s+out|insist|emphasi[sz]e)\s+that\s+"
)


# What every later frame needs: a past reporting verb, "in …" before "that", a case brief's
# speaker, or a verb of using an example (most sentences have none).
_LATER_FRAME_HINT = re.compile(
    rf"\b(?:{'|'.join(_PAST_REPORTING_LIST)}|{_USING})\b"
    rf"|\b{_COURT}\b|\b{_WORK}\b|\bin \S+(?: \S+){{0,2}} that\b|^{_FEW_OR_MANY} "
    rf"|{_COLON_FRAME_HINT.pattern}|\b(?:distinguishes|contrasts|writes)\b|{_HOW_FRAME_HINT.pattern}"
    r"|\b(?:him|her|them|it)sel(?:f|ves)\b"
)


def identity_start(text: str, start: int) -> int:
    """Where a claim that starts at `start` starts as the first frames read it: the words
    its card is known by (its anchor) start there, whatever frames were added since."""
    if start == 0 and _NO_SPEAKER.match(text) is not None:
        # (an abstract noun was read as a speaker before stop 48, "Contractualism compares
        # …": a card made then keeps its GUID, read from where the claim started then)
        start = content_start(text, abstract_speakers=True)
    if _REJECTING_HINT.search(text) is not None:
        # (an object of rejecting was first told from a reported clause only when no clause
        # followed at all: "Anderson rejects Gellner's view that …" was a frame)
        start = content_start(text, first_objects=True)
    if (
        _LATER_FRAME_HINT.search(text) is None
        and not _plain_verb_before_that(text)
        and ": " not in text[:start]  # (nor a frame after a short lead and its colon)
    ):
        return start  # (no later frame can have moved it)
    return content_start(text, first_frames=True)


def frames(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each reporting frame in `text` ("Draper argues that "), as
    `FRAME.finditer` finds them (a property test holds the two equal)."""
    verbs = _REPORTING_VERB_OR_PLAIN if _plain_verb_before_that(text) else _REPORTING_VERB
    for verb, speaker in _found_backwards(text, verbs, _SPEAKER_BEFORE, _reported):
        yield speaker.start(), verb.end()


def _plain_verb_before_that(text: str) -> bool:
    """Whether a reporting verb in its plain form stands right before a "that" ("… conclude
    that"): looked up word by word, as the pattern of all of them is slow to search."""
    at = text.find(" that ")
    while at > 0:
        words = text[max(0, at - 20) : at].split()[-2:]  # ("point out that")
        if words and (words[-1] in _PLAIN_REPORTING or " ".join(words) in _PLAIN_REPORTING):
            return True
        at = text.find(" that ", at + 1)
    return False


_PLAIN_REPORTING = frozenset(PLAIN_REPORTING_VERB_LIST)


def _first_frames(text: str) -> Iterator[tuple[int, int]]:
    """`frames` as the first frames read them (`identity_start`)."""
    for verb, speaker in _found_backwards(text, _FIRST_REPORTING_VERB, _FIRST_SPEAKER_BEFORE):
        yield speaker.start(), verb.end()


def _reported(verb: re.Match[str]) -> bool:
    """A verb in the past frames only with its "that", and so does "holds" ("**Loyalty**
    holds exit at bay …" holds something)."""
    return verb.group().rstrip().endswith("that") or verb.group().split()[0] not in _WITH_THAT


def _found_backwards(
    text: str,
    word: re.Pattern[str],
    before: re.Pattern[str],
    wanted: Callable[[re.Match[str]], bool] | None = None,
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each `word` in `text` (that is `wanted`) with what `before` finds ending right before
    it (within `_LONGEST_SPEAKER` characters), left to right and never overlapping: a
    pattern found from its rare end, where searching it from its start tries every capital
    letter."""
    after = 0
    for found in word.finditer(text):
        if found.start() < after or (wanted is not None and not wanted(found)):
            continue
        leading = before.search(text, max(after, found.start() - _LONGEST_SPEAKER), found.start())
        if leading is not None:
            yield found, leading
            after = found.end()


# "this means that X", "this is needed because X": X stands without the sentence before.
_POINTING_LEAD = re.compile(
    r"(?:^|(?<=,\s)|(?<=\bthat\s))(?:this|that|it)\s+(?:is\s+)?"
    r"(?:means|meant|shows|implies|suggests|needed|necessary)"
    r"\s+(?:(?:that|because|since)\s+)?",
    re.I,
)


# A frame in a relative clause ("…, which Smith gives as the reason …") reports nothing.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom|whose)\s+$")
_COPULA_NEXT = re.compile(r"\s*(?:is|was|are|were)\s")


# … nor one after a clause, unless a conjunction opens it ("…, when Draper says the …").
_COORDINATING = frozenset(("and", "but", "so", "yet"))
_CONCEDING = frozenset(("though", "although", "whereas"))
_CONJUNCTION_BEFORE = re.compile(
    r"\b(?:when|while|whereas|but|and|so|yet|because|although|though)\s+$", re.I
)


# "… by claiming that X", "…, arguing that X"; "Marcus repeats that X" (any verb before
# "that" after a name: `_that_frames`).
_ING_FRAME = re.compile(
    r"(?:(?<=,\s)|(?<=\bby\s))(?:arguing|claiming|saying|noting|insisting|suggesting|adding"
    r"|stressing|concluding|observing|explaining|showing|pointing out|warning)\s+that\s+"
)


# "… historical fact tells us that X": what it says is X.
_TELLS_FRAME = re.compile(
    r"\b(?:tells|teaches|reminds|shows|showed|taught|told|reminded)\s+(?:us|them|him|her|you)\s+"
    r"that\s+"
)


# "Feynman uses weight-lifting machines to show that …": what the example shows is the claim.
_USES_TO_SHOW = re.compile(
    rf"\b(?:{_USING})\s+[^,;:]{{3,80}}?\s+to\s+"
    r"(?:show|argue|demonstrate|prove|illustrate|explain|suggest)\s+that\s+"
)


# "Most people think the driver should steer …": what a group commonly holds is the claim.
_COMMON_VIEW_FRAME = re.compile(
    rf"{_FEW_OR_MANY}\s+(?:people|readers|scholars|critics|historians|economists|"
    r"philosophers|observers|commentators)\s+(?:think|believe|argue|say|claim|assume|hold|"
    r"agree|feel)\s+(?:that\s+)?"
)


# "Diamond's short answer is that …", "His main argument is that …": what it is, is the claim.
THESIS_FRAME = re.compile(
    r"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s|His|Her|Their|The author['’]s)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:answer|argument|thesis|claim|point|view|conclusion|position|"
    r"suggestion|proposal|explanation|principle|premise|assumption|hypothesis|contention|"
    r"insight|finding|objection|idea|lesson|message|worry|fear|concern|complaint|hope|"
    r"observation|belief|warning)\s+is\s+that\s+"
)
_THAT_FRAME = re.compile(rf"{_SPEAKER}(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+s)\s+that\s+")
_THAT = re.compile(r"\s+that\s+")
_VERB_SPEAKER_BEFORE = re.compile(rf"{_SPEAKER}(?:\s+[a-z]+ly)?\s+(?P<verb>[a-z]+s)\Z")


def _that_frames(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, verb) of each `_THAT_FRAME` in `text`, found from its "that" (a property
    test holds the two equal)."""
    for that, speaker in _found_backwards(text, _THAT, _VERB_SPEAKER_BEFORE):
        yield speaker.start(), that.end(), speaker["verb"]


_LEAD_WORDS = 4


def content_start(
    text: str,
    first_frames: bool = False,
    first_objects: bool = False,
    abstract_speakers: bool = False,
) -> int:
    """Where the claim starts: after the last reporting frame ("Draper argues that") that
    opens the sentence's main clause, or a clause of its own ("…, when Draper says the …");
    or after a participle's ("…, arguing that", "by claiming that"). With `first_frames`,
    as the first frames read it (`identity_start`); with `abstract_speakers`, an abstract
    noun may speak, as read before stop 48."""
    common = _COMMON_VIEW_FRAME.match(text) if not first_frames else None
    start = common.end() if common is not None else 0
    for at, end in _first_frames(text) if first_frames else frames(text):
        conjunction = _CONJUNCTION_BEFORE.search(text, max(0, at - 12), at)
        opens = (
            at == 0
            or conjunction
            or main_clause_start(text, 0) == at
            or clause(text[:at]) is None
            # ("Lane goes further: he argues that …": a short lead and its colon)
            or (
                not first_frames
                and text[:at].rstrip().endswith(":")
                and len(text[:at].split()) <= _LEAD_WORDS
            )
        )
        coordinating = conjunction and conjunction.group().split()[0].lower() in _COORDINATING
        # "X writes that A, and he compares B to C", "Cotton was the first industry, and
        # Hobsbawm calls it …": A is a point of its own (`claims._points`), not a frame's
        # lead-in to skip. (After a clause, a frame with its "that" says what the clause
        # before only set up: "Singer wrote it in 1971, and he argues that …". The first
        # frames skipped both: a card's anchor keeps that reading.)
        after_clause = (
            not first_frames
            and not text[:end].rstrip().endswith("that")
            and clause(text[:at]) is not None
        )
        if coordinating and (start or after_clause):
            continue
        if (
            conjunction
            and conjunction.group().split()[0].lower() in _CONCEDING
            and at > 0
            and clause(text[:at]) is not None
        ):
            # "The ships were reported to be 120 metres long, though Levathes notes that
            # some historians doubt it": what a frame concedes after the main clause
            # qualifies that clause's point, which the card asks
            continue
        if (
            opens
            and not _RELATIVE_BEFORE.search(text, max(0, at - 8), at)
            # (nor one whose verb a copula follows: a noun's clause, "The paradox Zelizer
            # describes is that …", is the subject; "what he says is …" still frames)
            and not (at > 0 and _COPULA_NEXT.match(text, end) and not text[:at].endswith("what "))
        ):
            if not first_frames and _object_after(text, end, first_objects):
                continue
            if not first_frames and not abstract_speakers and _no_speaker(text[at:end]):
                continue  # ("Sociability gives animals a better chance …": no one speaks)
            start = max(start, end)
    if not first_frames and start == 0 and _COLON_FRAME_HINT.search(text) is not None:
        announced = _COLON_FRAME.match(text)
        if announced is not None and clause(text, announced.end()) is not None:
            start = announced.end()
    if not first_frames and start == 0 and _HOW_FRAME_HINT.search(text) is not None:
        told = _HOW_FRAME.match(text)
        if told is not None and clause(text, told.end()) is not None:
            start = told.end()
    if not first_frames and start == 0 and " as " in text and _EVIDENCE_HINT.search(text):
        taken = _EVIDENCE_FRAME.match(text)
        if taken is not None and clause(text, taken.end()) is not None:
            start = taken.end()
    if not first_frames and start == 0 and " careful to " in text:
        careful = _CAREFUL_FRAME.match(text)
        if careful is not None and clause(text, careful.end()) is not None:
            start = careful.end()
    if " that " not in text:  # what the frames below all need (most sentences have none)
        return start if start < len(text) - 3 else 0
    for at, end, verb in _that_frames(text):
        if "VERB" in word_classes(verb) and clause(text[:at]) is None:
            start = max(start, end)
    if "ing that" in text:
        for found in _ING_FRAME.finditer(text):
            start = max(start, found.end())
    if " to " in text and not first_frames:
        for found in _USES_TO_SHOW.finditer(text, start):
            if len(text[start : found.start()].split()) <= 3:  # its subject: who uses it
                start = found.end()
    for found in _TELLS_FRAME.finditer(text):
        if found.start() > start and len(text[start : found.start()].split()) <= 6:
            start = found.end()  # its subject is a few words: "historical fact tells us that"
    return start if start < len(text) - 3 else 0


# Verbs of rejecting, whose object is the point ("Dewey rejects both A and B"); the other
# reporting verbs' objects (quotes Marx, compares A to B) say what the sentence is about.
_REJECTING = frozenset("rejects denies doubts disputes refutes".split())
# … and of telling apart, whose objects are what the sentence says ("Hart distinguishes the
# external point of view … from the internal …"), and "writes" with an object ("Power
# writes social history through …" says what she does, not what she reports).
_OBJECT_IS_THE_POINT = _REJECTING | frozenset(("distinguishes", "contrasts", "writes"))


_REPORTED_SUBJECT_WORDS = 6

# An abstract noun that opens a sentence, before a reporting verb without its "that": the
# subject of a verb of giving or placing, not a speaker ("Sociability gives animals …",
# "Specialisation places the worker …"; "Draper gives a blunt answer: …" is one).
_NO_SPEAKER = re.compile(
    r"(?P<noun>[A-Z][a-z]+(?P<suffix>ity|ness|tion|sion|ism|ship|hood|ment|ance|ence|ency"
    r"|ancy))\s+[a-z]+\s*"
)
# (suffixes that end names too, "Spence", "Clement", "Lance": a noun of the lexicon only)
_NAME_SUFFIXES = frozenset(("ment", "ance", "ence", "ency", "ancy"))


def _no_speaker(frame: str) -> bool:
    found = _NO_SPEAKER.fullmatch(frame)
    if found is None:
        return False
    noun = found["noun"].lower()
    return found["suffix"] not in _NAME_SUFFIXES or (
        word_classes(noun) == {"NOUN"} and in_lexicon(noun)
    )


_REJECTING_HINT = re.compile(r"\b(?:rejects|denies|doubts|disputes|refutes)\b")


def _object_after(text: str, end: int, first_objects: bool = False) -> bool:
    """Whether a frame of rejecting, without its "that", is followed by its verb's object,
    not by a clause: "Dewey rejects both traditional education …" says what he rejects, and
    the speaker is the claim's subject ("Smith denies that wages …" reports a clause)."""
    verb = text[:end].split()[-1:]
    if not verb or verb[0] not in (_REJECTING if first_objects else _OBJECT_IS_THE_POINT):
        return False
    reported = clause(text, end)
    if first_objects:  # (as the first rule read it, for a card's anchor)
        return reported is None
    # (a reported clause has a short subject: "… writes the sect is doomed"; a long one
    # is an object read wrong, "social history through … kings and battles")
    return reported is None or len(reported.subject.split()) > _REPORTED_SUBJECT_WORDS


_ASIDE_SPEAKERS = frozenset(("he", "she", "they"))


# ", he says,", ", Draper rightly warns,": a speaker, one or two words, a comma.
_ASIDE_HINT = re.compile(
    r", (?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?: [a-z]+){1,2},"
)


def without_aside_frame(spans: Inline, text: str, authors: frozenset[str]) -> Inline:
    """The sentence without a reporting frame set off by commas inside it ("The steppe, he
    says, became a highway" -> "The steppe became a highway"): the card names its source.
    Its speaker is a pronoun or the author ("HTML comments" is no frame)."""
    if _ASIDE_HINT.search(text) is None:  # what every such frame needs (most have none)
        return spans
    for at, end in frames(text):
        speaker = text[at:end].split()[0].lower()
        if speaker not in _ASIDE_SPEAKERS and speaker not in authors:
            continue
        if at >= 2 and text[at - 2 : at] == ", " and text[end : end + 1] == ",":
            # "If it is a sect, Draper advises, don't join": what stood before it is an
            # adverbial, and keeps its comma.
            # ("To lack self-respect, Didion writes, is to be …": a subject, its verb next)
            following = text[end + 1 :].split(None, 1)[:1]
            adverbial = main_clause_start(text[: at - 2] + text[end:], 0) == at and not (
                following and following[0] in COPULAS
            )
            return join(
                slice_spans(spans, 0, at - 2),
                slice_spans(spans, end if adverbial else end + 1, len(text)),
            )
    return spans


def without_pointing_lead(spans: Inline, text: str, start: int) -> Inline:
    """The sentence without a lead that only points back ("Draper says that this is needed
    because X" -> "Draper says that X"; "To Draper, this means that X" -> "To Draper, X")."""
    lead = _POINTING_LEAD.search(text, start, min(len(text), start + 40))
    if lead is None or len(text[lead.end() :].split()) < 4:
        return spans
    return join(slice_spans(spans, 0, lead.start()), slice_spans(spans, lead.end(), len(text)))
