"""A story told to the case once it is known (an incident with its people, no direction word)
is an effect from :data:`SURE_STORY`, lower than a sentence the rules read nothing in: the model
is less sure of an incident told in its own words than of a sentence that weighs."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Session, Step
from assistant.method.changes import learned_vectors
from assistant.method.learned_effects import SURE_STORY, story_bar, story_effects
from assistant.method.reading.effect_model import SURE_NOTE_IN_STORY, SURE_NOTED, effect_model
from assistant.method.reading.reading import Reading

EN_STORY = (
    "The coach got a signal, called him, and it turned out he was caring for his father at home"
)
NL_STORY = (
    "De conciërge gaf het door en de wijkverpleegkundige stond dezelfde middag bij haar aan de deur"
)


def _chance(embedder: object, sentence: str) -> float:
    vectors = learned_vectors(EncoderTools(embedder), effect_model(), [sentence])
    return float(effect_model().probabilities([sentence], vectors)[0])


def _told(embedder: object, sentence: str, step: Step = Step.CASE) -> list[str]:
    session = Session(language="en")
    session.step = step
    session.case.technology = "a speaking computer that calls elderly people every morning"
    reading = Reading(case_told=[sentence], noted=[sentence])
    story_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects]


def test_story_bar_is_below_that_of_a_note() -> None:
    assert SURE_NOTE_IN_STORY < SURE_STORY < SURE_NOTED
    assert story_bar("a", Reading(case_told=["a"])) == SURE_STORY


def test_incident_told_to_the_case_becomes_an_effect(embedder: object) -> None:
    for sentence in (EN_STORY, NL_STORY):
        assert SURE_STORY <= _chance(embedder, sentence) < SURE_NOTED
        assert _told(embedder, sentence) != []
