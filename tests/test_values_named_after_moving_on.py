"""Values adopted as a starting point when the user went on without choosing give way to the
list of values the user names later, where options are asked; values the user names again stay.
Conversations written for these tests (Dutch and English), not taken from the conversation
sets."""

from __future__ import annotations

from method_fakes import converse

from assistant.domain.session import Step
from assistant.method.conductor import Conductor


def test_values_named_later_replace_the_starting_point_nl(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "nl",
        [
            "Een bibliotheek wil camera's die tellen hoeveel bezoekers er zijn. Het is een pilot.",
            "Betrokken: bezoekers, medewerkers, de gemeente",
            "positief: minder drukte bij de balie. negatief: bezoekers voelen zich bekeken",
            "volgende",
            "volgende",
        ],
    )
    assert session.step == Step.OPTIONS
    talk_on = "menselijke waardigheid, privacy, vertrouwen tussen bezoeker en bibliotheek"
    conductor.plan(session, talk_on)
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}


def test_values_named_later_replace_the_starting_point_en(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "en",
        [
            "A library wants cameras that count visitors. It is a pilot.",
            "Actors: visitors, staff, the municipality",
            "positive: shorter queues at the desk. negative: visitors feel watched",
            "next",
            "next",
        ],
    )
    assert session.step == Step.OPTIONS
    conductor.plan(session, "dignity, privacy, trust between visitors and the library")
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}


def test_one_value_added_later_keeps_the_starting_point(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "en",
        [
            "A library wants cameras that count visitors. It is a pilot.",
            "Actors: visitors, staff, the municipality",
            "positive: shorter queues at the desk. negative: visitors feel watched",
            "next",
            "next",
        ],
    )
    before = len(session.chosen_values())
    conductor.plan(session, "values: also dignity")
    assert len(session.chosen_values()) >= before
