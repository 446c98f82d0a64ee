"""A story in the opening message, after the case: a sentence the rules keep as a note to the
case once the message told an effect (the story's later sentences), or one they add to a
technology already told, is weighed by the learned model of effect sentences, from a lower
threshold than a note told before the first effect (the case itself). Where actors are asked,
a sentence read as a list of people without a lead is weighed as a note is ("for visitors it's
much quicker, ...")."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Session, Step
from assistant.method.changes import learned_vectors
from assistant.method.learned_effects import learned_effects, sure_of, whole
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.effect_model import (
    SURE_EFFECT,
    SURE_IN_STORY,
    SURE_NOTE_IN_STORY,
    SURE_NOTED,
    effect_model,
)
from assistant.method.reading.reading import Reading

EN_MESSAGE = (
    "I work at a housing corporation. Since March we use a chatbot on our website that answers "
    "tenants' questions about repairs. A few things I heard. Tenants are worried about the "
    "chatbot. An old man on the fourth floor told me he now waits for his grandson to type his "
    "repair requests for him."
)
NL_MESSAGE = (
    "Ik werk bij een zorgorganisatie. Sinds dit jaar hangt er bij cliënten thuis een camera met "
    "een sensor in de slaapkamer. Wat ik hoor van collega's. Mantelzorgers zijn blij met de "
    "camera. Een cliënte zei dat ze zich 's nachts nooit meer alleen voelt sinds haar man is "
    "overleden."
)
NL_TECHNOLOGY = (
    "Ik werk bij een zorgorganisatie. Sinds dit jaar hangt er bij cliënten thuis een camera in "
    "de slaapkamer. Sommige cliënten dekken de camera 's nachts af met een handdoek."
)
EN_TECHNOLOGY = (
    "I work for a water board. Since spring we fly drones over the dikes to spot damage. The "
    "drones also film the gardens of people who live along the dike."
)


def test_sure_of_a_note_in_a_story_is_lower_than_of_a_note_before_it() -> None:
    reading = Reading(passed=["a"], noted=["b", "c"], in_story=["c"])
    assert sure_of("a", reading, Step.CASE) == SURE_EFFECT
    assert sure_of("b", reading, Step.CASE) == SURE_NOTED
    assert sure_of("c", reading, Step.CASE) == SURE_NOTE_IN_STORY < SURE_NOTED


def test_sure_of_an_unread_sentence_among_actors_is_as_in_a_story() -> None:
    reading = Reading(passed=["a"], unread=["b"], listed=["c"])
    assert sure_of("a", reading, Step.ACTORS) == SURE_IN_STORY < SURE_EFFECT
    assert sure_of("b", reading, Step.ACTORS) == SURE_IN_STORY
    assert sure_of("b", reading, Step.EFFECTS) == SURE_EFFECT
    assert sure_of("c", reading, Step.ACTORS) == SURE_NOTED


def test_reader_marks_a_note_after_an_effect_as_a_story_in_english(reader: object) -> None:
    reading = reader.read(EN_MESSAGE, Session(language="en"))  # type: ignore[attr-defined]
    assert [s.startswith("An old man") for s in reading.in_story] == [True]
    assert not any("chatbot on our website" in s for s in reading.in_story)


def test_reader_marks_a_note_after_an_effect_as_a_story_in_dutch(reader: object) -> None:
    reading = reader.read(NL_MESSAGE, Session(language="nl"))  # type: ignore[attr-defined]
    assert [s.startswith("Een cliënte zei") for s in reading.in_story] == [True]


def test_no_story_note_before_the_first_effect(reader: object) -> None:
    message = "Ik werk bij een gemeente. Een bewoner zei dat hij de camera nooit had gezien."
    reading = reader.read(message, Session(language="nl"))  # type: ignore[attr-defined]
    assert reading.in_story == []


def test_sentence_added_to_the_technology_is_noted_in_dutch(reader: object) -> None:
    reading = reader.read(NL_TECHNOLOGY, Session(language="nl"))  # type: ignore[attr-defined]
    assert any("handdoek" in s for s in reading.noted)
    assert not any("hangt er bij cliënten" in s for s in reading.noted)


def test_sentence_added_to_the_technology_is_noted_in_english(reader: object) -> None:
    reading = reader.read(EN_TECHNOLOGY, Session(language="en"))  # type: ignore[attr-defined]
    assert any("gardens" in s for s in reading.noted)


def _learned(embedder: object, noted: list[str], in_story: list[str]) -> list[str]:
    session = Session(language="en")
    session.step = Step.CASE
    told = [EffectDraft("Tenants are worried about the chatbot", "negative")]
    reading = Reading(effects=told, noted=noted, in_story=in_story)
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects[1:]]


def _chance(embedder: object, sentence: str) -> float:
    vectors = learned_vectors(EncoderTools(embedder), effect_model(), [sentence])
    return float(effect_model().probabilities([sentence], vectors)[0])


def test_story_note_between_the_thresholds_becomes_an_effect_in_english(
    embedder: object,
) -> None:
    sentence = "She said she feels like a number since the bot came"
    assert SURE_IN_STORY <= _chance(embedder, sentence) < SURE_NOTED
    assert _learned(embedder, [sentence], []) == []
    assert _learned(embedder, [sentence], [sentence]) != []


def test_story_note_between_the_thresholds_becomes_an_effect_in_dutch(
    embedder: object,
) -> None:
    sentence = "Een moeder belde met de vraag of de foto's van haar zoon ergens bewaard worden"
    assert SURE_IN_STORY <= _chance(embedder, sentence) < SURE_NOTED
    assert _learned(embedder, [sentence], []) == []
    assert _learned(embedder, [sentence], [sentence]) != []


def _at_actors(language: str) -> Session:
    session = Session(language=language)
    session.step = Step.ACTORS
    session.case.technology = "camera's bij de ingang"
    return session


def test_reader_keeps_a_list_of_people_without_a_lead_in_dutch(reader: object) -> None:
    message = "Ook de bezoekers, de bewakers en de leverancier."
    reading = reader.read(message, _at_actors("nl"))  # type: ignore[attr-defined]
    assert reading.listed == ["Ook de bezoekers, de bewakers en de leverancier"]


def test_reader_keeps_a_list_of_people_without_a_lead_in_english(reader: object) -> None:
    message = "Also the visitors, the guards and the vendor."
    reading = reader.read(message, _at_actors("en"))  # type: ignore[attr-defined]
    assert reading.listed == ["Also the visitors, the guards and the vendor"]


def test_reader_keeps_no_list_under_a_lead(reader: object) -> None:
    message = "Actors: the visitors, the guards and the vendor."
    reading = reader.read(message, _at_actors("en"))  # type: ignore[attr-defined]
    assert reading.listed == []


def _learned_listed(embedder: object, step: Step, listed: list[str]) -> list[str]:
    session = _at_actors("en")
    session.step = step
    told = [EffectDraft("The guards fear for their jobs", "negative")]
    reading = Reading(effects=told, listed=listed)
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects[1:]]


def test_listed_sentence_the_model_is_sure_of_becomes_an_effect(embedder: object) -> None:
    en = "For visitors it's much quicker, a check-in in seconds instead of ten minutes"
    nl = "Voor bezoekers veel sneller binnen, kortere rij bij de ingang"
    assert _chance(embedder, en) >= SURE_NOTED and _chance(embedder, nl) >= SURE_NOTED
    assert _learned_listed(embedder, Step.ACTORS, [en]) != []
    assert _learned_listed(embedder, Step.ACTORS, [nl]) != []


def test_listed_sentence_weighed_only_where_actors_or_effects_are_asked(
    embedder: object,
) -> None:
    en = "For visitors it's much quicker, a check-in in seconds instead of ten minutes"
    assert _learned_listed(embedder, Step.EFFECTS, [en]) != []
    assert _learned_listed(embedder, Step.CASE, [en]) == []


def test_plain_list_of_people_stays_no_effect(embedder: object) -> None:
    listed = ["Also the visitors, the guards and the vendor", "Ook de buren en de wijkagent"]
    assert _learned_listed(embedder, Step.ACTORS, listed) == []


def test_whole_keeps_a_split_sentence_as_one_effect() -> None:
    first = EffectDraft("Bezoekers sneller binnen", "positive", actor_id="a1")
    kept = whole(first, "bezoekers sneller binnen, minder wachten bij de deur.")
    assert kept.text == "Bezoekers sneller binnen, minder wachten bij de deur"
    assert (kept.direction, kept.actor_id) == ("positive", "a1")
    english = whole(EffectDraft("Guards in faster", "positive"), "guards in faster, no queue")
    assert english.text == "Guards in faster, no queue"


def test_listed_sentence_split_by_the_rules_is_one_effect(embedder: object) -> None:
    nl = "Voor bezoekers veel sneller binnen, kortere rij bij de ingang"
    found = _learned_listed(embedder, Step.ACTORS, [nl])
    assert found == [nl]
