"""A name for people by its head noun: in "X van/of/from Y" the head is X, so a thing that
belongs to people ("klachten van scholieren", "letters from tenants") names no actor and takes
no effect, while people of a place or a body ("bewoners van de wijk"), part of a group ("een
deel van de ouders") and someone from an organisation ("iemand van de gemeente") stay names.
A word that opens a reply or a clause ("Nou kijk.", "Nee, ...", "deels omdat") names no one."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.domain.session import Actor
from assistant.method.reading.effect_subjects import draft_actor
from assistant.method.reading.people_names import person_name


def _actors(*names: str) -> list[Actor]:
    return [Actor(id=str(i), name=n) for i, n in enumerate(names)]


def _name(text: str) -> str:
    return person_name(text.split())


def test_complaints_of_people_name_no_one_nl() -> None:
    assert _name("de klachten van de buurtbewoners") == ""
    assert _name("Meldingen van ouders") == ""


def test_letters_from_people_name_no_one_en() -> None:
    assert _name("Letters from tenants") == ""
    assert _name("the stories of the nurses") == ""


def test_people_of_a_place_stay_a_name_nl() -> None:
    assert _name("de bewoners van de flat") == "Bewoners van de flat"
    assert _name("een deel van de ouders") == "Deel van de ouders"
    assert _name("iemand van de gemeente") == "Iemand van de gemeente"
    assert _name("leden van de cliëntenraad") == "Leden van de cliëntenraad"


def test_people_of_a_place_stay_a_name_en() -> None:
    assert _name("the parents of pupils") == "Parents of pupils"
    assert _name("members of the council") == "Members of the council"
    assert _name("head of department") == "Head of department"


def test_effect_of_a_thing_falls_to_the_people_it_names_nl() -> None:
    actors = _actors("Buurtbewoners", "Gemeente")
    found = draft_actor("De klachten van buurtbewoners over lawaai nemen toe", actors)
    assert found == ("0", "")


def test_effect_of_a_thing_makes_no_actor_en() -> None:
    found = draft_actor("Letters from tenants get lost less often", _actors("Housing staff"))
    assert found is None or found[1] != "Letters from tenants"


def test_people_of_a_body_still_take_the_effect_en() -> None:
    found = draft_actor("Members of the council get answers faster", _actors("Officials"))
    assert found == (None, "Members of the council")


def test_a_reply_word_is_no_actor_nl(conductor: Any) -> None:
    session = converse(
        conductor,
        "nl",
        [
            "De gemeente wil camera's bij de fietsenstalling die fietswrakken herkennen.",
            "Betrokken zijn fietsers, handhavers en de leverancier.",
            "Nou kijk. Positief is natuurlijk dat fietsers sneller een plek vinden. Maar "
            "handhavers krijgen meer werk.",
        ],
    )
    names = [a.name.lower() for a in session.actors]
    assert "kijk" not in names
    assert "fietsers" in names


def test_a_reply_word_is_no_actor_en(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            "The council wants cameras at the bike shed that spot abandoned bikes.",
            "Involved are cyclists, enforcement officers and the supplier.",
            "No, look. The good thing is of course that cyclists find a spot sooner, partly "
            "because wrecks go sooner. But officers get more work.",
        ],
    )
    names = [a.name.lower() for a in session.actors]
    assert not {"look", "partly", "no"} & set(names)
    assert "cyclists" in names
