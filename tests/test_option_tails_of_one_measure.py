"""A measure told with a tail that has no measure of its own is one option (Dutch and English,
sentences written for these tests): what it rules out or always goes with, without a verb
("..., never from the supplier's cloud", "..., altijd naast een eigen gesprek"), who decides in
the end ("..., the inspector decides", "..., de consulent kiest zelf") and a short remark on it
by a pronoun ("..., we need it for the audit", "..., dat staat al in het beleid"). Measures
listed side by side, and a ruled-out measure with a verb of its own, stay apart."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    "text",
    [
        "Keep the maps on the municipal server, never in the supplier's cloud.",
        "The bot only drafts a reply, and never just the final decision.",
        "Share the counts per district, never for groups smaller than thirty households.",
        "De score alleen tonen aan de consulent, nooit aan de buurtagent of de woningcorporatie.",
        "Het model levert een advies, altijd naast een eigen gesprek met de huurder.",
        "De blokkade nooit automatisch, altijd eerst een telefoontje.",
    ],
)
def test_what_a_measure_rules_out_stays_with_it(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The route planner only proposes three routes, the dispatcher decides.",
        "The risk label is a hint for the visit, and the inspector chooses.",
        "Het systeem geeft alleen een voorstel, de consulent kiest zelf.",
        "De ranglijst is alleen een hulpmiddel, de commissie beslist.",
    ],
)
def test_who_decides_after_an_advising_measure_stays_with_it(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Keep the logs for a year instead of a month, we need them for the audit.",
        "Only for the evening shifts, we need it for the night planning anyway.",
        "Een mens bekijkt elke afwijzing opnieuw, dat staat eigenlijk al in de wet.",
        "De melding pas na een week versturen, dat moeten we de leverancier wel vragen.",
    ],
)
def test_a_remark_on_a_measure_stays_with_it(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Geen camera's in de gymzaal, nooit opnames bewaren, en de ouders een brief sturen.",
        "Blur the faces, never store the raw video, and train the wardens.",
    ],
)
def test_measures_side_by_side_stay_apart(text: str) -> None:
    assert len(extract_options(text, "design")) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "The tenants see no individual scores, and that goes into the rental agreement.",
        "Alleen voor vermiste personen, dat gaat in het convenant met de politie.",
    ],
)
def test_where_a_measure_is_laid_down_stays_a_measure(text: str) -> None:
    assert len(extract_options(text, "design")) == 2


def test_the_kind_of_a_measure_is_that_of_its_head() -> None:
    text = "The app only shows a hint, the social worker decides."
    assert [d.kind for d in extract_options(text, "environment")] == ["design"]


@pytest.mark.parametrize(
    "text",
    [
        "Een afspraak in het huisreglement dat de camera uit staat tijdens het bezoekuur, en dat "
        "het bezoek dat vooraf hoort.",
        "I'd want a clause that the supplier deletes the recordings after a month, and that the "
        "deletion is logged.",
    ],
)
def test_a_second_that_clause_goes_on_with_the_rule(text: str) -> None:
    assert len(extract_options(text, "environment")) == 1


def test_a_that_clause_after_listed_measures_stays_a_measure() -> None:
    text = (
        "Geen namen in het overzicht, een vaste bewaartermijn, en dat begeleiders de werking "
        "uitleggen aan ouders."
    )
    assert len(extract_options(text, "design")) == 3
