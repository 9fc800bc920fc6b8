"""The values that flow through the pipeline: each stage takes some of these and returns others.

read -> Note, parse -> Document, extract -> Draft, render -> RenderedCard, identify -> Card.
All are frozen: no stage changes what an earlier stage produced.
"""

from __future__ import annotations

import dataclasses
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar, overload

# A note is what `check` shows and a build does not print: a candidate card held back.
Severity = Literal["error", "warning", "note"]
# Told how a long run goes: (stage, done, total, detail), e.g. ("notes", 120, 1000, "5 200
# cards"). The command line draws it (`terminal`); a library caller may ignore it.
Progress = Callable[[str, int, int, str], None]


def no_progress(stage: str, done: int, total: int, detail: str = "") -> None:
    """A `Progress` that shows nothing."""


_Class = TypeVar("_Class", bound=type)


def quickly_made(cls: _Class) -> _Class:
    """Give a frozen, slotted dataclass an `__init__` that fills its slots directly. The one
    `dataclasses` writes gets past the frozen `__setattr__` by calling `object.__setattr__`
    for each field, which takes a third more time: the pipeline makes millions of spans,
    drafts and cards, and making them was 7% of a worker's time."""
    fields = dataclasses.fields(cls)
    if any(f.default_factory is not dataclasses.MISSING or not f.init for f in fields):
        raise TypeError(f"{cls.__name__}: only plain fields can be filled directly")
    namespace: dict[str, Any] = {}
    parameters = []
    for f in fields:
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's descriptor
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in fields)
    exec(f"def __init__(self, {', '.join(parameters)}):{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = cls.__init__.__annotations__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def _sent_between_processes(cls: _Class) -> _Class:
    """Pickle a frozen dataclass as its class called with its fields. Its own pickling sets
    each field with `object.__setattr__` in a loop: with 440 000 cards coming back from the
    workers, unpickling them was half the main process's time, and is halved this way."""
    names = [f.name for f in dataclasses.fields(cls)]
    values = operator.attrgetter(*names)

    def reduce(self: object) -> tuple[type, tuple[Any, ...]]:
        found = values(self)
        return cls, (found,) if len(names) == 1 else found

    cls.__reduce__ = reduce  # type: ignore[method-assign]
    return cls


@_sent_between_processes
@quickly_made
@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something wrong with the input, located as `path:line`; errors are values until the CLI."""

    path: str
    line: int
    message: str
    severity: Severity = "warning"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


@_sent_between_processes
@quickly_made
@dataclass(frozen=True, slots=True)
class Note:
    """One Markdown file as read from the vault; `text` is the whole file, front matter included."""

    path: Path
    vault_root: Path
    relpath: str  # vault-relative, forward slashes: the default note identity
    text: str
    meta: dict[str, Any]

    @property
    def switch(self) -> str:
        """The note's `flashgen:` front-matter value, lower case: "false", "explicit-only",
        "cloze", or "" when absent."""
        return str(self.meta.get("flashgen", "")).strip().lower()


# Inline content -----------------------------------------------------------------------------

SpanKind = Literal["text", "code", "math", "wikilink", "embed", "link", "tag", "break"]
Mark = Literal["em", "strong", "mark", "cloze"]


@_sent_between_processes
@quickly_made
@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline content with one meaning: plain text, code, math, a link, a tag.

    `text` is what a reader sees; `target` is where a link points (wikilink target, URL,
    embedded file). `marks` are the emphasis the run carries.
    """

    kind: SpanKind
    text: str
    target: str = ""
    marks: frozenset[str] = frozenset()

    @property
    def cloze(self) -> int:
        """0, or N when the span is part of Anki's deletion `{{cN::…}}` (mark "cloze" is
        deletion 1 unless a "cN" mark says otherwise)."""
        if "cloze" not in self.marks:
            return 0
        return _cloze_number(self.marks)

    @property
    def cloze_hint(self) -> str:
        return next((m[5:] for m in self.marks if m.startswith("hint=")), "")


Inline = tuple[Span, ...]


# A build has few sets of marks (a frozenset keeps its hash): each one's number is found once.
@lru_cache(maxsize=1024)
def _cloze_number(marks: frozenset[str]) -> int:
    return next((int(m[1:]) for m in marks if m[:1] == "c" and m[1:].isdecimal()), 1)


# Blocks and sections ------------------------------------------------------------------------

BlockKind = Literal[
    "paragraph",
    "heading",
    "list",
    "item",
    "code",
    "math",
    "table",
    "row",
    "cell",
    "callout",
    "quote",
    "deflist",
    "term",
    "definition",
]


@quickly_made
@dataclass(frozen=True, slots=True)
class Block:
    """A block of the note: paragraph, list (children are items), table (rows of cells),
    code or math (`text`), callout (`callout` is its type, `spans` its title) or quote."""

    kind: BlockKind
    line: int
    spans: Inline = ()
    children: tuple[Block, ...] = ()
    text: str = ""
    info: str = ""  # code language, list type ("ordered"/"bullet"), callout fold marker
    callout: str = ""


@quickly_made
@dataclass(frozen=True, slots=True)
class Section:
    """The blocks under one heading; `path` is the chain of headings that leads to it."""

    path: tuple[str, ...]
    line: int
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""


@_sent_between_processes
@quickly_made
@dataclass(frozen=True, slots=True)
class Source:
    """What a card names so that it stands alone: the work, its author, the section."""

    title: str
    author: str = ""  # full name, "Hal Draper"
    author_short: str = ""  # surname as used in running text, "Draper"
    year: str = ""
    language: str = "en"
    # What the note itself calls a long title: "The Mediterranean" for "The Mediterranean
    # and the Mediterranean World in the Age of Philip II" (`parse.source.short_name_of`)
    shortened: str = ""

    @property
    def short_title(self) -> str:
        """The title without its subtitle, as a card's front names the work: "The Age of
        Revolution, chapter 2: The Industrial Revolution" -> "The Age of Revolution". A
        numbered label keeps what follows it ("Lecture 5 — Market structures"); a title
        that is a number does not ("1491: New Revelations of …" -> "1491")."""
        return self.shortened or without_subtitle(self.title)


# (or after a full stop, a subtitle as German, French or Italian titles give it: "Vergangene
# Zukunft. Zur Semantik geschichtlicher Zeiten"; not after an abbreviation, "Dr. Strangelove")
_SUBTITLE = re.compile(
    r":\s|\s[—–-]\s|,\s(?:chapter|ch\.|book|part|vol\.|volume)\s"
    r"|(?-i:(?<=[a-zà-ÿ]{3})\.\s(?=[A-ZÀ-Þ]))",
    re.I,
)


@lru_cache(maxsize=256)
def without_subtitle(title: str) -> str:
    found = _SUBTITLE.search(title)
    if found is None:
        return title
    head = title[: found.start()].strip()
    if head.count("(") > head.count(")"):
        # (a subtitle inside brackets goes with its bracket: "Descartes' Myth (The Concept of
        # Mind, ch. 1)" -> "Descartes' Myth")
        head = head[: head.rfind("(")].strip()
    if head.isdigit() and len(head) >= 3:
        return head
    if len(head) < 6 or head[-1:].isdigit() or head.endswith("?"):
        return title
    return head


# The source of a card rebuilt from what a state kept of it, or sent without its draft.
NO_SOURCE = Source(title="")


# Callout types whose content is the author's words (quotations of the work). Every other
# callout (note, criticism, question, tip, …) is the reader's voice and never a claim.
DEFAULT_SOURCE_CALLOUTS = frozenset({"quote", "cite"})


@quickly_made
@dataclass(frozen=True, slots=True)
class Document:
    """A parsed note: its sections in order, plus everything links and tags point at."""

    note: Note
    source: Source
    sections: tuple[Section, ...]
    tags: tuple[str, ...]
    links: tuple[str, ...]  # wikilink targets, in order of first appearance
    diagnostics: tuple[Diagnostic, ...] = ()
    # The callout types that hold the author's words (from the configuration).
    source_callouts: frozenset[str] = DEFAULT_SOURCE_CALLOUTS


# Cards --------------------------------------------------------------------------------------

CardKind = Literal["definition", "enumeration", "claim", "concept", "meta", "explicit"]
BackStyle = Literal["text", "ordered", "bullets"]


@_sent_between_processes
@quickly_made
@dataclass(frozen=True, slots=True)
class Draft:
    """A card as an extractor proposes it, still as inline content rather than HTML.

    `anchor` is what the card is about (a defined term, a section and key term), never its
    wording: identity is derived from it. A cloze draft marks its answer with the `cloze`
    mark inside `front` and leaves `back` empty.
    """

    kind: CardKind
    anchor: str
    front: Inline
    back: tuple[Inline, ...]
    source: Source
    section: tuple[str, ...]
    path: str
    line: int
    back_style: BackStyle = "text"
    context: Inline = ()
    tags: tuple[str, ...] = ()
    figures: tuple[Span, ...] = ()  # images shown with the answer (embeds below the text)
    # What a definition defines, as the note writes it: the answer of its reversed card.
    term: Inline = ()
    # Why the extractor would not make this card ("its subject points back"): the lint stage
    # leaves it out and reports it, so that what is held back stays visible.
    held_back: str = ""

    @property
    def is_cloze(self) -> bool:
        return any("cloze" in s.marks for s in self.front)

    @property
    def question(self) -> str:
        """The front as a reader sees it before the answer: a cloze deletion is […], once
        however many spans it covers."""
        parts: list[str] = []
        for span in self.front:
            if "cloze" not in span.marks:
                parts.append(span.text)
            elif not parts or parts[-1] != "[…]":
                parts.append("[…]")
        return "".join(parts)

    def asked(self) -> list[tuple[str, str]]:
        """(question, answer) of each card Anki makes of a cloze note, as its reviewer shows
        them: deletion N as […] and the others as text; the answer, deletion N's text."""
        numbers = sorted({span.cloze for span in self.front if span.cloze})
        made = []
        for number in numbers:
            parts: list[str] = []
            answer: list[str] = []
            for span in self.front:
                if span.cloze != number:
                    parts.append(span.text)
                    continue
                answer.append(span.text)
                if not parts or parts[-1] != "[…]":
                    parts.append("[…]")
            made.append(("".join(parts), "".join(answer)))
        return made


@_sent_between_processes
@quickly_made
@dataclass(frozen=True, slots=True)
class RenderedCard:
    """A draft turned into the sanitized HTML fields of its Anki note type."""

    draft: Draft  # in a build, none: it stays in the worker (`incremental.lightened`)
    model: Literal["basic", "cloze"]
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    # What identifying the card needs of its draft: its anchor and where it was made.
    anchor: str
    path: str
    line: int
    deck: str = ""  # the note's own deck (front matter `deck:`); "" for the build's deck
    media: tuple[Path, ...] = ()  # vault files the fields show, packaged with the deck
    subdeck: tuple[str, ...] = ()  # folders under the build's deck ("folder" deck mode)

    def deck_in(self, build_deck: str) -> str:
        """The full name of the deck this card goes to, in a build of `build_deck`."""
        return self.deck or "::".join((build_deck, *self.subdeck))


@quickly_made
@dataclass(frozen=True, slots=True)
class Card:
    """A rendered card with its identity: the GUID Anki matches on and the mtime it compares."""

    rendered: RenderedCard
    guid: str
    mtime: int
    content_hash: str
    status: Literal["new", "changed", "unchanged", "orphaned"] = "new"


# An embed as a build saw it: (link target, the file it resolved to or "", that image's
# status or "", the vault's files it could have resolved to, hashed: `VaultFiles.named`).
Embedded = tuple[str, str, str, str]


@dataclass(frozen=True)
class Seen:
    """What a build saw of a note's file."""

    key: str  # the hash of everything its cards depend on
    digest: str  # the hash of its bytes
    stat: str  # its size, times and inode, if any later change would alter them; else ""


@_sent_between_processes
@quickly_made
@dataclass(frozen=True, slots=True)
class NoteCards:
    """What one note gave: the note (None when unreadable or switched off), its cards, the
    problems found in it and how many cards the lints dropped."""

    note: Note | None
    rendered: tuple[RenderedCard, ...]
    diagnostics: tuple[Diagnostic, ...]
    dropped: int
    # What its embeds resolved to: the cards depend on these files, not on the rest of the
    # vault (see `incremental`).
    embeds: tuple[Embedded, ...] = ()
    # What was seen of its file where it was read, for a note the previous build did not
    # have (the others are seen before any is read, to tell which are unchanged).
    seen: Seen | None = None
    # Its text, normalised and packed (`identify.note_fingerprint`): packed where it is read.
    fingerprint: bytes = b""


class CardSequence(Sequence[Card]):
    """A build's cards in note order. A build of a large vault does not hold them: they are
    read back from the state file it wrote when first asked for (`reading`), and the
    counts come without reading them."""

    def __init__(self, cards: Sequence[Card] = ()) -> None:
        self._all: tuple[Card, ...] | None = tuple(cards)
        self._read: Callable[[], list[Card]] | None = None
        self._count = len(self._all)
        self._statuses = Counter(card.status for card in self._all)

    @classmethod
    def reading(
        cls, read: Callable[[], list[Card]], count: int, statuses: Counter[str]
    ) -> CardSequence:
        """`count` cards that `read()` gives; `statuses` counts those not "unchanged"."""
        sequence = cls()
        sequence._all, sequence._read, sequence._count = None, read, count
        sequence._statuses = Counter(statuses)
        sequence._statuses["unchanged"] = count - sum(statuses.values())
        return sequence

    def statuses(self) -> Counter[str]:
        """How many cards are new, changed, unchanged."""
        return Counter(self._statuses)

    def _cards(self) -> tuple[Card, ...]:
        if self._all is None:
            assert self._read is not None
            self._all = tuple(self._read())
        return self._all

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Card: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Card]: ...
    def __getitem__(self, index: int | slice) -> Card | Sequence[Card]:
        return self._cards()[index]

    def __iter__(self) -> Iterator[Card]:
        return iter(self._cards())


@quickly_made
@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced, for the CLI to report."""

    notes_read: int
    cards: CardSequence
    diagnostics: tuple[Diagnostic, ...]
    dropped: int = 0
    output: Path | None = None
    orphans: tuple[Card, ...] = field(default=())
    deck: str = ""  # the build's deck name
    # How many of `diagnostics` (the last ones) are of notes unchanged since the last
    # build, which reported them already: a build prints only their number.
    repeated: int = 0
