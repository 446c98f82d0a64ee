"""A measure the speaker draws from a value in the same sentence is an option, also as a rule
without a verb of proposing ("dat raakt privacy, dus X alleen ...", "that's fairness, so X can
never ..."), after a judgement on fairness, and with the effect in front of the value; an
effect after the joint stays an effect."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _read(reader: Reader, text: str, language: str, step: Step = Step.CASE) -> object:
    technology = "een parkeerapp" if language == "nl" else "a parking app"
    actors = ("Bewoners",) if language == "nl" else ("Residents",)
    return read_in(reader, text, actors, language, technology, step)


def test_rule_drawn_from_value_is_option_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Dat raakt de privacy van bezoekers, dus de kentekens alleen bewaren tijdens het bezoek.",
        "nl",
    )
    assert [o.text for o in reading.options] == ["De kentekens alleen bewaren tijdens het bezoek"]
    assert not reading.effects


def test_rule_drawn_from_value_is_option_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "That's about fairness, so earlier fines can raise the priority but never lower it.",
        "en",
    )
    assert [o.text for o in reading.options] == [
        "Earlier fines can raise the priority but never lower it"
    ]
    assert not reading.effects


def test_measure_after_unfairness_remark_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Dat is niet eerlijk, dus een handhaver moet altijd zelf kijken voordat er een boete komt.",
        "nl",
    )
    assert len(reading.options) == 1
    assert not reading.effects


def test_measure_after_unfairness_remark_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "That's unfair, so the score stays hidden from the applicants.",
        "en",
    )
    assert [o.text for o in reading.options] == ["The score stays hidden from the applicants"]


def test_effect_value_then_measure_three_parts_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Mantelzorgers krijgen vaker een boete, dat raakt gelijke behandeling dus de "
        "scanauto mag alleen waarschuwen bij een zorgkaart.",
        "nl",
    )
    assert [e.text for e in reading.effects] == ["Mantelzorgers krijgen vaker een boete"]
    assert [o.text for o in reading.options] == [
        "De scanauto mag alleen waarschuwen bij een zorgkaart"
    ]


def test_effect_value_then_measure_three_parts_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Carers get fined more often, that's equal treatment, so the car may only warn "
        "when a care badge is shown.",
        "en",
    )
    assert len(reading.effects) == 1
    assert [o.text for o in reading.options] == ["The car may only warn when a care badge is shown"]


def test_effect_after_value_joint_stays_effect_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Bezoekers voelen zich gevolgd, dat raakt hun privacy, dus ze komen minder vaak langs.",
        "nl",
        Step.EFFECTS,
    )
    assert not reading.options
    assert len(reading.effects) == 1


def test_more_values_after_joint_are_values_en(message_reader: Reader) -> None:
    reading = _read(message_reader, "privacy dus, plus fairness and safety.", "nl", Step.EFFECTS)
    assert not reading.options


def test_measure_drawn_in_labelled_effects_nl(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Voordeel: bewoners hoeven minder lang te zoeken. Nadeel: de sensor ziet ook wie er "
        "langsloopt, dat raakt hun privacy, dus alleen tellen, geen beelden bewaren.",
        "nl",
        Step.EFFECTS,
    )
    assert [o.text for o in reading.options][:1] == ["Alleen tellen"]
    assert len(reading.effects) == 2
    assert reading.drawn == len(reading.options)


def test_measure_drawn_in_labelled_effects_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Good: drivers find a spot faster. Bad: the sensor also sees who walks past. "
        "That's privacy, so only counts are stored, never images.",
        "en",
        Step.EFFECTS,
    )
    assert [o.text for o in reading.options] == ["Only counts are stored, never images"]
    assert len(reading.effects) == 2
