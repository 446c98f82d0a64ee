"""Faults found by typing new conversations by hand (sentences written for these tests): a fear
told without "that" ("the drivers fear the new rota cuts their breaks") is bad for whoever
fears it; a name with "wiens"/"wier" after it keeps its whole clause instead of stopping at
the verb."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

DEPOT = ("Drivers", "Planners", "Union")


@pytest.mark.parametrize(
    "text",
    [
        "The drivers fear the new rota cuts their breaks.",
        "And the planners worry their job disappears.",
        "Drivers are afraid they lose their fixed routes.",
    ],
)
def test_a_fear_told_without_that_is_bad_for_whoever_fears_it(
    message_reader: Reader, text: str
) -> None:
    reading = read_in(message_reader, text, DEPOT, "en", "a rota app for bus drivers")
    [(_, direction, _)] = told(reading)
    assert direction == "negative"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "betrokken: de huurders wiens woning wordt gemeten, de verhuurder en de monteur",
            "nl",
            "Huurders wiens woning wordt gemeten",
        ),
        (
            "betrokken: de bestuurders wier besluit wordt getoetst en de rechtbank",
            "nl",
            "Bestuurders wier besluit wordt getoetst",
        ),
    ],
)
def test_a_name_with_wiens_keeps_its_clause(
    message_reader: Reader, text: str, language: str, expected: str
) -> None:
    reading = read_in(message_reader, text, (), language, "een meetsensor", Step.ACTORS)
    assert reading.actors[0] == expected
