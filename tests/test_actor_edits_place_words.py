"""A place that only qualifies an actor's name does not name the actor: "..., niet de steiger"
in a measure takes no "Vissers op de steiger" off the list, "not the platform" no "Travellers on
the platform"; the people themselves still do (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor
from assistant.method.reading.actor_edits import actor_edits

ACTORS = [
    Actor(id="a1", name="Vissers op de steiger"),
    Actor(id="a2", name="Travellers on the platform"),
    Actor(id="a3", name="Havendienst"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Richt de camera op het water, niet de steiger",
        "Point the sensor at the track, not the platform",
    ],
)
def test_the_place_in_a_name_takes_no_actor_off(text: str) -> None:
    assert actor_edits(text, ACTORS).removed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niet de vissers", ["Vissers op de steiger"]),
        ("Not the travellers", ["Travellers on the platform"]),
        ("Niet de havendienst", ["Havendienst"]),
    ],
)
def test_the_people_in_a_name_still_take_it_off(text: str, expected: list[str]) -> None:
    assert actor_edits(text, ACTORS).removed == expected
