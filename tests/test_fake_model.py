"""The scriptable fake model and the Response contract every backend shares."""

from __future__ import annotations

import pytest

from assistant.errors import BackendFailed, ConfigError
from assistant.llm.base import ChatMessage
from assistant.llm.fake import FakeChatModel

HELLO = [ChatMessage(role="user", content="Hallo")]


def test_queued_replies_come_in_order_then_the_default() -> None:
    model = FakeChatModel(default_reply="Standaard.").enqueue("Eerste antwoord.", "Tweede.")
    assert model.prompt(HELLO).text() == "Eerste antwoord."
    assert model.prompt(HELLO).text() == "Tweede."
    assert model.prompt(HELLO).text() == "Standaard."


def test_reply_streams_in_pieces() -> None:
    model = FakeChatModel(piece_size=4).enqueue("Waarden en effecten")
    assert list(model.prompt(HELLO)) == ["Waar", "den ", "en e", "ffec", "ten"]


def test_history_records_messages_and_merged_options() -> None:
    model = FakeChatModel()
    messages = [ChatMessage(role="system", content="Stap 1"), *HELLO]
    model.prompt(messages, temperature=0.0, seed=3).text()
    sent, options = model.history[0]
    assert sent == messages
    assert (options.temperature, options.seed, options.max_tokens) == (0.0, 3, 512)


def test_prompt_is_lazy_until_iterated() -> None:
    model = FakeChatModel()
    response = model.prompt(HELLO)
    assert model.history == []
    response.text()
    assert len(model.history) == 1


def test_mid_stream_failure_keeps_partial_text() -> None:
    failure = BackendFailed("server died", "start it again")
    model = FakeChatModel().enqueue(failure)
    response = model.prompt(HELLO)
    with pytest.raises(BackendFailed) as caught:
        response.text()
    assert caught.value is failure
    assert response.partial == "partial "


def test_other_errors_become_backend_failed_with_a_fix() -> None:
    model = FakeChatModel().enqueue(RuntimeError("socket exploded"))
    response = model.prompt(HELLO)
    with pytest.raises(BackendFailed) as caught:
        response.text()
    assert "socket exploded" in caught.value.message
    assert "ethics-assistant doctor" in caught.value.fix
    assert response.partial == "partial "


def test_iterating_and_text_share_one_path() -> None:
    model = FakeChatModel(piece_size=3).enqueue("Privacy en autonomie")
    response = model.prompt(HELLO)
    streamed = "".join(response)
    assert response.text() == streamed == "Privacy en autonomie"
    assert list(response) == ["Pri", "vac", "y e", "n a", "uto", "nom", "ie"]
    assert len(model.history) == 1  # the second read did not ask the model again
    assert response.first_token_s is not None
    assert response.duration_s is not None


def test_unknown_option_is_rejected() -> None:
    with pytest.raises(ConfigError) as caught:
        FakeChatModel().prompt(HELLO, top_p=0.9)
    assert "top_p" in caught.value.message
    assert "temperature" in caught.value.fix
