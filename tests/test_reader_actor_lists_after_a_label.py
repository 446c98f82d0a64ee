"""The reader on a list of actors after a label or lead-in ("Involved:", "Betrokken:", "Dan zijn
het:", "Main groups:", "ik denk zelf aan"): the names are read although a part carries a clause
("the wardens who patrol at night", "de GGD als er een uitbraak is") or the list ends with a
clause about some of them ("..., some of whom ..."); a question before the list is no case fact
(Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "step", "expected"),
    [
        ("Involved: the tenants themselves, the wardens who patrol the blocks at night, the "
         "housing office, and the police when a flat is broken into.", "en", Step.CASE,
         ["Tenants", "Wardens who patrol the blocks at night", "Housing office", "Police"]),
        ("Betrokken: de huurders zelf, de huismeesters die 's nachts rondlopen, de GGD als er "
         "een uitbraak is, en de verhuurder.", "nl", Step.EFFECTS,
         ["Huurders", "Huismeesters die 's nachts rondlopen", "GGD", "Verhuurder"]),
        ("People involved: dock workers, the port authority, and truck drivers, some of whom "
         "get stopped twice a day.", "en", Step.ACTORS,
         ["Dock workers", "Port authority", "Truck drivers"]),
        ("Dan zijn het: de reizigers, hun begeleiders, de conducteurs die controleren, en de "
         "vervoerder.", "nl", Step.ACTORS,
         ["Reizigers", "Begeleiders", "Conducteurs die controleren", "Vervoerder"]),
        ("Main groups: the pupils, the teachers, and the parents.", "en", Step.ACTORS,
         ["Pupils", "Teachers", "Parents"]),
    ],
)  # fmt: skip
def test_names_after_a_label_are_read_despite_a_clause_in_a_part(
    reader: Reader, text: str, language: str, step: Step, expected: list[str]
) -> None:
    session = reading_session(step, language, "Slimme sloten op de flatdeuren")
    reading = reader.read(text, session)
    assert reading.actors == expected
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Wie zijn er allemaal bij? Ik denk zelf aan de reizigers, onze conducteurs en de "
         "schoonmakers.", "nl", ["Reizigers", "Conducteurs", "Schoonmakers"]),
        ("Who do we have then? I'm thinking of the passengers, our conductors and the "
         "cleaners.", "en", ["Passengers", "Conductors", "Cleaners"]),
    ],
)  # fmt: skip
def test_a_question_then_names_thought_of_gives_actors_and_no_case_fact(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.CASE, language, "Camera's in de trein")
    session.meta["case_ask"] = "context"
    reading = reader.read(text, session)
    assert reading.actors == expected
    assert "context" not in reading.case


@pytest.mark.parametrize(
    ("text", "language", "workplace"),
    [
        ("I'm a data adviser at RIVM.", "en", "RIVM"),
        ("Ik ben beleidsmedewerker bij de gemeente Zwolle.", "nl", "de gemeente Zwolle"),
    ],
)
def test_the_case_context_is_the_speakers_workplace_not_their_role(
    reader: Reader, text: str, language: str, workplace: str
) -> None:
    session = reading_session(Step.CASE, language, "")
    reading = reader.read(text, session)
    assert reading.case["context"] == workplace
