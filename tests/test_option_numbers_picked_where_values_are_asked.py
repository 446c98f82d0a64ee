"""Numbers picked where values are asked, in a message that gives options ("opties: ..., 1 en 2
van jou ook"): once values are chosen, or where the message opens as one about the options, the
numbers are of the option proposals not yet shown, which are proposed and adopted; no value is
chosen by them (where none was chosen yet, the options step starts from the strongest values).
Dutch and English, sentences written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import values_proposed

from assistant.domain.session import Step
from assistant.method.conductor import Conductor


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
