"""A party added with what it is after a comma, no verb of its own ("En de klachtencommissie,
het orgaan dat elke klacht toetst.", "And the ethics committee, the board that approves new
tools."), is an actor and no effect; one taken up by "die"/"who" ("en de huurders, die klagen
al jaren") keeps its effect, and a thing is no actor ("and the costs, the biggest worry")."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _read(reader: Reader, text: str, language: str):  # type: ignore[no-untyped-def]
    actors = ("Huurders", "Corporatie") if language == "nl" else ("Tenants", "Landlord")
    technology = "een huurachterstandsmodel" if language == "nl" else "a rent arrears model"
    return read_in(reader, text, actors, language, technology, Step.EFFECTS)


def test_a_body_with_what_it_is_is_an_actor_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader, "En de klachtencommissie, het orgaan dat elke klacht toetst.", "nl"
    )
    assert reading.actors == ["Klachtencommissie"]
    assert reading.effects == []


def test_a_body_with_what_it_is_is_an_actor_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader, "And the ethics committee, the board that approves new tools.", "en"
    )
    assert reading.actors == ["Ethics committee"]
    assert reading.effects == []


def test_people_taken_up_by_a_pronoun_keep_their_effect_nl(message_reader: Reader) -> None:
    reading = _read(message_reader, "En de huurders, die klagen al jaren over de brieven.", "nl")
    assert [e.text for e in reading.effects] == ["Huurders klagen al jaren over de brieven"]


def test_a_thing_with_what_it_is_is_no_actor_en(message_reader: Reader) -> None:
    reading = _read(message_reader, "And the costs, the biggest worry of the board.", "en")
    assert reading.actors == []
