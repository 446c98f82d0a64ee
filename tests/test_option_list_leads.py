"""A line that ends with a colon above more lines introduces them and is no measure of its own
(Dutch and English, sentences written for these tests): "Voor het overleg met de wethouder
heb ik dit klaargezet:", "What the team came up with last week:"; the measures below it are
read."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "Voor het overleg met de wethouder heb ik dit klaargezet:\n"
            "- de sensor meet alleen drukte, geen gezichten\n"
            "- een afspraak met de huurders over de bewaartermijn",
            ["De sensor meet alleen drukte, geen gezichten", "Een afspraak met de huurders"],
        ),
        (
            "What the team came up with last week:\n"
            "1. the dashboard hides names by default\n"
            "2. wardens get a morning of training on the app",
            ["The dashboard hides names by default", "Wardens get a morning of training"],
        ),
    ],
)
def test_a_lead_line_above_a_list_is_no_measure(text: str, measures: list[str]) -> None:
    read = [d.text for d in extract_options(text, "design")]
    assert len(read) == len(measures)
    assert all(r.startswith(m) for r, m in zip(read, measures, strict=True))


def test_a_colon_that_ends_the_message_keeps_the_measure_before_it() -> None:
    read = extract_options("Camera's alleen bij de ingang, en verder:", "design")
    assert [d.text for d in read] == ["Camera's alleen bij de ingang, en verder"]
