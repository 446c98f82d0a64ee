"""Questions about the method or the guidance asked in the middle of a case ("wat is eigenlijk
het verschil tussen een actor en een gebruiker?", "wat zegt de handreiking over chatbots?") are
help: never a case fact or an item, searched as asked, and answered with a passage of the method
(guided mode; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import FakeHit, FakeRetriever, reading_session, with_retriever

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        ("Wat is eigenlijk het verschil tussen een actor en een gebruiker?", "nl", Step.ACTORS),
        ("Wat zegt de handreiking over chatbots?", "nl", None),
        ("Hoe lang duurt zo'n sessie meestal?", "nl", None),
        ("What exactly is the difference between an effect and a value?", "en", Step.EFFECTS),
        ("What does the guidance say about facial recognition?", "en", None),
    ],
)
def test_a_question_about_the_method_is_help_not_a_case_fact(
    reader: Reader, text: str, language: str, topic: Step | None
) -> None:
    session = reading_session(Step.CASE, language, "Een chatbot voor vragen over afval")
    reading = reader.read(text, session)
    assert reading.intent is not None and reading.intent.kind == "help"
    assert reading.intent.step == topic
    assert not reading.case and not reading.actors and not reading.users and not reading.effects


def test_a_case_and_a_question_about_the_guidance_keep_the_case(reader: Reader) -> None:
    session = reading_session(Step.CASE, "nl", "")
    text = "De gemeente wil een chatbot voor vragen over afval. Wat zegt de handreiking daarover?"
    reading = reader.read(text, session)
    assert "chatbot" in reading.case.get("technology", "")
    assert "handreiking" not in " ".join(reading.case.values())
    assert reading.intent is not None and reading.intent.kind == "help"


@pytest.mark.parametrize(
    "text",
    ["Is privacy hier eigenlijk een waarde?", "Zijn er ook effecten voor de buren?"],
)
def test_a_question_that_names_a_step_without_asking_its_meaning_is_no_help(
    reader: Reader, text: str
) -> None:
    session = reading_session(Step.VALUES, "nl", "Camera's op het plein", ("Bewoners",))
    reading = reader.read(text, session)
    assert reading.intent is None or reading.intent.kind != "help"


def test_help_is_searched_as_asked_and_quotes_the_method_passage(conductor: Conductor) -> None:
    hits = [
        FakeHit("method-moderation-nl#negentig-minuten", "Een korte sessie van anderhalf uur.",
                "Moderator en voorbereiding", "Een variant van negentig minuten"),
        FakeHit("case-chatbot#1", "Een gemeente zette een chatbot in.", "Chatbot", "Casus",
                kind="cases"),
    ]  # fmt: skip
    retriever = FakeRetriever(hits)
    grounded = with_retriever(conductor, retriever)
    session = reading_session(Step.ACTORS, "nl", "Een chatbot voor vragen over afval")
    plan = grounded.plan(session, "Hoe lang duurt zo'n sessie meestal?")
    assert retriever.queries == ["Hoe lang duurt zo'n sessie meestal?"]  # not the case's words
    assert [p.id for p in plan.draft.quoted] == ["method-moderation-nl#negentig-minuten"]
    assert "anderhalf uur" in plan.draft.text
    assert session.case.technology == "Een chatbot voor vragen over afval"
