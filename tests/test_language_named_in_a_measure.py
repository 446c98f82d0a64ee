"""A language named inside a measure ("de brief ook in het Engels versturen", "publish the
notice in English too") is no request to switch languages, also where a word of asking
("graag", "please") stands elsewhere in a longer message; asked in its own sentence or line it
still switches. Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

from assistant.method.reading.intents import detect_intent


def test_a_language_in_a_listed_measure_is_no_switch() -> None:
    text = (
        "- [x] de brief over de afvalpas ook in het Engels versturen\n"
        "- [ ] een spreekuur in de bibliotheek\n"
        "beide graag\n"
    )
    assert detect_intent(text).kind != "language"
    text = "- publish the notice in Dutch too for the border towns\n- a helpdesk, please take both"
    assert detect_intent(text).kind != "language"


def test_a_switch_asked_in_its_own_sentence_still_switches() -> None:
    text = "Mijn collega schuift aan en spreekt geen Nederlands. Kunnen we verder in het Engels?"
    assert detect_intent(text).language == "en"
    text = "We have two more measures to add later but for now, could you switch to Dutch please"
    assert detect_intent(text).language == "nl"
