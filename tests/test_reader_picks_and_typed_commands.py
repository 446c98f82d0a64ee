"""Proposals picked by what they are about or by a list of numbers before more text, commands
typed with a slip, short replies in a row, and a free relative that is no question (Dutch and
English, sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import options_proposed

from assistant.domain.session import Session, Step
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.questions import is_question, proposal_request
from assistant.method.reading.reader import Reader

OPTION_PROPOSALS = (
    ("environment", "Een mens beslist: geen besluit op de uitkomst van het model alleen"),
    ("design", "Open broncode: publiceer de rekenregels en de broncode"),
    ("human", "Informatieavond: vertel bewoners vooraf hoe het werkt"),
    ("environment", "Bewaartermijn: wis de gegevens na een vaste termijn"),
)


def options_on_the_table(language: str = "nl") -> Session:
    technology = "Een model dat meldingen van achterstanden rangschikt"
    return options_proposed(OPTION_PROPOSALS, technology, language)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("neem die over de broncode en die over de informatieavond", [2, 3]),
        ("I'll take the one about the information evening", [3]),
        ("doe maar die met de bewaartermijn", [4]),
    ],
)
def test_a_proposal_picked_by_what_it_is_about(
    reader: Reader, text: str, numbers: list[int]
) -> None:
    reading = reader.read(text, options_on_the_table())
    assert reading.reference == numbers
    assert reading.options == []


def test_a_description_that_fits_no_proposal_is_said_back(reader: Reader) -> None:
    text = "neem die over de broncode en die over een gratis oefentoets"
    reading = reader.read(text, options_on_the_table())
    assert reading.reference == [2]
    assert reading.unmatched_picks == ["een gratis oefentoets"]
    assert reading.options == []


def test_an_own_option_after_a_pick_by_description_is_read(reader: Reader) -> None:
    text = "I'll take the one about the source code. And we want a helpdesk number on every letter."
    session = options_on_the_table("en")
    session.proposals[1].text = "Open source code: publish the rules and the source code"
    reading = reader.read(text, session)
    assert reading.reference == [2]
    assert [o.text for o in reading.options] == ["A helpdesk number on every letter"]


@pytest.mark.parametrize(
    "text",
    [
        "2, 3 en 4. Plus: wie bovenaan de lijst staat, krijgt eerst een telefoontje.",
        "2, 3 and 4. Also: whoever is flagged gets a phone call before any letter.",
    ],
)
def test_a_list_of_numbers_before_an_own_option(reader: Reader, text: str) -> None:
    reading = reader.read(text, options_on_the_table())
    assert reading.reference == [2, 3, 4]
    assert len(reading.options) == 1
    assert "telefo" in reading.options[0].text.lower() or "phone" in reading.options[0].text


@pytest.mark.parametrize(
    ("text", "kind", "step"),
    [
        ("ga vedrer", "next", None),
        ("volgnde stap", "next", None),
        ("naar de optes", "goto", Step.OPTIONS),
        ("verder gaan", "next", None),
        ("Yes, that's the list. Done.", "done", None),
        ("ok thats it, done", "done", None),
        ("ja, prima. dank je", "affirm", None),
        ("klaar, bedankt", "done", None),
    ],
)
def test_commands_typed_with_a_slip_and_replies_in_a_row(
    text: str, kind: str, step: Step | None
) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == (kind, step)


@pytest.mark.parametrize(
    "text", ["who does it affect", "ja, de eerste twee", "ok, ik heb nog een effect"]
)
def test_content_is_not_taken_for_a_command(text: str) -> None:
    assert detect_intent(text).kind == "answer"


@pytest.mark.parametrize(
    "text", ["options pls, one per kind", "twee opties per categorie aub", "opties per soort graag"]
)
def test_asking_for_options_per_kind_without_a_proposal_word(text: str) -> None:
    question = proposal_request(text, Step.VALUES)
    assert question is not None
    assert (question.step, question.propose, question.per_kind) == (Step.OPTIONS, True, True)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("wie te laat betaalt, krijgt eerst een herinnering per sms", False),
        ("whoever is flagged gets a call from a case worker", False),
        ("wat de bot niet weet, gaat naar een medewerker", False),
        ("wie zijn er nog meer betrokken", True),
        ("what can we do about it", True),
    ],
)
def test_a_free_relative_is_a_statement(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def effects_step(language: str) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.case.technology = "Sensoren in de woning die een val melden"
    return session


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("so options: the data stays on our own servers. every alarm is checked by a nurse", "en"),
        ("en dan de opties: de sensor staat alleen 's nachts aan", "nl"),
        ("ok waarden zijn duidelijk. oja opties: bewoners kiezen zelf of de sensor aangaat", "nl"),
    ],
)
def test_a_section_label_after_small_words_opens_the_options(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert reading.options
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("values: trust, accountability - someone has to own each letter", "en"),
        ("waarden: vertrouwen en privacy", "nl"),
    ],
)
def test_labelled_values_among_the_effects_move_to_the_values(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert len(reading.values) == 2
    assert reading.content_step() == Step.VALUES


def test_numbers_of_your_proposals_without_commas(reader: Reader) -> None:
    reading = reader.read("1 3 en 4 van je voorstellen", options_on_the_table())
    assert reading.reference == [1, 3, 4]


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("Ok, dan de waarden", Step.VALUES),
        ("then the options", Step.OPTIONS),
        ("and now values please", Step.VALUES),
        ("nu de opties graag", Step.OPTIONS),
    ],
)
def test_a_step_named_after_then_is_a_move(text: str, step: Step) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == ("goto", step)


def test_a_person_named_after_then_is_no_move() -> None:
    assert detect_intent("dan de wijkagent").kind == "answer"


def test_a_move_in_front_of_values_moves_and_keeps_the_values(reader: Reader) -> None:
    reading = reader.read("Ok, dan de waarden. Privacy en gezondheid.", effects_step("nl"))
    assert reading.goto == Step.VALUES
    assert {v.name for v in reading.values} == {"privacy", "health"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Wat ik zou adviseren: (a) de opnames na een week wissen; (b) een bord bij elke sensor",
            "nl",
        ),
        (
            "What I'd recommend: the recordings deleted after a week, and a sign at every sensor",
            "en",
        ),
        ("mijn wensen: bewoners kiezen zelf of de sensor aangaat", "nl"),
    ],
)
def test_a_wish_or_advice_label_opens_the_options(reader: Reader, text: str, language: str) -> None:
    reading = reader.read(text, effects_step(language))
    assert reading.options
    assert not any(o.text.startswith(("(", "a)", "b)")) for o in reading.options)
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Eerlijk gezegd weet ik bij de opties niet waar ik moet beginnen. Voorbeelden?",
            "nl",
        ),
        ("For the options I really don't know where to start. Any examples?", "en"),
    ],
)
def test_a_request_is_scoped_to_the_step_the_message_names(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [q.step for q in reading.questions] == [Step.OPTIONS]
    assert reading.questions[0].propose
    assert reading.effects == []


def test_asking_one_for_the_people_themselves_asks_a_human_option(reader: Reader) -> None:
    reading = reader.read(
        "Heb je er nog eentje voor de bellers zelf? Dan is het compleet.", options_on_the_table()
    )
    assert [(q.step, q.kind) for q in reading.questions] == [(Step.OPTIONS, "human")]
    assert reading.options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Voor opties heb ik al wat: de analist kijkt eerst zelf; het model geeft geen score",
            "nl",
        ),
        ("As for options I've got a few: no score on screen; the analyst looks first", "en"),
    ],
)
def test_a_short_label_that_names_the_options_opens_them(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert len(reading.options) == 2
    assert reading.effects == [] and reading.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "ok, dit is genoeg voor mijn sessiebrief",
        "That's enough for my brief.",
        "dan is het compleet",
    ],
)
def test_saying_it_is_enough_closes_at_any_step(reader: Reader, text: str) -> None:
    reading = reader.read(text, effects_step("nl"))
    assert reading.intent is not None and reading.intent.kind == "done"
    assert reading.effects == []


def test_enough_of_something_in_the_case_is_no_closing(reader: Reader) -> None:
    reading = reader.read("dat is genoeg geld voor de gemeente", effects_step("nl"))
    assert reading.intent is None


def test_taking_a_proposal_that_is_not_there_is_no_option(reader: Reader) -> None:
    reading = reader.read("neem die over de huisbezoeken", options_on_the_table())
    assert reading.options == []
    assert reading.unmatched_picks == ["de huisbezoeken"]


def values_step(language: str) -> Session:
    session = effects_step(language)
    session.step = Step.VALUES
    return session


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "bij twijfel een handhaver laten kijken. en handhavers ff trainen op die kaarten",
            "nl",
        ),
        ("a nurse always calls before anyone visits. and the families get a short course", "en"),
    ],
)
def test_where_values_are_asked_a_message_of_options_is_read_as_options(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, values_step(language))
    assert len(reading.options) == 2
    assert reading.unread == []


@pytest.mark.parametrize(
    ("text", "language", "direction", "said"),
    [
        ("downside - ppl already distrust us", "en", "negative", "People already distrust us"),
        ("Nadeel – mensen voelen zich bekeken", "nl", "negative", "Mensen voelen zich bekeken"),
        ("voordeel - de wachtrij wordt korter", "nl", "positive", "De wachtrij wordt korter"),
    ],
)
def test_a_direction_label_with_a_dash_is_a_label(
    reader: Reader, text: str, language: str, direction: str, said: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [(e.direction, e.text) for e in reading.effects] == [(direction, said)]
    assert reading.actors == []
