"""A move after an acknowledgement ("fine, go on", "prima, ga door") is a move, not content."""

from __future__ import annotations

import pytest

from assistant.method.reading.intents import detect_intent


@pytest.mark.parametrize("text", ["fine, go on", "ok, carry on.", "prima, ga door", "goed, verder"])
def test_an_acknowledged_move_goes_on(text: str) -> None:
    assert detect_intent(text, None).kind == "next"


@pytest.mark.parametrize("text", ["fine, they go on strike", "ok, ze gaan door met klagen"])
def test_an_acknowledgement_before_content_is_no_move(text: str) -> None:
    assert detect_intent(text, None).kind != "next"
