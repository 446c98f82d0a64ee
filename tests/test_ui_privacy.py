"""Private by default: without login every browser has its own owner key, and through the page's
API another browser can neither list, resume, export, continue nor delete its sessions; and
nothing typed into a message makes the page load anything from elsewhere."""

from __future__ import annotations

from pathlib import Path

from ui_client import Api, banner, session_id, texts

from assistant.ui.context import browser_owner

ANNA = "De gemeente Annadorp gebruikt een chatbot die vragen van inwoners beantwoordt."
BOB = "De provincie gebruikt drones boven de dijken bij Bobstad."


def offered(out: dict) -> list[str]:
    return [value for _, value in out["Opgeslagen sessies"]["choices"]]


def test_without_login_browser_b_cannot_list_resume_export_or_delete_a_session(ui_server):
    chat = ui_server.services.chat
    anna, bob = Api(ui_server.url), Api(ui_server.url)
    anna.load()
    annas = session_id(anna.send(ANNA))
    bob.load()
    bobs = session_id(bob.send(BOB))

    assert annas in offered(anna.load()) and bobs not in offered(anna.load())
    assert bobs in offered(bob.load()) and annas not in offered(bob.load())

    out = bob.call("resume", "nl", annas)
    assert "Niet gevonden" in banner(out)
    out = bob.call("delete", "nl", annas)
    assert "Niet gevonden" in banner(out)
    assert chat.load(annas).transcript[1].text == ANNA

    bob.memo = {**bob.memo, "sid": annas}  # a client can send any memory; the key decides
    for endpoint in ("export_json", "export_md"):
        out = bob.call(endpoint, "nl")
        assert "niet (meer) te vinden" in banner(out) and not out["Download"]["value"]
    out = bob.send("Ik lees mee met Anna.")
    assert "niet (meer) te vinden" in banner(out) and "staat nog in het invoervak" in banner(out)
    assert [t.text for t in chat.load(annas).transcript if t.role == "user"] == [ANNA]

    out = anna.call("resume", "nl", annas)
    assert texts(out["Gesprek"], "user") == [ANNA]
    out = anna.call("export_json", "nl")
    assert ANNA in Path(out["Download"]).read_text(encoding="utf-8")


def test_the_owner_key_stays_in_the_browser_and_is_stored_only_as_a_hash(ui_server):
    api = Api(ui_server.url)
    api.load()
    sid = session_id(api.send(ANNA))
    key = api.memo["key"]
    assert len(key) >= 32
    stored = ui_server.services.chat.load(sid).owner
    assert stored == browser_owner(key) and key not in stored
    exported = Path(api.call("export_json", "nl")["Download"]).read_text(encoding="utf-8")
    assert key not in exported

    again = Api(ui_server.url, memo=dict(api.memo))  # the same browser, a new page
    out = again.load()
    assert session_id(out) == sid and texts(out["Gesprek"], "user") == [ANNA]


def test_a_weak_or_missing_key_gets_a_fresh_one(ui_server):
    api = Api(ui_server.url, memo={"sid": None, "lang": "nl", "key": "a"})
    api.load()
    assert api.memo["key"] != "a" and len(api.memo["key"]) >= 32


def test_html_and_images_in_a_message_are_shown_as_text(ui_server):
    api = Api(ui_server.url)
    api.load()
    text = 'Kijk <img src="http://192.0.2.1/x.png"> en ![foto](http://192.0.2.2/y.png) hier.'
    out = api.send(text)
    shown = texts(out["Gesprek"], "user")[-1]
    assert "<img" not in shown and "&lt;img" in shown
    assert "![" not in shown and "!\\[foto]" in shown
    assert "<img" not in str(out["session"]) and "<img" not in str(out["map"])
    markdown = Path(api.call("export_md", "nl")["Download"]).read_text(encoding="utf-8")
    assert "<img" not in markdown and "![foto]" not in markdown
