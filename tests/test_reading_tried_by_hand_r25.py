"""Faults found by typing new conversations by hand in the twenty-fifth round (sentences written
for these tests, Dutch and English): the summary asked for oneself ("can I get a summary?");
"quick one -" with a dash, or after a greeting of its own sentence, stayed in the case; the
stage told where the users were asked became the users; "en" inside a relative clause split a
name ("omwonenden die klagen over stank en lawaai" gave "Lawaai"); what a tool cannot do, as
the scope of someone's task ("the team handles what the bot can't"), read as a loss; "the
customer service team" was cut to "Customer"."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import names_in_list
from assistant.method.reading.case_roles import case_roles
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.organisations_at_work import parties_at_work
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "kan ik een samenvatting krijgen?",
        "mag ik nu de samenvatting zien",
        "ik wil graag een samenvatting",
        "can I get a summary?",
        "could we see the summary please",
        "ok, I'd like a summary",
        "that's all I think. can I have a summary?",
    ],
)
def test_the_summary_asked_for_oneself_goes_to_the_wrap_up(text: str) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == ("goto", Step.SUMMARY)


def test_a_summary_of_something_else_is_no_move() -> None:
    assert detect_intent("can I get a summary of the risks for the council?").kind != "goto"


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        ("en", "Quick one - our town wants a robot that sorts returned library books", "our town"),
        ("en", "Hi. Quick question - we test sensors that count cyclists", "we test"),
        ("nl", "Hoi. Snel vraagje - wij testen een app voor de buurtbus", "wij testen"),
    ],
)
def test_a_quick_question_with_a_dash_or_after_a_greeting_is_no_part_of_the_case(
    message_reader: Reader, language: str, text: str, opening: str
) -> None:
    session = session_at(Step.CASE, language)
    session.case.technology = ""
    told = " ".join(message_reader.read(text, session).case.values()).lower()
    assert opening in told
    assert "quick" not in told and "vraagje" not in told


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "we zitten nog in de oriëntatiefase hoor, er is nog geen leverancier"),
        ("en", "we're still exploring this, no supplier chosen yet"),
    ],
)
def test_the_stage_told_where_the_users_are_asked_is_no_users(
    message_reader: Reader, language: str, text: str
) -> None:
    session = session_at(Step.CASE, language)
    session.case.users = ""
    session.meta["case_ask"] = "users"
    case = message_reader.read(text, session).case
    assert "users" not in case
    assert text in case.get("notes", "")


def test_the_users_told_with_the_stage_stay_the_users(message_reader: Reader) -> None:
    session = session_at(Step.CASE, "nl")
    session.case.users = ""
    session.meta["case_ask"] = "users"
    text = "in de pilot gebruiken de wijkverpleegkundigen het"
    assert message_reader.read(text, session).case.get("users") == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("de inspecteurs, buren die klagen over geur en geluid, en het waterschap",
         ["Inspecteurs", "Buren die klagen over geur en geluid", "Waterschap"]),
        ("teachers, parents who worry about screen time and sleep, and the school board",
         ["Teachers", "Parents who worry about screen time and sleep", "School board"]),
        ("buren die er wonen en de winkeliers", ["Buren die er wonen", "Winkeliers"]),
    ],
)  # fmt: skip
def test_and_inside_a_relative_clause_does_not_split_a_name(text: str, names: list[str]) -> None:
    assert names_in_list(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "the front desk handles whatever the kiosk can't",
        "the planners do what the model cannot do",
        "het loket doet wat de zuil niet kan",
    ],
)
def test_what_a_tool_cannot_do_as_a_task_has_no_direction(text: str) -> None:
    assert clause_direction(text) is None


def test_what_people_cannot_do_is_still_a_loss() -> None:
    assert clause_direction("older visitors can't use the kiosk") == "negative"


def test_a_team_named_after_a_role_word_keeps_its_team() -> None:
    text = "Visitors use it, the customer service team answers the rest, and the vendor hosts it."
    assert "Customer service team" in parties_at_work(text)
    assert case_roles("questions go to the customer service team") == ["Customer service team"]
    assert case_roles("alerts go to the probation officer") == ["Probation officer"]
