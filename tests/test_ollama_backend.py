"""The Ollama adapter against the fake Ollama server in tests/ollama_server.py."""

from __future__ import annotations

from typing import Any

import pytest
from ollama_server import FakeOllama

from assistant.errors import BackendFailed, BackendUnavailable, ConfigError
from assistant.llm.base import ChatMessage
from assistant.llm.ollama import OllamaChatModel, probe_ollama
from assistant.settings import OllamaSettings

QUESTION = [
    ChatMessage(role="system", content="Je bent een gespreksleider."),
    ChatMessage(role="user", content="Welke actoren spelen een rol?"),
]


def settings_for(url: str, **values: Any) -> OllamaSettings:
    return OllamaSettings(host=url, **values)


def test_probe_reports_version_and_models(ollama_server: FakeOllama) -> None:
    ollama_server.script.models = ["qwen2.5:7b-instruct", "llama3:latest"]
    status = probe_ollama(settings_for(ollama_server.url))
    assert status.reachable
    assert status.version == "0.6.5"
    assert status.models == ("qwen2.5:7b-instruct", "llama3:latest")
    assert status.has_model("llama3")  # the implicit :latest tag
    status.raise_for_model("qwen2.5:7b-instruct")
    assert "0.6.5" in status.summary("qwen2.5:7b-instruct")
    paths = [r.path for r in ollama_server.requests]
    assert paths == ["/api/version", "/api/tags"]


def test_probe_of_closed_port_says_how_to_start_ollama(closed_port_url: str) -> None:
    status = probe_ollama(settings_for(closed_port_url))
    assert not status.reachable
    assert status.error == "connection refused"
    with pytest.raises(BackendUnavailable) as caught:
        status.raise_for_model("qwen2.5:7b-instruct")
    assert str(caught.value) == (
        f"Ollama is not reachable at {closed_port_url} - "
        "start it with `ollama serve` or set OLLAMA_HOST"
    )


def test_probe_uses_its_timeout_setting(ollama_server: FakeOllama) -> None:
    ollama_server.script.probe_delay_s = 0.6
    short = probe_ollama(settings_for(ollama_server.url, probe_timeout_s=0.1))
    assert not short.reachable
    assert short.error == "no answer within 0.1 s"
    patient = probe_ollama(settings_for(ollama_server.url, probe_timeout_s=10))
    assert patient.reachable


def test_probe_names_the_pull_command_for_a_missing_model(ollama_server: FakeOllama) -> None:
    ollama_server.script.models = ["llama3:latest"]
    status = probe_ollama(settings_for(ollama_server.url))
    with pytest.raises(BackendUnavailable) as caught:
        status.raise_for_model("qwen2.5:7b-instruct")
    assert caught.value.message == f"Model qwen2.5:7b-instruct is not pulled on {status.host}"
    assert caught.value.fix == "run `ollama pull qwen2.5:7b-instruct`"


def test_reply_streams_in_the_servers_pieces(ollama_server: FakeOllama) -> None:
    response = OllamaChatModel(settings_for(ollama_server.url)).prompt(QUESTION)
    assert list(response) == ["Hallo", ", ", "hoe ", "gaat ", "het?"]
    assert response.text() == "Hallo, hoe gaat het?"
    sent = ollama_server.chats()[0]
    assert sent["stream"] is True
    assert sent["messages"] == [m.model_dump() for m in QUESTION]


def test_prepare_builds_the_client_without_asking_the_server(ollama_server: FakeOllama) -> None:
    model = OllamaChatModel(settings_for(ollama_server.url))
    model.prepare()
    assert model._chat is not None  # langchain-ollama imported, client built
    assert ollama_server.requests == []
    assert model.prompt(QUESTION).text() == "Hallo, hoe gaat het?"


def test_options_reach_the_server(ollama_server: FakeOllama) -> None:
    model = OllamaChatModel(settings_for(ollama_server.url, keep_alive="3m"))
    schema = {"type": "object", "properties": {"values": {"type": "array"}}}
    model.prompt(
        QUESTION, temperature=0.9, seed=42, num_ctx=8192, max_tokens=77, json_schema=schema
    ).text()
    sent = ollama_server.chats()[0]
    assert sent["options"] == {"temperature": 0.9, "seed": 42, "num_ctx": 8192, "num_predict": 77}
    assert sent["format"] == schema
    assert sent["keep_alive"] == "3m"
    assert sent["model"] == "qwen2.5:7b-instruct"


def test_unknown_or_invalid_option_is_rejected_before_any_request(
    ollama_server: FakeOllama,
) -> None:
    model = OllamaChatModel(settings_for(ollama_server.url))
    with pytest.raises(ConfigError, match="top_k"):
        model.prompt(QUESTION, top_k=5)
    with pytest.raises(ConfigError, match="temperature"):
        model.prompt(QUESTION, temperature=7)
    assert ollama_server.chats() == []


def test_silent_server_is_cut_off_and_partial_text_kept(ollama_server: FakeOllama) -> None:
    ollama_server.script.delay_between_s = 5
    response = OllamaChatModel(settings_for(ollama_server.url, timeout_s=0.3)).prompt(QUESTION)
    with pytest.raises(BackendFailed) as caught:
        response.text()
    assert response.partial == "Hallo"
    assert "sent nothing for 0.3 s" in caught.value.message
    assert "ASSISTANT_OLLAMA__TIMEOUT_S" in caught.value.fix


def test_slow_start_within_timeout_still_answers(ollama_server: FakeOllama) -> None:
    ollama_server.script.delay_before_s = 0.3
    ollama_server.script.delay_between_s = 0.05
    model = OllamaChatModel(settings_for(ollama_server.url, timeout_s=5))
    assert model.prompt(QUESTION).text() == "Hallo, hoe gaat het?"


def test_broken_stream_keeps_partial_text(ollama_server: FakeOllama) -> None:
    ollama_server.script.break_after = 3
    response = OllamaChatModel(settings_for(ollama_server.url)).prompt(QUESTION)
    received = []
    with pytest.raises(BackendFailed) as caught:
        for piece in response:
            received.append(piece)
    assert received == ["Hallo", ", ", "hoe "]
    assert response.partial == "Hallo, hoe "
    assert "closed the connection" in caught.value.message
    assert "ollama serve" in caught.value.fix


def test_stream_without_final_done_message_is_a_failure(ollama_server: FakeOllama) -> None:
    ollama_server.script.send_done = False
    response = OllamaChatModel(settings_for(ollama_server.url)).prompt(QUESTION)
    with pytest.raises(BackendFailed, match="before it was complete"):
        response.text()
    assert response.partial == "Hallo, hoe gaat het?"


def test_model_not_pulled_gives_404_with_pull_command(ollama_server: FakeOllama) -> None:
    model = OllamaChatModel(settings_for(ollama_server.url), model="mistral:7b")
    response = model.prompt(QUESTION)
    with pytest.raises(BackendFailed) as caught:
        response.text()
    assert caught.value.fix == "run `ollama pull mistral:7b`"
    assert response.partial == ""
    assert ollama_server.chats()[0]["model"] == "mistral:7b"


def test_server_gone_before_the_turn(closed_port_url: str) -> None:
    response = OllamaChatModel(settings_for(closed_port_url)).prompt(QUESTION)
    with pytest.raises(BackendFailed) as caught:
        response.text()
    assert caught.value.message == f"Ollama is not reachable at {closed_port_url}"
    assert "ollama serve" in caught.value.fix
