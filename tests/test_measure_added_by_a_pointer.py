"""Where options are asked, a measure followed by "voeg dat toe" / "add that please" is the
measure added as an option: the pointer means the measure, not the people in it, who are no new
actor (guided mode; sentences written for these tests). Before the options, "X wrote to us, add
them too" still adds X."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _read(reader: Reader, text: str, language: str, step: Step) -> tuple[list[str], list[str]]:
    technology = "Een meldapp voor zwerfafval" if language == "nl" else "A litter reporting app"
    actors = ("Handhavers",) if language == "nl" else ("Wardens",)
    reading = reader.read(text, reading_session(step, language, technology, actors))
    return [a.lower() for a in reading.actors], [o.text.lower() for o in reading.options]


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("Eigenaren moeten hun eigen meldingen kunnen inzien op een inloopspreekuur. Voeg dat "
         "toe.", "nl", "inloopspreekuur"),
        ("hmm, residents should be able to see their own reports at a drop-in hour. add that "
         "please", "en", "drop-in hour"),
        ("A colleague said shop owners should be able to reply to a report. Add that.", "en",
         "reply to a report"),
    ],
)  # fmt: skip
def test_a_measure_pointed_at_is_added_as_an_option(
    message_reader: Reader, text: str, language: str, measure: str
) -> None:
    actors, options = _read(message_reader, text, language, Step.OPTIONS)
    assert any(measure in o for o in options)
    assert actors == []


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("De ondernemersvereniging heeft ons vorige week een brief gestuurd, die horen er ook "
         "bij.", "nl", "ondernemersvereniging"),
        ("The shopkeepers' association wrote to us last week, add them too.", "en",
         "association"),
    ],
)  # fmt: skip
def test_people_pointed_at_are_still_added_as_actors(
    message_reader: Reader, text: str, language: str, who: str
) -> None:
    for step in (Step.ACTORS, Step.OPTIONS):
        actors, _ = _read(message_reader, text, language, step)
        assert any(who in a for a in actors)
