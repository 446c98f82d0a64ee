"""A section label followed by a dash instead of a colon ("options - ...", "Betrokken - ...",
"effecten – ...") names its step like "options:" does (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

TECHNOLOGY = "Camera's in veegwagens die zwerfafval herkennen"


def test_options_after_a_dash_are_options_not_actors(reader: Reader) -> None:
    session = reading_session(Step.VALUES, "en", TECHNOLOGY, ("Residents",))
    reading = reader.read("options - blur faces at the edge; keep raw video for 7 days", session)
    assert reading.options and not reading.actors


@pytest.mark.parametrize(
    "text",
    [
        "Betrokken - de chauffeurs, de bewoners en de reinigingsdienst",
        "Actors – drivers, residents",
    ],
)
def test_actors_after_a_dash_are_actors(reader: Reader, text: str) -> None:
    session = reading_session(Step.CASE, "nl", TECHNOLOGY)
    reading = reader.read(text, session)
    assert len(reading.actors) >= 2 and not reading.effects


def test_a_dash_inside_a_word_is_no_label(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", TECHNOLOGY, ("Bewoners",))
    reading = reader.read("De e-mail naar bewoners komt later, dat scheelt veel vragen.", session)
    assert not reading.options
