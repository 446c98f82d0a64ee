"""The reader on actors named outside the actors step: a list with a lead-in that adds to what
was said ("en verder de GGD en de school", "and also the union and the vendor"), an
organisation's abbreviation among them, and "the involved are ..." while the case is asked, in
Dutch and English (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("En verder de RDW als toezichthouder, en de garagehouders.", "nl",
         ["RDW", "Garagehouders"]),
        ("Daarnaast de vakbond en de leverancier.", "nl", ["Vakbond", "Leverancier"]),
        ("And also the ILT as inspector, and the garage owners.", "en",
         ["ILT", "Garage owners"]),
        ("Besides that the union and the vendor.", "en", ["Union", "Vendor"]),
    ],
)  # fmt: skip
def test_names_added_with_a_lead_in_during_the_effects_are_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Camera's bij de APK", ("Automobilisten",))
    reading = reader.read(text, session)
    assert reading.actors == expected
    assert not reading.effects
    assert not reading.unread


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Verder de wachttijden en de kosten.", "nl"),
        ("Also the waiting times and the costs.", "en"),
    ],
)
def test_things_added_with_a_lead_in_are_no_actors(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Camera's bij de APK", ("Automobilisten",))
    assert not reader.read(text, session).actors


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The involved are the garage owners, the drivers and the inspectors.", "en",
         ["Garage owners", "Drivers", "Inspectors"]),
        ("The affected are the drivers and their passengers.", "en", ["Drivers", "Passengers"]),
    ],
)  # fmt: skip
def test_the_involved_are_listed_while_the_case_is_asked(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.CASE, language, "")
    reading = reader.read(text, session)
    assert reading.actors == expected
    assert not reading.case.get("technology")
