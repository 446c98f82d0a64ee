"""A story told beside the case, weighed by the learned model of effect sentences from lower
thresholds than a sentence in which the rules read nothing: a later sentence of a story in the
opening message (after it told an effect) from :data:`SURE_NOTE_IN_STORY`, a sentence the rules
only kept as a note to the case from :data:`SURE_NOTE_ONLY`; where actors are asked, a message
of which the rules read no effect at all is weighed as one beside effects (a story told before
the effects are asked)."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Session, Step
from assistant.method.changes import learned_vectors
from assistant.method.learned_effects import learned_effects, story_bar, sure_of
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.effect_model import (
    SURE_EFFECT,
    SURE_IN_STORY,
    SURE_NOTE_IN_STORY,
    SURE_NOTE_ONLY,
    SURE_NOTED,
    effect_model,
)
from assistant.method.reading.reading import Reading

EN_IN_STORY = "A daughter told us she looks at it on her lunch break"
NL_IN_STORY = "Een opa zei dat hij de app elke avond voor het slapen bekijkt"
EN_NOTE = "A tenant asked whether the camera could also see into her kitchen"
NL_NOTE = "Een huurder vroeg of de camera ook haar keuken in kon kijken"
EN_AMONG_ACTORS = (
    "Some nurses leave the badge in their locker because they don't want their breaks counted"
)
NL_AMONG_ACTORS = (
    "Sommige verpleegkundigen laten de badge in hun kluisje liggen omdat ze niet willen dat hun "
    "pauzes geteld worden"
)
EN_PLAIN = "The caretaker keeps a printout of the list in his pocket"


def _chance(embedder: object, sentence: str) -> float:
    vectors = learned_vectors(EncoderTools(embedder), effect_model(), [sentence])
    return float(effect_model().probabilities([sentence], vectors)[0])


def _learned(embedder: object, step: Step, reading: Reading) -> list[str]:
    session = Session(language="en")
    session.step = step
    session.case.technology = "badges that log where staff are"
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects if e.text != "Staff feel watched"]


def _told() -> list[EffectDraft]:
    return [EffectDraft("Staff feel watched", "negative")]


def test_thresholds_of_notes_beside_the_case_are_lower() -> None:
    assert SURE_NOTE_IN_STORY < SURE_IN_STORY < SURE_NOTED < SURE_EFFECT
    assert SURE_NOTE_IN_STORY < SURE_NOTE_ONLY < SURE_NOTED


def test_sure_of_a_sentence_only_kept_as_a_note() -> None:
    reading = Reading(passed=["a", "b"], noted=["a", "c"], in_story=["c"])
    assert sure_of("a", reading, Step.CASE) == SURE_NOTE_ONLY
    assert sure_of("b", reading, Step.CASE) == SURE_EFFECT
    assert sure_of("c", reading, Step.CASE) == SURE_NOTE_IN_STORY
    assert sure_of("a", reading, Step.EFFECTS) == SURE_EFFECT


def test_story_bar_of_a_story_told_once_the_case_is_known() -> None:
    reading = Reading(case_told=["a", "b"], in_story=["b"])
    assert story_bar("b", reading) == SURE_NOTE_IN_STORY < story_bar("a", reading)


def test_later_sentence_of_a_story_becomes_an_effect(embedder: object) -> None:
    for sentence in (EN_IN_STORY, NL_IN_STORY):
        assert SURE_NOTE_IN_STORY <= _chance(embedder, sentence) < SURE_IN_STORY
        story = Reading(effects=_told(), noted=[sentence], in_story=[sentence])
        assert _learned(embedder, Step.CASE, story) != []
        before = Reading(effects=_told(), noted=[sentence])  # the case itself, before an effect
        assert _learned(embedder, Step.CASE, before) == []


def test_sentence_only_kept_as_a_note_becomes_an_effect(embedder: object) -> None:
    for sentence in (EN_NOTE, NL_NOTE):
        assert SURE_NOTE_ONLY <= _chance(embedder, sentence) < SURE_NOTED
        noted = Reading(effects=_told(), passed=[sentence], noted=[sentence])
        assert _learned(embedder, Step.CASE, noted) != []
        passed = Reading(effects=_told(), passed=[sentence])  # where effects are asked
        assert _learned(embedder, Step.EFFECTS, passed) == []


def test_story_among_actors_without_effects_read(embedder: object) -> None:
    for sentence in (EN_AMONG_ACTORS, NL_AMONG_ACTORS):
        assert _chance(embedder, sentence) >= SURE_IN_STORY
        assert _learned(embedder, Step.ACTORS, Reading(unread=[sentence])) != []


def test_no_story_among_actors_elsewhere_or_below_the_threshold(embedder: object) -> None:
    assert _learned(embedder, Step.VALUES, Reading(unread=[EN_AMONG_ACTORS])) == []
    assert _chance(embedder, EN_PLAIN) < SURE_IN_STORY
    assert _learned(embedder, Step.ACTORS, Reading(unread=[EN_PLAIN])) == []


def test_line_of_names_among_actors_is_not_weighed_without_effects(embedder: object) -> None:
    reading = Reading(unread=[EN_AMONG_ACTORS], listed=[EN_AMONG_ACTORS])
    assert _learned(embedder, Step.ACTORS, reading) == []


def _at_effects(language: str) -> Session:
    session = Session(language=language)
    session.step = Step.EFFECTS
    session.case.technology = "badges die looproutes registreren"
    return session


def test_reader_keeps_a_list_of_people_where_effects_are_asked(reader: object) -> None:
    en = reader.read("Also the porters, the cleaners and the vendor.", _at_effects("en"))  # type: ignore[attr-defined]
    nl = reader.read("Ook de portiers, de schoonmakers en de leverancier.", _at_effects("nl"))  # type: ignore[attr-defined]
    assert en.listed == ["Also the porters, the cleaners and the vendor"]
    assert nl.listed == ["Ook de portiers, de schoonmakers en de leverancier"]


def test_reader_keeps_no_list_where_values_are_asked(reader: object) -> None:
    session = _at_effects("en")
    session.step = Step.VALUES
    reading = reader.read("Also the porters, the cleaners and the vendor.", session)  # type: ignore[attr-defined]
    assert reading.listed == []
