"""Effects recorded without an actor go to an actor when a later message lists it, also when
that actor was already known from the message that told the effects."""

from __future__ import annotations

from assistant.domain.session import Session
from assistant.method.changes import Changes
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading
from assistant.method.recording import record


def actor_names(session: Session) -> list[str]:
    names = {a.id: a.name for a in session.actors}
    return [names.get(e.actor_id or "", "") for e in session.effects]


def test_loose_effect_goes_to_a_known_actor_listed_later_nl() -> None:
    session = Session(language="nl")
    first = Reading(
        actors=["Het zorgcentrum"],
        effects=[
            EffectDraft("Door de sensoren slaapt men in het zorgcentrum rustiger", "positive")
        ],
    )
    record(None, session, first, Changes())  # type: ignore[arg-type]
    assert actor_names(session) == [""]
    record(None, session, Reading(actors=["De familie", "Het zorgcentrum"]), Changes())  # type: ignore[arg-type]
    assert actor_names(session) == ["Het zorgcentrum"]


def test_loose_effect_goes_to_a_known_actor_listed_later_en() -> None:
    session = Session(language="en")
    first = Reading(
        actors=["Retirees"],
        effects=[
            EffectDraft("When the counter closes, retirees lose their weekly chat", "negative")
        ],
    )
    record(None, session, first, Changes())  # type: ignore[arg-type]
    record(None, session, Reading(actors=["The post office", "Retirees"]), Changes())  # type: ignore[arg-type]
    assert actor_names(session) == ["Retirees"]


def test_loose_effect_not_given_to_a_listed_actor_it_does_not_name() -> None:
    session = Session(language="en")
    record(
        None, session, Reading(effects=[EffectDraft("Queues get shorter", "positive")]), Changes()
    )  # type: ignore[arg-type]
    record(None, session, Reading(actors=["Retirees"]), Changes())  # type: ignore[arg-type]
    assert actor_names(session) == [""]
