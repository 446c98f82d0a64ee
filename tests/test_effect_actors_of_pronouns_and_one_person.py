"""The actor of an effect told with a pronoun after a group named earlier in the message, and
of an effect told about one person of a known group (Dutch and English; sentences written for
these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Actor
from assistant.method.reading.mentions import group_of_one, last_mentioned_actor
from assistant.method.reading.reader import Reader

PARK_NL = ("Parkwachters", "Hondenbezitters", "Gemeente")
PARK_EN = ("Park rangers", "Dog owners", "Municipality")


def _actors(names: tuple[str, ...]) -> list[Actor]:
    return [Actor(id=n, name=n) for n in names]


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Een oudere parkwachter", "Parkwachters"),
        ("Parkwachter Joris", "Parkwachters"),
        ("één hondenbezitter", "Hondenbezitters"),
        ("Hondenbezitters", None),  # the group itself, not one of it
        ("Een wethouder", None),
        ("Een vrijwillige parkwachter", None),  # volunteers may be a group of their own
    ],
)  # fmt: skip
def test_group_of_one_person_nl(name: str, group: str | None) -> None:
    found = group_of_one(name, _actors(PARK_NL))
    assert (found.name if found else None) == group


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("A park ranger", "Park rangers"),
        ("Ranger Tom", "Park rangers"),
        ("the dog owner", "Dog owners"),
        ("Dog owners", None),
        ("A journalist", None),
        ("A head park ranger", None),  # another role than the rangers
        ("The lead dog owner", None),
    ],
)  # fmt: skip
def test_group_of_one_person_en(name: str, group: str | None) -> None:
    found = group_of_one(name, _actors(PARK_EN))
    assert (found.name if found else None) == group


def test_last_mentioned_actor_is_the_last_group_named() -> None:
    nl = last_mentioned_actor(
        "De gemeente stuurt de parkwachters langs de hondenbezitters", _actors(PARK_NL)
    )
    en = last_mentioned_actor("The park rangers talked to dog owners", _actors(PARK_EN))
    assert (nl.name if nl else None, en.name if en else None) == ("Hondenbezitters", "Dog owners")


@pytest.mark.parametrize(
    ("text", "language", "actors", "actor"),
    [
        ("Ik sprak vorige week met de hondenbezitters. Ze voelen zich opgejaagd.", "nl",
         PARK_NL, "Hondenbezitters"),
        ("Last week I spoke with the dog owners. They feel hunted.", "en", PARK_EN,
         "Dog owners"),
    ],
)  # fmt: skip
def test_pronoun_effect_is_about_the_group_named_before(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], actor: str
) -> None:
    read = told(read_in(message_reader, text, actors, language, "camera's in het park"))
    assert [a for _, _, a in read] == [actor]


@pytest.mark.parametrize(
    ("text", "language", "actors", "actor"),
    [
        ("Een oudere parkwachter vertelde dat hij zich overbodig voelt.", "nl", PARK_NL,
         "Parkwachters"),
        ("Parkwachter Joris raakte zijn vaste ronde kwijt.", "nl", PARK_NL, "Parkwachters"),
        ("A park ranger told us he feels he is no longer needed.", "en", PARK_EN,
         "Park rangers"),
    ],
)  # fmt: skip
def test_effect_about_one_person_is_about_their_group(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], actor: str
) -> None:
    reading = read_in(message_reader, text, actors, language, "camera's in het park")
    assert [a for _, _, a in told(reading)] == [actor]
    assert not reading.actors  # no new actor for the one person


def test_last_mentioned_actor_is_people_not_a_thing() -> None:
    actors = _actors(("Hondenbezitters", "Parkdossier"))
    found = last_mentioned_actor("De hondenbezitters zagen hun dossier", actors)
    assert found is not None and found.name == "Hondenbezitters"


def test_last_mentioned_actor_not_by_the_tail_of_its_compound() -> None:
    actors = _actors(("Hondenbezitters", "Bezitters"))
    found = last_mentioned_actor(
        "De bezitters zagen de hondenbezitters", _actors(("Parkwachters", "Hondenbezitters"))
    )
    assert last_mentioned_actor("Er kwamen bezitters langs", actors[:1]) is None
    assert found is not None and found.name == "Hondenbezitters"
