"""A figure told before and after takes its direction from what it measures: a lead time that
gets shorter or a share of wrong results, complaints or sick leave that falls is a gain, the
same rising a loss; a share of work done that rises is a gain. A change whose measure says
nothing about which way is good is left to the other rules."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.figure_changes import figure_change_direction
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Het aantal klachten van bewoners ging van 200 naar 50 per jaar", "positive"),
        ("Het oude systeem gaf zo'n 40% foute boetes, de scanauto tot nu toe 10%", "positive"),
        ("Een vergunning duurde drie weken, dat wordt straks twee dagen", "positive"),
        ("Vroeger deed een handhaver 30 minuten over een melding, nu 10", "positive"),
        ("Het verzuim steeg van 4% naar 7%", "negative"),
        ("Sick leave among wardens went from 10% to 7%", "positive"),
        ("Processing goes from 10 days to the same day", "positive"),
        ("Wrong fines rose from 5% to 12% after the update", "negative"),
        ("The share of checks completed on time went from 60% to 85%", "positive"),
    ],
)
def test_a_figure_before_and_after_takes_the_direction_of_its_measure(
    text: str, direction: str
) -> None:
    assert figure_change_direction(text) == direction


@pytest.mark.parametrize(
    "text",
    [
        "Opening hours go from 40 to 20 hours a week",
        "The scan car drives from 9 to 5",
        "Het budget gaat van de provincie naar de gemeente",
        "We gaan van 3 naar 4 wijken",
    ],
)
def test_a_change_whose_measure_says_nothing_is_left_to_the_other_rules(text: str) -> None:
    assert figure_change_direction(text) is None


def test_the_reader_reads_the_gain_of_falling_complaints_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Het aantal klachten van bewoners ging van 200 naar 50 per jaar.",
        ("Bewoners", "Handhavers"),
        "nl",
        "een scanauto",
        Step.EFFECTS,
    )
    assert [d for _, d, _ in told(reading)] == ["positive"]


def test_the_reader_reads_the_gain_of_falling_sick_leave_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Sick leave among wardens went from 10% to 7%.",
        ("Residents", "Wardens"),
        "en",
        "a scan car",
        Step.EFFECTS,
    )
    assert told(reading) == [
        ("Sick leave among wardens went from 10% to 7%", "positive", "Wardens")
    ]
