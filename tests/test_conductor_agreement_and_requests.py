"""The conductor on agreement and requests: a bare "akkoord" adopts the proposals on the table
(of many value proposals the strongest few, said so), a request for proposals is answered with
proposals (also right after a question about another step), options asked for before any value
start from the first value proposals, and "klaar" with a kind of option missing says so once
(guided mode; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import session_at

from assistant.domain.session import HandlingOption, Session, Step
from assistant.method.conductor import Conductor


def say(conductor: Conductor, session: Session, text: str) -> str:
    return conductor.plan(session, text).draft.text


def test_a_bare_akkoord_adopts_the_option_proposals(conductor: Conductor) -> None:
    session = session_at(Step.OPTIONS)
    session.step = Step.VALUES
    say(conductor, session, "volgende")
    offered = {p.option_kind for p in session.proposals if p.kind == "option"}
    assert offered and not session.options
    reply = say(conductor, session, "akkoord")
    assert {o.kind for o in session.options} == offered
    assert all(o.value_ids for o in session.options)
    assert "Ik noteer als handelingsopties" in reply


def test_sounds_good_takes_the_strongest_value_proposals_and_says_so(
    conductor: Conductor,
) -> None:
    session = session_at(Step.VALUES, "en")
    session.step = Step.EFFECTS
    say(conductor, session, "next")
    shown = [p.ref for p in session.proposals if p.kind == "value"]
    assert len(shown) > 3
    reply = say(conductor, session, "sounds good")
    assert [v.id for v in session.chosen_values()] == shown[:3]
    assert "taken the first 3 proposals" in reply


def test_taking_them_all_respects_the_cap_and_explains_it(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    conductor.max_values = 2
    say(conductor, session, "volgende")
    reply = say(conductor, session, "prima, neem ze allemaal over")
    assert len(session.chosen_values()) == 2
    assert "hooguit 2 waarden" in reply


def test_asking_for_proposals_gets_proposals_and_records_nothing(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    reply = say(conductor, session, "door graag, en dan jouw voorstellen")
    assert session.step == Step.VALUES
    assert [p.kind for p in session.proposals][:1] == ["value"]
    assert "stel ik deze voor" in reply
    reply = say(conductor, session, "graag je voorstellen")
    assert session.step == Step.VALUES
    assert not session.chosen_values() and not session.options
    assert all(v.key for v in session.values)  # no value called "graag je voorstellen"


def test_a_proposal_right_after_asking_what_values_are_is_a_value_proposal(
    conductor: Conductor,
) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    reply = say(conductor, session, "wat bedoel je eigenlijk met waarden?")
    assert session.step == Step.EFFECTS and "Waarden zijn" in reply
    say(conductor, session, "oké, doe dan maar een voorstel")
    assert session.step == Step.VALUES
    assert [p.kind for p in session.proposals][:1] == ["value"]


def test_options_asked_before_values_start_from_the_first_value_proposals(
    conductor: Conductor,
) -> None:
    session = session_at(Step.VALUES, "en")
    session.step = Step.EFFECTS
    reply = say(conductor, session, "what can we do about this?")
    assert session.step == Step.OPTIONS
    assert len(session.chosen_values()) == 3
    assert "first proposals as a starting point" in reply
    say(conductor, session, "take them all")
    assert session.options and all(o.value_ids for o in session.options)


def test_done_with_a_kind_missing_says_so_once(conductor: Conductor) -> None:
    session = session_at(Step.OPTIONS)
    session.step = Step.OPTIONS
    session.options = [
        HandlingOption(id="o1", kind="design", text="Alleen wijkcijfers", value_ids=["v1"]),
        HandlingOption(id="o2", kind="human", text="Uitleg aan de balie", value_ids=["v2"]),
    ]
    reply = say(conductor, session, "klaar")
    assert session.step == Step.OPTIONS
    assert "nog geen optie voor de omgeving" in reply
    assert [p.option_kind for p in session.proposals] == ["environment"]
    say(conductor, session, "klaar")
    assert session.step == Step.SUMMARY


def test_asking_for_examples_after_choosing_values_says_what_is_shown(
    conductor: Conductor,
) -> None:
    session = session_at(Step.VALUES, "en")
    session.step = Step.EFFECTS
    say(conductor, session, "next")
    say(conductor, session, "take 1")
    chosen = [v.id for v in session.chosen_values()]
    reply = say(conductor, session, "give me some examples")
    assert session.step == Step.VALUES and [v.id for v in session.chosen_values()] == chosen
    assert reply.startswith("Besides the values you chose, other values play in your effects")
    assert "'next' for examples of handling options" in reply
