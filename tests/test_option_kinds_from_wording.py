"""The kind of a handling option from how it is worded (Dutch and English; sentences written for
these tests): a purpose after the measure does not decide its kind, a system named after
"zonder"/"without" is absent, a rule that the system never decides alone or a rule laid down in
policy is about the environment, a body that speaks for a group acts in the environment, a case
handed to a person is about people, people who see something in an app receive it, and the
technology's output in front acts like the technology itself."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import option_kind


@pytest.mark.parametrize(
    "text",
    [
        "Het overzicht toont bij elke melding de bron uit het dossier, zodat de medewerker het "
        "origineel kan nalezen",
        "The summary marks every point with the page of the letter, so that the lawyer can "
        "check the original",
    ],
)
def test_a_purpose_after_the_measure_does_not_decide_its_kind(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize(
    "text",
    ["Twee keer per jaar een oefening zonder het systeem", "A yearly drill without the software"],
)
def test_a_system_named_after_without_is_absent(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    "text",
    [
        "Het algoritme mag nooit alleen beslissen over een boete",
        "De voorspelling mag niet zelfstandig bepalen wie een controle krijgt",
        "A camera alert never leads to a fine by itself",
        "The score may never decide alone whether a family gets a visit",
        "A missed reading never results in a sanction on its own, written in the enforcement rules",
        "Een storing van de meter leidt nooit tot een boete, vastgelegd in het handhavingsbeleid",
    ],
)
def test_a_rule_about_using_the_systems_output_is_about_the_environment(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize(
    "text",
    [
        "De bewonersvereniging beslist mee over welke gegevens we bewaren",
        "De patiëntenbond praat mee over de instellingen",
        "The tenants' association has a say in which data is kept",
        "The fishermen's union co-designs the monitoring protocol",
        "The supplier contract rules out any training on our recordings",
        "De softwareleverancier gebruikt de opnames nooit voor training",
    ],
)
def test_a_body_for_a_group_or_a_supplier_acts_in_the_environment(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize(
    "text",
    [
        "Lastige aanvragen gaan altijd naar een behandelaar",
        "Twijfelgevallen worden doorgestuurd naar een medewerker",
        "Unusual cases are always sent to an assessor",
        "Borderline cases go first to a senior officer",
    ],
)
def test_a_case_handed_to_a_person_is_about_people(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    "text",
    [
        "De ondernemer ziet dezelfde cijfers op hetzelfde moment in de app",
        "The grower sees the same figures at the same time in an app",
    ],
)
def test_people_who_see_something_in_an_app_receive_a_design_measure(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bordjes bij elke toegang van het park", "environment"),
        ("Een campagne die weggebruikers uitlegt dat ze ook op de knop kunnen drukken",
         "environment"),
        ("A campaign telling parents they can ask for a paper form", "environment"),
        ("In de beschikking komt een zin over hoe het bedrag is berekend", "environment"),
        ("Een jaarlijkse oefening voor de monteurs", "human"),
        ("De uitkomst toont altijd de drie zwaarste redenen", "design"),
        ("The output lists the three strongest reasons", "design"),
    ],
)  # fmt: skip
def test_the_measures_own_words_give_its_kind(text: str, kind: str) -> None:
    assert option_kind(text) == kind


def test_a_system_in_front_still_makes_a_design_option() -> None:
    assert option_kind("Het model mag geen postcodes meer gebruiken") == "design"
    assert option_kind("The app deletes the photos after a day") == "design"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("De wijkagenten krijgen uitleg dat een signaal van de sensor geen bewijs is", "human"),
        ("The wardens get an explanation that a camera alert is no proof", "human"),
        ("Een vermelding in het algoritmeregister", "environment"),
        ("An entry in the algorithm register", "environment"),
        ("Consulenten bespreken in intervisie wanneer ze van het advies afwijken", "human"),
        ("In het bestek zetten dat de leverancier uitlegt hoe het advies ontstaat", "environment"),
    ],
)  # fmt: skip
def test_what_people_are_told_or_where_a_rule_is_listed_gives_the_kind(
    text: str, kind: str
) -> None:
    assert option_kind(text) == kind
