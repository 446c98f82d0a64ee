"""Which actor a sentence mentions, by the forms of a word: a plural or inflection of the
actor's head is the actor ("klant"/"klanten", "owner"/"owners"), a longer word that only starts
the same is not ("oude"/"ouders", "arm"/"armband") (Dutch and English; words chosen for these
tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor
from assistant.method.reading.mentions import mentioned_actor, referred_actor, same_word


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("klant", "klanten", True),
        ("tenant", "tenants", True),
        ("leraar", "leraren", True),
        ("kind", "kinderen", True),
        ("oude", "ouders", False),
        ("pass", "passage", False),
    ],
)
def test_a_word_and_its_plural_are_the_same_word(one: str, other: str, expected: bool) -> None:
    assert same_word(one, other) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zoals bij het oude systeem ook gebeurde.", None),
        ("De ouders krijgen een brief.", "a1"),
        ("As happened with the old system.", None),
        ("The parents get a letter.", "a2"),
    ],
)
def test_an_adjective_that_starts_like_an_actor_is_no_mention(
    text: str, expected: str | None
) -> None:
    actors = [Actor(id="a1", name="Ouders"), Actor(id="a2", name="Parents")]
    found = mentioned_actor(text, actors)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Horeca krijgt een beter imago.", "a1"),
        ("De marktkraam krijgt minder klanten.", None),
        ("Hospitality gets a better image.", "a2"),
    ],
)
def test_the_first_part_of_a_compound_name_names_the_group(text: str, expected: str | None) -> None:
    actors = [Actor(id="a1", name="Horeca-ondernemers"), Actor(id="a2", name="Hospitality-staff")]
    found = mentioned_actor(text, actors)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Bus drivers without a pass", "a2"),
        ("taxi drivers", "a1"),
        ("Buschauffeurs", "a3"),
        ("bus chauffeurs", "a3"),
    ],
)
def test_the_word_before_the_head_can_name_another_actor(subject: str, expected: str) -> None:
    actors = [
        Actor(id="a1", name="Taxi drivers"),
        Actor(id="a2", name="Bus passengers"),
        Actor(id="a3", name="Buschauffeurs"),
    ]
    found = referred_actor(subject, actors)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("het RDW", "a1"),
        ("the RDW", "a1"),
        ("de GGD", None),
    ],
)
def test_an_abbreviation_names_the_actor_whose_name_holds_it(
    subject: str, expected: str | None
) -> None:
    actors = [Actor(id="a1", name="Medewerkers van de RDW"), Actor(id="a2", name="Garagehouders")]
    found = referred_actor(subject, actors)
    assert (found.id if found else None) == expected
