"""The web UI in headless Chromium (Debian's package, driven by Python Playwright), as people meet
it: a Dutch conversation to the handling options with an edit in the canvas and a reload; one
language per page in Dutch and English at desktop and phone width; nothing fetched from
elsewhere because of a message or a canvas cell; and a server killed mid-conversation that loses
no message. Screenshots land in test-artifacts/ for a person to look at when the layout changes.
"""

from __future__ import annotations

import http.server
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from ui_client import free_port

from assistant.paths import PROJECT_ROOT
from assistant.services import Services
from assistant.settings import load_settings
from assistant.ui.startup_page import StartupPage

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
TURN_TIMEOUT_MS = 120_000
SESSION_ID = re.compile(r"\b[0-9a-f]{12}\b")
CASE = (
    "De gemeente Utrecht analyseert met een tool openbare berichten op sociale media op "
    "sentiment. Het team Communicatie werkt ermee; de uitkomsten sturen de communicatie en soms "
    "keuzes van het college. Het is een pilot."
)
CONVERSATION = [
    CASE,
    "volgende",
    "inwoners, medewerkers communicatie en de leverancier van de tool",
    "volgende",
    "positief: de gemeente hoort sneller wat er speelt. negatief: inwoners voelen zich bekeken",
    "volgende",
    "1, 2",
    "volgende",
]
REMOTE = (
    'Zie <img src="http://192.0.2.7/pixel.png"> en ![kaart](http://192.0.2.8/kaart.png) '
    '<iframe src="http://192.0.2.9/"></iframe>'
)

pytestmark = pytest.mark.browser


@contextmanager
def chromium() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install -y chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def elsewhere(page: Page, origin: str) -> list[str]:
    """Start logging every request the page makes to any address but ``origin``."""
    found: list[str] = []
    own = origin.rstrip("/")

    def seen(request: Any) -> None:
        if not request.url.startswith((own + "/", "data:", "blob:")) and request.url != own:
            found.append(request.url)

    page.on("request", seen)
    return found


def send(page: Page, text: str, turns: int, word: str = "berichten") -> None:
    """Type and send a message; wait until the saved session counts ``turns`` messages."""
    page.fill("#message textarea", text)
    page.click("#send")
    info = page.locator("#session-info")
    expect(info).to_contain_text(f"{word}: {turns} ", timeout=TURN_TIMEOUT_MS)


def send_with_enter(page: Page, text: str, turns: int) -> None:
    """Send with the Enter key, as in any chat, after checking that Shift+Enter only starts a
    new line in the message box."""
    box = page.locator("#message textarea")
    box.click()
    page.keyboard.type("eerste regel")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("tweede regel")
    assert box.input_value() == "eerste regel\ntweede regel"
    box.fill("")
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    expect(page.locator("#session-info")).to_contain_text(
        f"berichten: {turns} ", timeout=TURN_TIMEOUT_MS
    )
    expect(box).to_have_value("")


def edit_cell(page: Page, table: str, row: int, column: int, text: str) -> None:
    page.locator(f"#table-{table} [data-testid='cell-{row}-{column}']").dblclick()
    page.wait_for_function(  # the cell's editor has the focus before its text is replaced
        "() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName)"
    )
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def words_broken_in_headers(page: Page) -> list[str]:
    """Canvas table headers whose words wrap inside themselves (a word spread over two lines)."""
    return page.evaluate(
        """() => {
        const broken = [];
        for (const el of document.querySelectorAll('.canvas-table th .header')) {
          if (!el.offsetParent) continue;
          const node = [...el.childNodes].find((n) => n.nodeType === 3 && n.nodeValue.trim());
          if (!node) continue;
          for (const match of node.nodeValue.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
        return broken;
      }"""
    )


def settled_headers(page: Page, wait_ms: int = 3000) -> list[str]:
    """``words_broken_in_headers`` once the table's columns have settled: a tab just shown lays
    its columns out over a few frames, and a header measured in between wraps for a moment."""
    broken = words_broken_in_headers(page)
    for _ in range(wait_ms // 250):
        if not broken:
            break
        page.wait_for_timeout(250)
        broken = words_broken_in_headers(page)
    return broken


def sideways(page: Page) -> int:
    """How far the page is wider than the window (0: no sideways scrolling)."""
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


def check_one_language(page: Page, texts: dict[str, str], absent: list[str]) -> None:
    """The page's own texts in one language, and Gradio's footer hidden."""
    expect(page.locator("#stepper")).to_contain_text(texts["steps"])
    expect(page.locator("#map-download")).to_have_text(texts["download"])
    expect(page.locator("#status")).to_contain_text(texts["status"])
    body = page.inner_text("body")
    for text in absent:
        assert text not in body, text


def check_phone_layout(page: Page, tabs: list[str]) -> None:
    """On a phone: the message box over the whole width with Send under it, and every canvas
    tab in sight (none behind a "more" menu)."""
    box = page.locator("#message textarea").bounding_box()
    button = page.locator("#send").bounding_box()
    assert box and button and button["y"] >= box["y"] + box["height"], (box, button)
    assert box["width"] > 250, box
    for name in tabs:
        expect(page.get_by_role("tab", name=name, exact=True)).to_be_visible()


def test_conversation_canvas_languages_and_widths_in_chromium(ui_server):
    services = ui_server.services
    with chromium() as browser:
        page = browser.new_page(
            viewport={"width": 1400, "height": 900}, accept_downloads=True, locale="nl-NL"
        )
        remote = elsewhere(page, ui_server.url)
        try:
            page.goto(ui_server.url)
            expect(page.locator("#session-info")).to_contain_text("berichten: 0", timeout=60_000)
            for turns, text in enumerate(CONVERSATION[:6], 1):
                (send_with_enter if turns == 2 else send)(page, text, turns)
            expect(page.locator("#stepper label.selected")).to_have_text("3 Waarden")
            expect(page.locator("#chat")).to_contain_text("Stap 3 van 5")
            sid = SESSION_ID.search(page.inner_text("#session-info")).group(0)

            page.get_by_role("tab", name="Actoren").click()
            edit_cell(page, "actors", 0, 1, "Inwoners van Utrecht")
            edit_cell(page, "actors", 3, 1, '<img src="http://192.0.2.10/a.png"> Raad')
            page.click("#save-actors")
            expect(page.locator("#banner")).to_contain_text("Opgeslagen: 2 wijziging")
            assert services.chat.load(sid).actors[0].name == "Inwoners van Utrecht"
            expect(page.locator("#table-actors [data-testid='cell-0-0']")).to_be_hidden()
            for turns, text in enumerate([*CONVERSATION[6:], REMOTE], 7):
                send(page, text, turns)
            expect(page.locator("#stepper label.selected")).to_have_text("4 Handelingsopties")
            expect(page.locator("#chat")).to_contain_text("Stap 4 van 5")
            expect(page.locator("#chat")).to_contain_text("<img src=")
            assert page.locator("#chat img, #chat iframe").count() == 0
            # no button that only empties the chat's view (a reload brings it all back)
            assert page.locator("#chat .top-panel button:visible").count() == 0

            session = services.chat.load(sid)
            chosen = [v.name for v in session.chosen_values()]
            assert len(chosen) == 2
            expect(page.locator("#map svg")).to_contain_text("★ " + chosen[0])
            title = "".join((page.locator("#map svg text").first.text_content() or "").split())
            assert title == "".join(session.case.technology.split())
            last = [t for t in session.transcript if t.role == "assistant"][-1]
            sources = page.locator("#sources-list")
            if last.citations:
                expect(sources).to_contain_text(last.citations[0].title or last.citations[0].id)
            else:
                expect(sources).to_contain_text("gebruikt geen bronnen")
            page.get_by_role("tab", name="Waarden").click()
            expect(page.locator("#table-values")).not_to_contain_text("e1")
            assert settled_headers(page) == []
            with page.expect_download() as download:
                page.click("#map-download")
            assert Path(download.value.path()).read_bytes().startswith(b"\x89PNG")
            dutch = {"steps": "klik om naar een stap te gaan", "download": "Download kaart (PNG)",
                     "status": "Begeleide modus"}  # fmt: skip
            check_one_language(page, dutch, ["Use via API", "Download map", "Guided mode"])
            page.screenshot(path=str(ARTIFACTS / "ui-nl-1400.png"), full_page=True)

            page.reload()
            info = page.locator("#session-info")
            expect(info).to_contain_text(f"berichten: {len(CONVERSATION) + 1} ", timeout=60_000)
            expect(info).to_contain_text(sid)
            expect(page.locator("#chat")).to_contain_text("De gemeente Utrecht analyseert")
            page.get_by_role("tab", name="Actoren").click()
            expect(page.locator("#table-actors")).to_contain_text("Inwoners van Utrecht")

            page.set_viewport_size({"width": 390, "height": 844})
            page.wait_for_timeout(500)
            assert sideways(page) == 0
            check_phone_layout(page, ["Casus", "Actoren", "Effecten", "Waarden", "Sessies"])
            page.screenshot(path=str(ARTIFACTS / "ui-nl-390.png"), full_page=True)

            page.get_by_text("English", exact=True).click()
            expect(page.locator("#stepper")).to_contain_text("click to go to a step")
            english = {"steps": "click to go to a step", "download": "Download map (PNG)",
                       "status": "Guided mode"}  # fmt: skip
            check_one_language(page, english, ["Use via API", "Download kaart", "Begeleide modus"])
            send(page, "volgende", len(CONVERSATION) + 2, word="messages")
            assert sideways(page) == 0
            check_phone_layout(page, ["Case", "Actors", "Effects", "Values", "Sessions"])
            page.screenshot(path=str(ARTIFACTS / "ui-en-390.png"), full_page=True)
            page.set_viewport_size({"width": 1400, "height": 900})
            page.wait_for_timeout(500)
            assert settled_headers(page) == []
            page.screenshot(path=str(ARTIFACTS / "ui-en-1400.png"), full_page=True)
            assert remote == []
        finally:
            page.screenshot(path=str(ARTIFACTS / "browser-ui.png"), full_page=True)


# --- the start-up page ----------------------------------------------------------------------------


class AppPage(http.server.BaseHTTPRequestHandler):
    """Stands in for the app once it has loaded: a page without the start-up marker."""

    def do_GET(self) -> None:
        body = b"<!doctype html><title>app</title><p id=app>the app itself</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_the_startup_page_turns_into_the_app_by_itself():
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    startup = StartupPage("127.0.0.1", port, "nl")
    with chromium() as browser:
        page = browser.new_page(locale="nl-NL")
        remote = elsewhere(page, url)
        try:
            page.goto(url)
            expect(page.locator("#starting")).to_contain_text("start op")
            page.wait_for_timeout(700)  # the page asks at least once while still starting
            startup.close()
            page.wait_for_timeout(1500)  # a gap with nothing on the port: it keeps asking
            app = http.server.ThreadingHTTPServer(("127.0.0.1", port), AppPage)
            threading.Thread(target=app.serve_forever, daemon=True).start()
            try:
                expect(page.locator("#app")).to_have_text("the app itself", timeout=10_000)
            finally:
                app.shutdown()
                app.server_close()
        finally:
            startup.close()
    assert remote == []


# --- a server killed mid-conversation ------------------------------------------------------------


@contextmanager
def server_process(data_dir: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    """``ethics-assistant serve`` in a process of its own, answering HTTP."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_DATA_DIR=str(data_dir), ASSISTANT_CONFIG="")
    code = "from assistant.cli.main import app; app()"
    args = [sys.executable, "-c", code, "serve", "--backend", "guided", "--port", str(port)]
    log = (data_dir / "serve.log").open("ab")
    process = subprocess.Popen(args, env=env, cwd=PROJECT_ROOT, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert process.poll() is None, (data_dir / "serve.log").read_text()[-2000:]
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def test_a_message_sent_after_a_server_crash_lands_in_the_same_session(
    corpus_knowledge: Any, tmp_path: Path
):
    data = tmp_path / "data"
    shutil.copytree(corpus_knowledge.settings.index_dir, data / "index")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="nl-NL")
        try:
            with server_process(data, port) as server:
                page.goto(url)
                expect(page.locator("#session-info")).to_contain_text(
                    "berichten: 0", timeout=60_000
                )
                send(page, CASE, 1)
                sid = SESSION_ID.search(page.inner_text("#session-info")).group(0)
                page.evaluate("window.beforeCrash = true")
                server.send_signal(signal.SIGKILL)
                server.wait()

            waiting = "Dit bericht typte ik terwijl de server weg was."
            page.fill("#message textarea", waiting)
            page.click("#send")
            expect(page.locator(".toast-wrap")).to_contain_text("verbinding", timeout=30_000)
            expect(page.locator("#message textarea")).to_have_value(waiting)
            page.screenshot(path=str(ARTIFACTS / "browser-server-gone.png"), full_page=True)

            with server_process(data, port):
                # Gradio reloads the page once the server is back; the page resumes its
                # session and puts the unsent message back in the box
                page.wait_for_function("() => !window.beforeCrash", timeout=60_000)
                expect(page.locator("#session-info")).to_contain_text(sid, timeout=60_000)
                expect(page.locator("#message textarea")).to_have_value(waiting, timeout=30_000)
                page.click("#send")
                info = page.locator("#session-info")
                expect(info).to_contain_text("berichten: 2 ", timeout=TURN_TIMEOUT_MS)
                expect(info).to_contain_text(sid)
                expect(page.locator("#chat")).to_contain_text(waiting)
        finally:
            page.screenshot(path=str(ARTIFACTS / "browser-restart.png"), full_page=True)

    chat = Services(load_settings(data_dir=data)).chat
    stored = [s for s in chat.list() if s.turns > 0]
    assert [s.id for s in stored] == [sid]
    users = [t.text for t in chat.load(sid).transcript if t.role == "user"]
    assert users == [CASE, waiting]


def test_a_browser_that_asks_for_english_opens_in_english(ui_server):
    """A first visit from a browser set to English (Accept-Language) gets the page and the
    conversation in English; the Dutch browsers above get Dutch, the default."""
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="en-GB")
        page.goto(ui_server.url)
        info = page.locator("#session-info")
        expect(info).to_contain_text("messages: 0", timeout=60_000)
        expect(page.locator("#stepper")).to_contain_text("click to go to a step")
        send(page, "We want a chatbot that answers questions about parking permits.", 1, "messages")
        expect(page.locator("#chat")).to_contain_text("by which organisation")
