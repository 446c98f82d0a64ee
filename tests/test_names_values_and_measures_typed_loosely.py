"""Things typed loosely, as found by typing new conversations into the UI: a list of parties
with a word after a name ("parents mostly", "de gemeente die betaalt"), a value in everyday words
about reaching everyone ("that everyone can reach us, not just the digital ones"), and a measure
that goes on with what its thing does instead ("the bot never gives dosages, it sends you to a
nurse")."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _values(reading: object) -> list[str]:
    return [v.entry.id for v in reading.values if v.entry]  # type: ignore[attr-defined]


def test_a_word_after_a_name_in_a_list_is_no_part_of_it_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "tenants mostly, the caretakers, the supplier, and the council who pays",
        (),
        "en",
        "lift sensors",
        Step.ACTORS,
    )
    assert reading.actors == ["Tenants", "Caretakers", "Supplier", "Council"]  # type: ignore[attr-defined]


def test_a_word_after_a_name_in_a_list_is_no_part_of_it_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "huurders vooral, de huismeesters, de leverancier en de gemeente die betaalt",
        (),
        "nl",
        "liftsensoren",
        Step.ACTORS,
    )
    assert reading.actors == ["Huurders", "Huismeesters", "Leverancier", "Gemeente"]  # type: ignore[attr-defined]


def test_everyone_able_to_reach_us_is_accessibility_and_inclusion_en(
    message_reader: Reader,
) -> None:
    reading = read_in(
        message_reader,
        "trust, and that everyone can reach us, not just the digital ones",
        ("Tenants",),
        "en",
        "lift sensors",
        Step.VALUES,
    )
    assert set(_values(reading)) == {"trust", "accessibility", "inclusion"}


def test_everyone_able_to_reach_us_is_accessibility_and_inclusion_nl(
    message_reader: Reader,
) -> None:
    reading = read_in(
        message_reader,
        "dat iedereen ons kan bereiken, niet alleen de digitale huurders",
        ("Huurders",),
        "nl",
        "liftsensoren",
        Step.VALUES,
    )
    assert set(_values(reading)) == {"accessibility", "inclusion"}


def test_what_the_thing_does_instead_goes_with_its_measure(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "the sensor never calls the tenant itself, it sends a ticket to the caretaker",
        ("Tenants",),
        "en",
        "lift sensors",
        Step.OPTIONS,
    )
    assert [o.text for o in reading.options] == [  # type: ignore[attr-defined]
        "The sensor never calls the tenant itself, it sends a ticket to the caretaker"
    ]
