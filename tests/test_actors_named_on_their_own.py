"""A party the user wants named on its own, after a list of actors ("Seizoenswerkers wil ik apart
noemen.", "Migrant workers I'd name separately."; Dutch and English, sentences written for
these tests): an actor, no effect, at the actors step and when the actors are given late."""

from __future__ import annotations

from typing import Any

import pytest
from method_fakes import read_in

from assistant.domain.session import Step


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        (
            "Betrokken: ouders, leerkrachten. Seizoenswerkers wil ik apart noemen.",
            "nl",
            "Seizoenswerkers",
        ),
        (
            "Actors: parents, teachers. Migrant workers I'd name separately.",
            "en",
            "Migrant workers",
        ),
    ],
)
@pytest.mark.parametrize("step", [Step.ACTORS, Step.EFFECTS])
def test_a_party_named_on_its_own_is_an_actor(
    reader: Any, text: str, language: str, named: str, step: Step
) -> None:
    reading = read_in(reader, text, (), language, "een roosterapp", step)
    assert named in reading.actors
    assert reading.effects == []
