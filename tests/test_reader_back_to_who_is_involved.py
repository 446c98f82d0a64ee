"""The reader on going back to the actors step by its question ("terug naar wie het raakt:
...", "back to who is involved: ..."), with the names after it read as actors, in Dutch and
English (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.intents import step_from_words
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("terug naar wie het raakt: vissers, havenmeesters en de gemeente", "nl",
         ["Vissers", "Havenmeesters", "Gemeente"]),
        ("even terug naar wie er betrokken zijn: de kapiteins en de sluiswachters", "nl",
         ["Kapiteins", "Sluiswachters"]),
        ("back to who is involved: anglers, harbour masters and the council", "en",
         ["Anglers", "Harbour masters", "Council"]),
        ("going back to who it affects - the skippers and the lock keepers", "en",
         ["Skippers", "Lock keepers"]),
    ],
)  # fmt: skip
def test_back_to_who_is_involved_goes_to_the_actors_and_reads_the_names(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.VALUES, language, "Camera's bij de sluis")
    reading = reader.read(text, session)
    assert reading.goto == Step.ACTORS
    assert reading.actors == expected
    assert not reading.options


@pytest.mark.parametrize(
    ("words", "step"),
    [
        ("wie het raakt", Step.ACTORS),
        ("who is affected", Step.ACTORS),
        ("wie zei dat", None),
        ("who wrote it", None),
    ],
)
def test_a_question_names_the_actors_step_only_when_it_asks_who_is_involved(
    words: str, step: Step | None
) -> None:
    assert step_from_words(words) == step
