"""The web UI with login on (users from settings): each user sees and changes only their own
sessions; and sharing an outcome feeds the past-outcomes index, scrubbed, without transcript."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from gradio_client.exceptions import AppError
from ui_client import Api, banner, guided_services, serving, session_id, table

from assistant.errors import ConfigError
from assistant.services.chat import ChatService
from assistant.settings import load_settings
from assistant.ui.auth import checker, load_users

USERS = "anna:rood-appel-7,bob:groene-peer-9"


@pytest.fixture(scope="module")
def login_server(embedder, tmp_path_factory):
    services = guided_services(tmp_path_factory.mktemp("ui-login"), embedder, ui__users=USERS)
    services.chat = ChatService(services, retriever=None)
    with serving(services) as server:
        yield server


def test_wrong_password_is_refused(login_server):
    with pytest.raises((AppError, ValueError)):
        Api(login_server.url, auth=("anna", "verkeerd"))


def test_users_see_and_resume_only_their_own_sessions(login_server):
    anna, bob = (
        Api(login_server.url, ("anna", "rood-appel-7")),
        Api(login_server.url, ("bob", "groene-peer-9")),
    )
    annas = session_id(anna.send("De gemeente gebruikt een chatbot voor inwoners van Annadorp."))
    bobs = session_id(bob.send("De provincie gebruikt drones boven de dijken bij Bobstad."))
    chat = login_server.services.chat
    assert chat.load(annas, owner="anna").owner == "anna"
    assert [s.id for s in chat.list(owner="bob")] == [bobs]

    out = Api(login_server.url, ("bob", "groene-peer-9")).load()  # bob in a new browser
    offered = [value for _, value in out["Opgeslagen sessies"]["choices"]]
    assert offered == [session_id(out), bobs]
    assert "Ingelogd als **bob**" in str(out["status"])
    assert session_id(bob.call("resume", "nl", bobs)) == bobs
    out = bob.call("resume", "nl", annas)
    assert "Niet gevonden" in banner(out)
    out = bob.call("export_json", "nl")
    assert "Annadorp" not in Path(out["Download"]).read_text(encoding="utf-8")


def test_sharing_waits_for_an_outcome_then_shares_it_scrubbed(login_server):
    api = Api(login_server.url, ("anna", "rood-appel-7"))
    sid = session_id(
        api.send("Slimme camera's tellen fietsers op het plein; mail j.jansen@example.nl.")
    )
    out = api.call("share", "nl")
    assert "nog geen uitkomst" in banner(out).lower()
    headers = ["id", "Naam", "Definitie", "Prioriteit", "Effecten"]
    api.call("save_values", "nl", table([["", "Privacy", "", "1", ""]], headers))
    rows = [["", "Alleen tellingen bewaren, geen beelden", "Privacy"]]
    empty = table([], ["id", "Tekst", "Beschermt waarden"])
    api.call("save_options", "nl", table(rows, ["id", "Tekst", "Beschermt waarden"]), empty, empty)
    api.call("goto", "nl", "options")
    out = api.call("share", "nl")
    assert "tot en met de samenvatting" in banner(out)
    api.call("goto", "nl", "summary")

    out = api.call("share", "nl")
    assert "Gedeeld" in banner(out)
    services = login_server.services
    assert services.chat.load(sid, owner="anna").shared
    files = list(services.knowledge.outcomes_dir.glob("*"))
    assert len(files) == 1
    shared = files[0].read_text(encoding="utf-8")
    assert "Alleen tellingen bewaren" in shared
    assert "j.jansen@example.nl" not in shared
    outcome = yaml.safe_load(shared)
    assert outcome["session"]["transcript"] == []
    assert "Welkom" not in shared


def test_users_come_from_a_file_and_the_settings(tmp_path):
    users_file = tmp_path / "users.txt"
    users_file.write_text("# team\ncarla:een-twee\n\ndaan:drie:vier\n", encoding="utf-8")
    settings = load_settings(data_dir=tmp_path, ui__auth_file=users_file, ui__users="eva:vijf")
    users = load_users(settings.ui)
    assert users == {"carla": "een-twee", "daan": "drie:vier", "eva": "vijf"}
    check = checker(users)
    assert check("daan", "drie:vier") and not check("daan", "drie") and not check("x", "vijf")


def test_a_broken_users_file_is_a_clear_error(tmp_path):
    users_file = tmp_path / "users.txt"
    users_file.write_text("carla\n", encoding="utf-8")
    settings = load_settings(data_dir=tmp_path, ui__auth_file=users_file)
    with pytest.raises(ConfigError) as caught:
        load_users(settings.ui)
    assert "user:password" in caught.value.message and caught.value.fix
    missing = load_settings(data_dir=tmp_path, ui__auth_file=tmp_path / "nope.txt")
    with pytest.raises(ConfigError, match="cannot be read"):
        load_users(missing.ui)
