"""A list of people where an item goes on with whoever else it may be ("hun kinderen of wie het
bericht krijgt", "their parents or whoever picks them up") or names the speaker's own team ("us in
the district team", "wij bij het wijkteam"): the people named are the actors, the rest no part of
their names. Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

from assistant.method.reading.actor_lists import names_in_list


def test_an_item_with_whoever_else_en() -> None:
    text = "the pupils, their parents or whoever picks them up, the bus company"
    assert names_in_list(text) == ["Pupils", "Parents", "Bus company"]


def test_an_item_with_whoever_else_nl() -> None:
    text = "de bewoners, hun kinderen of wie het bericht krijgt, de huisarts"
    assert names_in_list(text) == ["Bewoners", "Kinderen", "Huisarts"]


def test_the_speakers_own_team_in_a_list_en() -> None:
    text = "the tenants, us at the housing office, the caretaker"
    assert names_in_list(text) == ["Tenants", "Housing office", "Caretaker"]


def test_the_speakers_own_team_in_a_list_nl() -> None:
    text = "de ouderen, wij bij het wijkteam, de huisarts"
    assert names_in_list(text) == ["Ouderen", "Wijkteam", "Huisarts"]


def test_a_double_name_with_or_stays_whole() -> None:
    assert names_in_list("de ouders of verzorgers, de leerkrachten") == [
        "Ouders of verzorgers",
        "Leerkrachten",
    ]
