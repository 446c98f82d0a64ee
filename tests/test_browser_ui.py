"""The web UI in headless Chromium (Debian's package, driven by Python Playwright): a short Dutch
conversation to the values step, an edit in the canvas, a page reload that resumes everything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from assistant.paths import PROJECT_ROOT

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
TURN_TIMEOUT_MS = 120_000
SESSION_ID = re.compile(r"\b[0-9a-f]{12}\b")
CONVERSATION = [
    "De gemeente Utrecht analyseert met een tool openbare berichten op sociale media op "
    "sentiment. Het team Communicatie werkt ermee; de uitkomsten sturen de communicatie en soms "
    "keuzes van het college. Het is een pilot.",
    "volgende",
    "inwoners, medewerkers communicatie en de leverancier van de tool",
    "volgende",
    "positief: de gemeente hoort sneller wat er speelt. negatief: inwoners voelen zich bekeken",
    "volgende",
]

pytestmark = pytest.mark.browser


def send(page: Page, text: str, turns: int) -> None:
    """Type and send a message; wait until the saved session counts ``turns`` messages."""
    page.fill("#message textarea", text)
    page.click("#send")
    info = page.locator("#session-info")
    expect(info).to_contain_text(f"berichten: {turns} ", timeout=TURN_TIMEOUT_MS)


def edit_cell(page: Page, table: str, row: int, column: int, text: str) -> None:
    page.locator(f"#table-{table} [data-testid='cell-{row}-{column}']").dblclick()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_conversation_edit_and_reload_in_chromium(ui_server):
    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install -y chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            page.goto(ui_server.url)
            expect(page.locator("#session-info")).to_contain_text("berichten: 0", timeout=60_000)
            expect(page.locator("#chat")).to_contain_text("Welkom")
            for turns, text in enumerate(CONVERSATION, 1):
                send(page, text, turns)
            expect(page.locator("#stepper label.selected")).to_have_text("4 Waarden")
            expect(page.locator("#chat")).to_contain_text("het belangrijkst")

            page.get_by_role("tab", name="Actoren").click()
            edit_cell(page, "actors", 0, 1, "Inwoners van Utrecht")
            page.click("#save-actors")
            expect(page.locator("#banner")).to_contain_text("Opgeslagen: 1 wijziging")
            sid = SESSION_ID.search(page.inner_text("#session-info")).group(0)
            assert ui_server.services.chat.load(sid).actors[0].name == "Inwoners van Utrecht"

            page.reload()
            info = page.locator("#session-info")
            expect(info).to_contain_text(f"berichten: {len(CONVERSATION)} ", timeout=60_000)
            expect(info).to_contain_text(sid)
            expect(page.locator("#stepper label.selected")).to_have_text("4 Waarden")
            expect(page.locator("#chat")).to_contain_text("De gemeente Utrecht analyseert")
            expect(page.locator("#chat")).to_contain_text("het belangrijkst")
            page.get_by_role("tab", name="Actoren").click()
            expect(page.locator("#table-actors")).to_contain_text("Inwoners van Utrecht")
            page.get_by_role("tab", name="Waarden").click()
            expect(page.locator("#table-values [data-testid='cell-0-1']")).not_to_be_empty()
        finally:
            page.screenshot(path=str(ARTIFACTS / "browser-ui.png"), full_page=True)
            browser.close()
