"""Words in an effect that point to the value behind it push that value up among the
suggestions: being photographed or filmed (privacy), accidents and danger (public safety), not
being able to pay (justice), a false alarm (due care), the output taking on a life of its own
(control over technology). Sentences written for these tests (Dutch and English), not taken
from the conversation sets."""

from __future__ import annotations

import pytest

from assistant.language.cues.value_signals import cued_values
from assistant.method.suggestions import ValueSuggester


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Buren worden gefilmd als ze langs de deur lopen", "privacy"),
        ("Neighbours get photographed when they walk past", "privacy"),
        ("Minder ongelukken bij de kruising", "public-safety"),
        ("Fewer accidents at the crossing", "public-safety"),
        ("Gezinnen met lage inkomens kunnen de borg niet betalen", "justice"),
        ("Families on a low income can't afford the deposit", "justice"),
        ("Een vals alarm zet de hele straat op stelten", "due-care"),
        ("A false alarm wakes up the whole street", "due-care"),
        ("De score gaat een eigen leven leiden in het team", "control-over-technology"),
        ("The score takes on a life of its own in the team", "control-over-technology"),
    ],
)
def test_cue_words_of_an_effect_point_to_a_value(text: str, value: str) -> None:
    assert value in cued_values(text)


@pytest.mark.parametrize(
    "text",
    ["Inspecteurs bezoeken meer locaties per week", "Inspectors visit more locations a week"],
)
def test_a_place_is_no_sign_of_privacy(text: str) -> None:
    assert "privacy" not in cued_values(text)


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        (["Bezoekers worden bij elke inlog gefotografeerd",
          "Ouderen met een laag inkomen kunnen het abonnement niet betalen"],
         {"privacy", "justice"}),
        (["Visitors are photographed at every login",
          "Older people on a low income can't afford the subscription"],
         {"privacy", "justice"}),
    ],
)  # fmt: skip
def test_cued_values_are_among_the_first_suggestions(
    value_suggester: ValueSuggester, texts: list[str], values: set[str]
) -> None:
    top = {s.entry.id for s in value_suggester.suggest(texts, 3)}
    assert values <= top


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zorgverleners krijgen een maand geen geld", "livelihood"),
        ("Carers lose their income for a month", "livelihood"),
        ("Lezers voelen zich voor de gek gehouden door de nepfoto", "trust"),
        ("Readers feel fooled by the fake photo", "trust"),
    ],
)
def test_lost_income_and_being_fooled_point_to_a_value(text: str, value: str) -> None:
    assert value in cued_values(text)
