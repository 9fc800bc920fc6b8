"""Enumeration cards: an introduction that ends in a colon followed by a list or table
("Freeman lists seven principles …:" + 1–7), a counted inline list ("one of three
states: A, B, C"), or items numbered inline ("this would 1) be impossible, 2) …"). One card;
its back is the list. A list of whole statements that no count announces ("Each herdsman
asks …:" + "the positive component is …") is left to the claims, a card per statement.
In a note not in English the card is a cloze of the list, which needs no English words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from flashgen.extract.attribution import name_the_author, sentence_draft, with_source
from flashgen.extract.clauses import AUXILIARIES, clause, is_plain_verb, is_plural_noun
from flashgen.extract.definitions import (
    ARTICLE_OPENING,
    glossed_members,
    may_be_term,
    strip_end,
)
from flashgen.extract.foreign_readings import german_placed_statement
from flashgen.extract.points import ASIDE_DASH, between_dashes, claim_points
from flashgen.extract.referents import resolved
from flashgen.extract.salience import long_words_shown
from flashgen.extract.sentences import (
    Sentence,
    join,
    mark_range,
    positioned,
    readers_section,
    slice_spans,
    split_sentences,
    strip_spans,
    text_spans,
)
from flashgen.extract.words import (
    DATE,
    count_of,
    normalize_term,
    number_word,
    short_members,
    split_coordination,
)
from flashgen.model import Block, Document, Draft, Inline, Span
from flashgen.parse.inline import plain_text
from flashgen.parse.source import is_metadata

# A list longer than this also gets a cloze per item (one card cannot hold seven answers).
ATOMIC_LIST_LIMIT = 5


def _intro_pairs(blocks: tuple[Block, ...]) -> Iterator[tuple[Block, Block]]:
    """(introduction, list or table) pairs, at the top level and inside list items."""
    for first, second in itertools.pairwise(blocks):
        if first.kind == "paragraph" and second.kind in ("list", "table"):
            yield first, second
    for block in blocks:
        if block.kind == "list":
            for item in block.children:
                if item.children and item.children[0].kind == "list":
                    yield item, item.children[0]
                yield from _intro_pairs(item.children)


def _counted(text: str, wanted: int = 0, english: bool = True) -> str | None:
    """The noun of the first "three (different) circumstances" in the text: a number word,
    then a plural within four words ("criteria" too); with `wanted`, the first whose number
    is that. Not in English, the word right after the number ("quatre règles")."""
    words = list(re.finditer(r"[\w'’-]+", text))
    for index, word in enumerate(words):
        count = count_of(word.group())
        if not count or (wanted and count != wanted):
            continue
        following = [w.group() for w in words[index + 1 : index + 5]]
        if not english:
            return following[0] if following else None
        # (a verb ends the counted phrase: "System 2 is lazy" counts nothing)
        counted = itertools.takewhile(lambda w: w.lower() not in AUXILIARIES, following)
        noun = next((w for w in counted if is_plural_noun(w)), None)
        if noun:
            return noun
    return None


def list_items(block: Block) -> list[Inline]:
    if block.kind == "list":
        return [item.spans for item in block.children if item.spans]
    rows = [row for row in block.children if row.kind == "row"]
    items = []
    for row in rows[1:]:  # the first row is the header
        cells = [cell.spans for cell in row.children if cell.spans]
        if cells:
            parts: list = []
            for index, cell in enumerate(cells):
                parts.append(cell if index == 0 else join(text_spans(" — "), cell))
            items.append(join(*parts))
    return items


def enumeration_drafts(
    doc: Document, sentences: list[Sentence], used: set
) -> tuple[list[Draft], set]:
    drafts: list[Draft] = []
    consumed: set = set()
    english = doc.source.language == "en"
    by_block = {(s.block_key[1], s.index): s for s in sentences}
    keys_by_block: dict[tuple[int, int], list] = {}
    before: dict = {}  # each sentence's key -> the sentence before it in its section
    for previous, each in zip([None, *sentences], sentences, strict=False):
        keys_by_block.setdefault(each.block_key, []).append(each.key)
        if previous is not None and previous.section == each.section:
            before[each.key] = previous
    for section_index, section in enumerate(doc.sections):
        for intro, listing in _intro_pairs(section.blocks):
            if is_metadata(intro, in_preamble=not section.path):
                continue
            pieces = split_sentences(intro.spans)
            if not pieces:
                continue
            items = list_items(listing)
            if len(items) < 2:
                continue
            if not plain_text(pieces[-1]).rstrip().endswith(":") and (
                intro.kind != "item"
                or _counted(plain_text(pieces[-1]), len(items), english) is None
            ):
                # (a bullet that counts its sub-items needs no colon: "Two ways to resolve
                # collisions" over two sub-items)
                continue
            sentence = by_block.get((intro.line, len(pieces) - 1))
            if sentence is None or sentence.key in used:
                continue
            lead = strip_end(strip_spans(pieces[-1], " \t\n:"))
            if _POINTING_LEAD.fullmatch(plain_text(lead)) and sentence.key in before:
                # "Among them:" says of what only with the sentence before ("… share a set
                # of design principles. Among them:")
                lead = join(strip_spans(before[sentence.key].named), text_spans(" "), lead)
            lead, items = _named_in_lead(lead, items, doc.source.language)
            counted = _counted(plain_text(lead), len(items), english)
            sequence = listing.info == "ordered" and _SEQUENCE_LEAD.search(plain_text(lead))
            if (
                english
                and not counted
                and not sequence
                and listing.kind == "list"
                and all(map(_says, items))
            ):
                continue  # whole statements (or advice) no count announces: a claim card each
            # (items that each say something of a marked name: the list asks for the names,
            # and what each item says is a claim card of its own)
            named = _terms_of(items)
            stated = not named and listing.kind == "list" and _marked_names(items)
            items = named or stated or items
            if not english:
                drafts.append(_cloze_list(doc, sentence, lead, items))
            else:
                whole = _draft(doc, sentence, lead, items, listing.info == "ordered")
                drafts.append(whole)
                if len(items) > ATOMIC_LIST_LIMIT:
                    drafts.append(_one_by_one(doc, sentence, whole, lead, items))
            consumed.add(sentence.key)
            if stated or sequence:
                # (each item says something of its name, or is a step that says something:
                # a claim card each)
                continue
            for item in listing.children:
                # (a sequence's steps went on above: these are a list's items; a German one
                # that opens with its place and says a point is a claim card too)
                placed = not english and german_placed_statement(plain_text(item.spans))
                if (
                    not _names_itself(item.spans)
                    and (len(items) > ATOMIC_LIST_LIMIT or _asked_whole(item))
                    and not placed
                ):
                    consumed.update(keys_by_block.get((section_index, item.line), ()))
    if english:
        for draft, listing, section_index, asked in _counted_headings(doc):
            drafts.append(draft)
            for item in listing.children:  # its items are asked with it, not one by one
                if asked(item):
                    consumed.update(keys_by_block.get((section_index, item.line), ()))
    for at, sentence in enumerate(sentences):
        following = sentences[at + 1] if at + 1 < len(sentences) else None
        if sentence.key in used or sentence.key in consumed:
            continue
        made = (
            _numbered_inline(doc, sentence)
            or _counted_inline(doc, sentence, english, before.get(sentence.key))
            or (_marked_next(doc, sentence, following) if english else None)
            or (_ordinals_next(doc, sentences, at) if english else None)
            or (_marked_openings_next(doc, sentences, at) if english else None)
        )
        if made is not None:
            drafts.append(made)
            consumed.add(sentence.key)
        elif english and (between := _counted_between_dashes(doc, sentence)) is not None:
            drafts.append(between)  # (the rest of the sentence is a claim card's)
    return _told_apart(drafts), consumed


def _told_apart(drafts: list[Draft]) -> list[Draft]:
    """Two lists of one section that count nothing are both known by their items
    ("Triple Alliance: …", "Triple Entente: …"): the second and later take their first
    items' words too, so that each keeps its own card (the first keeps its old name)."""
    seen: set[str] = set()
    told: list[Draft] = []
    for draft in drafts:
        if draft.anchor in seen:
            words = normalize_term(" ".join(plain_text(item) for item in draft.back[:2]))
            draft = replace(draft, anchor=f"{draft.anchor}:{words[:60]}")
        seen.add(draft.anchor)
        told.append(draft)
    return told


def _counted_between_dashes(doc: Document, sentence: Sentence) -> Draft | None:
    """ "Haidt names three forces that hold democracies together — social capital, strong
    institutions, and shared stories — and argues that …": the items between the dashes,
    after a count; the sentence goes on, and what it goes on to say is asked too."""
    if not any(ASIDE_DASH in span.text for span in sentence.spans):
        return None  # (most sentences have no dash)
    plain = plain_text(sentence.spans)
    opening, closing = between_dashes(plain)
    if not closing:
        return None
    count = _counted(plain[:opening], 0)
    if count is None:
        return None
    inside = slice_spans(sentence.spans, opening + len(ASIDE_DASH), closing)
    items = split_coordination(strip_spans(inside))
    if len(items) < 2 or _counted(plain[:opening], len(items)) is None:
        return None
    if any(len(plain_text(item).split()) > _LIST_ITEM_WORDS for item in items):
        return None
    lead = strip_spans(slice_spans(sentence.spans, 0, opening))
    return _draft(doc, sentence, lead, items, False)


_LIST_ITEM_WORDS = 6


def _named_in_lead(lead: Inline, items: list[Inline], language: str) -> tuple[Inline, list[Inline]]:
    """ "Two kinds of error: **slips** and **mistakes**" over a sub-item for each: the lead
    names the items after its colon, so those names are the answer and the front stops at
    the colon; any other lead is kept with its items."""
    plain = plain_text(lead)
    colon = plain.find(": ")
    if colon <= 0:
        return lead, items
    named = split_coordination(strip_end(slice_spans(lead, colon + 2, len(plain))), language)
    if len(named) != len(items) or any(len(plain_text(n).split()) > 4 for n in named):
        return lead, items
    return strip_spans(slice_spans(lead, 0, colon)), named


def _counted_headings(
    doc: Document,
) -> Iterator[tuple[Draft, Block, int, Callable[[Block], bool]]]:
    """ "## Cache misses — the three Cs" over a list of three items, or a heading over the
    numbered steps that open its section, with no sentence to introduce the list: the
    heading announces it, and the card asks for its items (each item's name when every item
    is `Name: what it is`); with the list, its section's index, and which items the card
    asks whole (an item that says more than its name keeps its own card)."""
    for section_index, section in enumerate(doc.sections):
        if not section.path or not section.blocks or section.blocks[0].kind != "list":
            continue
        if readers_section(section.path):
            continue
        first = section.blocks[0]
        items = list_items(first)
        counted = _counted(section.title, len(items)) if len(items) >= 2 else None
        # (or steps: "## The three-way handshake" over "1. Client sends SYN …")
        steps = first.info == "ordered" and 2 <= len(items) <= ATOMIC_LIST_LIMIT
        named = _terms_of(items) or _names_of(items, stages=first.info == "ordered")
        asked = _every_item
        # (or a plural heading over items that each name one: "## Causes" over "- State
        # debt: …", "- Tax privileges: …")
        plural = 3 <= len(items) <= ATOMIC_LIST_LIMIT and _plural_heading(section.title)
        if plural and not named and counted is None and not steps:
            # (… or most name one, and the others say something of theirs: "## Mechanisms"
            # over "- Enzymatic inactivation", "- Efflux pumps export the drug …")
            named = _heads_named(items, subjects=not _of_statements(section.title))
            asked = _only_a_name
        plural = plural and bool(named)
        if counted is None and not steps and not plural:
            continue
        if all(_dated(item) for item in items):
            continue  # a timeline: each line asks for its own point (`claims`)
        if _EXERCISES_HEADING.search(section.title) and _questions(items):
            # ("## Review questions" over "1. Why does …?"): to answer, not to recall (a
            # case's "## Issues" over its questions is what the court decided)
            continue
        if (
            steps
            and counted is None
            and _of_statements(section.title)
            and all(_statement(item) for item in items)
        ):
            # ("## Findings" over "1. Guards became increasingly aggressive …"): numbered
            # statements are no steps to recall in order; each is asked as a claim
            continue
        if counted is not None and not named and all(_statement(item) for item in items):
            # ("## Two principles" over "1. Each person has an equal right to …"): each
            # principle is a point of its own, asked by a claim card as well (the steps of
            # "## How a bill is paid" are asked in order, together)
            asked = _no_item
        if asked is _every_item:
            # (the steps of a process are asked in order; a longer one makes a point too)
            process = steps and _PROCESS_HEADING.search(section.title) is not None
            asked = _asked_step if process else _asked_whole
        items = named or items
        front = join(
            with_source(text_spans(section.title), doc.source),
            text_spans(_name_them(len(items), in_order=steps)),
        )
        draft = Draft(
            kind="enumeration",
            anchor=(
                f"enumeration:{'/'.join(section.path)}:"
                f"{normalize_term(counted or ('steps' if steps else section.title))}"
            ),
            front=front,
            back=tuple(items),
            back_style="ordered" if first.info == "ordered" else "bullets",
            source=doc.source,
            section=section.path,
            path=str(doc.note.path),
            line=first.line,
        )
        yield draft, first, section_index, asked


def _every_item(item: Block) -> bool:
    return True


# An item this long that makes a point of its own says more than the list's card can ask
# ("Miracle stories abound chiefly among ignorant and barbarous nations"); a step of a
# sequence, asked in order, this long ("After the break, reintroduce technologies only if
# they serve something you deeply value").
_LONG_ITEM_WORDS = 8
_LONG_STEP_WORDS = 12


def _asked_whole(item: Block, longest: int = _LONG_ITEM_WORDS) -> bool:
    """An item the list's card asks whole: not one that makes a long point of its own, which
    a claim card asks too. (An item that opens in lower case goes on its lead's sentence: "…
    is the smallest relation such that:" + "if a and b are …", no point alone.)"""
    text = plain_text(item.spans).strip()
    if len(text.split()) < longest or text[:1].islower():
        return True
    # (an item that names a thing is judged by what it says of it: "First order: rate is
    # proportional …" makes a point, "P waves: compressional, the fastest, …" lists traits)
    named = _NAME_BEFORE_COLON.match(text)
    said = text[named.end("name") :].lstrip(" :") if named is not None else text
    return not _says(text_spans(said))


def _asked_step(item: Block) -> bool:
    """A step of a process the list's card asks whole: unless it is long and says a point."""
    return _asked_whole(item, _LONG_STEP_WORDS)


def _no_item(item: Block) -> bool:
    return False


def _only_a_name(item: Block) -> bool:
    """An item that is a name and no more ("Enzymatic inactivation")."""
    return _a_phrase(plain_text(item.spans))


def _a_phrase(text: str) -> bool:
    """A few words and no clause: a name ("Enzymatic inactivation"), also when what could be
    a verb ends it ("Enlightenment ideas of … natural rights")."""
    if len(text.split()) > _PHRASE_WORDS or ":" in text:
        return False
    found = clause(text, 0)
    return found is None or not text[found.verb_end :].strip(" .")


def _heads_named(items: list[Inline], subjects: bool = True) -> list[Inline]:
    """What each item of a list under a plural heading names: the item itself when it is a
    name of a few words, the name before its colon, or (with `subjects`) the few-word
    subject of its statement ("Efflux pumps export …"); nothing unless at least half the
    items are names."""
    names: list[Inline] = []
    bare = 0
    for item in items:
        text = plain_text(item).strip()
        before_colon = _NAME_BEFORE_COLON.match(text)
        if _a_phrase(text):
            names.append(strip_spans(item))
            bare += 1
            continue
        if (
            before_colon is not None
            and len(before_colon["name"].split()) <= _HEAD_WORDS
            and not DATE.fullmatch(before_colon["name"])
        ):
            names.append(text_spans(before_colon["name"]))
            bare += 1
            continue
        if not subjects:
            return []
        found = clause(text, 0, _HEAD_WORDS + 1)
        subject = found.subject.split() if found is not None and found.start == 0 else []
        if (
            not 1 <= len(subject) <= _HEAD_WORDS
            or subject[0].lower() in _NOT_A_NAME
            # (who did something: "Diffie and Hellman proposed …", "Rivest, Shamir …")
            or any(word[:1].isupper() or word in ("and", "&") for word in subject[1:])
        ):
            return []
        names.append(text_spans(" ".join(subject)))
    if bare * 2 < len(items) or len({plain_text(n).lower() for n in names}) < len(names):
        return []
    return names


_PHRASE_WORDS = 8  # an item with no verb and no more words than this names something
_NOT_A_NAME = frozenset("the a an this that these those it they he she we you i".split())


# A heading over questions for the learner: "Review questions", "Exercises", "Quiz".
_EXERCISES_HEADING = re.compile(
    r"\b(?:questions?|exercises?|quiz|self-test|problems"
    # (a textbook's other names for them: "Check your understanding", "Test yourself")
    r"|check\s+your\s+(?:understanding|knowledge)|test\s+yourself|self-check|practice)\b",
    re.I,
)


def _questions(items: list[Inline]) -> bool:
    """Whether every item of a list is a question or a task: a textbook's review questions
    or the reader's own, which ask for answers the list does not give ("Why was … risky?",
    "Explain … in your own words.")."""
    return all(
        plain_text(item).rstrip().endswith("?") or _TASK.match(plain_text(item)) is not None
        for item in items
    )


# What an exercise asks the student to do.
_TASK = re.compile(
    r"\s*(?:Explain|Describe|Compare|Contrast|Discuss|Define|Calculate|Compute|Show|Prove"
    r"|Derive|Summari[sz]e|Outline|Evaluate|Assess|Identify|List|Name|Sketch|Draw|Estimate"
    r"|Find|Give|Suggest|Justify|Illustrate)\s"
)


def _dated(item: Inline) -> bool:
    """Whether a list item opens with a date and a colon ("June 17: …")."""
    found = _NAME_BEFORE_COLON.match(plain_text(item))
    return found is not None and DATE.fullmatch(found["name"]) is not None


# Headings over statements, not over named things: "Core ideas" over "- Children actively
# construct knowledge" names no "Children".
_STATEMENT_NOUNS = frozenset(
    "ideas principles claims points arguments findings results lessons takeaways themes insights "
    "assumptions theses conclusions observations effects consequences implications "
    "critiques criticisms objections limitations".split()
)


def _of_statements(title: str) -> bool:
    """Whether a heading's last word names statements ("Core ideas", "Key findings")."""
    words = title.lower().split()
    return bool(words) and words[-1].strip(",.:") in _STATEMENT_NOUNS


def _plural_heading(title: str) -> bool:
    """A heading of one or two words whose last is a plural noun ("Causes", "Key
    principles")."""
    words = title.split()
    return 1 <= len(words) <= 2 and is_plural_noun(words[-1].strip(",.:"), known=True)


_ITEM_NAME = r"\s*(?P<name>[^\W\d][\w'’ -]{0,40}?)"
_NAME_BEFORE_COLON = re.compile(rf"{_ITEM_NAME}\s*:\s+\S")
# (a stage's name may have a short qualifier in brackets: "1. Sensorimotor (0–2): …")
_STAGE_BEFORE_COLON = re.compile(rf"{_ITEM_NAME}(?:\s*\([^()]{{1,20}}\))?\s*:\s+\S")


# A lead that announces steps in order ("Sequence:", "The steps of mitosis:").
_SEQUENCE_LEAD = re.compile(
    r"\b(?:sequence|steps|stages|phases|process|procedure|order of events|timeline)\b", re.I
)
# A heading over the steps of a process: "## How a bill of exchange is paid", "## The
# digital declutter" is none.
_PROCESS_HEADING = re.compile(r"^How\b|\b(?:steps|procedure|process|algorithm|recipe)\b", re.I)
_POINTING_LEAD = re.compile(
    r"(?i)(?:among (?:them|these|others)|these (?:are|include)|they (?:are|include)"
    r"|for (?:example|instance)|examples?|e\.g\.|including|such as)"
)


def _names_of(items: list[Inline], stages: bool = False) -> list[Inline]:
    """ "Compulsory: the first access …": when every item opens with a short name and a
    colon, the names; otherwise nothing. The `stages` of an ordered list may qualify their
    names in brackets ("Sensorimotor (0–2): …")."""
    names = []
    pattern = _STAGE_BEFORE_COLON if stages else _NAME_BEFORE_COLON
    for item in items:
        found = pattern.match(plain_text(item))
        if found is None or len(found["name"].split()) > 4 or DATE.fullmatch(found["name"]):
            return []  # (a date says when, not what: "March: light consists of quanta …")
        names.append(text_spans(found["name"]))
    return names


def _counted_inline(
    doc: Document, sentence: Sentence, english: bool, previous: Sentence | None = None
) -> Draft | None:
    """ "… on three criteria: A, B, and C": the lead, a count, a colon and the items; or,
    in English, no count but a plural that the items name ("Examples Kuhn gives: A, B,
    C"), three short items or more. A pronoun that opens the lead stands for what the
    sentence before (`previous`) is about ("It can travel … by two routes: …")."""
    plain = plain_text(sentence.spans)
    colon = plain.find(": ")
    gap = len(": ")
    if english and plain.count(ASIDE_DASH) == 1:
        # ("… rests on three obligations — to give, to receive, and to reciprocate": a dash
        # after a count, and the items to the sentence's end)
        dash = plain.find(ASIDE_DASH)
        # (not after a colon: what stands before it is a point of its own, "gifts are never
        # free: …", which a list card would take away)
        if colon <= 0 and _counted(plain[:dash], 0) is not None:
            colon, gap = dash, len(ASIDE_DASH)
    if colon <= 0:
        return None
    counted = _counted(plain[:colon], 0, english) is not None
    named = english and _name_and_members(plain[:colon], plain[colon + gap :])
    if not counted and not named and not (english and _announces_items(plain[:colon])):
        return None
    if not counted and _marked_before(sentence.spans, colon):
        return None  # "Persons can have **second-order desires**: desires to …" glosses it
    if (
        not counted
        and len(plain[:colon].split()) >= _CLAIM_WORDS
        and not _LISTING_OBJECT.search(plain[:colon])  # ("Milgram lists features …: A, B, C")
        and _is_statement(plain[:colon])
    ):
        # "Most men serve the state not as men but as machines, with their bodies: soldiers,
        # jailers, constables": a claim of its own, and its examples (a claim card)
        return None
    region = strip_end(slice_spans(sentence.spans, colon + gap, len(plain)))
    items = split_coordination(region, doc.source.language)
    if counted and _counted(plain[:colon], len(items), english) is None:
        # ("two routes: the **apoplast**, through …, and the **symplast**, through …": the
        # members are the terms, their glosses between commas)
        items = [member.term for member in glossed_members(sentence.spans, plain, sentence, True)]
    if counted and (len(items) < 2 or _counted(plain[:colon], len(items), english) is None):
        return None
    if any(_RELATIVE_OPENING.match(plain_text(item)) for item in items[1:]):
        # ("why there are two sexes: only one parent passes on mitochondria, which prevents
        # …": a clause and its relative, no items)
        return None
    if not counted and sum(bool(_A_YEAR.search(plain_text(i))) for i in items) * 2 > len(items):
        return None  # ("Spread along trade routes: Italy by 1348, …, Russia by 1350": when)
    # (items of a few words; longer after a verb of listing: "lists features …: A, B, C")
    longest = 8 if english and _LISTING_OBJECT.search(plain[:colon]) else 6
    advice = english and all(
        is_plain_verb(plain_text(i).split()[0]) for i in items if plain_text(i)
    )
    if advice:
        longest = _ADVICE_ITEM_WORDS  # (what to do: "harden …, reform …, and prepare …")
    if not counted and (len(items) < 3 or any(len(plain_text(i).split()) > longest for i in items)):
        return None
    if not counted and english and not advice and _is_statement(plain_text(region)):
        return None  # "… became Roman: after it, the difference … no longer mattered"
    title = doc.source.title.casefold()
    if all(plain_text(item).strip().casefold() in title for item in items):
        return None  # ("… from two resources: coercion, …" in *Coercion, Capital, and …*)
    lead = strip_spans(slice_spans(sentence.spans, 0, colon))
    if english:
        lead = resolved(lead, plain_text(lead), 0, previous)
    if not english:
        return _cloze_list(doc, sentence, lead, items)
    if len(plain[:colon].split()) <= 2 and sentence.section:
        # "Examples: taxes, parking meters, …": examples of what the section is about
        lead = join(text_spans(f"{sentence.section[-1]} — "), lead)
    return _draft(doc, sentence, lead, items, False)


_CLAIM_WORDS = 8
_RELATIVE_OPENING = re.compile(r"\s*(?:which|who|whom|whose|where)\s", re.I)
_A_YEAR = re.compile(r"\b1\d{3}\b|\b20\d\d\b")
_ADVICE_ITEM_WORDS = 12
_COUNT_AT_END = 4  # words: a count this near the end is what the sentence announces
_ORDINALS = ("first", "second", "third", "fourth", "fifth")
# "The first is …", "The second is reductionism: …": what each is, up to a colon
_ORDINAL_IS = re.compile(r"The (?P<ordinal>[a-z]+)(?: [a-z]+)? (?:is|are|was|were) (?P<item>[^:]+)")
_ORDINAL_ITEM_WORDS = 24


def _ordinals_next(doc: Document, sentences: list[Sentence], at: int) -> Draft | None:
    """ "Quine attacks two dogmas of modern empiricism." (the sentence at `at`) before "The
    first is … The second is …" in the same paragraph: the count, then what each ordinal
    sentence says it is. One card asks for them all; each ordinal sentence keeps its own."""
    sentence = sentences[at]
    after = sentences[at + 1 : at + 1 + len(_ORDINALS)]
    if not after or after[0].block_key != sentence.block_key:
        return None
    if not plain_text(after[0].spans).startswith("The first"):
        return None  # (what the first ordinal sentence opens with: most have no such)
    plain = strip_end(sentence.named)
    text = plain_text(plain)
    if ":" in text:
        return None
    if len(claim_points(text, 0)) > 1:
        return None  # ("… came late, and it rested on two …": a point the list would take)
    found = re.search(r"\b(two|three|four|five)\s", text)
    count = count_of(found[1]) if found else 0
    if not count or _counted(text, count) is None:
        return None
    items: list[Inline] = []
    for ordinal, following in zip(_ORDINALS[:count], after, strict=False):
        said = _ORDINAL_IS.match(plain_text(following.spans))
        if said is None or said["ordinal"] != ordinal or following.block_key != sentence.block_key:
            return None
        item = strip_end(slice_spans(following.spans, *said.span("item")))
        if len(plain_text(item).split()) > _ORDINAL_ITEM_WORDS:
            return None
        items.append(item)
    if len(items) != count:
        return None
    return _draft(doc, sentence, plain, items, True)


_SMALL_COUNTS = frozenset(("two", "three", "four", "five"))


def _marked_openings_next(doc: Document, sentences: list[Sentence], at: int) -> Draft | None:
    """ "Two properties make a system prone to them." (the sentence at `at`) before as many
    sentences of its paragraph, each opening with a marked term ("**Interactive complexity**
    means …", "**Tight coupling** means …"): the count, and the terms it counts. One card
    asks for them; each sentence keeps its own (a definition or claim card)."""
    sentence = sentences[at]
    text = plain_text(strip_end(sentence.named))
    # (the count opens the sentence: "Two properties …", "The three …")
    count = next((count_of(word) for word in text.split()[:3] if word.lower() in _SMALL_COUNTS), 0)
    if ":" in text or not count or _counted(text, count) is None:
        return None
    after = sentences[at + 1 : at + 1 + count]
    items: list[Inline] = []
    for following in after:
        if following.block_key != sentence.block_key:
            return None
        opening = [
            (start, span)
            for start, _, span in positioned(following.spans)
            if span.marks & _MARKED and span.text.strip()
        ][:1]
        if not opening:
            return None
        start, span = opening[0]
        if not ARTICLE_OPENING.fullmatch(plain_text(following.spans)[:start]):
            return None
        items.append(strip_spans((span,)))
    if len(items) != count or len({plain_text(i).lower() for i in items}) != count:
        return None
    shown = f"{text} {doc.source.title}".lower()
    if all(
        plain_text(item).lower() in shown
        or long_words_shown(plain_text(item).lower().split(), shown)
        for item in items
    ):
        return None  # ("… describes two cultures …": "data modeling culture" and …)
    return _draft(doc, sentence, strip_end(sentence.named), items, False)


def _marked_next(doc: Document, sentence: Sentence, following: Sentence | None) -> Draft | None:
    """ "Braudel divides historical time into three layers." before a sentence of the same
    paragraph that marks three terms ("The **longue durée** is …; **conjunctures** are …"):
    the count ends its sentence, and the marked terms are what it counts. One card asks for
    them; what each term means is the next sentence's (a definition card each)."""
    if following is None or following.block_key != sentence.block_key:
        return None
    if not any(span.marks for span in following.spans):
        return None  # (most sentences mark nothing)
    marked = [
        strip_spans((span,))
        for span in following.spans
        if span.marks & _MARKED and span.text.strip()
    ]
    if len(marked) < 2 or len({plain_text(m).lower() for m in marked}) != len(marked):
        return None
    lead = strip_end(sentence.named)
    text = plain_text(lead)
    tail = " ".join(text.split()[-_COUNT_AT_END:])
    if _counted(tail, len(marked)) is None or ":" in text:
        return None
    shown = f"{text} {doc.source.title}".lower()
    if any(plain_text(m).lower() in shown for m in marked):
        return None  # ("… as two functions" in *MapReduce*: the title gives them away)
    return _draft(doc, sentence, lead, marked, False)


def _name_and_members(lead: str, listed: str) -> bool:
    """ "Triple Entente: France, Russia, Britain": a name, then three names or more that
    belong to it (each capitalised, a few words)."""
    words = lead.split()
    if not 1 <= len(words) <= _HEAD_WORDS or not all(w[:1].isupper() for w in words):
        return False
    members = short_members(listed)
    return bool(members) and all(m[:1].isupper() for m in members)


def _marked_before(spans: Inline, at: int) -> bool:
    """Whether a term the note marks (bold, highlight, link) ends right before `at`."""
    return any(end == at and may_be_term(span) for _, end, span in positioned(spans))


def _name_them(count: int, in_order: bool = False) -> str:
    """What an enumeration's front asks after its lead: ". Name all three, in order."."""
    ask = ". Name both" if count == 2 else f". Name all {number_word(count)}"
    return f"{ask}, in order." if in_order else f"{ask}."


def _announces_items(lead: str) -> bool:
    """A lead whose first or last words hold a plural ("Examples Kuhn gives", "Its main
    causes"): what the list after its colon enumerates."""
    words = lead.split()
    # (not the lead's own verb: "Beard calls this …", "The phrase X names …")
    found = clause(lead)
    # (a "verb" that ends the lead is its plural noun: "His proposed reforms")
    verb = lead[found.verb_start : found.verb_end].split()[:1] if found else []
    if found is not None and not lead[found.verb_end :].strip():
        verb = []
    # (or the object of a verb of listing: "Milgram lists features of the situation …")
    listed = _LISTING_OBJECT.search(lead)
    return any(
        is_plural_noun(w.strip(",.'’"), known=True) and w not in verb
        for w in {*words[:2], *words[-3:], *([listed["noun"]] if listed else [])}
    )


_LISTING_OBJECT = re.compile(
    r"\b(?:lists|names|gives|identifies|distinguishes|enumerates|describes|cites)\s+"
    r"(?:(?:several|some|many|three|four|five|six|the|his|her|their)\s+)?(?:[a-z]+\s+)?"
    r"(?P<noun>[a-z]+s)\b"
)


# "1) A, 2) B, and 3) C" or "(1) A; (2) B": items numbered inside a sentence.
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))\(?(?P<number>[1-9])\)\s+")


def _numbered_inline(doc: Document, sentence: Sentence) -> Draft | None:
    """A sentence whose items are numbered inline: a cloze of them all, the lead shown."""
    plain = plain_text(sentence.named)
    if "1)" not in plain:  # what every such list opens with (most sentences have none)
        return None
    numbers = list(_INLINE_NUMBER.finditer(plain))
    if len(numbers) < 2 or [int(m["number"]) for m in numbers] != list(range(1, len(numbers) + 1)):
        return None
    start = numbers[0].start()
    end = len(plain.rstrip(" .;"))
    if len(plain[:start].split()) < 3 or len(plain[start:end].split()) > 40:
        return None
    marked = mark_range(sentence.named, start, end, "cloze")
    front = with_source(marked, doc.source, sentence.quotation)
    anchor = f"enumeration:{'/'.join(sentence.section)}:{normalize_term(plain[:start])[-60:]}"
    return sentence_draft(doc, sentence, "enumeration", anchor, front, ())


def _is_statement(text: str) -> bool:
    """Whether `text` reads as a clause (a subject and its finite verb) rather than a list of
    names or phrases: a list read as a clause has its items' commas in its "subject"
    ("linen, wool, tin and salted fish")."""
    found = clause(text, 0)
    if found is None or not found.subject:
        return False
    # (a subject that ends with a comma closed an aside: "statins, for example, inhibit …")
    return "," not in found.subject or found.subject.endswith(",")


# How far into an item its verb may stand ("A line from the Sun to a planet sweeps …").
_STATEMENT_SUBJECT_WORDS = 12


def _statement(item: Inline, least: int = 8) -> bool:
    """A list item that is a sentence of its own: a subject and a finite verb near its start,
    and more words than a name or a phrase has (`least`; fewer when its subject is a name
    the reader marked: "a **spoilsport** rejects both rules and goal")."""
    text = plain_text(item)
    found = clause(text, 0, _STATEMENT_SUBJECT_WORDS)
    return len(text.split()) >= least and found is not None and bool(found.subject)


def _says(item: Inline) -> bool:
    """A list item that makes a point of its own: a statement, or advice of six words or
    more in the imperative ("Drive out fear, so that everyone may work effectively …")."""
    if _statement(item):
        return True
    words = plain_text(item).split()
    return (
        len(words) >= _ADVICE_WORDS and is_plain_verb(words[0].lower()) and words[0][:1].isupper()
    )


_ADVICE_WORDS = 6
_MARKED = frozenset(("strong", "mark"))  # what marks a term: bold or a highlight
_GLOSSED = re.compile(r"^\s*(?:[:–—→]|-\s|->)")


def _terms_of(items: list[Inline]) -> list[Inline]:
    """ "**L'évidence** : ne recevoir …", "**Monastic** — …": when every item opens with a
    marked term that the rest explains, the terms; otherwise nothing."""
    terms: list[Inline] = []
    for item in items:
        head = item[0] if item else None
        if head is None or not head.marks & _MARKED:
            return []
        rest = plain_text(item[1:])
        if not _GLOSSED.match(rest) or len(rest.split()) < 3:
            return []
        terms.append((head,))
    return terms


_NAMING_DASH = re.compile(r"\s[—–:]\s+(?:(?:the|an?)\s+)?$")


def _names_itself(item: Inline) -> bool:
    """ "nothing may be taken that spoils before it can be used — the **spoilage proviso**":
    an item that ends by naming what it says, a term to define on its own card."""
    if not any(span.marks & _MARKED for span in item[-2:]):
        return False  # (most items: no marked term at their end)
    item = strip_end(item)
    if len(item) < 2 or not item[-1].marks & _MARKED:
        return False
    return _NAMING_DASH.search(plain_text(item[:-1])) is not None


def _marked_names(items: list[Inline]) -> list[Inline]:
    """ "1. **Egoistic** suicide comes from too little integration; …", "(b) processing is
    necessary for the performance of a **contract** …": when every item is a statement
    that marks one name of a few words, the names; otherwise nothing."""
    names: list[Inline] = []
    for item in items:
        marked = [s for s in item if s.marks & _MARKED and s.text.strip()]
        if len(marked) != 1 or len(marked[0].text.split()) > _HEAD_WORDS:
            return []
        if item[0] is marked[0] and _GLOSSED.match(plain_text(item[1:])):
            return []  # ("**X**: …" is a term and its gloss: `_terms_of`)
        if not _statement(item, _MARKED_STATEMENT_WORDS):
            return []
        names.append(strip_spans((marked[0],)))
    return names


_HEAD_WORDS = 4  # an item's name before the comma that starts what it says of it
_MARKED_STATEMENT_WORDS = 5
_GLOSS_WORDS = 4
_CLOZE_WORDS = 40  # a longer answer is one to learn in pieces


def _heads_of(items: list[Inline]) -> list[Inline]:
    """ "le goût légitime, celui des classes dominantes, qui …": when every item opens with
    a name of a few words, then a comma and what it says of it, the names (the rest stays
    on the card); otherwise nothing."""
    heads = []
    for item in items:
        plain = plain_text(item)
        comma = plain.find(", ")
        if comma <= 0 or len(plain[:comma].split()) > _HEAD_WORDS:
            return []
        if len(plain[comma + 2 :].split()) < _GLOSS_WORDS:
            return []
        heads.append(comma)
    return [mark_range(item, 0, comma, "cloze") for item, comma in zip(items, heads, strict=True)]


def _cloze_list(doc: Document, sentence: Sentence, lead: Inline, items: list[Inline]) -> Draft:
    """The list as one deletion after its lead, in the note's own words and language: the
    items' names when each names what it then explains; a deletion per item when the whole
    list is too long an answer."""
    marked = _heads_of(items) or [
        mark_range(item, 0, len(plain_text(item)), "cloze") for item in items
    ]
    asked = sum(len(s.text.split()) for item in marked for s in item if "cloze" in s.marks)
    one_each = asked > _CLOZE_WORDS
    lines: list[Span] = [*name_the_author(lead, doc.source), Span("text", ":")]
    for number, item in enumerate(marked, 1):
        lines += [Span("break", "\n"), Span("text", f"{number}. ")]
        lines += [
            replace(s, marks=s.marks | {f"c{number}"}) if one_each and "cloze" in s.marks else s
            for s in item
        ]
    counted = _counted(plain_text(lead), len(items), english=False)
    anchor = f"enumeration:{'/'.join(sentence.section)}:{normalize_term(counted or 'items')}"
    front = with_source(tuple(lines), doc.source, sentence.quotation)
    return sentence_draft(doc, sentence, "enumeration", anchor, front, ())


def _one_by_one(
    doc: Document, sentence: Sentence, whole: Draft, lead: Inline, items: list[Inline]
) -> Draft:
    """A long list also as one cloze note with a deletion per item: Anki makes one card per
    item, each showing the others, so that every answer stays small."""
    lines: list[Span] = [*with_source(name_the_author(lead, doc.source), doc.source)]
    lines.append(Span("text", ":"))
    for number, item in enumerate(items, 1):
        lines += [Span("break", "\n"), Span("text", f"{number}. ")]
        lines += [Span(s.kind, s.text, s.target, s.marks | {"cloze", f"c{number}"}) for s in item]
    return sentence_draft(
        doc, sentence, "enumeration", whole.anchor + ":one-by-one", tuple(lines), ()
    )


def _draft(
    doc: Document,
    sentence: Sentence,
    lead: Inline,
    items: list[Inline],
    ordered: bool,
) -> Draft:
    lead = name_the_author(lead, doc.source)
    counted = _counted(plain_text(lead), len(items))
    noun = normalize_term(counted) if counted else "items"
    front = join(
        with_source(lead, doc.source),
        text_spans(_name_them(len(items))),
    )
    return sentence_draft(
        doc,
        sentence,
        "enumeration",
        f"enumeration:{'/'.join(sentence.section)}:{noun}",
        front,
        tuple(items),
        back_style="ordered" if ordered else "bullets",
    )
