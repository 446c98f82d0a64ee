"""A clause that opens by denying what follows ("het is niet zo dat X", "niet dat X", "it's not
that X") has the opposite direction of what it denies: a double negative is positive ("het is
niet zo dat de huurders er niets aan hebben: ..."), a denied gain negative ("niet dat ze er
minder werk aan hebben, eerder meer"). Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "direction"),
    [
        ("Het is niet zo dat de huurders er niets aan hebben: ze zien eindelijk wat er met hun "
         "melding gebeurt.", "nl", "positive"),
        ("Niet dat de huurders er minder werk aan hebben, eerder meer, want ze moeten alles "
         "zelf invoeren.", "nl", "negative"),
        ("It's not that the tenants lose out: they finally see what happens to their "
         "report.", "en", "positive"),
    ],
)  # fmt: skip
def test_a_denied_opening_turns_the_direction(
    reader: Reader, text: str, language: str, direction: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een meldingenapp", ("Huurders",))
    found = reader.read(text, session).effects
    assert len(found) == 1 and found[0].direction == direction
