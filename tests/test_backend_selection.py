"""Which chat backend runs, and why: auto, ollama, embedded, guided."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ollama_server import FakeOllama

from assistant.errors import BackendUnavailable
from assistant.llm.base import ChatMessage
from assistant.llm.embedded import EmbeddedChatModel
from assistant.llm.factory import select_backend
from assistant.llm.guided import GuidedChatModel
from assistant.llm.ollama import OllamaChatModel
from assistant.settings import Settings, load_settings


def settings_at(url: str, tmp_path: Path, **overrides: Any) -> Settings:
    return load_settings(data_dir=tmp_path, ollama__host=url, **overrides)


def test_auto_uses_ollama_when_reachable_with_model(
    clean_env: pytest.MonkeyPatch, ollama_server: FakeOllama, tmp_path: Path
) -> None:
    choice = select_backend(settings_at(ollama_server.url, tmp_path, llm__temperature=0.1))
    assert (choice.requested, choice.active, choice.reason_code) == ("auto", "ollama", "ollama_ok")
    assert isinstance(choice.model, OllamaChatModel)
    assert choice.model.generative
    assert "qwen2.5:7b-instruct pulled" in choice.reason
    assert choice.model.prompt([ChatMessage(role="user", content="Hoi")]).text()
    assert ollama_server.chats()[0]["options"]["temperature"] == 0.1


def test_auto_falls_back_to_guided_when_ollama_is_down(
    clean_env: pytest.MonkeyPatch, closed_port_url: str, tmp_path: Path
) -> None:
    choice = select_backend(settings_at(closed_port_url, tmp_path))
    assert (choice.active, choice.reason_code) == ("guided", "ollama_down")
    assert isinstance(choice.model, GuidedChatModel)
    assert not choice.model.generative
    assert choice.reason == (f"Ollama is not reachable at {closed_port_url}; guided mode is used.")
    assert choice.fix == "start it with `ollama serve` or set OLLAMA_HOST"


def test_auto_falls_back_to_guided_when_model_is_missing(
    clean_env: pytest.MonkeyPatch, ollama_server: FakeOllama, tmp_path: Path
) -> None:
    ollama_server.script.models = ["llama3:latest"]
    choice = select_backend(settings_at(ollama_server.url, tmp_path))
    assert (choice.active, choice.reason_code) == ("guided", "ollama_model_missing")
    assert "qwen2.5:7b-instruct is not pulled" in choice.reason
    assert choice.fix == "run `ollama pull qwen2.5:7b-instruct`"


def test_auto_follows_the_configured_model(
    clean_env: pytest.MonkeyPatch, ollama_server: FakeOllama, tmp_path: Path
) -> None:
    ollama_server.script.models = ["llama3:latest"]
    choice = select_backend(settings_at(ollama_server.url, tmp_path, ollama__model="llama3"))
    assert choice.active == "ollama"
    assert choice.model.name == "llama3"


def test_explicit_ollama_raises_with_the_fix(
    clean_env: pytest.MonkeyPatch, closed_port_url: str, tmp_path: Path
) -> None:
    with pytest.raises(BackendUnavailable) as caught:
        select_backend(settings_at(closed_port_url, tmp_path), "ollama")
    assert caught.value.fix == "start it with `ollama serve` or set OLLAMA_HOST"


def test_explicit_ollama_with_missing_model_names_the_pull(
    clean_env: pytest.MonkeyPatch, ollama_server: FakeOllama, tmp_path: Path
) -> None:
    ollama_server.script.models = []
    settings = settings_at(ollama_server.url, tmp_path, llm__backend="ollama")
    with pytest.raises(BackendUnavailable, match=r"ollama pull qwen2\.5:7b-instruct"):
        select_backend(settings)


def test_guided_is_chosen_without_probing(
    clean_env: pytest.MonkeyPatch, ollama_server: FakeOllama, tmp_path: Path
) -> None:
    choice = select_backend(settings_at(ollama_server.url, tmp_path), "guided")
    assert (choice.active, choice.reason_code) == ("guided", "requested")
    assert ollama_server.requests == []
    draft = "Wie gebruikt de camera's, en wie merkt er iets van?"
    assert choice.model.prompt([ChatMessage(role="user", content=draft)]).text() == draft


def test_embedded_is_checked_but_not_loaded(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    choice = select_backend(load_settings(data_dir=tmp_path), "embedded")
    assert choice.active == "embedded"
    assert isinstance(choice.model, EmbeddedChatModel)
    assert choice.model.name == "SmolLM2-135M-Instruct"


def test_embedded_with_missing_file_raises_with_fix(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = load_settings(data_dir=tmp_path, embedded__model_path=tmp_path / "none.gguf")
    with pytest.raises(BackendUnavailable) as caught:
        select_backend(settings, "embedded")
    assert "none.gguf is missing" in caught.value.message
    assert "ASSISTANT_EMBEDDED__MODEL_PATH" in caught.value.fix
