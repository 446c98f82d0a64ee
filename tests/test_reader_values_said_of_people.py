"""The reader on values named with the people they are for ("het belang van het kind",
"transparantie naar ouders", "respect for tenants") where values are asked: the people named
after the head make no actor (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import people_only_after_head
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ik denk vooral aan het belang van de leerling, de menselijke maat en openheid naar "
         "ouders.", "nl"),
        ("I mostly think of respect for tenants, human contact and openness towards landlords.",
         "en"),
    ],
)  # fmt: skip
def test_values_for_people_are_no_actors_where_values_are_asked(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.VALUES, language, "Een app"))
    assert not reading.actors
    assert "human-contact" in [v.name for v in reading.values]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("openheid naar ouders", True),
        ("respect for tenants", True),
        ("ouders van leerlingen", False),
        ("residents of the street", False),
        ("de privacy officer", False),
    ],
)
def test_people_named_after_a_head_that_is_no_one(name: str, expected: bool) -> None:
    assert people_only_after_head(name) == expected
