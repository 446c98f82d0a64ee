"""A measure of the speaker's own announced by a lead before a colon ("ik heb er zelf al een:
...", "eentje van mij: ...", "mijn idee: ...", "zelf dacht ik aan: ...", "one from me: ...", "and
another one: ...", "I've got one of my own: ..."): the lead names no measure, what follows the
colon is the option, where options or values are asked; a measure asked as a question with "niet"
or "can't" in front ("Kunnen we daarnaast niet zorgen dat ...?", "Can't we also make sure ...?")
is the measure without its question words (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

LEADS = [
    ("ik heb er zelf al een: de meldingen gaan eerst naar een medewerker", "nl"),
    ("eentje van mij: de meldingen gaan eerst naar een medewerker", "nl"),
    ("mijn idee: de meldingen gaan eerst naar een medewerker", "nl"),
    ("zelf dacht ik aan: de meldingen gaan eerst naar een medewerker", "nl"),
    ("one from me: every alert goes to a staff member first", "en"),
    ("and another one: every alert goes to a staff member first", "en"),
    ("I've got one of my own: every alert goes to a staff member first", "en"),
]


def read(reader: Reader, text: str, language: str, step: Step) -> list[str]:
    session = reading_session(step, language, "Sensoren die valpartijen melden", ("Bewoners",))
    reading = reader.read(text, session)
    assert not reading.effects and not reading.values
    return [o.text for o in reading.options]


@pytest.mark.parametrize("step", [Step.OPTIONS, Step.VALUES])
@pytest.mark.parametrize(("text", "language"), LEADS)
def test_a_lead_before_a_colon_leaves_the_measure_after_it(
    reader: Reader, text: str, language: str, step: Step
) -> None:
    found = read(reader, text, language, step)
    assert len(found) == 1
    first = found[0].lower()
    assert first.startswith(("de meldingen", "every alert"))


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("Kunnen we daarnaast niet zorgen dat de meldingen eerst naar een medewerker gaan?", "nl",
         "zorgen dat de meldingen"),
        ("Zouden we verder niet in het contract zetten dat de leverancier de data niet verkoopt?",
         "nl", "zouden we"),
        ("Can't we also make sure every alert goes to a staff member first?", "en",
         "make sure every alert"),
    ],
)  # fmt: skip
def test_a_measure_asked_with_not_loses_its_question_words(
    reader: Reader, text: str, language: str, start: str
) -> None:
    found = read(reader, text, language, Step.OPTIONS)
    assert len(found) == 1
    assert found[0].lower().startswith(start)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zelf dacht ik aan: de bewoners, hun buren en de thuiszorg", "nl"),
        ("One from me: the residents, their neighbours and home care", "en"),
    ],
)
def test_such_a_lead_where_actors_are_asked_gives_no_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.ACTORS, language, "Sensoren die valpartijen melden")
    assert not reader.read(text, session).options
