"""People labelled or scoring low on a test are worse off ("parents feel their child gets
labelled", "kinderen scoren laag omdat de test alleen Nederlands kent"): negative, also in a line
of pasted minutes that carries no other direction word. A label given to a thing by the system
itself is how it works and no effect on people."""

from __future__ import annotations

import pytest
from method_fakes import reading_session, told

from assistant.domain.session import Step
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "Parents feel their son gets labelled as a slow learner",
        "Newcomers score low because the quiz only comes in English",
        "Ouders voelen zich gelabeld door de uitslag",
        "Meertalige peuters scoren laag omdat de test alleen Nederlands kent",
        "Jongeren uit de wijk worden bestempeld als risico",
    ],
)
def test_labelled_people_and_low_scores_are_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


def test_low_score_in_pasted_minutes_is_a_negative_effect_en(reader: Reader) -> None:
    session = reading_session(Step.CASE, "en", "")
    text = (
        "Notes of the library team, 2 May\n"
        "Present: two librarians, the parent panel, the app vendor\n"
        "- The reading quiz app is used in all branches since March: children read aloud and "
        "the app scores their reading level.\n"
        "- Parent panel: children who grew up with two languages score low on the quiz.\n"
        "- Parents feel their daughter gets labelled as a weak reader."
    )
    effects = told(reader.read(text, session))
    directions = [d for text, d, _ in effects if "score low" in text or "labelled" in text]
    assert directions == ["negative", "negative"]


def test_low_score_in_pasted_minutes_is_a_negative_effect_nl(reader: Reader) -> None:
    session = reading_session(Step.CASE, "nl", "")
    text = (
        "Verslag teamoverleg consultatiebureau, 8 april\n"
        "Aanwezig: twee verpleegkundigen, de ouderraad, de leverancier\n"
        "- De rekenspel-app wordt sinds de zomer op alle locaties gebruikt: kleuters tikken "
        "antwoorden aan en de app berekent een niveau.\n"
        "- Ouderraad: kinderen die thuis Turks spreken scoren laag op het spel.\n"
        "- Ouders voelen zich gelabeld door het niveau."
    )
    effects = told(reader.read(text, session))
    directions = [d for text, d, _ in effects if "scoren laag" in text or "gelabeld" in text]
    assert directions == ["negative", "negative"]


@pytest.mark.parametrize(
    "text",
    [
        "More referrals to the dietician, the waiting lists there are growing",
        "Better advice for tenants, the delays have gone up",
        "Betere adviezen voor huurders, de stress in het team neemt toe",
        "Sneller antwoord voor ouders, de werkdruk groeit",
    ],
)
def test_growing_burden_outweighs_a_gain_before_it(text: str) -> None:
    assert clause_direction(text) == "negative"
