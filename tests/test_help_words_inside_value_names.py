"""A word that asks for help at the start of a longer word is no request for help:
"uitlegbaarheid" starts with "uitleg", "explainability" with "explain"; both name a value."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent


@pytest.mark.parametrize(
    "text",
    ["uitlegbaarheid en gelijke behandeling", "explainability and fairness, and trust"],
)
def test_a_value_that_starts_with_a_help_word_is_no_request_for_help(text: str) -> None:
    assert detect_intent(text).kind != "help"


@pytest.mark.parametrize("text", ["uitleg graag", "explain please", "help"])
def test_a_help_word_on_its_own_still_asks_for_help(text: str) -> None:
    assert detect_intent(text).kind == "help"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [("nl", "uitlegbaarheid en vertrouwen in de gemeente", "Uitlegbaarheid"),
     ("en", "explainability and trust in the council", "Explainability")],
)  # fmt: skip
def test_values_that_start_with_a_help_word_are_chosen(
    conductor: Conductor, language: str, text: str, name: str
) -> None:
    session = session_at(Step.VALUES, language)
    session.values = []
    conductor.plan(session, text)
    assert name in [v.name for v in session.values]
