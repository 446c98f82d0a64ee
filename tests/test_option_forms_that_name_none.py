"""Sentences among measures that name no measure by their form (Dutch and English, sentences
written for these tests) are no option: a verdict on proposals by their number or a pointer, a
decision still to take, a measure turned down and a story told to the speaker. A measure in a
like form stays one."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    "text",
    [
        "The second one I really like.",
        "Your fourth proposal, yes.",
        "De derde vind ik niet goed.",
        "Van jouw lijstje neem ik de eerste.",
        "Kan die als optie?",
    ],
)
def test_a_verdict_on_proposals_names_no_measure(text: str) -> None:
    assert extract_options(text, "design") == []


@pytest.mark.parametrize(
    "text",
    [
        "The licence runs out in March and we have to decide whether to renew it.",
        "The question is whether the council wants this at all.",
        "We moeten in het voorjaar beslissen of we doorgaan met de pilot.",
        "De vraag van de directie is of dit wel mag.",
    ],
)
def test_a_decision_to_take_names_no_measure(text: str) -> None:
    assert all(
        "decide" not in d.text and "beslissen" not in d.text
        for d in extract_options(text, "environment")
    )
    assert all(
        "question" not in d.text.lower() and "vraag" not in d.text.lower()
        for d in extract_options(text, "environment")
    )


@pytest.mark.parametrize(
    "text",
    [
        "A yearly audit by an outside firm is not needed.",
        "We're dropping the weekly report.",
        "Een extra controle door de teamleider hoeft niet.",
        "Het register bijhouden heeft geen zin.",
    ],
)
def test_a_measure_turned_down_is_no_option(text: str) -> None:
    assert extract_options(text, "environment") == []


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour came up to me at the market last week.",
        "Een buurvrouw zei tegen me dat ze de camera eng vindt.",
        "Let me tell you what the caretaker saw.",
    ],
)
def test_a_story_told_to_the_speaker_is_no_option(text: str) -> None:
    assert extract_options(text, "human") == []


@pytest.mark.parametrize(
    "text",
    [
        "A nurse must decide whether the alarm is real.",
        "We gaan niet meer met postcodes werken.",
        "Keep the second camera off at night.",
        "De teamleider beslist of de melding klopt.",
    ],
)
def test_a_measure_in_a_like_form_stays_one(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The cleaners should be in the list as well.",
        "Going back one step: the tenants' panel should be an actor.",
        "De wijkraad moet er echt bij.",
        "De scholen horen er dus ook bij.",
    ],
)
def test_someone_added_to_the_actors_is_no_option(text: str) -> None:
    assert extract_options(text, "human") == []


def test_someone_present_at_a_measure_stays_one() -> None:
    text = "Een begeleider moet er wel bij zijn bij elk gesprek."
    assert len(extract_options(text, "human")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Every driver gets a short course on the new screen, Priya offered to give it.",
        "De wijkagenten krijgen een training in de app, Joost heeft zelf aangeboden die te geven.",
    ],
)
def test_someone_who_offered_help_is_no_option_of_its_own(text: str) -> None:
    assert len(extract_options(text, "human")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The works council said that there has to be a complaints desk.",
        "De cliëntenraad zei dat er een klachtenloket moet komen.",
    ],
)
def test_a_wish_told_through_someone_stays_a_measure(text: str) -> None:
    assert len(extract_options(text, "environment")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Publishing the source code is not possible because of the licence.",
        "De broncode openbaar maken kan niet vanwege de licentie.",
    ],
)
def test_a_measure_ruled_out_with_its_reason_is_no_option(text: str) -> None:
    assert extract_options(text, "environment") == []


def test_a_measure_with_bij_in_it_stays_one() -> None:
    text = "Het systeem moet bij elke melding de foto van de plek tonen."
    assert len(extract_options(text, "design")) == 1
