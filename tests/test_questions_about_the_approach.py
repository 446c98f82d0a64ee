"""A question about the approach as a whole ("wat is begeleidingsethiek?", "what do you do?") is
answered with an overview of its phases and a passage that sums the approach up, not with the
current step's help, and is never recorded as a case fact (guided mode; sentences written for
these tests)."""

from __future__ import annotations

import pytest
from method_fakes import FakeHit, FakeRetriever, reading_session, with_retriever

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat is begeleidingsethiek?", "nl"),
        ("hoe werkt deze aanpak eigenlijk", "nl"),
        ("Wat houdt begeleidingsethiek precies in?", "nl"),
        ("wat doe je precies?", "nl"),
        ("What is guidance ethics?", "en"),
        ("how does this method work?", "en"),
        ("what do you do?", "en"),
    ],
)
def test_a_question_about_the_approach_is_about_not_a_case_fact(
    reader: Reader, text: str, language: str
) -> None:
    session = Session(language=language)
    reading = reader.read(text, session)
    assert reading.intent is not None and reading.intent.kind == "about"
    assert not reading.case and not reading.actors and not reading.effects


@pytest.mark.parametrize(
    "text",
    [
        "Wat is de aanpak van de gemeente voor zwerfafval?",
        "Wat is eigenlijk het verschil tussen een actor en een gebruiker?",
        "What does the method say about values?",
    ],
)
def test_a_question_about_something_else_is_not_about_the_approach(
    reader: Reader, text: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, "nl", "Een chatbot voor afval"))
    assert reading.intent is None or reading.intent.kind != "about"


def test_the_approach_question_and_a_case_in_one_message_keep_the_case(reader: Reader) -> None:
    text = (
        "Wat is begeleidingsethiek eigenlijk? We willen namelijk een chatbot inzetten voor "
        "vragen over de afvalinzameling van de gemeente."
    )
    reading = reader.read(text, Session(language="nl"))
    assert reading.intent is not None and reading.intent.kind == "about"
    assert "chatbot" in reading.case.get("technology", "")


@pytest.mark.parametrize(
    ("language", "phase_words"),
    [("nl", ("casus", "actoren", "waarden", "ontwerp", "omgeving")),
     ("en", ("case", "actors", "values", "design", "environment"))],
)  # fmt: skip
def test_the_reply_gives_the_phases_and_quotes_the_summary_of_the_approach(
    conductor: Conductor, language: str, phase_words: tuple[str, ...]
) -> None:
    hits = [
        FakeHit("method-overview#kort", "De aanpak begeleidt in plaats van te beoordelen.",
                "De Aanpak Begeleidingsethiek in het kort", "Begeleiden, niet beoordelen",
                language=language),
        FakeHit("case-chatbot#1", "Een gemeente zette een chatbot in.", "Chatbot", "Casus",
                kind="cases", language=language),
    ]  # fmt: skip
    retriever = FakeRetriever(hits)
    session = reading_session(Step.EFFECTS, language, "Een chatbot voor afval", ("Inwoners",))
    question = "Wat is begeleidingsethiek?" if language == "nl" else "What is guidance ethics?"
    plan = with_retriever(conductor, retriever).plan(session, question)
    text = plan.draft.text.lower()
    assert all(word in text for word in phase_words)
    assert [p.id for p in plan.draft.quoted] == ["method-overview#kort"]
    assert retriever.queries[0].startswith(question)
    assert session.step == Step.EFFECTS and session.case.technology == "Een chatbot voor afval"
    assert len(session.actors) == 1 and not session.effects
