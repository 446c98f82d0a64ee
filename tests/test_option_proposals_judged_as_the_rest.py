"""Option proposals judged as "the rest" beside one named by its number ("nr 2 niet, de rest is
prima", "1 no, the others are fine"): the proposals not named are taken or turned down with
that clause, and only beside a proposal named (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.proposal_verdicts import proposal_verdicts


def _at_options(conductor: Conductor, language: str) -> tuple[Session, list[str]]:
    session = session_at(Step.OPTIONS, language)
    session.options = []
    conductor.goto(session, Step.OPTIONS)
    offered = [p.text for p in session.proposals if p.kind == "option"]
    assert len(offered) == 3
    return session, offered


@pytest.mark.parametrize(
    ("text", "taken", "refused"),
    [
        ("voorstel 3 niet, de rest is prima", [1, 2], [3]),
        ("De eerste hoeft niet, de andere twee wel.", [2, 3], [1]),
        ("number 2 no, the rest sounds good", [1, 3], [2]),
        ("2 is good, the others are too expensive for us", [2], [1, 3]),
    ],
)  # fmt: skip
def test_the_rest_takes_or_refuses_the_proposals_not_named(
    text: str, taken: list[int], refused: list[int]
) -> None:
    found = proposal_verdicts(text, [1, 2, 3])
    assert (sorted(found.taken), sorted(found.refused), found.rest) == (taken, refused, "")


@pytest.mark.parametrize("text", ["de rest is prima", "the rest is fine by me"])
def test_the_rest_alone_names_no_verdict(text: str) -> None:
    assert not proposal_verdicts(text, [1, 2, 3]).found


@pytest.mark.parametrize(
    ("language", "text", "refused", "own"),
    [
        ("nl", "nummer 1 niet, rest prima. en zelf: de app toont altijd waarom iets afwijkt",
         1, "De app toont altijd waarom iets afwijkt"),
        ("en", "the third no, the rest is fine. also: the app always shows why a claim stands out",
         3, "The app always shows why a claim stands out"),
    ],
)  # fmt: skip
def test_the_rest_adopted_beside_an_own_measure(
    conductor: Conductor, language: str, text: str, refused: int, own: str
) -> None:
    session, offered = _at_options(conductor, language)
    conductor.plan(session, text)
    texts = [o.text for o in session.options]
    adopted = [t for t in offered if t in texts]
    assert adopted == [t for n, t in enumerate(offered, start=1) if n != refused]
    assert own in texts
