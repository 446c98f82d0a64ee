"""Numbers picked where values are asked, in a message that gives options ("opties: ..., 1 en 2
van jou ook"): once values are chosen, or where the message opens as one about the options, the
numbers are of the option proposals not yet shown, which are proposed and adopted; no value is
chosen by them (where none was chosen yet, the options step starts from the strongest values).
Dutch and English, sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Effect, Proposal, Session, Step, Value
from assistant.method.conductor import Conductor


def values_proposed(language: str, chosen: bool) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.VALUES
    session.case.technology = "Een app die ritten van buurtbusjes plant"
    session.actors = [Actor(id="a1", name="Reizigers")]
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text="Ouderen zonder smartphone"),
    ]
    session.values = [
        Value(id="v1", name="Inclusie", key="inclusion", priority=1 if chosen else None),
        Value(id="v2", name="Privacy", key="privacy"),
        Value(id="v3", name="Transparantie", key="transparency"),
    ]
    session.proposals = [
        Proposal(number=1, kind="value", ref="v2", text="Privacy"),
        Proposal(number=2, kind="value", ref="v3", text="Transparantie"),
    ]
    return session


@pytest.mark.parametrize(
    ("text", "language", "chosen"),
    [
        ("opties: een spreekuur in de bibliotheek, een vaste chauffeur per dorp. 1 en 2 van jou "
         "ook.", "nl", False),
        ("1 en 3 van je voorstellen. plus: de belservice blijft, een spreekuur in het dorpshuis",
         "nl", True),
        ("Options: a weekly drop-in at the library; a phone line for bookings. Take 1 and 2 from "
         "you too.", "en", True),
    ],
)  # fmt: skip
def test_numbers_with_options_are_option_proposals(
    conductor: Conductor, text: str, language: str, chosen: bool
) -> None:
    session = values_proposed(language, chosen)
    before = [v.name for v in session.chosen_values()]
    conductor.plan(session, text)
    assert session.step == Step.OPTIONS
    if chosen:
        assert [v.name for v in session.chosen_values()] == before
    assert sum(1 for o in session.options if o.proposed) == 2
    assert sum(1 for o in session.options if not o.proposed) == 2


def test_numbers_with_an_option_before_any_value_is_chosen_pick_values(
    conductor: Conductor,
) -> None:
    session = values_proposed("nl", chosen=False)
    conductor.plan(session, "1 en 2, en een spreekuur in de bibliotheek")
    assert {v.name for v in session.chosen_values()} == {"Privacy", "Transparantie"}
    assert not any(o.proposed for o in session.options)
