"""Property tests: random Markdown, mixing every syntax flashgen reads, never makes the
pipeline raise, and every card it makes is safe HTML that passes the hard lints."""

from __future__ import annotations

import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import genanki
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from flashgen import lint as lint_module
from flashgen import render as rendering
from flashgen.extract import (
    attribution,
    claims,
    concepts,
    definitions,
    explicit,
    extract,
    frames,
    readings,
)
from flashgen.extract.clauses import leans_back
from flashgen.extract.sentences import (
    _atomic,
    cuts_atomic,
    mark_range,
    positioned,
    sentence_bounds,
    slice_spans,
    split_sentences,
    strip_spans,
)
from flashgen.identify import _base91, card_guid
from flashgen.lint import card_problems, lint
from flashgen.model import Note, Span
from flashgen.parse import inline, source
from flashgen.parse.document import parse_note
from flashgen.parse.inline import plain_text
from flashgen.pipeline import build
from flashgen.render import render, sanitize
from tests.quality.score_cards import DEICTIC

WORDS = st.sampled_from(
    [
        "Smith",
        "Kuhn",
        "argues",
        "says",
        "defines",
        "claims",
        "that",
        "the",
        "a",
        "paradigm",
        "is",
        "are",
        "means",
        "refers",
        "to",
        "of",
        "market",
        "rules",
        "three",
        "characteristics:",
        "and",
        "or",
        "he",
        "she",
        "they",
        "it",
        "this",
        "author",
        "The",
    ]
)
SYNTAX = st.sampled_from(
    [
        "[[", "]]", "[[Note]]", "[[Note#Part|alias]]", "![[image.png|300]]", "![alt](x.png)",
        "#tag", "#nested/tag", "==", "==mark==", "**", "**bold**", "*", "_", "`", "`code`",
        "$", "$x^2$", "$$", "{{c1::", "{{c1::answer::hint}}", "}}", "::", ":::", "%%", "^id",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[l](javascript:alert(1))",
        "{{Front}}", "{{#Back}}", "&amp;", "&#123;", "\\", '"', "“", "(", ")", "—", "é", "\u0000",
        "\ufeff", "\r", "https://example.com/#frag", "|", "---",
    ]
)  # fmt: skip
LINE_START = st.sampled_from(
    ["", "# ", "## ", "### ", "- ", "  - ", "1. ", "> ", "> [!note] ", "> [!quote]- ",
     "> [!criticism]\n> ", "```\n", "```python\n", "$$\n", "| a | b |\n|---|---|\n| ",
     "Term\n: ", "%%\n", "---\n", "Q::", "?\n"]
)  # fmt: skip

lines = st.tuples(LINE_START, st.lists(st.one_of(WORDS, SYNTAX), max_size=25)).map(
    lambda parts: parts[0] + " ".join(parts[1]) + "."
)
front_matter = st.sampled_from(
    ["", "---\nauthor: Adam Smith\n---\n", "---\nauthor: [[Adam Smith]]\ntags: [a, b]\n---\n",
     "---\n- list\n---\n", "---\nbad: [\n---\n", "---\nlang: fr\n---\n",
     "---\nflashgen: false\n---\n"]
)  # fmt: skip
notes = st.tuples(front_matter, st.lists(lines, max_size=30)).map(
    lambda parts: parts[0] + "\n".join(parts[1])
)


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def assert_safe(field: str) -> None:
    parser = Elements()
    parser.feed(field)
    for tag, attrs in parser.found:
        assert tag not in ("script", "iframe", "style", "object", "embed"), field
        for name, value in attrs:
            assert not name.startswith("on"), field
            assert not (value or "").lower().startswith("javascript:"), field
    # Braces only as Anki's own cloze markers (a sentence of two points has c1 and c2):
    # note text cannot write template syntax.
    assert not re.search(r"\{\{(?!c\d+::)", field), field


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=notes)
@example(text="Smith paradigm $ argues &amp; &#123; argues.\n$$\n.")  # two deletions
def test_random_markdown_never_raises_and_cards_are_safe(text: str) -> None:
    note = Note(Path("vault/random.md"), Path("vault"), "random.md", text, {"author": "Adam Smith"})
    drafts = extract(parse_note(note))
    kept, _, _ = lint(drafts)
    for draft in kept:
        assert not [message for hard, message in card_problems(draft) if hard]
        card = render(draft, "vault", "random.md", ("tag",))
        for field in card.fields:
            assert_safe(field)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(notes, min_size=1, max_size=3))
def test_random_vaults_always_package(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        vault = Path(scratch) / "vault"
        vault.mkdir()
        for number, text in enumerate(texts):
            (vault / f"note {number}.md").write_text(text, encoding="utf-8", errors="surrogatepass")
        result = build([vault], output=Path(scratch) / "out" / "d.apkg", now=1_000)
        assert result.output is not None and result.output.is_file()
        # A note flashgen fails on is reported, not raised: no such report here.
        assert not [d for d in result.diagnostics if "flashgen failed" in d.message]
        assert len({card.guid for card in result.cards}) == len(result.cards)


# The patterns run on every sentence and card are written for speed: the word boundary or
# look-behind comes after the first letter. Their plain forms say what they mean; the two
# must find the same matches in any text.
PLAIN_FORMS = [
    (attribution._AUTHOR_APPOSITIVE, re.compile(r"\b[Tt]he author,\s*([^,]{1,40}),")),
    (attribution._THE_AUTHOR, re.compile(r"\b([Tt])he author(?:s)?\b('s)?")),
    (
        attribution._PRONOUN_SUBJECT,
        re.compile(
            r"(?:^|(?<=, ))(?:He|She|They|he|she|they)\s+"
            rf"(?P<adverb>(?:also|now|then)\s+)?(?P<verb>{attribution._ANY_FORM})\b"
        ),
    ),
    (
        lint_module._LEFTOVER,
        re.compile(r"\[\[|\]\]|==|> ?\[!|::|\{\{|\}\}|(?<!\w)#[A-Za-z][\w/-]*\b(?!\))"),
    ),
    (
        lint_module._THE_AUTHOR,
        re.compile(r"\b(?:the author(?! of)|this (?:article|essay|book|paper|text))\b", re.I),
    ),
    (
        readings._NUMBER,
        re.compile(
            r"(?:[$€£¥](?=\d)|(?<![\w:-]))\d[\d,.]*(?::\d+)?(?:\s?[–-]\s?\d[\d,.]*)?"
            r"(?:\s?(?:%|ms|s|km|kg|years?|days?|bits?))?"
            rf"(?![\w)-])|\b{readings._SPELLED}(?:[- ]{readings._SPELLED})*\b"
        ),
    ),
    (readings._NAME, re.compile(r"(?<![.!?:] )(?<!^)\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")),
]
pieces = st.sampled_from(
    # what the patterns look for, and what may stand next to it
    [
        *("the author", "The author", "THE AUTHOR", "the authors", "'s", "this article", "of"),
        *("He argues", "she says", "They also argue", "#tag", "#1", "[[", "::", "I", "I'm"),
        *("$", "3:1", ":"),
        *(
            "my",
            "me",
            "mine",
            "army",
            "My",
            "Me",
            "ARMY",
            " ",
            ", ",
            ",",
            ":",
            ")",
            "a",
            "é",
            "_",
            "-",
            "X",
        ),
        *("He", "She", "His", "Her", "they", "Their", "heir", "e author", "argues"),
        *("1", "48,000", "3.5", "-", "–", "%", "ms", "s", "km", "years", ". ", "? "),
        *("two", "four", "teen", "fourteen", "twenty", "hundred", "ten", "canteen", "0"),
        *("points out", "notes", "says", "the", "his", "that", "Kuhn", "Smith", "\n"),
    ]
)


@settings(max_examples=600, deadline=None)
@given(text=st.lists(pieces, max_size=12).map("".join))
def test_fast_patterns_match_where_their_plain_forms_do(text: str) -> None:
    for fast, plain in PLAIN_FORMS:
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], plain.pattern
    plain_first_person = re.compile(r"\b(?:I|I'm|I've|I'd|[mM]y|[mM]e|[mM]ine)\b")
    assert bool(claims._FIRST_PERSON.search(text)) == bool(plain_first_person.search(text))


@settings(max_examples=600, deadline=None)
@given(text=st.lists(pieces, max_size=12).map("".join))
def test_sentences_passed_over_by_author_naming_match_none_of_its_patterns(text: str) -> None:
    """`name_the_author` skips a sentence that `may_name_the_author` rules out: none of the
    patterns it replaces may match there."""
    patterns = (
        attribution._AUTHOR_APPOSITIVE,
        attribution._THE_AUTHOR,
        attribution._SENTENCE_HE,
        attribution._SENTENCE_HIS,
        attribution._PRONOUN_SUBJECT,
    )
    if not attribution.may_name_the_author(text):
        assert not [p.pattern for p in patterns if p.search(text)]


defining_pieces = st.sampled_from(
    # the definition patterns' words, with and without the spaces around them
    [
        *("Kuhn", "By", "A paradigm", "x", " ", "  ", ", ", ",", ":", ": ", "\t", "\n", "."),
        *("defines", " defines ", " as ", "means", " means ", " is defined as ", "defined as"),
        *(", defined as ", " are defined as ", " refers to ", "refers to", " denotes "),
        *(" stands for ", " calls ", "calls", " via ", "three", " features", " by "),
        *(" characterizes ", " characterises ", " describes ", "As ", "As", " for ", " to "),
        *("the latter ", "The latter ", " is ", " argues ", "they", " that "),
        *(" identifies ", " describes the ", '"', "“", "”", " explains ", " coins "),
        *(" définit ", " define ", " definisce ", " definiert ", " comme ", " como ", " come "),
        *(" als ", "le ", "al ", "la ", "die "),
    ]
)


# One sentence that each pattern matches (the last, `_COUNT_HINT`).
DEFINING_EXAMPLES = (
    "Kuhn defines a paradigm as a shared way of working",
    "By normal science, Kuhn means puzzle solving",
    "By normal science Kuhn means puzzle solving",
    "A paradigm is defined as a model",
    "A paradigm, defined as a model",
    "A paradigm refers to a model",
    "A paradigm denotes a model",
    "A paradigm stands for a model",
    "A paradigm means a model",
    "Kuhn calls most research normal science: puzzle solving",
    "Kuhn called most research normal science: puzzle solving",
    "The work of a research community is called normal science",
    "Goods whose demand rises with their price are now called Veblen goods",
    "The point where supply meets demand is known as the equilibrium",
    "Kuhn defines a science via three features",
    'Draper describes the "sect mentality": that the sect will grow',
    "Orwell identifies dying metaphors as worn-out figures",
    "Rousseau définit le pacte comme une aliénation",
    "Ortega define al hombre-masa como el hombre medio",
    "Calvino definisce la leggerezza come una sottrazione",
    "Popper definiert die Bewährung als eine Prüfung",
    "Hochschild coined the term emotional labor for work on feelings",
)


@settings(max_examples=800, deadline=None)
@given(
    text=st.lists(defining_pieces, max_size=10).map("".join) | st.sampled_from(DEFINING_EXAMPLES)
)
def test_sentences_without_a_defining_word_match_no_definition_pattern(text: str) -> None:
    """`definition_drafts` tries its patterns only on a sentence with a word they all need
    (`definitions._DEFINING`): where none is, none of them may match."""
    matching = [
        p.pattern
        for p in (
            *definitions._PATTERNS,
            definitions._COUNT_HINT,
            *definitions._DEFINES_AS.values(),
        )
        if p.match(text)
    ]
    if definitions._DEFINING.search(text) is None:
        assert not matching
    if text in DEFINING_EXAMPLES:
        assert matching  # the examples do match: the test is not vacuous


CONCEPT_EXAMPLES = (
    "Kuhn characterizes a paradigm as a shared model",
    "As for paradigms, Kuhn argues that they shape research",
    "Kuhn speaks of [[normal science]]; the latter is puzzle solving",
)


@settings(max_examples=800, deadline=None)
@given(text=st.lists(defining_pieces, max_size=10).map("".join) | st.sampled_from(CONCEPT_EXAMPLES))
def test_sentences_without_a_concept_word_match_no_concept_pattern(text: str) -> None:
    """`concept_drafts` passes over a sentence without a word its patterns need
    (`concepts._CONCEPT_WORDS`): where none is, none of them may match."""
    matching = [p.pattern for p in (concepts._CHARACTERIZES, concepts._AS_FOR) if p.match(text)] + (
        [concepts._THE_LATTER.pattern] if concepts._THE_LATTER.search(text) else []
    )
    if concepts._CONCEPT_WORDS.search(text) is None:
        assert not matching
    if text in CONCEPT_EXAMPLES:
        assert len(matching) == 1  # each example matches its pattern: the test is not vacuous


def test_each_definition_pattern_has_an_example() -> None:
    for pattern in (
        *definitions._PATTERNS,
        definitions._COUNT_HINT,
        *definitions._DEFINES_AS.values(),
    ):
        assert any(pattern.match(text) for text in DEFINING_EXAMPLES), pattern.pattern


card_syntax_spans = st.builds(
    Span,
    kind=st.sampled_from(["text", "text", "wikilink", "tag", "code"]),
    text=st.lists(
        st.sampled_from(["{{c1::", "{{c", "}}", "::", ":", "?", "??", "\n", " ", "a", "#cloze"]),
        max_size=5,
    ).map("".join),
    marks=st.sets(st.sampled_from(["mark", "strong"]), max_size=1).map(frozenset),
)


@settings(max_examples=1000, deadline=None)
@given(spans=st.lists(card_syntax_spans, max_size=5).map(tuple), whole_note=st.booleans())
@example(spans=(Span("text", "Q\n?\nA"),), whole_note=False)
def test_blocks_passed_over_by_explicit_syntax_make_no_card(
    spans: tuple[Span, ...], whole_note: bool
) -> None:
    """`explicit_drafts` passes over a block that `explicit._may_be_card` rules out: none of
    the card syntaxes it reads may be found there."""
    found = (
        explicit._anki_clozes(spans),
        explicit._highlight_clozes(spans, whole_note),
        explicit._question_answer(spans),
    )
    if not explicit._may_be_card(spans):
        assert found == (None, None, None)


# Text with what HTML escaping and parsing treat specially, and what Anki does (braces).
hostile_text = st.lists(
    st.sampled_from(["a", " ", "&", "<", ">", '"', "'", "\xa0", "\r", "\r\n", "\0", "{", "}"])
    | st.sampled_from(["&amp;", "&nbsp;", "<b>", "</i>", "<script>", "\u00e9", "\U0001f600"])
    | st.text(max_size=3),
    max_size=8,
).map("".join)
own_spans = st.builds(
    Span,
    kind=st.sampled_from(["text", "wikilink", "link", "tag", "code", "math", "break"]),
    text=hostile_text,
    target=st.sampled_from(["", "Note", "https://example.org/?a=1&b=2"]),
    marks=st.sets(st.sampled_from(["strong", "em", "mark", "display", "cloze", "c2"])).map(
        frozenset
    ),
)


@settings(max_examples=800, deadline=None)
@given(spans=st.lists(own_spans, max_size=6))
def test_html_left_to_escaping_is_what_nh3_gives(spans: list[Span]) -> None:
    """Inline text whose tags are all flashgen's own skips nh3 (`render._trusted`): its HTML
    must be exactly what nh3 would have made of it."""
    body = "".join(rendering._span_html(span, rendering.NO_MEDIA) for span in spans)
    trusted = rendering._trusted(spans, body)
    assert trusted == ("\r" not in body and "\0" not in body)
    # HTML that flashgen does not write tag by tag is never left to escaping alone.
    for other in (Span("embed", "x", "x.png"), Span("code", "x", "py", frozenset({"block"}))):
        assert not rendering._trusted([*spans, other], body)
    if trusted:
        assert rendering._braced(body) == sanitize(body)


@settings(max_examples=800, deadline=None)
@given(span=own_spans)
def test_one_span_is_rendered_as_a_run_of_spans_is(span: Span) -> None:
    """`inline_html`'s shortcut for one plain span gives what grouping it into runs gives."""
    alone = rendering.inline_html((span,))
    assert alone == rendering._grouped_html((span,), rendering.NO_MEDIA)


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127)) | hostile_text)
def test_words_of_ascii_text_are_found_as_in_any_text(text: str) -> None:
    """`guess_language` reads ASCII text with a plain `[A-Za-z]+`: the same words."""
    if text.isascii():
        assert source._ASCII_LETTERS.findall(text) == source._LETTERS.findall(text)


@settings(max_examples=500, deadline=None)
@given(identity=st.text(), anchor=st.text())
@example(identity="notes/a.md", anchor="claim:x")
@example(identity="\ud800", anchor="")  # a file name no encoding can write
def test_card_guids_are_genankis(identity: str, anchor: str) -> None:
    """`card_guid` is genanki's `guid_for`, digit for digit."""
    try:
        expected = genanki.guid_for(identity, anchor)
    except UnicodeEncodeError:  # a lone surrogate: neither can encode it
        with pytest.raises(UnicodeEncodeError):
            card_guid(identity, anchor)
        return
    assert card_guid(identity, anchor) == expected


inline_markdown = st.lists(
    st.sampled_from(list("ab *_=~`$[]()!#|<>/\n\\"))
    | st.sampled_from(
        ["<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<mark>", "</mark>", "[[x|y]]", "![[i.png]]"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(text=inline_markdown)
def test_inline_spans_are_as_merge_text_leaves_them(text: str) -> None:
    """`inline_spans` joins neighbouring plain text as it goes: what it gives is what
    `merge_text` would make of it (no empty text, no two texts with the same marks side
    by side), and its text is the same as a span per piece would have."""
    from flashgen.parse.markdown import note_parser

    tokens = note_parser().parseInline(text)
    children = tokens[0].children or [] if tokens else []
    spans = inline.inline_spans(children)
    assert inline.merge_text(spans) == spans
    assert all(s.text for s in spans if s.kind == "text")


@settings(max_examples=500, deadline=None)
@given(number=st.integers(min_value=0, max_value=2**64 - 1))
@example(number=0)
@example(number=90)
@example(number=91)
@example(number=91**2 - 1)
@example(number=91**2)
@example(number=91**3)
@example(number=2**64 - 1)
def test_base91_is_written_as_genanki_writes_it(number: int) -> None:
    """Two digits at a time, the digits genanki writes one at a time (`guid_for`)."""
    digits = []
    left = number
    while left:
        left, digit = divmod(left, len(genanki.util.BASE91_TABLE))
        digits.append(genanki.util.BASE91_TABLE[digit])
    assert _base91(number) == "".join(reversed(digits))


any_spans = st.builds(
    Span,
    kind=st.sampled_from(["text", "wikilink", "link", "tag", "code", "math", "break", "embed"]),
    text=st.sampled_from(["", " ", "\n", "a", "Ab", " b ", "c. D", "x\t", "\xa0", "e.", "Mr."]),
    target=st.just(""),
    marks=st.sets(st.sampled_from(["strong", "em"]), max_size=1).map(frozenset),
)


@settings(max_examples=1500, deadline=None)
@given(
    spans=st.lists(any_spans, max_size=7).map(tuple),
    sliced=st.booleans(),
    chars=st.sampled_from([" \t\n", " \t\n.;"]),  # white space; and a sentence's stop
)
# A link cut at its end is text, merged with the text before it.
@example(spans=(Span("text", "a"), Span("wikilink", "e.")), sliced=False, chars=" \t\n.;")
def test_strip_spans_is_slicing_to_the_stripped_text(
    spans: tuple[Span, ...], sliced: bool, chars: str
) -> None:
    """`strip_spans` returns spans it need not slice as they are, or cuts only the end of the
    last: always what slicing them to their stripped text gives (spans straight from a
    slice, merged, or not)."""
    if sliced:
        spans = slice_spans(spans, 0, len(plain_text(spans)))
    text = plain_text(spans)
    start, end = len(text) - len(text.lstrip(chars)), len(text.rstrip(chars))
    expected = slice_spans(spans, start, end) if end > start else ()
    assert strip_spans(spans, chars) == expected


@settings(max_examples=1500, deadline=None)
@given(spans=st.lists(any_spans | own_spans, max_size=7).map(tuple))
@example(spans=(Span("text", "It is done.\xa0Then more. And"), Span("code", "x. Y")))
# One sentence of two texts that slicing merges (into a span of its own making).
@example(spans=(Span("text", "a", "Note"), Span("text", " ")))
def test_sentences_are_cut_before_the_blank_after_their_stop(spans: tuple[Span, ...]) -> None:
    """Each sentence is sliced without the blank after its stop: the same as slicing up to the
    next sentence and stripping."""
    bounds = sentence_bounds(plain_text(spans))
    # Code or math that opens with the blank after a stop goes to the next sentence (cut at
    # the stop), where slicing up to the next sentence would keep it whole in both. Notes
    # have no such span: markdown-it makes no code span that opens with a blank.
    opening = [lo for lo, _, span in positioned(spans) if _atomic(span)]
    assume(not any(stop <= lo < after for stop, after in bounds for lo in opening))
    pieces, start = [], 0
    for _, after in bounds:
        piece = slice_spans(spans, start, after)
        if plain_text(piece).strip():
            pieces.append(strip_spans(piece))
        start = after
    assert split_sentences(spans) == pieces


@settings(max_examples=1500, deadline=None)
@given(spans=st.lists(any_spans, max_size=7).map(tuple), data=st.data())
# A blank cut inside a formula, from a random note: the formula was repeated three times.
@example(spans=(Span("text", "a "), Span("math", "x + y"), Span("text", " b")), data=None)
def test_marking_a_range_keeps_the_text_and_each_formula_once(
    spans: tuple[Span, ...], data: st.DataObject | None
) -> None:
    """Marking a range changes marks only: the plain text is the same, each code or math span
    is there once, and a span it cuts (as `cuts_atomic` says) is marked whole."""
    text = plain_text(spans)
    if data is None:
        start, end = 3, 5
    else:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    marked = mark_range(spans, start, end, "cloze")
    assert plain_text(marked) == text
    formulas_before = [(s.kind, s.text) for s in spans if s.kind in ("code", "math") and s.text]
    formulas_after = [(s.kind, s.text) for s in marked if s.kind in ("code", "math") and s.text]
    assert formulas_after == formulas_before
    cut = [
        span
        for lo, hi, span in positioned(spans)
        if span.kind in ("code", "math") and (lo < start < hi or lo < end < hi)
    ]
    assert cuts_atomic(spans, start, end) == bool(cut)
    for span in cut:
        assert any(s.text == span.text and "cloze" in s.marks for s in marked)


pointing_pieces = st.sampled_from(
    [
        *("this", "It", "these", "Those", "they", "all", "both", "each", "none", " of them"),
        *(" is", " are", " was", " has", " means", " would", " will", " latter", " former"),
        *("the", "The", "that ", "That", ": ", "; ", ", ", ",", " ", "\n", "x", "bit", "with"),
    ]
)


@settings(max_examples=2000, deadline=None)
@given(text=st.lists(pointing_pieces, max_size=8).map("".join))
@example(text="Draper argues that this has never happened.")
@example(text="The idea: it is old; they were wrong, and all of them left; the latter won.")
@example(text="It would fail")
@example(text="with it is, bit is, withthat this is")
def test_a_front_leans_back_exactly_where_the_shared_scorer_says(text: str) -> None:
    """`leans_back` (searched on every card, fast) finds a pointing front exactly where the
    shared scorer's pattern does (`score_cards.DEICTIC`)."""
    assert (leans_back(text) is None) == (DEICTIC.search(text) is None), text


frame_pieces = st.sampled_from(
    [
        *("Draper", "Hal Draper", "He", "she", "They", "the author", "Smith's", "J. S. Mill", "x"),
        *(" says", " argues", " also", " now", " points out", " that", " whom", " notes"),
        *(" ", "  ", ", ", "\n", ".", "says", "argues that", "Argues", "sayso", "“", "'"),
        *(" repeats", " that ", "that", " quietly", " shows", " Marcus repeats that"),
    ]
)


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(frame_pieces, max_size=10).map("".join))
@example(text="Hal Draper also argues that the sect, Smith says, is small.")
@example(text="He says. She notes that They points out that x")
def test_reporting_frames_are_found_as_the_full_pattern_finds_them(text: str) -> None:
    """`frames.frames` (verb first, fast) finds the frames `frames.FRAME` finds, and
    `frames._that_frames` (from "that") those `frames._THAT_FRAME` finds."""
    assert list(frames.frames(text)) == [m.span() for m in frames.FRAME.finditer(text)]
    that_frames = [(m.start(), m.end(), m["verb"]) for m in frames._THAT_FRAME.finditer(text)]
    assert list(frames._that_frames(text)) == that_frames
