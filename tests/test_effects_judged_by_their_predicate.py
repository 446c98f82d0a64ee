"""An effect judged by its predicate ("gerichter werken is voor behandelaars ook een nadeel: ze
gaan in een tunnel kijken", "faster work is a real downside for them"): the judgement decides the
direction, and "een nadeel:" at the end of such a statement is no label that splits the sentence;
"nog een nadeel: ..." still is. Sentences written for these tests, in Dutch and English."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.method.reading.effect_lines import detect_direction
from assistant.method.reading.reader import Reader

OFFICE = ("Ouders", "Behandelaars")
OFFICE_EN = ("Parents", "Caseworkers")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("sneller werken is voor behandelaars ook een nadeel", "negative"),
        ("meer controle is voor ouders juist een voordeel", "positive"),
        ("faster work is a real downside for them", "negative"),
        ("the app is a big improvement for parents", "positive"),
    ],
)
def test_the_predicate_decides_the_direction(text: str, direction: str) -> None:
    assert detect_direction(text) == direction


def test_a_negated_judgement_is_left_to_the_words() -> None:
    assert detect_direction("dat is niet echt een nadeel") != "negative"


def test_a_judgement_before_a_colon_is_no_label_nl(message_reader: Reader) -> None:
    text = "gerichter werken is voor behandelaars ook een nadeel: ze gaan in een tunnel kijken"
    reading = read_in(message_reader, text, OFFICE, "nl", "een risicomodel")
    assert [(d, a) for _, d, a in told(reading)] == [("negative", "Behandelaars")]
    assert "tunnel" in told(reading)[0][0]


def test_a_label_after_nog_een_still_opens_the_effect_nl(message_reader: Reader) -> None:
    reading = read_in(message_reader, "nog een nadeel: ouders wachten langer", OFFICE, "nl", "x")
    assert told(reading) == [("Ouders wachten langer", "negative", "Ouders")]


def test_one_more_downside_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader, "one more downside: parents wait longer", OFFICE_EN, "en", "x"
    )
    assert told(reading) == [("Parents wait longer", "negative", "Parents")]
