"""A proposal picked by description fits only where the description shares enough of its
words: two common words ("check", "before") of a long description are no fit, and the measure
described is noted as the user's own option; a short description that shares two words, or
half the title, still takes the proposal. A yes after a dash is no part of what is described.
Dutch and English, sentences written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import options_proposed

from assistant.domain.session import Session, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.references import _described

PROPOSALS_NL = (
    ("design", "Uitkomsten per groep meten, vooraf en tijdens gebruik: bouw een vaste controle "
               "in die de uitkomsten tussen wijken vergelijkt, vooraf en elk kwartaal"),
    ("environment", "Een onafhankelijke audit: laat een externe partij jaarlijks toetsen of "
                    "groepen ongelijk behandeld worden"),
    ("human", "Uitleg aan bewoners: medewerkers leggen bij de deur uit wat het systeem doet"),
)  # fmt: skip
PROPOSALS_EN = (
    ("design", "Measure outcomes per group, before and during use: build in a standing check "
               "that compares outcomes between districts, before launch and every quarter"),
    ("environment", "An independent audit: have an outside party test every year whether "
                    "groups are treated unequally"),
    ("human", "Explain it at the door: staff explain to residents what the system does"),
)  # fmt: skip


def at_the_options(language: str) -> Session:
    proposals = PROPOSALS_NL if language == "nl" else PROPOSALS_EN
    session = options_proposed(proposals, "Satellietbeelden die gekapte bomen vinden", language)
    session.values = [Value(id="v1", name="Trust", key="trust", priority=1)]
    return session


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("The one where a clerk checks the licence file before any fine goes out - yes.", "en",
         "licence file"),
        ("Die waarbij een ambtenaar vooraf het vergunningenregister controleert voordat er een "
         "boete uitgaat, ja.", "nl", "vergunningenregister"),
    ],
)  # fmt: skip
def test_a_long_description_sharing_two_common_words_is_an_own_option(
    conductor: Conductor, text: str, language: str, part: str
) -> None:
    session = at_the_options(language)
    conductor.plan(session, text)
    assert len(session.options) == 1, [o.text for o in session.options]
    assert part in session.options[0].text
    assert not session.options[0].proposed
    assert not session.options[0].text.endswith("yes")


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("I'll take the one about an independent audit.", "en", 2),
        ("Die over de uitleg aan bewoners neem ik.", "nl", 3),
    ],
)
def test_a_description_that_shares_the_title_still_takes_the_proposal(
    conductor: Conductor, text: str, language: str, number: int
) -> None:
    session = at_the_options(language)
    meant = session.proposals[number - 1].text
    conductor.plan(session, text)
    assert [o.text for o in session.options] == [meant]


def test_a_yes_after_a_dash_is_no_part_of_the_description() -> None:
    assert _described("the one with the paper form - yes please") == "the one with the paper form"
    assert _described("de papieren route - ja graag") == "de papieren route"
    assert _described("a check - where possible") == "a check - where possible"
