"""Options asked as questions and proposals taken over (Dutch and English; sentences written for
these tests): "allemaal overnemen" takes every proposal; "akkoord, neem ze over" where no proposal
is left agrees and names no option; in "kan de provincie ... compenseren?" the province acts (an
arrangement of the organisation); "welke waarde beschermt elke optie?" asks about the options,
not the way back to the values."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step, Value
from assistant.method.reading.option_kind_scores import option_kind
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import proposal_reference


@pytest.mark.parametrize(
    "text", ["alles overnemen graag", "prima, allemaal overnemen", "ok, adopt them all"]
)
def test_taking_all_proposals_over_refers_to_all_of_them(text: str) -> None:
    assert proposal_reference(text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("akkoord, neem ze over", "nl"), ("prima, allemaal overnemen", "nl"), ("ok, take them", "en")],
)
def test_taking_over_with_no_proposal_left_agrees_and_names_no_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.VALUES, language, "Een model voor inspecties")
    session.values = [Value(id="v1", key="privacy", name="Privacy", priority=1)]
    reading = reader.read(text, session)
    assert reading.options == []
    assert reading.intent is not None and reading.intent.kind == "affirm"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kan de gemeente de ondernemers compenseren als ze een week dicht moeten?", "environment"),
        ("Could the province compensate growers when they lose a harvest?", "environment"),
        ("Zouden de wijkagenten een opfriscursus over de regels kunnen krijgen?", "human"),
        ("Can the officers at the desk explain the letter themselves?", "human"),
    ],
)
def test_option_kinds_asked_as_questions_follow_who_acts_after_the_modal(
    text: str, kind: str
) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kun je bij elke optie zeggen welke waarde die beschermt?", "nl"),
        ("Can you say for each option which value it protects?", "en"),
    ],
)
def test_asking_which_value_each_option_protects_stays_among_the_options(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Drones boven weilanden")
    reading = reader.read(text, session)
    assert reading.questions and all(q.step == Step.OPTIONS for q in reading.questions)
    assert reading.goto in (None, Step.OPTIONS)
