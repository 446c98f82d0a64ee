"""Deceit in someone's name is a negative effect, whatever was asked ("oplichters sturen
nepberichten namens ons", "scammers send fake messages in our name")."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("oplichters sturen straks nepberichten namens de gemeente", "nl"),
        ("Scammers will send fake messages in the council's name.", "en"),
    ],
)
def test_deceit_in_someones_name_is_negative(reader: Reader, text: str, language: str) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.meta["ask_direction"] = "positive"
    reading = reader.read(text, session)
    assert [e.direction for e in reading.effects] == ["negative"]
