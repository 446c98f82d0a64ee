"""Limits set on the technology as a heading over a list ("Grenzen die we stellen:", "Onze harde
grenzen:", "Limits we set:", "Red lines:"): the lines below it are handling options, also where
effects are still asked (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Grenzen die we stellen:\n1. de lampen gaan nooit helemaal uit op het fietspad\n2. de "
         "sensor slaat geen beelden op", "nl"),
        ("Onze harde grenzen:\n- de lampen gaan nooit helemaal uit op het fietspad\n- de sensor "
         "slaat geen beelden op", "nl"),
        ("Limits we set:\n- the lights never go fully off on the cycle path\n- the sensor keeps "
         "no images", "en"),
        ("Red lines:\n- the lights never go fully off on the cycle path\n- the sensor keeps no "
         "images", "en"),
    ],
)  # fmt: skip
def test_limits_under_their_heading_are_options(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.EFFECTS, language, "Slimme straatlantaarns", ("fietsers",))
    reading = reader.read(text, session)
    assert len(reading.options) == 2
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Grenzen aan wat we weten:\n- fietsers voelen zich onveilig in het donker", "nl"),
        ("Limits of the pilot were tight, and cyclists felt unsafe in the dark.", "en"),
    ],
)
def test_other_talk_of_limits_is_no_heading(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.EFFECTS, language, "Slimme straatlantaarns", ("fietsers",))
    reading = reader.read(text, session)
    assert reading.options == []
