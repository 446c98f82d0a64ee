"""Taking the assistant's option proposals and adding one of one's own in the same message, the
agreement ending at a full stop ("go with your suggestions. and add one from me, ..."): the
proposals are taken, the own measure is recorded without its lead, and the lead itself is no
option (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor


@pytest.mark.parametrize(
    ("language", "text", "own"),
    [
        ("en", "go with your suggestions. and add one from me, location data is deleted after "
         "every shift", "Location data is deleted after every shift"),
        ("nl", "neem je voorstellen over. en voeg er nog een van mij toe: de locatiegegevens "
         "worden na elke dienst gewist", "De locatiegegevens worden na elke dienst gewist"),
    ],
)  # fmt: skip
def test_taking_the_proposals_and_adding_one_records_both(
    conductor: Conductor, language: str, text: str, own: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    session.options = []
    conductor.goto(session, Step.OPTIONS)
    offered = [p for p in session.proposals if p.kind == "option"]
    assert offered
    conductor.plan(session, text)
    texts = [o.text for o in session.options]
    assert own in texts
    assert len(texts) == len(offered) + 1
    leads = ("add one", "voeg er", "go with", "neem je")
    assert not any(t.lower().startswith(leads) for t in texts)
