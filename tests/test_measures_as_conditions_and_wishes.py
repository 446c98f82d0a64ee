"""Past the effects, a measure told as a condition or a wish is an option, not an effect and
not passed over: what it takes if it goes ahead ("als we dit doen, dan moet er ..."), the only
condition under which something may happen ("alleen als ...", "as long as ..."), a wish with
its object between the verbs ("zou ik een ... willen"), and measures after an announcing lead
where options are asked ("wat ik zelf al had bedacht: ...")."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _read(reader: Reader, text: str, language: str, step: Step = Step.VALUES) -> object:
    technology = "een slimme vuilcontainer" if language == "nl" else "a smart waste bin"
    actors = ("Bewoners",) if language == "nl" else ("Residents",)
    return read_in(reader, text, actors, language, technology, step)


def test_measure_after_going_ahead_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Als we dit invoeren, dan moet er voor ouderen een pasje blijven dat zonder app werkt.",
        "nl",
    )
    assert len(reading.options) == 1
    assert not reading.effects


def test_measure_after_going_ahead_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "If it goes ahead, I'd want the bins to log only the weight, no names attached.",
        "en",
    )
    assert len(reading.options) == 1
    assert not reading.effects


def test_effect_after_going_ahead_is_no_measure_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "If it goes ahead, residents will feel watched every time they throw something away.",
        "en",
    )
    assert not reading.options


def test_only_condition_is_measure_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "En de boetes: alleen als een medewerker eerst zelf de foto bekijkt.",
        "nl",
    )
    assert len(reading.options) == 1
    assert not reading.effects


def test_only_condition_is_measure_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "As long as an inspector looks at every photo before a fine is sent.",
        "en",
    )
    assert len(reading.options) == 1
    assert not reading.effects


def test_wish_with_object_between_verbs_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Voor mantelzorgers zou ik een aparte pas in het systeem willen die niet aan één adres "
        "vastzit.",
        "nl",
    )
    assert len(reading.options) == 1
    assert not reading.effects


def test_announced_measures_where_options_are_asked_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Wat ik zelf al had bedacht: een brief aan de bewoners en een spreekuur in de wijk.",
        "nl",
        Step.OPTIONS,
    )
    assert reading.options


def test_announced_measures_where_options_are_asked_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "What I had in mind myself: a letter to the residents and a drop-in hour.",
        "en",
        Step.OPTIONS,
    )
    assert reading.options


def test_scoped_rule_is_measure_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader, "Alleen bij grofvuil foto's maken, niet bij gewone zakken.", "nl"
    )
    assert reading.options
    assert not reading.effects


def test_scoped_rule_is_measure_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader, "Only for bulky waste, not for ordinary bags, and never at night.", "en"
    )
    assert reading.options


def test_alternative_is_measure_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Als alternatief een pasje dat je bij de container houdt, dan is er geen app nodig.",
        "nl",
        Step.SUMMARY,
    )
    assert reading.options


def test_alternative_is_measure_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "As an alternative, a card you hold against the bin, then no app is needed.",
        "en",
        Step.SUMMARY,
    )
    assert reading.options


def test_announced_wishes_are_no_measure_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Nou ja, ik zet gewoon neer wat ik zou willen. Als we dit invoeren, dan moet er een "
        "pasje blijven voor wie geen telefoon heeft.",
        "nl",
    )
    assert len(reading.options) == 1
    assert "wat ik zou willen" not in reading.options[0].text


def test_announced_wishes_are_no_measure_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Well, I'll just write down what I'd want. If we introduce this, there must still be "
        "a card for people without a phone.",
        "en",
    )
    assert len(reading.options) == 1
    assert "what I'd want" not in reading.options[0].text
