"""Things whose name holds a word for people are no actors: a room of a house ("badkamer",
"slaapkamer": not the Kamer), a word for people inside another word ("or" in "voor"), and a
list of things after "we hebben" while the case is told."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.reader import Reader


def test_a_room_is_no_person_nl() -> None:
    assert not is_person("Badkamer")
    assert not is_person("Camera's in de woonkamer")
    assert is_person("De Tweede Kamer")
    assert is_person("De postkamer")


def test_a_short_word_for_people_inside_another_is_none() -> None:
    assert not is_person("Kluisjes voor jassen")
    assert not is_person("Lockers for coats and doors")
    assert is_person("De OR")


def test_things_listed_in_the_case_are_no_actors_nl(message_reader: Reader) -> None:
    text = "We hebben nu rookmelders in de woonkamer, camera's in de slaapkamer en de badkamer."
    reading = read_in(message_reader, text, (), "nl", "slimme rookmelders", Step.CASE)
    assert reading.actors == []


def test_things_listed_in_the_case_are_no_actors_en(message_reader: Reader) -> None:
    text = "We have lockers for coats, scanners for returns and printers."
    reading = read_in(message_reader, text, (), "en", "self-service lockers", Step.CASE)
    assert reading.actors == []


def test_people_listed_in_the_case_stay_actors_en(message_reader: Reader) -> None:
    text = "We have the council, the fire brigade and the residents."
    reading = read_in(message_reader, text, (), "en", "a flood sensor", Step.CASE)
    assert [n.lower() for n in reading.actors] == ["council", "fire brigade", "residents"]
