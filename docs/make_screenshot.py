"""Make docs/screenshot.png: start the web UI in guided mode, hold a Dutch conversation up to the
handling options in headless Chromium (Debian's package) and photograph the page.

    python docs/make_screenshot.py [--data-dir DIR] [--out docs/screenshot.png]

Without --data-dir a temporary data dir is used (the knowledge index is built in the background
on first use; the first answer waits for it). A phone-width picture of the same page is written
next to it (``screenshot-phone.png``) for a person to compare when the layout changes.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

from assistant.services import Services
from assistant.settings import load_settings
from assistant.ui.app import serve

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CONVERSATION = [
    "De gemeente analyseert met een tool openbare berichten op sociale media op sentiment over "
    "gemeentelijke onderwerpen, zoals de herinrichting van een plein. Het team Communicatie werkt "
    "ermee; de uitkomsten sturen de communicatie en soms keuzes van het college. Het is een pilot.",
    "volgende",
    "inwoners, medewerkers communicatie, de gemeenteraad en de leverancier van de tool",
    "volgende",
    "positief: de gemeente hoort sneller wat er speelt. negatief: inwoners voelen zich bekeken, "
    "berichten worden uit hun context gehaald",
    "+ minder handmatig zoekwerk. - fouten in de analyse bij ironie en sarcasme",
    "volgende",
    "privacy, transparantie en vrijheid van meningsuiting",
    "volgende",
    "ontwerp: alleen geaggregeerde resultaten per onderwerp bewaren",
    "omgeving: de tool opnemen in het algoritmeregister en na de pilot evalueren",
    "mens: training voor medewerkers over de grenzen van sentimentanalyse",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def converse(page: Page) -> None:
    info = page.locator("#session-info")
    expect(info).to_contain_text("berichten: 0", timeout=60_000)
    for turns, text in enumerate(CONVERSATION, 1):
        page.fill("#message textarea", text)
        page.click("#send")
        expect(info).to_contain_text(f"berichten: {turns} ", timeout=180_000)


def photograph(url: str, out: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        converse(page)
        page.get_by_role("tab", name="Handelingsopties").click()
        page.wait_for_timeout(1500)
        page.screenshot(path=str(out))
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(1500)
        page.screenshot(path=str(out.with_name(out.stem + "-phone.png")), full_page=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("screenshot.png"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        settings = load_settings(data_dir=args.data_dir or Path(temp), llm__backend="guided")
        services = Services(settings)
        port = free_port()
        serve(services, "127.0.0.1", port, prevent_thread_lock=True)
        photograph(f"http://127.0.0.1:{port}/", args.out)
    print(f"Wrote {args.out}")


if __name__ == "__main__":
    main()
