"""Cards that review well on a phone: images and math survive a real import, nothing is
fetched from the network, and every card fits a 360 px screen in light and night mode
(measured by headless Chromium on the HTML Anki renders)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from flashgen.pipeline import build
from flashgen.templates import templates_dir
from tests.conftest import EVAL_NOTES, FIXTURES, SEEDS, import_apkg, render_all
from tools.screenshots import RenderedSide, anki_sides, chromium, widths

MEDIA_VAULT = FIXTURES / "media_vault"


@pytest.fixture
def media_vault(tmp_path: Path) -> Path:
    """The media fixture vault, two folders deep, with an image just outside it and a
    symlink to that image inside it: neither may be packaged."""
    vault = tmp_path / "a" / "vault"
    shutil.copytree(MEDIA_VAULT, vault)
    outside = tmp_path / "a" / "outside-secret.png"
    shutil.copy(MEDIA_VAULT / "attachments" / "channel-capacity.png", outside)
    outside.write_bytes(outside.read_bytes() + b"secret")
    (vault / "attachments" / "linked.png").symlink_to(outside)
    note = vault / "Channel capacity.md"
    note.write_text(note.read_text() + "\n![[linked.png]]\n")
    return vault


def test_images_and_math_survive_a_real_import(
    media_vault: Path, tmp_path: Path, collection
) -> None:
    result = build([media_vault], output=tmp_path / "out" / "d.apkg", now=1_800_000_000)
    warned = [str(d) for d in result.diagnostics]
    assert any("outside-secret.png" in w and ":28: warning" in w for w in warned)
    assert any("linked.png" in w for w in warned)
    import_apkg(collection, tmp_path / "out" / "d.apkg")
    media = {p.name: p.read_bytes() for p in Path(collection.media.dir()).iterdir()}
    # two different files both named channel-capacity.png: both kept, under distinct names
    assert len(media) == 2 and all(name.startswith("channel-capacity-") for name in media)
    assert not any(data.endswith(b"secret") for data in media.values())
    cards = render_all(collection)
    shown = re.findall(r'<img src="([^"]+)"', " ".join(c.answer for c in cards))
    assert sorted(set(shown)) == sorted(media)
    assert 'width="240"' in " ".join(c.answer for c in cards)
    answers = " ".join(c.answer for c in cards)
    assert r"\[H = -\sum_i p_i \log_2 p_i\]" in answers  # display math for Anki's MathJax
    assert re.search(r"\\\(\w\\\)", " ".join(c.question + c.answer for c in cards))  # inline
    code = next(c for c in cards if "which code?" in c.question_text)
    assert '<pre class="fg-code">' in code.answer and 'class="fg-k' in code.answer  # Pygments


def test_nothing_is_fetched_from_the_network(media_vault: Path, tmp_path: Path, collection) -> None:
    for template in templates_dir().rglob("*"):
        if template.is_file():
            assert not re.search(r"https?://|//[a-z]|@import|url\(", template.read_text()), template
    build([media_vault, SEEDS], output=tmp_path / "d.apkg", now=1_800_000_000)
    import_apkg(collection, tmp_path / "d.apkg")
    for card in render_all(collection):
        for side in (card.question, card.answer):
            assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", side), side
            assert "<link" not in side and "<script" not in side


needs_chromium = pytest.mark.skipif(
    chromium() is None, reason="Debian's chromium is not installed (.ci/run installs it)"
)


@needs_chromium
def test_every_card_fits_a_360px_screen(media_vault: Path, tmp_path: Path) -> None:
    vault = tmp_path / "all"
    shutil.copytree(EVAL_NOTES, vault / "eval", ignore=shutil.ignore_patterns("*.json"))
    shutil.copytree(SEEDS, vault / "seeds")
    out = tmp_path / "d.apkg"
    build([vault, media_vault], output=out, now=1_800_000_000)
    sides = anki_sides(out, tmp_path)
    assert len(sides) > 200
    for night in (False, True):
        measured = widths(sides, tmp_path, night)
        too_wide = {name: width for name, width in measured.items() if width > 360}
        assert too_wide == {}, too_wide


@needs_chromium
def test_the_width_probe_sees_a_card_that_does_not_fit(tmp_path: Path) -> None:
    """The measurement above can fail: a card 600 px wide is caught."""
    css = (templates_dir() / "style.css").read_text()
    sides = [
        RenderedSide("fits", f"<style>{css}</style><div>short text</div>"),
        RenderedSide("too-wide", f'<style>{css}</style><div style="width:600px">wide</div>'),
        RenderedSide("long-word", f"<style>{css}</style><div>{'x' * 300}</div>"),
    ]
    measured = widths(sides, tmp_path, night=False)
    assert measured["fits"] <= 360 < measured["too-wide"]
    assert measured["long-word"] <= 360  # overflow-wrap breaks even one 300-letter word
