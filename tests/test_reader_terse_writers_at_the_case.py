"""A terse writer at the case step: the people listed where the users are asked are actors too,
and once actors are known, short effect lines about them are effects, not case notes (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


def test_a_list_of_users_names_actors_too(conductor: Conductor) -> None:
    session = Session(language="nl")
    conductor.plan(session, "gemeente, chatbot voor vragen over kwijtschelding")
    conductor.plan(session, "baliemedewerkers, uitkeringsgerechtigden, leverancier")
    assert [a.name for a in session.actors] == [
        "Baliemedewerkers", "Uitkeringsgerechtigden", "Leverancier"
    ]  # fmt: skip
    assert "baliemedewerkers" in session.case.users


def test_terse_effect_lines_about_known_actors_at_the_case_step(reader: Reader) -> None:
    session = reading_session(
        Step.CASE, "nl", "chatbot voor kwijtschelding", ("Baliemedewerkers", "Aanvragers")
    )
    reading = reader.read("baliemedewerkers minder vragen aan de balie", session)
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("positive", "a1")]
    reading = reader.read("mensen krijgen soms een fout bedrag te horen en weten dat niet", session)
    assert [e.direction for e in reading.effects] == ["negative"]


def test_without_actors_such_a_line_stays_with_the_case(reader: Reader) -> None:
    session = reading_session(Step.CASE, "nl", "chatbot voor kwijtschelding")
    session.case.context = "gemeente"
    reading = reader.read("baliemedewerkers minder vragen aan de balie", session)
    assert reading.effects == []
