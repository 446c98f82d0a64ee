"""Direction words for how people feel and what lands on them: loving it, being let down,
stared at, nervous or grumpy, a strain, something imposed; a chore or calls that come on top
("krijgt er ... bij"); break-ins or mail cut by half or fewer; lives saved."""

from __future__ import annotations

import pytest

from assistant.method.reading.polarity import clause_direction


@pytest.mark.parametrize(
    "text",
    [
        "The volunteers love the new rota.",
        "De buurt heeft er profijt van.",
        "Het aantal inbraken in de garages is gehalveerd.",
        "Burglaries halved in the first year.",
        "Staff get fewer emails about lost passes.",
        "Met het icoon kan de ambulance levens redden.",
    ],
)
def test_positive_feelings_and_halved_burdens(text: str) -> None:
    assert clause_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Some drivers will be disappointed when they are never picked.",
        "Kids with the tag get stared at in the pool.",
        "The union is nervous about it.",
        "De ouders zijn chagrijnig.",
        "Six hours on the train is a real strain for them.",
        "Het rooster voelt als van bovenaf opgelegd.",
        "De balie krijgt er in het begin een hoop telefoontjes bij.",
        "De wijkteams krijgen er weer een klus bij.",
        "I don't love it.",
        "The landlords won't love the extra paperwork.",
    ],
)
def test_negative_feelings_and_chores_on_top(text: str) -> None:
    assert clause_direction(text) == "negative"


def test_loved_ones_and_paintings_have_no_direction() -> None:
    assert clause_direction("Their loved ones can visit on Sundays.") is None
    assert clause_direction("They painted the wall of the station.") is None
    assert clause_direction("The manager sees where the real strain is.") is None


def test_a_reason_why_a_gain_is_needed_keeps_it_a_gain() -> None:
    text = "Docenten houden tijd over voor de les, en dat is nodig want we verzuipen in het werk"
    assert clause_direction(text) == "positive"
