"""Value suggestions for effects as people write them in a conversation: the actor who feels an
effect is no sign of a value ("Neighbours", "Leden" inside "verleden")."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Session
from assistant.method.proposals import actor_words
from assistant.method.suggestions import ValueSuggester


def _top3(suggester: ValueSuggester, effect: str, actor: str = "") -> list[str]:
    ignore = {w.lower() for w in actor.split()}
    return [s.entry.id for s in suggester.suggest([effect], 3, ignore)]


def _ranking(suggester: ValueSuggester, effect: str, actor: str = "") -> list[str]:
    ignore = {w.lower() for w in actor.split()}
    count = len(suggester.catalogue.values)
    return [s.entry.id for s in suggester.suggest([effect], count, ignore)]


@pytest.mark.parametrize(
    ("actor", "effect", "value", "lure"),
    [
        # no cue word of a value of its own ("camera" points to privacy whatever the actor)
        ("Neighbours", "Neighbours worry about who sees the images", "privacy",
         "social-cohesion"),
    ],
)  # fmt: skip
def test_the_actor_of_an_effect_is_no_value_signal(
    value_suggester: ValueSuggester, actor: str, effect: str, value: str, lure: str
) -> None:
    assert value in _top3(value_suggester, effect, actor)
    read_as_signal = _ranking(value_suggester, effect)  # "neighbours" -> "neighbourhood"
    ignored = _ranking(value_suggester, effect, actor)
    assert read_as_signal.index(lure) < ignored.index(lure)  # the actor's word lifts the lure
    assert ignored.index(value) < ignored.index(lure)


def test_a_session_passes_its_actors_words_to_ignore() -> None:
    session = Session(language="nl")
    session.actors = [Actor(id="a1", name="Horecaondernemers"), Actor(id="a2", name="De buurt")]
    assert actor_words(session) == {"horecaondernemers", "buurt"}


def test_only_the_name_of_an_actor_is_ignored_not_the_clause_after_it() -> None:
    session = Session(language="nl")
    session.actors = [
        Actor(id="a1", name="Huurders van wie de meter storingen geeft"),
        Actor(id="a2", name="Drivers who share their location"),
    ]
    assert actor_words(session) == {"huurders", "drivers"}


def test_an_actor_word_inside_a_catalogue_word_points_nowhere(
    value_suggester: ValueSuggester,
) -> None:
    # "leden" is part of "verleden" in an example sentence of equal treatment
    effect = "Leden ontdekken sneller andere schrijvers"
    assert "equal-treatment" not in _top3(value_suggester, effect, "Leden")
