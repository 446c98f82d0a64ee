"""What went wrong when civil servants typed into the browser, fifth round (sentences written
for these tests): asking whether the work is done is answered like "klaar"; a verdict asked in
the second question of a message is still a verdict request; "which I don't love" and "is often
hard" are negative; a short remark on what an effect saves stays with it; "en voor X is ..."
names X; "effecten die ik mis?" asks for prompts; a school board introducing itself is the
context of the case; a part of a message left unread beside what was recorded is named in the
reply (it was dropped without a word)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.changes import Changes
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.questions import method_question
from assistant.method.reading.reader import Reader

TECHNOLOGY = "Een chatbot die vragen over de afvalkalender beantwoordt"


@pytest.mark.parametrize(
    "text", ["zijn we klaar?", "Zijn we nu klaar?", "is dit genoeg?", "are we done?",
             "ok, is this enough?", "am I done now?"],
)  # fmt: skip
def test_asking_whether_the_work_is_done_is_done(text: str) -> None:
    assert detect_intent(text).kind == "done"


@pytest.mark.parametrize(
    "text", ["Is it done by the vendor?", "zijn we klaar met de pilot in juni"]
)
def test_saying_what_is_done_is_no_done_question(text: str) -> None:
    assert detect_intent(text).kind != "done"


@pytest.mark.parametrize(
    "text", ["zijn we klaar? wat zou jij doen?", "ok. and what would you do?",
             "are we done? what would you do?"],
)  # fmt: skip
def test_a_verdict_asked_in_a_later_question_is_a_verdict_request(text: str) -> None:
    assert detect_intent(text).kind == "verdict"


@pytest.mark.parametrize(
    "text",
    ["the council wants to keep every recording for a year, which I don't love",
     "a chatbot is often hard for people who read poorly",
     "dat de leverancier alles mag bewaren zie ik niet zitten"],
)  # fmt: skip
def test_disliked_and_hard_for_people_are_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    ("text", "language"),
    [("de medewerkers krijgen minder mails, scheelt ze een hoop werk", "nl"),
     ("the call centre gets fewer calls, saves them a lot of time", "en")],
)  # fmt: skip
def test_a_short_remark_on_what_it_saves_stays_with_the_effect(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, ("Medewerkers", "Bewoners"))
    effects = reader.read(text, session).effects
    assert len(effects) == 1 and effects[0].direction == "positive"


def test_people_after_en_voor_are_the_actor_of_the_effect(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", TECHNOLOGY, ("Bewoners",))
    effects = reader.read("En voor anderstaligen is een chatbot vaak lastig", session).effects
    assert [(e.actor_name.lower(), e.direction) for e in effects] == [("anderstaligen", "negative")]


@pytest.mark.parametrize(
    "text", ["zijn er nog effecten die ik mis?", "any effects that I might miss?"]
)
def test_asking_which_effects_one_misses_asks_for_prompts(text: str) -> None:
    question = method_question(text, Step.EFFECTS)
    assert question is not None and question.propose


def test_a_school_board_introducing_itself_is_the_context(reader: Reader) -> None:
    text = (
        "hi. school board here (primary schools in Breda). we want an app that plans the "
        "parent-teacher meetings"
    )
    case = reader.read(text, Session(language="en")).case
    assert case["context"].startswith("school board")
    assert case["technology"].startswith("we want an app")


@pytest.mark.parametrize(
    ("text", "language", "left"),
    [("privacy en eerlijkheid. de koffie op de zaak is slecht vandaag", "nl",
      "de koffie op de zaak is slecht vandaag"),
     ("privacy and fairness. the coffee at the office is bad today", "en",
      "the coffee at the office is bad today")],
)  # fmt: skip
def test_a_part_left_unread_beside_recorded_items_is_named(
    conductor: Conductor, text: str, language: str, left: str
) -> None:
    session = reading_session(Step.VALUES, language, TECHNOLOGY, ("Bewoners",))
    changes = Changes()
    conductor.plan(session, text, changes=changes)
    assert len(session.chosen_values()) == 2
    assert [n.data.get("text") for n in changes.notices if n.kind == "partly_understood"] == [left]


def test_a_message_read_whole_names_nothing_left(conductor: Conductor) -> None:
    session = reading_session(Step.VALUES, "nl", TECHNOLOGY, ("Bewoners",))
    changes = Changes()
    conductor.plan(session, "privacy en eerlijkheid", changes=changes)
    assert not [n for n in changes.notices if n.kind == "partly_understood"]
