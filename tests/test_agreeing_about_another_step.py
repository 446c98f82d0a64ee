"""Agreeing about the items of another step while proposals are on the table ("ok die waarden
zijn goed" where options are proposed) takes none of the proposals: it agrees (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "ja die waarden zijn prima"), ("en", "ok, the values look good")],
)
def test_agreeing_about_the_values_among_option_proposals_takes_no_option(
    conductor: Conductor, language: str, text: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    session.options = []
    conductor.goto(session, Step.OPTIONS)
    assert any(p.kind == "option" for p in session.proposals)
    conductor.plan(session, text)
    assert session.options == []


@pytest.mark.parametrize(
    ("language", "text"), [("nl", "ja die zijn prima"), ("en", "ok, take those")]
)
def test_agreeing_to_the_option_proposals_still_takes_them(
    conductor: Conductor, language: str, text: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    session.options = []
    conductor.goto(session, Step.OPTIONS)
    conductor.plan(session, text)
    assert session.options
