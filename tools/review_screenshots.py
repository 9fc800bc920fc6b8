"""The review page as the README shows it: the sample reviewed in headless Chromium (Debian's,
driven by Selenium through Debian's chromedriver), light and night.

    python3 -m tools.review_screenshots [--out docs/screenshots]

Builds the sample into a scratch folder, rewrites one card and rejects another (so every
badge shows), serves the review there and photographs it at a phone's width.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from flashgen.pipeline import build  # noqa: E402
from flashgen.review.server import Review, serve  # noqa: E402
from flashgen.review.session import ReviewSession  # noqa: E402
from tools.screenshots import CHROMIUM_FLAGS, chromium  # noqa: E402

SAMPLE = REPO / "seeds" / "Anatomy of the Micro-Sect.md"


def photograph(out: Path, width: int = 390, height: int = 1100) -> list[Path]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    made = []
    with tempfile.TemporaryDirectory() as scratch:
        vault = Path(scratch) / "vault"
        vault.mkdir()
        shutil.copy(SAMPLE, vault / SAMPLE.name)
        deck = Path(scratch) / "out" / "sample.apkg"
        build([vault], output=deck, now=1_000)
        review = Review(ReviewSession([vault], deck))
        shown = review.session.shown()
        review.decide("reject", shown[2].card.guid, {})
        review.decide(
            "rewrite",
            shown[1].card.guid,
            {"front": "To discuss sects, Draper says we must first {{c1::define the term}}.",
             "back": ""},
        )  # fmt: skip
        started = threading.Event()
        thread = threading.Thread(
            target=serve,
            args=(review,),
            kwargs={"open_browser": False, "ready": lambda _: started.set()},
            daemon=True,
        )
        thread.start()
        started.wait(30)
        options = webdriver.ChromeOptions()
        for flag in (*CHROMIUM_FLAGS, f"--window-size={width},{height}"):
            options.add_argument("--headless=new" if flag == "--headless" else flag)
        options.binary_location = chromium() or ""
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            driver.get(review.url)
            driver.execute_script("window.scrollTo(0, 0)")
            for mode in ("light", "night"):
                if mode == "night":
                    driver.execute_script("document.documentElement.classList.add('night_mode')")
                path = out / f"review-{mode}.png"
                driver.save_screenshot(str(path))
                made.append(path)
        finally:
            driver.quit()
            review.last_request = 0  # idle: the server stops
            thread.join(15)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in photograph(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
