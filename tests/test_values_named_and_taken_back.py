"""Values named and taken back in the same message ("autonomy? no, human contact is what I
mean", "and safety, hmm no, ...", "nee laat gemak maar weg", "privacy I'd drop actually",
"vertrouwen had ik eerst ook, maar laat maar"): the value taken back is not chosen; a "no" that
opens a value of its own takes nothing back."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _values(reader: Reader, text: str, language: str) -> list[str]:
    session = reading_session(Step.VALUES, language, "a chatbot", ("Citizens", "Staff"))
    return [v.name for v in reader.read(text, session).values]


def test_a_value_taken_back_by_a_lone_no_en(message_reader: Reader) -> None:
    text = "privacy, fairness, and... autonomy? no, human contact is what I mean."
    names = _values(message_reader, text, "en")
    assert "autonomy" not in names
    assert {"privacy", "human-contact"} <= set(names)


def test_a_value_taken_back_with_hmm_no_en(message_reader: Reader) -> None:
    text = "transparency, privacy. and accessibility, hmm no, transparency covers that."
    assert "accessibility" not in _values(message_reader, text, "en")


def test_a_value_dropped_by_its_word_en(message_reader: Reader) -> None:
    names = _values(message_reader, "privacy first. trust I'd drop actually, it's minor.", "en")
    assert names == ["privacy"]


def test_a_value_dropped_by_its_word_nl(message_reader: Reader) -> None:
    text = "transparantie vooral. en gemak ook.. nee laat gemak maar weg, ik bedoel doelmatigheid."
    names = _values(message_reader, text, "nl")
    assert "ease-of-use" not in names
    assert {"transparency", "efficiency"} <= set(names)


def test_a_value_taken_back_by_laat_maar_nl(message_reader: Reader) -> None:
    text = "privacy en transparantie. autonomie had ik eerst ook, maar laat maar."
    assert _values(message_reader, text, "nl") == ["privacy", "transparency"]


def test_a_no_that_opens_a_value_takes_nothing_back_en(message_reader: Reader) -> None:
    names = _values(message_reader, "privacy, no tracking of children, and fairness", "en")
    assert "privacy" in names
