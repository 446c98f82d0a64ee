"""The reader on a +/- list typed on one line, as a chat box sends it when Enter sends the
message: every signed item is an effect of its own with its sign's direction, the first one
too; a line that opens with no "+" (a bullet with a "+" inside, a dash as an aside) stays one
line (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.polarity import signed_lines
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("+ de balie is sneller klaar + minder papier - ouderen snappen het scherm niet"
         " - de koppeling valt soms uit", "nl",
         [("positive", "balie"), ("positive", "papier"), ("negative", "ouderen"),
          ("negative", "koppeling")]),
        ("+ the desk finishes sooner - older visitors get lost in the screen + less paper", "en",
         [("positive", "desk"), ("negative", "older"), ("positive", "paper")]),
    ],
)  # fmt: skip
def test_signed_items_on_one_line_are_effects_of_their_own(
    reader: Reader, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een kiosk in het stadhuis")
    reading = reader.read(text, session)
    found = [(e.direction, e.text.lower()) for e in reading.effects]
    assert len(found) == len(expected)
    for (direction, word), (got_direction, got_text) in zip(expected, found, strict=True):
        assert direction == got_direction
        assert word in got_text


@pytest.mark.parametrize(
    "line",
    [
        "de kiosk - die staat bij de ingang - is vaak kapot",
        "- ouderen snappen het scherm niet - echt niet",
        "- alleen scannen onder schooltijd + op het schoolnetwerk",
        "- only scan during school hours + on the school network, nothing in the evening",
        "the kiosk helps 2 + 2 people at once",
    ],
)
def test_a_line_without_signed_items_stays_one_line(line: str) -> None:
    assert signed_lines(line).count("\n") == 0
