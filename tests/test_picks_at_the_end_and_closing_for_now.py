"""A pick of proposals at the end of a message of one's own options, a pick that opens with "die
over ..." / "the one about ...", a closing with a time ("that's it for now"), and options given
with a question about the values where values are asked (Dutch and English, sentences written
for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import options_proposed

from assistant.domain.session import Actor, Effect, Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.reader import Reader

PROPOSALS = (
    ("environment", "Een mens beslist: geen besluit op de uitkomst van het model alleen"),
    ("design", "Open broncode: publiceer de rekenregels en de broncode"),
    ("human", "Informatieavond: vertel bewoners vooraf hoe het werkt"),
)


def at_the_options(language: str = "nl") -> Session:
    technology = "Een model dat aanvragen voor een parkeervergunning sorteert"
    return options_proposed(PROPOSALS, technology, language)


@pytest.mark.parametrize(
    ("text", "numbers", "own"),
    [
        ("Een loket waar je bezwaar kunt maken zonder formulier. 1 en 3 van jou ook.", [1, 3], 1),
        ("Residents can ask for a paper permit at the desk. And take 2 as well.", [2], 1),
        ("Een jaarlijkse audit door een externe partij. Plus nummer 2 van jou.", [2], 1),
    ],
)
def test_a_pick_by_number_at_the_end_of_own_options(
    reader: Reader, text: str, numbers: list[int], own: int
) -> None:
    reading = reader.read(text, at_the_options("en" if text.startswith("Res") else "nl"))
    assert reading.reference == numbers
    assert len(reading.options) == own
    assert not any(o.text[:1].isdigit() or "van jou" in o.text for o in reading.options)


def test_a_number_inside_an_option_is_no_pick(reader: Reader) -> None:
    reading = reader.read("Bewaar de kentekens hooguit 2 dagen.", at_the_options())
    assert reading.reference is None
    assert len(reading.options) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Die van jou over een klachtenlijn vind ik goed, neem die ook mee.",
        "The one about a complaints line sounds good, add it too.",
    ],
)
def test_a_sentence_that_opens_with_a_pick_is_no_option(reader: Reader, text: str) -> None:
    reading = reader.read(text, at_the_options("en" if text.startswith("The") else "nl"))
    assert reading.options == []
    assert reading.unmatched_picks  # no proposal is about a complaints line: said back


@pytest.mark.parametrize(
    "text",
    [
        "That's it for now.",
        "Good. That's all for now.",
        "dat was het voor nu",
        "Prima. Klaar voor vandaag.",
    ],
)
def test_a_closing_with_a_time_is_done(text: str) -> None:
    assert detect_intent(text, None).kind == "done"


def test_words_with_a_time_are_no_closing() -> None:
    assert detect_intent("de camera's voor nu", None).kind != "done"


def test_options_with_a_question_about_the_values_move_to_the_options(
    conductor: Conductor,
) -> None:
    session = Session(language="en")
    session.step = Step.VALUES
    session.case.technology = "A model that ranks permit applications"
    session.values = [
        Value(id="v1", name="Privacy", key="privacy", priority=1),
        Value(id="v2", name="Equal treatment", key="equal-treatment", priority=2),
    ]
    checked = Effect(id="e1", direction="negative", text="Some districts are checked more")
    session.effects = [checked]
    text = (
        "Options I have in mind: a yearly external audit of the outcomes per district; a desk "
        "where people can object without a form. Can you link those to the values?"
    )
    conductor.plan(session, text)
    assert session.step == Step.OPTIONS
    assert len(session.options) == 2


def test_a_question_about_an_earlier_step_is_still_answered(conductor: Conductor) -> None:
    session = Session(language="en")
    session.step = Step.VALUES
    session.case.technology = "A model that ranks permit applications"
    session.values = [Value(id="v1", name="Privacy", key="privacy", priority=1)]
    conductor.plan(session, "A yearly external audit of the outcomes. Who were the actors again?")
    assert session.step == Step.ACTORS


def after_choosing_values(language: str = "nl") -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.VALUES
    session.case.technology = "Een scanauto die parkeerrechten controleert"
    session.actors = [Actor(id="a1", name="Parkeerders")]
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text="Onterechte boetes")
    ]
    session.values = [Value(id="v1", name="Uitlegbaarheid", key="explainability", priority=1)]
    return session


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bij elke naheffing de foto van de ruit meesturen", "nl"),
        ("send the photo of the windscreen with every fine", "en"),
        ("plus: de papieren brief blijft, de app alleen voor wie zich aanmeldt", "nl"),
    ],
)
def test_a_measure_after_the_values_are_chosen_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, after_choosing_values(language))
    assert reading.options
    assert not [v for v in reading.values if v.entry is None]


@pytest.mark.parametrize(
    "text", ["en ook gezien worden als mens", "hmm lastig", "being treated as a person"]
)
def test_a_value_in_own_words_or_a_remark_is_no_option(reader: Reader, text: str) -> None:
    assert reader.read(text, after_choosing_values()).options == []


def test_a_sentence_beside_options_at_the_values_is_not_lost(reader: Reader) -> None:
    text = "elke naheffing met een foto van de ruit versturen. handhavers trainen op de kaarten"
    reading = reader.read(text, after_choosing_values())
    assert len(reading.options) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Het idee (nog echt een idee) is om een model de meldingen te laten sorteren.",
        "The plan is to let a camera count the cyclists at the junction.",
    ],
)
def test_a_plan_told_in_the_case_is_the_case_not_an_option(reader: Reader, text: str) -> None:
    session = Session(language="en" if text.startswith("The") else "nl")
    session.case.technology = "Een sorteermodel voor meldingen"
    reading = reader.read(text, session)
    assert reading.options == []
    assert reading.case


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("zet privacy bovenaan", "nl"),
        ("ok, privacy is voor mij het belangrijkst", "nl"),
        ("put privacy first please", "en"),
        ("Privacy matters most.", "en"),
    ],
)
def test_one_value_moved_to_the_top(conductor: Conductor, text: str, language: str) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.VALUES
    session.case.technology = "Camera's die drukte meten"
    session.values = [
        Value(id="v1", name="Vertrouwen", key="trust", priority=1),
        Value(id="v2", name="Privacy", key="privacy", priority=2),
    ]
    reply = conductor.plan(session, text).draft.text
    assert ("Nieuwe volgorde" if language == "nl" else "New order") in reply
    assert [v.key for v in sorted(session.chosen_values(), key=lambda v: v.priority or 0)] == [
        "privacy",
        "trust",
    ]
    assert session.options == []


def test_moving_something_that_is_no_value_to_the_top_adds_no_value(
    conductor: Conductor,
) -> None:
    session = Session(language="nl")
    session.step = Step.VALUES
    session.case.technology = "Camera's die drukte meten"
    session.values = [Value(id="v1", name="Privacy", key="privacy", priority=1)]
    conductor.plan(session, "zet de camera bovenaan")
    assert [v.name for v in session.values] == ["Privacy"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "privacy en autonomie. opties neem ik van jou over, plus: een loket zonder formulier",
            "nl",
        ),
        ("privacy and autonomy. For the options I'll take yours, and a desk without forms", "en"),
    ],
)
def test_taking_proposals_not_yet_shown_adopts_them(
    conductor: Conductor, text: str, language: str
) -> None:
    session = after_choosing_values(language)
    conductor.plan(session, text)
    assert session.step == Step.OPTIONS
    kinds = {o.kind for o in session.options}
    assert kinds == {"design", "environment", "human"}  # the proposals, one per kind, taken
    assert any("loket" in o.text or "desk" in o.text for o in session.options)


def test_naming_options_without_taking_proposals_adopts_none(conductor: Conductor) -> None:
    session = after_choosing_values()
    conductor.plan(session, "privacy. opties: een loket zonder formulier")
    assert len(session.options) == 1


def test_asking_for_option_proposals_gives_proposals_not_the_help_text(
    conductor: Conductor,
) -> None:
    session = after_choosing_values()
    plan = conductor.plan(session, "geef me een paar opties")
    assert session.step == Step.OPTIONS
    assert session.proposals
    assert "help" not in plan.notices
    assert session.options == []  # proposed, not taken
