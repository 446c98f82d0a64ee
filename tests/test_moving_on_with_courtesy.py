"""Going on to the next step said with courtesy ("volgende stap graag", "next step please") is
going on, in both languages; where values are asked it is never read as a value."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent


@pytest.mark.parametrize(
    "text",
    ["volgende stap graag", "graag de volgende stap", "volgende alsjeblieft", "door naar de "
     "volgende stap", "next step please", "ok, next please", "next step pls"],
)  # fmt: skip
def test_going_on_with_courtesy_is_going_on(text: str) -> None:
    assert detect_intent(text).kind == "next"


@pytest.mark.parametrize("text", ["graag", "please", "ja graag"])
def test_courtesy_alone_is_no_request_to_go_on(text: str) -> None:
    assert detect_intent(text).kind != "next"


@pytest.mark.parametrize(("language", "text"), [("nl", "volgende stap graag"),
                                                ("en", "next step please")])  # fmt: skip
def test_going_on_with_courtesy_where_values_are_asked_names_no_value(
    conductor: Conductor, language: str, text: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    session.step = Step.VALUES
    before = [v.name for v in session.values]
    conductor.plan(session, text)
    assert [v.name for v in session.values] == before
    assert session.step == Step.OPTIONS
