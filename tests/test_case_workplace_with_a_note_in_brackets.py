"""Where the writer works, with a note in brackets after it ("a water board (waterschap)", "de
provincie (Gelderland)"), is the case's context, not "I'm at ..." (Dutch and English; sentences
written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "context"),
    [
        ("Hoi, ik werk bij de provincie (Gelderland). We willen een app die boeren helpt met"
         " beregenen.", "nl", "de provincie (Gelderland)"),
        ("Hi, I'm at a water board (waterschap). We want sensors in ditches that measure the"
         " water level.", "en", "a water board (waterschap)"),
    ],
)  # fmt: skip
def test_a_workplace_with_a_note_in_brackets_is_the_context(
    reader: Reader, text: str, language: str, context: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert reading.case["context"] == context
    assert "ik werk" not in reading.case["technology"].lower()
    assert "i'm at" not in reading.case["technology"].lower()
