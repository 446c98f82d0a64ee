"""A proposal praised by a word of it before the user says the measure in their own words ("Die
van de wachtrij vind ik goed: ...", "yeah the leaflet one is good, we could ...") is no effect
and no option itself: the words after it are the measure (Dutch and English; sentences written
for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.language.cues.measure_leads import PRAISED_PICK_LEAD_RE
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("Die van de wachtrij vind ik goed: de app laat zien hoeveel mensen er voor je staan. "
         "Daarnaast een vaste balie voor wie geen telefoon heeft.", "nl", "De app laat zien"),
        ("ja die met de folder vind ik echt sterk, we kunnen de folder ook in het Arabisch laten "
         "maken", "nl", "We kunnen de folder"),
        ("yeah the leaflet one is good, we could ask the libraries to hand out the leaflet",
         "en", "We could ask the libraries"),
        ("I like the queue one: the app shows how many people are ahead of you. Also a desk for "
         "people without a phone.", "en", "The app shows"),
    ],
)  # fmt: skip
def test_the_praise_leads_to_the_measure(
    reader: Reader, text: str, language: str, first: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een wachtrij-app", ("bezoekers",))
    reading = reader.read(text, session)
    assert reading.effects == []
    assert reading.options
    assert reading.options[0].text.startswith(first)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Die van de wachtrij vind ik goed.", "nl"), ("the leaflet one is good", "en")],
)
def test_praise_alone_is_left_as_it_was(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Een wachtrij-app", ("bezoekers",))
    reading = reader.read(text, session)
    assert reading.effects == []
    assert all(o.text.lower().startswith(text.lower()[:10]) for o in reading.options)


def test_praise_before_a_pick_leaves_the_pick() -> None:
    for text in ("Die van jou over een klachtenlijn vind ik goed, neem die ook mee.",
                 "the helpdesk one is good, take it as well please"):  # fmt: skip
        assert PRAISED_PICK_LEAD_RE.sub("", text) == text
