"""The learned "this sentence is a handling option": the shipped model loads and names what it
learned from, and the model adds measures only where the rules are unsure: where options are
asked, a sentence they passed by or read only as an effect; before then, a measure wished for
or set as a condition, kept without moving the conversation; and nothing with another encoder."""

from __future__ import annotations

from method_fakes import UNTOUCHED, EncoderTools

from assistant.domain.session import Session, Step
from assistant.method.learned_options import learned_options
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.option_model import option_model
from assistant.method.reading.reading import Reading


def _session(step: Step) -> Session:
    session = Session(language="nl")
    session.step = step
    return session


def _learned(embedder: object, step: Step, reading: Reading) -> list[str]:
    """The texts of the options after the model weighed in."""
    learned_options(EncoderTools(embedder), _session(step), reading)  # type: ignore[arg-type]
    return [o.text for o in reading.options]


DUTCH_MEASURE = "Alleen als een medewerker elke melding eerst nakijkt, mogen we ermee doorgaan."
DUTCH_DEMAND = "Ouders moeten de meldingen zelf uit kunnen zetten in de instellingen van de app."
DUTCH_CASE = "Het systeem draait sinds maart op drie locaties in de gemeente."
ENGLISH_MEASURE = "Only if a caseworker checks every flag before a letter goes out to the tenant."
ENGLISH_CASE = "The pilot started in March and runs on three sites in the north."


def test_shipped_option_sentence_model_names_its_training_sets() -> None:
    model = option_model()
    sets = model.about["sets"]
    assert isinstance(sets, list) and "dev24" in sets and "holdout2" in sets
    assert not UNTOUCHED & set(sets)
    assert int(str(model.about["examples"])) > 5000


def test_learned_option_from_a_dutch_sentence_the_rules_passed(embedder: object) -> None:
    reading = Reading(passed=[DUTCH_CASE, DUTCH_MEASURE])
    found = _learned(embedder, Step.OPTIONS, reading)
    assert len(found) == 1 and "elke melding eerst nakijkt" in found[0]
    assert reading.passed == [DUTCH_CASE]


def test_learned_option_from_an_english_sentence_read_as_an_effect(embedder: object) -> None:
    told = EffectDraft(ENGLISH_MEASURE, "positive")
    kept = EffectDraft("Tenants are worried about the cameras in the hall", "negative")
    reading = Reading(effects=[told, kept], passed=[ENGLISH_CASE])
    found = _learned(embedder, Step.OPTIONS, reading)
    assert len(found) == 1 and "caseworker checks every flag" in found[0]
    assert [e.text for e in reading.effects] == [kept.text]


def test_learned_option_said_early_as_a_demand_stays_an_aside(embedder: object) -> None:
    reading = Reading(passed=[DUTCH_DEMAND, DUTCH_CASE])
    found = _learned(embedder, Step.EFFECTS, reading)
    assert len(found) == 1 and "zelf uit kunnen zetten" in found[0]
    assert reading.drawn == 1 and reading.content_step() is None


def test_learned_options_early_only_in_the_form_of_a_measure(embedder: object) -> None:
    plain = "Ouders kunnen de meldingen zelf uitzetten in de instellingen van de app."
    assert _learned(embedder, Step.EFFECTS, Reading(passed=[plain])) == []
    assert len(_learned(embedder, Step.OPTIONS, Reading(passed=[plain]))) == 1


def test_learned_options_leave_case_sentences(embedder: object) -> None:
    reading = Reading(passed=[ENGLISH_CASE, DUTCH_CASE])
    assert _learned(embedder, Step.OPTIONS, reading) == []
    assert reading.passed == [ENGLISH_CASE, DUTCH_CASE]


def test_learned_options_leave_the_reading_with_another_encoder() -> None:
    reading = Reading(passed=[DUTCH_MEASURE])
    assert _learned(object(), Step.OPTIONS, reading) == []
