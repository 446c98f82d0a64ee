"""A short sentence after an effect that only judges it ("Dat voelt niet goed.", "That saves
lives honestly.", "Dat is mooi voor de ouders."): its direction goes to the effect before, its
words to that effect's text, and it is no effect of its own; a longer sentence with something
of its own stays an effect."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

SCHOOL = ("Leerlingen", "Ouders", "Docenten")
ROADS = ("Drivers", "Operators", "Road authority")


def read_nl(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, SCHOOL, "nl", "een leesapp"))


def read_en(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, ROADS, "en", "incident cameras"))


def test_a_verdict_turns_the_effect_before_negative_nl(message_reader: Reader) -> None:
    found = read_nl(
        message_reader,
        "Docenten lezen straks alleen nog het cijfer van de app. Dat voelt niet goed.",
    )
    assert len(found) == 1
    assert found[0][1:] == ("negative", "Docenten")
    assert found[0][0].endswith("Dat voelt niet goed")


def test_a_verdict_on_the_effect_before_is_no_effect_of_its_own_en(
    message_reader: Reader,
) -> None:
    found = read_en(
        message_reader, "Operators see a crash on the screen at once. That saves lives honestly."
    )
    assert found == [
        (
            "Operators see a crash on the screen at once. That saves lives honestly",
            "positive",
            "Operators",
        )
    ]


def test_a_verdict_that_names_people_gives_the_effect_to_them_nl(message_reader: Reader) -> None:
    found = read_nl(message_reader, "Er komen minder brieven. Dat is mooi voor de ouders.")
    assert [(d, a) for _t, d, a in found] == [("positive", "Ouders")]


def test_a_longer_sentence_after_an_effect_stays_an_effect_en(message_reader: Reader) -> None:
    found = read_en(
        message_reader,
        "Operators see a crash on the screen at once. That is also why drivers on the hard "
        "shoulder get help sooner than before.",
    )
    assert len(found) == 2
