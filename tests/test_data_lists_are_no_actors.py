"""A list of what a system works from, told with the case ("op basis van leeftijd, diploma's,
woonwijk en gezinssamenstelling", "based on age, grades, district and household"), names data,
not actors; a list of people in the same kind of sentence still names actors (Dutch and English;
sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.actor_lists import names_embedded


@pytest.mark.parametrize(
    "text",
    [
        "Het model rangschikt sollicitanten op basis van opleiding, werkervaring, woonplaats en "
        "gezinssituatie.",
        "De tool kijkt naar leeftijd, begeleiding, wijk en gezinssamenstelling.",
        "The tool ranks applicants based on training, leadership, district and family situation.",
    ],
)
def test_what_the_system_works_from_is_no_list_of_actors(text: str) -> None:
    assert names_embedded(text) == []


def test_people_listed_in_a_case_sentence_are_still_actors() -> None:
    text = "Het rooster maken de teamleiders, de planners, de verpleegkundigen en de OR."
    assert len(names_embedded(text)) == 4
