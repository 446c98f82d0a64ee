"""Lists typed over from a session's boards: the board named in front of a label ("Flip-over
\"plus\":", "Flip chart 2, effects:") and a remark in brackets on a heading ("Negative (group 2
was loud):") are no actor, effect or option; the label heads the list below it (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.board_headers import board_headers
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Flip-over "min":\n- lawaai', "Min:\n- lawaai"),
        ("Flip chart 3, effects:\n- noise", "Effects:\n- noise"),
        ("Sticky notes, negative (mostly the evening group):\n- noise", "Negative:\n- noise"),
        ("Plus (vooral groep 2):\n- rust", "Plus:\n- rust"),
        ('Tweede flip-over "waar lopen we tegenaan":\n- lawaai', "\n- lawaai"),
        ("Post-its groep 3:\n- lawaai", "\n- lawaai"),
        ("Last poster, handling options. We ran out of time.",
         "Handling options. We ran out of time."),
    ],
)  # fmt: skip
def test_the_board_and_the_remark_are_taken_off(text: str, expected: str) -> None:
    assert board_headers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De flip-over hing scheef, haha",
        "Posters in de hal: een goed idee",
        "The whiteboard was full by ten",
        "Bewoners (vooral ouderen): zij merken het eerst",
    ],
)
def test_other_lines_stay_as_they_are(text: str) -> None:
    assert board_headers(text) == text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('Flip-over "plus":\n- de buurt slaapt beter\nFlip-over "min":\n- de kroegbazen verliezen '
         "klanten", "nl"),
        ("Sticky notes, positive (group 1 mostly):\n- the street sleeps better\nNegative (group 2 "
         "was loud):\n- the pub owners lose customers", "en"),
    ],
)  # fmt: skip
def test_board_labels_give_the_direction_and_name_nobody(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Geluidssensoren", ("buurt", "kroegbazen"))
    reading = reader.read(text, session)
    assert [e.direction for e in reading.effects] == ["positive", "negative"]
    named = " ".join(reading.actors).lower()
    assert not any(w in named for w in ("flip", "sticky", "group", "plus", "min", "negative"))
