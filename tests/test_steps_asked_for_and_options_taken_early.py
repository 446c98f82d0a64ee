"""Moves said in words of their own and proposals taken before they are shown: "ok en nu?",
"ga door met de maatregelen", "ok, measures then" and "wat zit daarachter?" (the values) move
on; a step named as a heading makes what follows that step's; where values are chosen, "take
them all, plus <a measure>" takes the option proposals; "the 2nd and 3rd" are numbers. Dutch
and English, sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Effect, Proposal, Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.references import proposal_reference


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Ga nu maar door met de maatregelen.", Step.OPTIONS),
        ("ok, maatregelen dan", Step.OPTIONS),
        ("verder met de waarden", Step.VALUES),
        ("let's carry on with the options", Step.OPTIONS),
        ("right, measures then", Step.OPTIONS),
        ("Wat zit daar volgens jou achter?", Step.VALUES),
        ("what's behind this, do you think?", Step.VALUES),
    ],
)
def test_a_step_asked_for_in_words_of_going_on(text: str, step: Step) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == ("goto", step)


def test_going_on_with_a_story_is_no_step() -> None:
    assert detect_intent("ga door met je verhaal").kind != "goto"


def effects_told(language: str) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.case.technology = "Een robot die ingeleverde boeken sorteert in de bibliotheek"
    session.actors = [Actor(id="a1", name="Vrijwilligers"), Actor(id="a2", name="Medewerkers")]
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text="Geen taak meer"),
        Effect(id="e2", actor_id="a2", direction="positive", text="Medewerkers sorteren minder"),
    ]
    return session


@pytest.mark.parametrize(
    ("text", "language"),
    [("ok en nu?", "nl"), ("ok whats next", "en"), ("so what now?", "en")],
)
def test_what_now_after_an_acknowledgement_moves_on(
    conductor: Conductor, text: str, language: str
) -> None:
    session = effects_told(language)
    conductor.plan(session, text)
    assert session.step == Step.VALUES
    assert len(session.effects) == 2


def test_a_step_named_as_heading_makes_what_follows_its_items(conductor: Conductor) -> None:
    session = effects_told("nl")
    session.values = [Value(id="v1", name="Vakmanschap", key="craftsmanship", priority=1)]
    conductor.plan(
        session,
        "Maatregelen dan. De vrijwilligers krijgen een vaste taak bij de balie. "
        "We spreken met de leverancier af dat medewerkers de robot altijd kunnen stilzetten.",
    )
    assert session.step == Step.OPTIONS
    assert len(session.effects) == 2
    assert len(session.options) == 2


def values_chosen(language: str) -> Session:
    session = effects_told(language)
    session.step = Step.VALUES
    session.values = [
        Value(id="v1", name="Vakmanschap", key="craftsmanship", priority=1),
        Value(id="v2", name="Participatie", key="participation", priority=2),
        Value(id="v3", name="Efficiëntie", key="efficiency"),
    ]
    session.proposals = [Proposal(number=1, kind="value", ref="v3", text="Efficiëntie")]
    return session


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("sure, take them all. plus we agree with the supplier that staff can always stop the "
         "robot", "en"),
        ("Je opties vind ik prima. Zelf voeg ik toe: medewerkers kunnen de plankkeuze van de "
         "robot altijd met de hand aanpassen.", "nl"),
    ],
)  # fmt: skip
def test_taking_them_all_with_a_measure_takes_the_option_proposals(
    conductor: Conductor, text: str, language: str
) -> None:
    session = values_chosen(language)
    conductor.plan(session, text)
    assert session.step == Step.OPTIONS
    assert [v.name for v in session.chosen_values()] == ["Vakmanschap", "Participatie"]
    assert sum(1 for o in session.options if o.proposed) >= 2
    assert sum(1 for o in session.options if not o.proposed) == 1


def test_agreeing_with_a_measure_takes_no_proposals(conductor: Conductor) -> None:
    session = values_chosen("nl")
    conductor.plan(session, "Ok. Opties: medewerkers kunnen de robot altijd stilzetten.")
    assert not any(o.proposed for o in session.options)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("ok take the 2nd and 3rd you listed", [2, 3]),
        ("neem de 1e en de 3e die je noemde", [1, 3]),
        ("the 1st one please", [1]),
    ],
)
def test_ordinals_written_with_digits_pick_proposals(text: str, numbers: list[int]) -> None:
    assert proposal_reference(text) == numbers


def test_options_label_before_taking_the_proposals(conductor: Conductor) -> None:
    session = values_chosen("nl")
    conductor.plan(
        session,
        "Opties: ik neem jouw voorstellen over, en we spreken met de leverancier af dat "
        "medewerkers de robot altijd kunnen stilzetten.",
    )
    assert session.step == Step.OPTIONS
    assert sum(1 for o in session.options if o.proposed) >= 2


def test_a_wish_after_taking_them_all_chooses_no_nameless_value(conductor: Conductor) -> None:
    session = values_chosen("nl")
    session.step = Step.OPTIONS
    conductor.plan(session, "volgende")
    conductor.plan(
        session,
        "Die zijn goed, neem ze allemaal. Alleen wil ik de uitleg ook in het Pools, en met een "
        "tolk erbij als bezoekers dat willen.",
    )
    assert all(v.name.strip() for v in session.chosen_values())


@pytest.mark.parametrize(
    ("text", "language"),
    [("Wie hoort daar allemaal bij?", "nl"), ("who belongs in this?", "en")],
)
def test_asking_who_belongs_asks_for_the_actors(
    conductor: Conductor, text: str, language: str
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.case.technology = "Een robot die ingeleverde boeken sorteert in de bibliotheek"
    draft = conductor.plan(session, text)
    assert session.step == Step.ACTORS
    assert draft.intent != "offtopic"


@pytest.mark.parametrize(
    "text",
    [
        "hmm go back. one more minus for the staff: they forget how the shelving system works",
        "wacht, even terug. Nog een nadeel voor de medewerkers: ze vergeten hoe de kasten werken",
    ],
)
def test_going_back_before_an_effect_is_no_measure(conductor: Conductor, text: str) -> None:
    session = values_chosen("nl")
    session.step = Step.OPTIONS
    conductor.plan(session, text)
    assert not any(o.text.lower().startswith(("go back", "wacht")) for o in session.options)
