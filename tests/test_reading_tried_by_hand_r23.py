"""Faults found by typing new conversations by hand in the twenty-third round (sentences written
for these tests, Dutch and English): asking for the summary in one's own words ("kun je een
samenvatting maken?", "can you sum it up?") goes to the wrap-up, also after a closing in the same
message ("nee dat is het wel. ..."); "nee, dat is het wel" / "no, that's all" closes; thanks are
answered in kind, and at the wrap-up a closing reply does not print the whole summary again; a
list of people answering the question where the technology is used names actors, not the
place; a value named first and what it means after it ("privacy vooral, en dat je niet de hele
dag gevolgd wordt") is a value, no effect, where effects are asked."""

from __future__ import annotations

import pytest
from method_fakes import read_in, session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.noise import greeting_only
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "kun je een samenvatting maken?",
        "maak even een korte samenvatting",
        "kun je alles op een rij zetten?",
        "nee dat is het wel. kun je een samenvatting maken?",
        "can you summarise what we have so far?",
        "could you sum it up please",
        "give me a quick recap",
        "ok thanks. can you summarize?",
    ],
)
def test_asking_for_the_summary_in_own_words_goes_to_the_wrap_up(text: str) -> None:
    # a summary asked for: the wrap-up from the options on, an overview before them
    assert detect_intent(text).kind == "overview"


@pytest.mark.parametrize(
    "text",
    [
        "de app maakt een samenvatting van elk gesprek",
        "The model writes a summary of each call for the doctor.",
        "een samenvatting gaat naar de casemanager",
    ],
)
def test_a_summary_the_technology_makes_is_no_request(text: str) -> None:
    assert detect_intent(text).kind == "answer"


@pytest.mark.parametrize(
    "text", ["nee dat is het wel", "nee, dat was het", "no, that's all", "nope, nothing else"]
)
def test_no_then_a_closing_finishes(text: str) -> None:
    assert detect_intent(text).kind == "done"


@pytest.mark.parametrize("text", ["nee", "no", "nee, niet helemaal", "nee, dat is het niet"])
def test_a_bare_no_or_a_denial_does_not_finish(text: str) -> None:
    assert detect_intent(text).kind != "done"


@pytest.mark.parametrize(
    "text",
    ["bedankt!", "dank je wel, dit was nuttig", "thanks!", "thanks, that was really helpful"],
)
def test_thanks_are_answered_in_kind(text: str) -> None:
    assert detect_intent(text).kind == "thanks"


@pytest.mark.parametrize(
    ("language", "text", "answer"),
    [
        ("nl", "bedankt, dit was nuttig", "Graag gedaan"),
        ("en", "thanks, that was really helpful", "welcome"),
        ("en", "looks good, thanks", "summary is above"),
    ],
)
def test_a_closing_reply_at_the_wrap_up_does_not_print_the_summary_again(
    conductor: Conductor, language: str, text: str, answer: str
) -> None:
    session = session_at(Step.SUMMARY, language)
    plan = conductor.plan(session, text)
    assert answer in plan.draft.text
    assert "Alleen aggregaten" not in plan.draft.text  # an option of the summary
    assert session.step == Step.SUMMARY


def test_going_to_the_wrap_up_prints_the_summary(conductor: Conductor) -> None:
    session = session_at(Step.OPTIONS, "nl")
    session.options = session_at(Step.SUMMARY).options
    plan = conductor.plan(session, "kun je een samenvatting maken?")
    assert session.step == Step.SUMMARY
    assert "Alleen aggregaten" in plan.draft.text


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("nl", "bezoekers, handhavers, omwonenden", ["Bezoekers", "Handhavers", "Omwonenden"]),
        ("en", "visitors, parents, local residents", ["Visitors", "Parents", "Local residents"]),
    ],
)
def test_people_listed_where_the_place_is_asked_are_actors(
    message_reader: Reader, language: str, text: str, names: list[str]
) -> None:
    session = session_at(Step.CASE, language)
    session.case.context = ""
    session.meta["case_ask"] = "context"
    reading = message_reader.read(text, session)
    assert "context" not in reading.case
    assert set(names) <= set(reading.actors) | set(reading.users)


def test_a_department_named_where_the_place_is_asked_stays_the_place(
    message_reader: Reader,
) -> None:
    session = session_at(Step.CASE, "nl")
    session.case.context = ""
    session.meta["case_ask"] = "context"
    reading = message_reader.read("de afdeling Werk en Inkomen en het klantcontactcentrum", session)
    assert "context" in reading.case


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("nl", "rechtvaardigheid denk ik, en dat je niet zomaar verdacht wordt", "justice"),
        ("nl", "privacy vooral, en dat je niet de hele dag gevolgd wordt", "privacy"),
        ("en", "fairness I guess, and that you're not treated as a suspect", "justice"),
        ("en", "privacy mostly, and that you are not followed all day", "privacy"),
    ],
)
def test_a_value_named_first_and_what_it_means_is_no_effect(
    message_reader: Reader, language: str, text: str, value: str
) -> None:
    reading = read_in(message_reader, text, ("melders", "buren"), language, "een app", Step.EFFECTS)
    assert reading.effects == []
    assert value in [v.name for v in reading.values]


def test_people_named_first_and_what_happens_is_still_an_effect(message_reader: Reader) -> None:
    text = "buren denk ik, en dat ze elkaar gaan verklikken"
    reading = read_in(message_reader, text, ("melders", "buren"), "nl", "een app", Step.EFFECTS)
    assert len(reading.effects) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "de planners leren de voorspelling niet blind te volgen"),
        ("nl", "we leren de baliemedewerkers de uitslag niet klakkeloos over te nemen"),
        ("en", "staff learn not to follow the score blindly"),
        ("en", "we teach staff to question the score"),
    ],
)
def test_people_who_learn_not_to_follow_a_tool_is_a_measure_not_values(
    message_reader: Reader, language: str, text: str
) -> None:
    reading = read_in(message_reader, text, ("planners",), language, "een model", Step.VALUES)
    assert [o.kind for o in reading.options] == ["human"]
    assert reading.values == []


@pytest.mark.parametrize(
    ("language", "text", "count", "last"),
    [
        (
            "en",
            "applicants, our caseworkers, the legal team, and whoever is named in the letters",
            4,
            "People who are named in the letters",
        ),
        ("nl", "aanvragers, onze consulenten en wie er in de brieven staat", 3, "brieven staan"),
    ],
)
def test_whoever_at_the_end_of_a_list_of_people_is_one_of_them(
    message_reader: Reader, language: str, text: str, count: int, last: str
) -> None:
    reading = read_in(message_reader, text, (), language, "een model", Step.ACTORS)
    assert len(reading.actors) == count
    assert last in reading.actors[-1]


@pytest.mark.parametrize(
    "text", ["hey, quick one.", "Quick question.", "hoi, snel vraagje.", "een korte vraag"]
)
def test_announcing_a_quick_question_is_only_a_greeting(text: str) -> None:
    assert greeting_only(text)
