"""The actor of a clause that points back at the effect before it in the same sentence: behind
a fronted phrase ("..., in de winter scheelt dat dagen"), "there is more ..." and a bare word
after a comma ("..., overload"); a clause that names people of its own keeps them (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

REPAIR_NL = ("Huurders", "Monteurs", "Verhuurder")
REPAIR_EN = ("Tenants", "Mechanics", "Landlord")


def _actors_read(reader: Reader, text: str, language: str) -> list[str]:
    actors = REPAIR_NL if language == "nl" else REPAIR_EN
    return [a for _, _, a in told(read_in(reader, text, actors, language, "een reparatie-app"))]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("Huurders hoeven minder lang te wachten, in de winter scheelt dat dagen.", "nl",
         "Huurders"),
        ("Monteurs weten eerder wat ze moeten meenemen, bij een lekkage scheelt dat veel stress.",
         "nl", "Monteurs"),
        ("Tenants wait less for a repair, in winter that saves them days.", "en", "Tenants"),
        ("Mechanics know what to bring, on a busy day that saves a second trip.", "en",
         "Mechanics"),
    ],
)  # fmt: skip
def test_clause_with_pronoun_behind_a_fronted_phrase_keeps_the_actor(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    assert _actors_read(message_reader, text, language) == [actor, actor]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("Huurders hoeven niet meer te bellen, en er komen veel meer reparatiemomenten.", "nl",
         "Huurders"),
        ("Tenants no longer have to call the office, and there could be many more repair slots.",
         "en", "Tenants"),
    ],
)  # fmt: skip
def test_there_is_more_clause_keeps_the_actor(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    assert _actors_read(message_reader, text, language) == [actor, actor]


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("plus:\n- snellere reparaties\nmin:\n- monteurs niet gevraagd, werkdruk", "nl",
         ["", "Monteurs", "Monteurs"]),
        ("+ faster repairs\n- same mechanics every time, overload", "en",
         ["", "Mechanics", "Mechanics"]),
    ],
)  # fmt: skip
def test_bare_word_after_a_comma_keeps_the_actor(
    message_reader: Reader, text: str, language: str, actors: list[str]
) -> None:
    assert _actors_read(message_reader, text, language) == actors


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("Huurders hoeven minder lang te wachten, in de winter hebben monteurs het drukker.", "nl",
         ["Huurders", "Monteurs"]),
        ("Tenants wait less, and in winter the landlord notices that too.", "en",
         ["Tenants", "Landlord"]),
        ("Huurders wachten korter. In de winter scheelt dat dagen.", "nl", ["Huurders", ""]),
    ],
)  # fmt: skip
def test_clause_naming_its_own_actor_or_in_a_new_sentence_is_not_carried(
    message_reader: Reader, text: str, language: str, actors: list[str]
) -> None:
    assert _actors_read(message_reader, text, language) == actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De monteurs plannen hun dag zelf. Een van hen is bang dat hij straks wordt afgerekend.",
         "nl"),
        ("The mechanics plan their own day. One of them worries he will be blamed for delays.",
         "en"),
    ],
)  # fmt: skip
def test_one_of_them_is_about_the_group_named_before(
    message_reader: Reader, text: str, language: str
) -> None:
    actor = "Monteurs" if language == "nl" else "Mechanics"
    assert _actors_read(message_reader, text, language)[-1] == actor
