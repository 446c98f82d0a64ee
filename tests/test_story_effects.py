"""Effects told in a story once the case is known: a sentence the rules noted to the case that
tells what happened to people is an effect where the learned model of effect sentences is sure,
and no longer a note; a sentence about how the case runs stays a note."""

from __future__ import annotations

from method_fakes import EncoderTools, converse

from assistant.domain.session import Session, Step
from assistant.method.learned_effects import story_effects
from assistant.method.reading.reading import Reading

NL_STORY = (
    "Een buurvrouw vertelde me dat haar zoon drie keer een boete kreeg omdat de camera zijn "
    "scooter niet herkende"
)
NL_FACT = "De camera's hangen sinds april bij de ingang van het parkeerterrein"
EN_STORY = (
    "Last month an older client, Mrs Evans, told us the app cancelled her appointment twice, so "
    "she missed her treatment and had to wait another six weeks"
)
EN_FACT = "The app runs on the tablets that the district team already uses"


def _told(embedder: object, step: Step, *sentences: str) -> Reading:
    session = Session(language="nl")
    session.step = step
    session.case.technology = "camera's"
    reading = Reading(case={"notes": ". ".join(sentences)}, case_told=list(sentences))
    story_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return reading


def test_story_effects_take_a_dutch_story_sentence_out_of_the_notes(embedder: object) -> None:
    reading = _told(embedder, Step.CASE, NL_FACT, NL_STORY)
    assert [e.text for e in reading.effects] == [NL_STORY]
    assert reading.case["notes"] == NL_FACT


def test_story_effects_take_an_english_story_sentence_out_of_the_notes(embedder: object) -> None:
    reading = _told(embedder, Step.CASE, EN_STORY, EN_FACT)
    assert [e.text for e in reading.effects] == [EN_STORY]
    assert reading.case["notes"] == EN_FACT


def test_story_effects_leave_facts_of_the_case_as_notes(embedder: object) -> None:
    reading = _told(embedder, Step.CASE, NL_FACT, EN_FACT)
    assert reading.effects == []
    assert reading.case["notes"] == f"{NL_FACT}. {EN_FACT}"


def test_story_effects_only_where_the_case_is_asked(embedder: object) -> None:
    reading = _told(embedder, Step.EFFECTS, EN_STORY)
    assert reading.effects == [] and reading.case["notes"] == EN_STORY


def test_story_effects_drop_the_notes_when_all_of_them_were_effects(embedder: object) -> None:
    reading = _told(embedder, Step.CASE, NL_STORY)
    assert len(reading.effects) == 1 and "notes" not in reading.case


def test_story_effects_leave_the_notes_with_another_encoder() -> None:
    reading = _told(object(), Step.CASE, EN_STORY)
    assert reading.effects == [] and reading.case["notes"] == EN_STORY


NL_TURNS = [
    "Wij zijn een gemeente en gebruiken sinds vorig jaar camera's met kentekenherkenning bij "
    "het parkeerterrein van het zwembad.",
    "Vorige maand belde een moeder van twee kinderen ons op. Ze had drie keer een boete "
    "gekregen omdat de camera haar kenteken verkeerd las, en ze moest elke keer een halve dag "
    "vrij nemen om het recht te zetten. De camera's hangen bij de ingang.",
]
EN_TURNS = [
    "We're a housing association and since last year a chatbot answers our tenants' repair "
    "requests on the website.",
    "Last winter an older tenant, Mr Peters, asked the bot three times about his broken "
    "heating and each time it sent him a link to a form, so he sat in a cold flat for a week. "
    "The bot was built by an agency in Utrecht.",
]


def test_dutch_story_at_the_case_step_tells_an_effect(conductor: object) -> None:
    session = converse(conductor, "nl", NL_TURNS)
    assert any("boete" in e.text for e in session.effects)
    assert "boete" not in session.case.notes
    assert not any("ingang" in e.text for e in session.effects)


def test_english_story_at_the_case_step_tells_an_effect(conductor: object) -> None:
    session = converse(conductor, "en", EN_TURNS)
    assert any("cold flat" in e.text for e in session.effects)
    assert "cold flat" not in session.case.notes
    assert not any("agency" in e.text for e in session.effects)


def test_reader_keeps_the_story_told_to_the_case_for_the_model(reader: object) -> None:
    session = Session(language="nl")
    session.case.technology = "camera's met kentekenherkenning"
    reading = reader.read(f"{NL_FACT}. {NL_STORY}.", session)  # type: ignore[attr-defined]
    assert NL_FACT in reading.case_told  # noted once the case is known: weighed by the model
    first = Session(language="en")
    opening = f"We use a booking app for the clinic. {EN_STORY}."
    assert reader.read(opening, first).case_told == []  # type: ignore[attr-defined]


OPENINGS = [
    "Wij willen met een algoritme zien welke huurders te groot wonen. Het is nog een idee. Het "
    "doel is doorstroming, want gezinnen staan jaren op de wachtlijst.",
    "We want to use an algorithm to see which tenants live in homes that are too big. Still an "
    "idea. The aim is to move people on, since families wait for years.",
]


def test_reader_leaves_the_opening_message_to_the_case(reader: object) -> None:
    for opening in OPENINGS:
        reading = reader.read(opening, Session(language="nl"))  # type: ignore[attr-defined]
        assert reading.case_told == []
