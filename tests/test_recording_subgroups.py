"""A subgroup named beside its group is an actor of its own."""

from __future__ import annotations

from assistant.domain.session import Actor
from assistant.method.recording import known_actor


def test_a_subgroup_is_not_its_group() -> None:
    actors = [Actor(id="a1", name="Reizigers"), Actor(id="a2", name="Conducteurs")]
    assert known_actor("Reizigers met een rolstoel", actors) is None
    assert (
        known_actor("Travellers without a smartphone", [Actor(id="a1", name="Travellers")]) is None
    )
    assert known_actor("de reizigers", actors) is actors[0]
