"""The web UI's API, driven with gradio_client against the app served in guided mode: concurrent
clients without cross-talk, streaming, canvas edits, steps, sessions, export and bad input."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from ui_client import Api, banner, guided_services, serving, session_id, step, table, texts

from assistant.llm.fake import FakeChatModel
from assistant.privacy import inert_markdown

PLACES = ("Appelstad", "Peerdorp", "Kersveen", "Pruimwijk")
ACTOR_HEADERS = ["id", "Naam", "Groep"]
EFFECT_HEADERS = ["id", "Actor", "+/−", "Tekst"]


def conversation(place: str) -> list[str]:
    return [
        f"De gemeente {place} gebruikt een chatbot die vragen van inwoners beantwoordt.",
        f"Het klantcontactcentrum van {place} werkt ermee.",
        f"De chatbot in {place} beslist welke vragen naar een medewerker gaan.",
    ]


def test_concurrent_clients_see_only_their_own_conversation(ui_server):
    def run(place: str) -> list[str]:
        api = Api(ui_server.url)
        chat: list = []
        for text in conversation(place):
            chat = api.send(text)["Gesprek"]
        return texts(chat, "user")

    with ThreadPoolExecutor(len(PLACES)) as pool:
        seen = dict(zip(PLACES, pool.map(run, PLACES), strict=True))

    for place in PLACES:
        assert seen[place] == conversation(place)
    store = ui_server.services.chat
    stored = [store.load(summary.id) for summary in store.list()]
    for place in PLACES:
        holding = [s for s in stored if any(place in t.text for t in s.transcript)]
        assert len(holding) == 1, place
        users = [t.text for t in holding[0].transcript if t.role == "user"]
        assert users == conversation(place)


class SlowModel(FakeChatModel):
    """A language model that writes a sentence every few tenths of a second."""

    def _stream(self, messages: list[Any], options: Any) -> Iterator[str]:
        for piece in super()._stream(messages, options):
            time.sleep(0.05)
            yield piece


@pytest.fixture(scope="module")
def slow_ui_server(embedder, corpus_knowledge, tmp_path_factory):
    reply = "Dit is de eerste zin. Hier komt een tweede. En nog een derde zin. Tot slot de vierde."
    model = SlowModel(reply, piece_size=6)
    data_dir = tmp_path_factory.mktemp("ui-slow")
    with serving(guided_services(data_dir, embedder, corpus_knowledge, model)) as server:
        yield server


def test_a_model_reply_streams_into_the_chat_in_growing_pieces(slow_ui_server):
    api = Api(slow_ui_server.url)
    job = api.client.submit(
        *api.args("send", "nl", conversation("Streamstad")[0]), api_name="/send"
    )
    job.result()
    chats = [out[api.returns["/send"].index("Gesprek")] for out in job.outputs()]
    replies = [texts(chat, "assistant")[-1] for chat in chats if len(texts(chat, "user")) == 1]
    growing = list(dict.fromkeys(r for r in replies if r))
    assert len(growing) >= 3
    assert all(b.startswith(a) for a, b in itertools.pairwise(growing))
    assert growing[-1].startswith("Dit is de eerste zin.")


def test_a_guided_reply_comes_in_one_update(ui_server):
    api = Api(ui_server.url)
    job = api.client.submit(*api.args("send", "nl", conversation("Eenstad")[0]), api_name="/send")
    job.result()
    chats = [out[api.returns["/send"].index("Gesprek")] for out in job.outputs()]
    replies = [texts(chat, "assistant")[-1] for chat in chats if len(texts(chat, "user")) == 1]
    assert len(replies) == 1 and replies[0]


def test_empty_message_is_ignored_politely(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.load())
    out = api.send("   \n ")
    assert "leeg bericht" in banner(out)
    assert ui_server.services.chat.load(sid).transcript[-1].role == "assistant"
    assert [t.role for t in ui_server.services.chat.load(sid).transcript] == ["assistant"]


def test_very_long_message_is_truncated_with_a_visible_notice(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.load())
    limit = ui_server.services.settings.sessions.max_input_chars
    out = api.send("De provincie gebruikt sensoren langs de weg. " * 40)
    assert f"langer dan {limit} tekens" in banner(out)
    user_turns = [t for t in ui_server.services.chat.load(sid).transcript if t.role == "user"]
    assert len(user_turns) == 1
    assert len(user_turns[0].text) == limit


def test_canvas_edits_are_saved_and_the_conversation_continues_from_them(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.send(conversation("Bewerkdorp")[0]))
    api.call("goto", "nl", "actors")
    rows = [["", "Inwoners", "betrokkenen"], ["", "Verkeersteam", "gebruikers"], ["", "", ""]]
    out = api.call("save_actors", "nl", table(rows, ACTOR_HEADERS))
    assert "2 wijziging" in banner(out)
    session = ui_server.services.chat.load(sid)
    assert [(a.name, a.group) for a in session.actors] == [
        ("Inwoners", "affected"),
        ("Verkeersteam", "users"),
    ]
    a1, a2 = (a.id for a in session.actors)
    rows = [[a1, "Bewoners", "betrokkenen"], [a2, "", "gebruikers"], ["", "", ""]]
    out = api.call("save_actors", "nl", table(rows, ACTOR_HEADERS))
    assert out["Actoren"]["data"][:-1] == [[a1, "Bewoners", "betrokkenen"]]
    assert [a.name for a in ui_server.services.chat.load(sid).actors] == ["Bewoners"]

    out = api.call("goto", "nl", "effects")
    assert step(out) == "effects"
    assert "Bewoners" in texts(out["Gesprek"], "assistant")[-1]
    out = api.send("positief: sneller antwoord. negatief: minder persoonlijk contact")
    effects = ui_server.services.chat.load(sid).effects
    assert {e.direction for e in effects} == {"positive", "negative"}
    assert all(e.actor_id == a1 for e in effects)
    assert len(out["Effecten"]["data"]) == len(effects) + 1


def test_a_bad_canvas_cell_shows_the_fix_and_changes_nothing(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.send(conversation("Foutstad")[0]))
    before = ui_server.services.chat.load(sid)
    rows = [["", "", "+", "Sneller geholpen"], ["", "Niemand-bekend", "-", "Minder contact"]]
    out = api.call("save_effects", "nl", table(rows, EFFECT_HEADERS))
    assert "Onbekende actor 'Niemand-bekend'" in banner(out)
    assert "Oplossing:" in banner(out)
    after = ui_server.services.chat.load(sid)
    assert after.effects == before.effects == []


def test_case_fields_can_be_edited_in_the_canvas(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.load())
    fields = ["Slimme lantaarnpalen", "Gemeente Lichtstad", "Team openbare ruimte"]
    out = api.call("save_case", "nl", *fields, "Waar en wanneer licht brandt", "", "pilot")
    assert "1 wijziging" in banner(out)
    case = ui_server.services.chat.load(sid).case
    assert (case.technology, case.context, case.users, case.stage) == (*fields, "pilot")


def test_step_indicator_goes_back_and_forth(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.send(conversation("Stapdorp")[0]))
    out = api.call("goto", "nl", "values")
    assert step(out) == "values"
    assert ui_server.services.chat.load(sid).step.value == "values"
    out = api.call("goto", "nl", "case")
    assert step(out) == "case"
    assert ui_server.services.chat.load(sid).step.value == "case"


def test_export_gives_json_and_markdown_downloads(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.send(conversation("Exportstad")[0]))
    out = api.call("export_json", "nl")
    exported = json.loads(Path(out["Download"]).read_text(encoding="utf-8"))
    assert exported["id"] == sid
    assert exported["transcript"][1]["text"] == conversation("Exportstad")[0]
    out = api.call("export_md", "nl")
    markdown = Path(out["Download"]).read_text(encoding="utf-8")
    assert markdown.startswith("#")
    assert "Exportstad" in markdown


def test_map_picture_is_a_png_and_changes_with_the_canvas(ui_server):
    api = Api(ui_server.url)
    first = api.send(conversation("Kaartdorp")[0])
    rows = [["", "Inwoners", "betrokkenen"], ["", "", ""]]
    second = api.call("save_actors", "nl", table(rows, ACTOR_HEADERS))
    maps = [str(out["map"]) for out in (first, second)]
    assert "<svg" in maps[0] and "Inwoners" not in maps[0]
    assert "Inwoners" in maps[1]


def test_sources_are_shown_apart_from_the_chat(ui_server):
    api = Api(ui_server.url)
    sid = session_id(api.send(conversation("Bronstad")[0]))
    out = api.call("goto", "nl", "actors")
    out = api.send("hoe werkt deze stap? help")
    session = ui_server.services.chat.load(sid)
    cited = [c for t in session.transcript for c in t.citations]
    assert cited, "the guided replies on entering a step and on help quote the corpus"
    for citation in cited[-3:]:
        assert (citation.title or citation.id) in out["sources"]
    assert texts(out["Gesprek"], "assistant") == [
        inert_markdown(t.text) for t in session.transcript if t.role == "assistant"
    ]


def test_new_resume_and_delete_sessions(ui_server):
    api = Api(ui_server.url)
    chat = ui_server.services.chat
    first = session_id(api.send(conversation("Eerstestad")[0]))
    empty = session_id(api.call("new_session", "nl"))
    assert empty != first
    out = api.call("resume", "nl", first)
    assert session_id(out) == first
    assert texts(out["Gesprek"], "user") == [conversation("Eerstestad")[0]]
    assert empty not in {s.id for s in chat.list()}, "a session nobody wrote in is not kept"

    api.call("new_session", "nl")
    second = session_id(api.send(conversation("Tweedestad")[0]))
    api.call("resume", "nl", first)
    out = api.call("delete", "nl", second)
    assert "verwijderd" in banner(out)
    assert session_id(out) == first
    ids = {s.id for s in chat.list()}
    assert second not in ids and first in ids
    out = api.call("delete", "nl", first)
    assert first not in {s.id for s in chat.list()}
    assert session_id(out) != first
    assert texts(out["Gesprek"], "user") == []


def test_resuming_a_session_deleted_elsewhere_shows_the_fix(ui_server):
    api = Api(ui_server.url)
    gone = session_id(api.send(conversation("Weg")[0]))
    api.call("new_session", "nl")
    ui_server.services.chat.delete(gone)  # e.g. from another browser tab or the CLI
    out = api.call("resume", "nl", gone)
    assert "Niet gevonden" in banner(out)
    assert "Oplossing:" in banner(out)


def test_language_switch_restarts_an_unused_session_in_english(ui_server):
    api = Api(ui_server.url)
    dutch = session_id(api.load())
    out = api.call("set_language", "en")
    english = session_id(out)
    assert english == dutch  # started over under the same id
    assert ui_server.services.chat.load(english).language == "en"
    assert out["Jouw bericht"]["label"] == "Your message"
    assert texts(out["Gesprek"], "assistant")[0].startswith("Welcome")
    assert len(texts(out["Gesprek"], "assistant")) == 1


def test_a_message_sent_before_the_language_switch_ran_is_in_the_new_language(ui_server):
    api = Api(ui_server.url)
    api.load()
    out = api.call("send", "en", "We want drones to inspect the dikes, a pilot this spring")
    sid = session_id(out)
    session = ui_server.services.chat.load(sid)
    assert session.language == "en"
    assert texts(out["Gesprek"], "assistant")[0].startswith("Welcome")
    assert "I understand it is about" in texts(out["Gesprek"], "assistant")[-1]


def test_session_brief_download(ui_server):
    api = Api(ui_server.url)
    api.send(conversation("Briefdorp")[0])
    out = api.call("brief", "nl", "md")
    brief = Path(out["Download"])
    assert brief.name.startswith("session-brief-") and brief.suffix == ".md"
    assert "Briefdorp" in brief.read_text(encoding="utf-8")
    out = api.call("brief", "nl", "docx")
    assert Path(out["Download"]).read_bytes().startswith(b"PK")


def test_the_language_switch_and_the_message_box_wait_for_the_first_load(ui_server):
    config = Api(ui_server.url).client.config
    initial = {
        c.get("props", {}).get("elem_id"): c.get("props", {}).get("interactive")
        for c in config["components"]
    }
    assert initial["language"] is False and initial["send"] is False
    assert initial["message"] is False  # a click before the load's answer would be undone by it
    out = Api(ui_server.url).load()
    assert out["Jouw bericht"]["interactive"] is True
    enabled = [v for v in out.values() if isinstance(v, dict) and v.get("interactive") is True]
    assert {"value": "nl", "interactive": True}.items() <= enabled[0].items()  # the switch
