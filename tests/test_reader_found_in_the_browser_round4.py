"""What went wrong when civil servants typed into the browser, fourth round (sentences written
for these tests): a laugh after a good or bad thing that happens is its tone, not a joke; a
judgement such as "not great" at the end and feeling made to tell on others are negative; a
filler word after a correction's new name is no part of it; asking what the assistant would do
asks for a verdict, which it does not give."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.extraction import extract_options
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.questions import method_question
from assistant.method.reading.sentence_kinds import standing_measure
from assistant.method.suggestions import technology_tags

TECHNOLOGY = "Cameras on refuse lorries that spot bags left beside the bins"


# --- a laugh after an effect ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [("nadeel: bewoners krijgen een boete terwijl de buurman de zak neerzette haha", "nl",
      "buurman"),
     ("downside: tenants get fined for bags their neighbours left hahaha", "en", "neighbours")],
)  # fmt: skip
def test_a_laugh_after_a_bad_thing_that_happens_keeps_the_effect(
    conductor: Conductor, text: str, language: str, word: str
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, ("Bewoners", "Tenants"))
    conductor.plan(session, text)
    assert len(session.effects) == 1
    effect = session.effects[0]
    assert effect.direction == "negative"
    assert word in effect.text


@pytest.mark.parametrize(
    ("text", "language"),
    [("de wethouder heeft er vorige week al over getweet haha", "nl"),
     ("the alderman already tweeted about it hahaha", "en")],
)  # fmt: skip
def test_a_laugh_after_a_remark_without_good_or_bad_is_still_an_aside(
    conductor: Conductor, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, ("Bewoners", "Tenants"))
    conductor.plan(session, text)
    assert session.effects == []


def test_a_hedge_at_the_end_of_an_effect_is_left_out(conductor: Conductor) -> None:
    session = reading_session(Step.EFFECTS, "nl", TECHNOLOGY, ("Chauffeurs",))
    conductor.plan(session, "chauffeurs voelen zich een klikspaan tegenover de buurt denk ik")
    told = "Chauffeurs voelen zich een klikspaan tegenover de buurt"
    assert [e.text for e in session.effects] == [told]


# --- directions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["de vuilnismannen voelen zich een verklikker", "drivers feel like snitches on their street",
     "the supplier can open every file, not great", "iedereen ziet de namen, niet ideaal",
     "they keep every image for a year, not ideal"],
)  # fmt: skip
def test_being_made_to_tell_on_others_and_a_judgement_at_the_end_are_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


# --- corrections and questions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "old", "new"),
    [("niet de wijkraad maar de bewonersvereniging trouwens", "nl", "Wijkraad",
      "Bewonersvereniging"),
     ("not the parish council but the tenants' association actually", "en", "Parish council",
      "Tenants' association")],
)  # fmt: skip
def test_a_filler_word_after_a_corrected_name_is_no_part_of_it(
    conductor: Conductor, text: str, language: str, old: str, new: str
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, ("Residents", old))
    conductor.plan(session, text)
    assert [a.name for a in session.actors] == ["Residents", new]


@pytest.mark.parametrize(
    "text", ["wat zou jij doen?", "En wat zou jij doen hier?", "what would you do?",
             "would you do it?", "zou jij het invoeren?"],
)  # fmt: skip
def test_asking_what_the_assistant_would_do_asks_for_a_verdict(text: str) -> None:
    assert detect_intent(text).kind == "verdict"


@pytest.mark.parametrize(
    "text", ["wat zou jij doen als opties?", "what would you do for the drivers, any options?",
             "wat raad je aan?"],
)  # fmt: skip
def test_asking_what_the_assistant_would_do_about_something_is_no_verdict(text: str) -> None:
    assert detect_intent(text).kind != "verdict"


# --- the technology's kind ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["We're piloting an AI model that reads subsidy applications",
     "een AI-model dat aanvragen doorleest en onvolledige markeert",
     "a machine learning model which flags applications"],
)  # fmt: skip
def test_an_ai_model_is_an_algorithm_so_chatbot_measures_come_last(text: str) -> None:
    assert technology_tags(text) == {"algorithm"}


# --- asking what one overlooks ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Zijn er nog effecten die ik over het hoofd zie?", "Welke nadelen mis ik nog?",
     "Any effects I am overlooking?", "Did I miss any downsides?"],
)  # fmt: skip
def test_asking_what_one_overlooks_asks_for_prompts(text: str) -> None:
    question = method_question(text, Step.EFFECTS)
    assert question is not None and question.step == Step.EFFECTS and question.propose


def test_asking_what_an_effect_is_asks_for_no_prompts() -> None:
    question = method_question("wat is een effect precies?", Step.EFFECTS)
    assert question is not None and not question.propose


# --- measures told as what stands, once the values are chosen -----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [("kentekens en gezichten vervagen in de beelden", "nl"),
     ("een toezichthouder kijkt altijd eerst zelf voordat er een brief de deur uit gaat", "nl"),
     ("en huurders krijgen een brief met uitleg over de meting", "nl"),
     ("number plates are blurred before anyone sees the images", "en"),
     ("a caseworker always checks first before a letter goes out", "en"),
     ("tenants get a letter explaining what was measured", "en")],
)  # fmt: skip
def test_a_measure_told_as_what_stands_where_values_are_asked_is_an_option(
    conductor: Conductor, text: str, language: str
) -> None:
    session = reading_session(Step.VALUES, language, TECHNOLOGY, ("Huurders", "Tenants"))
    conductor.plan(session, text)
    assert session.effects == []
    assert len(session.options) == 1


@pytest.mark.parametrize(
    "text", ["huurders krijgen vaker een boete", "tenants get a fine more often",
             "krijgen huurders een brief?"],
)  # fmt: skip
def test_what_people_undergo_or_a_question_is_no_standing_measure(text: str) -> None:
    assert not standing_measure(text)


@pytest.mark.parametrize(
    ("text", "measures"),
    [("the model only flags, never rejects. officers get a short course",
      ["The model only flags, never rejects", "Officers get a short course"]),
     ("het systeem signaleert alleen, beslist nooit zelf",
      ["Het systeem signaleert alleen, beslist nooit zelf"]),
     ("a helpdesk, not a chatbot", ["A helpdesk, not a chatbot"]),
     ("blur faces, delete footage after a week, and a complaints desk",
      ["Blur faces", "Delete footage after a week", "A complaints desk"])],
)  # fmt: skip
def test_what_a_measure_rules_out_after_a_comma_is_part_of_it(
    text: str, measures: list[str]
) -> None:
    assert [d.text for d in extract_options(text, "design")] == measures
