"""A party named as a guess, with no verb of its own ("Misschien de Autoriteit
Persoonsgegevens.", "En wellicht deurwaarders, als een regeling misloopt.", "The landlords
maybe."), is an actor at the actors and effects steps; a condition after it is no actor, and a
guess about something else ("misschien de kosten", "maybe less waiting for residents") names no
one."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

SCHOOL = ("Leerlingen", "Docenten")
HOUSING = ("Tenants", "Housing corporation")


def _actors(reader: Reader, text: str, language: str, step: Step) -> list[str]:
    actors = SCHOOL if language == "nl" else HOUSING
    technology = "een leerlingvolgsysteem" if language == "nl" else "a rent arrears model"
    return read_in(reader, text, actors, language, technology, step).actors


def test_a_guessed_body_is_an_actor_among_effects_nl(message_reader: Reader) -> None:
    text = "Misschien de Onderwijsinspectie."
    assert _actors(message_reader, text, "nl", Step.EFFECTS) == ["Onderwijsinspectie"]


def test_a_guessed_group_is_an_actor_among_effects_en(message_reader: Reader) -> None:
    text = "The debt collectors maybe."
    assert _actors(message_reader, text, "en", Step.EFFECTS) == ["Debt collectors"]


def test_a_condition_after_a_guess_is_no_actor_nl(message_reader: Reader) -> None:
    text = "En wellicht incassobureaus, als een betaling uitblijft."
    for step in (Step.ACTORS, Step.EFFECTS):
        assert _actors(message_reader, text, "nl", step) == ["Incassobureaus"]


def test_a_condition_after_a_guess_is_no_actor_en(message_reader: Reader) -> None:
    text = "Perhaps the debt collectors, if a payment plan fails."
    for step in (Step.ACTORS, Step.EFFECTS):
        assert _actors(message_reader, text, "en", step) == ["Debt collectors"]


def test_two_guessed_parties_are_two_actors_nl(message_reader: Reader) -> None:
    text = "Misschien de mentoren en de ouderraad."
    assert _actors(message_reader, text, "nl", Step.EFFECTS) == ["Mentoren", "Ouderraad"]


def test_a_guess_about_something_else_names_no_one_nl(message_reader: Reader) -> None:
    for text in ("Misschien de kosten.", "Misschien minder wachttijd voor leerlingen."):
        assert _actors(message_reader, text, "nl", Step.EFFECTS) == []


def test_a_guess_about_something_else_names_no_one_en(message_reader: Reader) -> None:
    for text in ("Maybe the costs.", "Maybe less waiting for tenants."):
        assert _actors(message_reader, text, "en", Step.EFFECTS) == []
