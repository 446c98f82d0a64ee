"""The reader on sentences among effects that are never effects, whatever words they hold: a
sentence that says so itself ("geen effect, meer een kostenpost", "not an effect really"), one
that goes off the subject ("off topic: ..."), and a question to the assistant ("weet jij of
...?", "do u know if ...?")
(Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import CLINIC, LIBRARY
from method_fakes import read_effects as read

from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dat is geen effect, meer een kostenpost voor de afdeling.", "nl"),
        ("Not an effect really, more a risk for the planning.", "en"),
        ("Off topic: medewerkers van de balie hebben een nieuw rooster.", "nl"),
        ("off topic but doctors got a new roster", "en"),
        ("weet jij of de AVG dit slechter maakt voor bezoekers?", "nl"),
        ("do u know if the law makes this worse for patients?", "en"),
    ],
)
def test_sentence_that_is_never_an_effect(message_reader: Reader, text: str, language: str) -> None:
    actors = LIBRARY if language == "nl" else CLINIC
    assert read(message_reader, text, actors, language).effects == []


def test_effect_after_a_sentence_that_is_none_is_still_read_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Dat is geen effect. Bezoekers voelen zich bekeken bij de poortjes.",
        LIBRARY,
        "nl",
    )
    assert [e.text for e in reading.effects] == ["Bezoekers voelen zich bekeken bij de poortjes"]


def test_effect_after_a_sentence_that_is_none_is_still_read_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Off topic, sorry. Patients feel watched in the hall.", CLINIC, "en"
    )
    assert [e.text for e in reading.effects] == ["Patients feel watched in the hall"]


def test_a_correction_of_an_effect_is_still_an_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Correction on the patients: they do get the text, but in Dutch only, so many miss it.",
        CLINIC,
        "en",
    )
    assert [e.direction for e in reading.effects] == ["negative"]
