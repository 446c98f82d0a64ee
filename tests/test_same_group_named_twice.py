"""One group named twice in other words stays one actor: an everyday word for a group on the
canvas ("the kids" beside "Pupils"), the word a name gives in brackets ("Inspecteurs
(opzichters)" after "de opzichter") and a name's own words in another order ("officers at the
gate", "gate officers"); the better name is kept and the effects stay with the actor (Dutch and
English)."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.domain.session import Actor, Session
from assistant.method.reading.same_group import better_group_name, same_group_actor
from assistant.method.recording import known_actor


def _actors(*names: str) -> list[Actor]:
    return [Actor(id=str(i), name=n) for i, n in enumerate(names)]


def _names(session: Session) -> list[str]:
    return [a.name for a in session.actors]


def _effects_of(session: Session, name: str) -> list[str]:
    actor = next(a for a in session.actors if a.name == name)
    return [e.text for e in session.effects if e.actor_id == actor.id]


def test_kids_are_the_known_children_en() -> None:
    found = known_actor("Kids", _actors("Parents", "Children in the household", "Police"))
    assert found is not None and found.name == "Children in the household"


def test_kinderen_known_as_kids_take_the_listed_name_nl() -> None:
    found = known_actor("Leerlingen", _actors("Kids", "Leerkrachten"))
    assert found is not None and found.name == "Kids"
    assert better_group_name("Kids", "Leerlingen")


def test_young_people_are_the_kids_en() -> None:
    found = same_group_actor("Young people", _actors("Kids", "Youth workers"))
    assert found is not None and found.name == "Kids"


def test_a_word_that_names_a_group_itself_is_its_own_actor() -> None:
    assert same_group_actor("Ouders", _actors("Gezinnen", "Wijkcoaches")) is None
    assert same_group_actor("Parents", _actors("Families", "Teachers")) is None


def test_everyday_word_with_two_groups_it_may_mean_finds_none() -> None:
    assert same_group_actor("Kids", _actors("Children", "Pupils")) is None


def test_word_given_in_brackets_is_the_same_group_nl() -> None:
    found = known_actor("Opzichter", _actors("Inspecteurs (opzichters)", "Huurders"))
    assert found is not None and found.name == "Inspecteurs (opzichters)"


def test_name_with_the_known_word_in_brackets_is_the_better_name_en() -> None:
    found = known_actor("Wardens (stewards)", _actors("Steward", "Visitors"))
    assert found is not None and found.name == "Steward"
    assert better_group_name("Steward", "Wardens (stewards)")


def test_same_words_in_another_order_en() -> None:
    found = known_actor("Gate officers", _actors("Officers at the gate", "Visitors"))
    assert found is not None and found.name == "Officers at the gate"
    assert better_group_name("Officers at the gate", "Gate officers")
    assert not better_group_name("Gate officers", "Officers at the gate")


def test_same_words_in_another_order_nl() -> None:
    found = same_group_actor("Medewerkers van de balie", _actors("Balie medewerkers", "Bezoekers"))
    assert found is not None and found.name == "Balie medewerkers"


def test_another_group_with_a_shared_word_is_not_the_same() -> None:
    assert same_group_actor("Remedial teachers", _actors("Teachers", "Pupils")) is None
    assert same_group_actor("Officers at the desk", _actors("Gate officers")) is None


def test_kids_of_a_story_become_the_pupils_listed_after_en(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            "I'm a policy officer at a primary school board in Utrecht. Since September two "
            "schools pilot a reading app that reads along with each child and flags reading "
            "problems early; the teachers see the flags on a dashboard.",
            "Let me tell you what happened at the first try-out. The kids who read slowly felt "
            "ashamed when the app beeped at them in front of the class. The teachers liked that "
            "they saw problems weeks earlier.",
            "Involved are the pupils, the teachers, the parents and the app supplier.",
        ],
    )
    names = _names(session)
    assert "Kids" not in names
    assert "Pupils" in names
    assert any("ashamed" in text for text in _effects_of(session, "Pupils"))


def test_the_word_of_the_case_listed_in_brackets_is_one_actor_nl(conductor: Any) -> None:
    session = converse(
        conductor,
        "nl",
        [
            "Ik werk bij een woningcorporatie in Deventer. We testen een app waarmee "
            "vertrekkende huurders zelf hun woning filmen en AI de schade schat, in plaats van "
            "dat de opzichter langskomt. Het is een pilot sinds de zomer.",
            "Betrokken zijn de vertrekkende huurders, de nieuwe huurders, de inspecteurs "
            "(opzichters), de leverancier van de app en de huurdersvereniging.",
        ],
    )
    names = _names(session)
    assert "Opzichter" not in names
    assert "Inspecteurs (opzichters)" in names
