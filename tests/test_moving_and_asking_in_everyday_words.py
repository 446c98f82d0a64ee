"""Moving on and asking for proposals the way people type it: an acknowledgement in front of a
move ("ok, door naar de opties"), asking what the next step is, and asking for options with an
order instead of a proposal word or with one option per value ("geef me per soort een paar
opties", "kun je voor elke waarde een optie bedenken?"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.questions import method_question, proposal_request


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Ok, door naar de opties.", Step.OPTIONS),
        ("prima, dan naar de waarden", Step.VALUES),
        ("right, on to the values", Step.VALUES),
        ("alright, let's go to the options", Step.OPTIONS),
    ],
)
def test_an_acknowledgement_before_a_move_still_moves(text: str, step: Step) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == ("goto", step)


@pytest.mark.parametrize(
    "text", ["wat is de volgende stap?", "whats the next step", "And what is the next step then?"]
)
def test_asking_for_the_next_step_goes_there(text: str) -> None:
    assert detect_intent(text).kind == "next"


def test_a_move_with_content_after_it_is_no_move() -> None:
    assert (
        detect_intent("ok, naar de waarden van de bewoners die er wonen kijken we later").kind
        != "goto"
    )


@pytest.mark.parametrize(
    ("text", "per_kind"),
    [
        ("geef me per soort een paar opties", True),
        ("give me some options per kind", True),
        ("noem eens een paar opties", False),
    ],
)
def test_an_order_for_options_is_a_request_for_option_proposals(text: str, per_kind: bool) -> None:
    question = proposal_request(text, Step.VALUES)
    assert question is not None and question.step == Step.OPTIONS and question.propose
    assert question.per_kind == per_kind


@pytest.mark.parametrize(
    "text",
    ["Kun je voor elke waarde een optie bedenken?", "Could you think of an option for each value?"],
)
def test_one_option_per_value_asks_for_options_not_values(text: str) -> None:
    question = method_question(text, Step.VALUES)
    assert question is not None and question.step == Step.OPTIONS


@pytest.mark.parametrize(
    "text", ["Is de camera uitzetten ook een optie?", "is switching it off an option?"]
)
def test_an_option_put_as_a_question_is_no_request_for_proposals(text: str) -> None:
    assert method_question(text, Step.VALUES) is None
    assert proposal_request(text, Step.VALUES) is None


def test_asking_for_options_per_kind_at_the_values_step_moves_on_and_proposes(
    conductor: Conductor,
) -> None:
    session = reading_session(Step.VALUES, "en", "Cameras that read number plates", ("Drivers",))
    session.values = [Value(id="v1", name="Privacy", key="privacy", priority=1)]
    conductor.plan(session, "give me some options per kind")
    assert session.step == Step.OPTIONS
    kinds = {p.option_kind for p in session.proposals}
    assert {"design", "environment", "human"} <= kinds


@pytest.mark.parametrize(
    ("text", "language"), [("voorstellen graag", "nl"), ("your suggestions?", "en")]
)
def test_a_bare_request_for_proposals_once_values_are_chosen_asks_for_options(
    conductor: Conductor, text: str, language: str
) -> None:
    session = reading_session(
        Step.VALUES, language, "Cameras that read number plates", ("Drivers",)
    )
    session.values = [
        Value(id="v1", name="Privacy", key="privacy", priority=1),
        Value(id="v2", name="Fairness", key="justice", priority=2),
    ]
    conductor.plan(session, text)
    assert session.step == Step.OPTIONS
    assert session.proposals and all(p.kind == "option" for p in session.proposals)


def test_asking_for_more_values_by_name_stays_with_the_values(conductor: Conductor) -> None:
    session = reading_session(
        Step.VALUES, "nl", "Camera's die kentekens lezen", ("Automobilisten",)
    )
    session.values = [
        Value(id="v1", name="Privacy", key="privacy", priority=1),
        Value(id="v2", name="Rechtvaardigheid", key="justice", priority=2),
    ]
    conductor.plan(session, "welke waarden zie jij nog meer?")
    assert session.step == Step.VALUES


@pytest.mark.parametrize(
    "text",
    ["Graag je voorstellen voor opties, per categorie.", "your proposals for options per category"],
)
def test_a_request_per_category_is_per_kind(text: str) -> None:
    question = proposal_request(text, Step.VALUES)
    assert question is not None and question.step == Step.OPTIONS and question.per_kind
