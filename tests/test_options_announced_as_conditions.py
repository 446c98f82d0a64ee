"""The speaker's conditions announced with a colon ("mijn voorwaarden voor de proef: ...", "our
conditions for the trial: ...") are measures, not effects, whatever step is asked."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mijn voorwaarden voor de proef: als een sensor twee keer vals alarm geeft, komt er "
            "een monteur kijken.",
            "nl",
        ),
        (
            "Our conditions for the trial: if a sensor gives two false alarms, a technician "
            "comes to check it.",
            "en",
        ),
    ],
)
def test_conditions_are_options(reader: Reader, text: str, language: str) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.VALUES
    reading = reader.read(text, session)
    assert reading.effects == []
    assert reading.options
