"""The reader on the parts of a message that are not what the step asks: greetings and
sign-offs, hard-wrapped letters, measures and values out of turn, and agreeing words."""

from __future__ import annotations

from assistant.domain.session import Actor, HandlingOption, Proposal, Session, Step
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading


def at(step: Step, language: str = "nl", actors: tuple[str, ...] = ()) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    if step != Step.CASE:
        session.case.technology = "Een rooster-app die diensten in de thuiszorg verdeelt"
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(actors, start=1)]
    return session


def read(reader: Reader, text: str, session: Session) -> Reading:
    return reader.read(text, session)


def test_a_numbered_list_of_measures_is_options_never_actors(message_reader: Reader) -> None:
    session = at(Step.OPTIONS, actors=("Wijkverpleegkundigen", "Cliënten"))
    reading = read(
        message_reader,
        "1. de app laat diensten zien die langer dan tien uur duren, die keurt de planner zelf\n"
        "2. in het jaarverslag staat hoe het rooster tot stand komt\n"
        "3. wijkverpleegkundigen bespreken elke maand een paar roosters met hun teamleider",
        session,
    )
    assert reading.actors == []
    assert [o.kind for o in reading.options] == ["design", "environment", "human"]


def test_a_sign_off_or_greeting_alone_is_never_an_item(message_reader: Reader) -> None:
    reading = read(message_reader, "Bedankt, groet Joost", at(Step.EFFECTS))
    assert not reading.holds_items and reading.ignored
    closing = read(message_reader, "Bedankt, groet Joost", at(Step.OPTIONS))
    assert not closing.holds_items  # among the options: thanks that agree (closing_thanks)
    assert closing.intent is not None and closing.intent.kind == "affirm"
    reading = read(
        message_reader, "Hallo! Hierbij onze casus. Een app verdeelt de diensten.", at(Step.CASE)
    )
    assert reading.case["technology"] == "Een app verdeelt de diensten"


def test_hard_wrapped_lines_of_a_letter_are_one_sentence(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Ons zorgteam gebruikt sinds kort een app die de diensten van de\n"
        "wijkverpleging verdeelt over de week. Het is nu nog een proef in\n"
        "twee wijken.",
        at(Step.CASE),
    )
    assert "wijkverpleging" in reading.case["technology"]
    assert reading.case["stage"] == "pilot"


def test_values_with_a_comment_where_values_are_asked(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "privacy, autonomie en openheid over hoe het rooster ontstaat (transparantie dus)",
        at(Step.VALUES),
    )
    assert reading.effects == []
    assert {v.name for v in reading.values} >= {"privacy", "autonomy", "transparency"}


def test_measures_given_where_values_are_asked_are_options(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "We add a clause to the contract with the roster vendor about data use.",
        at(Step.VALUES, "en"),
    )
    assert reading.values == []
    assert [o.kind for o in reading.options] == ["environment"]


def test_a_condition_or_consequence_after_a_comma_stays_with_its_effect(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Shifts are planned per postcode, so clients in remote villages wait longer. "
        "Every nurse gets a fair share of weekends, even when the team is short of staff.",
        at(Step.EFFECTS, "en", ("Clients", "Nurses")),
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [
        ("negative", "a1"),
        ("positive", "a2"),
    ]


def test_a_clause_without_a_subject_after_and_stays_with_its_effect(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Cliënten zien vaker een vreemde aan hun bed en moeten steeds opnieuw hun verhaal doen.",
        at(Step.EFFECTS, actors=("Cliënten", "Planners")),
    )
    assert len(reading.effects) == 1


def test_less_of_something_that_is_no_burden_is_a_loss() -> None:
    assert clause_direction("planners worden minder vaak om raad gevraagd") == "negative"
    assert clause_direction("minder loopwerk voor de verpleging") == "positive"


def test_effects_in_a_message_are_read_while_actors_are_asked(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Cliënten weten eerder wie er komt. Planners worden minder vaak om raad gevraagd.",
        at(Step.ACTORS, actors=("Cliënten", "Planners")),
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [
        ("positive", "a1"),
        ("negative", "a2"),
    ]


def test_a_bare_agreement_adopts_the_options_of_the_missing_kinds(message_reader: Reader) -> None:
    session = at(Step.OPTIONS)
    session.options = [HandlingOption(id="o1", text="Toon de reden", kind="design")]
    session.proposals = [
        Proposal(number=n, kind="option", ref=f"p{n}", text=f"P{n}", option_kind=k)
        for n, k in ((1, "design"), (2, "environment"), (3, "human"))
    ]
    assert read(message_reader, "top", session).reference == []
    assert read(message_reader, "perfect", session).reference == []


def test_actors_listed_inside_the_story_of_the_case(message_reader: Reader) -> None:
    session = at(Step.CASE)
    session.case.technology = "Een rooster-app voor de thuiszorg"
    reading = read(
        message_reader,
        "Elke week krijgen we van huisartsen, apotheken, wijkteams en mantelzorgers een "
        "overzicht van wie extra zorg nodig heeft.",
        session,
    )
    assert reading.actors == ["Huisartsen", "Apotheken", "Wijkteams", "Mantelzorgers"]
    reading = read(message_reader, "Het draait op tablets, telefoons en een server.", session)
    assert reading.actors == []


def test_people_in_general_and_filler_words_are_no_actor_names(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Het nadeel is dat mensen zich gecontroleerd voelen door de app.",
        at(Step.EFFECTS, actors=("Cliënten", "Planners")),
    )
    assert [(e.actor_id, e.actor_name) for e in reading.effects] == [(None, "")]
    reading = read(
        message_reader,
        "Betrokken zijn ook de mantelzorgers natuurlijk, en de teamleiders.",
        at(Step.ACTORS),
    )
    assert reading.actors == ["Mantelzorgers", "Teamleiders"]


def test_a_long_name_for_people_in_general_keeps_what_makes_them_someone(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "clients, planners and people whose numbers are in the app but who never joined",
        at(Step.ACTORS, "en"),
    )
    assert reading.actors == ["Clients", "Planners", "People whose numbers are in the app"]
