"""A measure after a short label that names what it is about ("And the recordings: shouldn't
there be a rule ...?", "En de foto's: die gaan na een week weg"): read as a measure among the
options, the label kept in its text (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.sentence_kinds import measure


@pytest.mark.parametrize(
    "text",
    ["And the recordings: shouldn't there be a rule that they are wiped after two weeks?",
     "The logbook: keep it for one month at most",
     "En de foto's: moet er geen regel komen dat die na een week worden gewist?",
     "Wat betreft de sensoren: zet ze buiten openingstijden uit"],
)  # fmt: skip
def test_a_topic_label_does_not_hide_the_measure(text: str) -> None:
    assert measure(text, Step.OPTIONS)


@pytest.mark.parametrize(
    "text",
    ["Privacy: very important to us", "De kosten: die vallen erg mee",
     "Optie B: we sturen de telefoons naar het lab, zoals nu",
     "Option B: we send the phones to the lab, as now"],
)  # fmt: skip
def test_a_topic_label_before_no_measure_is_none(text: str) -> None:
    assert not measure(text, Step.OPTIONS)


@pytest.mark.parametrize(
    ("language", "text", "part"),
    [
        ("en", "And the recordings: shouldn't there be a rule that they are wiped after two "
         "weeks?", "wiped after two weeks"),
        ("nl", "En de foto's: moet er geen regel komen dat die na een week worden gewist?",
         "na een week worden gewist"),
    ],
)  # fmt: skip
def test_a_measure_after_a_topic_label_is_recorded(
    conductor: Conductor, language: str, text: str, part: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    session.options = []
    conductor.goto(session, Step.OPTIONS)
    conductor.plan(session, text)
    assert any(part in o.text for o in session.options)
