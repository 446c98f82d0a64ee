"""The direction of an effect told with a tail that calls it the aim ("..., daar doen we het
voor", "..., that's the whole point") and of a bad thing said to have become smaller or fallen
("de rij is een stuk korter geworden", "complaints have fallen") (Dutch and English; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.polarity import clause_direction


@pytest.mark.parametrize(
    "text",
    [
        "Minder valpartijen op de trap, daar doen we het allemaal voor",
        "Veel minder botsingen op de kruising, daar is het ons om begonnen",
        "Minder lekkages in de kelders, dat is precies de bedoeling",
        "Fewer break-ins in the storage units, that's the whole point",
        "Fewer people slipping on the ice, which is exactly why we want this",
        "Less noise at night, that's what we're doing it for",
    ],
)
def test_goal_tail_makes_effect_positive(text: str) -> None:
    assert clause_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "De wachttijd aan de balie is veel korter geworden",
        "De achterstand bij de balie wordt veel kleiner",
        "Het aantal klachten is met een kwart gedaald",
        "The queue at noon has become much shorter",
        "Complaints about the bins have fallen by a third",
    ],
)
def test_burden_that_became_smaller_is_positive(text: str) -> None:
    assert clause_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Meer klachten over de bakken, daar gaat het mis",
        "Complaints about the bins have gone up by a third",
        "The backlog at the desk is a big problem for us",
    ],
)
def test_burden_that_grew_or_goes_wrong_stays_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Buurtbewoners worden vaker aangesproken, wat ik eigenlijk prima vind", "positive"),
        ("De boetes gaan omhoog, dat is terecht", "positive"),
        ("De teamleiders krijgen minder overzicht, dat is niet oké", "negative"),
        ("Minder toezicht op de kades, dat vinden we jammer", "negative"),
        ("Tenants get visited more often, which is a good thing", "positive"),
        ("Older drivers now park alone without help which is huge", "positive"),
        ("Interns get rated by a score, which is not fair", "negative"),
        ("Fewer patrols near the harbour, which is a shame", "negative"),
    ],
)
def test_judging_tail_sets_direction(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


def test_judging_word_inside_the_clause_is_no_tail() -> None:
    assert clause_direction(
        "Teachers say it is fine to skip the form and then miss the deadline"
    ) != ("positive")


def test_lost_in_the_past_tense_is_a_loss() -> None:
    assert clause_direction("De bakker verloor die winter de helft van zijn klanten") == "negative"
    assert clause_direction("The baker lost half of his customers that winter") == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Minder omleidingen en overlast voor de buren van het depot",
        "Fewer detours and complaints from the neighbours of the depot",
    ],
)
def test_less_counts_both_things_it_lists(text: str) -> None:
    assert clause_direction(text) == "positive"


def test_and_after_a_longer_phrase_still_ends_the_turn() -> None:
    assert clause_direction("Minder tijd voor de bewoners en meer klachten") == "negative"
