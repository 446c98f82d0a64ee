"""Faults found by typing new conversations by hand in the seventeenth round (sentences and
conversations written for these tests, Dutch and English): a question about the actors or a
list of people in the message after a story about one person starts something new instead of
going on with that story; a clause "zonder dat ..."/"without ..." stays with its effect; "don't
know" after a name is no effect; "X are out" / "X vallen af" takes X off the list; a clause
that says where a measure is laid down ("we'd put that in the contract") stays with it."""

from __future__ import annotations

import pytest
from method_fakes import converse, read_in, told

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
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
    ("text", "language"),
    [
        ("The vendor must not keep the chats, we'd put that in the contract.", "en"),
        ("De leverancier mag de chats niet bewaren, dat zetten we in het contract.", "nl"),
        ("De leverancier mag de chats niet bewaren, dat leggen we vast in de overeenkomst.",
         "nl"),
    ],
)  # fmt: skip
def test_where_a_measure_is_laid_down_stays_with_it(
    message_reader: Reader, text: str, language: str
) -> None:
    reading = read_in(message_reader, text, YOUTH, language, "a chatbot", Step.OPTIONS)
    [option] = reading.options
    assert "chats" in option.text and ("contract" in option.text or "overeenkomst" in option.text)
