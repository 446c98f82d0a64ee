"""Directions of effects whose direction is only in a word or a tail: danger and failure told
plainly ("dat kan gevaarlijk zijn", "if the scan fails"), a burden followed by "dat valt weg" /
"that goes away" (a gain), more objections or appeals (a burden); and people written in chat
shorthand ("lln", "pts") found as the actor of their effect."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.effect_text import effect_direction
from assistant.method.reading.reader import Reader

SCHOOL = ("Leerlingen", "Docenten", "Ouders")
WARD = ("Patients", "Nurses", "Relatives")


def test_danger_and_failure_are_negative_nl() -> None:
    assert effect_direction("Als de herkenning mislukt, staat een kind zichtbaar online") == (
        "negative"
    )
    assert effect_direction("Dat kan voor sommige kinderen echt gevaarlijk zijn") == "negative"


def test_danger_and_failure_are_negative_en() -> None:
    assert effect_direction("For some children that can be dangerous") == "negative"


def test_a_burden_that_goes_away_is_a_gain_nl() -> None:
    assert (
        effect_direction("Conciërges zijn nu elke dag een uur kwijt aan het rooster, dat valt weg")
        == "positive"
    )


def test_a_burden_that_goes_away_is_a_gain_en() -> None:
    assert (
        effect_direction("Nurses spend an hour a day on paperwork now, that goes away")
        == "positive"
    )
    assert effect_direction("Drivers fill in three forms a week, which disappears") == "positive"


def test_more_objections_and_appeals_are_a_burden() -> None:
    assert effect_direction("Bij de commissie komen meer bezwaren binnen") == "negative"
    assert effect_direction("More appeals land on the tribunal's desk") == "negative"


def test_pupils_in_chat_shorthand_are_the_actor_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "docenten krijgen feedback. lln voelen zich bekeken in elke les.",
        SCHOOL,
        "nl",
        "een camera in de klas",
    )
    assert told(reading)[-1][1:] == ("negative", "Leerlingen")


def test_patients_in_chat_shorthand_are_the_actor_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader, "older pts feel lost with the tablet.", WARD, "en", "a home tablet"
    )
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Patients")]
