"""The reader on effects given in a step other than the effects step: an effect with the value
it touches in brackets where values are asked (both the effect and the value are read), and an
effect announced or judged as one where options are asked, with a contrast that goes on with
it; a measure with a remark on it stays a measure."""

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


def test_an_effect_judged_as_good_for_someone_among_options_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "I'd add that rangers who walk the long trail can show it with the counts, that's a "
        "positive for them. But a broken counter could mean a closed path without cause.",
        PARK,
        "en",
        Step.OPTIONS,
    )
    assert [(d, a) for _t, d, a in told(reading)] == [("positive", "Rangers"), ("negative", "")]
    assert reading.options == []


def test_an_effect_announced_among_options_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Nog een effect: ouders raken hun vaste plek aan de rand van het bad kwijt.",
        POOL,
        "nl",
        Step.OPTIONS,
    )
    assert told(reading) == [
        ("Ouders raken hun vaste plek aan de rand van het bad kwijt", "negative", "Ouders")
    ]
    assert reading.options == []


def test_a_measure_with_a_remark_on_it_stays_a_measure_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Een cursus voor de badmeesters, dat is een pluspunt voor hen.",
        POOL,
        "nl",
        Step.OPTIONS,
    )
    assert reading.effects == []
    assert len(reading.options) == 1
