"""An effect moved to other people in the user's own words ("o nee, niet de planners krijgen er
werk bij, dat zijn de teamleiders", "no wait, not the caretakers, the porters do those rounds"):
the effect is theirs now, the people taken back stay, and nothing new is recorded from the
correction (guided mode; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Effect, Session, Step
from assistant.method.conductor import Conductor


def _session(language: str, actors: tuple[str, ...], effects: tuple[str, ...]) -> Session:
    session = reading_session(Step.EFFECTS, language, "a rostering app", actors)
    session.effects = [
        Effect(id=f"e{i}", actor_id=f"a{i}", direction="negative", text=text)
        for i, text in enumerate(effects, start=1)
    ]
    return session


def test_an_effect_moved_to_other_people_nl(conductor: Conductor) -> None:
    session = _session(
        "nl",
        ("Planners", "Wijkverpleegkundigen"),
        ("De planners krijgen er werk bij, want ze moeten alles nalopen", "Minder vaste routes"),
    )
    conductor.plan(
        session,
        "o nee, niet de planners krijgen er werk bij, dat zijn de teamleiders die de controles "
        "doen.",
    )
    names = {a.id: a.name for a in session.actors}
    assert "Planners" in names.values() and "Teamleiders" in names.values()
    moved = session.effects[0]
    assert names[moved.actor_id or ""] == "Teamleiders"
    assert moved.text.startswith("De teamleiders krijgen er werk bij")
    assert len(session.effects) == 2


def test_an_effect_moved_to_other_people_en(conductor: Conductor) -> None:
    session = _session(
        "en",
        ("Residents", "Wardens"),
        ("Residents sleep worse", "The caretakers lose an hour a night on the rounds"),
    )
    conductor.plan(session, "no wait, not the caretakers, the porters do those rounds.")
    names = {a.id: a.name for a in session.actors}
    moved = session.effects[1]
    assert names[moved.actor_id or ""] == "Porters"
    assert "porters" in moved.text.lower()
    assert len(session.effects) == 2


def test_the_people_taken_back_are_renamed_when_no_effect_is_named(
    conductor: Conductor,
) -> None:
    session = _session("en", ("Residents", "Caretakers"), ("Residents sleep worse", "Extra rounds"))
    conductor.plan(session, "correction: not the caretakers but the porters.")
    names = [a.name for a in session.actors]
    assert "Porters" in names and "Caretakers" not in names


def test_the_people_of_an_effect_set_right_are_renamed_with_it(conductor: Conductor) -> None:
    session = _session(
        "nl",
        ("Planners", "Cliënten"),
        ("De planners lopen het rooster elke ochtend na", "Minder vaste gezichten"),
    )
    conductor.plan(session, "Correctie: niet de planners, ik bedoelde de teamleiders.")
    names = [a.name for a in session.actors]
    assert "Teamleiders" in names and "Planners" not in names
    assert session.effects[0].text == "De teamleiders lopen het rooster elke ochtend na"


def test_people_named_with_what_they_get_take_the_effect_and_the_others_stay(
    conductor: Conductor,
) -> None:
    session = _session(
        "en",
        ("Clerks", "Tenants"),
        ("Clerks become checkers instead of experts", "Tenants wait less"),
    )
    conductor.plan(
        session,
        "correction: it's not the clerks but the surveyors who become checkers instead of experts.",
    )
    names = {a.id: a.name for a in session.actors}
    assert "Clerks" in names.values()
    assert names[session.effects[0].actor_id or ""] == "Surveyors"


def test_a_thing_named_instead_moves_no_effect(conductor: Conductor) -> None:
    session = _session(
        "nl", ("Planners", "Cliënten"), ("De kosten van de planners lopen op", "Minder tijd")
    )
    conductor.plan(session, "niet de kosten, de tijd is het probleem.")
    assert session.effects[0].actor_id == "a1"


def test_people_known_already_take_the_effect_and_the_slip_goes(conductor: Conductor) -> None:
    session = _session(
        "nl",
        ("Wijkagenten", "Noodhulp"),
        ("De wijkagenten varen op de kaart", "Minder tijd"),
    )
    conductor.plan(
        session, "niet de wijkagenten maar de noodhulp, de wijkagenten gebruiken de kaart niet"
    )
    names = {a.id: a.name for a in session.actors}
    assert sorted(names.values()) == ["Noodhulp"]
    assert names[session.effects[0].actor_id or ""] == "Noodhulp"


def test_people_named_with_the_effect_again_are_the_new_name(conductor: Conductor) -> None:
    session = _session(
        "nl", ("Assistenten", "Patiënten"), ("De assistenten voelen die druk", "Minder tijd")
    )
    conductor.plan(session, "Correctie: niet de assistenten maar de zaalartsen voelen die druk.")
    names = [a.name for a in session.actors]
    assert "Zaalartsen" in names and "Assistenten" not in names
