"""The reader on requests for proposals, bare agreement, actors that are only the subject of an
effect, direction words, the first words about a case and options with a lead (Dutch and English;
sentences written for these tests, not taken from the scenarios or the conversation sets)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Proposal, Session, Step
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import proposal_reference


def at(step: Step, language: str = "nl", actors: tuple[str, ...] = ()) -> Session:
    technology = "Een app die vrije plekken in de kinderopvang toont"
    return reading_session(step, language, technology, actors)


def with_proposals(step: Step, language: str = "nl") -> Session:
    session = at(step, language)
    kind = "value" if step == Step.VALUES else "option"
    session.proposals = [Proposal(number=n, kind=kind, ref=f"p{n}", text=f"P{n}") for n in (1, 2)]
    return session


@pytest.mark.parametrize(
    ("text", "step", "language"),
    [
        ("graag je voorstellen", Step.VALUES, "nl"),
        ("kom maar op met je ideeën", Step.OPTIONS, "nl"),
        ("your suggestions please", Step.VALUES, "en"),
        ("ok, let's see your proposals", Step.OPTIONS, "en"),
    ],
)
def test_a_request_for_proposals_is_no_value_and_no_option(
    reader: Reader, text: str, step: Step, language: str
) -> None:
    reading = reader.read(text, with_proposals(step, language))
    assert reading.reference is None  # not an agreement with what is on the table
    assert [(q.step, q.propose) for q in reading.questions] == [(step, True)]
    assert not (reading.values or reading.options or reading.effects or reading.unread)


def test_going_on_and_asking_for_proposals_asks_for_the_next_step(reader: Reader) -> None:
    nl = reader.read("door graag, en dan jouw voorstellen", at(Step.EFFECTS, "nl", ("Ouders",)))
    en = reader.read("next, your suggestions please", at(Step.EFFECTS, "en", ("Parents",)))
    for reading in (nl, en):
        assert [(q.propose, q.onward) for q in reading.questions] == [(True, True)]
        assert not reading.effects


@pytest.mark.parametrize(
    "text", ["akkoord", "is goed", "ja hoor", "agreed", "fine by me", "sure", "werkt voor mij"]
)
def test_bare_agreement_adopts_every_proposal(text: str) -> None:
    assert proposal_reference(text) == []


@pytest.mark.parametrize("text", ["graag je voorstellen", "nee", "goed, maar niet de tweede"])
def test_a_request_or_a_reservation_adopts_nothing(text: str) -> None:
    assert proposal_reference(text) is None


def test_agreement_where_no_proposals_are_open_is_never_an_effect(reader: Reader) -> None:
    for text in ("is goed", "dat is prima", "that's fine"):
        reading = reader.read(text, at(Step.EFFECTS, actors=("Ouders",)))
        assert reading.intent is not None and reading.intent.kind == "affirm"
        assert not reading.effects


def test_people_that_are_only_the_subject_of_an_effect_become_actors(reader: Reader) -> None:
    nl = reader.read(
        "Gastouders moeten vaker hun agenda bijwerken. De wachtlijst bij de opvang daalt.",
        at(Step.ACTORS, actors=("Kinderen", "Kinderopvang")),
    )
    assert [(e.direction, e.actor_name) for e in nl.effects] == [
        ("negative", "Gastouders"),
        ("positive", ""),
    ]
    assert nl.actors == []  # the effect names its actor; no list of names
    en = reader.read(
        "The childminders lose out because parents book elsewhere.",
        at(Step.ACTORS, "en", ("Parents",)),
    )
    assert [(e.direction, e.actor_name) for e in en.effects] == [("negative", "Childminders")]


def test_a_clause_is_never_an_actor_name(reader: Reader) -> None:
    reading = reader.read(
        "de opvang in die wijken raakt sneller vol, en de gemeente krijgt minder klachten",
        at(Step.ACTORS, actors=("Ouders",)),
    )
    assert reading.actors == []
    assert len(reading.effects) == 2


def test_an_adjective_pair_with_but_is_one_effect(reader: Reader) -> None:
    reading = reader.read(
        "Bad: parents with jobs that are irregular but legal get no place, too.",
        at(Step.EFFECTS, "en", ("Parents",)),
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("negative", "a1")]
    assert reading.actors == []


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("het aantal klachten over de opvang daalt", "positive"),
        ("de leidsters vrezen dat de groepen minder rustig worden", "negative"),
        ("ouders zijn niet meer bang voor een lange wachtlijst", "positive"),
        ("kinderen raken van slag van steeds een andere groep", "negative"),
        ("complaints about the waiting list go down", "positive"),
        ("staff worry that the app shows the wrong places", "negative"),
        ("parents have to log in again and again", "negative"),
        ("families no longer have to phone every provider", "positive"),
    ],
)
def test_direction_of_decreases_fears_and_burdens(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


def test_the_first_words_that_only_say_where_are_the_context(reader: Reader) -> None:
    nl = reader.read("Gemeente Zaanstad, afdeling jeugd. We bouwen een app die ...", Session())
    assert nl.case["context"] == "Gemeente Zaanstad, afdeling jeugd"
    assert nl.case["technology"].startswith("We bouwen een app")
    en = reader.read(
        "I work for a housing corporation. We test a model that predicts mould in homes.",
        Session(language="en"),
    )
    assert en.case["context"] == "a housing corporation"  # the workplace, not the sentence
    assert en.case["technology"].startswith("We test a model")


def test_a_dash_on_the_first_line_is_a_title_not_an_effect(reader: Reader) -> None:
    reading = reader.read(
        "provincie Drenthe - team natuur. we tellen wolven met wildcamera's", Session()
    )
    assert not reading.effects and not reading.actors
    assert "wildcamera" in reading.case["technology"]


def test_an_options_lead_is_no_part_of_it_and_people_label_the_human_kind(
    reader: Reader,
) -> None:
    nl = reader.read(
        "ik zou zelf zeggen dat de app nooit een naam van een kind toont",
        at(Step.OPTIONS, actors=("Ouders",)),
    )
    assert [(o.kind, o.text) for o in nl.options] == [
        ("design", "De app nooit een naam van een kind toont")
    ]
    en = reader.read(
        "design: fewer fields in the form. people: a helpdesk for parents.",
        at(Step.OPTIONS, "en"),
    )
    assert [o.kind for o in en.options] == ["design", "human"]


def test_one_slip_in_a_long_word_still_goes_on_or_names_an_actor(reader: Reader) -> None:
    assert detect_intent("volgnede").kind == "next"
    assert detect_intent("verdre").kind == "next"
    assert detect_intent("volgens").kind != "next"
    reading = reader.read(
        "- gastoudrs verdienen minder", at(Step.EFFECTS, actors=("Gastouders", "Ouders"))
    )
    assert [e.actor_id for e in reading.effects] == ["a1"]


def test_asking_what_is_missing_asks_for_the_steps_prompts(reader: Reader) -> None:
    for text, language in (("mis ik nog iets?", "nl"), ("is there anything we're missing?", "en")):
        reading = reader.read(text, at(Step.EFFECTS, language, ("Ouders",)))
        assert [(q.step, q.propose) for q in reading.questions] == [(Step.EFFECTS, True)]
        assert not reading.effects and not reading.unread
