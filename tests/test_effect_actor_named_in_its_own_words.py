"""An effect recorded without an actor goes to the known actor its own words name the way the
reader finds an effect's actor (its subject, whom it is for), also when that actor was named
in the same message or later; no actor is made from it. A name's head stops at where its
people are ("Huiseigenaren langs de kade" are "huiseigenaren", "Youth around the station" are
"youth")."""

from __future__ import annotations

from assistant.domain.session import Actor, Session
from assistant.method.changes import Changes
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.mentions import head_word, mentioned_actor
from assistant.method.reading.reading import Reading
from assistant.method.recording import record


def _actor_names(session: Session) -> list[str]:
    names = {a.id: a.name for a in session.actors}
    return [names.get(e.actor_id or "", "") for e in session.effects]


def _told(language: str, actors: list[str], effect: str, direction: str = "negative") -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    reading = Reading(actors=actors, effects=[EffectDraft(effect, direction)])  # type: ignore[arg-type]
    record(None, session, reading, Changes())  # type: ignore[arg-type]
    return session


def test_subject_names_an_actor_of_the_same_message_nl() -> None:
    text = "De zwemmers hadden in de zomer veel minder wachttijd bij de kassa"
    session = _told("nl", ["Badmeesters", "Zwemmers"], text, "positive")
    assert _actor_names(session) == ["Zwemmers"]


def test_subject_names_an_actor_of_the_same_message_en() -> None:
    text = "The anglers now lose their favourite spot at the lock"
    session = _told("en", ["Lock keepers", "Anglers"], text)
    assert _actor_names(session) == ["Anglers"]


def test_an_effect_naming_no_actor_stays_loose() -> None:
    session = _told("en", ["Lock keepers"], "The queue at the lock gets shorter", "positive")
    assert _actor_names(session) == [""]
    assert [a.name for a in session.actors] == ["Lock keepers"]


def test_head_of_a_name_stops_where_its_people_are() -> None:
    assert head_word("Huiseigenaren langs de kade") == "huiseigenaren"
    assert head_word("Eigenaren bij de haven") == "eigenaren"
    assert head_word("Youth around the station") == "youth"


def test_people_named_where_they_are_found_in_a_consequence_nl() -> None:
    actors = [Actor(id="h", name="Huiseigenaren langs de kade"), Actor(id="s", name="Schippers")]
    text = "de drone filmt de tuinen, waardoor huiseigenaren zich bekeken voelen"
    found = mentioned_actor(text, actors)
    assert found is not None and found.name == "Huiseigenaren langs de kade"
