""" "geen"/"no" inside a relative clause ("die geen Nederlands spreken", "who speak no Dutch")
says which people are meant; it does not turn the main clause after it ("lopen vast", "get
stuck"). Right before a term it still turns that term ("die geen hulp krijgen")."""

from __future__ import annotations

from assistant.method.reading.polarity import clause_direction


def test_no_in_a_relative_clause_does_not_turn_the_main_clause_nl() -> None:
    assert clause_direction("Huurders die geen Nederlands lezen lopen vast") == "negative"
    assert clause_direction("Leerlingen die geen laptop hebben missen de les") == "negative"


def test_no_in_a_relative_clause_does_not_turn_the_main_clause_en() -> None:
    assert clause_direction("Tenants who read no Dutch get stuck") == "negative"


def test_no_right_before_a_term_still_turns_it() -> None:
    assert clause_direction("Bewoners die geen hulp krijgen") == "negative"
    assert clause_direction("Residents who get no help") == "negative"


def test_not_in_a_relative_clause_does_not_turn_the_main_clause_nl() -> None:
    assert clause_direction("Bewoners die de brief niet snappen lopen vast") == "negative"


def test_not_before_a_verb_glue_still_turns_the_term() -> None:
    assert clause_direction("Klanten die niet hoeven te wachten") == "positive"
