"""A catalogue value named with a word of kind in front of it ("cultural diversity",
"culturele diversiteit", "mental health"): the board keeps the speaker's name with the
catalogue's beside it; a word that only stresses the value ("crucial privacy") is left off.
Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.value_names import match_values
from assistant.paths import PROJECT_ROOT

CATALOGUE = Catalogue(PROJECT_ROOT / "corpus")


def said(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.said) for c in match_values(text, CATALOGUE)]


def test_a_word_of_kind_stays_with_the_value_en() -> None:
    assert said("mental health, digital inclusion and privacy") == [
        ("health", "mental health"),
        ("inclusion", "digital inclusion"),
        ("privacy", "privacy"),
    ]


def test_a_word_of_kind_stays_with_the_value_nl() -> None:
    assert said("culturele diversiteit en transparantie") == [
        ("inclusion", "culturele diversiteit"),
        ("transparency", "transparantie"),
    ]


def test_a_word_that_only_stresses_is_left_off() -> None:
    assert said("crucial privacy, essentiële transparantie") == [
        ("privacy", "privacy"),
        ("transparency", "transparantie"),
    ]


def test_the_board_names_the_value_in_the_speakers_words(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            "A province uses a language model to summarise grant applications for a committee.",
            "next",
            "Actors: applicants, the committee, grant officers",
            "Applicants with a polished writer keep their edge. Officers save a week per round.",
            "next",
            "Values: cultural diversity, transparency and fairness",
        ],
    )
    assert "Cultural diversity (Inclusion)" in [v.name for v in session.chosen_values()]
