"""Values named in the speaker's longer words keep those words on the board: "X of Y" where X
only resembles a catalogue name ("a feeling of togetherness", "safeguarding of children") is a
name of the speaker's own, "good" in front stays ("good housing"), and a long compound noun that
an everyday value word reads ("kinderveiligheid", "bodembescherming") is kept as said; "moving
on" moves on and is no value. Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.value_names import match_values
from assistant.paths import PROJECT_ROOT

CATALOGUE = Catalogue(PROJECT_ROOT / "corpus")


def said(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.said) for c in match_values(text, CATALOGUE)]


def test_a_name_with_of_whose_head_only_resembles_a_value_is_the_speakers_own() -> None:
    assert said("privacy, and a sense of pride") == [
        ("privacy", "privacy"),
        ("Sense of pride", ""),
    ]
    assert said("trust, protection of young people") == [
        ("trust", "trust"),
        ("Protection of young people", ""),
    ]


def test_a_catalogue_value_with_whom_it_is_for_keeps_its_name() -> None:
    assert said("fairness of the procedure, autonomy") == [
        ("justice", "fairness"),
        ("autonomy", "autonomy"),
    ]


def test_good_in_front_of_a_value_stays_in_its_name() -> None:
    assert said("good employment and transparency") == [
        ("livelihood", "good employment"),
        ("transparency", "transparency"),
    ]
    assert said("goede werkgelegenheid, privacy")[0][1] == "goede werkgelegenheid"


def test_a_compound_noun_for_a_value_is_kept_as_said() -> None:
    assert said("verkeersveiligheid en autonomie")[0] == ("public-safety", "verkeersveiligheid")
    assert said("natuurbescherming, privacy")[0] == ("sustainability", "natuurbescherming")


def test_a_short_everyday_word_is_not_kept_as_a_name() -> None:
    assert said("het moet transparanter en veiliger") == [
        ("transparency", ""),
        ("public-safety", ""),
    ]


def test_moving_on_at_the_values_moves_on_and_names_no_value(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            "A city tests sensors in bins that report when they are full.",
            "next",
            "Actors: waste collectors, residents",
            "Collectors drive fewer empty rounds. Residents worry the sensors track them.",
            "next",
            "moving on",
        ],
    )
    assert "Moving on" not in [v.name for v in session.values]


def test_the_board_shows_the_speakers_longer_name(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            "A region uses an app that plans home care visits automatically.",
            "next",
            "Actors: carers, clients, planners",
            "Carers get fewer last-minute changes. Clients see a different carer every week.",
            "next",
            "Values: good employment, a feeling of belonging among clients",
        ],
    )
    names = [v.name for v in session.chosen_values()]
    assert "Good employment (Livelihood)" in names
    assert any("feeling of belonging" in n.lower() for n in names)
