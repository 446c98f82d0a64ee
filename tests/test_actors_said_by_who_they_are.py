"""A sentence that only says who some people are ("de dijkwachters zijn deels vrijwilligers
die ...", "the interpreters are mostly freelancers") is no effect; the people it names are
involved. A sentence that says how people feel ("bewoners zijn boos") stays an effect."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

DIKES = ("Dijkwachters", "Bewoners")
COURT = ("Interpreters", "Judges")


def test_who_they_are_names_people_and_no_effect_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "De dijkwachters zijn deels vrijwilligers die dit al twintig jaar doen.",
        DIKES,
        "nl",
        "drones boven de dijk",
    )
    assert told(reading) == []
    assert reading.actors == ["Vrijwilligers"]


def test_who_they_are_names_people_and_no_effect_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader, "The interpreters are mostly freelancers.", COURT, "en", "a speech model"
    )
    assert told(reading) == []
    assert reading.actors == ["Freelancers"]


def test_how_people_feel_stays_an_effect_nl(message_reader: Reader) -> None:
    reading = read_in(message_reader, "Bewoners zijn boos.", DIKES, "nl", "drones boven de dijk")
    assert told(reading) == [("Bewoners zijn boos", "negative", "Bewoners")]
