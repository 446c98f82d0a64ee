"""A "geen"/"no" that belongs to a direction term ("geen smartphone", "no car") turns that term
only, not the one after it ("mensen zonder pas of geen smartphone missen alles" is a loss); a
burden got in a large amount ("krijgt een enorme hoeveelheid ruis binnen", "gets a huge amount
of calls") is a loss as a burden got plainly is."""

from __future__ import annotations

import pytest

from assistant.method.reading.polarity import clause_direction


@pytest.mark.parametrize(
    "text",
    [
        "Bewoners zonder laptop of geen smartphone missen straks elke melding",
        "Older tenants with no smartphone will miss every notice",
        "De helpdesk krijgt een enorme hoeveelheid ruis binnen",
        "The front desk gets a huge amount of calls",
    ],
)  # fmt: skip
def test_losses_after_a_term_with_its_own_negation_and_burdens_got(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Er zit veel minder ruis in de signalen",
        "Bewoners hoeven geen formulier meer in te vullen",
    ],
)  # fmt: skip
def test_less_of_a_burden_stays_a_gain(text: str) -> None:
    assert clause_direction(text) == "positive"
