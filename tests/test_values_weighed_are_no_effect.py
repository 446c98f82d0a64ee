"""Where values are asked, a sentence that weighs values against each other or leaves one out
("privacy weegt voor mij zwaarder dan snelheid", "fairness matters more to me than speed",
"leave out X") ranks the values: no effect of its own; the values listed beside it are read."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "nl",
            "Voor mij weegt gelijke behandeling zwaarder dan tijdwinst. Dus privacy, vertrouwen.",
            "privacy",
        ),
        (
            "nl",
            "Ik vind de zelfstandigheid van bewoners belangrijker dan onze rust. Verder privacy.",
            "privacy",
        ),
        (
            "en",
            "For me fairness weighs more than the time savings. So fairness and privacy.",
            "privacy",
        ),
        (
            "en",
            "Leave out sustainability, that's the supplier's worry not ours. Privacy and trust.",
            "trust",
        ),
    ],
)
def test_values_weighed_are_no_effect(reader: Reader, language: str, text: str, value: str) -> None:
    session = reading_session(
        Step.VALUES, language, "een app" if language == "nl" else "an app", ("Bewoners",)
    )
    read = reader.read(text, session)
    assert read.effects == []
    assert value in [v.name for v in read.values]


def test_a_ranking_told_among_effects_stays_an_effect(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", "an app", ("Residents",))
    text = (
        "Residents find their privacy more important than the discount, so many stop using the app."
    )
    assert reader.read(text, session).effects
