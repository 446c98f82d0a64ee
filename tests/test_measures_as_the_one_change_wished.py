"""The one change the speaker would make ("If I could change one thing, I'd ...", "als het aan
mij lag, zou ...") told while effects are told: an option, without that lead, and the effects
beside it stay effects; where values are asked, "what I'd add myself is a ..." is a measure, not
a value added (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.values_step import value_added

PEOPLE = ("Bewoners", "Medewerkers", "Residents", "Staff")


def _read(reader: Reader, text: str, language: str, step: Step = Step.EFFECTS):  # type: ignore[no-untyped-def]
    session = reading_session(step, language, "Camera's bij de ingang", PEOPLE)
    return reader.read(text, session)


@pytest.mark.parametrize(
    ("text", "language", "effect", "option"),
    [
        ("Residents feel watched at the entrance. If I could change one thing today, I'd let "
         "residents switch the camera off during visiting hours.", "en", "watched",
         "Let residents switch the camera off during visiting hours"),
        ("Bewoners voelen zich bekeken bij de ingang. Als het aan mij lag, zouden de beelden na "
         "een dag automatisch worden gewist.", "nl", "bekeken",
         "De beelden na een dag automatisch worden gewist"),
    ],
)  # fmt: skip
def test_the_one_change_wished_among_effects_is_an_option(
    reader: Reader, text: str, language: str, effect: str, option: str
) -> None:
    reading = _read(reader, text, language)
    assert [e.text for e in reading.effects if effect in e.text]
    assert [o.text for o in reading.options] == [option]
    assert not [
        e.text for e in reading.effects if "change one thing" in e.text or "aan mij" in e.text
    ]


@pytest.mark.parametrize(
    "text",
    ["What I'd add myself is a helpdesk for residents who get a letter they don't understand",
     "What I would add is a yearly check by the audit office"],
)  # fmt: skip
def test_a_measure_added_where_values_are_asked_is_no_value(text: str) -> None:
    assert value_added(text) == text


def test_a_measure_added_where_values_are_asked_is_read_as_an_option(reader: Reader) -> None:
    reading = _read(
        reader,
        "What I'd add myself is a helpdesk for residents who get a letter they don't understand.",
        "en",
        Step.VALUES,
    )
    assert [o.text for o in reading.options] == [
        "A helpdesk for residents who get a letter they don't understand"
    ]
    assert not reading.effects
