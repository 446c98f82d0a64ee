"""Option proposals asked for per kind and taken (guided mode; sentences written for these
tests): "one per kind" gives one of each kind, "two per kind" asked after going to the options
gives two; "the first of each kind" takes the first proposal of every kind; a first sentence of
only agreeing words right after asking for proposals takes them, the rest is read on; a numbered
list of the user's own measures picks no proposal by its numbers; measures announced with their
owners ("with who would own them:") are read as measures."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


def at_options(conductor: Conductor, language: str, ask: str) -> Session:
    """A session with chosen values, entering the options with ``ask``."""
    session = session_at(Step.OPTIONS, language)
    session.step = Step.VALUES
    conductor.plan(session, ask)
    assert session.step == Step.OPTIONS
    return session


def kinds_proposed(session: Session) -> list[str]:
    return [p.option_kind or "" for p in session.proposals if p.kind == "option"]


@pytest.mark.parametrize(
    ("ask", "language"),
    [
        ("Geef maar één voorstel per soort.", "nl"),
        ("Give me one option for each kind please.", "en"),
    ],
)
def test_one_proposal_per_kind_asked_gives_one_of_each(
    conductor: Conductor, ask: str, language: str
) -> None:
    session = at_options(conductor, language, "volgende" if language == "nl" else "next")
    conductor.plan(session, ask)
    assert sorted(kinds_proposed(session)) == ["design", "environment", "human"]


@pytest.mark.parametrize(
    ("ask", "language"),
    [
        ("Door naar de opties. Kun je er per soort twee noemen?", "nl"),
        ("Now the options. Could you list two for each kind?", "en"),
    ],
)
def test_two_per_kind_asked_with_going_to_the_options(
    conductor: Conductor, ask: str, language: str
) -> None:
    session = at_options(conductor, language, ask)
    kinds = kinds_proposed(session)
    assert len(kinds) > 3
    assert {"design", "environment", "human"} <= set(kinds)


@pytest.mark.parametrize(
    ("ask", "pick", "language"),
    [
        ("Opties graag, een paar per soort.", "Neem van iedere soort de bovenste.", "nl"),
        ("Options please, a few per kind.", "Take the first one of each kind.", "en"),
    ],
)
def test_the_first_of_each_kind_takes_one_of_every_kind(
    conductor: Conductor, ask: str, pick: str, language: str
) -> None:
    session = at_options(conductor, language, ask)
    firsts = {}
    for proposal in session.proposals:
        firsts.setdefault(proposal.option_kind, proposal.text)
    conductor.plan(session, pick)
    taken = {o.kind: o.text for o in session.options if o.proposed}
    assert taken == firsts


@pytest.mark.parametrize(
    ("ask", "reply", "own", "language"),
    [
        ("Welke opties stel jij voor?", "Prima. Voeg er nog aan toe dat de consulent altijd "
         "zelf mag afwijken van de uitkomst.", "afwijken", "nl"),
        ("Which options would you suggest?", "Good. And one of my own: the caseworker can "
         "always set the outcome aside.", "set the outcome aside", "en"),
    ],
)  # fmt: skip
def test_agreeing_first_after_asking_for_proposals_takes_them(
    conductor: Conductor, ask: str, reply: str, own: str, language: str
) -> None:
    session = at_options(conductor, language, ask)
    shown = len(session.proposals)
    conductor.plan(session, reply)
    assert sum(o.proposed for o in session.options) == shown
    assert any(own in o.text for o in session.options if not o.proposed)


def test_agreeing_then_turning_down_takes_nothing(conductor: Conductor) -> None:
    session = at_options(conductor, "nl", "Welke opties stel jij voor?")
    conductor.plan(session, "Goed. Maar liever iets anders: een folder bij de balie.")
    assert not any(o.proposed for o in session.options)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1. de kaart is niet openbaar, alleen voor de boa's\n2. binnen twee dagen een bericht "
         "aan de melder\n3. baliepersoneel leert hoe ze moeten ingrijpen", "nl"),
        ("1. the map is not public, only for the wardens\n2. an automatic message to the "
         "reporter within two days\n3. desk staff learn how to step in", "en"),
    ],
)  # fmt: skip
def test_a_numbered_list_of_own_measures_picks_no_proposal(
    conductor: Conductor, text: str, language: str
) -> None:
    session = at_options(conductor, language, "volgende" if language == "nl" else "next")
    assert session.proposals
    conductor.plan(session, text)
    assert not any(o.proposed for o in session.options)
    assert len(session.options) >= 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Options the board already floated, with who would own them: switch the counter off "
         "after 23:00 (vendor), a notice at each entrance saying what is counted (press office), "
         "and wardens telling visitors in person that nobody is identified.", "en"),
        ("De ideeën van de werkgroep, met wie het oppakt: de teller gaat na 23:00 uit "
         "(leverancier), een bordje bij elke ingang over wat er geteld wordt (communicatie), en "
         "boa's vertellen bezoekers zelf dat niemand herkend wordt.", "nl"),
    ],
)  # fmt: skip
def test_measures_announced_with_their_owners_are_measures(
    reader: Reader, text: str, language: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    reading = reader.read(text, session)
    assert len(reading.options) == 3
    assert not reading.effects


@pytest.mark.parametrize(
    ("pick", "kind", "place", "language"),
    [
        ("Take your first human one.", "human", 0, "en"),
        ("Neem de tweede ontwerp-optie.", "design", 1, "nl"),
    ],
)
def test_a_proposal_taken_by_its_place_among_one_kind(
    conductor: Conductor, pick: str, kind: str, place: int, language: str
) -> None:
    session = at_options(conductor, language, "volgende" if language == "nl" else "next")
    few = "opties graag, een paar per soort" if language == "nl" else "a few per kind"
    conductor.plan(session, few)
    of_kind = [p.text for p in session.proposals if p.option_kind == kind]
    assert len(of_kind) > place
    conductor.plan(session, pick)
    assert [o.text for o in session.options if o.proposed] == [of_kind[place]]


def test_a_kind_named_without_taking_announces_a_measure(conductor: Conductor) -> None:
    session = at_options(conductor, "en", "next")
    conductor.plan(session, "The human option: staff get a short training on the score.")
    assert not any(o.proposed for o in session.options)
    assert any("training" in o.text for o in session.options)
