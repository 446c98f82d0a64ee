"""Agreements in pasted minutes taken over by a pointer (guided mode; minutes written for these
tests): an action point wrapped onto the next line when it was pasted is one point ("... and ask
the supplier to check\n  the model every spring."), a numbered item of the agenda with its
agreements after it ("4. Afspraken. Voortaan ...") holds action points, and a pointer that says
they stay ("the two actions from the minutes stand", "die afspraken uit het verslag wil ik
trouwens houden") is talk about options that takes them over."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step, Turn
from assistant.method.reading.extraction import option_talk
from assistant.method.reading.minutes import action_points
from assistant.method.reading.reader import Reader

WRAPPED = (
    "Minutes of the review, parks department\n"
    "\n"
    "Present: two gardeners, the team lead, the supplier.\n"
    "\n"
    "- Gardeners: the sensors save a round of watering each week.\n"
    "- Actions: we'll show the soil readings on a public map and ask the supplier to check\n"
    "  the model every spring.\n"
    "- Next meeting in March.\n"
)
NUMBERED = (
    "Verslag werkoverleg parkbeheer\n"
    "\n"
    "1. Stand van zaken. De bodemsensoren draaien sinds april.\n"
    "\n"
    "2. Ervaringen. Hoveniers sparen een ronde water per week uit.\n"
    "\n"
    "3. Afspraken. Voortaan loopt een hovenier elke maand de sensoren na. De teamleider wil dat "
    "de meetdata na een jaar worden gewist.\n"
)
MINUTES = {"en": WRAPPED, "nl": NUMBERED}
POINTERS = {
    "en": "The two actions from the minutes stand.",
    "nl": "Die afspraken uit het verslag wil ik trouwens houden.",
}
EXPECTED = {"en": ["public map", "every spring"], "nl": ["elke maand", "gewist"]}


def test_a_point_wrapped_onto_the_next_line_is_one_point() -> None:
    points = [p for p in action_points(WRAPPED).values() if p]
    assert len(points) == 1
    assert points[0].endswith("check the model every spring.")


def test_a_line_in_lower_case_after_other_minutes_is_no_point() -> None:
    minutes = "Minutes\n\n- Gardeners: fewer rounds.\n  mostly in summer.\n- Next meeting.\n"
    assert not any(action_points(minutes).values())


def test_a_numbered_item_of_agreements_holds_action_points() -> None:
    points = [p for p in action_points(NUMBERED).values() if p]
    assert points and points[0].startswith("Voortaan loopt een hovenier")
    assert "gewist" in points[0]


@pytest.mark.parametrize(
    "text",
    [
        "The two actions from the minutes stand.",
        "the agreements in the minutes remain",
        "Die afspraken uit het verslag wil ik trouwens houden.",
        "de actiepunten uit de notulen blijven staan",
    ],
)
def test_a_pointer_saying_the_agreements_stay_is_talk_about_options(text: str) -> None:
    assert option_talk(text)[0]


@pytest.mark.parametrize(
    "text", ["Keep the sensor data for a year.", "De afspraken met de leverancier houden we kort."]
)
def test_a_measure_with_those_words_is_no_talk(text: str) -> None:
    assert not option_talk(text)[0]


def with_minutes(language: str) -> Session:
    session = reading_session(Step.OPTIONS, language, "Bodemsensoren in het park", ("Hoveniers",))
    session.transcript.append(Turn(role="user", text=MINUTES[language], step=Step.CASE))
    return session


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_pointer_that_keeps_the_agreements_takes_them_over(reader: Reader, language: str) -> None:
    reading = reader.read(POINTERS[language], with_minutes(language))
    found = " | ".join(o.text.lower() for o in reading.options)
    for word in EXPECTED[language]:
        assert word in found
