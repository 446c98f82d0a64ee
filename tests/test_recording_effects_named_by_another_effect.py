"""An effect told without an actor in the same message as an effect that names its actor goes
to that actor when it starts with it; an effect that only mentions it later does not."""

from __future__ import annotations

from assistant.domain.session import Session
from assistant.method.changes import Changes
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading
from assistant.method.recording import record


def actor_names(session: Session) -> list[str]:
    names = {a.id: a.name for a in session.actors}
    return [names.get(e.actor_id or "", "") for e in session.effects]


def test_effect_starting_with_an_actor_named_by_another_effect_nl() -> None:
    session = Session(language="nl")
    reading = Reading(
        effects=[
            EffectDraft("Leerlingen lezen veel meer", "positive", None, "Leerlingen"),
            EffectDraft("Leerlingen met een accent worden fout gerekend", "negative"),
            EffectDraft("Ouders vragen of de opnames van leerlingen bewaard worden", "negative"),
        ]
    )
    record(None, session, reading, Changes())  # type: ignore[arg-type]
    assert actor_names(session) == ["Leerlingen", "Leerlingen", ""]


def test_effect_starting_with_an_actor_named_by_another_effect_en() -> None:
    session = Session(language="en")
    reading = Reading(
        effects=[
            EffectDraft("Drivers save an hour a day", "positive", None, "Drivers"),
            EffectDraft("Drivers without a smartphone miss the alerts", "negative"),
        ]
    )
    record(None, session, reading, Changes())  # type: ignore[arg-type]
    assert actor_names(session) == ["Drivers", "Drivers"]
