"""A word for people in general after words that only count or point at them ("verschillende
mensen", "die mensen", "twintig mensen", "ten people", "those people") names nobody in
particular, and no piece of a sentence the reader took for a name ("45", "not involved at this
stage") becomes an actor or an actor's new name ("not 40 nurses but 35"), whichever reading
gave it; a group described by what sets it apart ("oudere mensen", "kwetsbare groepen",
"people without a bank account") stays (Dutch and English)."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.method.reading.name_fragments import anyone_counted, fragment_name, names_no_one


def test_people_counted_or_pointed_at_name_nobody_nl() -> None:
    for name in ("Verschillende mensen", "Die mensen", "Twintig mensen", "Een paar mensen",
                 "Deze personen", "Andere groepen", "12 mensen"):  # fmt: skip
        assert anyone_counted(name), name
        assert fragment_name(name), name
        assert names_no_one(name), name


def test_people_counted_or_pointed_at_name_nobody_en() -> None:
    for name in ("Ten people", "Those people", "Several people", "Various groups", "The others",
                 "A few persons"):  # fmt: skip
        assert anyone_counted(name), name
        assert fragment_name(name), name
        assert names_no_one(name), name


def test_groups_described_by_what_sets_them_apart_stay_nl() -> None:
    for name in (
        "Oudere mensen", "Kwetsbare groepen", "Mensen met een beperking", "Mensen zonder DigiD",
        "Vermiste personen", "Bewoners", "Twintig huurders",
    ):  # fmt: skip
        assert not anyone_counted(name), name
        assert not fragment_name(name), name


def test_groups_described_by_what_sets_them_apart_stay_en() -> None:
    for name in ("Older people", "Young people", "Homeless people", "Missing persons",
                 "People without a bank account", "Action groups", "Ten tenants"):  # fmt: skip
        assert not anyone_counted(name), name
        assert not fragment_name(name), name


def _actors(conductor: Any, language: str, turns: list[str]) -> list[str]:
    return [a.name for a in converse(conductor, language, turns).actors]


def test_a_count_of_staff_in_the_opening_is_no_actor_nl(conductor: Any) -> None:
    turns = [
        "Ik ben teamleider bij het klantcontactcentrum van de provincie. We willen dat een "
        "taalmodel voorstellen voor antwoorden op e-mails van inwoners schrijft. Ik krijg straks "
        "de klachten. Dertig mensen, veel al vijftien jaar in dienst. Wie zijn er nog meer "
        "betrokken denk je?",
    ]
    actors = _actors(conductor, "nl", turns)
    assert not any("mensen" in a.lower() for a in actors), actors


def test_a_crowd_counted_in_an_effect_is_no_actor_en(conductor: Any) -> None:
    turns = [
        "Our town runs a neighbourhood alert app: residents get a push message with a "
        "description when there is a burglary nearby.",
        "residents, the control room, the police, the app supplier",
        "One thing that worries me: the alert says 'man, grey jacket'. Ten people then start "
        "filming one man walking his dog and he gets chased by strangers.",
    ]
    actors = _actors(conductor, "en", turns)
    assert actors == ["Residents", "Control room", "Police", "App supplier"], actors


def test_a_corrected_count_renames_no_actor_en(conductor: Any) -> None:
    turns = [
        "We give our district nurses a route-planning app that decides the order of home visits.",
        "the nurses, the clients, the team leader, the app supplier",
        "Wait, correction, it's not 40 nurses but 35; five of them work nights only. Doesn't "
        "matter much.",
    ]
    actors = _actors(conductor, "en", turns)
    assert "35" not in actors, actors
    assert actors[1:] == ["Clients", "Team leader", "App supplier"], actors


def test_a_corrected_count_renames_no_actor_nl(conductor: Any) -> None:
    turns = [
        "We geven onze wijkverpleegkundigen een planningsapp die de volgorde van de huisbezoeken "
        "bepaalt.",
        "de verpleegkundigen, de cliënten, de teamleider, de leverancier van de app",
        "Wacht, correctie, het zijn niet 40 verpleegkundigen maar 35; vijf werken alleen 's "
        "nachts. Maakt niet veel uit.",
    ]
    actors = _actors(conductor, "nl", turns)
    assert actors == ["Verpleegkundigen", "Cliënten", "Teamleider", "Leverancier van de app"]


def test_not_involved_is_no_new_name_en(conductor: Any) -> None:
    turns = [
        "We give our district nurses a route-planning app that decides the order of home visits.",
        "the nurses, the clients, the team leader, the insurer, the app supplier",
        "sorry, not the insurer, they're not involved at this stage. add the GPs instead",
    ]
    actors = _actors(conductor, "en", turns)
    assert not any("involved" in a.lower() for a in actors), actors
    assert "GPs" in actors, actors


def test_not_involved_is_no_new_name_nl(conductor: Any) -> None:
    turns = [
        "We geven onze wijkverpleegkundigen een planningsapp die de volgorde van de huisbezoeken "
        "bepaalt.",
        "de verpleegkundigen, de cliënten, de teamleider, de zorgverzekeraar, de leverancier van "
        "de app",
        "sorry, niet de zorgverzekeraar, die is in deze fase niet betrokken. voeg de huisartsen "
        "toe",
    ]
    actors = _actors(conductor, "nl", turns)
    assert not any("betrokken" in a.lower() for a in actors), actors
    assert "Huisartsen" in actors, actors
