"""Whom an effect is about when the speaker reports a view held by others ("volgens de
handhavers ...", "according to the wardens, ...", "de wijkraad vindt dat ...", "the nurses
felt that ..."): the people what follows the lead opens with, not the ones who hold the view;
the holders themselves when what follows names no people; no party for one person by first
name ("Kees maakte zich zorgen dat ...") or a mere number of those present ("most said ...")
(guided mode; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.passing_actors import reporter
from assistant.method.reading.reader import Reader

PARKING_NL = ("Bewoners", "Handhavers", "Wijkraad", "Ouderen")
PARKING_EN = ("Residents", "Wardens", "Neighbourhood council", "Older residents")


def _actors(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list[str]:
    technology = "een parkeerapp voor de wijk" if language == "nl" else "a parking app"
    reading = read_in(reader, text, actors, language, technology, Step.EFFECTS)
    return [actor for _text, _direction, actor in told(reading)]


@pytest.mark.parametrize(
    ("text", "language", "actors", "wanted"),
    [
        ("Volgens de handhavers voelen bewoners zich eindelijk gehoord.", "nl", PARKING_NL,
         "Bewoners"),
        ("De wijkraad vindt dat ouderen de app niet kunnen gebruiken.", "nl", PARKING_NL,
         "Ouderen"),
        ("De handhavers merken dat bewoners minder vaak bellen over foutparkeerders.", "nl",
         PARKING_NL, "Bewoners"),
        ("According to the wardens, residents finally feel heard.", "en", PARKING_EN,
         "Residents"),
        ("The neighbourhood council felt that older residents cannot use the app.", "en",
         PARKING_EN, "Older residents"),
    ],
)  # fmt: skip
def test_a_view_held_by_others_is_about_the_people_it_names(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], wanted: str
) -> None:
    assert _actors(message_reader, text, actors, language) == [wanted]


@pytest.mark.parametrize(
    ("text", "language", "actors", "wanted"),
    [
        ("De handhavers vinden dat het werk veel sneller gaat.", "nl", PARKING_NL, "Handhavers"),
        ("The wardens think that the work goes much faster.", "en", PARKING_EN, "Wardens"),
    ],
)  # fmt: skip
def test_a_view_that_names_no_people_stays_with_its_holders(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], wanted: str
) -> None:
    assert _actors(message_reader, text, actors, language) == [wanted]


@pytest.mark.parametrize(
    ("text", "language", "actors", "name"),
    [
        ("Kees maakte zich zorgen dat de app het kenteken te lang bewaart.", "nl", PARKING_NL,
         "Kees"),
        ("Ahmed thinks that the app keeps the plates far too long.", "en", PARKING_EN, "Ahmed"),
    ],
)  # fmt: skip
def test_one_person_by_name_holding_a_view_is_no_actor(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], name: str
) -> None:
    technology = "een parkeerapp voor de wijk" if language == "nl" else "a parking app"
    reading = read_in(message_reader, text, actors, language, technology, Step.EFFECTS)
    assert all(name not in actor for _t, _d, actor in told(reading))
    assert name not in reading.actors


@pytest.mark.parametrize(
    "text",
    ["Most said they can park closer to home now.", "De meesten zeiden dat het sneller gaat."],
)
def test_a_number_of_those_present_is_no_speaker(text: str) -> None:
    assert reporter(text) == ""


@pytest.mark.parametrize(
    ("text", "language", "actors", "wanted"),
    [
        ("De handhavers zijn bang dat bewoners de app niet meer vertrouwen.", "nl", PARKING_NL,
         "Handhavers"),
        ("The wardens are worried that residents stop trusting the app.", "en", PARKING_EN,
         "Wardens"),
    ],
)  # fmt: skip
def test_a_worry_is_its_holders_own(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], wanted: str
) -> None:
    assert _actors(message_reader, text, actors, language) == [wanted]
