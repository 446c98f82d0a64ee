"""A question to the listener about the method, said among the effects, is no effect: whether
a side has a plus or a minus for a group, what the listener thinks someone gains or who bears
it, what a thing is called, whether someone counts as an actor. A question that tells a gain or
a loss of its own, a side labelled without asking, a question whether someone counts as an
actor, and an effect in the same message, are still read."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.side_remarks import side_remark

TEAM_NL = ("Bezoekers", "Baliemedewerkers", "Koeriers")
TEAM_EN = ("Visitors", "Porters", "Couriers")


def _effects(reader: Reader, text: str, language: str, step: Step = Step.EFFECTS) -> list[str]:
    team = TEAM_NL if language == "nl" else TEAM_EN
    technology = "een bezoekersapp" if language == "nl" else "a visitor app"
    return [t for t, _, _ in told(read_in(reader, text, team, language, technology, step))]


@pytest.mark.parametrize(
    "text",
    [
        "Nadeel voor de baliemedewerkers?",
        "Is er ook een voordeel voor de koeriers?",
        "Wat denk jij dat de koeriers ervan merken?",
        "Wie heeft er dan eigenlijk last van?",
        "De bezoekers mogen altijd een mens spreken, hoe noem je dat?",
    ],
)
def test_a_question_about_the_method_is_no_effect_nl(message_reader: Reader, text: str) -> None:
    assert _effects(message_reader, text, "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Is there a downside for the porters as well?",
        "What about positive for the couriers",
        "Who do you think the app was built for?",
        "What would it do for them?",
        "Visitors always get a person on the phone, what's that called?",
    ],
)
def test_a_question_about_the_method_is_no_effect_en(message_reader: Reader, text: str) -> None:
    assert _effects(message_reader, text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Is er ook een nadeel voor de koeriers?",
        "Who actually suffers from this?",
        "Positive for the visitors?",
    ],
)
def test_a_question_about_the_method_is_a_side_remark(text: str) -> None:
    assert side_remark(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is het een nadeel dat de koeriers 's nachts alleen aan de balie staan?",
        "Is it a downside that porters now walk twice as far with the beds?",
        "Wie geen smartphone heeft, komt er niet meer in.",
        "Negative for the porters.",
        "Moet je de koeriers misschien ook als actor zien?",
    ],
)
def test_a_question_that_tells_a_loss_is_no_side_remark(text: str) -> None:
    assert not side_remark(text)


def test_beside_a_question_about_the_method_an_effect_is_read_nl(message_reader: Reader) -> None:
    text = "De koeriers hoeven niet meer te wachten bij de balie. Nadeel voor de bezoekers?"
    read = _effects(message_reader, text, "nl")
    assert len(read) == 1 and "wachten" in read[0]


def test_beside_a_question_about_the_method_an_effect_is_read_en(message_reader: Reader) -> None:
    text = "Porters no longer have to wait at the desk. Is there a plus for the visitors too?"
    read = _effects(message_reader, text, "en")
    assert len(read) == 1 and "wait" in read[0]
