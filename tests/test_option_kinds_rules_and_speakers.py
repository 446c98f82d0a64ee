"""The kind of a handling option where its words were missed before (Dutch and English;
sentences written for these tests): rules, regulations, conditions and consent of a body are
environment; how a system is built, weighs or shows is design; a study day or a practice run is
human. What does not decide the kind: the speaker's own "zelf" ("zelf wil ik ..."), what it is
not done for (", niet voor de buren"), and the English word "or" (no works council). A label of
its own ("en technisch: ...") goes before the kind said to be missing in its message."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options
from assistant.method.reading.option_kind_scores import option_kind


@pytest.mark.parametrize(
    "text",
    [
        "Put the opening hours in the municipal parking regulations",
        "Printed forms and the helpdesk stay as the official backup",
        "Het formulier bij de balie blijft als terugvaloptie",
        "A subsidy for small shops first, the ban later",
        "Dat nemen we op in de verordening over de marktplaatsen",
        "De vervoerder krijgt in de concessie de plicht om altijd een loket open te houden",
        "Response time never as a KPI for the teams",
        "Schools get the power to refuse the pilot",
        "Het gaat pas door als de ouderraad heeft ingestemd",
        "Laat de rekenkamer de planningssoftware eerst grondig doorlichten",
        "A full validation of the forecast tool by a university lab",
        "No eviction on the system's score alone",
        "De app stuurt pas automatisch een herinnering als de coördinator die heeft gezien, dat "
        "als vaste voorwaarde",
        "The tool only sends letters automatically once staff saw them, as a hard requirement",
    ],
)
def test_rules_regulations_and_consent_are_environment(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize(
    "text",
    [
        "Kun je de planner zo bouwen dat hij nooit twee nachtdiensten achter elkaar zet",
        "Een weging in het rooster zodat oudere medewerkers minder nachten krijgen",
        "Leeftijd weglaten als kenmerk bij de selectie",
        "Drop postcode as a feature in the ranking",
        "The avatar wears a clear municipal logo",
        "Newcomers get a 'just arrived' label instead of a risk score",
        "A simple calculator on the housing site so tenants can check their own rent",
        "Een rekenhulp op de website waarmee ouders zelf hun bijdrage narekenen",
        "Nieuwe huurders krijgen het label 'nog onbekend' in plaats van een rode vlag",
    ],
)
def test_how_a_system_is_built_or_weighs_is_design(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize(
    "text",
    [
        "Een studiedag voor de wijkteams over het gebruik van de kaart",
        "A study day for the dispatchers on reading the forecasts",
        "Nieuwe ouders krijgen eerst een oefenronde met de weegschaal",
    ],
)
def test_a_study_day_or_a_practice_run_is_human(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Zelf wil ik: de foto's worden na een week gewist", "design"),
        ("Zelf zou ik willen dat de score in de app alleen voor de docent zichtbaar is", "design"),
        ("Ik kan zelf de meldingen uitzetten als ik op vakantie ben", "human"),
    ],
)
def test_the_speakers_own_zelf_is_no_doing_of_people(text: str, kind: str) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The overview only visible to the tenant himself, not on a public map", "design"),
        ("De ranglijst alleen aan de leerling zelf tonen, niet in de klassenapp", "design"),
        ("De ranglijst alleen aan de leerling laten zien", None),
    ],
)
def test_when_and_what_is_not_done_do_not_decide_the_kind(text: str, kind: str | None) -> None:
    assert option_kind(text) == kind


def test_or_between_words_is_no_works_council() -> None:
    assert option_kind("No colours or ranks on the screen") == "design"
    assert option_kind("De OR kijkt elk jaar mee met de evaluatie") == "environment"


@pytest.mark.parametrize(
    "text",
    [
        "The register entry says which inputs the model weighs",
        "De brief vermeldt welke gegevens het systeem gebruikt",
    ],
)
def test_what_a_published_text_says_does_not_decide_the_kind(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize(
    "text",
    [
        "Organise a yearly drill in which staff check the dashboard",
        "Houd een oefenavond waarin bewoners de meldingen in de app controleren",
    ],
)
def test_an_event_held_decides_the_kind_not_what_happens_in_it(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    "text",
    [
        "Wat nog mist is de menskant: de chauffeurs leren de kaart lezen. En technisch: de "
        "camera bewaart niets langer dan een dag.",
        "What's still missing is the human side: drivers learn to read the map. And technical: "
        "the camera keeps nothing longer than a day.",
    ],
)
def test_a_label_of_its_own_goes_before_the_kind_said_missing(text: str) -> None:
    drafts = extract_options(text, "design", "human")
    assert [d.kind for d in drafts] == ["human", "design"]
