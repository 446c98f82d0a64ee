""" "Add" with only names as its object ("voeg de Rotary Club en de wijkraad nog toe", "add the
Rotary Club and the caretakers too"; Dutch and English, sentences written for these tests)
adds actors at any step, also where options are asked: no option. "Add" with a thing ("voeg
een knop toe ...") stays a measure."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize("step", [Step.CASE, Step.OPTIONS])
@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Voeg de Rotary Club en de wijkraad nog toe.", "nl", ["Rotary Club", "Wijkraad"]),
        ("Add the Rotary Club and the caretakers too.", "en", ["Rotary Club", "Caretakers"]),
    ],
)
def test_names_added_are_actors(
    reader: Reader, step: Step, text: str, language: str, names: list[str]
) -> None:
    session = reading_session(step, language, "Een app voor buurtpreventie", ("bewoners",))
    reading = reader.read(text, session)
    assert reading.actors == names
    assert reading.options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Voeg een knop toe waarmee bewoners een melding intrekken.", "nl"),
        ("Add a button so residents can take a report back.", "en"),
    ],
)
def test_a_thing_added_stays_a_measure(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Een app voor buurtpreventie", ("bewoners",))
    reading = reader.read(text, session)
    assert reading.actors == []
    assert len(reading.options) == 1
