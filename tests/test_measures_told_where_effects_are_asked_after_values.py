"""Measures told where effects are still asked but values were chosen already (named early):
a message that holds measures beside sentences read as effects is read as at the options step
when that reads more measures and fewer effects; without chosen values it stays as read (Dutch
and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step, Value
from assistant.method.reading.reader import Reader

PEOPLE = ("Ouders", "Verpleegkundigen", "Parents", "Nurses")
TOLD = {
    "en": "We should agree with the clinic on a fixed slot for referrals. And the nurses explain"
    " to parents in plain words what the score means, with a leaflet to take home.",
    "nl": "We moeten met de kliniek een vast spreekuur voor verwijzingen afspreken. En de"
    " verpleegkundigen leggen ouders in gewone woorden uit wat de score betekent, met een folder"
    " om mee naar huis te nemen.",
}


def _session(language: str, chosen: bool) -> Session:
    session = reading_session(Step.EFFECTS, language, "Digitale stethoscoop met AI", PEOPLE)
    if chosen:
        session.values = [Value(id="v1", name="Health", key="health", definition="d", priority=1)]
    return session


@pytest.mark.parametrize("language", ["en", "nl"])
def test_measures_past_the_chosen_values_are_options(reader: Reader, language: str) -> None:
    reading = reader.read(TOLD[language], _session(language, chosen=True))
    assert len(reading.options) == 2
    assert not reading.effects


@pytest.mark.parametrize("language", ["en", "nl"])
def test_without_chosen_values_the_reading_stands(reader: Reader, language: str) -> None:
    before = reader.read(TOLD[language], _session(language, chosen=False))
    assert len(before.options) + len(before.effects) >= 1
    after = reader.read(TOLD[language], _session(language, chosen=True))
    assert len(after.options) >= len(before.options)
