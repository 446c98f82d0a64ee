"""Sentences that only ask the assistant for the next thing or leave the rest to it ("Vul maar
aan als het moet.", "Now I'd like the summary", "don't give me the neutral speech") are left
out of the items; a measure in the imperative stays (Dutch and English; texts written for
these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.noise import strip_noise


@pytest.mark.parametrize(
    "request_",
    [
        "Vul maar aan als je iets mist.",
        "En nu wil ik de samenvatting.",
        "Meer heb ik niet.",
        "Now I'd like the summary.",
        "I want those in, and you may add whatever seems useful.",
        "Please don't give me the usual 'it depends' speech.",
        "Kom me niet aan met een neutraal praatje.",
    ],
)
def test_a_request_to_the_assistant_is_left_out(request_: str) -> None:
    kept, ignored = strip_noise(f"de lampen gaan om tien uur uit\n{request_}")
    assert kept == "de lampen gaan om tien uur uit"
    assert ignored


@pytest.mark.parametrize(
    "measure",
    [
        "Voeg een knop toe waarmee bewoners bezwaar maken.",
        "Vul het formulier samen met de bewoner in.",
        "I want the supplier to delete the footage after a week.",
    ],
)
def test_a_measure_in_the_imperative_stays(measure: str) -> None:
    kept, _ = strip_noise(measure)
    assert kept == measure
