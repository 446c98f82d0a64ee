"""A judgement after a comma, said of the clause before ("..., vind ik jammer", "..., I find
that tricky"): its direction goes to that effect and its words to that effect's text; it is no
effect of its own."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader


def test_a_judging_tail_is_part_of_the_effect_before_nl(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Ouders krijgen minder uitleg, vind ik jammer.",
            ("Ouders", "Leerkrachten"),
            "nl",
            "een leesapp",
        )
    )
    assert found == [("Ouders krijgen minder uitleg, vind ik jammer", "negative", "Ouders")]


def test_a_judging_tail_turns_the_effect_before_en(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Kids in the back get photographed too, I find that tricky.",
            ("Kids", "Drivers"),
            "en",
            "a seatbelt camera",
        )
    )
    assert found == [
        ("Kids in the back get photographed too, I find that tricky", "negative", "Kids")
    ]
