"""Measures of the user's own that a message adds after turning a proposal down by number
("2 and 3 yes. 4 no. Plus: ...", "1 ja. 2 nee. Daarnaast zelf nog: ...") are read, not dropped
as the reason for turning it down; a plain reason still goes. And a Dutch demand for what must
be possible ("moet hij dat kunnen inzien", "moeten bezwaar kunnen maken") is a measure where
options are asked, also after a condition (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Step
from assistant.method.reading.reading import Reading
from assistant.method.reading.references import read_references
from tests.method_fakes import options_proposed, read_in

PROPOSALS = (
    ("design", "Short retention: delete the images after a day."),
    ("environment", "A yearly audit: an outside firm checks the system every year."),
    ("human", "Training for staff: a course on reading the scores."),
    ("environment", "A register entry: describe the system in the public register."),
)


def _rest(text: str, language: str = "en") -> tuple[str | None, list[int] | None]:
    session = options_proposed(PROPOSALS, "a camera" if language == "en" else "een camera")
    reading = Reading()
    return read_references(text, session, reading), reading.reference


def test_measure_added_after_a_refusal_is_read_in_english() -> None:
    rest, picked = _rest("1 and 2 yes. 4 no. Plus: parents get a letter about the cameras.")
    assert picked == [1, 2]
    assert rest == "Plus: parents get a letter about the cameras."


def test_measure_added_after_a_refusal_is_read_in_dutch() -> None:
    rest, picked = _rest("1 ja. 3 nee. Daarnaast zelf nog: een vaste contactpersoon.", "nl")
    assert picked == [1]
    assert rest == "Daarnaast zelf nog: een vaste contactpersoon."


def test_reason_for_a_refusal_is_still_no_measure() -> None:
    rest, picked = _rest("1 and 2 yes. 4 no. Far too expensive for a pilot. And blur faces.")
    assert picked == [1, 2]
    assert rest == "And blur faces."


def test_dutch_demand_for_what_must_be_possible_is_a_measure(reader: Any) -> None:
    for text in (
        "Als een bewoner vraagt of zijn huis op de kaart staat, moet hij dat kunnen inzien.",
        "Ouders moeten de opnames van hun eigen kind kunnen opvragen.",
    ):
        reading = read_in(reader, text, ("Bewoners",), "nl", "een kaart", Step.OPTIONS)
        assert len(reading.options) == 1 and not reading.effects, text


def test_english_demand_for_what_must_be_possible_is_a_measure(reader: Any) -> None:
    text = "If a resident asks whether his house is on the map, he should be able to see it."
    reading = read_in(reader, text, ("Residents",), "en", "a map", Step.OPTIONS)
    assert len(reading.options) == 1 and not reading.effects
