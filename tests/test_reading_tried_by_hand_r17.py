"""Faults found by typing new conversations by hand in the seventeenth round (sentences and
conversations written for these tests, Dutch and English): a question about the actors or a
list of people in the message after a story about one person starts something new instead of
going on with that story; a clause "zonder dat ..."/"without ..." stays with its effect; "don't
know" after a name is no effect; "X are out" / "X vallen af" takes X off the list; and more
found the same way (see each test's name)."""

from __future__ import annotations

import pytest
from method_fakes import converse, read_in, told

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.extraction import actor_group
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.passing_actors import captured
from assistant.method.reading.reader import Reader

DITCH = ("Boeren", "Handhavers", "Fietsers")
YOUTH = ("Teens", "Parents", "Youth workers")


@pytest.mark.parametrize(
    ("language", "messages", "story"),
    [
        ("nl", ["Het waterschap wil drones boven de sloten laten vliegen om lozingen te zien. "
                "Een boer die ik sprak zei dat hij zich bekeken voelt op zijn erf.",
                "wie zijn erbij betrokken? de boeren, onze handhavers, omwonenden en de fietsers"],
         "een boer"),
        ("en", ["Our council answers the phone with a voice bot since March.",
                "The good part: shorter queues on the phone. But take a tenant of 70 who has no "
                "email.",
                "who is involved? residents, the call centre staff, the supplier"],
         "a tenant"),
    ],
)  # fmt: skip
def test_a_list_of_people_after_a_story_does_not_go_on_with_the_story(
    conductor: Conductor, language: str, messages: list[str], story: str
) -> None:
    session = converse(conductor, language, messages)
    [effect] = [e for e in session.effects if story in e.text.lower()]
    assert "handhavers" not in effect.text and "supplier" not in effect.text
    assert len(session.actors) >= 3


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("en die fietsers komen ook in beeld, zonder dat ze het weten", "nl", DITCH),
        ("the cyclists get filmed as well, without anyone telling them", "en", ("Cyclists",)),
    ],
)  # fmt: skip
def test_a_clause_without_that_stays_with_its_effect(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    [(effect, direction, _)] = told(read_in(message_reader, text, actors, language, "drones"))
    assert direction == "negative" and effect.lower().rstrip(".").endswith(text.split()[-1])


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("parents: don't know. neutral I guess", "en", YOUTH),
        ("parents: dunno", "en", YOUTH),
        ("ouders: weet ik niet", "nl", ("Ouders", "Jongeren")),
    ],
)  # fmt: skip
def test_not_knowing_after_a_name_is_no_effect(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    assert read_in(message_reader, text, actors, language, "a chatbot").effects == []


def test_people_who_do_not_know_something_is_an_effect(message_reader: Reader) -> None:
    text = "teens don't know what happens with their questions"
    [(_, direction, actor)] = told(read_in(message_reader, text, YOUTH, "en", "a chatbot"))
    assert (direction, actor) == ("negative", "Teens")


@pytest.mark.parametrize(
    ("text", "language", "actors", "expected"),
    [
        ("parents are out actually, it's anonymous so they're not involved", "en", YOUTH,
         "Parents"),
        ("ouders vallen eigenlijk af, het is anoniem", "nl", ("Ouders", "Jongeren"), "Ouders"),
    ],
)  # fmt: skip
def test_an_actor_said_to_be_out_is_taken_off(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], expected: str
) -> None:
    reading = read_in(message_reader, text, actors, language, "a chatbot")
    assert reading.removed_actors == [expected] and reading.effects == []


def test_people_out_of_work_are_not_taken_off(message_reader: Reader) -> None:
    reading = read_in(message_reader, "the teens are out of work", YOUTH, "en", "a chatbot")
    assert reading.removed_actors == []


@pytest.mark.parametrize(
    ("language", "turns", "gone", "kept"),
    [
        ("nl", ["De gemeente wil scanauto's die kentekens scannen. Het is een pilot.",
                "betrokken: automobilisten, bewoners, handhavers",
                "+ meer straten gecontroleerd. - bewoners krijgen sneller een boete",
                "volgende", "rechtvaardigheid, menselijke maat en efficiëntie",
                "efficiëntie eruit"], "efficiency", "justice"),
        ("en", ["The council wants scan cars that read number plates. It is a pilot.",
                "involved: drivers, residents, wardens",
                "+ more streets checked. - residents get fined faster",
                "next", "justice, human contact and efficiency", "efficiency out"],
         "efficiency", "justice"),
    ],
)  # fmt: skip
def test_a_chosen_value_said_out_is_taken_off(
    conductor: Conductor, language: str, turns: list[str], gone: str, kept: str
) -> None:
    keys = [v.key for v in converse(conductor, language, turns).chosen_values()]
    assert gone not in keys and kept in keys


@pytest.mark.parametrize(
    ("last", "language"),
    [("efficiëntie eruit, doe maar privacy", "nl"), ("efficiency out, make it privacy", "en")],
)
def test_a_chosen_value_said_out_with_another_in_its_place_is_replaced(
    conductor: Conductor, last: str, language: str
) -> None:
    named = "rechtvaardigheid, menselijke maat en efficiëntie"
    if language == "en":
        named = "justice, human contact and efficiency"
    turns = ["Een pilot met scanauto's voor parkeren.", "betrokken: bewoners, handhavers",
             "- bewoners krijgen sneller een boete", "volgende", named, last]  # fmt: skip
    keys = [v.key for v in converse(conductor, language, turns).chosen_values()]
    assert "efficiency" not in keys and keys[-1] == "privacy"


@pytest.mark.parametrize("text", ["kinderen vallen eruit", "pupils drop out"])
def test_people_who_drop_out_is_no_edit(text: str) -> None:
    assert detect_intent(text).kind != "remove"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we willen scanauto's die kentekens scannen ipv handhavers die lopen", ["Handhavers"]),
        ("de camera's filmen in plaats van toezichthouders", ["Toezichthouders"]),
    ],
)
def test_people_the_technology_stands_in_for_are_named_without_the_lead(
    text: str, expected: list[str]
) -> None:
    assert captured(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("who: drivers obviously. professional drivers who use phones for work. the CJIB that "
         "sends the fines. the police. the public prosecutor.", "en",
         {"Drivers", "CJIB", "Police", "Public prosecutor"}),
        ("betrokken: automobilisten. het CJIB. de politie. het OM.", "nl",
         {"Automobilisten", "CJIB", "Politie", "OM"}),
    ],
)  # fmt: skip
def test_a_labelled_list_of_actors_while_the_case_is_asked_is_read_as_actors(
    message_reader: Reader, text: str, language: str, expected: set[str]
) -> None:
    reading = read_in(message_reader, text, (), language, "AI cameras", Step.CASE)
    assert expected <= set(reading.actors)
    assert not reading.case.get("notes")


@pytest.mark.parametrize(
    "text",
    ["export", "Exporteer als pdf", "kan ik dit downloaden?", "save this as markdown please",
     "hoe exporteer ik dit?", "maak er een sessiebrief van"],
)  # fmt: skip
def test_asking_to_export_in_the_chat_is_told_how(text: str) -> None:
    assert detect_intent(text).kind == "export"


def test_export_as_a_measure_is_no_request(message_reader: Reader) -> None:
    assert detect_intent("de export van gegevens naar de leverancier").kind != "export"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_conductor_tells_where_to_export(conductor: Conductor, language: str) -> None:
    session = converse(conductor, language, ["Een pilot met scanauto's voor parkeren."])
    text = conductor.plan(session, "export").draft.text
    assert f"ethics-assistant sessions export {session.id}" in text


def test_a_chosen_value_replaced_by_one_only_suggested_takes_its_place_and_definition(
    conductor: Conductor,
) -> None:
    turns = ["Een pilot met scanauto's die kentekens scannen voor parkeren.",
             "betrokken: bewoners, handhavers",
             "- bewoners voelen zich gevolgd, hun kenteken wordt overal gescand", "volgende",
             "rechtvaardigheid en efficiëntie"]  # fmt: skip
    session = converse(conductor, "nl", turns)
    assert any(v.key == "privacy" and not v.chosen for v in session.values)
    conductor.plan(session, "efficiëntie eruit, doe maar privacy")
    privacy = [v for v in session.values if v.key == "privacy"]
    assert len(privacy) == 1 and privacy[0].chosen and privacy[0].definition
    assert privacy[0].effect_ids


@pytest.mark.parametrize(
    ("name", "group"),
    [("Public prosecutor", "professionals"), ("Police", "professionals"), ("CJIB", "professionals"),
     ("Drivers", "affected"), ("Truckers", "affected"), ("Huurders", "affected"),
     ("Judges", "oversight"), ("Data protection officer", "oversight")],
)  # fmt: skip
def test_actors_of_enforcement_and_road_users_fall_in_their_invitation_group(
    name: str, group: str
) -> None:
    assert actor_group(name) == group


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("- de boa's missen het contact op straat. 1 van hen zei: 'ik ben toch geen robot'", "nl",
         ("Boa's", "Bewoners")),
        ("the wardens miss the contact on the street. one of them said: 'I'm not a robot'", "en",
         ("Wardens", "Residents")),
        ("Residents get fined more often. 'It is not fair', one resident said.", "en",
         ("Wardens", "Residents")),
    ],
)  # fmt: skip
def test_a_quote_after_an_effect_illustrates_it(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    [(effect, direction, actor)] = told(read_in(message_reader, text, actors, language, "scan"))
    assert direction == "negative" and actor in actors
    assert "robot" in effect or "fair" in effect
