"""A letter's salutation in front of its first sentence ("Dear team, we have received ...",
"Beste collega's, we krijgen ...") is no label and no actor; "we have" in the perfect tense
("we have received complaints", "we hebben gemerkt") announces no list of actors."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

OFFICE = ("Aanvragers", "Behandelaars")
GRANTS = ("Applicants", "Case handlers")


def test_a_salutation_is_no_actor_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Dear team, applicants with a handwritten invoice get rejected far more often.",
        GRANTS,
        "en",
        "an invoice checker",
    )
    assert [a for _t, _d, a in told(reading)] == ["Applicants"]
    assert not any("dear" in n.lower() for n in reading.actors)


def test_a_salutation_is_no_actor_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Beste collega's, aanvragers met een handgeschreven factuur raken vaker hun premie kwijt.",
        OFFICE,
        "nl",
        "een factuurcontrole",
    )
    assert [d for _t, d, _a in told(reading)] == ["negative"]
    assert not any("beste" in n.lower() for n in reading.actors)
    assert all(not t.startswith("Beste") for t, _d, _a in told(reading))


def test_we_have_received_lists_no_actors_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "We have received four complaints about rejected invoices.",
        GRANTS,
        "en",
        "an invoice checker",
    )
    assert reading.actors == []


def test_we_have_still_lists_actors_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "We have the drivers, the planners and the depot.",
        (),
        "en",
        "a route planner",
    )
    assert reading.actors == ["Drivers", "Planners", "Depot"]
