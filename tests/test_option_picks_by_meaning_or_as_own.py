"""A proposal picked by what it is about where its words fit none on the table: said in other
words, the proposal it means is adopted (found by meaning); a measure that fits none is noted as
the user's own option, and the reply says so (Dutch and English, sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import options_proposed

from assistant.domain.session import Proposal, Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader

PROPOSALS_NL = (
    (
        "design",
        "Alleen tellingen bewaren: zet ruwe metingen om in totalen per uur en gooi de rest weg",
    ),
    (
        "environment",
        "Afspraken met de leverancier: leg in het contract vast dat de data van ons blijft",
    ),
    ("human", "Altijd een mens bereikbaar: inwoners kunnen altijd een medewerker spreken"),
)
PROPOSALS_EN = (
    ("design", "Store counts only: turn raw readings into hourly totals and discard the rest"),
    ("environment", "Agreements with the supplier: put in the contract that the data stays ours"),
    ("human", "A person is always reachable: residents can always talk to an employee"),
)


def at_the_options(language: str) -> Session:
    proposals = PROPOSALS_NL if language == "nl" else PROPOSALS_EN
    session = options_proposed(proposals, "Sensoren die drukte tellen in de binnenstad", language)
    session.values = [Value(id="v1", name="Privacy", key="privacy", priority=1)]
    return session


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("Die over een vaste contactpersoon voor ouders vind ik goed, neem die ook.", "nl",
         "Een vaste contactpersoon voor ouders"),
        ("I'll take the one about a paper form at the town hall.", "en",
         "A paper form at the town hall"),
        # one word in common with a proposal's title is not that proposal
        ("Die over een klankbordgroep met inwoners vind ik goed.", "nl",
         "Een klankbordgroep met inwoners"),
        ("The one about a sounding board of residents sounds good, take that too.", "en",
         "A sounding board of residents"),
    ],
)  # fmt: skip
def test_a_pick_that_fits_no_proposal_is_an_own_option(
    conductor: Conductor, text: str, language: str, measure: str
) -> None:
    session = at_the_options(language)
    reply = conductor.plan(session, text).draft.text
    assert [o.text for o in session.options] == [measure]
    assert not session.options[0].proposed
    assert ("genoteerd als je eigen optie" if language == "nl" else "option of your own") in reply
    assert len(session.proposals) == 3  # nothing on the table was taken


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("I'll take the one about people being able to speak to someone.", "en", 3),
        ("Die over dat je altijd iemand aan de lijn krijgt neem ik.", "nl", 3),
    ],
)
def test_a_pick_in_other_words_adopts_the_proposal_it_means(
    conductor: Conductor, text: str, language: str, number: int
) -> None:
    session = at_the_options(language)
    meant = session.proposals[number - 1].text
    conductor.plan(session, text)
    assert [o.text for o in session.options] == [meant]
    assert session.options[0].proposed


@pytest.mark.parametrize(
    ("text", "language"),
    [("Neem die over privacy.", "nl"), ("I'll take the one about fairness.", "en")],
)
def test_a_pick_of_one_bare_word_is_said_back_not_noted(
    conductor: Conductor, text: str, language: str
) -> None:
    session = at_the_options(language)
    reply = conductor.plan(session, text).draft.text
    assert session.options == []
    assert ("geen voorstel over" if language == "nl" else "no proposal about") in reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Die van jou over een vaste contactpersoon vind ik goed.", "een vaste contactpersoon"),
        ("The one about a paper form sounds good, add it.", "a paper form"),
        ("The one about a line that is good for parents.", "a line that is good for parents"),
    ],
)
def test_a_judgement_after_the_description_is_no_part_of_it(
    reader: Reader, text: str, said: str
) -> None:
    reading = reader.read(text, at_the_options("en" if text.startswith("The") else "nl"))
    assert reading.unmatched_picks == [said]


def test_a_pick_that_fits_no_value_proposal_adds_no_option(conductor: Conductor) -> None:
    session = Session(language="en")
    session.step = Step.VALUES
    session.case.technology = "Sensors that count crowds in the city centre"
    session.values = [
        Value(id="v1", name="Privacy", key="privacy"),
        Value(id="v2", name="Transparency", key="transparency"),
    ]
    session.proposals = [
        Proposal(number=1, kind="value", ref="v1", text="Privacy"),
        Proposal(number=2, kind="value", ref="v2", text="Transparency"),
    ]
    reply = conductor.plan(session, "I'll take the one about a paper form at the town hall.")
    assert session.options == []
    assert "no proposal about" in reply.draft.text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("neem 1 en 2, en die over een vaste contactpersoon voor ouders", "nl"),
        ("take 1 and 2, and the one about a paper form at the town hall", "en"),
    ],
)
def test_numbers_before_a_described_pick_are_picked_too(
    conductor: Conductor, text: str, language: str
) -> None:
    session = at_the_options(language)
    conductor.plan(session, text)
    assert sum(1 for o in session.options if o.proposed) == 2
