"""Definition cards: a line that says what a term is asks for it ("What is X?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashgen.extract import extract
from flashgen.model import Draft, Note
from flashgen.parse.document import parse_note
from flashgen.parse.inline import plain_text
from tests.notes import note_drafts


def definitions(text: str) -> list[tuple[str, str]]:
    """(front, back) of each definition card made of `text`."""
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Terms\n\n{text}\n", {})
    return definitions_in([d for d in extract(parse_note(note)) if not d.held_back])


def definitions_in(made: list[Draft]) -> list[tuple[str, str]]:
    """(front, back) of each definition card among `made`."""
    return [
        ("".join(s.text for s in d.front), "".join(s.text for b in d.back for s in b))
        for d in made
        if d.kind == "definition"
    ]


@pytest.mark.parametrize("separator", [":", "—", "=", "→", "->"])
def test_a_marked_term_and_its_gloss_is_a_definition(separator: str) -> None:
    """ "**Term** <separator> explanation", the way glossaries and lecture notes are written."""
    made = definitions(f"- **Pomerium** {separator} the sacred boundary of the city of Rome")
    assert [(f, b) for f, b in made if "Pomerium" in f] == [
        ("What is Pomerium, in Terms?", "the sacred boundary of the city of Rome")
    ], made


@pytest.mark.parametrize(
    ("item", "front"),
    [
        (
            "- Slow start: the window starts at one segment and doubles every round trip",
            "What is Slow start, in Terms?",
        ),
        (
            "- The sunk cost fallacy (Arkes): continuing a project because of what it has cost",
            "What is the sunk cost fallacy, in Terms?",
        ),
        # a name may open with a number, when it is no count of items
        (
            "- Five whys: ask why five times to get to the root cause of a defect",
            "What is Five whys, in Terms?",
        ),
    ],
)
def test_a_list_item_naming_a_term_and_a_colon_is_a_definition(item: str, front: str) -> None:
    """Lecture notes seldom bold their terms: "- Name: what it is" asks "What is Name?"."""
    assert [f for f, _ in definitions(item)] == [front]


@pytest.mark.parametrize(
    "item",
    [
        "- Note: the window never grows beyond the receiver's advertised buffer",
        "- Followers with stale logs: the leader overwrites their conflicting entries",
        "- Smith's answer: the market sets the price of every good in the town",
        "- Rule 2, embrace boredom: take breaks from focus rather than from distraction",
        "- Some things are up to us: our judgements, our impulses and our desires",
        "- The most costly: the carriage of goods by land over long distances",
        "**TL;DR**: the division of labour raises output more than any machine",
    ],
)
def test_labels_situations_and_statements_before_a_colon_are_no_terms(item: str) -> None:
    assert definitions(item) == []


@pytest.mark.parametrize(
    ("text", "term", "meaning"),
    [
        # The author names what the sentence described.
        (
            "Workmen began to specialise around 1700: Smith calls this the **division of labour**.",
            "division of labour",
            "Workmen began to specialise around 1700",
        ),
        (
            "Smith calls wealth that exists only on paper **fictitious capital**; bankers love it.",
            "fictitious capital",
            "wealth that exists only on paper",
        ),
        # … also after a clause of its own, with an article before the term.
        (
            "Trade ran both ways; Smith calls a town that lives by it alone the *entrepôt*.",
            "entrepôt",
            "a town that lives by it alone",
        ),
        # Authors in the plural, and the term after "these".
        (
            "Smith and Ricardo call these **productive labour**: work that adds to the value "
            "of the thing it is spent on.",
            "productive labour",
            "work that adds to the value of the thing it is spent on",
        ),
        # … or first what is named, then who names it.
        (
            "The money a prince borrows against next year's taxes Smith calls **anticipation**.",
            "anticipation",
            "The money a prince borrows against next year's taxes",
        ),
        # "… is called Y": what is named first.
        (
            "The share of the harvest the landlord takes is called the rent of land.",
            "rent of land",
            "The share of the harvest the landlord takes",
        ),
        # "a thing is a **term** if …": the condition that makes a thing one.
        (
            "Smith says that a trade is a **free trade** if no law limits who may enter it.",
            "free trade",
            "a trade if no law limits who may enter it",
        ),
        # A gloss after a colon that opens with the term's own noun (the noun left out).
        (
            "Towns can have **market rights**: rights to hold a market on fixed days.",
            "market rights",
            "to hold a market on fixed days",
        ),
        # An appositive between dashes.
        (
            "A **staple** — the one good a town is known for abroad — sets the town's wages.",
            "staple",
            "the one good a town is known for abroad",
        ),
        # A quoted name before a colon.
        (
            '- "Putting-out": merchants hand raw wool to weavers who work at home',
            "Putting-out",
            "merchants hand raw wool to weavers who work at home",
        ),
        # A marked term after an arrow names what comes before it (the item's label aside).
        (
            "- Guild towns: masters set the prices, newcomers may not → **closed shop**",
            "closed shop",
            "masters set the prices, newcomers may not",
        ),
        # A quoted word the sentence ends with names its subject.
        (
            'A coin clipped at the edges is a "light piece".',
            "light piece",
            "A coin clipped at the edges",
        ),
        # A term in italics, glossed.
        (
            "- the *labour theory*: value comes from the work that goes into a good",
            "labour theory",
            "value comes from the work that goes into a good",
        ),
        # Names listed define together; the appositive names what the term is.
        (
            "Smith, Hume and Ferguson define **sympathy** as fellow-feeling with any passion.",
            "sympathy",
            "fellow-feeling with any passion",
        ),
        (
            "Every guild rested on **monopoly**, the condition of selling without rivals.",
            "monopoly",
            "the condition of selling without rivals",
        ),
        # (its head noun's phrase may open with another preposition)
        (
            "Cloth was priced by the **ell**, the length from a man's elbow to his fingertip.",
            "ell",
            "the length from a man's elbow to his fingertip",
        ),
        # A marked term after a colon that ends the sentence names the clause before it.
        (
            "Every debt a town owes outside its walls weighs on its coinage: a **drain**.",
            "drain",
            "Every debt a town owes outside its walls weighs on its coinage",
        ),
        # … and so does one after "is the" (a description, the subject, before it).
        (
            "The smallest bundle of pins sold in the trade is the **paper**.",
            "paper",
            "the smallest bundle of pins sold in the trade",
        ),
        # An appositive of a noun and its participle's phrase glosses the term.
        (
            "Most weavers were paid in **truck**, the goods handed out by the master instead "
            "of coin.",
            "truck",
            "the goods handed out by the master instead of coin",
        ),
        # … and so does a relative clause opening with "whose".
        (
            "Smith admires the **good master**, whose profit comes from the skill of his men.",
            "good master",
            "one whose profit comes from the skill of his men",
        ),
    ],
)
def test_a_term_the_author_names_or_glosses_is_defined(text: str, term: str, meaning: str) -> None:
    made = definitions(text)
    assert len(made) == 1 and term in made[0][0] and made[0][1] == meaning, made


@pytest.mark.parametrize(
    ("item", "front"),
    [
        ("- p-value: the chance of data at least as extreme as what was seen", "p-value"),
        ("- Power = 1 − β, the chance of finding an effect that is there", "Power"),
        ("- cwnd — the congestion window, what the sender may have in flight", "cwnd"),
    ],
)
def test_short_lowercase_names_and_other_separators_are_glossed(item: str, front: str) -> None:
    assert [f for f, _ in definitions(item)] == [f"What is {front}, in Terms?"]


def test_a_rule_is_not_a_name() -> None:
    assert definitions("- Never miss twice — missing once is an accident, not a habit") == []


def test_a_term_named_later_for_what_the_sentence_before_describes() -> None:
    text = (
        "Smith argues that every exchange costs the time of finding a buyer and agreeing a "
        "price. Economists later called these **search costs**."
    )
    assert definitions(text) == [
        (
            "What are search costs, in Terms?",
            "every exchange costs the time of finding a buyer and agreeing a price",
        )
    ]


def test_a_gloss_between_dashes_defines_and_the_rest_is_a_claim() -> None:
    text = "- Putting-out — merchants lending wool to home weavers — spread across Flanders"
    assert definitions(text) == [
        ("What is Putting-out, in Terms?", "merchants lending wool to home weavers")
    ]
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Terms\n\n{text}\n", {})
    assert any(d.kind == "claim" and not d.held_back for d in extract(parse_note(note)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Levi descrive la **zona grigia** come lo spazio ambiguo tra vittime e carnefici.", "it"),
        ("Weber beschreibt die **Bürokratie** als die rationalste Form der Herrschaft.", "de"),
    ],
)
def test_describes_x_as_y_defines_x_in_other_languages(text: str, language: str) -> None:
    note = Note(
        Path("vault/f.md"), Path("vault"), "f.md", f"# Begriffe\n\n{text}\n", {"lang": language}
    )
    made = [d for d in extract(parse_note(note)) if d.kind == "definition" and not d.held_back]
    assert len(made) == 1, made


def test_a_verb_alone_names_a_step() -> None:
    made = definitions("1. Deliver — put each letter in the box of its street")
    assert made == [("What is Deliver, in Terms?", "put each letter in the box of its street")]


def test_a_colon_after_no_clause_names_nothing() -> None:
    assert definitions("Two kinds of coin at the fair: **pennies**.") == []


def test_a_gloss_after_a_dash_that_ends_a_sentence_defines_and_leaves_a_claim() -> None:
    text = (
        "The weavers of the town petitioned the king for a **staple right** — the right to "
        "force every passing merchant to offer his goods for sale."
    )
    assert definitions(text) == [
        (
            "What is a staple right, in Terms?",
            "the right to force every passing merchant to offer his goods for sale",
        )
    ]
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Terms\n\n{text}\n", {})
    made = [d for d in extract(parse_note(note)) if not d.held_back]
    assert [d.kind for d in made].count("claim") == 1


def test_relative_clauses_after_marked_terms_define_them() -> None:
    made = definitions(
        "Smith sets a **journeyman**, who works for a master by the day, against a "
        "**master**, who owns the shop and its tools."
    )
    assert sorted(made) == [
        ("What is a journeyman, in Terms?", "one who works for a master by the day"),
        ("What is a master, in Terms?", "one who owns the shop and its tools"),
    ], made
    # the marked word and the noun it names a kind of
    made = definitions(
        "Smith sets *free* labour, which sells itself by the day, against *bound* labour, "
        "which serves one master for life."
    )
    assert sorted(made) == [
        ("What is bound labour, in Terms?", "labour that serves one master for life"),
        ("What is free labour, in Terms?", "labour that sells itself by the day"),
    ], made
    # a relative clause that says who says something is no gloss
    assert definitions("The **guild**, which Smith says was old, kept prices high.") == []
    # its verb after a negation or an adverb
    made = definitions(
        "Smith gives the town a **charter**, which cannot be revoked, and a **seal**, which "
        "never leaves the hall."
    )
    assert sorted(made) == [
        ("What is a charter, in Terms?", "one that cannot be revoked"),
        ("What is a seal, in Terms?", "one that never leaves the hall"),
    ], made


def test_a_term_named_in_a_sentence_after_its_description_is_defined() -> None:
    """ "… at a glance. Smith calls this approach **division of labour**." names the sentence
    before; a later "deictic" description ("calls this approach") is no definition."""
    made = definitions(
        "Each workman does one small step and sees the whole only at the end of the day. "
        "Smith calls this approach the **division of labour**."
    )
    assert made == [
        (
            "What is the division of labour, in Terms?",
            "Each workman does one small step and sees the whole only at the end of the day",
        )
    ], made


def test_a_plural_term_glossed_by_a_noun_and_its_participle_is_defined() -> None:
    made = definitions(
        "Most trade in the north ran through **staples**, towns licensed by the crown to "
        "sell wool abroad, as the merchants wished."
    )
    assert made == [
        ("What are staples, in Terms?", "towns licensed by the crown to sell wool abroad")
    ], made


def test_two_marked_terms_set_against_each_other_are_defined_each() -> None:
    made = definitions(
        "**Free towns** are ruled by their own merchants, while **chartered towns** can trade "
        "only under the king's seal."
    )
    assert sorted(made) == [
        ("What are Free towns, in Terms?", "ruled by their own merchants"),
        ("What are chartered towns, in Terms?", "can trade only under the king's seal"),
    ], made


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Smith sostiene que en Castilla nació una nueva institución, la **Mesta**, "
            "asociación de todos los pastores del reino.",
            ("Mesta", "asociación de todos los pastores del reino"),
        ),
        (
            "1. El gremio **mayor o rico**, regido por los mercaderes\n"
            "2. El gremio **menor o pobre**, regido por los artesanos",
            ("menor o pobre", "regido por los artesanos"),
        ),
        # (the noun with its article)
        (
            "Así nació la **carta de población**, la ley de cada villa nueva del reino.",
            ("carta de población", "la ley de cada villa nueva del reino"),
        ),
        # (a participle between the noun and its "de", and the subject's next verb after)
        (
            "Smith describe a los **acaparadores**, los mercaderes acusados de subir el precio "
            "del trigo, y muestra cómo la escasez los enriquece.",
            ("acaparadores", "los mercaderes acusados de subir el precio del trigo"),
        ),
    ],
)
def test_a_term_glossed_in_another_language_by_a_noun_or_a_participle(
    text: str, expected: tuple[str, str]
) -> None:
    made = definitions_in(note_drafts(f"# Términos\n\n{text}\n", {"lang": "es"}))
    term, gloss = expected
    assert any(front.startswith(term) and back == gloss for front, back in made), made


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # (a list item: the term, the noun it qualifies, and what it did)
        (
            "pt",
            "Smith aponta duas causas:\n\n1. os **monopólios** coloniais, que encareceram o "
            "açúcar e o tabaco;\n2. a **taxa do selo**, que revoltou os comerciantes.",
            [
                ("monopólios coloniais", "que encareceram o açúcar e o tabaco"),
                ("taxa do selo", "que revoltou os comerciantes"),
            ],
        ),
        (
            "fr",
            "Smith oppose à la rente la **dîme**, qui revient au clergé, et ne dit rien du sel.",
            [("dîme", "qui revient au clergé")],
        ),
        (
            "it",
            "Il libro descrive la **corvée**, che obbligava i contadini a lavorare gratis.",
            [("corvée", "che obbligava i contadini a lavorare gratis")],
        ),
    ],
)
def test_a_term_glossed_in_another_language_by_its_subject_relative_is_defined(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    made = definitions_in(note_drafts(f"# Notas\n\n{text}\n", {"lang": language}))
    for term, gloss in expected:
        assert any(front.startswith(term) and back == gloss for front, back in made), made


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # (an object's relative clause: its subject comes next)
        ("es", "Smith estudia la **alcabala**, que los reyes cobraban sobre cada venta."),
        # (a relative clause that goes on past its comma)
        ("pt", "Os colonos formam um **povo novo**, que já não é europeu, nem africano."),
        # (a plural verb after a singular term: the clause is about the noun inside it)
        (
            "pt",
            "Smith escreve uma **sátira contra os romances de cavalaria**, que dominavam as "
            "livrarias.",
        ),
    ],
)
def test_an_object_relative_or_half_a_relative_is_no_gloss(language: str, text: str) -> None:
    made = definitions_in(note_drafts(f"# Notas\n\n{text}\n", {"lang": language}))
    assert made == [], made


def test_a_marked_term_glossed_by_an_adjectived_noun_or_an_abstract_noun_is_defined() -> None:
    made = definitions(
        "Smith divides the guild into the **masters**, who own the shops, and the **wardens**, "
        "the two yearly judges of its trade. Apprentices learn when they receive "
        "**instruction**, guidance that does not depend on payment."
    )
    assert ("What are the wardens, in Terms?", "the two yearly judges of its trade") in made, made
    assert (
        "What is instruction, in Terms?",
        "guidance that does not depend on payment",
    ) in made, made


def test_a_glossary_defines_a_word_that_labels_elsewhere_and_an_ability_to_glosses() -> None:
    made = note_drafts(
        "# Terms\n\n## Definitions\n\n- **Answer**: the reply a guild gives to a royal "
        "charter\n- **Question**: the charter the king sends to a guild\n\n## Power\n\n"
        "Authority differs from **power**, the ability to compel compliance by force.\n"
    )
    made = definitions_in(made)
    fronts = [front for front, _ in made]
    assert any(front.startswith("What is Answer") for front in fronts), made
    assert (
        "What is power, in Terms?",
        "the ability to compel compliance by force",
    ) in made, made


def test_a_term_glossed_by_a_short_phrase_and_its_process_is_defined() -> None:
    made = definitions(
        "Smith links the guilds to **forestalling**, market cornering, in which a dealer buys "
        "the grain before it reaches the market."
    )
    assert made == [
        (
            "What is forestalling, in Terms?",
            "market cornering, in which a dealer buys the grain before it reaches the market",
        )
    ], made


def test_the_name_a_described_idea_later_became_known_by_is_defined() -> None:
    made = definitions(
        "Each workman does one small step and sees the whole only at the end of the day. "
        "This idea later became known as **the pin principle**, although Smith never used "
        "the phrase."
    )
    assert made == [
        (
            "What is the pin principle, in Terms?",
            "Each workman does one small step and sees the whole only at the end of the day",
        )
    ], made


@pytest.mark.parametrize("joint", ["and the", "while the"])
def test_two_terms_defined_in_one_sentence_make_two_cards(joint: str) -> None:
    made = definitions(
        "A **guild** is an association of the masters of one trade in a town, "
        f"{joint} **apprentice** refers to a boy bound to a master for seven years."
    )
    assert sorted(made) == [
        ("What is a guild, in Terms?", "an association of the masters of one trade in a town"),
        ("What is the apprentice, in Terms?", "a boy bound to a master for seven years"),
    ], made


def test_an_italic_term_and_the_belief_it_names() -> None:
    made = definitions(
        "Smith criticises *mercantilism*, the belief that a nation's wealth is its gold."
    )
    assert [b for _, b in made] == ["the belief that a nation's wealth is its gold"], made


def test_described_not_as_a_but_as_b_names_the_thing_itself() -> None:
    note = Note(
        Path("vault/f.md"),
        Path("vault"),
        "f.md",
        "# Terms\n\nSmith describes the merchant not as a thief but as a servant of the public.\n",
        {},
    )
    (concept,) = [d for d in extract(parse_note(note)) if d.kind == "concept"]
    assert "characterize the merchant in" in "".join(s.text for s in concept.front)
    assert "".join(s.text for s in concept.back[0]).startswith("not as a thief but as")


def test_the_phrase_x_names_y_defines_x() -> None:
    made = definitions(
        "The phrase **invisible hand** names Smith's claim: self-interest, through markets, "
        "serves the public good."
    )
    assert len(made) == 1 and "invisible hand" in made[0][0], made
    assert made[0][1].startswith("Smith's claim: self-interest"), made
    assert definitions("- tree: stores file names and points to other trees") != [
        ("What is tree: stores file, in Terms?", "and points to other trees")
    ]


def test_a_plural_term_is_asked_with_are() -> None:
    made = definitions(
        "- Public goods: things no one can be kept from using, and that no use uses up"
    )
    assert [f for f, _ in made] == ["What are Public goods, in Terms?"]


@pytest.mark.parametrize(
    ("line", "front"),
    [
        # A term the lexicon does not hold is plural by its ending ...
        (
            "- **Pinmakers' journeymen**: workers who finish the heads of pins",
            "What are Pinmakers' journeymen, in Terms?",
        ),
        ("- **Osteoclasts**: large cells that dissolve bone", "What are Osteoclasts, in Terms?"),
        # ... but not a name or a singular ending in -s.
        ("- **Elina Makropulos**: a woman who stays 42", "Who is Elina Makropulos, in Terms?"),
        ("- **Metathesis**: sounds that swap places", "What is Metathesis, in Terms?"),
    ],
)
def test_a_term_unknown_to_the_lexicon_is_plural_by_its_ending(line: str, front: str) -> None:
    assert [f for f, _ in definitions(line)] == [front]


def test_a_term_a_relative_clause_gives_is_defined_and_the_sentence_stays_a_claim() -> None:
    text = (
        "The guilds spoke in oaths and old formulas, which Smith calls *corporation spirit*; "
        "he says that this spirit kept wages above their natural rate for centuries."
    )
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Terms\n\n{text}\n", {})
    made = [d for d in extract(parse_note(note)) if not d.held_back]
    defined = [d for d in made if d.kind == "definition"]
    assert [plain_text(d.back[0]) for d in defined] == ["oaths and old formulas"]
    assert "corporation spirit" in plain_text(defined[0].front)
    assert [d.kind for d in made].count("claim") == 1


def test_this_marked_term_names_what_the_sentence_before_says() -> None:
    text = (
        "Towns that once traded freely close their gates to every stranger in a bad year. "
        "This **town protectionism** is not caused by the guilds alone."
    )
    made = definitions(text)
    assert made == [
        (
            "What is the town protectionism, in Terms?",
            "Towns that once traded freely close their gates to every stranger in a bad year",
        )
    ], made
    note = Note(Path("vault/f.md"), Path("vault"), "f.md", f"# Terms\n\n{text}\n", {})
    claims = [d for d in extract(parse_note(note)) if d.kind == "claim" and not d.held_back]
    assert any("not caused by the guilds alone" in plain_text(d.front) for d in claims)


def test_several_terms_defined_in_one_sentence_each_get_a_card() -> None:
    made = dict(
        definitions(
            "The **lithosphere** is the rigid outer shell of the planet; the "
            "**asthenosphere** is the ductile layer beneath it; and the **mesosphere** is "
            "the stiffer mantle below both."
        )
    )
    assert made == {
        "What is the lithosphere, in Terms?": "the rigid outer shell of the planet",
        "What is the asthenosphere, in Terms?": "the ductile layer beneath it",
        "What is the mesosphere, in Terms?": "the stiffer mantle below both",
    }


def test_a_term_called_by_its_condition_is_defined() -> None:
    (made,) = definitions(
        "A metal is called a **noble metal** if it resists corrosion in moist air."
    )
    assert made[1] == "a metal if it resists corrosion in moist air"


def test_what_a_thing_has_when_a_condition_holds_is_defined() -> None:
    (made,) = definitions(
        "A firm has **market power** in an industry when it can raise its price without "
        "losing all of its customers."
    )
    assert made[1].startswith("what a firm has when it can raise its price"), made


def test_a_marked_term_after_a_label_is_the_term() -> None:
    made = definitions('- Motto: **sapere aude** — "dare to know"')
    assert [front.split(",")[0] for front, _ in made] == ["What is sapere aude"], made
    assert made[0][1] == '"dare to know"'


def test_examples_between_dashes_define_nothing() -> None:
    made = definitions(
        "- Self-talk — praising, scolding, coaching oneself — was the most common strategy"
    )
    assert made == []


def test_a_size_in_brackets_is_no_gloss() -> None:
    assert (
        definitions("Disks store data in **sectors** (typically 512 bytes), grouped in tracks.")
        == []
    )


def test_a_concept_note_names_who_coined_its_term() -> None:
    made = note_drafts(
        "Examples: finishing a bad film, repairing a failing car, and staying in a bad job.\n\n"
        "Continuing an endeavour because of what has already been invested in it — Richard "
        "Thaler calls this the **sunk cost fallacy**.\n\n"
        "It persists because quitting feels like admitting a loss.\n",
        name="Sunk cost fallacy.md",
    )
    fronts = ["".join(s.text for s in d.front) for d in made]
    assert "What is the sunk cost fallacy, according to Richard Thaler?" in fronts, fronts
    # (a labelled line before any heading is the note's text: "Examples: …")
    assert any(d.kind == "enumeration" for d in made), fronts
    # (opening the paragraph after the one that names the term, "It" is that term)
    assert any(f.startswith("Sunk cost fallacy: The sunk cost fallacy persists") for f in fronts), (
        fronts
    )


@pytest.mark.parametrize(
    ("text", "term", "backs"),
    [
        # terms glossed by what they ask
        (
            "Two tests judge a law: **generality**, whether it binds everyone alike, and "
            "**publicity**, how widely it is known before it applies.",
            "generality",
            ["how widely it is known before it applies", "whether it binds everyone alike"],
        ),
        # a marked word and the kind it names, glossed between commas: the term is both
        (
            "Kant separates **a priori** knowledge, known independently of experience, from "
            "**a posteriori** knowledge, grounded in experience.",
            "a priori knowledge",
            ["grounded in experience", "known independently of experience"],
        ),
    ],
)
def test_terms_glossed_inside_a_sentence_each_get_a_card(
    text: str, term: str, backs: list[str]
) -> None:
    made = definitions(text)
    assert sorted(back for _, back in made) == backs, made
    assert any(term in front for front, _ in made), made


def test_an_appositive_with_its_relative_clause_defines_a_marked_term() -> None:
    made = definitions(
        "Smith warns against a figure every merchant knows: the **man of system**, the "
        "proud reformer who is so enamoured of his own plan that he ignores everyone's."
    )
    assert made == [
        (
            "What is the man of system, in Terms?",
            "the proud reformer who is so enamoured of his own plan that he ignores everyone's",
        )
    ], made


def test_an_appositive_after_an_opening_phrase_and_a_clause_defines_a_marked_term() -> None:
    # ("Before the fair" opens the sentence, but the appositive after the term is no main
    # clause: it glosses the term)
    made = definitions(
        "Before the fair most weavers go through **dressing**, a week of sizing the warp in "
        "which every thread is coated with starch."
    )
    assert made == [
        (
            "What is dressing, in Terms?",
            "a week of sizing the warp in which every thread is coated with starch",
        )
    ], made
    # (a main clause after the term's comma is the sentence's own: no gloss)
    assert not definitions(
        "At the **fair price**, the quantity of cloth that buyers are willing to buy exactly "
        "equals the quantity weavers offer."
    )


def test_an_appositive_between_commas_ends_before_the_sentences_own_verb() -> None:
    made = definitions(
        "Smith had heard that weavers who used **madder**, a red dye from a root, did not "
        "lose their colour in the wash."
    )
    assert made == [("What is madder, in Terms?", "a red dye from a root")], made


def test_a_term_past_its_year_in_brackets_is_glossed_after_the_colon() -> None:
    made = definitions(
        "What Smith later called the **invisible hand** (1776): the way private interest "
        "leads a merchant to serve the public, as when a trader prefers home industry for "
        "his own security."
    )
    assert made == [
        (
            "What is the invisible hand, in Terms?",
            "the way private interest leads a merchant to serve the public",
        )
    ], made


def test_a_colon_gloss_stops_before_its_examples() -> None:
    made = definitions(
        "Smith calls the staple town a **market of record**: a place with its own weights, "
        "its own clerks and its own court, such as Calais, Bruges or Antwerp."
    )
    assert made == [
        (
            "What is a market of record, in Terms?",
            "a place with its own weights, its own clerks and its own court",
        )
    ], made


def test_a_label_whose_gloss_goes_on_without_a_subject_is_a_definition() -> None:
    """ "…; works best when …": a verb in -s and how well, not a subject and a verb "best"."""
    made = definitions(
        "- **Acquisition**: the tone–food association is learned; works best when the tone "
        "comes half a second before the food\n"
        "- **Extinction**: the response fades when the tone comes without the food\n"
    )
    assert [front.split(",")[0] for front, _ in made] == [
        "What is Acquisition",
        "What is Extinction",
    ], made


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        # a glossary line about a person asks who
        (
            "## Composers\n\n"
            "- Vivaldi: wrote about 500 concertos, including The Four Seasons\n"
            "- Basso continuo: a bass line played throughout, with chords improvised above it\n"
            "- Fat-soluble: stored in the liver and fat tissue, so toxicity is possible\n",
            ["What is Basso continuo", "What is Fat-soluble", "Who is Vivaldi"],
        ),
        # … and so does one that says what kind of person
        (
            "## The method\n\n"
            "- Agnes Vrolik: first woman in Sweden to lecture on education (1880)\n"
            "- Prepared environment: child-sized furniture and materials on open shelves\n",
            ["What is Prepared environment", "Who is Agnes Vrolik"],
        ),
        # an everyday word a list glosses is asked with its heading
        (
            "## Pin factory\n\n"
            "- Price: a penny for a thousand pins, a tenth of the old price\n"
            "- Wire drawing: pulling the brass through a die to make it thin\n",
            ["What is Price (Pin factory)", "What is Wire drawing"],
        ),
        # a participle in -ing before its noun names a term
        (
            "## Machines\n\n"
            "1. Spinning wheel: turns one thread at a time by hand\n"
            "2. Water frame: spun stronger thread with the power of a river\n",
            ["What is Spinning wheel", "What is Water frame"],
        ),
    ],
)
def test_each_glossary_line_asks_what_or_who_its_name_is(text: str, questions: list[str]) -> None:
    made = definitions(text)
    assert sorted(front.split(",")[0] for front, _ in made) == questions, made


def test_a_plural_noun_names_is_no_definition() -> None:
    """ "Proper names are rigid": "names" is a noun there, not "X names Y"."""
    assert definitions("Proper names are rigid; most definite descriptions are not.") == []


def test_a_second_term_glossed_after_a_semicolon_gets_its_own_card() -> None:
    made = definitions(
        "- **Exogamy**: marrying outside one's group; **endogamy**: marrying within it\n"
    )
    backs = sorted(back for _, back in made)
    assert backs == ["marrying outside one's group", "marrying within it"], made


def test_a_person_glossed_as_someone_who_is_asked_who() -> None:
    made = definitions("Smith tells of **Jenkins**, a weaver who lost his loom to the factory.")
    assert [front.split(",")[0] for front, _ in made] == ["Who is Jenkins"], made


def test_a_label_that_says_what_follows_is_an_aim_defines_nothing() -> None:
    assert definitions("- Aim: unite art, craft and industry in one school\n") == []


def test_terms_glossed_by_relative_clauses_read_as_ones_that() -> None:
    made = definitions(
        "Smith distinguishes **natural wages**, which keep a labourer alive, from **market "
        "wages**, which rise and fall with demand (as in a famine year)."
    )
    assert sorted(back for _, back in made) == [
        "ones that keep a labourer alive",
        "ones that rise and fall with demand",
    ], made


@pytest.mark.parametrize(
    ("text", "backs"),
    [
        # "coined the term X for Y"
        (
            "Smith coined the term **division of labour** for the splitting of one trade into "
            "many simple operations.",
            ["the splitting of one trade into many simple operations"],
        ),
        # two terms told apart, each glossed by an -ing phrase
        (
            "Smith distinguishes **productive labour**, adding to the value of a thing, from "
            "**unproductive labour**, adding to the value of nothing.",
            ["adding to the value of a thing", "adding to the value of nothing"],
        ),
        # a marked term before a colon and the members it takes in
        (
            "Smith starts from the **passions**: pride, envy, sympathy and fear, which move "
            "every merchant.",
            ["pride, envy, sympathy and fear, which move every merchant"],
        ),
        # a second term inside a glossary line's gloss
        (
            "- **Rent**: what the land earns; the **profit** is what the stock earns\n",
            ["what the land earns", "what the stock earns"],
        ),
        # "this" names what the colon of the author's sentence before spells out
        (
            "Smith uses the pin factory as a model: ten workers each make one part and "
            "together make thousands of pins. He calls this **the division of labour**.",
            ["ten workers each make one part and together make thousands of pins"],
        ),
    ],
)
def test_what_a_term_is_said_to_be(text: str, backs: list[str]) -> None:
    made = definitions(text)
    assert sorted(back for _, back in made) == backs, made


def test_a_marked_term_glossed_by_a_kind_after_a_colon_is_defined() -> None:
    made = note_drafts(
        "Trade happens within a **free port**: a harbour set apart, with its own customs and "
        "its own courts.\n",
        {"author": "Adam Smith", "title": "The Book"},
    )
    assert any(
        "free port" in f and b.startswith("a harbour set apart") for f, b in definitions_in(made)
    )


def test_a_marked_term_after_called_is_defined_by_the_phrase_before() -> None:
    made = note_drafts(
        "The seed is wrapped in a hard protective layer called the **testa**.\n",
        {"author": "Adam Smith", "title": "The Book"},
    )
    definitions = definitions_in(made)
    assert any("the testa" in f and b == "a hard protective layer" for f, b in definitions), (
        definitions
    )
    # (the phrase is the term's kind only when it names one: "a process called X" is too thin)
    thin = note_drafts("Leaves make sugar by a process called **photosynthesis**.\n")
    assert not any(d.kind == "definition" for d in thin)


@pytest.mark.parametrize(
    ("sentence", "term", "gloss"),
    [
        # what is named first, then its name after "are now called" or "is known as"
        (
            "Goods whose demand rises with their price, because a high price makes them a "
            "status symbol, are now called Veblen goods.",
            "Veblen goods",
            "Goods whose demand rises with their price, because a high price makes them a "
            "status symbol",
        ),
        (
            "The point where supply meets demand is known as the equilibrium.",
            "equilibrium",
            "The point where supply meets demand",
        ),
        # a marked term that opens its sentence, glossed between commas before the verb
        (
            "**Conspicuous waste**, the display of wealth through needless spending, serves "
            "the same purpose.",
            "Conspicuous waste",
            "the display of wealth through needless spending",
        ),
    ],
)
def test_a_name_given_after_its_description_or_an_opening_gloss_defines_it(
    sentence: str, term: str, gloss: str
) -> None:
    made = note_drafts(f"{sentence}\n", {"author": "Adam Smith", "title": "The Book"})
    definitions = definitions_in(made)
    assert any(term in f and b == gloss for f, b in definitions), definitions


def test_a_term_given_as_a_name_and_glossed_after_a_colon_is_defined() -> None:
    made = note_drafts(
        "Smith describes the habit as **market sense**: knowing without counting what a "
        "thing will fetch.\n",
        {"author": "Adam Smith", "title": "The Book"},
    )
    definitions = definitions_in(made)
    assert any(
        "market sense" in f and b.startswith("knowing without counting") for f, b in definitions
    ), definitions


def test_a_name_given_after_a_semicolon_to_what_came_before_defines_it() -> None:
    made = note_drafts(
        "Prices rise at each link of the supply chain, so the final buyer pays the most; this "
        "is now called **double marginalisation**.\n",
        {"author": "Adam Smith", "title": "The Book"},
    )
    definitions = definitions_in(made)
    assert any(
        "double marginalisation" in f and b.startswith("Prices rise at each link")
        for f, b in definitions
    ), definitions


def test_a_glossary_line_that_names_a_person_and_states_a_clause_is_a_claim() -> None:
    made = note_drafts(
        "# Forms\n\n## Views\n- Maria Ferrante: the sonata is a drama of keys, resolved at "
        "the return\n"
    )
    assert not any(d.kind == "definition" for d in made), [d.kind for d in made]
    assert any(d.kind == "claim" for d in made)


def test_a_glossary_name_that_ends_in_a_plural_noun_is_a_name() -> None:
    made = note_drafts(
        "# Quakes\n\n## Waves\n- P waves: compressional waves that travel through solids and "
        "liquids\n- S waves: shear waves that cannot travel through liquids\n"
    )
    assert {d.anchor for d in made if d.kind == "definition"} >= {
        "definition:p waves",
        "definition:s waves",
    }, [d.anchor for d in made]


def test_calls_this_alone_in_its_paragraph_names_the_paragraph_before() -> None:
    made = note_drafts(
        "Smith argues that merchants raise prices whenever a shortage leaves buyers no "
        "choice.\n\nSmith calls this practice **engrossing**.\n",
        {"author": "Adam Smith", "title": "The Book"},
    )
    definitions = definitions_in(made)
    assert any(
        "engrossing" in f and b.startswith("merchants raise prices") for f, b in definitions
    ), definitions


def test_a_term_glossed_by_in_which_is_defined_and_its_sentence_stays_a_claim() -> None:
    text = (
        "Rivers cut their beds mainly by **hydraulic action**, in which moving water forces "
        "air into cracks and loosens the rock, and by **corrasion**, in which pebbles carried "
        "along grind the bed down."
    )
    assert definitions(text) == [
        (
            "What is hydraulic action, in Terms?",
            "one in which moving water forces air into cracks and loosens the rock",
        ),
        ("What is corrasion, in Terms?", "one in which pebbles carried along grind the bed down"),
    ]
    assert [d.kind for d in note_drafts(f"# Terms\n\n{text}\n")].count("claim") == 1


def test_a_name_given_before_a_semicolon_keeps_what_follows_in_its_definition() -> None:
    assert definitions(
        "Everything a river leaves on its floodplain is called **alluvium**; it is fine, "
        "sorted and fertile."
    ) == [
        (
            "What is alluvium, in Terms?",
            "Everything a river leaves on its floodplain; it is fine, sorted and fertile",
        )
    ]


def test_a_term_that_names_what_its_subject_was_is_also_asked_in_its_sentence() -> None:
    """ "X's great invention was **Y**, which …": the definition asks what Y does; a claim
    asks what the invention was (the term, not its gloss)."""
    made = note_drafts(
        "# Terms\n\nThe Venetians' great invention, around 1300, was **double-entry "
        "bookkeeping**, which let a merchant see at once what he owned and owed.\n"
    )
    assert [f for f, _ in definitions_in(made)] == ["What is double-entry bookkeeping, in Terms?"]
    (claim,) = [d for d in made if d.kind == "claim"]
    asked = "".join(s.text for s in claim.front if "cloze" in s.marks)
    assert asked.startswith("double-entry bookkeeping"), asked


def test_a_marked_term_a_verb_of_naming_gives_in_another_language_is_defined() -> None:
    made = definitions_in(
        note_drafts(
            "# Termes\n\nSmith appelle **division du travail** toutes les manières de "
            "partager un ouvrage entre plusieurs mains.\n",
            {"author": "Adam Smith", "lang": "fr"},
        )
    )
    assert [(f.split(" (")[0], b) for f, b in made] == [
        (
            "division du travail",
            "toutes les manières de partager un ouvrage entre plusieurs mains",
        )
    ], made


def test_who_wrote_a_work_of_a_year_is_no_term_but_a_thing_of_that_year_is() -> None:
    """ "- Bickerton (1981): creoles everywhere share …" says what a work holds, not what
    "Bickerton" is; "- Peace of Augsburg (1555): …" says what the peace was."""
    made = definitions(
        "- Dewey and Kilpatrick (1916): the method ignores the social side of learning\n"
        "- Bickerton (1981): creoles everywhere share features no input language supplied\n"
        "- Peace of Augsburg (1555): each prince chose the faith of his territory\n"
        "- The Terror (1793–94): the Committee of Public Safety executed thousands"
    )
    assert [front for front, _ in made] == [
        "What is Peace of Augsburg, in Terms?",
        "What is the Terror, in Terms?",
    ], made


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # In English too, the marked term right after "calls", then what it names ...
        (
            "Smith calls **journeymen** the workers who have served their apprenticeship but "
            "own no shop of their own.",
            ("journeymen", "the workers who have served their apprenticeship but own no shop"),
        ),
        # ... and an activity, a gerund, glossed after its colon by what one does in it.
        (
            "One common practice of the guilds was **forestalling**: buying up goods on their "
            "way to market to sell them dearer.",
            ("forestalling", "buying up goods on their way to market to sell them dearer"),
        ),
    ],
)
def test_a_marked_term_named_before_what_it_names_is_defined(
    sentence: str, expected: tuple[str, str]
) -> None:
    made = definitions_in(note_drafts(f"# Terms\n\n{sentence}\n", {"author": "Adam Smith"}))
    term, gloss = expected
    assert [(f, b[: len(gloss)]) for f, b in made] == [
        (f"How does Smith define {term} in Terms?", gloss)
    ], made


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Within a few years the guilds ruled almost the whole town, which the merchants "
            "called **the Hanse quarter**.",
            "",
            ("the Hanse quarter", "the whole town"),
        ),
        (
            "Hacia 1400 la ciudad se dividió en pequeños gremios llamados **cofradías**.",
            "es",
            ("cofradías", "pequeños gremios"),
        ),
        (
            "Les marchands vendaient leurs draps dans une halle appelée la **Lakenhal**.",
            "fr",
            ("Lakenhal", "une halle"),
        ),
        (
            "Los mercaderes dominaron casi toda la costa, a la que llamaron **la Marina**.",
            "es",
            ("la Marina", "la costa"),
        ),
    ],
)
def test_a_marked_name_given_to_what_the_sentence_describes_is_defined(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    made = definitions_in(
        note_drafts(f"# Terms\n\n{text}\n", {"lang": language} if language else {})
    )
    term, gloss = expected
    assert any(term in front and back == gloss for front, back in made), made


def test_a_definition_that_marks_and_glosses_another_term_defines_it_too() -> None:
    made = definitions(
        "Smith defines the market price as the price at which a thing is actually sold, which "
        "may differ from the **natural price**, the level of price that covers rent, wages "
        "and profit."
    )
    assert (
        "What is the natural price, in Terms?",
        "the level of price that covers rent, wages and profit",
    ) in made, made


def test_a_count_in_brackets_is_no_gloss() -> None:
    made = definitions("- The basic unit = the **guild** (~40 masters per town)")
    assert not any(front.startswith("What is guild") for front, _ in made), made


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        # past a term's other name in brackets, its appositive
        (
            "Its only common institution was the **Diet** (Hansetag), an assembly of town "
            "delegates that met irregularly.",
            ("Diet", "an assembly of town delegates that met irregularly"),
        ),
        # a list item whose name has a participle before its noun
        (
            "- First-price sealed bid: the highest bid wins and pays its own bid",
            ("First-price sealed bid", "the highest bid wins and pays its own bid"),
        ),
        # a plural term glossed by a plural noun and what qualifies it
        (
            "The guild keeps its rules as **ordinances**, written orders that every master "
            "swears to obey.",
            ("ordinances", "written orders that every master swears to obey"),
        ),
        # "…; this is the **X**": what came before is what X names
        (
            "As masters grow old, their workshops pass to their widows and then decline; this "
            "is the **widow's trade**.",
            (
                "widow's trade",
                "As masters grow old, their workshops pass to their widows and then decline",
            ),
        ),
    ],
)
def test_a_term_is_defined_past_its_alias_by_a_plural_gloss_or_by_this_is(
    text: str, defined: tuple[str, str]
) -> None:
    term, gloss = defined
    assert any(term in front and back == gloss for front, back in definitions(text)), definitions(
        text
    )


def test_a_term_named_after_the_sentence_before_in_another_language_is_defined() -> None:
    made = definitions_in(
        note_drafts(
            "# Termini\n\nQuando il mercato si chiude, le botteghe falliscono e il ciclo "
            "ricomincia. Smith chiama questo ritorno **ristagno**.\n",
            {"author": "Adam Smith", "lang": "it"},
        )
    )
    assert [(f.split(" (")[0], b) for f, b in made] == [
        (
            "ristagno",
            "Quando il mercato si chiude, le botteghe falliscono e il ciclo ricomincia",
        )
    ], made


def test_a_marked_term_and_what_it_is_made_of_is_defined() -> None:
    made = definitions(
        "Each guild has a **charter** of privileges that the crown can revoke, and a **court** "
        "of masters who judge disputes."
    )
    assert ("What is charter, in Terms?", "privileges that the crown can revoke") in made, made
    assert ("What is court, in Terms?", "masters who judge disputes") in made, made


def test_another_name_in_brackets_is_no_gloss() -> None:
    made = definitions(
        "A **spinning jenny** (or jenny machine) lets one worker spin eight threads at once."
    )
    assert not any(back == "or jenny machine" for _, back in made), made


def test_a_marked_term_and_the_doing_it_names_is_defined() -> None:
    made = definitions(
        "Smith distinguishes two tasks: the **drawing** of pulling wire through a plate, and "
        "the **pointing** of grinding the tip on a wheel."
    )
    assert ("What is drawing, in Terms?", "pulling wire through a plate") in made, made
    assert ("What is pointing, in Terms?", "grinding the tip on a wheel") in made, made


def test_a_quoted_term_glossed_by_the_idea_it_names_is_defined() -> None:
    assert definitions(
        'Smith attacks the "mercantile fallacy", the belief that a nation grows rich by '
        "hoarding gold and silver."
    ) == [
        (
            "What is the mercantile fallacy, in Terms?",
            "the belief that a nation grows rich by hoarding gold and silver",
        )
    ]


def test_a_plural_kind_without_its_article_names_a_term_called_after_it() -> None:
    assert definitions("Cloth was sold by the ell and stored in long bales called **pieces**.") == [
        ("What are pieces, in Terms?", "long bales")
    ]


def test_a_quoted_term_glossed_by_the_story_it_names_is_defined() -> None:
    assert definitions(
        'Smith rejects the "mercantile story", the narrative of nations growing rich by '
        "hoarding gold."
    ) == [
        (
            "What is the mercantile story, in Terms?",
            "the narrative of nations growing rich by hoarding gold",
        )
    ]


def test_a_relative_clause_says_the_number_of_the_term_it_glosses() -> None:
    made = definitions(
        "Leaves breathe through their **stomata**, which are opened by guard cells.\n"
    )
    assert ("What are stomata, in Terms?", "ones that are opened by guard cells") in made, made


def test_a_marked_term_after_a_label_is_defined_with_the_words_that_end_its_name() -> None:
    made = definitions("- Tax reform: **zabt** system = fixed cash rates based on average yields\n")
    assert ("What is zabt system, in Terms?", "fixed cash rates based on average yields") in made


def test_a_term_set_between_commas_after_the_noun_it_names_is_glossed_by_it() -> None:
    made = definitions("The towns paid a tribute, the **hansegeld**, to the guild for safe roads.")
    assert ("What is hansegeld, in Terms?", "tribute to the guild for safe roads") in made, made
    made = definitions_in(
        note_drafts(
            "# Terms\n\nLas villas pagaban tributos, las *hansas*, a los gremios a cambio de "
            "protección.\n",
            {"lang": "es"},
        )
    )
    assert [back for _, back in made] == ["tributos a los gremios a cambio de protección"], made


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # (what a marked phrase is the meaning of is not a term the colon glosses)
        (
            "Thrift, in this reading, means **order and restraint**: to be thrifty is to keep "
            "accounts.",
            "",
        ),
        # (an "a" after the comma is a French verb, not an English article)
        (
            "La fin des guildes, qui vivaient dans un **ordre ancien**, a détruit la transmission "
            "des métiers.",
            "fr",
        ),
        # (a participle and a name as its agent: a work and who made it)
        ("Texte d'ouverture du premier tome des *Halles de Paris*, dirigés par Morel.", "fr"),
    ],
)
def test_no_definition_is_read_where_the_marked_phrase_is_not_glossed(
    text: str, language: str
) -> None:
    made = definitions_in(
        note_drafts(f"# Terms\n\n{text}\n", {"lang": language} if language else {})
    )
    assert made == [], made


def test_the_noun_that_announces_a_name_is_no_part_of_its_gloss() -> None:
    made = definitions(
        "Since the war, he argues, traders judge every market by the gossip of their rivals, "
        "a condition he calls **the tyranny of rumour**."
    )
    assert made and all(not back.endswith("a condition") for _, back in made), made


def test_a_term_defined_by_a_formula_on_its_own_line_is_a_definition() -> None:
    made = definitions("The **supply map** is\n$$q_{n+1} = r q_n (1 - q_n)$$\nwhere r is the rate.")
    assert any(front.startswith("What is the supply map") for front, _ in made), made


def test_a_name_given_with_an_of_phrase_after_it_is_still_defined() -> None:
    made = definitions(
        "Smith calls the belief that wealth is only gold the **mercantile fallacy** of the age."
    )
    assert any(
        "mercantile fallacy" in front and back == "the belief that wealth is only gold"
        for front, back in made
    ), made


def test_a_listed_term_is_glossed_by_its_brackets_and_what_follows_its_comma() -> None:
    made = definitions(
        "Smith divides the trade into three zones:\n"
        "- the **inner** zone (the town itself), with guild masters and fixed prices;\n"
        "- the **outer** zone (the villages), with country weavers;\n"
    )
    assert (
        "What is the inner zone, in Terms?",
        "the town itself; with guild masters and fixed prices",
    ) in made, made
    assert ("What is the outer zone, in Terms?", "the villages; with country weavers") in made, made


def test_a_terms_other_name_in_brackets_is_no_gloss() -> None:
    made = definitions(
        'The **method of small steps** (the "branch" method) starts from the present trade '
        "and compares only a few alternatives."
    )
    assert not any(back.startswith("the ") and "branch" in back for _, back in made), made


def test_a_thing_described_as_something_is_no_term_defined() -> None:
    made = definitions_in(
        note_drafts(
            "# Terms\n\nSmith beschreibt die Händler als **geistig heimatlos**: Sie gehören "
            "weder zur Zunft noch zum Adel.\n",
            {"lang": "de"},
        )
    )
    assert made == [], made


def test_a_term_inside_brackets_with_its_aside_is_no_definition() -> None:
    made = definitions(
        "Do prices rise in response to scarcity (**scarcity pricing**, a mercantile view), or "
        "at random?"
    )
    assert not any(")" in back for _, back in made), made


def test_a_definition_in_a_section_given_to_another_speaker_is_theirs() -> None:
    made = definitions_in(
        note_drafts(
            "# Fairs v. Towns\n\n## Majority\n\nThe **market right** is the town's privilege "
            "to hold a weekly fair.\n\n## Dissent (Holmes)\n\nTolls should be limited by "
            "**custom**, a matter of policy and practical politics.\n",
            {"author": "John Marshall", "title": "Fairs v. Towns"},
        )
    )
    fronts = [front for front, _ in made]
    assert any(f.startswith("How does Holmes define custom") for f in fronts), fronts
    assert any(f.startswith("How does Marshall define the market right") for f in fronts), fronts


def test_a_verb_and_its_object_before_an_arrow_or_a_colon_is_no_term() -> None:
    made = definitions(
        "- Needs a royal licence → no trade outside the chartered towns\n"
        "- Requires the consent of the guild: no master may take a second apprentice\n"
        "- Half a loaf: the ration of a journeyman in the famine of 1709\n"
    )
    assert [front for front, _ in made] == ["What is Half a loaf, in Terms?"], made


def test_a_term_alone_in_brackets_names_the_noun_phrase_before_it() -> None:
    made = definitions(
        "- Guilds kept small sealed boxes of common funds (**hutches**) in the hall\n"
        "- The masters met in a court of their own and under oath (**wardmote**)\n"
        "- Looms were idle at night, before any curfew (**couvre-feu**)\n"
    )
    assert made == [("What are hutches, in Terms?", "small sealed boxes of common funds")], made


def test_a_name_given_later_to_the_thesis_before_is_defined_by_it() -> None:
    made = definitions(
        "Smith's central claim: as a rule, a guild is captured by its richest masters and run "
        "for their benefit. This is the view later called **guild capture**."
    )
    assert made == [
        (
            "What is guild capture, in Terms?",
            "as a rule, a guild is captured by its richest masters and run for their benefit",
        )
    ], made


def test_a_definition_list_asks_its_first_sentence_and_the_others_are_claims() -> None:
    made = note_drafts(
        "# Terms\n\nStaple town\n: A town licensed by the crown to sell wool abroad. Merchants "
        "of the staple paid a fixed duty on every sack they shipped to Calais.\n",
        {"author": "Adam Smith"},
    )
    (meaning,) = [d for d in made if d.kind == "definition"]
    assert "".join(s.text for p in meaning.back for s in p) == (
        "A town licensed by the crown to sell wool abroad."
    ), meaning.back
    claims = ["".join(s.text for s in d.front) for d in made if d.kind == "claim"]
    assert any("paid" in c and "fixed duty" in c for c in claims), claims


def test_a_date_in_another_language_labels_a_line_of_a_timeline_and_names_no_term() -> None:
    made = note_drafts(
        "# Foires\n\n## 1848\n\n- Décembre 1848 : la foire de Beaucaire est fermée par le préfet\n"
        "- 14 juillet 1849 : la foire de Beaucaire rouvre sous la garde de la troupe\n",
        {"lang": "fr"},
    )
    assert not definitions_in(made), definitions_in(made)


def test_a_clause_after_a_colon_that_opens_with_the_spanish_a_glosses_no_term() -> None:
    # (the Spanish preposition "a" is not the English article of "a **magic circle**: a
    # space set apart")
    text = (
        "La pobreza del campo se debe a la **falta de caminos**: a los campesinos no se les "
        "deja vender, y luego se les reprocha que no produzcan."
    )
    made = note_drafts(f"# Tesis\n\n{text}\n", {"author": "Adam Smith", "lang": "es"})
    assert not definitions_in(made), definitions_in(made)
    assert any(d.kind == "claim" for d in made), made


def test_by_a_term_and_who_means_it_without_a_comma_defines_the_term() -> None:
    made = definitions("By **division** Smith means the parting of one trade into many.")
    assert [front for front, _ in made if "division" in front], made
    assert not any("Smith means" in front or "By" in front for front, _ in made), made


def test_a_term_named_after_a_dash_by_who_calls_it_so_is_defined() -> None:
    made = definitions(
        "Anything that lets a worker repeat one motion all day helps — he calls this **dexterity**."
    )
    assert any("dexterity" in front and "repeat one motion" in back for front, back in made), made


def test_a_marked_term_someone_called_a_thing_before_its_colon_is_defined() -> None:
    made = definitions(
        "Smith called the habit that guides each worker's motions a **knack**: a skill of the "
        "hand learned by doing one thing for years."
    )
    assert any("knack" in front and "skill of the hand" in back for front, back in made), made


def test_a_list_of_examples_in_brackets_after_a_term_is_no_gloss() -> None:
    made = note_drafts(
        "# Piante\n\nNelle piante **C3** (grano, riso, soia) la CO₂ viene fissata "
        "direttamente dal ciclo di Calvin.\n",
        {"author": "Adam Smith", "lang": "it"},
    )
    assert not definitions_in(made), definitions_in(made)
    # (a gloss of its own stays one: "(the organised part of the mind)")
    assert definitions("The **ego** (the organised part of the mind) mediates between drives.")


def test_a_label_of_evidence_before_a_colon_is_no_term() -> None:
    for label in ("Polling", "Evidence", "Survey"):
        made = definitions(f"- {label}: 37% of weavers said the guild made no difference to wages")
        assert not made, made


def test_a_term_spoken_of_when_something_holds_is_defined_in_other_languages() -> None:
    for text, language in (
        (
            "Se habla de **monopolio** cuando una sola empresa vende todo el paño de la ciudad.",
            "es",
        ),
        ("On parle de **monopole** lorsqu'une seule firme vend tout le drap de la ville.", "fr"),
    ):
        made = definitions_in(note_drafts(f"# Términos\n\n{text}\n", {"lang": language}))
        assert any(
            "monopol" in front and ("seul" in back or "sola" in back) for front, back in made
        ), made


def test_a_label_of_examples_in_another_language_is_no_term() -> None:
    made = note_drafts(
        "# Ferias\n\n- Casos clásicos: Medina del Campo en 1500, Sevilla en 1600\n",
        {"lang": "es"},
    )
    assert not definitions_in(made), definitions_in(made)


def test_a_marked_participle_after_its_auxiliary_names_no_term() -> None:
    made = definitions(
        "During carding, each fibre is **combed** (pulled out straight, with its neighbours) "
        "twice over, at every pass of the drum."
    )
    assert not made, made


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Smith sorts the trades in three kinds:\n\n"
            "1. the **guild**, associations of sworn masters, such as the weavers';\n"
            "2. the **putting-out** trade, work given out to cottages, like spinning;\n"
            "3. the **manufactory**, work under one roof, which needs capital.",
            "",
            {
                "guild": "associations of sworn masters, such as the weavers'",
                "manufactory": "work under one roof, which needs capital",
            },
        ),
        (
            "Smith classe les métiers en deux sortes :\n\n"
            "1. la **corporation**, une association jurée, comme celle des tisserands ;\n"
            "2. la **manufacture**, un seul toit pour toutes les étapes, exige du capital.",
            "fr",
            # (what goes on after the noun phrase is a clause of its own: the gloss stops)
            {
                "corporation": "une association jurée, comme celle des tisserands",
                "manufacture": "un seul toit pour toutes les étapes",
            },
        ),
    ],
)
def test_a_listed_term_and_the_noun_phrase_after_its_comma_is_a_definition(
    text: str, language: str, expected: dict[str, str]
) -> None:
    meta = {"author": "Adam Smith", **({"lang": language} if language else {})}
    made = definitions_in(note_drafts(f"# Trades\n\n{text}\n", meta))
    for term, gloss in expected.items():
        assert any(term in front and back == gloss for front, back in made), (term, made)


def test_a_listed_term_before_a_list_or_a_clause_defines_nothing() -> None:
    made = definitions_in(
        note_drafts(
            "# Trades\n\n- **Smallpox**, measles and typhus crossed from east to west.\n"
            "- **Pins**, sold by the thousand, made the town rich.\n",
            {"author": "Adam Smith"},
        )
    )
    assert not any("Smallpox" in front or "Pins" in front for front, _ in made), made


@pytest.mark.parametrize(
    ("sentence", "term", "gloss"),
    [
        (
            "Pins are sold in a new kind of market that Smith calls **the staple**, where "
            "merchants bid for a whole year's output.",
            "the staple",
            "a new kind of market, where merchants bid for a whole year's output",
        ),
        (
            "The guilds kept a register of masters that Smith calls **the roll**.",
            "the roll",
            "a register of masters",
        ),
        # (what is named starts at its indefinite article, after the clause's object)
        (
            "Every guild justifies its monopoly by an ancient charter that Smith calls the "
            "**great privilege**: the king's seal, the bishop's blessing.",
            "great privilege",
            "an ancient charter",
        ),
    ],
)
def test_a_term_named_in_a_relative_clause_names_the_noun_phrase_before_it(
    sentence: str, term: str, gloss: str
) -> None:
    made = definitions_in(note_drafts(f"# Trades\n\n{sentence}\n", {"author": "Adam Smith"}))
    assert [back for front, back in made if term in front] == [gloss], made


@pytest.mark.parametrize(
    ("language", "sentence", "term", "gloss"),
    [
        # a term named in a relative clause, in another language: the short clause it
        # closes says what the thing does
        (
            "it",
            "Ogni gilda giustifica il proprio monopolio con un antico statuto che Smith chiama "
            "**grande privilegio**: il sigillo del re, la benedizione del vescovo.",
            "grande privilegio",
            "Ogni gilda giustifica il proprio monopolio con un antico statuto",
        ),
        # a term the author introduces, and what the colon after it says it is
        (
            "it",
            "Nel secondo libro Smith introduce la **libertà di mestiere**: il diritto di "
            "esercitare qualsiasi arte senza licenza della gilda.",
            "libertà di mestiere",
            "il diritto di esercitare qualsiasi arte senza licenza della gilda",
        ),
        (
            "en",
            "In the second book Smith introduces the **freedom of trade**: the right to "
            "practise any craft without a guild's licence.",
            "freedom of trade",
            "the right to practise any craft without a guild's licence",
        ),
    ],
)
def test_a_term_named_in_a_relative_or_introduced_before_a_colon_is_defined(
    language: str, sentence: str, term: str, gloss: str
) -> None:
    made = definitions_in(
        note_drafts(f"# Trades\n\n{sentence}\n", {"author": "Adam Smith", "lang": language})
    )
    assert [back for front, back in made if term in front] == [gloss], made


def test_a_term_and_its_head_noun_after_a_colon_name_the_clause_before() -> None:
    made = definitions_in(
        note_drafts(
            "# Trades\n\nWhere land was plentiful and labour scarce, masters bought slaves to "
            "work it: the **plantation** path.\n",
            {"author": "Adam Smith"},
        )
    )
    assert [back for front, back in made if "plantation path" in front] == [
        "Where land was plentiful and labour scarce, masters bought slaves to work it"
    ], made


@pytest.mark.parametrize(
    ("sentence", "language", "term", "gloss"),
    [
        (
            "Smith pense que les artisans sont des **compagnons**, c'est-à-dire des "
            "ouvriers qui ont fini leur apprentissage.",
            "fr",
            "compagnons",
            "des ouvriers qui ont fini leur apprentissage",
        ),
        (
            "Smith ritiene che i mercanti siano **forestieri**, cioè venuti da altre città "
            "per vendere la lana.",
            "it",
            "forestieri",
            "venuti da altre città per vendere la lana",
        ),
    ],
)
def test_a_term_glossed_after_that_is_in_other_languages_is_defined_and_still_asked(
    sentence: str, language: str, term: str, gloss: str
) -> None:
    made = note_drafts(f"# Métiers\n\n{sentence}\n", {"author": "Adam Smith", "lang": language})
    assert [b for f, b in definitions_in(made) if term in f] == [gloss], definitions_in(made)
    assert any(d.kind == "claim" for d in made), made


def test_a_label_before_a_worked_case_is_no_term() -> None:
    made = definitions(
        "- Rare trades: if one town in ten keeps a guild then most towns have none\n"
        "- **Journeyman**: a worker who has finished his apprenticeship but is no master"
    )
    assert [f for f, _ in made if "Rare trades" in f] == [], made
    assert any("Journeyman" in f for f, _ in made), made


def test_a_term_and_its_other_name_in_brackets_that_open_a_clause_leave_it_a_claim() -> None:
    made = note_drafts(
        "# Trades\n\n**Piecework** (the tally system) paid the weaver by the finished bolt, "
        "not by the day.\n",
        {"author": "Adam Smith"},
    )
    assert any("Piecework" in f for f, _ in definitions_in(made)), definitions_in(made)
    assert any(d.kind == "claim" for d in made), made


@pytest.mark.parametrize(
    ("language", "sentence", "term", "gloss"),
    [
        (
            "de",
            "Unter **Zunftzwang** versteht Smith die Pflicht jedes Handwerkers, einer Zunft "
            "anzugehören.",
            "Zunftzwang",
            "die Pflicht jedes Handwerkers, einer Zunft anzugehören",
        ),
        (
            "de",
            "Mit **Nahrungsprinzip** meint Smith, dass jeder Meister nur so viel verdienen "
            "soll, wie er zum Leben braucht.",
            "Nahrungsprinzip",
            "jeder Meister nur so viel verdienen soll, wie er zum Leben braucht",
        ),
        (
            "fr",
            "Par **maîtrise**, Smith entend le droit exclusif d'ouvrir un atelier en ville.",
            "maîtrise",
            "le droit exclusif d'ouvrir un atelier en ville",
        ),
    ],
)
def test_what_someone_means_by_a_term_in_another_language_defines_it(
    language: str, sentence: str, term: str, gloss: str
) -> None:
    """ "Unter X versteht Y …", "Mit X meint Y, dass …", "Par X, Y entend …": "By X, Y
    means …" in the other languages."""
    made = definitions_in(
        note_drafts(f"# Trades\n\n{sentence}\n", {"author": "Adam Smith", "lang": language})
    )
    assert [back for front, back in made if term in front] == [gloss], made


def test_a_bracketed_term_after_a_process_that_opens_its_clause_names_the_whole_phrase() -> None:
    made = definitions(
        "On this view, erosion by the river (**downcutting**) deepens the valley each spring."
    )
    assert made == [("What is downcutting, in Terms?", "erosion by the river")], made
    # (a thing's preposition places it: the term names the place, as before)
    placed = definitions("Cells in the outer ring (**cambium**) divide each spring.")
    assert placed == [("What is cambium, in Terms?", "the outer ring")], placed


def test_an_appositive_ends_before_the_verb_of_its_term_and_that_verbs_object() -> None:
    made = definitions("The **levee**, a bank of silt along the river, holds the floodwater back.")
    assert made == [("What is the levee, in Terms?", "a bank of silt along the river")], made
    # (a plural noun after the comma goes on with a list: the gloss keeps it)
    listed = definitions(
        "The **delta**, a fan of silt, sands and clays, holds the water of the river."
    )
    assert listed == [("What is the delta, in Terms?", "a fan of silt, sands and clays")], listed


def test_what_came_before_this_is_called_defines_the_term_when_the_sentence_goes_on() -> None:
    made = definitions(
        "When the slope grows too steep, the wet soil slides downhill; this is called "
        "**solifluction**, and it reshapes whole valleys."
    )
    assert made == [
        (
            "What is solifluction, in Terms?",
            "When the slope grows too steep, the wet soil slides downhill",
        )
    ], made


def test_a_term_a_claim_names_after_its_copula_then_glossed_after_a_colon_is_defined() -> None:
    made = definitions(
        "The smallest unit of the old army was the **contubernium**: the eight men who "
        "shared one tent, with their mule and their millstone."
    )
    assert made == [
        (
            "What is the contubernium, in Terms?",
            "the eight men who shared one tent, with their mule and their millstone",
        )
    ], made
    # (what happened after the colon glosses nothing)
    assert definitions("The cause was the **drought**: the peasants left the land.") == []


def test_a_term_called_after_a_comma_names_the_noun_phrase_or_the_gerund_before_it() -> None:
    made = definitions(
        "In winter the lake freezes and forms a thick sheet of ice over the whole basin, "
        "called the **icecap**."
    )
    assert made == [("What is the icecap, in Terms?", "a thick sheet of ice over the whole basin")]
    acted = definitions("Cooling the glass slowly, called **tempering**, relieves the strain.")
    assert acted == [("What is tempering, in Terms?", "Cooling the glass slowly")], acted


def test_what_the_author_calls_a_term_is_defined_by_its_gloss_after_the_colon() -> None:
    made = definitions(
        "Smith sets saving apart from what he calls **productive labour**: work that adds to "
        "the value of the thing it is bestowed on."
    )
    assert made == [
        (
            "What is productive labour, in Terms?",
            "work that adds to the value of the thing it is bestowed on",
        )
    ], made
    # (with no gloss, nothing defines it)
    assert definitions("Smith sets saving apart from what he calls **productive labour**.") == []


def test_a_gloss_that_introduces_a_list_ends_before_its_colon() -> None:
    made = definitions(
        "- **Statute of Labourers** (1351) — the first of the wage laws:\n"
        "  - wages fixed at their level of 1346\n  - no worker to leave his lord"
    )
    assert ("What is Statute of Labourers, in Terms?", "the first of the wage laws") in made, made


def test_a_noun_call_after_an_article_is_no_one_calling_a_term() -> None:
    assert definitions("- Price of a margin call at close: the shortfall times two.") == []
    assert definitions("Smith calls this **the wealth of nations**: the annual produce.") != []


def test_a_phrase_of_time_and_a_work_cited_in_italics_are_no_terms() -> None:
    assert (
        definitions("At the same time the guild stands for what the town fears most, idleness.")
        == []
    )
    assert (
        definitions(
            "His best example is Moll in *The Fortunes of Moll Flanders*, whose trade is theft."
        )
        == []
    )
    # (an italic term in running text is still glossed by its relative clause)
    assert (
        definitions("Smith sets *bonding* capital, which ties a group together, against the rest.")
        != []
    )


def test_what_someone_calls_a_thing_is_no_name_given_to_it() -> None:
    for sentence in (
        'Smith calls this division of labour a "blessing": each man gains by the work of all.',
        "Smith argues that each town calls luxury whatever its neighbours have: no rule holds.",
    ):
        assert definitions(sentence) == [], definitions(sentence)


def test_a_marked_clause_before_its_colon_is_a_claim_not_a_term() -> None:
    assert definitions("**Towns were a by-product of trade**: fairs grew into markets.") == []


def test_a_german_term_glossed_by_a_noun_in_its_case_and_its_phrase_is_defined() -> None:
    made = definitions_in(
        note_drafts(
            "# Begriffe\n\nDie Zünfte blühten in der **Messezeit**, dem Zeitraum zwischen "
            "Ostern und Pfingsten, mit dem Höhepunkt im Mai.\n",
            {"lang": "de"},
        )
    )
    assert any(
        front.startswith("Messezeit") and back == "dem Zeitraum zwischen Ostern und Pfingsten"
        for front, back in made
    ), made


def test_a_term_that_closes_the_clause_after_a_semicolon_names_its_subject() -> None:
    made = definitions(
        "The guild kept the trade in the town; a journeyman who has served seven "
        "years under one master is a **freeman**."
    )
    assert made == [
        (
            "What is a freeman, in Terms?",
            "a journeyman who has served seven years under one master",
        )
    ], made
    # (not a subject that points back to the statement before)
    assert (
        definitions(
            "The guild kept the trade in the town; a journeyman who served it for seven years "
            "is a **freeman**."
        )
        == []
    )


def test_a_name_given_to_what_a_clause_says_defines_it_not_the_term_before() -> None:
    made = definitions(
        "Wages trail prices in every boom, and the guilds lose members to the mills, a "
        "pattern later called the **guild drain**."
    )
    assert made == [
        ("What is the guild drain, in Terms?", "the guilds lose members to the mills")
    ], made
    # (an appositive that names the clause is no gloss of the marked words before it)
    made = definitions(
        "The two guilds end up **in the same street**, a result later called **clustering**."
    )
    assert not any(front.startswith("How does") and "same street" in front for front, _ in made)
    assert not any("result later called" in back for _, back in made), made


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # (the relative's preposition before its "que", and the noun phrase whose "de"
        # phrase holds another article)
        (
            "es",
            "Al final del libro, Smith elige como modelo para todas las demás a una ciudad de "
            "un reino vecino, a la que llama **Utopía**.",
            ("Utopía", "una ciudad de un reino vecino"),
        ),
        (
            "pt",
            "No fim do segundo capítulo, Smith descreve com muitos pormenores e alguma ironia "
            "uma guilda de um porto do norte, a que chama **Hansa**.",
            ("Hansa", "uma guilda de um porto do norte"),
        ),
    ],
)
def test_a_name_given_in_a_relative_after_its_preposition_names_the_whole_phrase(
    language: str, text: str, expected: tuple[str, str]
) -> None:
    made = definitions_in(note_drafts(f"# Notas\n\n{text}\n", {"lang": language}))
    term, gloss = expected
    assert any(front.startswith(term) and back == gloss for front, back in made), made


def test_a_lecturers_quotation_after_their_name_is_no_definition_of_the_name() -> None:
    made = definitions(
        '- Hartwell: "if you learn one thing today, learn that the guild decides the price"\n'
        "- Staple: a good a town was licensed to sell"
    )
    assert [front for front, _ in made if "Hartwell" in front] == [], made
    assert any("Staple" in front for front, _ in made), made
