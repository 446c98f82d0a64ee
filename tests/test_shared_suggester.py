"""One value suggester per Services, its catalogue vectors embedded once per process: a second
ChatService, or a fresh data dir, embeds nothing again."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CountingEmbedder

from assistant.llm.guided import GuidedChatModel
from assistant.method import suggestions as suggest
from assistant.services import Services
from assistant.services.chat import ChatService
from assistant.settings import load_settings


def services_on(data_dir: Path, embedder: CountingEmbedder) -> Services:
    services = Services(load_settings(data_dir=data_dir), chat_model=GuidedChatModel())
    services.__dict__["embedder"] = embedder
    return services


def test_the_catalogue_is_embedded_once_per_process(
    tmp_path: Path, counting_embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(suggest, "_VECTORS", {})
    first = services_on(tmp_path / "one", counting_embedder)
    chat = ChatService(first, retriever=None)
    chat.conductor.suggester.suggest(["Inwoners voelen zich bekeken"], 3)
    embedded = counting_embedder.texts
    assert embedded > 100  # the whole catalogue, once
    assert list((tmp_path / "one" / "cache").glob("value-phrases-*.npy"))
    again = ChatService(first, retriever=None)
    assert again.conductor.suggester is chat.conductor.suggester
    fresh = ChatService(services_on(tmp_path / "two", counting_embedder), retriever=None)
    assert fresh.conductor.suggester is not chat.conductor.suggester
    fresh.conductor.suggester.suggest(["Residents feel watched"], 3)
    assert counting_embedder.texts == embedded + 1  # only the effect text itself
    assert not list((tmp_path / "two").glob("cache/value-phrases-*.npy"))  # memory, not disk


def test_a_new_process_loads_the_vectors_from_the_data_dir(
    tmp_path: Path, counting_embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(suggest, "_VECTORS", {})
    services_on(tmp_path, counting_embedder).suggester.similarity(["x"])
    monkeypatch.setattr(suggest, "_VECTORS", {})
    before = counting_embedder.texts
    services_on(tmp_path, counting_embedder).suggester.similarity(["y"])
    assert counting_embedder.texts == before + 1
