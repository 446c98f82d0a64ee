"""A role recorded first ("de vervoerder", "the supplier") and later named with its proper name
after it ("de vervoerder Connexxion", "the supplier Brightlane"; Dutch and English, names
written for these tests) keeps one actor under the fuller name; a role with a description
after it keeps its name. What a known actor owns ("the operator's planning department") is
another actor."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Session
from assistant.method.changes import Changes
from assistant.method.reading.reading import Reading
from assistant.method.recording import known_actor, record


@pytest.mark.parametrize(
    ("language", "first", "later", "names"),
    [
        ("nl", "Vervoerder", "Vervoerder Connexxion", ["Vervoerder Connexxion"]),
        ("en", "Supplier", "Supplier Brightlane", ["Supplier Brightlane"]),
        ("nl", "Vervoerder", "Vervoerder van de bussen", ["Vervoerder"]),
    ],
)
def test_actor_named_by_name_takes_the_fuller_name(
    language: str, first: str, later: str, names: list[str]
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    record(None, session, Reading(users=[first]), Changes())  # type: ignore[arg-type]
    record(None, session, Reading(actors=[later, "Reizigers"]), Changes())  # type: ignore[arg-type]
    assert [a.name for a in session.actors if a.name != "Reizigers"] == names


@pytest.mark.parametrize(
    ("known", "name", "separate"),
    [
        ("Vervoerder", "Vervoerder's planningsafdeling", True),
        ("Operator", "Operator's planning department", True),
        ("Residents", "The municipality's residents", False),
    ],
)
def test_actor_named_by_name_not_an_owner_of_another(known: str, name: str, separate: bool) -> None:
    found = known_actor(name, [Actor(id="a1", name=known)])
    assert (found is None) == separate
