"""Values given once the options or the summary are on, with the question what they are called
after them ("gezondheid, en dat je zelf mag kiezen, hoe heet dat?") or alone in a sentence ("And
independence."): values, not an unread question or an option; a question about a measure and a
short measure stay no value. Sentences written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def read(reader: Reader, text: str, language: str, step: Step) -> tuple[list[str], int]:
    session = reading_session(step, language, "Een deelautoapp", ("Bewoners", "Gemeente"))
    reading = reader.read(text, session)
    return [v.entry.id if v.entry else v.name for v in reading.values], len(reading.options)


@pytest.mark.parametrize("step", [Step.OPTIONS, Step.SUMMARY])
def test_values_with_their_name_asked_nl(reader: Reader, step: Step) -> None:
    text = "privacy, en dat mensen hun auto delen zoals ze zelf willen, hoe heet dat eigenlijk?"
    assert read(reader, text, "nl", step) == (["privacy", "autonomy"], 0)


@pytest.mark.parametrize("step", [Step.OPTIONS, Step.SUMMARY])
def test_values_with_their_name_asked_en(reader: Reader, step: Step) -> None:
    text = "transparency, and that nobody slips through the net, what's that called?"
    assert read(reader, text, "en", step) == (["transparency", "inclusion"], 0)


def test_a_measure_with_its_name_asked_is_no_value(reader: Reader) -> None:
    text = "a button in the app to pause the sharing, what do you call that?"
    assert read(reader, text, "en", Step.OPTIONS)[0] == []


def test_a_value_alone_beside_a_measure_is_a_value_en(reader: Reader) -> None:
    text = "A refresher course for the drivers. And independence."
    assert read(reader, text, "en", Step.OPTIONS) == (["autonomy"], 1)


def test_a_value_alone_beside_a_measure_is_a_value_nl(reader: Reader) -> None:
    text = "Een cursus voor de chauffeurs. En rechtvaardigheid natuurlijk."
    assert read(reader, text, "nl", Step.OPTIONS) == (["justice"], 1)


def test_a_short_measure_alone_stays_a_measure(reader: Reader) -> None:
    assert read(reader, "minder camera's", "nl", Step.OPTIONS) == ([], 1)


def test_a_late_list_of_values_with_one_said_as_a_clause_en(reader: Reader) -> None:
    text = "oh values. then safety, privacy, and that riders aren't treated differently."
    assert read(reader, text, "en", Step.OPTIONS) == (
        ["public-safety", "privacy", "equal-treatment"],
        0,
    )


def test_a_late_list_of_values_with_one_said_as_a_clause_nl(reader: Reader) -> None:
    text = "nou, veiligheid, privacy en dat niemand tussen wal en schip valt"
    assert read(reader, text, "nl", Step.OPTIONS) == (["security", "privacy", "inclusion"], 0)


def test_a_measure_with_a_value_word_stays_a_measure(reader: Reader) -> None:
    assert read(reader, "eerlijk verdelen van de plekken", "nl", Step.OPTIONS) == ([], 1)
    text = "a sign at the entrance, and that staff are treated decently"
    assert read(reader, text, "en", Step.OPTIONS)[1] >= 1
