"""Shared test helpers: a real Anki collection (the `anki` package, Anki's own backend) to
import the decks we build into, and the repository's sample notes."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

if TYPE_CHECKING:
    from tools.ankiconnect_server import AnkiConnectServer

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SAMPLE_NOTE = SEEDS / "Anatomy of the Micro-Sect.md"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EVAL_NOTES = FIXTURES / "eval"


def _sample_cards() -> tuple[int, int]:
    from flashgen.making import collect
    from flashgen.render import card_ords

    rendered = collect([SAMPLE_NOTE]).rendered
    return len(rendered), sum(len(card_ords(r.model, r.fields[0])) for r in rendered)


# How many cards the sample makes (each an Anki note), and how many cards Anki makes of
# them (a cloze note asks each point of its sentence on a card of its own): tests of
# identity and delivery count on them; how good they are is `tests/test_card_quality.py`'s.
SAMPLE_CARDS, SAMPLE_ANKI_CARDS = _sample_cards()


def review_everything(col: Collection) -> int:
    """Answer every card once ("good"); the number of reviews in the collection after."""
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        card.start_timer()
        col.sched.answerCard(card, 3)
    return col.db.scalar("select count() from revlog")


@pytest.fixture
def anki(collection: Collection) -> Iterator[AnkiConnectServer]:
    """AnkiConnect on 127.0.0.1, every action carried out by the real backend on
    `collection` (tools/ankiconnect_server.py)."""
    from tools.ankiconnect_server import AnkiConnectServer

    with AnkiConnectServer(collection) as server:
        yield server


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    folder = tmp_path / "anki"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    try:
        yield col
    finally:
        col.close()


def import_apkg(col: Collection, apkg: Path, **options: object):
    """Import with Anki's default options (update notes and note types "if newer")."""
    request = ImportAnkiPackageRequest(
        package_path=str(apkg), options=ImportAnkiPackageOptions(with_scheduling=False, **options)
    )
    return col.import_anki_package(request).log


@dataclass(frozen=True)
class RenderedByAnki:
    card_id: int
    note_id: int
    guid: str
    question: str  # HTML as Anki shows it, style block removed
    answer: str
    tags: tuple[str, ...]

    @property
    def question_text(self) -> str:
        return visible_text(self.question)

    @property
    def answer_text(self) -> str:
        return visible_text(self.answer)


_STYLE = re.compile(r"<style>.*?</style>", re.S)
_TAG = re.compile(r"<[^>]+>")


def visible_text(fragment: str) -> str:
    """What a reader sees of an HTML fragment (markup and style removed)."""
    return " ".join(html.unescape(_TAG.sub(" ", _STYLE.sub("", fragment))).split())


def render_all(col: Collection) -> list[RenderedByAnki]:
    rendered = []
    for card_id in sorted(col.find_cards("")):
        card = col.get_card(card_id)
        note = card.note()
        rendered.append(
            RenderedByAnki(
                card_id=card_id,
                note_id=note.id,
                guid=note.guid,
                question=_STYLE.sub("", card.question()),
                answer=_STYLE.sub("", card.answer()),
                tags=tuple(note.tags),
            )
        )
    return rendered


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """A vault of the sample note alone, to build, sync and review."""
    folder = tmp_path / "vault"
    folder.mkdir()
    shutil.copy(SAMPLE_NOTE, folder / SAMPLE_NOTE.name)
    return folder
