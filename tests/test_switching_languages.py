"""A conversation that switches language: talk about the switch itself is no item ("even in het
Engels, dat typ ik sneller", "my colleague is typing now, he doesn't read Dutch"), and an effect
told in one language finds the actor named in the other ("het baliepersoneel" are the "front desk
staff", "the parents" are the "ouders") (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Actor, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.actor_edits import actor_edits
from assistant.method.reading.chatter import chatter
from assistant.method.reading.mentions import mentioned_actor, referred_actor
from assistant.method.reading.reader import Reader
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, even in het Engels want dat typ ik sneller",
        "Ik schrijf dit stukje in het Engels, omdat de leverancier meeleest",
        "Mijn collega van de afdeling handhaving typt nu even",
        "Bedankt, ik neem het weer over",
        "Terug naar het Nederlands",
        "Sorry, in Dutch for a moment because that is faster",
        "My colleague from the finance team is typing now",
        "He doesn't read English well",
        "Back to Dutch, sorry about that",
    ],
)
def test_talk_about_the_language_written_in_is_no_item(text: str) -> None:
    assert chatter(text)


@pytest.mark.parametrize(
    "text",
    [
        "In het Engels heet de regeling anders",
        "Ouders die geen Nederlands lezen begrijpen de brief niet",
        "Parents who don't read Dutch cannot follow the letter",
    ],
)
def test_a_sentence_about_language_that_tells_something_stays(text: str) -> None:
    assert not chatter(text)


def test_a_colleagues_message_in_english_keeps_only_its_effects(reader: Reader) -> None:
    text = (
        "Sorry, my colleague from the planning team is typing now, she doesn't read Dutch well. "
        "The drivers get their routes a day earlier. But the residents are woken up by the trucks."
    )
    reading = read_in(reader, text, ("chauffeurs", "bewoners"), "nl", "een routeplanner")
    texts = [t for t, _, _ in told(reading)]
    assert texts == [
        "The drivers get their routes a day earlier",
        "The residents are woken up by the trucks",
    ]
    assert reading.actors == []


def test_a_message_in_dutch_in_an_english_session_finds_the_english_actors(
    reader: Reader,
) -> None:
    text = (
        "Sorry, even in het Nederlands want dat typ ik sneller. Nadeel: het baliepersoneel krijgt "
        "de klachten over de wachttijd. En de ouders voelen zich niet gehoord."
    )
    actors = ("front desk staff", "parents", "software supplier")
    reading = read_in(reader, text, actors, "en", "a booking system")
    assert [(t, a) for t, _, a in told(reading)] == [
        ("Het baliepersoneel krijgt de klachten over de wachttijd", "front desk staff"),
        ("De ouders voelen zich niet gehoord", "parents"),
    ]
    assert reading.actors == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visitors find the exhibition more quickly.", "a1"),
        ("Het museumpersoneel hoeft minder uit te leggen.", "a2"),
        ("De bezoekers vinden de zaal sneller.", "a3"),
        ("Staff at the desk answer fewer questions.", "a2"),
    ],
)
def test_a_group_named_in_the_other_language_is_the_actor(text: str, expected: str) -> None:
    actors = [
        Actor(id="a1", name="Bezoekers van het museum"),
        Actor(id="a2", name="Staff"),
        Actor(id="a3", name="Bezoekers"),
    ]
    found = mentioned_actor(text, actors[:2]) if expected != "a3" else mentioned_actor(text, actors)
    assert (found.id if found else None) == expected


def test_the_same_language_goes_first_at_the_same_place() -> None:
    actors = [Actor(id="a1", name="Ouders"), Actor(id="a2", name="Parents")]
    assert mentioned_actor("The parents get a letter.", actors) is actors[1]
    assert mentioned_actor("De ouders krijgen een brief.", actors) is actors[0]


def test_an_english_compound_of_goers_and_a_dutch_compound_of_staff() -> None:
    actors = [Actor(id="a1", name="Regular concertgoers"), Actor(id="a2", name="Kassapersoneel")]
    assert referred_actor("vaste bezoekers", actors) is actors[0]
    assert referred_actor("the box office staff", actors) is actors[1]


@pytest.mark.parametrize(
    ("word", "actor"),
    [("transparent", "Ouders"), ("their", "Erfgenamen"), ("stranger", "Boswachters")],
)
def test_a_word_that_only_ends_like_a_group_is_no_mention(word: str, actor: str) -> None:
    assert mentioned_actor(f"The letter is {word} enough.", [Actor(id="a1", name=actor)]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Negatief: oudere vissers zonder laptop vallen af, want aanmelden kan alleen online.",
        "Downside: older fishermen without a laptop are out, because you can only sign up online.",
    ],
)
def test_a_group_dropping_out_under_a_direction_label_is_no_removal(text: str) -> None:
    actors = [Actor(id="a1", name="Beroepsvissers"), Actor(id="a2", name="Fishermen")]
    edits = actor_edits(text, actors)
    assert edits.removed == []


def test_a_group_dropping_out_of_the_list_is_still_removed() -> None:
    edits = actor_edits("De vissers vallen eigenlijk af.", [Actor(id="a1", name="Vissers")])
    assert edits.removed == ["Vissers"]


def test_reading_at_effects_step_keeps_the_group_that_drops_out(reader: Reader) -> None:
    text = (
        "positief: schippers hoeven niet meer te bellen. "
        "negatief: oudere schippers zonder smartphone vallen af"
    )
    reading = read_in(reader, text, ("schippers", "havenmeester"), "nl", "een app", Step.EFFECTS)
    assert [d for _, d, _ in told(reading)] == ["positive", "negative"]
