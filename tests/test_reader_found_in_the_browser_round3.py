"""What went wrong when civil servants typed into the browser, third round (sentences written
for these tests): a correction "not X, it's Y" after a label with a dash renames the actor;
"us"/"wij" in front of a name and a bare verb after it ("who ask") are no part of it; a good
word that only says how something seems is no gain when a bad one follows; the speaker's
organisation committing to a measure past the effects ("also we add ...") is an option."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.actor_lists import actor_name
from assistant.method.reading.extraction import detect_stage, extract_options
from assistant.method.reading.noise import greeting_only
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import proposal_reference

TECHNOLOGY = "A chatbot that answers questions about parking permits"


# --- corrections of an actor without "but" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "old", "new"),
    [("correction - not the printer firm, it's the scanning service that keeps the files",
      "en", "Printer firm", "Scanning service"),
     ("nee, niet de drukker, het is de scandienst die de bestanden bewaart", "nl", "Drukker",
      "Scandienst"),
     ("no, not the printer firm, they are the archive staff", "en", "Printer firm",
      "Archive staff")],
)  # fmt: skip
def test_a_correction_with_its_new_name_after_it_is_renames_the_actor(
    conductor: Conductor, text: str, language: str, old: str, new: str
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, ("Residents", old))
    conductor.plan(session, text)
    assert [a.name for a in session.actors] == ["Residents", new]
    assert not session.effects


# --- owner words and bare verbs around a name ---------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name"),
    [("us caseworkers", "Caseworkers"), ("wij handhavers", "Handhavers"),
     ("we inspectors", "Inspectors"), ("councillors who ask", "Councillors"),
     ("ouders die aanvragen", "Ouders")],
)  # fmt: skip
def test_a_pronoun_before_and_a_bare_verb_after_a_name_are_no_part_of_it(
    item: str, name: str
) -> None:
    assert actor_name(item) == name


def test_a_group_of_people_keeps_what_says_which_are_meant() -> None:
    assert actor_name("mensen die klagen") == "Mensen die klagen"
    assert actor_name("residents who park on the street") == "Residents who park on the street"
    assert actor_name("huurders die thuiswerken") == "Huurders die thuiswerken"


# --- appearances hide harm ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The summaries sound certain even when the figures are wrong",
     "de brieven klinken heel stellig, ook als de berekening fout is",
     "the advice looks reliable but is wrong now and then"],
)  # fmt: skip
def test_a_good_appearance_beside_a_bad_fact_is_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


def test_an_appearance_alone_keeps_its_direction() -> None:
    assert clause_direction("the app looks friendly and saves time") == "positive"


# --- the speaker commits to a measure where values are asked --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [("take 1. also we put a note under every reply saying a chatbot wrote it", "en"),
     ("neem 1. daarnaast zetten we onder elk antwoord dat een chatbot het schreef", "nl"),
     ("neem 1. wij gaan de bewoners vooraf een brief sturen", "nl")],
)  # fmt: skip
def test_a_measure_the_speaker_commits_to_beside_a_choice_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.VALUES, language, TECHNOLOGY, ("Residents",))
    reading = reader.read(text, session)
    assert reading.options and not reading.effects


def test_what_the_speaker_loses_is_still_an_effect(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", TECHNOLOGY, ("Residents",))
    reading = reader.read("we lose a lot of time on checking the answers", session)
    assert reading.effects and not reading.options


# --- closing words and lead-ins -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["thanks, that's all", "ok thx that's all", "dank je, dat is alles", "dat is alles wel"]
)
def test_that_is_all_is_no_reference_to_all_proposals(text: str) -> None:
    assert proposal_reference(text) is None


def test_all_of_them_still_takes_all_proposals() -> None:
    assert proposal_reference("that's all good, take them") == []
    assert proposal_reference("neem ze allemaal") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil even een verhaal vertellen.",
        "let me tell you a story:",
        "I'd like to share our case.",
    ],
)
def test_announcing_a_story_is_no_part_of_the_case(text: str) -> None:
    assert greeting_only(text)


def test_a_story_announced_about_something_is_kept() -> None:
    assert not greeting_only("Ik wil een verhaal vertellen over onze parkeerapp")


# --- where someone works, and what to tell ------------------------------------------------------


def test_an_organisation_with_a_technical_word_in_its_name_is_the_context(reader: Reader) -> None:
    session = Session(language="en")
    text = "Hi, I'm at a regional water authority. We're testing drones that count geese."
    case = reader.read(text, session).case
    assert case["context"].endswith("water authority")
    assert case["technology"].startswith("We're testing drones")


@pytest.mark.parametrize(
    ("text", "language"),
    [("what do i need to tell u", "en"), ("wat wil je weten?", "nl"),
     ("waar begin ik", "nl"), ("what do you need from me?", "en")],
)  # fmt: skip
def test_asking_what_to_tell_is_a_question_about_the_method(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, Session(language=language))
    assert reading.intent is not None and reading.intent.kind == "help"
    assert not reading.case


# --- a measure asked as a question --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "measure"),
    [("could we show parents the reasons for a flag?", "Show parents the reasons for a flag"),
     ("what if we publish the model's error rates?", "Publish the model's error rates"),
     ("kunnen we de ouders de redenen tonen?", "De ouders de redenen tonen"),
     ("zouden we de ouders vooraf kunnen bellen?", "De ouders vooraf bellen")],
)  # fmt: skip
def test_a_measure_asked_as_a_question_is_kept_without_the_question_words(
    text: str, measure: str
) -> None:
    assert [o.text for o in extract_options(text, "design")] == [measure]


def test_a_question_with_a_negation_is_kept_whole() -> None:
    text = "zouden we de ouders niet vooraf kunnen bellen?"
    assert extract_options(text, "design")[0].text.startswith("Zouden we")


# --- the stage in a story -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Het idee kwam van een wethouder die het elders had gezien.", "The idea came from our mayor."],
)
def test_where_an_idea_came_from_names_no_stage(text: str) -> None:
    assert detect_stage(text) is None


@pytest.mark.parametrize(
    "text",
    ["Vorig jaar begon de afdeling met een planningsmodel.",
     "Last year we started using a route planner."],
)  # fmt: skip
def test_something_started_last_year_is_in_use(text: str) -> None:
    assert detect_stage(text) == "in_use"


# --- asking what was missed ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["anything I missed?", "anything we overlooked?"])
def test_asking_what_was_missed_among_the_options_asks_for_proposals(
    reader: Reader, text: str
) -> None:
    reading = reader.read(text, reading_session(Step.OPTIONS, "en", TECHNOLOGY, ("Residents",)))
    assert reading.questions and reading.questions[0].propose
    assert not reading.unread
