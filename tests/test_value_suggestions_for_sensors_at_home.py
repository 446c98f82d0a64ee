"""Value suggestions for sensors inside homes (sentences written for these tests, not the
catalogue's): readings that give away when someone is in or how many people live there point to
privacy, damp and mould found sooner point to health, in Dutch and English."""

from __future__ import annotations

import pytest

from assistant.method.suggestions import ValueSuggester


@pytest.mark.parametrize(
    ("effect", "value"),
    [
        ("Aan het stroomverbruik zie je precies wanneer de bewoners thuis zijn", "privacy"),
        ("The sensor data reveal whether a tenant lives alone or with others", "privacy"),
        ("Schimmel in de badkamer wordt eerder ontdekt", "health"),
        ("Mould behind the wardrobe is found before tenants get ill", "health"),
    ],
)
def test_an_effect_of_sensors_at_home_suggests_its_value_among_three(
    value_suggester: ValueSuggester, effect: str, value: str
) -> None:
    found = value_suggester.suggest([effect], 3)
    assert value in [s.entry.id for s in found]
