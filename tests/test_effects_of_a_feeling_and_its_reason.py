"""A short clause that only says how people feel, then what about ("de ouders zijn blij, minder
gedoe bij het ophalen", "the fraud team is happy, fewer payments to people who died"): one
effect for those people with the feeling's direction; a contrast or a clause with people of its
own after it stays an effect of its own."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

SCHOOL = ("Ouders", "Leerkrachten")
BENEFITS = ("Pensioners", "Fraud team")


def test_a_feeling_then_its_reason_is_one_effect_nl(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "De ouders zijn blij, minder gedoe bij het ophalen.",
            SCHOOL,
            "nl",
            "een app",
        )
    )
    assert found == [("De ouders zijn blij, minder gedoe bij het ophalen", "positive", "Ouders")]


def test_a_feeling_then_its_reason_is_one_effect_en(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "The fraud team is happy, fewer payments to people who died.",
            BENEFITS,
            "en",
            "a selfie check",
        )
    )
    assert [(d, a) for _t, d, a in found] == [("positive", "Fraud team")]
    assert "fewer payments" in found[0][0]


def test_a_contrast_after_a_feeling_is_an_effect_of_its_own_nl(message_reader: Reader) -> None:
    found = told(
        read_in(message_reader, "Ouders zijn blij, maar de app is traag.", SCHOOL, "nl", "een app")
    )
    assert len(found) == 2


def test_other_people_after_a_feeling_are_an_effect_of_their_own_en(
    message_reader: Reader,
) -> None:
    found = told(
        read_in(
            message_reader,
            "The pensioners are happy, and the fraud team loses time.",
            BENEFITS,
            "en",
            "a selfie check",
        )
    )
    assert [a for _t, _d, a in found] == ["Pensioners", "Fraud team"]
