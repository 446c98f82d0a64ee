""" "vroeger" before a past verb means "formerly" ("die dit vroeger deden"), not "sooner": it gives
the clause no good direction."""

from __future__ import annotations

from assistant.method.reading.polarity import clause_direction


def test_formerly_is_no_good_word_nl() -> None:
    assert clause_direction("Conciërges die dit vroeger deden voelen zich aan de kant gezet") == (
        "negative"
    )
    assert clause_direction("Vroeger was het rooster een papieren lijst") is None


def test_sooner_stays_good_nl() -> None:
    assert clause_direction("Patiënten worden vroeger geholpen") == "positive"


def test_formerly_in_english_stays_neutral() -> None:
    assert clause_direction("Caretakers who used to do this feel pushed aside") == "negative"
