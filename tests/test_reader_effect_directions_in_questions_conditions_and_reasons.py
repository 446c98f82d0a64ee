"""The reader on the direction of effects told as a question with "niet"/"not" that means the
thing happens, after a condition that opens the clause, with the reason after "want"/"even
though" kept in the effect, and with words for harms, hindrance and gains that were read the
wrong way round (a few voices dominating, treated like criminals, taking a day off, poor
lighting, personal details seen, survival, written down, fatigue)."""

from __future__ import annotations

from method_fakes import CLINIC, LIBRARY, directions, told
from method_fakes import read_effects as read

from assistant.method.reading.reader import Reader


def test_question_with_niet_that_means_it_happens_is_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Voelen bezoekers zich niet bespied bij de poortjes?", LIBRARY, "nl"
    )
    assert told(reading) == [
        ("Voelen bezoekers zich niet bespied bij de poortjes?", "negative", "Bezoekers")
    ]


def test_question_with_not_that_means_it_happens_is_negative_en(message_reader: Reader) -> None:
    reading = read(message_reader, "Won't patients feel watched in the waiting room?", CLINIC, "en")
    assert directions(reading) == ["negative"]


def test_question_split_at_a_comma_keeps_its_question_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "En worden medewerkers niet vaker gecontroleerd, ook al zegt de leverancier van niet?",
        LIBRARY,
        "nl",
    )
    assert directions(reading) == ["negative"]


def test_effect_after_a_condition_weighs_more_than_the_condition_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Als de kassa beter werkt, krijgen medewerkers meer druk van het bestuur.",
        LIBRARY,
        "nl",
    )
    assert directions(reading) == ["negative"]


def test_effect_after_a_condition_weighs_more_than_the_condition_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Frankly, if the app gets faster, doctors feel more pressure to see extra patients.",
        CLINIC,
        "en",
    )
    assert directions(reading) == ["negative"]


def test_reason_after_want_stays_in_the_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Ik vrees dat bezoekers met een rolstoel vaker vastlopen, want de poortjes zijn te smal.",
        LIBRARY,
        "nl",
    )
    assert told(reading) == [
        (
            "Ik vrees dat bezoekers met een rolstoel vaker vastlopen, want de poortjes zijn "
            "te smal",
            "negative",
            "Bezoekers",
        )
    ]


def test_concession_after_even_though_stays_in_the_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Doctors save time on every referral, even though the app is new to them.",
        CLINIC,
        "en",
    )
    assert told(reading) == [
        ("Doctors save time on every referral, even though the app is new to them", "positive",
         "Doctors")
    ]  # fmt: skip


def test_hindrance_and_little_use_are_negative_nl(message_reader: Reader) -> None:
    for text in (
        "Bezoekers die slecht zien hebben er weinig aan.",
        "Medewerkers vinden het scannen van tijdschriften lastig.",
        "Bezoekers krijgen een brief alsof ze criminelen zijn.",
        "Voor bezoekers betekent een storing dat ze vrij moeten nemen om terug te komen.",
        "Kleine vestigingen hebben slechte verlichting, zodat hun scans vaker worden gemarkeerd.",
        "De leverancier ziet allerlei persoonlijke dingen van bezoekers.",
    ):
        assert directions(read(message_reader, text, LIBRARY, "nl")) == ["negative"], text


def test_hindrance_and_dominance_are_negative_en(message_reader: Reader) -> None:
    for text in (
        "Large suppliers that send hundreds of forms would dominate the planning.",
        "Patients may speak less freely when every word is written down.",
        "Patients get letters that treat them like criminals.",
        "Patients have to take a day off work for a second visit.",
    ):
        assert directions(read(message_reader, text, CLINIC, "en")) == ["negative"], text


def test_survival_and_fewer_attacks_are_positive(message_reader: Reader) -> None:
    nl = "Bezoekers worden eerder gereanimeerd, dus de overlevingskans van bezoekers stijgt."
    assert directions(read(message_reader, nl, LIBRARY, "nl")) == ["positive"]
    en = "Patients can keep going out alone for longer instead of moving into a nursing home."
    assert directions(read(message_reader, en, CLINIC, "en")) == ["positive"]


def test_fatigue_that_matters_less_is_positive(message_reader: Reader) -> None:
    en = "Doctors see more patients per shift and fatigue matters less at night."
    assert directions(read(message_reader, en, CLINIC, "en")) == ["positive"]
    nl = "Medewerkers scannen meer boeken per dienst en vermoeidheid speelt minder mee."
    assert directions(read(message_reader, nl, LIBRARY, "nl")) == ["positive"]
