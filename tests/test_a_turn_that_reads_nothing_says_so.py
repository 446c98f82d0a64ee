"""A message in which nothing is read (no case fact, item, question, command or reference) is
never passed over in silence: the reply says what it could not read and asks again; a bare
greeting or "laat maar" is not such a message (guided mode; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor


@pytest.mark.parametrize(
    ("text", "language", "step", "said"),
    [
        ("Idem.", "nl", Step.OPTIONS, "kunnen lezen"),
        ("Talked about that with Jan last week.", "en", Step.VALUES, "could not read"),
        ("Tja, dat hangt ervan af hoe je het bekijkt.", "nl", Step.ACTORS, "kunnen lezen"),
        ("Well, it depends on how you look at it.", "en", Step.EFFECTS, "could not read"),
    ],
)
def test_a_message_with_nothing_read_gets_a_reply_that_says_so(
    conductor: Conductor, text: str, language: str, step: Step, said: str
) -> None:
    session = reading_session(step, language, "Een chatbot voor vragen over afval", ("Inwoners",))
    plan = conductor.plan(session, text)
    assert said in plan.draft.text
    assert text.split(",")[0].rstrip(".") in plan.draft.text
    assert session.step == step and len(session.actors) == 1 and not session.effects


@pytest.mark.parametrize("text", ["laat maar", "hoi!", "hmm", "tja..."])
def test_a_greeting_or_dismissal_is_not_reported_as_unread(conductor: Conductor, text: str) -> None:
    session = reading_session(
        Step.ACTORS, "nl", "Een chatbot voor vragen over afval", ("Inwoners",)
    )
    plan = conductor.plan(session, text)
    assert "kunnen lezen" not in plan.draft.text
    assert "Geen haast" in plan.draft.text  # not the question again, bare
    assert plan.draft.text.strip() != plan.draft.question.strip()


def test_a_greeting_before_the_case_is_greeted_back(conductor: Conductor) -> None:
    session = Session(language="en")
    plan = conductor.plan(session, "hi there!")
    assert plan.draft.text.startswith("Hello!")
    assert not session.case.technology


@pytest.mark.parametrize("text", ["hmm", "Hmmm...", "tja", "uhm"])
def test_a_filler_at_the_values_step_is_no_value(conductor: Conductor, text: str) -> None:
    session = reading_session(Step.VALUES, "en", "Cameras that read number plates", ("Drivers",))
    conductor.plan(session, text)
    assert not session.chosen_values()


def test_the_dutch_notice_at_the_case_step_says_niets_not_geen_iets(conductor: Conductor) -> None:
    session = reading_session(Step.CASE, "nl", "", ())
    session.case.technology = "Een chatbot voor vragen over afval"
    plan = conductor.plan(session, "en de ouders?")
    assert "niets over de technologie of de casus kunnen lezen" in plan.draft.text
    assert "geen iets" not in plan.draft.text
