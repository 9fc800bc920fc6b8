"""`flashgen review`: the page in a real browser (Debian's Chromium, driven by Selenium with
Debian's chromedriver; nothing downloads a browser), decisions written into the vault's
lists, and the next builds honoured by real Anki (the `anki` package)."""

from __future__ import annotations

import http.client
import json
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flashgen.cli import app
from flashgen.curate import load_rejected
from flashgen.pipeline import build
from flashgen.render import card_ords
from flashgen.review.server import Review, serve
from flashgen.review.session import ReviewSession
from flashgen.rewrites import load_rewrites
from tests.conftest import SAMPLE_ANKI_CARDS, SAMPLE_NOTE, import_apkg
from tools.screenshots import CHROMIUM_FLAGS, chromium

CHROMEDRIVER = shutil.which("chromedriver")
needs_browser = pytest.mark.skipif(
    chromium() is None or CHROMEDRIVER is None,
    reason="Debian's chromium and chromium-driver are not installed (.ci/run installs them)",
)


def running(vault: Path, output: Path, idle: float = 600) -> tuple[Review, threading.Thread]:
    review = Review(ReviewSession([vault], output))
    started = threading.Event()
    thread = threading.Thread(
        target=serve,
        args=(review,),
        kwargs={"open_browser": False, "idle_seconds": idle, "ready": lambda _: started.set()},
        daemon=True,
    )
    thread.start()
    assert started.wait(30)
    return review, thread


def stop(review: Review, thread: threading.Thread) -> None:
    review.last_request = 0  # idle since ever: the watcher stops the server
    thread.join(15)
    assert not thread.is_alive()


@pytest.fixture
def browser() -> Iterator:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in (*CHROMIUM_FLAGS, "--window-size=390,844"):  # a phone's window
        options.add_argument("--headless=new" if flag == "--headless" else flag)
    options.binary_location = chromium() or ""
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def keys(driver, *pressed: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    chain = ActionChains(driver)
    for key in pressed:
        chain.send_keys(key)
    chain.perform()


def wait_for(condition, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def articles(driver) -> list:
    return driver.find_elements("css selector", "article.fg-item")


def badges_of(driver, guid: str) -> str:
    """The badges of one card, read in the page in one step: the page redraws a card it
    updates, so an element found before the redraw goes stale."""
    return driver.execute_script(
        "const a = [...document.querySelectorAll('article.fg-item')]"
        ".find(e => e.dataset.guid === arguments[0]);"
        "return a ? a.dataset.badges : '';",
        guid,
    )


@needs_browser
def test_the_page_shows_every_card_and_x_rejects_one_for_every_later_build(
    vault: Path, tmp_path: Path, browser, collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    build([vault], output=out, now=1_000)
    review, thread = running(vault, out)
    try:
        browser.get(review.url)
        shown = articles(browser)
        # every card Anki makes of the sample, each with what the next import does to it
        assert len(shown) == SAMPLE_ANKI_CARDS
        assert all(a.get_attribute("data-badges") == "unchanged" for a in shown)
        assert "fg-badge fg-unchanged" in shown[0].get_attribute("innerHTML")
        on_page = [a.get_attribute("data-guid") for a in shown]
        keys(browser, "j", "j", "x")  # the third card
        guid = on_page[2]
        wait_for(lambda: guid in load_rejected(vault))
        wait_for(lambda: "rejected" in badges_of(browser, guid))
        severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert not severe, severe
    finally:
        stop(review, thread)
    # the next build leaves the card out of the deck Anki imports
    build([vault], output=out, now=2_000)
    import_apkg(collection, out)
    guids = {collection.get_note(n).guid for n in collection.find_notes("")}
    assert guids == set(on_page) - {guid}


@needs_browser
def test_a_rewrite_updates_the_note_in_place_and_survives_a_changed_source(
    vault: Path, tmp_path: Path, browser, collection
) -> None:
    out = tmp_path / "out" / "d.apkg"
    build([vault], output=out, now=1_000)
    import_apkg(collection, out)
    for card_id in collection.find_cards(""):  # a review for every card
        card = collection.get_card(card_id)
        card.start_timer()
        collection.sched.answerCard(card, 3)
    review, thread = running(vault, out)
    try:
        browser.get(review.url)
        shown = articles(browser)
        index = next(i for i, a in enumerate(shown) if "workers' party" in a.text)
        target = shown[index]
        guid = target.get_attribute("data-guid")
        keys(browser, *"j" * index, "e")  # to the card, then edit it
        field = target.find_element("css selector", '[data-field="front"]')
        wait_for(field.is_displayed)
        browser.execute_script("arguments[0].textContent = arguments[1]", field, "")
        field.send_keys("Whose political arm is a workers' party, for Draper?")
        from selenium.webdriver.common.keys import Keys

        field.send_keys(Keys.CONTROL, Keys.ENTER)
        wait_for(lambda: guid in load_rewrites(vault))
        wait_for(lambda: "rewritten" in badges_of(browser, guid))
    finally:
        stop(review, thread)
    note_id = next(n for n in collection.find_notes("") if collection.get_note(n).guid == guid)
    build([vault], output=out, now=2_000)
    import_apkg(collection, out)
    note = collection.get_note(note_id)  # the same note, updated in place
    assert note.fields[0] == "Whose political arm is a workers' party, for Draper?"
    (card,) = note.cards()
    assert collection.db.scalar(f"select count() from revlog where cid = {card.id}") == 1
    # the sentence the card came from is edited: the rewrite stays, and check says so
    text = vault.joinpath(SAMPLE_NOTE.name).read_text()
    vault.joinpath(SAMPLE_NOTE.name).write_text(
        text.replace("not simply an electoral organization", "not merely an electoral body")
    )
    again = build([vault], output=out, now=3_000)
    assert next(c for c in again.cards if c.guid == guid).rendered.fields[0].startswith("Whose")
    checked = CliRunner().invoke(app, ["check", str(vault), "-o", str(out)])
    assert f"card {guid} was rewritten, and its source changed" in checked.output


def test_requests_need_the_token_and_this_host(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "d.apkg"
    review, thread = running(vault, out)
    try:

        def ask(method: str, path: str, headers: dict[str, str] | None = None) -> int:
            connection = http.client.HTTPConnection("127.0.0.1", review.port, timeout=10)
            try:
                connection.request(method, path, body=b"{}" if method == "POST" else None,
                                   headers=headers or {})  # fmt: skip
                return connection.getresponse().status
            finally:
                connection.close()

        token = review.token
        assert ask("GET", f"/?t={token}") == 200
        assert ask("GET", "/") == 403
        assert ask("GET", "/?t=guessed") == 403
        assert ask("GET", f"/?t={token}", {"Host": f"evil.example:{review.port}"}) == 421
        # a write needs the token in a header too, which a page of another site cannot set
        assert ask("POST", f"/api/reject?t={token}") == 403
        assert ask("POST", f"/api/undo?t={token}", {"X-Flashgen-Token": token}) == 200
        assert ask("GET", f"/media/..%2F..%2Fetc%2Fpasswd?t={token}") == 404
    finally:
        stop(review, thread)


def test_the_review_stops_by_itself_when_idle(vault: Path, tmp_path: Path) -> None:
    review, thread = running(vault, tmp_path / "out" / "d.apkg", idle=1)
    thread.join(20)
    assert not thread.is_alive()
    with pytest.raises(OSError):
        http.client.HTTPConnection("127.0.0.1", review.port, timeout=2).request("GET", "/")


def test_decisions_are_undone_in_order(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "d.apkg"
    review = Review(ReviewSession([vault], out))
    shown = review.session.shown()
    basic = next(s.card.guid for s in shown if s.card.rendered.model == "basic")
    cloze = next(s.card.guid for s in shown if s.card.rendered.model == "cloze")
    review.decide("reject", basic, {})
    review.decide("rewrite", cloze, {"front": "<b>Q</b> {{c1::A}}<script>x()</script>", "back": ""})
    assert basic in load_rejected(review.session.folder)
    stored = load_rewrites(review.session.folder)[cloze]
    made = review.session.one(cloze).card.rendered.fields[0]
    assert "<script>" in stored.front and made == "<b>Q</b> {{c1::A}}"  # no script on a card
    review.decide("undo", "", {})
    assert cloze not in load_rewrites(review.session.folder)
    review.decide("undo", "", {})
    assert basic not in load_rejected(review.session.folder)
    assert json.loads(json.dumps(review.decide("undo", "", {}))) == "nothing to undo"


def test_every_card_anki_makes_has_an_article(vault: Path, tmp_path: Path) -> None:
    from flashgen.review.page import review_page

    session = ReviewSession([vault], tmp_path / "out" / "d.apkg")
    shown = session.shown()
    page = review_page(shown, session.diagnostics, "token", session.note_types())
    cards = sum(len(card_ords(s.card.rendered.model, s.card.rendered.fields[0])) for s in shown)
    assert page.count('class="fg-item"') == cards == SAMPLE_ANKI_CARDS
    assert "held back, and why" in page
    assert (
        "<script src=" in page and "<script>" not in page
    )  # the script is a file, as the CSP wants


def test_a_rewrite_reaches_anki_by_sync_too(vault: Path, tmp_path: Path, collection) -> None:
    from flashgen.deliver.sync import sync
    from tools.ankiconnect_server import AnkiConnectServer

    out = tmp_path / "out" / "d.apkg"
    with AnkiConnectServer(collection) as anki:
        sync([vault], url=anki.url, output=out, deck_name="Reading", now=1_000)
        review = Review(ReviewSession([vault], out))
        basic = next(s for s in review.session.shown() if s.card.rendered.model == "basic")
        (note_id,) = [  # AnkiConnect gives the note its own GUID: found by its front
            n
            for n in collection.find_notes("")
            if collection.get_note(n).fields[0] == basic.card.rendered.fields[0]
        ]
        review.decide(
            "rewrite",
            basic.card.guid,
            {"front": "Who wrote it, and when?", "back": "Hal Draper, 1973"},
        )
        report = sync([vault], url=anki.url, output=out, deck_name="Reading", now=2_000)
        assert len(report.plan.changes) == 1 and not report.plan.add
        note = collection.get_note(note_id)  # the same note, in place
        assert note.fields[:2] == ["Who wrote it, and when?", "Hal Draper, 1973"]
