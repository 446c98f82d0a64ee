"""More words in an effect that point to the value behind it: getting one's medicines (health),
parcels stolen or intercepted (security), output that is wrong (reliability), cheating and
copying (integrity), animals disturbed (animal welfare), those who find it hardest to take part
(inclusion). Sentences written for these tests (Dutch and English), not taken from the
conversation sets."""

from __future__ import annotations

import pytest

from assistant.language.cues.value_signals import cued_values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ouderen krijgen hun medicijnen sneller thuis", "health"),
        ("Older residents get their medication home sooner", "health"),
        ("Pakketjes kunnen onderweg gestolen worden", "security"),
        ("Parcels can be intercepted on the way", "security"),
        ("De chatbot geeft soms antwoorden die niet kloppen", "reliability"),
        ("The chatbot sometimes gives wrong answers", "reliability"),
        ("Leerlingen gaan spieken met de app", "integrity"),
        ("Pupils copy the app's answers into their homework", "integrity"),
        ("De drones jagen broedvogels op", "animal-welfare"),
        ("The drones disturb birds in the reeds", "animal-welfare"),
        ("Verlegen leerlingen durven nu ook iets te vragen", "inclusion"),
        ("Tenants without a smartphone cannot open the door", "inclusion"),
    ],
)
def test_more_cue_words_of_an_effect_point_to_a_value(text: str, value: str) -> None:
    assert value in cued_values(text)


@pytest.mark.parametrize(
    "text",
    ["De wachttijd aan de balie wordt korter", "Pharmacists answer fewer phone calls"],
)
def test_no_value_cued_by_ordinary_service_words(text: str) -> None:
    assert not cued_values(text) & {"health", "security", "animal-welfare", "integrity"}
