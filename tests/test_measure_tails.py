"""A tail that refers back to the measure before it stays part of that measure (one option), while
a list of separate measures stays a list."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options, laid_down_joined, option_items


@pytest.mark.parametrize(
    "sentence",
    [
        # a remark whose object points back
        "Take the age field out of the form, the front office can ask that.",
        "Route every complaint to a named officer, the vendor can configure that.",
        "Geen foto's van kentekens bewaren, daar maken we een afspraak over met de gemeente.",
        "We publiceren de regels, alleen als niemand erop gaat sturen, maar dat risico nemen we.",
        # an example, a way, how often
        "De camera alleen 's ochtends een uur aan, bv tijdens het brengen, niet de hele dag.",
        "De folder komt er ook in het Pools en Arabisch, via de huisarts.",
        "A monthly meeting with the tenants' board, every quarter, about how it goes.",
        "Een intervisie voor de coaches, twee keer per jaar, met echte dossiers.",
        "De boete gaat pas uit na een controle, zoals de regels ook zeggen.",
        # with whom it is agreed
        "Eerst een gesprek in plaats van een boete, afspraak met de officier.",
        "Scores are never shown to managers, a decision for the works council.",
        # what the tool is beside the measure
        "De wijkagent beslist altijd zelf, de melding is alleen een tip.",
    ],
)
def test_tail_that_refers_back_is_part_of_the_measure(sentence: str) -> None:
    assert len(option_items(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # the rest of a Dutch clause the measure opened
        "Ik wil dat de score alleen voor de coach zichtbaar is en niet automatisch door gaat.",
        "Vastleggen dat de opnames na een week weg zijn en nooit voor reclame worden gebruikt.",
        "Geen besluit voordat een medewerker het dossier heeft gelezen en de burger is gebeld.",
        "Alleen voor bewoners die dat zelf willen en de app kunnen gebruiken.",
        # what is meant instead of what is not
        "Not a ban on the app, but a rule that a nurse checks the advice before it goes out.",
        "Your second one only half: not a training for all staff, training for the team leads.",
        "Voorstel twee half: niet elke melding laten nakijken, wel een steekproef per maand.",
        # a second verb of the people it opens with
        "The nurses ask patients each morning what they need, and call those people back.",
        "Desk staff trained to explain the form slowly and offer a paper version without fuss.",
    ],
)
def test_clause_that_goes_on_is_one_measure(sentence: str) -> None:
    assert len(option_items(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Blur faces, delete the footage after 30 days, and train the operators.", 3),
        (
            "We sturen een brief aan de bewoners, de beelden worden na een week gewist en de "
            "medewerkers krijgen een training.",
            3,
        ),
        ("Staff get a training and residents get a leaflet.", 2),
        ("Beelden na een week wissen, een afspraak met de leverancier over de opslag.", 2),
        ("De rechter laten vastleggen wanneer het mag, en coaches trainen in het luisteren.", 2),
        ("Afspreken dat de bank niets krijgt en coaches bespreken het zodat het open is.", 2),
        ("A nurse always has tea with them first, and in the protocol that they may say no.", 2),
        ("De data blijft van ons, dat zetten we in het contract.", 2),
        ("Borden bij de ingang, en met de buurt zelf een keer om tafel.", 2),
        ("Each hit says maybe, not sure in red, a written agreement with the police.", 2),
        ("Cliënten die het niet lukt moeten kunnen bellen en een arts laten meekijken.", 2),
    ],
)
def test_list_of_measures_stays_separate(sentence: str, count: int) -> None:
    assert len(option_items(sentence)) == count


@pytest.mark.parametrize(
    "text",
    [
        "Camera data is never shared with the landlord. We put that in the rental agreement.",
        "the data stays per flat and is never used for other checks; that goes in the contract.",
    ],
)
def test_rule_of_the_same_kind_holds_the_measure_it_lays_down(text: str) -> None:
    found = laid_down_joined(extract_options(text, "design"), text)
    assert len(found) == 1 and found[0].kind == "environment"
    assert "(" in found[0].text  # it names the measure it lays down


def test_measure_of_another_kind_stays_beside_its_rule() -> None:
    text = "The app never shows names. We put that in the supplier contract too."
    found = laid_down_joined(extract_options(text, "design"), text)
    assert [d.kind for d in found] == ["design", "environment"]
