"""Effects told inside the first, long message about the case: a heading of expected gains
(and a heading of the proposal that names no actor), and an off-topic word inside a statement
that does not make the message a request off the subject (Dutch and English, sentences written
for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.asides import is_offtopic
from assistant.method.reading.reader import Reader
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def test_a_heading_of_expected_gains_is_no_actor_and_positive(reader: Reader) -> None:
    reading = reader.read(
        "Een plan van de bibliotheek.\n"
        "Voorstel: een chatbot beantwoordt vragen over uitleentermijnen op de website.\n"
        "Verwachte opbrengst: de baliemedewerkers houden tijd over voor andere vragen.",
        Session(language="nl"),
    )
    assert [(e.direction, e.actor_name) for e in reading.effects] == [
        ("positive", "Baliemedewerkers")
    ]
    assert "Voorstel" not in reading.actors


def test_a_heading_of_expected_benefits_is_positive(reader: Reader) -> None:
    reading = reader.read(
        "A plan from our library.\n"
        "Proposal: a chatbot answers questions about loan periods on the website.\n"
        "Expected benefits: the desk staff have time left for harder questions.",
        Session(language="en"),
    )
    assert [e.direction for e in reading.effects] == ["positive"]
    assert "Proposal" not in reading.actors
    assert "Expected benefits" not in [e.actor_name for e in reading.effects]


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("Ken je een goede mop?", True),
        ("Tell me a joke? I am bored at the office today, nothing happens here", True),
        ("Hier ons plan. Een kind dat als grap een ander kind aangeeft, komt op de lijst "
         "van de mentor. De mentor belt dan de ouders. Kun je helpen dit door te denken?", False),
        ("Our plan below. A pupil who reports a classmate as a joke puts that classmate on "
         "the mentor's list. The mentor then calls the parents. Can you help me think?", False),
    ],
)  # fmt: skip
def test_an_off_topic_word_in_a_statement_is_no_off_topic_request(text: str, off: bool) -> None:
    assert is_offtopic(text, text, set()) is off
