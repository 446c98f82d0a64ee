"""A story told where actors are asked: a sentence the rules leave unread (no one new named in
it, no direction word) is weighed by the learned model of effect sentences (where the effects
are asked, only in a message of which the rules read effects), and is no longer said to be
unread once it is an effect."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.method.learned_effects import learned_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading

EN_STORY = (
    "Mrs Jansen, who is in a wheelchair, used to wait an hour at the counter in the cold "
    "and now gets her parcel at home within a day."
)
EN_FACT = "The lockers were installed by the supplier in the spring of last year."
NL_STORY = (
    "Een moeder vertelde me dat haar zoon sinds de camera's er hangen niet meer naar het "
    "schoolplein durft omdat hij zich bekeken voelt."
)
NL_FACT = "De kastjes zijn vorig voorjaar door de leverancier geplaatst."


def _reading(embedder: object, step: Step, told: list[str], unread: list[str]) -> Reading:
    session = Session(language="en")
    session.step = step
    session.actors = [Actor(id="a1", name="Tenants")]
    reading = Reading(effects=[EffectDraft(t, "negative") for t in told], unread=unread)
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return reading


def test_unread_story_sentence_becomes_an_effect_in_english(embedder: object) -> None:
    told = ["Tenants are worried about the cameras"]
    reading = _reading(embedder, Step.ACTORS, told, [EN_STORY, EN_FACT])
    found = [e.text for e in reading.effects]
    assert found[: len(told)] == told
    assert any("wheelchair" in t for t in found[len(told) :])
    assert not any("supplier" in t for t in found)
    assert reading.unread == [EN_FACT]


def test_unread_story_sentence_becomes_an_effect_in_dutch(embedder: object) -> None:
    told = ["De ouders zijn bezorgd over de camera's"]
    reading = _reading(embedder, Step.ACTORS, told, [NL_FACT, NL_STORY])
    found = [e.text for e in reading.effects]
    assert any("schoolplein" in t for t in found[len(told) :])
    assert not any("leverancier" in t for t in found)
    assert reading.unread == [NL_FACT]


def test_unread_sentences_only_in_a_message_that_tells_effects(embedder: object) -> None:
    reading = _reading(embedder, Step.EFFECTS, [], [EN_STORY])  # actors: a story told early
    assert reading.effects == []
    assert reading.unread == [EN_STORY]


def test_unread_sentences_only_before_the_values(embedder: object) -> None:
    told = ["Tenants are worried about the cameras"]
    reading = _reading(embedder, Step.VALUES, told, [NL_STORY])
    assert [e.text for e in reading.effects] == told
    assert reading.unread == [NL_STORY]
