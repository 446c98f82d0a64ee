"""A measure after a remark that names whom the missing kind is for ("iets voor de buschauffeurs
zelf: die ...", "something for the cleaners themselves - they ...") is about those people: the
pronoun that opens it becomes their name (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("wat nog ontbreekt is iets voor de buschauffeurs zelf: die krijgen een knop om de camera"
         " even uit te zetten", "nl", "De buschauffeurs krijgen een knop"),
        ("what's missing is something for the cleaners themselves - they could get a card that"
         " explains what the sensor counts", "en", "The cleaners could get a card"),
    ],
)  # fmt: skip
def test_the_pronoun_opening_the_measure_names_the_people(
    reader: Reader, text: str, language: str, expected: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Camera's in de bus")
    reading = reader.read(text, session)
    assert [o.kind for o in reading.options] == ["human"]
    assert reading.options[0].text.startswith(expected)
