"""A move after an acknowledgement ("fine, go on", "prima, ga door", "duidelijk, dan verder",
"understood, next") is a move, not content: no value is read from the acknowledgement."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize("text", ["fine, go on", "ok, carry on.", "prima, ga door", "goed, verder"])
def test_an_acknowledged_move_goes_on(text: str) -> None:
    assert detect_intent(text, None).kind == "next"


@pytest.mark.parametrize("text", ["fine, they go on strike", "ok, ze gaan door met klagen"])
def test_an_acknowledgement_before_content_is_no_move(text: str) -> None:
    assert detect_intent(text, None).kind != "next"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("duidelijk, dan verder.", "nl"),
        ("begrepen, volgende graag", "nl"),
        ("clear, next", "en"),
        ("understood, next please", "en"),
    ],
)
def test_an_understood_move_goes_on_and_names_no_value(
    message_reader: Reader, text: str, language: str
) -> None:
    reading = message_reader.read(text, reading_session(Step.VALUES, language, "Een app", ()))
    assert reading.intent is not None and reading.intent.kind == "next"
    assert reading.values == []


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("begrepen, door naar de opties", Step.OPTIONS),
        ("understood, on to the options", Step.OPTIONS),
        ("duidelijk, dan de waarden", Step.VALUES),
    ],
)
def test_an_understood_step_named_goes_there(text: str, step: Step) -> None:
    intent = detect_intent(text, None)
    assert intent.kind == "goto" and intent.step == step


@pytest.mark.parametrize(
    ("text", "language"),
    [("duidelijke taal voor de bewoners", "nl"), ("clear communication with residents", "en")],
)
def test_understood_words_inside_content_stay_content(
    message_reader: Reader, text: str, language: str
) -> None:
    reading = message_reader.read(text, reading_session(Step.VALUES, language, "Een app", ()))
    assert reading.intent is None or reading.intent.kind not in ("next", "goto")
