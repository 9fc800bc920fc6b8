"""Enumeration cards: a list a sentence announces is asked as a list, a statement is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.extract import extract
from flashgen.model import Draft, Inline, Note
from flashgen.parse.document import parse_note
from tests.notes import note_drafts


def drafts_of(text: str, language: str = "") -> list[Draft]:
    """The cards (not held back) made of a note under "# Trade" (in `language`, if given)."""
    meta = {"lang": language} if language else {}
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Trade\n\n{text}\n", meta)
    return [d for d in extract(parse_note(note)) if not d.held_back]


def kinds(text: str) -> list[str]:
    return [d.kind for d in drafts_of(text)]


def plain(spans: Inline) -> str:
    return "".join(span.text for span in spans)


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith names three causes of wealth: dexterity, saved time and machinery.",
        "The main exports Smith lists: linen, wool, tin and salted fish.",
        # after a verb of listing, its object announces the list, items of some words each
        "Smith lists causes of the wealth of towns: the security of their trade, the "
        "freedom of their citizens from any lord, and the courts of their own merchants.",
    ],
)
def test_an_announced_list_is_an_enumeration(sentence: str) -> None:
    assert "enumeration" in kinds(sentence)


def test_a_number_in_a_name_counts_nothing() -> None:
    """ "Book 2 is short: …" (a verb after the number, "is" read as a plural noun before)."""
    sentence = "Smith argues that Book 2 is short: it gives the causes of wealth in a page or two."
    assert "enumeration" not in kinds(sentence)


def test_a_statement_after_a_colon_is_no_list() -> None:
    """A plural verb ("calls") is no announcement, and a clause after the colon is no list
    however many commas and "and"s it has."""
    sentence = (
        "Smith calls this the end of the guild system: after it, the masters and "
        "journeymen no longer mattered."
    )
    assert "enumeration" not in kinds(sentence)


def test_a_bullet_that_counts_its_sub_items_needs_no_colon() -> None:
    """ "- Two ways to settle a debt" over two sub-items is an enumeration; each sub-item
    that glosses a name is still defined."""
    text = (
        "- Two ways to settle a debt\n"
        "    - barter: goods are exchanged for other goods of equal worth\n"
        "    - coin: metal of a fixed weight is paid for the goods\n"
    )
    made = kinds(text)
    assert made.count("enumeration") == 1 and made.count("definition") == 2, made


def test_items_the_lead_names_are_the_answer_and_not_on_the_front() -> None:
    """ "- Two ways to settle a debt: barter and coin" over a sub-item for each: the front
    stops at the colon and the back names the two."""
    text = (
        "- Two ways to settle a debt: **barter** and **coin**\n"
        "    - barter: goods are exchanged for other goods of equal worth\n"
        "    - coin: metal of a fixed weight is paid for the goods\n"
    )
    (listed,) = [d for d in drafts_of(text) if d.kind == "enumeration"]
    front = plain(listed.front)
    back = [plain(item) for item in listed.back]
    assert "barter" not in front and front.endswith("Two ways to settle a debt. Name both.")
    assert back == ["barter", "coin"]


def test_a_heading_that_counts_its_list_is_an_enumeration() -> None:
    text = (
        "## The three costs of carriage\n\n"
        "- Freight: what the carter charges for each ton and mile\n"
        "- Tolls: what each town on the road takes at its gate\n"
        "- Losses: the goods spoiled or stolen on the way\n"
    )
    made = drafts_of(text)
    (listed,) = [d for d in made if d.kind == "enumeration"]
    assert plain(listed.front).endswith("The three costs of carriage. Name all three.")
    assert [plain(item) for item in listed.back] == ["Freight", "Tolls", "Losses"]
    assert [d.kind for d in made].count("definition") == 3  # each item still glossed


def test_numbered_steps_under_a_heading_are_asked_in_order() -> None:
    text = (
        "## How a bill of exchange is paid\n\n"
        "1. The buyer's bank accepts the bill and stamps it\n"
        "2. The seller discounts the bill with a London banker\n"
        "3. The banker presents the bill to the buyer's bank when it falls due\n"
    )
    made = drafts_of(text)
    # the steps, not a card each (the third, long enough to make a point of its own, is
    # asked by a claim card too)
    assert sorted(d.kind for d in made) == ["claim", "enumeration"], made
    (claim,) = [d for d in made if d.kind == "claim"]
    assert "The banker presents" in plain(claim.front), claim
    made = [d for d in made if d.kind == "enumeration"]
    front = plain(made[0].front)
    assert front.endswith("How a bill of exchange is paid. Name all three, in order.")
    assert made[0].back_style == "ordered" and len(made[0].back) == 3


def test_a_long_step_that_makes_a_point_of_its_own_is_asked_too() -> None:
    made = drafts_of(
        "## How a ledger is closed\n\n"
        "1. Total every account\n"
        "2. Move the balances to the trial sheet\n"
        "3. After the audit, carry the balances forward only if the partners have signed "
        "the books\n"
    )
    assert sorted(d.kind for d in made) == ["claim", "enumeration"], made
    (claim,) = [d for d in made if d.kind == "claim"]
    assert "After the audit" in plain(claim.front)


def test_a_long_item_of_an_announced_list_is_asked_too_unless_it_goes_on_the_lead() -> None:
    made = drafts_of(
        "Causes of the fall of the guild:\n\n"
        "- Cheap imports\n"
        "- The abolition of apprenticeship in 1814 left the masters without cheap labour\n"
    )
    assert sorted(d.kind for d in made) == ["claim", "enumeration"], made
    made = drafts_of(
        "The guild fell for two reasons:\n\n"
        "- cheap imports from the colonies\n"
        "- the abolition of apprenticeship in 1814, which left the masters without labour\n"
    )
    assert [d.kind for d in made] == ["enumeration"], made


def test_superscript_digits_in_a_lead_are_no_count_and_break_nothing() -> None:
    # ("¹²" is a digit to str.isdigit, and no number int() can read)
    made = drafts_of(
        "- The scale counts from I₀ = 10⁻¹² W/m², the threshold of hearing\n"
        "  - a whisper is about 30 dB\n"
        "  - a busy street is about 70 dB\n"
    )
    assert made, made


def test_an_item_of_eight_words_that_makes_a_point_is_asked_but_not_a_list_of_traits() -> None:
    made = drafts_of(
        "Smith gives three reasons for the fall of the guild:\n\n"
        "1. Cheap imports\n"
        "2. Guild stories abound chiefly among the old towns of the south.\n"
        "3. High dues\n"
    )
    assert sorted(d.kind for d in made) == ["claim", "enumeration"], made
    made = drafts_of(
        "## Three wares\n\n"
        "- Wool: coarse, the cheapest, sold at every fair of the county\n"
        "- Linen: fine, dearer, sold only in the chartered towns\n"
        "- Silk: finest, dearest, imported from Lucca\n"
    )
    assert "claim" not in [d.kind for d in made], made


def test_a_colon_after_a_marked_term_glosses_it_and_announces_no_list() -> None:
    sentence = "Towns can have **market rights**: rights to hold, or to refuse, certain fairs."
    assert "enumeration" not in kinds(sentence)


def test_a_clause_after_a_colon_with_an_aside_is_no_list() -> None:
    text = (
        "Many towns are closed markets: guilds, for example, regularly lowered the wages "
        "of journeymen and so kept their masters rich."
    )
    assert "enumeration" not in kinds(text)


def test_a_foreign_list_of_named_items_asks_their_names() -> None:
    text = (
        "Smith distingue trois classes :\n\n"
        "- les propriétaires, qui vivent de la rente de leurs terres ;\n"
        "- les travailleurs, qui vivent du salaire de leur travail ;\n"
        "- les capitalistes, qui vivent du profit de leurs capitaux.\n"
    )
    (listed,) = [d for d in drafts_of(text, "fr") if d.kind == "enumeration"]
    asked = [s.text.strip() for s in listed.front if "cloze" in s.marks]
    assert asked == ["les propriétaires", "les travailleurs", "les capitalistes"], asked


def test_a_foreign_list_too_long_for_one_answer_is_asked_item_by_item() -> None:
    items = [
        "les propriétaires fonciers qui vivent de la rente de leurs terres sans "
        "travailler eux-mêmes",
        "les travailleurs salariés qui vivent du salaire que leur paie un maître pour leur travail",
        "les capitalistes qui vivent du profit de leurs capitaux placés dans le "
        "commerce et l'industrie",
    ]
    text = "Smith distingue trois classes :\n\n" + "".join(f"- {item}\n" for item in items)
    (listed,) = [d for d in drafts_of(text, "fr") if d.kind == "enumeration"]
    numbered = {m for s in listed.front for m in s.marks if m.startswith("c") and m != "cloze"}
    assert numbered == {"c1", "c2", "c3"}, numbered


def test_a_plural_heading_over_named_items_asks_their_names() -> None:
    text = (
        "## Guilds\n\n"
        "- Weavers: make cloth from the spun yarn of the town\n"
        "- Dyers: colour the woven cloth in great vats\n"
        "- Fullers: clean and thicken the cloth with clay\n"
    )
    (listed,) = [d for d in drafts_of(text) if d.kind == "enumeration"]
    assert [plain(item) for item in listed.back] == ["Weavers", "Dyers", "Fullers"]


def test_a_dated_list_under_a_counted_heading_is_a_timeline_not_a_list_of_names() -> None:
    text = (
        "## The three editions\n\n"
        "- March: the first edition sold out in six months in London\n"
        "- June: the second edition added a chapter on the colonies\n"
        "- October: the third edition answered the critics of the first\n"
    )
    made = drafts_of(text)
    assert not any(d.kind == "enumeration" for d in made), made
    # (each card's first blank: what the statement says is a second one)
    asked = ["".join(s.text for s in d.front if s.cloze == 1) for d in made]
    assert sorted(a for a in asked if a) == ["June", "March", "October"], asked


@pytest.mark.parametrize(
    "text",
    [
        "## Questions to review\n\n1. Why do towns grow richer than villages?\n"
        "2. What limits the division of labour?\n",
        "## Three exercises\n\n- Who pays for the roads?\n"
        "- Can a colony ever pay for its own defence?\n- Why do wages differ by trade?\n",
        "### Check your understanding\n\n1. Why do towns grow richer than villages?\n"
        "2. What limits the division of labour?\n",
        # (tasks are exercises too, under any heading of questions)
        "## Two exercises\n\n1. Why do towns grow richer than villages?\n"
        "2. Explain the division of labour in your own words.\n",
        "## Comprehension questions\n\n1. Why do towns grow richer than villages?\n"
        "2. Explain the division of labour in your own words.\n",
    ],
)
def test_a_list_of_questions_is_no_list_to_recall(text: str) -> None:
    made = drafts_of(text)
    assert not any(d.kind == "enumeration" for d in made), made
    assert not any("own words" in plain(d.front) for d in made), made


def test_a_count_that_ends_a_sentence_asks_for_the_terms_the_next_one_marks() -> None:
    made = drafts_of(
        "Hicks sorts markets into three kinds. **Flexprice** markets clear by price; "
        "**fixprice** markets clear by quantity; and **auction** markets clear by bids."
    )
    listed = [d for d in made if d.kind == "enumeration"]
    assert len(listed) == 1
    assert [plain(item) for item in listed[0].back] == ["Flexprice", "fixprice", "auction"]
    assert "Name all three" in plain(listed[0].front)


def test_a_count_the_title_gives_away_is_no_list() -> None:
    made = note_drafts(
        "# Yin and Yang\n\nThe school pairs every thing with two forces. **Yin** is dark and "
        "receptive; **Yang** is bright and active.\n",
        {"title": "Yin and Yang"},
    )
    assert not [d for d in made if d.kind == "enumeration"]


def test_a_plural_heading_over_names_asks_for_them_and_keeps_the_statements() -> None:
    made = drafts_of(
        "## Failure modes\n\n"
        "- Fatigue cracking\n"
        "- Creep at high temperature\n"
        "- Corrosion eats the surface until the section is too thin\n"
        "- Brittle fracture: sudden failure below the yield stress\n"
    )
    listed = [d for d in made if d.kind == "enumeration"]
    assert len(listed) == 1
    assert [plain(item) for item in listed[0].back] == [
        "Fatigue cracking",
        "Creep at high temperature",
        "Corrosion",
        "Brittle fracture",
    ]
    # (what the statement and the glossed item say keep their own cards)
    assert any(
        "surface" in plain(d.front) + " ".join(map(plain, d.back))
        for d in made
        if d.kind != "enumeration"
    )


def test_a_counted_heading_over_principles_also_asks_each_principle() -> None:
    made = drafts_of(
        "## Two rules\n\n"
        "1. Every citizen has an equal vote in the election of the assembly.\n"
        "2. No law may be passed without the consent of both chambers of parliament.\n"
    )
    assert sorted(d.kind for d in made) == ["claim", "claim", "enumeration"]


def test_a_count_then_a_dash_lists_its_items() -> None:
    made = drafts_of(
        "In feudal law, the vassal owed his lord three duties — counsel, aid, and military service."
    )
    listed = [d for d in made if d.kind == "enumeration"]
    assert [plain(item) for item in listed[0].back] == ["counsel", "aid", "military service"]


def test_advice_after_a_plural_lead_is_a_list_of_longer_items() -> None:
    made = drafts_of(
        "Smith's proposed reforms: abolish the apprenticeship laws, open the corporations to "
        "every trade, and let the price of labour find its own level in the market."
    )
    (listed,) = [d for d in made if d.kind == "enumeration"]
    assert len(listed.back) == 3


def test_a_name_and_its_members_is_a_list_and_two_such_lists_keep_two_cards() -> None:
    made = drafts_of(
        "- Hanseatic League: Lübeck, Hamburg, Bremen\n- Swabian League: Ulm, Augsburg, Nuremberg\n"
    )
    listed = [d for d in made if d.kind == "enumeration"]
    assert len(listed) == 2 and len({d.anchor for d in listed}) == 2, listed


def test_steps_a_sequence_announces_are_a_list_and_each_a_claim() -> None:
    made = drafts_of(
        "Sequence:\n\n1. The buyer's bank accepts the bill and stamps it with a seal\n"
        "2. The seller discounts the accepted bill with a banker in London\n"
    )
    assert sorted(d.kind for d in made) == ["claim", "claim", "enumeration"], made


def test_a_heading_over_statements_names_no_subjects() -> None:
    """ "## Core ideas" over "- Children actively construct knowledge": no "Children"."""
    made = drafts_of(
        "## Core ideas\n\n"
        "- Children actively construct knowledge; they are little scientists\n"
        "- Schemas: mental frameworks for organizing experience\n"
        "- Assimilation: fitting new experience into an existing schema\n"
        "- Accommodation: changing a schema to fit new experience"
    )
    assert not [d for d in made if d.kind == "enumeration"], made


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # a count, then "The first is … The second is …"
        (
            "Mill defends two liberties of the individual. The first is liberty of thought and "
            "discussion. The second is liberty of tastes and pursuits.",
            ["liberty of thought and discussion", "liberty of tastes and pursuits"],
        ),
        # ordered stages, asked by their names without their bracketed qualifiers
        (
            "## The four stages\n\n"
            "1. Sensorimotor (0–2): learning through senses and action\n"
            "2. Preoperational (2–7): symbolic thought, but egocentric\n"
            "3. Concrete operational (7–11): logical thought about concrete objects\n"
            "4. Formal operational (11+): abstract and hypothetical reasoning",
            ["Sensorimotor", "Preoperational", "Concrete operational", "Formal operational"],
        ),
    ],
)
def test_a_list_asks_for_its_items(text: str, items: list[str]) -> None:
    (listed,) = [d for d in drafts_of(text) if d.kind == "enumeration"]
    assert [plain(item) for item in listed.back] == items


def test_a_counted_heading_over_laws_keeps_a_claim_for_each() -> None:
    """ "## The three laws" over three statements, one with a long subject ("A line from the
    Sun to a planet sweeps …"): each law is a point of its own, asked by a claim card."""
    made = drafts_of(
        "## The three laws\n\n"
        "1. Planets move in ellipses with the Sun at one focus\n"
        "2. A line from the Sun to a planet sweeps out equal areas in equal times\n"
        "3. The square of a planet's orbital period is proportional to the cube of its distance"
    )
    claims = [d for d in made if d.kind == "claim"]
    assert len(claims) == 3, made


def test_numbered_findings_are_claims_not_steps_to_recall_in_order() -> None:
    made = drafts_of(
        "## Findings\n\n1. Masters who paid by the piece raised output by a third within a year.\n"
        "2. Apprentices trained in the large shops left their masters sooner than others.\n"
        "3. The guilds that fixed prices lost their trade to the country weavers.\n"
    )
    assert not any(d.kind == "enumeration" for d in made), made
    assert sum(d.kind == "claim" for d in made) == 3, made


def test_short_statements_that_each_mark_their_subject_are_each_asked() -> None:
    """ "- a **trifler** obeys the rules …": statements of five words or more whose subject
    the reader marked make a list of the names and a claim card each, as longer ones do."""
    made = drafts_of(
        "The guild sorts its members by their duties:\n"
        "- a **warden** inspects every loom in town;\n"
        "- a **searcher** seals the cloth that passes;\n"
        "- a **clerk** keeps the roll of members.\n"
    )
    claims = [d for d in made if d.kind == "claim"]
    fronts = [plain(d.front) for d in claims]
    assert len(claims) == 3 and all(
        "warden" in f or "searcher" in f or "clerk" in f for f in fronts
    )


def test_terms_each_glossed_after_a_colon_are_the_members_and_a_pronoun_lead_is_resolved() -> None:
    made = drafts_of(
        "Sediment reaches the delta from the uplands. It can settle by two paths: the "
        "**bedload**, rolled along the channel floor, and the **suspended load**, carried "
        "in the water column above it."
    )
    listed = [d for d in made if d.kind == "enumeration"]
    assert len(listed) == 1, [plain(d.front) for d in made]
    front = plain(listed[0].front)
    assert "Sediment can settle by two paths" in front and "It can" not in front, front
    back = " ".join(plain(b) for b in listed[0].back)
    assert "bedload" in back and "suspended load" in back and "rolled" not in back, back
    glossed = {plain(d.front): " ".join(plain(b) for b in d.back) for d in made}
    assert any("bedload" in f and v == "rolled along the channel floor" for f, v in glossed.items())
    assert any(
        "suspended load" in f and v == "carried in the water column above it"
        for f, v in glossed.items()
    ), glossed


def test_a_list_whose_members_the_title_names_is_not_asked_as_a_list() -> None:
    note = Note(
        Path("vault/f.md"),
        Path("vault"),
        "f.md",
        "# Trade\n\nMarkets rest on two supports: credit and custom.\n",
        {"title": "Credit and Custom", "author": "Adam Smith"},
    )
    made = [d for d in extract(parse_note(note)) if not d.held_back]
    assert not [d for d in made if d.kind == "enumeration"], [plain(d.front) for d in made]


def test_a_count_that_opens_its_sentence_counts_the_terms_the_next_sentences_open_with() -> None:
    made = drafts_of(
        "Two forces shape a coastline. **Longshore drift** moves sand along the beach. "
        "**Wave refraction** bends the waves around headlands."
    )
    listed = [d for d in made if d.kind == "enumeration"]
    assert len(listed) == 1, [plain(d.front) for d in made]
    assert "Two forces shape a coastline. Name both" in plain(listed[0].front), listed[0].front
    back = " ".join(plain(b) for b in listed[0].back)
    assert "Longshore drift" in back and "Wave refraction" in back, back
    # (the number is no blank of its own)
    assert not any("[two]" in plain(d.front).lower() for d in made)
    # (a third sentence that opens with no marked term: no list of two)
    unmarked = drafts_of(
        "Two forces shape a coastline. **Longshore drift** moves sand along the beach. "
        "Waves bend around headlands."
    )
    assert not [d for d in unmarked if d.kind == "enumeration"]
