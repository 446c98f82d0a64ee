"""A word of complaint ("useless", "irritant", "annoying") in a longer sentence about people
judges what happens to them: an effect, not a complaint about the assistant to be ignored; a
short remark or one that addresses the assistant is still a complaint."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.noise import complaint
from assistant.method.reading.reader import Reader


def test_complaint_words_in_an_effect_are_read(message_reader: Reader) -> None:
    for text, language in (
        ("The wardens get dozens of alerts a night, mostly useless, so they stop looking.", "en"),
        ("De bewoners vinden het gepiep van de sensoren 's nachts heel irritant.", "nl"),
    ):
        reading = read_in(message_reader, text, (), language, "a sensor network")
        assert [d for _, d, _ in told(reading)] == ["negative"], text


def test_complaints_about_the_assistant_stay_complaints() -> None:
    for text in ("useless.", "wat stom", "you are useless today", "Je bent echt nutteloos"):
        assert complaint(text), text
    assert not complaint("Parents find the daily reports annoying and stop reading them.")
