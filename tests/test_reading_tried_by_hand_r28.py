"""Faults found by typing new conversations by hand in the twenty-eighth round (sentences written
for these tests, Dutch and English): "ok klaar denk ik" once options of all three kinds were there
took the standing proposal instead of finishing; harm from the past that "gaat gewoon door" was read
as a change for the better; "mensen met weinig kans" made an effect positive."""

from __future__ import annotations

from typing import Any

import pytest
from method_fakes import converse

from assistant.domain.session import Step
from assistant.method.reading.polarity import clause_direction

_OPTIONS_NL = [
    "De gemeente wil slimme containers met een pasje voor bewoners.",
    "Bewoners, de vuilnisophalers en handhaving.",
    "Positief: minder ritten voor de ophalers. Negatief: bewoners voelen zich bekeken.",
    "privacy en gelijkheid",
    "volgende",
    "We bewaren de gegevens per adres maar een maand. De raad legt vast wie de gegevens mag zien.",
]
_OPTIONS_EN = [
    "The town wants smart bins that open with a card for residents.",
    "Residents, the waste collectors and enforcement officers.",
    "Positive: fewer trips for the collectors. Negative: residents feel watched.",
    "privacy and equality",
    "next",
    "We keep the data per address only a month. The council sets down who may see the data.",
]
_EVENING_NL = "Een avond in het buurthuis waar we het uitleggen."


@pytest.mark.parametrize(
    ("language", "turns", "human", "closing"),
    [
        ("nl", _OPTIONS_NL, _EVENING_NL, "ok klaar denk ik"),
        ("nl", _OPTIONS_NL, _EVENING_NL, "ok dat was het wel"),
        ("en", _OPTIONS_EN, "An evening at the community centre where we explain it.",
         "ok done I think"),
    ],
)  # fmt: skip
def test_closing_with_a_hedge_once_every_kind_is_there_takes_no_proposal(
    conductor: Any, language: str, turns: list[str], human: str, closing: str
) -> None:
    session = converse(conductor, language, [*turns, human])
    assert {o.kind for o in session.options} == {"design", "environment", "human"}
    before = len(session.options)
    session = converse(conductor, language, [*turns, human, closing])
    assert len(session.options) == before
    assert session.step == Step.SUMMARY


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("het model leert van oude data, dus als er vroeger gediscrimineerd werd gaat dat "
         "gewoon door", "negative"),
        ("the model learns from old data, so if there used to be discrimination it just "
         "carries on", "negative"),
        ("mensen met weinig kans krijgen juist minder aandacht terwijl die het hardst nodig "
         "hebben", "negative"),
        ("people with few chances get less attention", "negative"),
        # guards: how it was, turned; a chance the technology gives; fewer people needed
        ("meldingen die vroeger gemist werden komen nu binnen", "positive"),
        ("jongeren krijgen meer kans op een baan", "positive"),
        ("er zijn minder agenten nodig", "positive"),
    ],
)  # fmt: skip
def test_harm_that_goes_on_and_groups_described_by_their_chances_keep_their_direction(
    text: str, direction: str
) -> None:
    assert clause_direction(text) == direction
