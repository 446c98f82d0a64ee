"""A line that only names a known actor, over "+"/"-" lines ("telers" over "+ zien zelf ...",
"- voelen zich ..."), makes those lines that actor's effects, until the next such line."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Session, Step
from assistant.method.reading.reader import Reader


def _session(language: str) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.actors = [
        Actor(id="growers", name="Telers"),
        Actor(id="inspectors", name="Inspecteurs"),
    ]
    return session


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "telers\n+ zien zelf direct hoeveel water ze gebruiken\n- voelen zich gecontroleerd\n"
            "inspecteurs\n+ minder rondrijden",
            "nl",
        ),
        (
            "Telers:\n+ see straight away how much water they use\n- feel watched all day\n"
            "Inspecteurs:\n+ far less driving around",
            "en",
        ),
    ],
)
def test_signed_lines_under_an_actor_name_are_that_actors(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, _session(language))
    assert [(e.direction, e.actor_id) for e in reading.effects] == [
        ("positive", "growers"),
        ("negative", "growers"),
        ("positive", "inspectors"),
    ]


def test_a_line_that_is_no_known_actor_labels_nothing(reader: Reader) -> None:
    reading = reader.read("samenvatting\n+ minder rondrijden", _session("nl"))
    assert reading.effects
    assert all(e.actor_name.lower() != "samenvatting" for e in reading.effects)
