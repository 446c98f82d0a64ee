"""Two describing words joined by "en"/"and" before one word for people name one group ("dove en
slechthorende inwoners"), not a bare adjective beside a group (found in the dev6 conversations'
first measurement; sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.actor_lists import names_in_list


@pytest.mark.parametrize(
    ("text", "names"),
    [("betrokken: blinde en slechtziende reizigers, de vervoerder",
      ["Blinde en slechtziende reizigers", "Vervoerder"]),
     ("oudere en jongere huurders, de corporatie", ["Oudere en jongere huurders", "Corporatie"]),
     ("involved: deaf and hard-of-hearing viewers, the broadcaster",
      ["Deaf and hard-of-hearing viewers", "Broadcaster"]),
     ("older and younger tenants, the landlord", ["Older and younger tenants", "Landlord"])],
)  # fmt: skip
def test_two_describing_words_before_one_group_are_one_actor(text: str, names: list[str]) -> None:
    assert names_in_list(text, led=True) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [("privacy en kwetsbare huurders", ["Privacy", "Kwetsbare huurders"]),
     ("de huurders en jonge gezinnen", ["Huurders", "Jonge gezinnen"]),
     ("the police and young drivers", ["Police", "Young drivers"])],
)  # fmt: skip
def test_a_noun_before_a_described_group_keeps_them_apart(text: str, names: list[str]) -> None:
    assert names_in_list(text, led=True) == names


def test_a_noun_before_an_owner_and_a_group_keeps_them_apart() -> None:
    assert names_in_list("the supplier and its reviewers, the school", led=True) == [
        "Supplier",
        "Reviewers",
        "School",
    ]


def test_a_noun_ending_like_a_describing_word_is_no_describing_word() -> None:
    assert names_in_list("the supplier and older residents", led=True) == [
        "Supplier",
        "Older residents",
    ]
