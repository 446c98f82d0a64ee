"""A message of only punctuation ("?", "...") is answered as such, with the way to ask for an
explanation, and the phrase the answer suggests does give the explanation (Dutch and English).
The web UI sends no empty message, so there the notice only ever meets punctuation."""

from __future__ import annotations

from assistant.domain.session import Session
from assistant.method.conductor import Conductor


def say(conductor: Conductor, session: Session, text: str) -> str:
    return conductor.plan(session, text).draft.text


def test_a_lone_question_mark_hears_how_to_ask_for_an_explanation(conductor: Conductor) -> None:
    dutch = Session(language="nl")
    reply = say(conductor, dutch, "?")
    assert "alleen leestekens" in reply and '"wat bedoel je?"' in reply
    assert "In de casus beschrijf je" in say(conductor, dutch, "wat bedoel je?")
    english = Session(language="en")
    reply = say(conductor, english, "...")
    assert "only punctuation" in reply and '"what do you mean?"' in reply
    assert "In the case you describe" in say(conductor, english, "what do you mean?")
