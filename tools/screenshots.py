"""Cards as a phone shows them: render through Anki, screenshot in headless Chromium.

    python3 -m tools.screenshots NOTES... [--out docs/screenshots] [--cards 1,5]

Builds the deck, imports it into a fresh collection with Anki's own backend (the `anki`
package, from the test extra), takes each card's question and answer HTML as Anki renders
them (note type CSS included), and photographs them at 360×800 in light and night mode
with Debian's `chromium`. Nothing is fetched from the network: MathJax is used only if a
local copy is found (`npm install mathjax` in this folder), as AnkiDroid and AnkiMobile
bundle their own.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest  # noqa: E402

from flashgen.pipeline import build  # noqa: E402

WIDTH, HEIGHT = 360, 800
# Chromium as the probe of this workplace starts it: no sandbox (root), no GPU, and none of
# the background traffic a closed network refuses.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-quic",
    "--no-first-run", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-features=Translate,MediaRouter",
)  # fmt: skip
MATHJAX = REPO / "tools" / "node_modules" / "mathjax" / "es5" / "tex-svg.js"


@dataclass(frozen=True)
class RenderedSide:
    name: str  # e.g. "03-claim-answer"
    html: str  # as Anki renders it, <style> included


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def anki_sides(apkg: Path, media_dir: Path) -> list[RenderedSide]:
    """Import the deck into a fresh collection; every card's question and answer."""
    with tempfile.TemporaryDirectory() as scratch:
        col = Collection(str(Path(scratch) / "collection.anki2"))
        try:
            request = ImportAnkiPackageRequest(
                package_path=str(apkg), options=ImportAnkiPackageOptions(with_scheduling=False)
            )
            col.import_anki_package(request)
            sides = []
            for number, card_id in enumerate(sorted(col.find_cards("")), 1):
                card = col.get_card(card_id)
                kind = next(
                    (t.split("::")[1] for t in card.note().tags if t.startswith("flashgen::")),
                    "card",
                )
                sides.append(RenderedSide(f"{number:03}-{kind}-question", card.question()))
                sides.append(RenderedSide(f"{number:03}-{kind}-answer", card.answer()))
            for item in Path(col.media.dir()).iterdir():
                shutil.copy(item, media_dir / item.name)
        finally:
            col.close()
    return sides


def page(bodies: list[str], night: bool, stacked: bool = False) -> str:
    """An HTML page as the reviewer builds it: the card's HTML in a body of class `card`."""
    classes = "card card1" + (" nightMode night_mode" if night else "")
    mathjax = f'<script src="{MATHJAX.as_uri()}"></script>' if MATHJAX.is_file() else ""
    if stacked:  # one page holding many cards, each measured on its own
        cards = "".join(f'<div class="{classes} fg-probe">{b}</div>' for b in bodies)
        body = f'<body style="margin:0">{cards}'
    else:
        body = f'<body class="{classes}">{bodies[0]}'
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>html,body{{margin:0}}</style>{mathjax}</head>{body}</body></html>"
    )


def run_chromium(html_file: Path, action: str) -> str:
    """Open the page in a phone-sized headless Chromium with a fresh profile; `action` is
    `--screenshot=FILE` or `--dump-dom`. Returns what Chromium printed."""
    binary = chromium()
    if binary is None:
        raise RuntimeError("chromium not found: apt-get install chromium")
    with tempfile.TemporaryDirectory() as profile:
        window = [f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}"]
        command = [binary, *CHROMIUM_FLAGS, *window, "--virtual-time-budget=3000", action]
        done = subprocess.run(
            [*command, html_file.as_uri()], check=True, capture_output=True, text=True, timeout=120
        )
    return done.stdout


def screenshot(html_file: Path, png: Path) -> None:
    run_chromium(html_file, f"--screenshot={png}")


def widths(sides: list[RenderedSide], folder: Path, night: bool) -> dict[str, int]:
    """Each side's rendered width (scrollWidth) in a 360 px wide Chromium, in one run."""
    # Each card sits in a box exactly as wide as the phone's screen; content that does not
    # fit makes the box's scrollWidth larger (a code block scrolls inside itself instead).
    probe = (
        f"<style>.fg-probe{{width:{WIDTH}px;box-sizing:border-box;overflow:visible}}</style>"
        "<script>window.addEventListener('load',()=>{document.querySelectorAll('.fg-probe')"
        ".forEach(e=>e.setAttribute('data-width',e.scrollWidth))});</script>"
    )
    html_file = folder / ("probe-night.html" if night else "probe-light.html")
    html_file.write_text(
        page([s.html for s in sides], night, stacked=True) + probe, encoding="utf-8"
    )
    dom = run_chromium(html_file, "--dump-dom")
    found = [int(w) for w in re.findall(r'class="[^"]*fg-probe[^"]*" data-width="(\d+)"', dom)]
    if len(found) != len(sides):
        raise RuntimeError(f"measured {len(found)} of {len(sides)} cards")
    return {side.name: width for side, width in zip(sides, found, strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("notes", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument(
        "--cards", default="", help="card numbers to photograph, e.g. 1,5 (default: all)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        apkg = folder / "deck.apkg"
        build(args.notes, output=apkg, deck_name="flashgen screenshots")
        sides = anki_sides(apkg, folder)
        if args.cards:
            wanted = {f"{int(n):03}" for n in args.cards.split(",")}
            sides = [side for side in sides if side.name[:3] in wanted]
        for night in (False, True):
            measured = widths(sides, folder, night)
            for side in sides:
                mode = "night" if night else "light"
                html_file = folder / f"{side.name}-{mode}.html"
                html_file.write_text(page([side.html], night), encoding="utf-8")
                png = args.out / f"{side.name}-{mode}.png"
                screenshot(html_file, png)
                fits = "fits" if measured[side.name] <= WIDTH else "TOO WIDE"
                print(
                    f"{png.relative_to(args.out.parent) if args.out.parent in png.parents else png}"
                    f"  width {measured[side.name]} px ({fits})"
                )


if __name__ == "__main__":
    main()
