"""A line that opens with only a later step's name as a sentence ("Options. Drop the question.
...", "Opties. ...") gives that step to the rest of the line, whatever step is asked."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.segments import sentences


def test_the_rest_of_the_line_gets_the_step() -> None:
    found = sentences("Opties. Het veld leeftijd weghalen. Een folder voor ouders.")
    assert [(s.text, s.header) for s in found] == [
        ("Het veld leeftijd weghalen", Step.OPTIONS),
        ("Een folder voor ouders", Step.OPTIONS),
    ]


def test_a_step_name_alone_on_its_line_opens_nothing_there() -> None:
    assert [s.text for s in sentences("Options.")] == ["Options"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Options. Remove the age field from the model. The union signs off on the rules.", "en"),
        ("Opties. Haal het veld leeftijd uit het model. De OR tekent voor de regels.", "nl"),
    ],
)
def test_measures_after_a_bare_step_name_are_options(
    reader: Reader, text: str, language: str
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    reading = reader.read(text, session)
    assert reading.effects == []
    assert len(reading.options) == 2
