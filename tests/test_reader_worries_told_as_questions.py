"""The reader on worries told as a question or a wondering ("wat als ...?", "krijgen ouderen
dan nog wel ...?", "I wonder whether ..."): negative effects for the people they name, also
where actors are asked; a question that hopes for a good thing without doubt keeps its
direction; a question to the assistant or about how things work is no effect (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import CLINIC, LIBRARY, directions, read_in, told
from method_fakes import read_effects as read

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def test_what_if_worry_is_a_negative_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "wat als de pasgegevens op straat komen te liggen?", LIBRARY, "nl"
    )
    assert directions(reading) == ["negative"]


def test_what_if_worry_is_a_negative_effect_en(message_reader: Reader) -> None:
    reading = read(message_reader, "what if the triage notes end up with an insurer?", CLINIC, "en")
    assert directions(reading) == ["negative"]


def test_doubt_about_a_good_thing_in_a_question_is_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "krijgen bezoekers dan nog wel hulp bij het lenen?", LIBRARY, "nl"
    )
    assert told(reading) == [
        ("Krijgen bezoekers dan nog wel hulp bij het lenen?", "negative", "Bezoekers")
    ]


def test_doubt_about_a_good_thing_in_a_question_is_negative_en(message_reader: Reader) -> None:
    reading = read(message_reader, "will patients still get help at the desk?", CLINIC, "en")
    assert told(reading) == [("Will patients still get help at the desk?", "negative", "Patients")]


def test_question_about_people_without_direction_word_is_negative_nl(
    message_reader: Reader,
) -> None:
    reading = read(message_reader, "worden medewerkers dan vaker overgeplaatst?", LIBRARY, "nl")
    assert told(reading) == [
        ("Worden medewerkers dan vaker overgeplaatst?", "negative", "Medewerkers")
    ]


def test_question_about_people_without_direction_word_is_negative_en(
    message_reader: Reader,
) -> None:
    reading = read(message_reader, "do doctors get moved to other wards more often?", CLINIC, "en")
    assert told(reading) == [
        ("Do doctors get moved to other wards more often?", "negative", "Doctors")
    ]


def test_hopeful_question_without_doubt_stays_positive_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "worden bezoekers dan sneller geholpen?", LIBRARY, "nl")
    assert directions(reading) == ["positive"]


def test_hopeful_question_without_doubt_stays_positive_en(message_reader: Reader) -> None:
    reading = read(message_reader, "will patients get faster help?", CLINIC, "en")
    assert directions(reading) == ["positive"]


def test_wondering_without_question_mark_is_a_negative_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "ik vraag me af of medewerkers het scherm wel snappen", LIBRARY, "nl"
    )
    assert told(reading)[0][1:] == ("negative", "Medewerkers")


def test_wondering_without_question_mark_is_a_negative_effect_en(message_reader: Reader) -> None:
    reading = read(message_reader, "I wonder whether doctors can keep up with it", CLINIC, "en")
    assert told(reading)[0][1:] == ("negative", "Doctors")


def test_worry_question_where_actors_are_asked_is_an_effect_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Ik vraag me vooral af: worden bezoekers met een accent vaker geweigerd?",
        LIBRARY,
        "nl",
        "een zelfscankassa",
        Step.ACTORS,
    )
    assert directions(reading) == ["negative"]


def test_worry_question_where_actors_are_asked_is_an_effect_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "and do patients with an accent get turned away more often?",
        CLINIC,
        "en",
        "a triage app",
        Step.ACTORS,
    )
    assert directions(reading) == ["negative"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("wat vind jij hiervan?", "nl"),
        ("hoe werkt het model precies?", "nl"),
        ("kun je een voorbeeld geven voor de bezoekers?", "nl"),
        ("what do you think of it?", "en"),
        ("how does the app decide?", "en"),
        ("can you give an example for patients?", "en"),
    ],
)
def test_question_to_the_assistant_is_no_effect(
    message_reader: Reader, text: str, language: str
) -> None:
    actors = LIBRARY if language == "nl" else CLINIC
    assert read(message_reader, text, actors, language).effects == []


@pytest.mark.parametrize(
    ("text", "language", "step"),
    [
        ("Gezinnen met jonge kinderen?", "nl", Step.ACTORS),
        ("Alleen de mensen die het scherm gebruiken?", "nl", Step.ACTORS),
        ("Only the people who use the screen?", "en", Step.ACTORS),
        ("Families with young kids?", "en", Step.EFFECTS),
    ],
)
def test_question_that_asks_who_is_involved_is_no_effect(
    message_reader: Reader, text: str, language: str, step: Step
) -> None:
    actors = LIBRARY if language == "nl" else CLINIC
    technology = "een zelfscankassa" if language == "nl" else "a triage app"
    assert read_in(message_reader, text, actors, language, technology, step).effects == []
