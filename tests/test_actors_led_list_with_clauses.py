"""A lead that announces actors before a list whose first name is taken up by "die"/"who"
("betrokken: de huurders, die nooit gevraagd zijn, de huismeester en de leverancier"; Dutch and
English, sentences written for these tests) is a list of actors, not one actor with an effect;
a trailing "dus" is no part of a name."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Betrokken: de huurders, die nooit gevraagd zijn, de huismeester en de leverancier.",
         "nl", ["Huurders", "Huismeester", "Leverancier"]),
        ("Actoren nog: de buurtvereniging, die had al geklaagd, de meldkamer dus, en de boa's.",
         "nl", ["Buurtvereniging", "Meldkamer", "Boa's"]),
        ("Also involved: the caretaker, who gets alerts at night, the tenants and the supplier.",
         "en", ["Caretaker", "Tenants", "Supplier"]),
    ],
)  # fmt: skip
def test_led_list_with_clauses_names_every_actor(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een slimme deurbel", ("bewoners",))
    reading = reader.read(text, session)
    assert reading.actors == names
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De huurders, die voelen zich nooit gevraagd.", "nl"),
        ("The tenants, they never feel asked about it.", "en"),
    ],
)
def test_a_name_taken_up_again_without_a_lead_stays_one_actor(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een slimme deurbel", ("bewoners",))
    reading = reader.read(text, session)
    assert reading.actors == ["Huurders" if language == "nl" else "Tenants"]
