"""Formula and table cards: a sentence that leads into a displayed formula asks for it; a
table whose first column names things asks, per row, for the other columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.extract import extract
from flashgen.model import Draft, Note
from flashgen.parse.document import parse_note
from tests.notes import note_drafts


def drafts_of(text: str) -> list[Draft]:
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Genetics\n\n{text}\n", {})
    return [d for d in extract(parse_note(note)) if not d.held_back]


def front_of(draft: Draft) -> str:
    return "".join(span.text for span in draft.front)


@pytest.mark.parametrize(
    "lead",
    [
        "In a population that is not evolving at all, the frequencies of the three genotypes are",
        "In a population that is not evolving, the frequencies of the genotypes are given by:",
    ],
)
def test_a_sentence_that_leads_into_a_formula_asks_for_it(lead: str) -> None:
    made = drafts_of(f"{lead}\n\n$$p^2 + 2pq + q^2 = 1$$")
    formulas = [d for d in made if d.anchor.startswith("formula:")]
    assert len(formulas) == 1 and formulas[0].back[0][0].text == "p^2 + 2pq + q^2 = 1"
    assert not [d for d in made if d.kind == "claim"]  # not also a cloze of its words


def test_a_claim_a_formula_happens_to_follow_stays_a_claim() -> None:
    text = (
        "Mendel showed that the traits of the parents reappear in the grandchildren in fixed "
        "proportions, which his critics long ignored.\n\n$$3:1$$"
    )
    assert not [d for d in drafts_of(text) if d.anchor.startswith("formula:")]


def test_a_table_row_asks_for_its_other_columns_with_one_question_mark() -> None:
    text = (
        "| Force | Effect on variation | Adaptive? |\n|---|---|---|\n"
        "| Selection | reduces | yes |\n| Drift | reduces | no |\n"
    )
    rows = [d for d in drafts_of(text) if d.anchor.startswith("table:")]
    assert [front_of(d).split(": ", 1)[-1] for d in rows] == [
        "Selection — Effect on variation, Adaptive?",
        "Drift — Effect on variation, Adaptive?",
    ]
    assert [[span.text for item in d.back for span in item] for d in rows] == [
        ["reduces", "yes"],
        ["reduces", "no"],
    ]


def test_a_list_of_fields_that_opens_a_note_asks_each_field() -> None:
    made = note_drafts(
        "# Battle of Lepanto\n\n- Date: 7 October 1571\n- Location: Gulf of Patras\n"
        "- Result: Holy League victory\n\n## Course\n\nThe galleys met at dawn in the gulf.\n",
        name="Battle of Lepanto.md",
    )
    asked = {
        "".join(s.text for s in d.front): "".join(s.text for b in d.back for s in b)
        for d in made
        if d.anchor.startswith("field:")
    }
    assert asked == {
        "Battle of Lepanto: date?": "7 October 1571",
        "Battle of Lepanto: location?": "Gulf of Patras",
        "Battle of Lepanto: result?": "Holy League victory",
    }, asked
    assert not any(
        d.kind == "definition" and "Location" in "".join(s.text for s in d.front) for d in made
    )


def test_a_table_whose_first_column_repeats_names_its_rows_by_the_second() -> None:
    made = note_drafts(
        "# Memory\n\n| system | type | example |\n|---|---|---|\n"
        "| explicit | episodic | your last birthday |\n"
        "| explicit | semantic | Paris is the capital of France |\n"
        "| implicit | procedural | riding a bike |\n"
    )
    fronts = sorted("".join(s.text for s in d.front) for d in made if d.anchor.startswith("table:"))
    assert fronts == [
        "Memory: episodic — system, example?",
        "Memory: procedural — system, example?",
        "Memory: semantic — system, example?",
    ], fronts


def test_dollar_amounts_are_currency_not_math() -> None:
    """Obsidian's rule: no space inside the dollars of inline math. "$2 a day … $32" is
    money; "$E = mc^2$" is a formula."""
    note = Note(
        Path("vault/f.md"),
        Path("vault"),
        "f.md",
        "# Money\n\nThe poorest live on less than $2 a day and the richest on more than $32 "
        "a day, while $E = mc^2$ holds everywhere.\n",
        {},
    )
    spans = [s for block in parse_note(note).sections[0].blocks for s in block.spans]
    assert [s.text for s in spans if s.kind == "math"] == ["E = mc^2"], spans
    assert "less than $2 a day" in "".join(s.text for s in spans), spans


def test_a_sum_of_money_is_blanked_with_its_currency() -> None:
    (draft,) = [
        d
        for d in note_drafts(
            "# Money\n\nSmith says the poorest weavers earned no more than $32 a year.\n",
            {"author": "Adam Smith"},
        )
        if d.kind == "claim"
    ]
    spans = draft.front
    blanks = [i for i, s in enumerate(spans) if "cloze" in s.marks]
    assert blanks and not any(spans[i - 1].text.endswith("$") for i in blanks), spans


def test_a_ratio_is_blanked_whole() -> None:
    (draft,) = [
        d
        for d in note_drafts(
            "# Genetics\n\nIn a cross of two hybrids, the offspring show a 3:1 ratio of "
            "dominant to recessive traits.\n"
        )
        if d.kind == "claim"
    ]
    assert [s.text for s in draft.front if "cloze" in s.marks] == ["3:1"], draft.front
