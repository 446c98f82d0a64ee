"""Effects told where actors are asked, found by trying the assistant in the browser: a short
statement about people is an effect, not an actor's name ("kinderen steken veiliger over, top"),
a remark such as "top" or "super" after it is neither, and annoyance or standing still is a
negative effect; people who talk to others are a human option (guided mode; sentences
written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader

SCHOOL = ("Schoolkinderen", "Ouders", "Automobilisten", "Wegbeheerder")
NIGHTLIFE = ("Residents", "Bar owners", "Night visitors")


@pytest.mark.parametrize(
    ("text", "language", "actors", "actor", "direction"),
    [
        ("kinderen steken veiliger over, top.", "nl", SCHOOL, "Schoolkinderen", "positive"),
        ("kinderen steken veiliger over, super", "nl", SCHOOL, "Schoolkinderen", "positive"),
        ("fijn dat de kinderen veiliger oversteken", "nl", SCHOOL, "Schoolkinderen", "positive"),
        ("automobilisten ergeren zich", "nl", SCHOOL, "Automobilisten", "negative"),
        ("residents sleep better hopefully.", "en", NIGHTLIFE, "Residents", "positive"),
        ("night visitors get annoyed by the lights", "en", NIGHTLIFE, "Night visitors", "negative"),
    ],
)
def test_a_statement_about_people_where_actors_are_asked_is_an_effect(
    reader: Reader,
    text: str,
    language: str,
    actors: tuple[str, ...],
    actor: str,
    direction: str,
) -> None:
    session = reading_session(Step.ACTORS, language, "Slimme verkeerslichten", actors)
    reading = reader.read(text, session)
    assert reading.actors == []
    assert [e.direction for e in reading.effects] == [direction]
    owner = {a.id: a.name for a in session.actors}.get(reading.effects[0].actor_id or "")
    assert owner == actor


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mensen die slecht ter been zijn", "nl"),
        ("ouderen met minder digitale vaardigheden", "nl"),
        ("kinderen en ouders, top", "nl"),
        ("residents, bar owners and the police", "en"),
    ],
)
def test_names_with_which_people_they_mean_stay_names(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.ACTORS, language, "Slimme verkeerslichten")
    reading = reader.read(text, session)
    assert reading.actors and not reading.effects
    assert not any(name.lower() in ("top", "super") for name in reading.actors)


@pytest.mark.parametrize(
    "text",
    ["automobilisten staan langer stil", "ze ergeren zich eraan", "drivers get annoyed"],
)
def test_annoyance_and_standing_still_are_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("and stewards who talk to groups first", "en"),
        ("en gastheren die groepen aanspreken voordat de politie komt", "nl"),
        ("een jongerenwerker die 's avonds langs de hangplekken gaat", "nl"),
    ],
)
def test_people_who_talk_to_others_are_a_human_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Geluidssensoren in het uitgaansgebied")
    reading = reader.read(text, session)
    assert [o.kind for o in reading.options] == ["human"]
    assert not reading.options[0].text.lower().startswith(("and ", "en "))
