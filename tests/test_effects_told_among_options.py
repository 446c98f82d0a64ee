"""An effect told where options are asked, as the first thing in a message: people it starts
with and a direction, without a word for a measure ("de horeca vindt het prima, geeft rust",
"the drivers lose their overview") is an effect; a measure, a wish around a measure or a
sentence after options in the same message stays an option."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

STREET = ("Horeca", "Bewoners", "Politie")
ROADS = ("Drivers", "Operators")


def read(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> Reading:
    technology = "geluidsensoren" if language == "nl" else "incident cameras"
    return read_in(reader, text, actors, language, technology, Step.OPTIONS)


def test_an_effect_among_options_is_an_effect_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "de horeca vindt het prima, geeft rust.", STREET, "nl")
    assert [(d, a) for _t, d, a in told(reading)] == [("positive", "Horeca")]
    assert reading.options == []


def test_an_effect_among_options_is_an_effect_en(message_reader: Reader) -> None:
    reading = read(message_reader, "The drivers get false alarms every night.", ROADS, "en")
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Drivers")]


def test_a_measure_for_people_stays_an_option_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "De politie moet de opnames na een week wissen.", STREET, "nl")
    assert told(reading) == []
    assert len(reading.options) == 1


def test_a_wish_around_a_measure_stays_an_option_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "bewoners krijgen eerst uitleg over de sensoren, dat zou mooi zijn",
        STREET,
        "nl",
    )
    assert told(reading) == []


def test_people_after_options_in_one_message_stay_options_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Options? I was thinking: only show the footage to the operators. Drivers get a short "
        "session on angry passengers.",
        ROADS,
        "en",
    )
    assert told(reading) == []
    assert len(reading.options) == 2


def test_a_measure_for_people_after_and_stays_an_option_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "en de politie een training over vooroordelen geven.", STREET, "nl"
    )
    assert told(reading) == []
    assert len(reading.options) == 1


def test_groups_who_do_something_are_nobody_in_particular_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "maar: groepen die gewoon hard zingen geven vals alarm.", STREET, "nl"
    )
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "")]
    assert reading.actors == []
