"""Measures that are not said as instructions: a condition for going ahead told with the case
("ik zie het alleen zitten als ...", "I'd only agree if ..."), an agreement already made, a
measure asked as a negated question ("kunnen we ... niet ...?", "can't we just ...?") and one
after a hedge that is no verb ("misschien dat ...?", "maybe something like ..."). Dutch and
English, sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.domain.session import Proposal, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.conditions import condition_body
from assistant.method.reading.questions import proposal_request
from assistant.method.reading.reader import Reader
from assistant.method.reading.sentence_kinds import hedged_measure, stated_condition
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def _options(reader: Reader, text: str, language: str, step: Step) -> list[str]:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    if step != Step.CASE:
        session.case.technology = "een app" if language == "nl" else "an app"
    return [o.text for o in reader.read(text, session).options]


def test_condition_told_with_the_case_is_an_option_nl(reader: Reader) -> None:
    told = _options(
        reader,
        "Ik werk bij de bibliotheek van Deventer. We willen camera's bij de ingang die bezoekers "
        "tellen. Het is nog een plan. Ik zie het eigenlijk alleen zitten als de beelden meteen "
        "na het tellen worden gewist.",
        "nl",
        Step.CASE,
    )
    assert told == ["Alleen als de beelden meteen na het tellen worden gewist"]


def test_condition_told_with_the_case_is_an_option_en(reader: Reader) -> None:
    told = _options(
        reader,
        "I work for a water board. Our contractor wants drones to inspect the dikes every week. "
        "I'd only agree if the drones never fly over back gardens, whatever the route.",
        "en",
        Step.CASE,
    )
    assert told == ["Only if the drones never fly over back gardens, whatever the route"]


def test_condition_of_a_party_after_a_colon_is_an_option(reader: Reader) -> None:
    nl = _options(
        reader,
        "Gemeente Zwolle. Boa's krijgen een bodycam. De ondernemingsraad zei meteen: alleen als "
        "de boa zelf bepaalt wanneer hij opneemt.",
        "nl",
        Step.CASE,
    )
    en = _options(
        reader,
        "City of Leeds, parking team. Wardens get a bodycam this spring. The union said right "
        "away: only if the warden decides when to record.",
        "en",
        Step.CASE,
    )
    assert nl == ["Alleen als de boa zelf bepaalt wanneer hij opneemt"]
    assert en == ["Only if the warden decides when to record"]


def test_agreement_already_made_is_an_option(reader: Reader) -> None:
    nl = _options(
        reader,
        "Wij zijn een waterschap. We testen een model dat gemalen bijstuurt. We hebben al "
        "afgesproken dat de leverancier de gegevens in Nederland laat blijven.",
        "nl",
        Step.CASE,
    )
    en = _options(
        reader,
        "We're a housing association. We test a model that plans repairs. We've already agreed "
        "with the vendor that tenants' data stays in the country.",
        "en",
        Step.CASE,
    )
    assert len(nl) == 1 and "gegevens in Nederland" in nl[0]
    assert len(en) == 1 and "stays in the country" in en[0]


def test_how_the_technology_works_under_a_condition_is_no_option(reader: Reader) -> None:
    nl = "Gemeente Ede. Een camera bij het fietspad. Alleen als er beweging is, neemt hij op."
    en = "City of York. A camera by the cycle path. Only if something moves, it records."
    assert _options(reader, nl, "nl", Step.CASE) == []
    assert _options(reader, en, "en", Step.CASE) == []


def test_negated_question_proposes_a_measure_before_the_options(reader: Reader) -> None:
    nl = _options(
        reader,
        "Kunnen we de opnames niet beperken tot alleen het aantal bezoekers per uur?",
        "nl",
        Step.ACTORS,
    )
    en = _options(
        reader,
        "Can't we just let visitors switch the tracking off, with no consequences for them?",
        "en",
        Step.EFFECTS,
    )
    assert len(nl) == 1 and "aantal bezoekers per uur" in nl[0]
    assert len(en) == 1 and "switch the tracking off" in en[0]


def test_negated_question_about_a_worry_or_the_method_is_no_measure(reader: Reader) -> None:
    assert (
        _options(reader, "Kan het niet zijn dat de gegevens uitlekken?", "nl", Step.EFFECTS) == []
    )
    assert (
        _options(reader, "Can't you give a few more examples of effects?", "en", Step.EFFECTS) == []
    )


def test_hedged_measure_without_a_verb_is_an_option(reader: Reader) -> None:
    nl = _options(
        reader,
        "Misschien dat de bezoekers zelf een pas zonder naam mogen kiezen?",
        "nl",
        Step.OPTIONS,
    )
    en = _options(
        reader,
        "Maybe something like a card at the door that says what the sensor counts?",
        "en",
        Step.OPTIONS,
    )
    assert len(nl) == 1 and "pas zonder naam" in nl[0]
    assert len(en) == 1 and "card at the door" in en[0]


def test_condition_body_leaves_out_the_lead_and_the_stance() -> None:
    assert (
        condition_body("Alleen als de huurders het vooraf weten vind ik het verdedigbaar.")
        == "Alleen als de huurders het vooraf weten"
    )
    assert (
        condition_body("My condition: only if a person reads every letter, that's my bottom line")
        == "Only if a person reads every letter"
    )


def test_measure_asked_before_the_values_keeps_the_conversation_at_its_step(
    reader: Reader,
) -> None:
    session = Session(language="en")  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.case.technology = "a footfall counter"
    reading = reader.read(
        "Can't we just let shoppers opt out of being counted, at no cost?", session
    )
    assert len(reading.options) == 1
    assert reading.content_step() is None


def test_request_for_proposals_of_another_step_takes_none_of_those_shown(reader: Reader) -> None:
    for language, text in (
        ("nl", "Doe eens een voorstel voor de opties, genummerd graag."),
        ("en", "Give us some suggestions for the options, numbered please."),
    ):
        session = Session(language=language)  # type: ignore[arg-type]
        session.step = Step.VALUES
        session.case.technology = "een app"
        session.proposals = [Proposal(number=1, kind="value", ref="privacy", text="Privacy")]
        reading = reader.read(text, session)
        assert reading.reference is None
        assert [q.step for q in reading.questions] == [Step.OPTIONS]


def test_going_on_with_a_request_for_proposals_asks_the_next_step() -> None:
    nl = proposal_request("ga verder, doe maar een paar voorstellen", Step.VALUES)
    assert nl is not None and nl.propose and nl.onward


def test_a_condition_named_in_an_effect_is_no_measure() -> None:
    assert not stated_condition("The victims often don't know whether the condition is kept.")
    assert not stated_condition("De ondergrens is 18 jaar, dat staat in de regeling.")
    assert stated_condition("My condition is that a person reads every letter.")
    assert stated_condition("Mijn voorwaarde is dat de gegevens bij ons blijven.")


def test_condition_with_words_between_the_wish_and_its_if() -> None:
    assert stated_condition("Ik wil eigenlijk alleen met die leverancier verder als hij open is.")
    assert stated_condition("We'd only roll it out further if the union signs off on the rules.")
    assert not stated_condition("Ik vind het alleen jammer als bezoekers dan afhaken.")
    assert not stated_condition("We only get an alert when the sensor detects a fall.")


def test_wish_as_a_that_clause_among_options_is_a_measure(reader: Reader) -> None:
    nl = _options(
        reader,
        "Ik zou graag een vast spreekuur willen. Dat de balie ook 's avonds telefonisch "
        "bereikbaar is met een vast nummer.",
        "nl",
        Step.OPTIONS,
    )
    en = _options(
        reader, "A fixed phone line for questions. That saves a lot of time.", "en", Step.OPTIONS
    )
    assert any("'s avonds telefonisch bereikbaar" in o for o in nl)
    assert not any("saves a lot of time" in o for o in en)


def test_hedged_measure_that_rules_something_out(reader: Reader) -> None:
    nl = _options(reader, "Misschien gewoon geen camera bij de kleedkamers?", "nl", Step.OPTIONS)
    en = _options(
        reader, "Maybe don't track the volunteers at all after their shift?", "en", Step.OPTIONS
    )
    assert len(nl) == 1 and "kleedkamers" in nl[0]
    assert len(en) == 1 and "after their shift" in en[0]
    assert not hedged_measure("Maybe only a few people will use it at all.")
    assert not hedged_measure("Misschien alleen een paar mensen die het gebruiken.")
