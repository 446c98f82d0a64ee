"""A sentence of the opening message that the rules kept as a note to the case, in a message of
which they read effects, is weighed by the learned model of effect sentences: from
``SURE_NOTED`` it is an effect ("Tenants get their repairs done within a week now"), a sentence
that only describes the work stays a note to the case."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Session, Step
from assistant.method.changes import learned_vectors
from assistant.method.learned_effects import learned_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.effect_model import SURE_EFFECT, SURE_NOTED, effect_model
from assistant.method.reading.reading import Reading

EN_TOLD = "Tenants get their repairs done within a week now"
EN_WORK = "The district nurses get a list of flagged addresses every Monday"
NL_TOLD = "Sommige oudere huurders zetten de verwarming uit uit angst voor een hoge rekening"
NL_WORK = "De wijkverpleging krijgt elke maandag een lijst met gemarkeerde adressen"


def _chance(embedder: object, sentence: str) -> float:
    vectors = learned_vectors(EncoderTools(embedder), effect_model(), [sentence])
    return float(effect_model().probabilities([sentence], vectors)[0])


def _noted_effects(embedder: object, language: str, *noted: str) -> list[str]:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.CASE
    told = [EffectDraft("De huurders zijn blij met de app", "positive")]
    reading = Reading(effects=told, noted=list(noted))
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects[1:]]


def test_a_note_is_weighed_from_a_lower_chance_than_a_sentence_passed_by() -> None:
    assert SURE_NOTED < SURE_EFFECT


def test_note_in_the_opening_message_becomes_an_effect_in_english(embedder: object) -> None:
    assert SURE_NOTED <= _chance(embedder, EN_TOLD) < 0.8
    assert _noted_effects(embedder, "en", EN_TOLD, EN_WORK) == [EN_TOLD]


def test_note_in_the_opening_message_becomes_an_effect_in_dutch(embedder: object) -> None:
    assert SURE_NOTED <= _chance(embedder, NL_TOLD) < 0.8
    assert _noted_effects(embedder, "nl", NL_WORK, NL_TOLD) == [NL_TOLD]


def test_a_note_that_describes_the_work_stays_a_note(embedder: object) -> None:
    assert _noted_effects(embedder, "nl", NL_WORK) == []
    assert _noted_effects(embedder, "en", EN_WORK) == []
