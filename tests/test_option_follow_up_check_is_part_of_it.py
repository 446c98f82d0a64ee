"""A check on what a measure does, after "and"/"en" ("remove the postcode from the model and
see what that does to the hit rate"; Dutch and English, sentences written for these tests), is
part of that measure, of that measure's kind; another measure after "and" stays one of its own."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    "text",
    [
        "Remove the postcode from the model and see what that does to the hit rate.",
        "Haal de postcode uit het model en kijk wat dat doet met de trefkans.",
    ],
)
def test_a_follow_up_check_stays_with_its_measure(text: str) -> None:
    drafts = extract_options(text, "environment")
    assert len(drafts) == 1
    assert drafts[0].kind == "design"


@pytest.mark.parametrize(
    "text",
    [
        "Remove the postcode from the model and publish the results every year.",
        "Haal de postcode uit het model en publiceer elk jaar de resultaten.",
    ],
)
def test_another_measure_after_and_stays_its_own(text: str) -> None:
    assert len(extract_options(text, "environment")) == 2
