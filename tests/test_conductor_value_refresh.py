"""Values proposed before all effects were known are proposed again when effects arrive."""

from __future__ import annotations

from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor


def test_new_effects_while_values_are_proposed_renew_the_proposals(
    conductor: Conductor,
) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    conductor.plan(session, "volgende")
    assert session.step == Step.VALUES and session.proposals
    conductor.plan(
        session,
        "wacht, nog een nadeel: medewerkers raken hun vakmanschap kwijt door de analyses",
    )
    new = session.effects[-1]
    assert "vakmanschap" in new.text and new.direction == "negative"
    proposed = {p.ref for p in session.proposals}
    linked = [v for v in session.values if v.id in proposed and new.id in v.effect_ids]
    assert linked, "the proposals take the new effect into account"
    assert not session.chosen_values()


def test_agreeing_words_alone_adopt_the_proposals(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    conductor.plan(session, "volgende")
    conductor.plan(session, "ok, take your suggestions")
    assert session.chosen_values()
    assert all(v.key for v in session.values), "no value named after the agreeing words"
