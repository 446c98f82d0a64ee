"""A label that says what a line is about ("Planning: ...", "timeline: ...", "Kosten: ...") or
how the writer feels ("Wat ik hoop: ...") names no actor, and a line about the planning, the
costs or the background is no effect (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

TECHNOLOGY = "Bodycams voor handhavers in het centrum"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Planning: in maart beslist het college erover.", "nl"),
        ("Kosten: ruim 40.000 euro per jaar, inclusief opslag.", "nl"),
        ("Achtergrond: het idee komt uit een proef in Utrecht.", "nl"),
        ("Timeline: the board decides in March.", "en"),
        ("Background: this started after a pilot in another city.", "en"),
    ],
)
def test_a_topic_label_gives_no_actor_and_no_effect(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, ("Handhavers",))
    reading = reader.read(text, session)
    assert not reading.actors and not reading.effects


def test_a_topic_label_after_effects_in_one_line_is_left_out(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", "Drones counting geese", ("Farmers",))
    text = (
        "upside: farmers get paid within weeks. downside: the drones scare the birds on the "
        "land. timeline: evaluation in june."
    )
    reading = reader.read(text, session)
    assert [e.direction for e in reading.effects] == ["positive", "negative"]
    assert not any("june" in e.text for e in reading.effects)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat ik hoop: de handhavers worden minder vaak uitgescholden.", "nl"),
        ("What I hope: the wardens feel safer at work.", "en"),
    ],
)
def test_a_feeling_label_is_no_actor(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, ("Handhavers",))
    reading = reader.read(text, session)
    assert not reading.actors
    assert [e.direction for e in reading.effects] == ["positive"]


def test_a_topic_label_at_the_case_step_stays_with_the_case(reader: Reader) -> None:
    session = reading_session(Step.CASE, "nl", TECHNOLOGY)
    reading = reader.read("Planning: de pilot start in januari in twee wijken.", session)
    assert not reading.actors and not reading.effects
