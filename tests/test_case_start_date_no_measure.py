"""A start date told without a verb ("Start gepland voor volgend jaar", "Launch planned for
May") is a fact of the case, not an instruction to start (Dutch and English, sentences written
for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Step
from assistant.method.reading.sentence_kinds import instruction, measure


@pytest.mark.parametrize(
    "text",
    [
        "Start gepland voor het voorjaar",
        "Livegang voorzien in september",
        "Launch planned for May next year",
        "Start scheduled after the summer holidays",
    ],
)
def test_a_start_date_is_no_instruction(text: str) -> None:
    assert not instruction(text)
    assert not measure(text, Step.CASE)


@pytest.mark.parametrize(
    "text", ["Start met een proef in één wijk", "Start with a trial in one district"]
)
def test_an_instruction_to_start_still_is_one(text: str) -> None:
    assert instruction(text)
