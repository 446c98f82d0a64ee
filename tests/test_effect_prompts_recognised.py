"""Effects offered to someone who cannot think of any are numbered proposals on the table:
"ja, de tweede herken ik" takes that one as a negative effect (of the actor named with it), a
bare "ja" to several asks which, and an ordinary effect said after them is read as before."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from method_fakes import converse

from assistant.domain.session import Session
from assistant.method.changes import Changes
from assistant.method.proposals import offer_effect_prompts
from assistant.method.reading.polarity import clause_direction
from assistant.method.suggestions import ValueSuggestion

NL = [
    "De gemeente wil een algoritme dat voorspelt welke bruggen onderhoud nodig hebben",
    "monteurs, schippers en omwonenden",
    "positief: minder stremmingen voor schippers",
    "ik kan geen nadelen bedenken, heb je voorbeelden?",
]
EN = [
    "The province wants an algorithm that predicts which bridges need maintenance",
    "mechanics, skippers and residents",
    "positive: fewer closures for skippers",
    "I can't think of any downsides, do you have examples?",
]


def offered(session: Session) -> list[str]:
    return [p.text for p in session.proposals if p.kind == "effect"]


def test_prompts_are_numbered_proposals(conductor: Any) -> None:
    for language, turns in (("nl", NL), ("en", EN)):
        session = converse(conductor, language, turns)
        assert len(offered(session)) >= 2
        assert [p.number for p in session.proposals] == list(range(1, len(session.proposals) + 1))


def test_a_recognised_prompt_by_its_place_becomes_a_negative_effect(conductor: Any) -> None:
    for language, turns, pick in (
        ("nl", NL, "ja dat tweede herken ik wel"),
        ("en", EN, "yes, I recognise the second one"),
    ):
        prompts = offered(converse(conductor, language, turns))
        session = converse(conductor, language, [*turns, pick])
        effect = session.effects[-1]
        assert (effect.text, effect.direction, effect.actor_id) == (prompts[1], "negative", None)
        assert prompts[1] not in offered(session)


def test_a_recognised_prompt_goes_to_the_actor_named_with_it(conductor: Any) -> None:
    for language, turns, pick, actor in (
        ("nl", NL, "de eerste, vooral bij de schippers", "Schippers"),
        ("en", EN, "number 1 rings true for the residents", "Residents"),
    ):
        session = converse(conductor, language, [*turns, pick])
        effect = session.effects[-1]
        named = {a.id: a.name for a in session.actors}
        assert effect.direction == "negative"
        assert named.get(effect.actor_id or "") == actor


def test_a_bare_yes_to_several_prompts_takes_none_and_asks_which(conductor: Any) -> None:
    for language, turns, asked in (("nl", NL, "Welke herken je?"), ("en", EN, "Which one")):
        session = converse(conductor, language, turns)
        before = len(session.effects)
        plan = conductor.plan(session, "ja" if language == "nl" else "yes")
        assert len(session.effects) == before
        assert asked in plan.draft.text


def test_an_effect_said_after_the_prompts_is_read_as_an_effect(conductor: Any) -> None:
    for language, turns, said in (
        ("nl", NL, "de eerste weken moeten de monteurs wennen aan de planning"),
        ("en", EN, "the first weeks the mechanics have to get used to the planning"),
    ):
        prompts = offered(converse(conductor, language, turns))
        session = converse(conductor, language, [*turns, said])
        assert session.effects[-1].text not in prompts
        assert "wennen" in session.effects[-1].text or "used to" in session.effects[-1].text


def test_prompts_asked_for_downsides_hold_no_gains(conductor: Any) -> None:
    for language, turns in (("nl", NL), ("en", EN)):
        for text in offered(converse(conductor, language, turns)):
            assert clause_direction(text) != "positive", text


def test_a_recognised_prompt_keeps_the_direction_of_its_words(conductor: Any) -> None:
    session = converse(conductor, "en", EN)
    session.proposals[0].text = "Staff spend less time on routine work."
    conductor.plan(session, "the first one")
    assert (session.effects[-1].text, session.effects[-1].direction) == (
        "Staff spend less time on routine work.",
        "positive",
    )


def test_a_fragment_with_the_plea_for_examples_is_not_called_unreadable(conductor: Any) -> None:
    session = converse(conductor, "en", EN[:3])
    plan = conductor.plan(session, "bad... hm I can't really think of anything, any examples?")
    assert offered(session)
    assert "could not read" not in plan.draft.text


class _OneValue:
    """A suggester that always finds one catalogue value (whose first typical effect is a gain)."""

    def __init__(self, entry: Any) -> None:
        self.entry = entry

    def suggest(self, texts: list[str], limit: int, *rest: Any) -> list[ValueSuggestion]:
        return [ValueSuggestion(entry=self.entry, score=0.9)]


def test_a_value_whose_first_typical_effect_is_a_gain_prompts_its_concern(
    method_catalogue: Any,
) -> None:
    entry = method_catalogue.value("efficiency")
    effects = entry.text("en").effects
    assert clause_direction(effects[0]) == "positive"  # the catalogue as this test assumes
    session = Session(language="en")
    changes = Changes()
    tools = SimpleNamespace(suggester=_OneValue(entry))
    offer_effect_prompts(tools, session, changes, "negative")  # type: ignore[arg-type]
    assert changes.prompts and effects[0] not in changes.prompts
    offer_effect_prompts(tools, session, changes)  # type: ignore[arg-type]
    assert changes.prompts == [effects[0]]  # asked for any effect: the first


def test_moving_on_after_the_prompts_takes_none_and_moves(conductor: Any) -> None:
    for language, turns, move in (("nl", NL, "prima, volgende"), ("en", EN, "fine, go on")):
        session = converse(conductor, language, turns)
        before = len(session.effects)
        conductor.plan(session, move)
        assert len(session.effects) == before
        assert session.step.value == "values"
