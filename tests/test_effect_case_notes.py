"""A story told beside the case in a first message: a sentence the rules keep as a note to the
case is weighed by the learned model of effect sentences (a stricter threshold than for a
sentence the rules passed by), in a message of which the rules read effects, only where the
case is asked."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.method.conductor import Conductor
from assistant.method.learned_effects import learned_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading

NL_STORY = (
    "Een vader vertelde me dat zijn dochter sinds de app elke avond huilend thuiskomt omdat "
    "ze zich bekeken voelt."
)
NL_FACT = "De leverancier levert de sensoren en het dashboard."
EN_STORY = (
    "A teacher told me one of her pupils now hides in the toilets because he feels watched "
    "by the cameras."
)
EN_FACT = "The vendor hosts the dashboard in its own data centre."


def _session(step: Step, *actors: str) -> Session:
    session = Session(language="nl")
    session.step = step
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(actors, start=1)]
    return session


def _learned(embedder: object, step: Step, told: list[str], noted: list[str]) -> list[str]:
    reading = Reading(effects=[EffectDraft(t, "negative") for t in told], noted=noted)
    learned_effects(EncoderTools(embedder), _session(step), reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects]


def test_noted_story_sentence_becomes_an_effect_in_dutch(embedder: object) -> None:
    told = ["De ouders zijn blij met de app"]
    found = _learned(embedder, Step.CASE, told, [NL_FACT, NL_STORY])
    assert found[: len(told)] == told
    assert any("huilend" in t for t in found[len(told) :])
    assert not any("leverancier" in t for t in found)


def test_noted_story_sentence_becomes_an_effect_in_english(embedder: object) -> None:
    told = ["Tenants are worried about the cameras"]
    found = _learned(embedder, Step.CASE, told, [EN_STORY, EN_FACT])
    assert any("toilets" in t for t in found[len(told) :])
    assert not any("vendor" in t for t in found)


def test_noted_sentences_only_where_the_case_is_asked(embedder: object) -> None:
    told = ["Tenants are worried about the cameras"]
    assert _learned(embedder, Step.EFFECTS, told, [EN_STORY]) == told
    assert _learned(embedder, Step.ACTORS, told, [NL_STORY]) == told


def test_noted_sentences_only_in_a_message_that_tells_effects(embedder: object) -> None:
    assert _learned(embedder, Step.CASE, [], [EN_STORY, NL_STORY]) == []


def test_noted_case_fact_stays_a_note(embedder: object) -> None:
    told = ["Tenants are worried about the cameras"]
    assert _learned(embedder, Step.CASE, told, [EN_FACT, "Het draait op drie locaties."]) == told


EN_MESSAGE = (
    "I work at a housing corporation. Since March we use a chatbot on our website that answers "
    "tenants' questions about repairs. What I heard from the caretakers. Tenants are worried "
    "about the chatbot. An old man on the fourth floor told me he now waits for his grandson "
    "to type his repair requests for him."
)
NL_MESSAGE = (
    "Ik werk bij een woningcorporatie. Sinds maart gebruiken we een chatbot op onze website "
    "die vragen van huurders over reparaties beantwoordt. Huurders maken zich zorgen over de "
    "chatbot. Een buurvrouw zei dat ze voor het eerst in jaren weer durft te slapen met het "
    "raam open."
)


def test_reader_keeps_the_sentences_noted_to_the_case(reader: object) -> None:
    reading = reader.read(EN_MESSAGE, Session(language="en"))  # type: ignore[attr-defined]
    assert [n.startswith("An old man on the fourth floor") for n in reading.noted] == [True]


def test_reader_keeps_dutch_sentences_noted_to_the_case(reader: object) -> None:
    reading = reader.read(NL_MESSAGE, Session(language="nl"))  # type: ignore[attr-defined]
    assert [n.startswith("Een buurvrouw zei") for n in reading.noted] == [True]


def test_first_message_story_noted_reaches_the_canvas(conductor: Conductor) -> None:
    session = Session(language="nl")
    conductor.plan(session, NL_MESSAGE)
    assert any("raam open" in e.text for e in session.effects)
