"""A clause that only sets a claim right ("dat is niet zo", "that's not true"), says it goes
round as a rumour ("maar het gerucht gaat rond", "but rumour has it") or says the people of the
effect before know nothing of it ("..., en die weten van niks", "..., and they have no idea"):
it is no effect of its own."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader


def test_a_denial_and_a_rumour_are_no_effects_nl(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Bezorgers denken dat de scanner ook hun pauzes telt. Dat is niet zo, maar het "
            "gerucht gaat rond.",
            ("Bezorgers", "Klanten"),
            "nl",
            "een pakketscanner",
        )
    )
    assert [text for text, _, _ in found] == ["Bezorgers denken dat de scanner ook hun pauzes telt"]


def test_a_denial_and_a_rumour_are_no_effects_en(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Couriers think the scanner also counts their breaks. That's not true, but rumour "
            "has it.",
            ("Couriers", "Customers"),
            "en",
            "a parcel scanner",
        )
    )
    assert [text for text, _, _ in found] == ["Couriers think the scanner also counts their breaks"]


def test_not_knowing_goes_with_the_effect_before_nl(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Op de opnames staan ook fietsers die toevallig langskomen, en die weten van niets.",
            ("Fietsers", "Gemeente"),
            "nl",
            "een verkeerscamera",
        )
    )
    assert len(found) == 1
    assert found[0][0].endswith("die weten van niets")
    assert found[0][1] == "negative"


def test_not_knowing_goes_with_the_effect_before_en(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Cyclists who happen to ride past end up in the recordings, and they have no idea.",
            ("Cyclists", "Council"),
            "en",
            "a traffic camera",
        )
    )
    assert len(found) == 1
    assert found[0][0].endswith("they have no idea")
