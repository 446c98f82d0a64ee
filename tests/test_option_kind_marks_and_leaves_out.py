"""What the system marks or leaves out of what it shows is a design measure (Dutch and English,
sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.option_kind_scores import option_kind


@pytest.mark.parametrize(
    "measure",
    [
        "Adressen worden in het overzicht niet getoond maar weggelaten",
        "Namen van buren worden niet meer gemarkeerd",
        "The app leaves out the home address of the client",
    ],
)
def test_what_the_system_marks_or_leaves_out_is_a_design_measure(measure: str) -> None:
    assert option_kind(measure) == "design"
