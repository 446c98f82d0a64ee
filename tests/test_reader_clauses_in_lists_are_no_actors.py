"""The reader on sentences that look like lists but are clauses: a sentence that starts with a
pronoun or a question word ("it also logs heart rate and where they look") names no actor; in a
list, the speaker's own organisation ("wij als corporatie") is named by its role, a reason after
a name is cut off, and an abbreviation in capitals ("IT staff") is no pronoun (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import names_in_list
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Een rijsimulator voor buschauffeurs in opleiding. Hij registreert ook de remtijd en "
         "waar ze naar kijken.", "nl"),
        ("A driving simulator for bus drivers in training. It also logs braking time and where "
         "they look.", "en"),
    ],
)  # fmt: skip
def test_a_case_sentence_with_pronouns_names_no_actors(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they log braking time and where they look", []),
        ("we, the drivers and the union", []),
        ("het team, de chauffeurs en de vakbond", ["Team", "Chauffeurs", "Vakbond"]),
        ("tenants, IT staff and the landlord", ["Tenants", "IT staff", "Landlord"]),
        ("de huurders, de beheerder en natuurlijk wij als corporatie omdat wij de sensoren "
         "betalen", ["Huurders", "Beheerder", "Corporatie"]),
        ("the tenants and we as the housing association", ["Tenants", "Housing association"]),
        ("in elk geval de huurders en de beheerder", ["Huurders", "Beheerder"]),
    ],
)  # fmt: skip
def test_a_list_with_a_pronoun_led_part_is_no_list_of_names(text: str, expected: list[str]) -> None:
    assert names_in_list(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("actors - tenants, caretakers, IT dept", "en", ["Tenants", "Caretakers", "IT dept"]),
        ("betrokkenen - huurders, beheerders en de gemeente", "nl",
         ["Huurders", "Beheerders", "Gemeente"]),
    ],
)  # fmt: skip
def test_a_dash_after_the_actors_label_is_a_lead_in(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, reading_session(Step.ACTORS, language, "Vochtsensoren"))
    assert reading.actors == expected
