"""Option proposals picked by a word (guided mode; sentences written for these tests): a Dutch
adjective of a kind with the noun left out ("neem de technische over", "de organisatorische ook")
takes the proposal of that kind, not "de menselijke maat"; a sentence of only "the X one" takes
the proposal the word names ("the complaints one too"), and one that names none is said back,
never noted as an actor."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor


def at_options(conductor: Conductor, language: str) -> Session:
    """A session with chosen values, at the options with proposals on the table."""
    session = session_at(Step.OPTIONS, language)
    session.step = Step.VALUES
    conductor.plan(session, "volgende" if language == "nl" else "next")
    assert session.step == Step.OPTIONS
    assert [p for p in session.proposals if p.kind == "option"]
    return session


def taken_kinds(session: Session) -> list[str]:
    return sorted(o.kind for o in session.options if o.proposed)


@pytest.mark.parametrize(
    ("pick", "kinds"),
    [
        ("Neem de technische over.", ["design"]),
        ("Prima, pak de organisatorische maar.", ["environment"]),
        ("Neem de technische en de menselijke ook.", ["design", "human"]),
    ],
)
def test_a_dutch_kind_adjective_takes_the_proposal_of_that_kind(
    conductor: Conductor, pick: str, kinds: list[str]
) -> None:
    session = at_options(conductor, "nl")
    conductor.plan(session, pick)
    assert taken_kinds(session) == kinds


def test_a_kind_adjective_before_a_noun_of_its_own_takes_nothing(conductor: Conductor) -> None:
    session = at_options(conductor, "nl")
    conductor.plan(session, "Neem de menselijke maat mee in het ontwerp van de app.")
    assert taken_kinds(session) == []


def test_the_word_one_takes_the_proposal_the_word_names(conductor: Conductor) -> None:
    session = at_options(conductor, "en")
    proposals = [p for p in session.proposals if p.kind == "option"]
    others = " ".join(p.text for p in proposals[:-1]).lower()
    title = [w.strip(",.").lower() for w in proposals[-1].text.partition(":")[0].split()]
    word = max((w for w in title if w not in others), key=len)
    conductor.plan(session, f"the {word} one too.")
    assert [o.text for o in session.options if o.proposed] == [proposals[-1].text]


def test_the_word_one_that_names_no_proposal_is_no_actor(conductor: Conductor) -> None:
    session = at_options(conductor, "en")
    actors = [a.name for a in session.actors]
    plan = conductor.plan(session, "the zebra one too. and add: the app deletes photos daily")
    assert [a.name for a in session.actors] == actors
    assert [o.text for o in session.options] == ["The app deletes photos daily"]
    assert '"zebra"' in plan.draft.text
