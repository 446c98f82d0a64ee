"""The reader on the direction of effects told with words of dislike ("hate", "saai"), of a
first step to worse ("hellend vlak", "slippery slope") and of a long wish come true
("eindelijk"), also turned by "less"/"minder" (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.polarity import clause_direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Oudere bezoekers haten het praten met een scherm", "negative"),
        ("Some patients hate filling in the screen alone", "negative"),
        ("Het werk aan de balie wordt saai", "negative"),
        ("The desk work gets boring", "negative"),
        ("Minder saai invoerwerk voor de medewerkers", "positive"),
        ("Less boring typing for the doctors", "positive"),
        ("Voor de privacy een hellend vlak", "negative"),
        ("For privacy it is a slippery slope", "negative"),
        ("Eindelijk cijfers over de drukte aan de balie", "positive"),
    ],
)
def test_direction_of_dislike_slope_and_long_wish(text: str, direction: str) -> None:
    assert clause_direction(text) == direction
