"""``ethics-assistant serve``: registered, and it fails fast with the fix on a broken users file,
a port in use or an unavailable backend (before the index is built); the page answers while the
index is built in the background."""

from __future__ import annotations

import socket

from typer.testing import CliRunner
from ui_client import Api, banner, guided_services, serving, session_id

from assistant.cli.main import app
from assistant.services.chat import ChatService
from assistant.ui.readiness import Readiness, ReadyRetriever


def test_serve_is_a_command_with_host_port_and_backend():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--backend"):
        assert option in result.output


def test_a_missing_users_file_stops_serve_with_the_fix(tmp_path, clean_env):
    clean_env.setenv("ASSISTANT_UI__AUTH_FILE", str(tmp_path / "users.txt"))
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "serve", "--backend", "guided"])
    assert result.exit_code == 1
    assert "cannot be read" in result.output
    assert "Fix: create it or correct ASSISTANT_UI__AUTH_FILE" in result.output
    assert not (tmp_path / "index").exists()


def test_a_port_in_use_stops_serve_with_the_fix(tmp_path, clean_env):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        args = ["--data-dir", str(tmp_path), "serve", "--backend", "guided", "--port", str(port)]
        result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert f"Cannot listen on 127.0.0.1:{port}" in result.output
    assert "--port" in result.output


def test_an_unreachable_ollama_stops_serve_with_the_fix(tmp_path, clean_env, closed_port_url):
    clean_env.setenv("OLLAMA_HOST", closed_port_url)
    args = ["--data-dir", str(tmp_path), "serve", "--backend", "ollama", "--port", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "Fix:" in result.output
    assert "ollama" in result.output.lower()


def test_the_page_answers_while_the_index_is_built_and_turns_go_on_without_sources(
    embedder, corpus_knowledge, tmp_path
):
    services = guided_services(tmp_path, embedder, corpus_knowledge)
    readiness = Readiness()  # the background build has not finished
    services.chat = ChatService(services, retriever=ReadyRetriever(corpus_knowledge, readiness))
    with serving(services, readiness) as server:
        api = Api(server.url)
        out = api.load()
        assert "kennisbank wordt opgebouwd" in str(out["status"])
        sid = session_id(out)
        out = api.send(
            "De gemeente gebruikt een chatbot die vragen van inwoners beantwoordt. "
            "Wat zegt de handreiking over chatbots?"
        )
        assert "nog opgebouwd" in banner(out)
        first = services.chat.load(sid).transcript[-1]
        assert first.role == "assistant" and first.trace and first.trace.retrieved_ids == []

        readiness.phase = "ready"
        api.send("volgende")
        last = services.chat.load(sid).transcript[-1]
        assert last.trace and last.trace.retrieved_ids
