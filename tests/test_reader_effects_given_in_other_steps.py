"""The reader on effects given in a step other than the effects step: an effect with the value
it touches in brackets where values are asked (both the effect and the value are read)."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

POOL = ("Zwemmers", "Badmeesters", "Ouders", "Gemeente")
PARK = ("Visitors", "Rangers", "Neighbours", "Park board")


def read(reader: Reader, text: str, actors: tuple[str, ...], language: str, step: Step) -> Reading:
    technology = "een camera boven het zwembad" if language == "nl" else "a visitor counter"
    return read_in(reader, text, actors, language, technology, step)


def value_names(reading: Reading) -> list[str]:
    return [v.name for v in reading.values]


def test_effects_with_a_value_in_brackets_are_effects_and_values_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Schonere baden voor iedereen (gezondheid). Maar zwemmers met een beperking kunnen er "
        "dan niet meer in (inclusie). Elke zwemmer wordt gescand, ook als er niets is (privacy).",
        POOL,
        "nl",
        Step.VALUES,
    )
    assert [d for _t, d, _a in told(reading)] == ["positive", "negative", "negative"]
    assert told(reading)[1][0] == "Zwemmers met een beperking kunnen er dan niet meer in"
    assert len(value_names(reading)) == 3


def test_effects_with_a_value_in_brackets_are_effects_and_values_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Rangers spend less time counting by hand (efficiency). Visitors feel watched on every "
        "path (privacy).",
        PARK,
        "en",
        Step.VALUES,
    )
    assert told(reading) == [
        ("Rangers spend less time counting by hand", "positive", "Rangers"),
        ("Visitors feel watched on every path", "negative", "Visitors"),
    ]
    assert len(value_names(reading)) == 2


def test_a_value_list_in_brackets_alone_stays_values(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Privacy en veiligheid (en gezondheid).", POOL, "nl", Step.VALUES
    )
    assert reading.effects == []


def test_values_with_a_comment_and_a_value_in_brackets_stay_values(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Gezondheid, rust en eerlijkheid over wat de camera wel en niet ziet (transparantie).",
        POOL,
        "nl",
        Step.VALUES,
    )
    assert reading.effects == []
