"""An evaluation's labels are direction labels ("Wat goed ging: ...", "Wat minder: ...", "Wat
tegenviel: ...", "What went well: ...", "What went less well: ...", "Not so great: ..."): the
effects after them have the label's direction, on one line or as a heading over bullets, and
the good label's direction does not carry over past the bad label."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.language.cues.direction_labels import LABEL_RE
from assistant.method.reading.reader import Reader

POOL = ("Bezoekers", "Badmeesters")
DEPOT = ("Residents", "Drivers")


def directions(reader: Reader, text: str, language: str) -> list[tuple[str, str]]:
    actors, technology = (
        (POOL, "een reserveringssysteem")
        if language == "nl"
        else (
            DEPOT,
            "a booking app for the depot",
        )
    )
    reading = read_in(reader, text, actors, language, technology, Step.EFFECTS)
    return [(t, d) for t, d, _a in told(reading)]


def test_good_and_less_good_labels_on_one_line_nl(reader: Reader) -> None:
    text = (
        "Wat goed ging: de rij bij de kassa van het zwembad is verdwenen. Wat minder: wie op "
        "zaterdag wil zwemmen vindt pas over twee weken een tijdslot."
    )
    assert directions(reader, text, "nl") == [
        ("De rij bij de kassa van het zwembad is verdwenen", "positive"),
        ("Wie op zaterdag wil zwemmen vindt pas over twee weken een tijdslot", "negative"),
    ]


def test_went_well_and_less_well_labels_on_one_line_en(reader: Reader) -> None:
    text = (
        "What went well: the line of cars at the depot gate is gone. What went less well: "
        "people who want to drop off garden waste on a Saturday find a slot only in two weeks."
    )
    assert directions(reader, text, "en") == [
        ("The line of cars at the depot gate is gone", "positive"),
        (
            "People who want to drop off garden waste on a Saturday find a slot only in two weeks",
            "negative",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat tegenviel: de badmeesters krijgen het rooster pas een dag van tevoren.", "nl"),
        ("Wat minder ging: de badmeesters krijgen het rooster pas een dag van tevoren.", "nl"),
        ("Minder fijn: de badmeesters krijgen het rooster pas een dag van tevoren.", "nl"),
        ("Not so great: the drivers get their route only the evening before.", "en"),
        ("What didn't work: the drivers get their route only the evening before.", "en"),
    ],
)
def test_a_bad_evaluation_label_makes_its_effect_negative(
    reader: Reader, text: str, language: str
) -> None:
    assert [d for _t, d in directions(reader, text, language)] == ["negative"]


def test_evaluation_labels_as_headings_over_bullets_nl(reader: Reader) -> None:
    text = (
        "Wat goed ging\n- bezoekers weten vooraf of er plek is\n"
        "Wat minder ging\n- de badmeesters krijgen het rooster pas een dag van tevoren\n"
    )
    assert directions(reader, text, "nl") == [
        ("Bezoekers weten vooraf of er plek is", "positive"),
        ("De badmeesters krijgen het rooster pas een dag van tevoren", "negative"),
    ]


def test_evaluation_labels_as_headings_over_bullets_en(reader: Reader) -> None:
    text = (
        "What went well\n- residents know beforehand whether there is room\n"
        "Not so great\n- drivers get their route only the evening before\n"
    )
    assert directions(reader, text, "en") == [
        ("Residents know beforehand whether there is room", "positive"),
        ("Drivers get their route only the evening before", "negative"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # guards: the same words in a sentence are no label
        "Het ging wat minder goed met de planning",
        "We zien wat minder bezoekers op zondag",
        "Things went well at the depot",
        "It was not so great for the drivers",
    ],
)
def test_the_words_inside_a_sentence_are_no_label(text: str) -> None:
    assert LABEL_RE.search(text) is None
