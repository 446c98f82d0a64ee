"""Faults found by typing new conversations by hand in the twenty-first round (sentences written
for these tests, Dutch and English): a question about what happens to the conversation itself
("slaat dit gesprek iets op?") is answered and never taken as the case; "het gaat om X in gemeente
Y" opens the case, not a list of actors, and the technology starts after "het gaat om"; an
emoticon or chat laugh ends its sentence and is no part of an item; "..., so a false sense of
safety" names no value; a false sense of safety is a loss."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.domain.session import Session, Step, Turn
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.noise import without_emoticons
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "hoi! eerst even: bewaar je wat ik hier typ?",
        "wordt dit gesprek ergens opgeslagen?",
        "wie kan meelezen met wat ik hier schrijf?",
        "gaat dit naar de cloud?",
        "quick one first: do you store my answers anywhere?",
        "does this leave my laptop?",
        "who else can read this conversation?",
    ],
)
def test_a_question_about_the_conversation_itself_asks_how_it_is_kept(text: str) -> None:
    assert detect_intent(text).kind == "privacy"


@pytest.mark.parametrize(
    "text",
    [
        "worden de camerabeelden opgeslagen?",
        "slaat de sensor ook geluid op?",
        "do you see other actors?",
        "does the system store number plates?",
        "wordt er iets bewaard van de bewoners?",
    ],
)
def test_a_question_about_the_cases_own_data_is_no_question_about_the_conversation(
    text: str,
) -> None:
    assert detect_intent(text).kind != "privacy"


@pytest.mark.parametrize(
    ("language", "first", "said"),
    [
        ("nl", "goedemorgen, vraagje vooraf: slaat deze chat iets op buiten mijn pc?", "niets"),
        ("en", "morning. before I start - is this conversation stored anywhere?", "internet"),
    ],
)
def test_a_first_message_that_asks_how_the_conversation_is_kept_is_answered_not_the_case(
    conductor: Conductor, language: str, first: str, said: str
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.transcript.append(Turn(role="user", text=first, step=session.step))
    plan = conductor.plan(session, first)
    assert session.case.technology == ""
    assert session.step == Step.CASE
    assert said in plan.draft.text


@pytest.mark.parametrize(
    ("language", "text", "technology"),
    [
        ("nl", "Het gaat om camera's bij het busstation in gemeente Assen.", "camera's bij het"),
        ("nl", "het gaat om een chatbot voor de balie van gemeente Emmen", "een chatbot"),
        ("en", "It's about sensors in the bike sheds of the municipality of Delft.", "sensors in"),
    ],
)
def test_it_is_about_opens_the_case_and_names_no_actor(
    message_reader: Reader, language: str, text: str, technology: str
) -> None:
    reading = read_in(message_reader, text, (), language, "", Step.CASE)
    assert reading.actors == []
    assert reading.case["technology"].startswith(technology)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("boa's hebben meer tijd :) maar: jongeren", "boa's hebben meer tijd. maar: jongeren"),
        ("it misses wet leaves lol, so drivers slip", "it misses wet leaves, so drivers slip"),
        ("scheelt ons veel werk 👍", "scheelt ons veel werk"),
        ("de kinderen hebben er lol in", "de kinderen hebben er lol in"),
    ],
)
def test_an_emoticon_or_chat_laugh_ends_its_sentence_and_is_no_part_of_it(
    text: str, plain: str
) -> None:
    assert without_emoticons(text) == plain


@pytest.mark.parametrize(
    ("language", "text", "gain", "loss"),
    [
        (
            "nl",
            "wijkverpleegkundigen zijn sneller klaar met rapporteren ;) maar cliënten missen het "
            "praatje aan het eind",
            "sneller klaar",
            "missen het praatje",
        ),
        (
            "en",
            "district nurses finish their reports sooner :D but clients miss the chat at the end",
            "finish their reports",
            "miss the chat",
        ),
    ],
)
def test_an_effect_after_an_emoticon_is_an_effect_of_its_own(
    message_reader: Reader, language: str, text: str, gain: str, loss: str
) -> None:
    actors = ("wijkverpleegkundigen", "cliënten", "district nurses", "clients")
    reading = read_in(message_reader, text, actors, language, "een app")
    found = {e.direction: e.text for e in reading.effects}
    assert gain in found["positive"] and loss not in found["positive"]
    assert loss in found["negative"]
    assert not any(":" in e.text[-3:] or ";)" in e.text for e in reading.effects)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The sensor may miss a blocked drain, so a false sense of safety"),
        ("nl", "De sensor mist soms een verstopte put, dus een vals gevoel van veiligheid"),
    ],
)
def test_a_false_sense_of_safety_after_an_effect_names_no_value(
    message_reader: Reader, language: str, text: str
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "sensoren", Step.EFFECTS)
    assert reading.values == []
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Het dashboard geeft de wethouder een vals gevoel van zekerheid."),
        ("nl", "Voor de handhavers is het schijnveiligheid."),
        ("en", "It gives the inspectors a false sense of security."),
    ],
)
def test_a_false_sense_of_safety_is_a_loss(
    message_reader: Reader, language: str, text: str
) -> None:
    reading = read_in(message_reader, text, ("handhavers",), language, "een dashboard")
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("language", "text", "measures"),
    [
        (
            "nl",
            "nee die tweede vind ik niks. wel: bij lastige brieven altijd een tolk erbij, en de "
            "app vertaalt de tekst terug zodat de medewerker het kan controleren.",
            ["Bij lastige brieven altijd een tolk erbij", "De app vertaalt de tekst terug"],
        ),
        (
            "en",
            "the first one isn't for us. instead: a phone line for installers who get flagged",
            ["A phone line for installers who get flagged"],
        ),
    ],
)
def test_a_proposal_turned_down_by_its_place_is_no_measure_and_instead_is_no_part_of_one(
    message_reader: Reader, language: str, text: str, measures: list[str]
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "een app", Step.OPTIONS)
    found = [o.text for o in reading.options]
    assert len(found) == len(measures)
    assert all(f.startswith(m) for f, m in zip(found, measures, strict=True))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("hm actually drop the last one", "the last one"),
        ("oh wait, remove fairness", "fairness"),
        ("eigenlijk, haal de laatste maar weg", "de laatste"),
        ("sorry, verwijder de handhavers", "de handhavers"),
    ],
)
def test_a_removal_after_a_filler_word_is_a_removal(text: str, target: str) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.target) == ("remove", target)


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "en wat zou jij doen?"), ("en", "and what would you do here?")],
)
def test_asking_what_the_assistant_would_do_among_options_asks_for_proposals(
    message_reader: Reader, language: str, text: str
) -> None:
    for step in (Step.VALUES, Step.OPTIONS):
        among = read_in(message_reader, text, ("bewoners",), language, "een app", step)
        assert [q.step for q in among.questions] == [Step.OPTIONS]
        assert among.intent is None or among.intent.kind != "verdict"
    earlier = read_in(message_reader, text, ("bewoners",), language, "een app", Step.EFFECTS)
    assert earlier.intent is not None and earlier.intent.kind == "verdict"


@pytest.mark.parametrize(
    "text",
    ["We testen sinds oktober een spraakbot aan de telefoon.", "we're testing it since May"],
)
def test_testing_since_a_month_is_a_pilot(text: str) -> None:
    from assistant.method.reading.extraction import detect_stage

    assert detect_stage(text) == "pilot"


@pytest.mark.parametrize(
    ("language", "text", "technology"),
    [
        ("nl", "ok fijn. Het gaat om een scanauto die kentekens leest.", "een scanauto"),
        ("en", "ok good. It's about a robot that sorts returned library books.", "a robot"),
    ],
)
def test_agreeing_before_the_case_is_no_part_of_it(
    message_reader: Reader, language: str, text: str, technology: str
) -> None:
    reading = read_in(message_reader, text, (), language, "", Step.CASE)
    assert reading.case["technology"].startswith(technology)


@pytest.mark.parametrize(
    "name", ["Nieuwkomers aan de balie", "Statushouders", "Homeowners applying", "Asylum seekers"]
)
def test_newcomers_and_applicants_are_people_affected_in_the_brief(name: str) -> None:
    from assistant.method.reading.extraction import actor_group

    assert actor_group(name) == "affected"
