"""Where values are chosen and value proposals are still on the table, a message that names the
options step and asks for proposals ("ok opties. geef me een genummerde lijst", "ok options.
give me some") goes to the options step and shows the option proposals: the "ok" in front
adopts no value proposal and the request is no unread text. Dutch and English, sentences
written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import reading_session, values_proposed

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


def values_chosen(language: str) -> Session:
    return values_proposed(language, chosen=True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ok opties. geef me een genummerde lijst", "nl"),
        ("ok, opties. geef er een paar", "nl"),
        ("ok options. give me a numbered list", "en"),
        ("ok options. give me some", "en"),
    ],
)
def test_options_named_with_a_request_go_there_with_proposals(
    conductor: Conductor, text: str, language: str
) -> None:
    session = values_chosen(language)
    plan = conductor.plan(session, text)
    assert session.step == Step.OPTIONS
    assert [v.name for v in session.chosen_values()] == ["Inclusie"]
    assert any(p.kind == "option" for p in session.proposals)
    assert "not_understood" not in plan.notices


@pytest.mark.parametrize(("text", "language"), [("ok", "nl"), ("ok", "en")])
def test_a_bare_ok_after_choosing_stays_an_agreement(
    conductor: Conductor, text: str, language: str
) -> None:
    session = values_chosen(language)
    conductor.plan(session, text)
    assert [v.name for v in session.chosen_values()] == ["Inclusie"]


@pytest.mark.parametrize(
    ("text", "language"), [("geef de bewoners een stem", "nl"), ("give me a break", "en")]
)
def test_give_with_other_words_is_no_request(
    message_reader: Reader, text: str, language: str
) -> None:
    reading = message_reader.read(text, reading_session(Step.OPTIONS, language, "Een app"))
    assert not any(q.propose for q in reading.questions)
