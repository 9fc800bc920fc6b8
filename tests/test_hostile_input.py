"""Note text is data: HTML, scripts and Anki template syntax written in a note never become
active in a card. Checked on the HTML that Anki itself renders."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from flashgen.extract.attribution import name_the_author
from flashgen.model import Source, Span
from flashgen.parse.inline import plain_text
from flashgen.pipeline import build
from tests.conftest import import_apkg, render_all


class ElementCollector(HTMLParser):
    """The elements and attributes a web view would build from an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.extend((tag, name, value) for name, value in attrs)


HOSTILE = """---
author: Eve Mallory
---
# Hostile Note

## Attacks
Mallory argues that **<script>alert(1)</script>** is the <img src=x onerror=alert(2)> key risk.

Mallory claims that [a link](javascript:alert(3)) and <iframe src="x"></iframe> are **safe**.

Mallory says that <style>body{display:none}</style> hides **everything** on the card.

Mallory argues that {{Front}} and {{#Back}}x{{/Back}} are **template syntax** in a card.

Mallory says that `{{Front}}` in code is shown as **written** by the note.

Mallory defines a payload as `<b onclick=alert(4)>code</b>` wrapped in backticks and more words.
"""


def test_hostile_markup_is_inert_in_anki(tmp_path: Path, collection) -> None:
    note = tmp_path / "vault" / "hostile.md"
    note.parent.mkdir()
    note.write_text(HOSTILE)
    result = build([note.parent], output=tmp_path / "h.apkg", now=1_800_000_000)
    assert len(result.cards) >= 4
    import_apkg(collection, tmp_path / "h.apkg")
    cards = render_all(collection)
    assert len(cards) == len(result.cards)
    for card in cards:
        for html in (card.question, card.answer):
            elements = ElementCollector()
            elements.feed(html)
            assert not elements.tags & {"script", "iframe", "style", "object", "embed", "img"}, html
            for tag, name, value in elements.attributes:
                assert not name.startswith("on"), (tag, name, html)
                assert not (value or "").strip().lower().startswith("javascript:"), html
    shown = " ".join(c.answer for c in cards)
    # Anki template syntax from the note is shown as text, never expanded.
    assert "<code>&#123;&#123;Front&#125;&#125;</code>" in shown
    assert "{{" not in shown
    assert "&lt;b onclick=alert(4)&gt;code&lt;/b&gt;" in shown  # code is shown, escaped


def test_an_authors_name_is_put_in_as_written(tmp_path: Path) -> None:
    """The name that replaces "the author" is text: a backslash in it is no escape and `\\1`
    no group. (It was a replacement template: one such name stopped the whole build.)"""
    sentence = (Span("text", "The author, [[X]], argues that X. The author's view."),)
    for short in ("Sm\\ith", "Gr\\1ey", "O\\g<0>"):
        source = Source(title="T", author=f"Ann {short}", author_short=short)
        named = plain_text(name_the_author(sentence, source))
        assert named == f"{short} argues that X. {short}'s view."
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "rivers.md").write_text(
        '---\nauthor: "Ann Sm\\\\ith"\n---\n# Rivers\n\n## Towns\n'
        "The author argues that towns grow where **rivers** meet the trade routes of a plain.\n"
    )
    result = build([vault], output=tmp_path / "d.apkg", now=1_800_000_000)
    assert [
        card.rendered.fields[1] for card in result.cards if "Who wrote" in card.rendered.fields[0]
    ] == ["Ann Sm\\ith"]
