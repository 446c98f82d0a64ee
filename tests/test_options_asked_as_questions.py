"""Measures asked as questions where options are asked (Dutch and English; sentences written
for these tests): "couldn't the supplier ...?", "is it possible to ...?", "can they ...?", "is
het mogelijk om ...?" propose a measure, never a question off the case; "ik denk zelf aan: X, Y"
lists measures, not actors, while a list of people alone stays a list of actors."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Couldn't the supplier add a setting that hides the faces?", "en"),
        ("Is it possible to train the wardens in calm conversations?", "en"),
        ("Can they switch the screen off themselves during breaks?", "en"),
        ("Is het mogelijk om de beelden na een dag te wissen?", "nl"),
        ("Kon de leverancier geen filter inbouwen voor de gezichten?", "nl"),
    ],
)
def test_a_measure_asked_as_a_question_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een app voor roosters")
    reading = reader.read(text, session)
    assert reading.intent is None or reading.intent.kind != "offtopic"
    assert len(reading.options) == 1
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ik denk zelf aan: geen namen bewaren van bezoekers, toestemming van de directie per "
         "inzet", "nl"),
        ("I'm thinking of: no names kept of visitors, approval by the board for each use", "en"),
    ],
)  # fmt: skip
def test_a_list_of_measures_after_i_think_of_is_no_list_of_actors(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een camera bij de ingang")
    reading = reader.read(text, session)
    assert reading.actors in ([], ["Board"])  # no measure as a name; who approves is a party
    assert len(reading.options) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat ik zelf zou willen is dat de camera zichzelf uitzet als hij kapot is.", "nl"),
        ("Ik zou graag willen dat elke melding eerst door een collega wordt bekeken.", "nl"),
        ("What I'd want is that every flag is checked by a colleague first.", "en"),
        ("I'd also love it if the tenants' association co-designed the letters.", "en"),
    ],
)
def test_a_wish_that_names_a_measure_is_an_option_without_the_wish(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een camera in de hal", ("ik", "huurders"))
    reading = reader.read(text, session)
    assert reading.effects == []
    assert len(reading.options) == 1
    lead = reading.options[0].text.lower()
    assert not lead.startswith(("wat ik", "ik zou", "what i", "i'd"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("And add the grandparents of the pupils.", "en"),
        ("Voeg ook de ouders van de leerlingen toe.", "nl"),
    ],
)
def test_adding_people_where_actors_are_asked_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.ACTORS, language, "Een app voor de school", ("leerlingen",))
    assert reader.read(text, session).options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Maybe a short info session for the staff, so everyone knows what the camera sees?", "en"),
        ("Misschien een korte cursus voor het team, zodat iedereen weet wat de camera ziet?", "nl"),
    ],
)
def test_a_measure_asked_with_what_the_system_does_is_no_question_for_help(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een camera in de hal", ("medewerkers",))
    reading = reader.read(text, session)
    assert reading.intent is None or reading.intent.kind != "help"
    assert [o.kind for o in reading.options] == ["human"]


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("En voor de schoonmakers: in het contract vastleggen dat de beelden nooit gebruikt "
         "worden om hen te beoordelen.", "nl", ("schoonmakers",)),
        ("For visitors in a wheelchair: could they book a fixed spot in the app?", "en",
         ("visitors in a wheelchair",)),
    ],
)  # fmt: skip
def test_a_measure_for_people_named_as_a_label_is_an_option(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een camera in de hal", actors)
    reading = reader.read(text, session)
    assert reading.effects == []
    assert len(reading.options) == 1


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("Schoonmakers: zij verliezen veel tijd met de nieuwe app.", "nl", ("schoonmakers",)),
        ("Visitors: they feel watched all day.", "en", ("visitors",)),
    ],
)
def test_an_effect_for_people_named_as_a_label_stays_an_effect(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een camera in de hal", actors)
    reading = reader.read(text, session)
    assert reading.options == []
    assert len(reading.effects) == 1
