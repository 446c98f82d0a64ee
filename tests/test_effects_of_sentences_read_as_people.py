"""A sentence of a message that tells effects, of which the rules kept nothing (read only as the
people it names, or an effect read and dropped again), is weighed by the learned model of effect
sentences as a sentence they read nothing in; one from which they kept an effect, a measure or a
note to the case is not weighed again."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.method.learned_effects import learned_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.extraction import OptionDraft
from assistant.method.reading.reading import Reading

EN_TOLD = "Residents sleep better now that nobody opens their door at night"
EN_PEOPLE = (
    "And the caretakers spend far fewer evenings chasing false alarms, since they see which "
    "door was opened"
)
EN_FACT = "The supplier installed the sensors in every room last spring"
NL_TOLD = "Bewoners slapen beter nu er 's nachts niemand meer hun deur opendoet"
NL_PEOPLE = (
    "En de wijkverpleegkundigen hoeven minder vaak voor niets langs te gaan, omdat ze zien wie "
    "er thuis is"
)
NL_FACT = "De leverancier heeft de sensoren vorig voorjaar in alle kamers geplaatst"


def _read(
    embedder: object, step: Step, told: list[str], said: list[str], **kept: list[str]
) -> Reading:
    session = Session(language="en")
    session.step = step
    session.actors = [Actor(id="a1", name="Residents"), Actor(id="a2", name="Caretakers")]
    reading = Reading(effects=[EffectDraft(t, "positive") for t in told])
    reading.text = ". ".join(said) + "."
    reading.noted = kept.get("noted", [])
    reading.options = [OptionDraft(t, "design") for t in kept.get("options", [])]
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return reading


def test_sentence_read_only_as_people_becomes_an_effect_in_english(embedder: object) -> None:
    reading = _read(embedder, Step.ACTORS, [EN_TOLD], [EN_TOLD, EN_PEOPLE, EN_FACT])
    found = [e.text for e in reading.effects]
    assert found[0] == EN_TOLD
    assert any("false alarms" in t for t in found[1:])
    assert not any("supplier" in t for t in found)
    assert len(found) == 2  # the effect read stays one effect


def test_sentence_read_only_as_people_becomes_an_effect_in_dutch(embedder: object) -> None:
    reading = _read(embedder, Step.EFFECTS, [NL_TOLD], [NL_FACT, NL_TOLD, NL_PEOPLE])
    found = [e.text for e in reading.effects]
    assert any("voor niets langs" in t for t in found[1:])
    assert not any("leverancier" in t for t in found)


def test_sentence_kept_as_a_measure_or_a_note_is_not_weighed_again(embedder: object) -> None:
    reading = _read(
        embedder,
        Step.ACTORS,
        [EN_TOLD],
        [EN_TOLD, EN_PEOPLE, NL_PEOPLE],
        options=[EN_PEOPLE],
        noted=[NL_PEOPLE],
    )
    assert [e.text for e in reading.effects] == [EN_TOLD]


def test_only_in_a_message_that_tells_effects_before_the_values(embedder: object) -> None:
    assert _read(embedder, Step.ACTORS, [], [EN_PEOPLE]).effects == []
    reading = _read(embedder, Step.VALUES, [NL_TOLD], [NL_TOLD, NL_PEOPLE])
    assert [e.text for e in reading.effects] == [NL_TOLD]
