"""Lint stage: find cards that would review badly; hard problems drop the card.

Hard: an empty side, no answer, Markdown or Obsidian syntax left in the text, the answer
written on the front, "the author" on the front, a front over 120 words, a front whose
subject points to an earlier sentence ("that this has …", "the latter"). Soft: an answer
over 40 words (lists excepted), a front that starts with a dangling pronoun, duplicate
fronts, a front that names neither the work nor its author.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from flashgen.extract.clauses import leans_back
from flashgen.model import Diagnostic, Draft, Inline
from flashgen.parse.inline import plain_text

MAX_ANSWER_WORDS = 40
MAX_FRONT_WORDS = 120  # a question nobody reads to the end on a phone
# Run on every card. The word boundary or look-behind comes after the first character (`#`
# not after a word character; `\bthe`), so that `re` can skip to that character: a pattern
# opening with an assertion is tried at every position, 5x slower.
_LEFTOVER = re.compile(r"\[\[|\]\]|==|> ?\[!|::|\{\{|\}\}|#(?<!\w#)[A-Za-z][\w/-]*\b(?!\))")
_THE_AUTHOR = re.compile(
    r"t(?<!\wt)h(?:e author(?! of)|is (?:article|essay|book|paper|text))\b", re.I
)
_DANGLING = re.compile(r"^(?:he|she|they|it|this|these|those)\b", re.I)


def answer_text(draft: Draft) -> str:
    return _deleted_text(draft) if draft.is_cloze else back_text(draft)


def _deleted_text(draft: Draft) -> str:
    return " ".join(_deletions(draft))


def back_text(draft: Draft) -> str:
    """The answer side as plain text, its parts (list items) joined by spaces."""
    return _spaced(draft.back, plain_text)


def _spaced(parts: tuple[Inline, ...], text_of: Callable[[Inline], str]) -> str:
    """The text of each part (`text_of`), joined by spaces."""
    if len(parts) == 1:  # most answers: one part, nothing to join
        return text_of(parts[0])
    return " ".join(text_of(part) for part in parts)


def _deletions(draft: Draft) -> list[str]:
    """What each card of a cloze note asks for: the text of each deletion."""
    groups: dict[int, list[str]] = {}
    for span in draft.front:
        if span.cloze:
            groups.setdefault(span.cloze, []).append(span.text)
    return ["".join(parts) for parts in groups.values()]


def front_text(draft: Draft) -> str:
    return "".join(s.text for s in draft.front if "cloze" not in s.marks)


_NOT_PROSE = frozenset({"code", "math", "embed"})


def prose(spans: Inline) -> str:
    """Text outside code and math, where leftover markup would be a mistake."""
    if len(spans) == 1:  # a plain answer: no generator, no join
        return spans[0].text if spans[0].kind not in _NOT_PROSE else ""
    return "".join(s.text for s in spans if s.kind not in _NOT_PROSE)


def card_problems(draft: Draft) -> list[tuple[bool, str]]:
    """(hard, message) for each problem of one card."""
    return _problems(draft, front_text(draft).strip())


def _problems(draft: Draft, front: str) -> list[tuple[bool, str]]:
    """`card_problems`, with the card's front text (stripped) already known."""
    problems: list[tuple[bool, str]] = []
    cloze = draft.is_cloze  # asked once: it reads every span of the front
    every_answer = _deletions(draft) if cloze else [back_text(draft)]
    answer = (_deleted_text(draft) if cloze else every_answer[0]).strip()
    if not front or not answer:
        problems.append((True, "empty front or answer"))
    back_prose = _spaced(draft.back, prose)
    for side, text in (("front", prose(draft.front)), ("answer", back_prose)):
        leftover = _LEFTOVER.search(text)
        if leftover and draft.kind != "explicit":
            problems.append((True, f"markup left on the {side}: {leftover.group()!r}"))
    words = len(front.split())
    if words > MAX_FRONT_WORDS:
        problems.append((True, f"front has {words} words (over {MAX_FRONT_WORDS})"))
    the_author = _THE_AUTHOR.search(front)
    if the_author:
        problems.append((True, f"front says {the_author.group()!r} instead of a name"))
    if not cloze and answer and len(answer.split()) <= 6 and answer.lower() in front.lower():
        problems.append((True, "the answer is written on the front"))
    if draft.back_style == "text":  # a list's length is its items'
        longest = max((len(a.split()) for a in every_answer), default=0)
        if longest > MAX_ANSWER_WORDS:
            problems.append((False, f"answer has {longest} words (over {MAX_ANSWER_WORDS})"))
    source = draft.source
    named = [n for n in (source.title, source.author_short) if n]
    if draft.kind != "explicit" and named and not any(n in front for n in named):
        problems.append((False, "front names neither the work nor its author"))
    leaning = leans_back(front) if draft.kind != "explicit" else None
    if leaning:
        problems.append((True, f"the front leans on an earlier sentence ({leaning.group()!r})"))
    if _DANGLING.match(front):
        problems.append((False, "front starts with a pronoun that has nothing to refer to"))
    return problems


def lint(drafts: Sequence[Draft]) -> tuple[list[Draft], list[Diagnostic], int]:
    """The drafts that pass the hard lints, diagnostics for every problem, the number dropped."""
    kept: list[Draft] = []
    diagnostics: list[Diagnostic] = []
    fronts = [front_text(d).strip() for d in drafts]  # held-back cards' too: kept in step
    lowered = [front.lower() for front in fronts]
    alike = Counter(lower for lower, d in zip(lowered, drafts, strict=True) if not d.held_back)
    held = 0
    for draft, front, lower in zip(drafts, fronts, lowered, strict=True):
        if draft.held_back:
            held += 1
            question = draft.question
            message = f"card held back ({draft.held_back}): {question[:100]}"
            diagnostics.append(Diagnostic(draft.path, draft.line, message, "note"))
            continue
        problems = _problems(draft, front)
        if alike[lower] > 1 and not draft.is_cloze:
            problems.append((False, "another card has the same front"))
        for hard, message in problems:
            verdict = "card dropped: " if hard else "card: "
            diagnostics.append(Diagnostic(draft.path, draft.line, verdict + message, "warning"))
        if not any(hard for hard, _ in problems):
            kept.append(draft)
    return kept, diagnostics, len(drafts) - len(kept) - held
