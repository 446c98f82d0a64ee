"""A measure hedged with "misschien iets met/als ..." or "maybe something like/with ..." is the
measure without the hedge ("misschien iets met dat een handhaver eerst belt": "Een handhaver ...
eerst belt"). Sentences written for these tests, in Dutch and English."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("misschien iets met dat een medewerker altijd eerst belt voordat hij langskomt?", "nl",
         "Een medewerker altijd eerst belt voordat hij langskomt"),
        ("misschien iets als een folder bij de aanslag", "nl", "Een folder bij de aanslag"),
        ("maybe something like a card at the door", "en", "A card at the door"),
    ],
)  # fmt: skip
def test_the_hedge_is_no_part_of_the_measure(
    message_reader: Reader, text: str, language: str, measure: str
) -> None:
    reading = read_in(message_reader, text, ("Boeren",), language, "a tool", Step.OPTIONS)
    assert [o.text for o in reading.options] == [measure]
