"""Where the case or the effects are asked, an effect the rules read that the learned model of
effect sentences is sure tells none is dropped whether it names someone or not: a detail of the
case or of a story, read with its people ("the sensor measures the water level", "het systeem
koppelt de gegevens"). From the values on, one that names someone still needs a surer model."""

from __future__ import annotations

import pytest
from method_fakes import EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.method.learned_effects import learned_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading

# Each about 0.03 with the shipped model: above the bar of an effect naming someone from the
# values on, below the one where the case or the effects are asked.
FACTS = {
    "en": "The sensor measures the water level every ten minutes",
    "nl": "Het systeem koppelt de gegevens aan het klantnummer",
}
EFFECTS = {
    "en": "The helpdesk staff get far more angry calls than before",
    "nl": "De buschauffeurs krijgen veel meer klachten van reizigers",
}


def _kept(embedder: object, step: Step, language: str) -> list[str]:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.actors = [Actor(id="a1", name="Residents")]
    drafts = [
        EffectDraft(FACTS[language], "negative", actor_id="a1"),
        EffectDraft(EFFECTS[language], "negative", actor_id="a1"),
    ]
    reading = Reading(effects=drafts)
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [d.text for d in reading.effects]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("step", [Step.CASE, Step.EFFECTS])
def test_fact_naming_someone_dropped_where_effects_are_told(
    embedder: object, step: Step, language: str
) -> None:
    assert _kept(embedder, step, language) == [EFFECTS[language]]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_fact_naming_someone_kept_from_the_values_on(embedder: object, language: str) -> None:
    assert _kept(embedder, Step.OPTIONS, language) == [FACTS[language], EFFECTS[language]]
