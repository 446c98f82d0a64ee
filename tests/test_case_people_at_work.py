"""Who a sentence about the case names as working with it or feeling it, by one plural word for
people as its subject ("de roosteraars vullen daarmee de planning", "residents report faults
through the app"): an actor; not a counted sample ("5% van alle aanvragers krijgt ..."), not one
person, not people in general (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

from assistant.method.reading.passing_actors import case_people


def test_one_group_at_work_in_the_case_nl() -> None:
    assert case_people("De roosteraars vullen daarmee elke week de planning.") == ["Roosteraars"]


def test_one_group_at_work_in_the_case_en() -> None:
    assert case_people("Residents report faults to the caretaker.") == ["Residents"]


def test_a_counted_sample_is_no_group_nl() -> None:
    assert case_people("5% van alle aanvragers krijgt een extra controle.") == []


def test_people_in_general_or_one_person_are_no_group_en() -> None:
    assert case_people("People get a text message when it is their turn.") == []
    assert case_people("The caretaker checks the screen every morning.") == []


def test_trade_words_name_people_nl() -> None:
    assert case_people("De deurwaarders krijgen minder dossiers per maand.") == ["Deurwaarders"]


def test_the_technologys_audience_and_own_staff_are_no_group_here_en() -> None:
    assert case_people("Cyclists get a green light sooner with the app.") == []
    assert case_people("Our inspectors at the harbour are trying it out.") == []
