"""The reader on one sentence that holds two effects or says whom an effect is for: a short
effect without a verb, then ", en"/", and" and a clause with people of its own, are two
effects; a remark that the effect is a gain or loss for some people ("wat winst is voor ...",
"which is a real gain for ...") makes them its actor; a sentence that only names the step
("Effecten...", "Effects as I see them.") is no effect."""

from __future__ import annotations

from method_fakes import CLINIC, LIBRARY, told
from method_fakes import read_effects as read

from assistant.method.reading.reader import Reader


def test_short_effect_then_a_clause_with_its_own_people_are_two_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Sneller geholpen bij de balie, en de medewerkers kunnen zich richten op echte vragen.",
        LIBRARY,
        "nl",
    )
    assert told(reading) == [
        ("Sneller geholpen bij de balie", "positive", ""),
        ("De medewerkers kunnen zich richten op echte vragen", "positive", "Medewerkers"),
    ]


def test_short_effect_then_a_clause_with_its_own_people_are_two_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Fewer repeat visits, and doctors tell me they sleep better.",
        CLINIC,
        "en",
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [
        ("positive", None),
        ("positive", "Doctors"),
    ]


def test_gain_for_people_in_a_remark_makes_them_the_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De wachttijd wordt korter, wat winst is voor studenten die nu weken wachten.",
        LIBRARY,
        "nl",
    )
    assert [(e.direction, e.actor_name) for e in reading.effects] == [("positive", "Studenten")]


def test_gain_for_people_in_a_remark_makes_them_the_actor_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Results arrive within the hour, which is a real gain for suppliers in the region.",
        CLINIC,
        "en",
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("positive", "Suppliers")]


def test_sentence_that_only_names_the_step_is_no_effect(message_reader: Reader) -> None:
    nl = read(message_reader, "Effecten... medewerkers hoeven minder te sjouwen.", LIBRARY, "nl")
    assert [e.text for e in nl.effects] == ["Medewerkers hoeven minder te sjouwen"]
    en = read(message_reader, "Effects as I see them. Doctors save time.", CLINIC, "en")
    assert [e.text for e in en.effects] == ["Doctors save time"]


def test_short_effect_then_a_judgement_without_subject_stays_one(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Sneller aan de beurt, en eerlijker want iedereen wordt op dezelfde manier geholpen.",
        LIBRARY,
        "nl",
    )
    assert len(reading.effects) == 1
