"""A person of a story named by first name who was noted as an actor ("Kees") is one of the
group the story gives them: "Kees, een van onze behandelaars", "Kees, een oudere strandwacht",
"onze psycholoog Ilse", "one of my students, Amira"; once that group is an actor the person is
folded into it and their effects go with them (Dutch and English)."""

from __future__ import annotations

from assistant.domain.session import Actor, Effect, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.changes import Changes, Tools
from assistant.method.reading.reading import Reading
from assistant.method.reading.story_cast import roles_of_the_cast
from assistant.method.recording import record
from assistant.paths import PROJECT_ROOT


def _recorded(language: str, known: list[str], text: str, listed: list[str]) -> Session:
    """The session after a message ``text`` listing ``listed``, with ``known`` actors (the
    first with one effect) before it."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.ACTORS
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(known)]
    session.effects = [Effect(id="e1", actor_id="a0", direction="negative", text="Told of them")]
    reading = Reading()
    reading.actors = listed
    reading.text = text
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    record(Tools(catalogue, None, None, 6), session, reading, Changes())  # type: ignore[arg-type]
    return session


def test_roles_of_the_cast_nl() -> None:
    roles = roles_of_the_cast(
        [
            "Kees, een oudere strandwacht, zegt dat de vrijwilligers minder zelf kijken.",
            "Onze psycholoog Ilse heeft het bij een andere instelling zien werken.",
            "Truus, een van onze planners, vond het rooster eerlijker.",
        ]
    )
    assert roles == {
        "Kees": "een oudere strandwacht",
        "Ilse": "een psycholoog",
        "Truus": "Planners",
    }


def test_roles_of_the_cast_en() -> None:
    roles = roles_of_the_cast(["One of my students, Amira, follows lectures from her kitchen."])
    assert roles == {"Amira": "Students"}


def test_first_name_noted_with_its_group_folds_into_it_nl() -> None:
    text = (
        "Kees, een van onze behandelaars, vertelde over een zaak. Verder horen erbij de "
        "installateurs en de behandelaars."
    )
    session = _recorded("nl", ["Kees", "Aanvragers"], text, ["Installateurs", "Behandelaars"])
    names = [a.name for a in session.actors]
    assert "Kees" not in names
    group = next(a for a in session.actors if a.name == "Behandelaars")
    assert session.effects[0].actor_id == group.id


def test_first_name_with_a_role_of_one_folds_into_the_group_nl() -> None:
    text = "Kees, een oudere strandwacht, zegt dat de jonge vrijwilligers minder zelf kijken."
    known = ["Kees", "Strandwachten van de reddingsbrigade", "Zwemmers"]
    session = _recorded("nl", known, text, [])
    assert [a.name for a in session.actors] == known[1:]
    assert session.effects[0].actor_id == "a1"


def test_role_before_the_first_name_en() -> None:
    text = "Our lecturer Amira says the dashboard makes her lessons feel like an exam."
    session = _recorded("en", ["Amira", "Students", "Lecturers"], text, [])
    assert [a.name for a in session.actors] == ["Students", "Lecturers"]
    assert session.effects[0].actor_id == "a2"


def test_first_name_without_a_known_group_stays() -> None:
    text = "Kees, een oudere strandwacht, zegt dat de jonge vrijwilligers minder zelf kijken."
    session = _recorded("nl", ["Kees", "Zwemmers"], text, [])
    assert [a.name for a in session.actors] == ["Kees", "Zwemmers"]
