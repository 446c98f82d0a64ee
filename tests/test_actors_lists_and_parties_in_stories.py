"""Actors people name without the usual cue: a list after a lead of the speaker's own ("The
parties around it, as they came up: ..."), names added after "bijna vergeten:", parties that do
something clause by clause ("het Rode Kruis verzorgt de maaltijden, de buurtcoaches ..."), a
group given by quantity ("veel ouders"), and an attendee from another organisation in minutes."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session, Step
from assistant.method.reading import actor_lists
from assistant.method.reading.organisations_at_work import parties_at_work
from assistant.method.reading.reader import Reader


def _named(reader: Reader, text: str, language: str, step: Step) -> list[str]:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.case.technology = "een app" if language == "nl" else "an app"
    session.case.context = "gemeente" if language == "nl" else "the municipality"
    reading = reader.read(text, session)
    return reading.actors + reading.users


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "The parties around it, as they came up in our project group: the night nurses, "
            "the cleaning crews, the patient council, and the health insurer, which pays for it.",
            "en",
            ["Night nurses", "Cleaning crews", "Patient council", "Health insurer"],
        ),
        (
            "De partijen eromheen, ongeveer in de volgorde van ons laatste overleg: de "
            "wijkagenten, de jongerenwerkers (die het eerst klaagden over de overlast), de "
            "woningcorporatie en het ministerie, dat het betaalt.",
            "nl",
            ["Wijkagenten", "Jongerenwerkers", "Woningcorporatie", "Ministerie"],
        ),
    ],
)
def test_a_list_after_a_lead_of_ones_own_is_actors_while_the_case_is_asked(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    found = _named(reader, text, language, Step.CASE)
    assert all(name in found for name in names)
    assert not any("pays" in n or "betaalt" in n for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Wat we in het eerste half jaar zagen: snelheid, rust en minder papier.",
        "Our worries so far: the parents, the teachers and the cost.",
        "Aanwezig: Anna (beleid), Piet (ICT) en Sanne (juridisch).",
    ],
)
def test_a_lead_of_ones_own_before_other_things_lists_no_actors(text: str) -> None:
    assert actor_lists.own_lead_list(text) == ""


def test_those_involved_leads_a_list_of_actors() -> None:
    text = "Those involved: tenants, caretakers, the housing association and the council."
    assert actor_lists.names_in_list(text) == [
        "Tenants",
        "Caretakers",
        "Housing association",
        "Council",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("O, en bijna vergeten: de buren en de wijkagent.", ["Buren", "Wijkagent"]),
        ("Oh, I almost forgot: the caretakers and the tenants.", ["Caretakers", "Tenants"]),
        ("Bijna vergeten: de kosten en de planning.", []),
    ],
)
def test_names_added_after_almost_forgetting_them_are_actors(text: str, names: list[str]) -> None:
    assert actor_lists.names_forgotten(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Het Rode Kruis verzorgt de maaltijden, de buurtcoaches brengen de mensen en de GGD "
            "houdt toezicht.",
            ["Rode Kruis", "Buurtcoaches", "GGD"],
        ),
        (
            "The Red Cross runs the kitchen, the volunteers drive people in and the police "
            "check the door.",
            ["Red Cross", "Volunteers", "Police"],
        ),
        (
            "Veel ouders krijgen sneller antwoord en sommige leraren hebben minder werk.",
            ["Ouders", "Leraren"],
        ),
        (
            "Most tenants get repairs sooner, but the caretakers drive more rounds.",
            ["Tenants", "Caretakers"],
        ),
    ],
)
def test_parties_that_do_something_clause_by_clause_are_actors(text: str, names: list[str]) -> None:
    assert parties_at_work(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "De camera filmt de straat en de software herkent de nummerborden.",
        "Vorig jaar kregen we klachten, en de wijkagent krijgt er werk bij.",
        "student vult een profiel in, bedrijf krijgt de top 5 te zien.",
        "The prosecutor for the first time has cases, and the model also sees algae.",
        "Betrokken: de ouders, de school en de leerlingen.",
    ],
)
def test_one_party_or_a_list_is_no_story_of_parties(text: str) -> None:
    assert parties_at_work(text) == []


def test_parties_in_a_story_are_read_as_actors_among_effects(reader: Reader) -> None:
    text = "De buurtcoaches lopen minder rondes en de winkeliers zijn blij met de rust."
    found = _named(reader, text, "nl", Step.EFFECTS)
    assert "Buurtcoaches" in found and "Winkeliers" in found


def test_a_bare_word_and_a_kind_of_people_are_one_group() -> None:
    found = actor_lists.names_in_list("involved: parents, community and church leaders, the school")
    assert found == ["Parents", "Community and church leaders", "School"]


def test_two_groups_of_people_joined_by_and_stay_two() -> None:
    found = actor_lists.names_in_list("betrokken: de ouders, de leraren en de schoolleiders")
    assert found == ["Ouders", "Leraren", "Schoolleiders"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aanwezig: Anna (beleid), Piet van Eneco (netbeheerder), Jan van Dijk (voorzitter)",
            ["Netbeheerder (Eneco)"],
        ),
        ("Present: Tom (policy), Sara from Stedin (grid operator)", ["Grid operator (Stedin)"]),
    ],
)
def test_an_attendee_from_another_organisation_stands_for_it(text: str, names: list[str]) -> None:
    assert actor_lists.names_present(text) == names
