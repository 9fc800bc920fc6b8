"""The markdown-it rules for Obsidian syntax, through the document model they feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.extract import extract
from flashgen.making import collect
from flashgen.model import Block, Document, Note, Source, Span
from flashgen.parse.document import parse_note
from flashgen.parse.source import LANGUAGE_SAMPLE, short_name


def parse(text: str, meta: dict | None = None, name: str = "n.md") -> Document:
    """`text` parsed as the note `vault/<name>`."""
    note = Note(Path("vault") / name, Path("vault"), name, text, meta or {})
    return parse_note(note)


def spans_of(text: str) -> tuple[Span, ...]:
    return parse(text).sections[0].blocks[0].spans


def all_blocks(doc: Document) -> list[Block]:
    found: list[Block] = []

    def visit(block: Block) -> None:
        found.append(block)
        for child in block.children:
            visit(child)

    for section in doc.sections:
        for block in section.blocks:
            visit(block)
    return found


def test_wikilinks_with_alias_and_heading() -> None:
    spans = spans_of("See [[Note]], [[Target|shown]] and [[Lecture 06#Multi-Paxos|MP]].")
    links = [(s.text, s.target) for s in spans if s.kind == "wikilink"]
    assert links == [("Note", "Note"), ("shown", "Target"), ("MP", "Lecture 06")]


def test_embeds_are_not_text() -> None:
    spans = spans_of("Before ![[figure.png|300]] after ![alt](img/a.png)")
    embeds = [(s.target, s.text) for s in spans if s.kind == "embed"]
    assert embeds == [("figure.png", "300"), ("img/a.png", "alt")]
    assert "figure" not in "".join(s.text for s in spans if s.kind == "text")


def test_tags_but_not_in_code_urls_or_words() -> None:
    doc = parse(
        "Tagged #article and #nested/tag, not `#code`, not C# or page#anchor, "
        "not [x](https://a.b/#frag), not #123.\n\n```\n#fenced\n```\n",
        {"tags": ["yaml-tag"]},
    )
    assert doc.tags == ("yaml-tag", "article", "nested/tag")


def test_callouts_with_type_fold_and_title() -> None:
    doc = parse(
        "> [!criticism]- My doubt\n> I disagree.\n\n> [!quote] p. 3\n> Words.\n\n> plain quote\n"
    )
    callouts = [
        (b.callout, b.info, "".join(s.text for s in b.spans))
        for b in all_blocks(doc)
        if b.kind == "callout"
    ]
    assert callouts == [("criticism", "-", "My doubt"), ("quote", "", "p. 3")]
    texts = ["".join(s.text for s in b.spans) for b in all_blocks(doc) if b.kind == "paragraph"]
    assert texts == ["I disagree.", "Words.", "plain quote"]
    assert [b.kind for b in doc.sections[0].blocks] == ["callout", "callout", "quote"]


def test_highlights_math_and_emphasis() -> None:
    spans = spans_of("A ==marked **strong** term== and $x^2$ with *em*.")
    assert [(s.kind, s.text, sorted(s.marks)) for s in spans if s.marks or s.kind == "math"] == [
        ("text", "marked ", ["mark"]),
        ("text", "strong", ["mark", "strong"]),
        ("text", " term", ["mark"]),
        ("math", "x^2", []),
        ("text", "em", ["em"]),
    ]


def test_comments_block_ids_and_html_are_dropped() -> None:
    doc = parse(
        "Kept %%inline note%% text. ^block-1\n\n%%\nblock comment\n%%\n\n"
        "After <span>x</span>.\n<!-- c -->\n"
    )
    texts = [
        "".join(s.text for s in b.spans).strip() for b in all_blocks(doc) if b.kind == "paragraph"
    ]
    assert texts == ["Kept  text.", "After x."]


def test_sections_heading_path_and_lines() -> None:
    text = (
        "---\nauthor: A B\n---\n# Title (1999)\nIntro.\n"
        "## One\nText.\n### Deep\nMore.\n## Two\nEnd.\n"
    )
    doc = parse(text, {"author": "A B"})
    assert doc.source.title == "Title" and doc.source.year == "1999"
    assert doc.source.author == "A B" and doc.source.author_short == "B"
    assert [(s.path, s.line) for s in doc.sections] == [
        ((), 5),
        (("One",), 6),
        (("One", "Deep"), 8),
        (("Two",), 10),
    ]


def test_author_from_metadata_line_or_citation() -> None:
    assert (
        parse("`AUTHOR`: Jo Freeman · `TAGS`: #essay\n\n## S\nText.\n").source.author
        == "Jo Freeman"
    )
    two = parse("# MapReduce\nText.\n", {"authors": ["Jeffrey Dean", "Sanjay Ghemawat"]})
    assert (two.source.author, two.source.author_short) == (
        "Jeffrey Dean and Sanjay Ghemawat",
        "Dean and Ghemawat",
    )
    many = parse("# Attention\nText.\n", {"authors": ["A Vaswani", "N Shazeer", "N Parmar"]})
    assert (many.source.author, many.source.author_short) == ("A Vaswani et al.", "Vaswani et al.")
    cited = parse("Garrett Hardin, *The Commons*, Science 162 (1968) — #ecology\n\n## S\nText.\n")
    assert (cited.source.author, cited.source.title, cited.source.year) == (
        "Garrett Hardin",
        "The Commons",
        "1968",
    )
    # After a line of tags, in the same paragraph, or in a paragraph of its own.
    for gap in ("\n", "\n\n"):
        tagged = parse(f"#books #ecology{gap}Garrett Hardin, *The Commons* (1968)\n\n## S\nText.\n")
        assert (tagged.source.author, tagged.source.title) == ("Garrett Hardin", "The Commons")


def test_unclosed_fence_is_reported_with_its_line() -> None:
    doc = parse("Intro.\n\n```python\ncode that never ends\n")
    assert [(d.line, "never closed" in d.message) for d in doc.diagnostics] == [(3, True)]


def test_blocks_nest_as_the_markdown_does() -> None:
    """Each container holds exactly the blocks written inside it, however deep: a list in
    a callout in a list item, a table after it, a quote in an item, a sibling after all."""
    doc = parse(
        "- one\n"
        "  > [!note] Mine\n"
        "  > - inner **a**\n"
        "  > - inner b\n"
        "  >   1. deep\n"
        "- two\n"
        "  > quoted\n"
        "\n"
        "| h | i |\n|---|---|\n| c | d |\n"
        "\n"
        "After.\n"
    )

    def shape(block: Block) -> object:
        text = "".join(s.text for s in block.spans)
        inner = [shape(child) for child in block.children]
        return (block.kind, block.line, text, inner) if inner else (block.kind, block.line, text)

    assert [shape(b) for b in doc.sections[0].blocks] == [
        (
            "list",
            1,
            "",
            [
                (
                    "item",
                    1,
                    "one",
                    [
                        (
                            "callout",
                            2,
                            "Mine",
                            [
                                (
                                    "list",
                                    3,
                                    "",
                                    [
                                        ("item", 3, "inner a"),
                                        (
                                            "item",
                                            4,
                                            "inner b",
                                            [("list", 5, "", [("item", 5, "deep")])],
                                        ),
                                    ],
                                )
                            ],
                        )
                    ],
                ),
                ("item", 6, "two", [("quote", 7, "", [("paragraph", 7, "quoted")])]),
            ],
        ),
        (
            "table",
            9,
            "",
            [
                ("row", 9, "", [("cell", 9, "h"), ("cell", 9, "i")]),
                ("row", 11, "", [("cell", 11, "c"), ("cell", 11, "d")]),
            ],
        ),
        ("paragraph", 13, "After."),
    ]


def test_a_notes_language_is_told_from_its_words_however_long_it_is() -> None:
    """Function words tell French from English; a long note is told from its first ten
    thousand characters or so, with the same answer as from the whole."""
    from tests.conftest import EVAL_NOTES

    french = (EVAL_NOTES / "Discours de la méthode.md").read_text(encoding="utf-8")
    english = (EVAL_NOTES / "The Tyranny of Structurelessness.md").read_text(encoding="utf-8")
    for text, language in ((french, "fr"), (english, "en")):
        assert parse(text).source.language == language
        assert len(text * 60) > 10 * LANGUAGE_SAMPLE
        assert parse(text * 60).source.language == language
    # Told from the start: French first, then ten times as much English.
    assert parse(french * 6 + english * 60).source.language == "fr"
    assert parse(english * 6 + french * 60).source.language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "O autor afirma que a cidade não é uma soma de casas: é uma forma de vida em comum, "
            "e os seus habitantes fazem dela o que ela é. Para ele, o espaço público é o lugar "
            "da política, e não há democracia sem uma praça onde os cidadãos se encontram.",
            "pt",
        ),
        (
            "El autor afirma que la ciudad no es una suma de casas: es una forma de vida en "
            "común, y sus habitantes hacen de ella lo que es. Para él, el espacio público es el "
            "lugar de la política, y no hay democracia sin una plaza donde los ciudadanos se "
            "encuentran.",
            "es",
        ),
    ],
)
def test_portuguese_is_told_from_spanish(text: str, language: str) -> None:
    """Portuguese, whose claims `multilingual` reads, is a language notes are told to be in,
    with its own "who wrote" card and front-matter keys (`titulo`, `ano`)."""
    meta = {"titulo": "A cidade", "autor": "Ana Souza", "ano": 1999}
    document = parse(f"# Notas\n\n{text}\n", meta)
    assert document.source.language == language
    assert (document.source.title, document.source.year) == ("A cidade", "1999")
    if language == "pt":
        (meta,) = [d for d in extract(document) if d.kind == "meta"]
        assert "".join(s.text for s in meta.front) == "Quem escreveu A cidade (1999)?"


def test_dataview_fields_and_labels_before_the_first_heading_name_the_source() -> None:
    """`key:: value` lines before the first heading are the note's fields, not cards (in the
    body, `Term:: meaning` still is one); `author::` and `Author:` name the source."""
    text = (
        "author:: [[Ada Byrne]]\ndate:: 1986-03-07\ntype:: #talk\n\n"
        "# Engines\n\nDifference engine:: a machine that tabulates polynomials by differences\n"
    )
    document = parse(text)
    assert document.source.author == "Ada Byrne"
    made = [("".join(s.text for s in d.front), d.kind) for d in extract(document)]
    assert not any("date" in front or "type" in front for front, _ in made), made
    assert any(kind == "explicit" and front.startswith("Difference engine") for front, kind in made)
    labelled = parse("Author: Ada Byrne\nYear: 1843\n\n# Notes on the engine\n\nText.\n")
    assert (labelled.source.author, labelled.source.year) == ("Ada Byrne", "1843")


def test_a_line_of_fields_gives_each_field_its_own_value() -> None:
    text = "# Engines\n\nLecturer: Dr. Ada Byrne · notes on the VLE · sheet 4 due Friday\n\nText.\n"
    source = parse(text).source
    assert (source.author, source.author_short) == ("Dr. Ada Byrne", "Byrne")


def test_a_quotation_titled_with_the_authors_name_names_him_once() -> None:
    text = (
        "# Guilds\n\n> [!quote] Smith\n"
        "> Prosperous guilds resemble one another, and every failing guild fails in its own way.\n"
    )
    document = parse(text, {"author": "Adam Smith", "title": "Guilds"})
    fronts = ["".join(s.text for s in d.front) for d in extract(document) if d.kind == "claim"]
    assert fronts and all("(Adam Smith)" in f and "Smith, Smith" not in f for f in fronts)


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Favourite line", "(Adam Smith)"),  # the reader's label, no one's name
        ("Seneca", "(Adam Smith, Seneca)"),
        ("Letters, p. 151", "(Adam Smith, Letters, p. 151)"),
    ],
)
def test_a_quotations_title_names_who_said_it_or_where_not_the_readers_label(
    title: str, named: str
) -> None:
    text = (
        f"# Guilds\n\n> [!quote] {title}\n"
        "> Prosperous guilds resemble one another, and every failing guild fails in its own way.\n"
    )
    document = parse(text, {"author": "Adam Smith", "title": "Guilds"})
    fronts = ["".join(s.text for s in d.front) for d in extract(document) if d.kind == "claim"]
    assert fronts and all(named in f for f in fronts), fronts


def test_a_talks_speaker_and_a_file_named_author_dash_title_name_the_source() -> None:
    text = "speaker:: [[Grace Hopper]]\n\nHopper says that data will be worth more than gear.\n"
    source = parse(text, name="Hopper - Future Possibilities.md").source
    assert (source.author, source.title) == ("Grace Hopper", "Future Possibilities")


def test_a_summary_line_before_the_first_heading_is_the_notes_text() -> None:
    """ "Paper: …" before the first heading is about the note; "Summary: …" is of it."""
    text = (
        "Paper: Smith, *Wealth of Nations* (1776).\n\n"
        "Summary: Smith argues that the division of labour raises the output of every trade.\n"
    )
    fronts = ["".join(s.text for s in d.front) for d in extract(parse(text))]
    assert any("division of labour" in f for f in fronts)
    assert not any("Paper" in f for f in fronts), fronts


def test_a_citation_line_gives_the_year_when_a_heading_gives_the_title() -> None:
    text = "# Wealth, book 1\n\nAdam Smith, *The Wealth of Nations* (1776)\n\n## Labour\n\nText.\n"
    source = parse(text).source
    assert (source.title, source.author, source.year) == ("Wealth, book 1", "Adam Smith", "1776")


def test_a_citation_line_may_name_two_or_three_authors() -> None:
    text = (
        "# Pins, ch. 2\n\nAdam Smith and David Hume, *Letters on Pins* (1770), chapter 2.\n\n"
        "## Labour\n\nText.\n"
    )
    source = parse(text).source
    assert (source.author, source.year) == ("Adam Smith and David Hume", "1770")


def test_a_heading_after_a_line_of_tags_is_the_title_and_the_file_name_its_author() -> None:
    text = "#economics #books\n\n# The Wealth of Nations\n\n- Labour is the real measure of value\n"
    source = parse(text, name="Smith - The Wealth of Nations.md").source
    assert (source.title, source.author) == ("The Wealth of Nations", "Smith")


def test_a_file_named_by_the_short_title_and_a_byline_name_the_author() -> None:
    text = "# The Wealth of Towns: Guilds and Fairs\n\n- Labour is the real measure of value\n"
    source = parse(text, name="Pirie - The Wealth of Towns.md").source
    assert source.author == "Pirie"
    text = (
        "# The Wealth of Towns: Guilds and Fairs\n\nAnna Pirie (1911). Notes in bullets.\n\n"
        "- Labour is the real measure of value\n"
    )
    source = parse(text, name="Pirie - The Wealth of Towns.md").source
    assert (source.author, source.year) == ("Anna Pirie", "1911")
    # (after a line of tags too)
    text = (
        "# The Wealth of Towns\n\n#guilds #fairs\n\nAnna Pirie, 1911. Notes in bullets.\n\n"
        "- Labour is the real measure of value\n"
    )
    source = parse(text, name="Pirie - The Wealth of Towns.md").source
    assert (source.author, source.year) == ("Anna Pirie", "1911")
    # (a byline the file name does not confirm is no author's: a place and a year)
    text = "# The Fairs\n\nNew Castle (1911). The fair opens in May.\n"
    assert parse(text, name="Pirie - The Wealth of Towns.md").source.author == ""


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("The Age of Revolution, chapter 2: The Industrial Revolution", "The Age of Revolution"),
        ("Lecture 5 — Market structures", "Lecture 5 — Market structures"),
        ("1776: The Year of Independence", "1776"),
        # (a subtitle inside brackets goes with its bracket)
        ("The Guild's Charter (The Wealth of Towns, ch. 2)", "The Guild's Charter"),
        # (a subtitle after a full stop, not after an abbreviation)
        ("Die Zünfte. Zur Geschichte der städtischen Arbeit", "Die Zünfte"),
        ("Dr. Pin and the Factory", "Dr. Pin and the Factory"),
    ],
)
def test_a_cards_label_names_the_work_without_its_subtitle(title: str, short: str) -> None:
    assert Source(title=title).short_title == short


def test_a_long_title_is_named_on_the_front_as_the_notes_heading_names_it() -> None:
    meta = {"title": "The Making of the English Working Class in the Industrial Age"}
    text = "# Thompson — The Making\n\nThe class made itself as much as it was made.\n"
    source = parse(text, {**meta, "author": "E. P. Thompson"}).source
    assert source.short_title == "The Making"
    # (a heading that is not the title's start names nothing)
    other = parse("# Notes on class\n\nText.\n", {**meta, "author": "E. P. Thompson"}).source
    assert other.short_title == meta["title"]


def test_a_german_ordinal_ends_no_sentence() -> None:
    doc = parse(
        "# Notizen\n\nDie Zünfte verlieren im 18. Jahrhundert ihre Macht über die Preise. "
        "Das ist neu.\n",
        {"sprache": "de"},
    )
    cards = extract(doc)
    assert any("18. Jahrhundert ihre Macht" in "".join(s.text for s in d.front) for d in cards)


@pytest.mark.parametrize(
    ("author", "short"),
    [
        ("Ursula K. Le Guin", "Le Guin"),
        ("Martin Van Buren", "Van Buren"),
        ("Alexis de Tocqueville", "Tocqueville"),
        ("Hal Draper", "Draper"),
    ],
)
def test_running_text_names_the_author_by_the_whole_surname(author: str, short: str) -> None:
    assert short_name(author) == short


def test_a_labelled_line_before_any_heading_that_explains_is_the_notes_text() -> None:
    text = (
        "# Beta blockers\n\nMechanism: competitive antagonists at beta receptors, which "
        "blunt the effect of adrenaline on the heart.\n\nSource: lecture slides\n"
    )
    cards = extract(parse(text))
    fronts = ["".join(s.text for s in d.front) for d in cards]
    assert any("Mechanism" in f for f in fronts), fronts
    assert not any("slides" in f for f in fronts), fronts


def test_a_readwise_metadata_section_names_the_source_and_makes_no_card() -> None:
    text = (
        "# Range\n\n## Metadata\n- Author: [[David Epstein]]\n"
        "- Full Title: Range: Why Generalists Triumph in a Specialized World\n"
        "- Category: #books\n\n## Highlights\n"
        "- In kind learning environments, patterns repeat and feedback is fast and accurate. "
        "([Location 301](https://readwise.io/to_kindle?location=301))\n"
        "    - **Note:** this is the core distinction of the book\n"
    )
    doc = parse(text)
    assert doc.source.author == "David Epstein"
    fronts = ["".join(s.text for s in d.front) for d in extract(doc)]
    assert "Who wrote Range?" in fronts, fronts
    assert not any("Full Title" in f or "core distinction" in f or "Location" in f for f in fronts)


def test_a_heading_and_file_name_that_read_author_dash_title_give_both() -> None:
    from flashgen.model import Note
    from flashgen.parse.document import parse_note

    def source(name: str, heading: str):
        text = f"# {heading}\n\nWar is the continuation of politics by other means.\n"
        return parse_note(Note(Path(f"v/{name}"), Path("v"), name, text, {})).source

    found = source("Clausewitz - On War.md", "Clausewitz — On War")
    assert (found.author, found.title) == ("Clausewitz", "On War")
    # (a topic before the dash is no author: "Hypertension — clinical summary")
    found = source("Hypertension - clinical summary.md", "Hypertension — clinical summary")
    assert found.author == ""
    # (a year after the name, and the title's first part in the file name)
    found = source("Clausewitz 1832 - On War.md", "Clausewitz (1832) — On War: Book One")
    assert (found.author, found.title, found.year) == ("Clausewitz", "On War: Book One", "1832")
    # (a year in brackets after the title)
    found = source("Clausewitz - On War.md", "Clausewitz — On War (1832)")
    assert (found.author, found.title, found.year) == ("Clausewitz", "On War", "1832")


def test_which_part_of_the_work_a_preamble_line_names_is_about_the_note() -> None:
    from tests.notes import note_drafts

    made = note_drafts(
        "# Clausewitz — On War\n\nBook I, chapters 1 and 7. Published in 1832.\n\n"
        "## War\nWar is the continuation of politics by other means.\n",
        name="Clausewitz - On War.md",
    )
    assert not any("chapters" in "".join(s.text for s in d.front) for d in made)


def test_a_headings_aside_of_the_readers_own_is_not_shown_as_the_cards_section(
    tmp_path: Path,
) -> None:
    (tmp_path / "Smith - Guilds.md").write_text(
        "---\nauthor: Adam Smith\ntitle: Guilds\n---\n\n## Abstract (my summary)\n\n"
        "Smith argues that the guilds kept the price of cloth above its natural level.\n"
    )
    fields = [f for r in collect([tmp_path]).results for c in r.rendered for f in c.fields]
    assert any("Abstract" in f for f in fields), fields
    assert not any("my summary" in f for f in fields), fields


def test_the_authors_longer_surname_as_the_note_writes_it_is_the_short_name() -> None:
    from flashgen.model import Note
    from flashgen.parse.document import parse_note

    def short(author: str, body: str) -> str:
        text = f"# Notes\n\n{body}\n"
        note = Note(Path("v/n.md"), Path("v"), "n.md", text, {"author": author})
        return parse_note(note).source.author_short

    written = "Vargas Llosa opens with a riot. Later Vargas Llosa turns to the army."
    assert short("Mario Vargas Llosa", written) == "Vargas Llosa"
    # (written once, or never: the last name, as before)
    assert short("Mario Vargas Llosa", "Vargas Llosa opens with a riot.") == "Llosa"
    assert short("John Maynard Keynes", "Keynes argues that demand falls.") == "Keynes"
