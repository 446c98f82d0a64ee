"""The speaker's own addition announced in front of a measure is a measure wherever the effects
are done or asked, also where the values are asked: "what I'd add myself is a ...", "wat ik zelf
nog zou toevoegen is een ...", "en dan nog iets aan de app: dat ..."; what is added as a remark
about people ("what I would add is that the staff feel watched") stays no measure (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Step
from assistant.method.reading.sentence_kinds import measure

ADDED = [
    "What I'd add myself is a hotline for parents whose child was flagged by mistake.",
    "And what we would add is an audit of the scores every half year.",
    "Wat ik zelf nog zou toevoegen is een vergoeding voor telers als de sensor het mis had.",
    "Wat we willen toevoegen: een vast aanspreekpunt bij de gemeente.",
    "En dan nog iets aan de app: dat meldingen met weinig zekerheid oranje worden gekleurd.",
    "One more thing for the system: it logs every manual change.",
]
NOT_ADDED = [
    "What I would add is that the staff feel watched.",
    "Wat ik zou toevoegen is dat ouders zich bekeken voelen.",
]


@pytest.mark.parametrize("text", ADDED)
@pytest.mark.parametrize("step", [Step.EFFECTS, Step.VALUES, Step.OPTIONS])
def test_an_announced_addition_is_a_measure(text: str, step: Step) -> None:
    assert measure(text, step)


@pytest.mark.parametrize("text", NOT_ADDED)
@pytest.mark.parametrize("step", [Step.EFFECTS, Step.VALUES])
def test_a_remark_added_about_people_is_no_measure(text: str, step: Step) -> None:
    assert not measure(text, step)
