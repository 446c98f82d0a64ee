"""Effects recorded without an actor go to an actor when a later message lists it, also when
that actor was already known from the message that told the effects (where the effect's own
words name it, it goes to it at once)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session
from assistant.method.changes import Changes
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading
from assistant.method.recording import record


def actor_names(session: Session) -> list[str]:
    names = {a.id: a.name for a in session.actors}
    return [names.get(e.actor_id or "", "") for e in session.effects]


@pytest.mark.parametrize(
    ("language", "actor", "effect", "direction", "later"),
    [
        ("nl", "Het zorgcentrum", "Door de sensoren slaapt men in het zorgcentrum rustiger",
         "positive", "De familie"),
        ("en", "Retirees", "When the counter closes, retirees lose their weekly chat",
         "negative", "The post office"),
    ],
)  # fmt: skip
def test_loose_effect_goes_to_a_known_actor_listed_later(
    language: str, actor: str, effect: str, direction: str, later: str
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    first = Reading(actors=[actor], effects=[EffectDraft(effect, direction)])  # type: ignore[arg-type]
    record(None, session, first, Changes())  # type: ignore[arg-type]
    record(None, session, Reading(actors=[later, actor]), Changes())  # type: ignore[arg-type]
    assert actor_names(session) == [actor]


def test_loose_effect_not_given_to_a_listed_actor_it_does_not_name() -> None:
    session = Session(language="en")
    record(
        None, session, Reading(effects=[EffectDraft("Queues get shorter", "positive")]), Changes()
    )  # type: ignore[arg-type]
    record(None, session, Reading(actors=["Retirees"]), Changes())  # type: ignore[arg-type]
    assert actor_names(session) == [""]
