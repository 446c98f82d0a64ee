"""Value suggestions for effects as people write them in a conversation: the actor who feels an
effect is no sign of a value. The catalogue covers false alarms and records linked to the wrong
person (reliability), sensitive information (privacy) and a place that gets a bad name (equal
treatment)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Session
from assistant.method.proposals import actor_words
from assistant.method.suggestions import ValueSuggester


def _top3(suggester: ValueSuggester, effect: str, actor: str = "") -> list[str]:
    ignore = {w.lower() for w in actor.split()}
    return [s.entry.id for s in suggester.suggest([effect], 3, ignore)]


@pytest.mark.parametrize(
    ("actor", "effect", "value"),
    [
        ("Neighbours", "Neighbours worry about who sees the camera images", "privacy"),
    ],
)
def test_the_actor_of_an_effect_is_no_value_signal(
    value_suggester: ValueSuggester, actor: str, effect: str, value: str
) -> None:
    assert value in _top3(value_suggester, effect, actor)
    assert value not in _top3(value_suggester, effect)


def test_a_session_passes_its_actors_words_to_ignore() -> None:
    session = Session(language="nl")
    session.actors = [Actor(id="a1", name="Horecaondernemers"), Actor(id="a2", name="De buurt")]
    assert actor_words(session) == {"horecaondernemers", "buurt"}


def test_an_actor_word_inside_a_catalogue_word_points_nowhere(
    value_suggester: ValueSuggester,
) -> None:
    # "leden" is part of "verleden" in an example sentence of equal treatment
    effect = "Leden ontdekken sneller andere schrijvers"
    assert "equal-treatment" not in _top3(value_suggester, effect, "Leden")


@pytest.mark.parametrize(
    ("effect", "value"),
    [
        ("De camera slaat alarm bij elke kat die voorbijloopt", "reliability"),
        ("Door een verkeerde koppeling staat iemand ten onrechte in het dossier", "reliability"),
        ("A wrong match sends one person the fine of someone else", "reliability"),
        ("The square gets known as a trouble spot", "equal-treatment"),
        ("What pupils read is sensitive information", "privacy"),
    ],
)
def test_everyday_sentences_cover_made_up_sources_false_alarms_tracking_and_labels(
    value_suggester: ValueSuggester, effect: str, value: str
) -> None:
    assert value in _top3(value_suggester, effect)
