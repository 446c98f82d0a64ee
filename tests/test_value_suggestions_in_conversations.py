"""Value suggestions for effects as people write them in a conversation: the actor who feels an
effect is no sign of a value, and a word an effect shares only with a catalogue example sentence
is a weaker sign than one it shares with a value's name or synonym. The catalogue's everyday
sentences cover invented sources, false alarms and records linked to the wrong person
(reliability), keeping track of what someone reads or sensitive information (privacy) and a
place that gets a bad name (equal treatment)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Session
from assistant.language.stems import LexicalIndex
from assistant.method.proposals import actor_words
from assistant.method.suggestions import SENTENCE_WORD, ValueSuggester


def _top3(suggester: ValueSuggester, effect: str, actor: str = "") -> list[str]:
    ignore = {w.lower() for w in actor.split()}
    return [s.entry.id for s in suggester.suggest([effect], 3, ignore)]


@pytest.mark.parametrize(
    ("actor", "effect", "value"),
    [
        ("Ondernemers", "Ondernemers weten niet wie hun gegevens inziet", "privacy"),
        ("Neighbours", "Neighbours worry about who sees the camera images", "privacy"),
        ("Farmers", "Farmers have to enter more data every week", "privacy"),
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


def test_a_name_or_synonym_outweighs_an_example_sentence_in_the_lexical_match() -> None:
    phrases = ["freedom of choice", "Patients have fewer choices in the questions they ask."]
    index = LexicalIndex(phrases, [0, 1], 2, [1.0, SENTENCE_WORD])
    choice = index.scores("Families lose their choice of school")
    assert choice[0] > choice[1] > 0
    plain = LexicalIndex(phrases, [0, 1], 2).scores("Families lose their choice of school")
    assert plain[0] == plain[1]


@pytest.mark.parametrize(
    ("effect", "value"),
    [
        ("The chatbot quotes articles that were never written", "reliability"),
        ("De camera slaat alarm bij elke kat die voorbijloopt", "reliability"),
        ("The sensor raises an alarm for every passing cat", "reliability"),
        ("Door een verkeerde koppeling staat iemand ten onrechte in het dossier", "reliability"),
        ("A wrong match sends one person the fine of someone else", "reliability"),
        ("De app onthoudt welke boeken je kind leent", "privacy"),
        ("The square gets known as a trouble spot", "equal-treatment"),
        ("Het leesgedrag van scholieren is gevoelige informatie", "privacy"),
        ("What pupils read is sensitive information", "privacy"),
    ],
)
def test_everyday_sentences_cover_made_up_sources_false_alarms_tracking_and_labels(
    value_suggester: ValueSuggester, effect: str, value: str
) -> None:
    assert value in _top3(value_suggester, effect)
