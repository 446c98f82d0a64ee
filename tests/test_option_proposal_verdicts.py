"""Verdicts on the assistant's option proposals by their place ("de eerste vind ik niks, twee en
drie wel", "the first is too expensive", "Accept 1 and 3. Reject 2."), an own measure after a
lead that names the missing kind ("wat ik nog mis is iets aan de techniek: ...", "what I'm
missing is something in the software itself: ..."), and the maker who sets the technology
("de leverancier zet de drempel ..."): picks taken, no verdict as a measure (Dutch and English;
sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.option_kind_scores import option_kind
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
        ("De eerste vind ik niks, twee en drie wel.", [2, 3], [1]),
        ("Voorstel 1 en 2 zijn goed. 3 niet, dat kost te veel.", [1, 2], [3]),
        ("The first is too expensive and the third would need a board decision.", [], [1, 3]),
        ("Accept 1 and 3. Reject 2.", [1, 3], [2]),
        ("The middle one I just don't see happening, not with our budget.", [], [2]),
    ],
)  # fmt: skip
def test_verdicts_name_the_proposals_taken_and_refused(
    text: str, taken: list[int], refused: list[int]
) -> None:
    found = proposal_verdicts(text, [1, 2, 3])
    assert (found.taken, found.refused, found.rest) == (taken, refused, "")


@pytest.mark.parametrize(
    "text",
    ["1 is that the camera blurs faces", "Two officers check every flag before a letter goes out",
     "Drie maanden bewaren en dan wissen"],
)  # fmt: skip
def test_measures_that_open_with_a_number_are_no_verdicts(text: str) -> None:
    assert not proposal_verdicts(text, [1, 2, 3]).found


@pytest.mark.parametrize(
    ("language", "text", "own", "kind", "refused"),
    [
        ("nl", "De eerste vind ik niks, twee en drie wel. Wat ik zelf nog mis is iets aan de "
         "techniek: de app toont bij twijfel 'onbekend' in plaats van 'in orde'.",
         "De app toont bij twijfel 'onbekend' in plaats van 'in orde'", "design", 1),
        ("en", "I'll take the first and the third. Not the second. What I'm missing is something "
         "in the software itself: the score is kept when you change address.",
         "The score is kept when you change address", "design", 2),
    ],
)  # fmt: skip
def test_partial_uptake_with_an_own_measure_of_the_missing_kind(
    conductor: Conductor, language: str, text: str, own: str, kind: str, refused: int
) -> None:
    session, offered = _at_options(conductor, language)
    conductor.plan(session, text)
    got = {o.text: o.kind for o in session.options}
    assert got.get(own) == kind
    assert offered[refused - 1].split(":")[0] not in " ".join(got)
    assert sum(1 for t in got if t != own) == 2


@pytest.mark.parametrize(
    ("language", "text", "taken"),
    [
        ("en", "Only the second. The first is too dear and the third is not realistic here.", 1),
        ("nl", "1 is te vaag, dat doen we niet. 2 en 3 wel.", 2),
        ("en", "Accept 1 and 3. Reject 2.", 2),
    ],
)  # fmt: skip
def test_verdict_sentences_become_no_options(
    conductor: Conductor, language: str, text: str, taken: int
) -> None:
    session, offered = _at_options(conductor, language)
    conductor.plan(session, text)
    assert len(session.options) == taken
    assert all(o.text.split(":")[0] in " ".join(offered) for o in session.options)


@pytest.mark.parametrize(
    "text",
    ["De leverancier zet de drempel zo dat twijfelgevallen altijd naar een mens gaan",
     "The supplier sets the threshold so that doubtful cases always go to a person"],
)  # fmt: skip
def test_the_maker_setting_the_technology_is_design(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize(
    ("text", "taken", "refused"),
    [
        ("Options: accept 1 and 3. Reject 2, that would cost us a year.", [1, 3], [2]),
        ("Besluit overleg: voorstel 2 en 3 overnemen, 1 niet (te duur).", [2, 3], [1]),
    ],
)  # fmt: skip
def test_verdicts_after_a_short_label(text: str, taken: list[int], refused: list[int]) -> None:
    found = proposal_verdicts(text, [1, 2, 3])
    assert (found.taken, found.refused, found.rest) == (taken, refused, "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "de leverancier zet de drempel zo dat twijfelgevallen altijd rood worden"),
        ("en", "the supplier sets the threshold so that doubtful cases always turn red"),
    ],
)  # fmt: skip
def test_the_maker_setting_the_technology_is_an_option_among_options(
    conductor: Conductor, language: str, text: str
) -> None:
    session, _offered = _at_options(conductor, language)
    effects = len(session.effects)
    conductor.plan(session, text)
    assert [o.kind for o in session.options] == ["design"]
    assert len(session.effects) == effects


@pytest.mark.parametrize(
    "text",
    ["De club leent laptops uit aan leden die thuis geen computer hebben",
     "The caterer tells the guests every month which dishes were left over"],
)  # fmt: skip
def test_a_club_or_caterer_serving_people_acts_as_the_organisation(text: str) -> None:
    assert option_kind(text) == "environment"


def test_retraining_staff_is_no_school_acting() -> None:
    assert option_kind("Baliemedewerkers omscholen tot controleur") == "human"
