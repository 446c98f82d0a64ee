"""The reader on bullets under a header without a colon, as markdown leaves it ("**Wie**",
"## Case"): a header that names a step gives the bullets that step, one that names a direction
("Nadelen", "Bad") makes them effects in that direction, whatever step the conversation is at;
a bare line above no bullets is no header (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.segments import labelled_bullets, sentences


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("**Wie**\n- marktkooplui\n- de marktmeester\n- klanten met een rollator\n", "nl",
         ["Marktkooplui", "Marktmeester", "Klanten met een rollator"]),
        ("## Who\n- stallholders\n- the market master\n- shoppers with a walker\n", "en",
         ["Stallholders", "Market master", "Shoppers with a walker"]),
    ],
)  # fmt: skip
def test_bullets_under_a_bare_who_header_are_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, "Sensoren op de markt"))
    assert reading.actors == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("**Casus**\n- sensoren die tellen hoeveel kramen er staan\n- in gebruik sinds 2021\n",
         "nl"),
        ("**Case**\n- sensors that count the market stalls in use\n- in use since 2021\n", "en"),
    ],
)  # fmt: skip
def test_bullets_under_a_bare_case_header_describe_the_case(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert reading.case.get("technology", "").lower().startswith("sensor")
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("**Voordelen**\n- snellere opbouw van de markt\n\n**Nadelen**\n- kramen worden gefilmd\n",
         "nl"),
        ("**Good**\n- quicker set-up of the market\n\n**Bad**\n- the stalls are filmed\n", "en"),
    ],
)  # fmt: skip
def test_bullets_under_a_bare_direction_header_are_effects_at_the_actors_step(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.ACTORS, language, "Sensoren op de markt", ("Marktmeester",))
    reading = reader.read(text, session)
    assert [e.direction for e in reading.effects] == ["positive", "negative"]
    assert not reading.actors


def test_a_direction_word_above_no_bullets_stays_as_it_is() -> None:
    assert labelled_bullets("Good\nthe market is quicker") == "Good\nthe market is quicker"


def test_a_step_word_above_no_bullets_is_no_header() -> None:
    assert [s.header for s in sentences("Who\nthe stallholders")] == [None, None]


def test_plus_and_min_over_bullets_give_their_direction(reader: Reader) -> None:
    text = (
        "plus\n- de markt staat sneller\nmin\n- kramen worden gefilmd\n- sensoren storen de duiven"
    )
    session = reading_session(Step.ACTORS, "nl", "Sensoren op de markt", ("Marktmeester",))
    reading = reader.read(text, session)
    assert [e.direction for e in reading.effects] == ["positive", "negative", "negative"]
    assert not reading.actors
