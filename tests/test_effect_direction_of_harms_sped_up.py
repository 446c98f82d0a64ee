"""Directions of effects where a speed word ("sneller", "faster") speeds up a harm done to
someone ("bezwaren worden sneller afgewezen", "tenants get evicted sooner"): a loss, not a gain;
with guards where the speed is good (a problem found sooner, work done faster)."""

from __future__ import annotations

import pytest

from assistant.method.reading.effect_text import effect_direction


@pytest.mark.parametrize(
    "text",
    [
        "Bezwaren van kleine ondernemers worden veel sneller afgewezen",
        "Verzoeken om uitstel worden nu eerder afgewezen dan vroeger",
    ],
)
def test_a_harm_that_comes_sooner_is_a_loss_nl(text: str) -> None:
    assert effect_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Appeals from small landlords get rejected faster",
        "Families behind on rent are evicted sooner",
    ],
)
def test_a_harm_that_comes_sooner_is_a_loss_en(text: str) -> None:
    assert effect_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "De brandweer ziet sneller gevaren in oude panden",
        "Lekkages worden sneller opgespoord door de sensoren",
        "Aanvragen worden sneller behandeld",
    ],
)
def test_guards_speed_stays_a_gain_nl(text: str) -> None:
    assert effect_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Leaks are detected faster by the sensors",
        "Inspectors catch errors earlier in the process",
        "Requests get handled faster",
    ],
)
def test_guards_speed_stays_a_gain_en(text: str) -> None:
    assert effect_direction(text) == "positive"
