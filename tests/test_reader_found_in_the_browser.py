"""What went wrong when civil servants' messages were typed into the browser (Dutch and English;
sentences written for these tests): thanks and a hedge around "that's it" still close; "ok" where
a step already holds something asks on instead of asking for a first item; a question back about
whom to name (with a second question after it) records nothing; chat words ("idd", "actually")
are no part of a name; a value said to matter in passing is a value, not an effect; a wish around
a measure ("zou mooi zijn als ...", "..., that would be nice", "maybe ...") is not part of it;
"X moet een Y hebben" where values are asked is a measure; "benefit from fewer X" is positive and
not understanding something is negative; "sommigen"/"some of them" with a verb is no name."""

from __future__ import annotations

import pytest
from method_fakes import reading_session, session_at

from assistant.domain.session import HandlingOption, Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.extraction import detect_stage
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader

TECHNOLOGY = "Een app waarmee inwoners een parkeervergunning aanvragen"
ACTORS = ("Bewoners", "Handhavers", "Ouderen")


def at(step: Step, language: str) -> Session:
    return reading_session(step, language, TECHNOLOGY, ACTORS)


# --- closing words with thanks and hedges -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [("dank, dat was het wel denk ik", "nl"), ("thnx thats it i guess", "en"),
     ("merci, dat is alles volgens mij", "nl"), ("cheers, that's all i think", "en")],
)  # fmt: skip
def test_thanks_and_a_hedge_around_done_still_close(
    reader: Reader, text: str, language: str
) -> None:
    intent = reader.read(text, at(Step.OPTIONS, language)).intent
    assert intent is not None and intent.kind == "done"


def with_two_options(language: str) -> Session:
    session = session_at(Step.OPTIONS, language)
    session.options = [
        HandlingOption(id="o1", kind="environment", text="Een vaste afspraak", value_ids=["v1"]),
        HandlingOption(id="o2", kind="human", text="Een cursus", value_ids=["v2"]),
    ]
    return session


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [("nl", "ok", "minstens één"), ("en", "ok", "at least one")],
)
def test_ok_where_options_are_there_never_asks_for_a_first_one(
    conductor: Conductor, language: str, text: str, wrong: str
) -> None:
    session = with_two_options(language)
    reply = conductor.plan(session, text).draft.text
    assert wrong not in reply and len(session.options) == 2


# --- questions back about whom to name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [("wie moet ik opschrijven? alleen de handhavers of ook de mensen die een boete krijgen?",
      "nl"),
     ("who do i list here? only staff or also the people who get fined?", "en"),
     ("whos an actor in this? just the wardens?", "en")],
)  # fmt: skip
def test_a_question_about_whom_to_name_records_nothing(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.ACTORS, language))
    assert reading.questions and reading.questions[0].step == Step.ACTORS
    assert not reading.actors and not reading.effects


# --- chat words before a name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [("betrokken zijn idd de huurders en de verhuurder", "nl", ["Huurders", "Verhuurder"]),
     ("de huurders, eigenlijk ook de wijkagent", "nl", ["Huurders", "Wijkagent"]),
     ("the tenants, actually the caretaker as well", "en", ["Tenants", "Caretaker"])],
)  # fmt: skip
def test_chat_words_are_no_part_of_a_name(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    assert reader.read(text, at(Step.ACTORS, language)).actors == names


# --- a value named in passing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [("transparantie is hier echt heel belangrijk", "nl", "transparency"),
     ("privacy matters a lot here", "en", "privacy"),
     ("privacy is really very important to me", "en", "privacy")],
)  # fmt: skip
def test_a_value_said_to_matter_in_passing_is_a_value(
    reader: Reader, text: str, language: str, key: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [v.name for v in reading.values] == [key] and not reading.effects


# --- measures told as wishes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [("het zou fijn zijn als er een papieren formulier blijft", "nl",
      "Een papieren formulier blijft"),
     ("handhavers leggen eerst uit wat ze doen, dat zou mooi zijn", "nl",
      "Handhavers leggen eerst uit wat ze doen"),
     ("it would be nice if there was a helpdesk at the town hall", "en",
      "A helpdesk at the town hall"),
     ("wardens explain what they do first, that would be good", "en",
      "Wardens explain what they do first")],
)  # fmt: skip
def test_the_wish_around_a_measure_is_no_part_of_it(
    reader: Reader, text: str, language: str, expected: str
) -> None:
    found = [o.text for o in reader.read(text, at(Step.OPTIONS, language)).options]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [("de scanauto moet altijd een duidelijk logo hebben", "nl"),
     ("the scan car must have a clear logo on both sides", "en")],
)  # fmt: skip
def test_what_a_device_must_have_is_a_measure_where_values_are_asked(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert [o.kind for o in reading.options] == ["design"] and not reading.effects


# --- directions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [("bus drivers benefit from fewer roadworks", "positive"),
     ("ouders zijn blij met minder papierwerk", "positive"),
     ("they wait far less", "positive"),
     ("huurders begrijpen de brief vaak niet", "negative"),
     ("ouderen snappen de app niet altijd", "negative"),
     ("pensioners dont always understand the letter", "negative")],
)  # fmt: skip
def test_benefit_from_less_is_positive_and_not_understanding_is_negative(
    text: str, direction: str
) -> None:
    assert clause_direction(text) == direction


# --- some of them -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [("maar sommigen zetten hun auto dan gewoon op de stoep", "nl"),
     ("but some of them just park on the pavement then", "en")],
)  # fmt: skip
def test_some_of_them_with_a_verb_is_no_name(reader: Reader, text: str, language: str) -> None:
    assert not reader.read(text, at(Step.ACTORS, language)).actors


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [("sommige bewoners en de wijkagent", "nl", ["Sommige bewoners", "Wijkagent"]),
     ("some residents and the caretaker", "en", ["Some residents", "Caretaker"])],
)  # fmt: skip
def test_some_before_people_is_still_a_name(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    assert reader.read(text, at(Step.ACTORS, language)).actors == names


# --- a stage word inside another word -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [("cyclists, delivery firms and the harbour master", "en",
      ["Cyclists", "Delivery firms", "Harbour master"]),
     ("fietsers, bezorgdiensten en de havenmeester", "nl",
      ["Fietsers", "Bezorgdiensten", "Havenmeester"])],
)  # fmt: skip
def test_a_stage_word_inside_a_name_does_not_hide_the_list(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    assert reader.read(text, at(Step.ACTORS, language)).actors == names


@pytest.mark.parametrize(
    ("text", "stage"),
    [("the delivery vans come from the depot", None), ("it went live in may", "in_use"),
     ("we verkennen het nog", "idea"), ("a small test in one street", "pilot")],
)  # fmt: skip
def test_stage_words_count_only_at_the_start_of_a_word(text: str, stage: str | None) -> None:
    assert detect_stage(text) == stage


# --- a team named by its work -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "actors", "index"),
    [("parks maintenance gets the reports a lot sooner", "en",
      ("Residents", "Parks maintenance staff"), 1),
     ("handhaving krijgt de meldingen veel sneller", "nl", ("Bewoners", "Team handhaving"), 1)],
)  # fmt: skip
def test_a_team_named_by_its_work_is_that_team(
    reader: Reader, text: str, language: str, actors: tuple[str, ...], index: int
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY, actors)
    effects = reader.read(text, session).effects
    assert [e.actor_id for e in effects] == [session.actors[index].id]


def test_the_work_of_a_team_further_on_in_a_clause_is_its_topic_not_the_team(
    reader: Reader,
) -> None:
    actors = ("Huurders", "Medewerkers huurtoeslag")
    session = reading_session(Step.EFFECTS, "nl", TECHNOLOGY, actors)
    text = "+ veel meer huurders krijgen huurtoeslag waar ze recht op hebben"
    assert [e.actor_id for e in reader.read(text, session).effects] == ["a1"]


# --- dismissals and questions about naming someone ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "step"),
    [("nee laat maar", "nl", Step.EFFECTS), ("never mind", "en", Step.VALUES),
     ("laat maar zitten", "nl", Step.OPTIONS), ("nvm", "en", Step.OPTIONS)],
)  # fmt: skip
def test_a_dismissal_records_nothing(reader: Reader, text: str, language: str, step: Step) -> None:
    reading = reader.read(text, at(step, language))
    assert not (reading.actors or reading.effects or reading.options or reading.values)
    assert not reading.unread


@pytest.mark.parametrize(
    ("text", "language"),
    [("moet ik de gemeenteraad ook noemen?", "nl"), ("should i also list the bus company?", "en")],
)  # fmt: skip
def test_asking_whether_to_name_someone_is_a_question_about_actors(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [q.step for q in reading.questions] == [Step.ACTORS] and not reading.actors


# --- who is speaking, contractions without apostrophes, effects before their actor -------------


@pytest.mark.parametrize(
    ("text", "language"),
    [("parking team here. we are testing a scan car that reads number plates, a trial for now.",
      "en"),
     ("team parkeren hier. we testen een scanauto die kentekens leest, nog een proef.", "nl")],
)  # fmt: skip
def test_saying_who_is_speaking_first_is_context_not_a_list_of_actors(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, Session(language=language))  # type: ignore[arg-type]
    assert reading.case["context"].lower().startswith(("parking team", "team parkeren"))
    assert "scan" in reading.case["technology"] and not reading.actors


def test_contractions_typed_without_apostrophes_read_as_verbs(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", TECHNOLOGY, ("Tenants", "Caretakers"))
    effects = reader.read("tenants dont realise theyre on camera", session).effects
    assert [(e.actor_id, e.direction) for e in effects] == [("a1", "negative")]
    assert effects[0].text == "Tenants don't realise they're on camera"


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [("Caretakers save time on their rounds.", "caretakers, tenants and the landlord", "en"),
     ("Conciërges besparen tijd op hun rondes.", "conciërges, huurders en de verhuurder", "nl")],
)  # fmt: skip
def test_an_effect_told_before_its_actor_goes_to_that_actor_once_named(
    conductor: Conductor, first: str, second: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, TECHNOLOGY)
    conductor.plan(session, first)
    conductor.plan(session, second)
    assert session.effects and session.effects[0].actor_id == session.actors[0].id


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Bewoners zonder rijbewijs vallen erbuiten", "negative"),
        ("Families without a bank account are left out", "negative"),
        ("Aanvragen worden zonder wachttijd behandeld", "positive"),
        ("De vrijwilligers raken overbelast", "negative"),
        ("Staff get overloaded in the first weeks", "negative"),
    ],
)
def test_without_turns_only_what_it_governs(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


def test_oh_yes_and_before_an_effect_is_not_part_of_it(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", TECHNOLOGY, ("Buurtwerkers", "Bewoners"))
    reading = reader.read("oja en de buurtwerkers zien minder van wat er speelt", session)
    assert [e.text for e in reading.effects] == ["De buurtwerkers zien minder van wat er speelt"]
