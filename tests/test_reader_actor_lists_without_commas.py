"""The reader on names typed one after another without commas or articles, as terse writers do
("huurders verhuurders schoonmakers", "tenants landlords cleaners"): a new name at each word
for people, the words after it its qualifier; a sentence with a verb and articles is no such
list (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import run_on_names
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("huurders verhuurders met meerdere panden schoonmakers",
         ["huurders", "verhuurders met meerdere panden", "schoonmakers"]),
        ("tenants landlords cleaners", ["tenants", "landlords", "cleaners"]),
        ("chauffeurs reizigers met een rolstoel vervoerder",
         ["chauffeurs", "reizigers met een rolstoel", "vervoerder"]),
        ("bewoners klagen over de buren en de agenten", []),
        ("the app sends tenants a reminder", []),
        ("meer controle met minder mensen", []),
    ],
)  # fmt: skip
def test_names_without_commas_are_split_at_each_word_for_people(
    text: str, expected: list[str]
) -> None:
    assert run_on_names(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("marktmeesters kooplui bezoekers van buiten", "nl",
         ["Marktmeesters", "Kooplui", "Bezoekers van buiten"]),
        ("drivers passengers with a wheelchair dispatchers", "en",
         ["Drivers", "Passengers with a wheelchair", "Dispatchers"]),
    ],
)  # fmt: skip
def test_a_terse_answer_of_names_without_commas_is_a_list_of_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, reading_session(Step.ACTORS, language, "Een app voor de markt"))
    assert reading.actors == expected
