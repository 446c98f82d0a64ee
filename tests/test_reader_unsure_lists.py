"""A list of people that ends in a question mark because the writer is unsure of the last name
("..., en misschien de GGD?") is a list of actors, not a question; a clause before a dash is no
actor's name; a positive clause is not turned by "minder"/"less" after a comma (sentences
written for these tests)."""

from __future__ import annotations

from typing import Any

from method_fakes import read_in

from assistant.domain.session import Session, Step
from assistant.method.reading.polarity import clause_direction


def test_a_dutch_list_that_ends_unsure_is_read_as_actors(reader: Any) -> None:
    text = "buurtbewoners natuurlijk, de wijkagent, de woningbouw, en misschien de brandweer?"
    for step in (Step.CASE, Step.ACTORS):
        reading = read_in(reader, text, (), "nl", "een app", step)
        assert reading.actors == ["Buurtbewoners", "Wijkagent", "Woningbouw", "Brandweer"]


def test_an_english_list_that_ends_unsure_is_read_as_actors(reader: Any) -> None:
    text = "the cyclists of course, the shop owners, the police, and perhaps the bus company?"
    for step in (Step.CASE, Step.ACTORS):
        reading = read_in(reader, text, (), "en", "a sensor", step)
        assert reading.actors == ["Cyclists", "Shop owners", "Police", "Bus company"]


def test_a_question_that_lists_names_stays_a_question(reader: Any) -> None:
    reading = read_in(
        reader, "wie nog meer, de scholen, de ouders?", (), "nl", "een app", Step.ACTORS
    )
    assert reading.actors == []
    assert reading.questions


def test_no_actor_without_a_name_comes_from_a_list_in_the_case(reader: Any) -> None:
    text = "it tracks the cyclists, the delivery vans, the buses, and maybe the scooters?"
    reading = read_in(reader, text, (), "en", "a sensor", Step.CASE)
    assert "" not in reading.actors


def test_a_clause_before_a_dash_names_no_actor(reader: Any) -> None:
    actors = ("Forenzen", "Verkeersplanners")
    for text, lang in (
        ("De verkeersplanners gaan de cijfers blind volgen - wie geen auto heeft telt niet", "nl"),
        ("The planners may follow the counts blindly - anyone without a car is not in them", "en"),
    ):
        reading = read_in(reader, text, (*actors, "Planners"), lang, "a sensor", Step.EFFECTS)
        assert reading.actors == []
        assert [e.actor_name for e in reading.effects] == [""] * len(reading.effects)


def test_a_name_before_a_dash_still_labels_its_effect(reader: Any) -> None:
    reading = read_in(
        reader, "Forenzen - vaker een volle bus", ("Forenzen",), "nl", "een app", Step.EFFECTS
    )
    assert [(e.actor_id, e.direction) for e in reading.effects] == [("Forenzen", "negative")]


def test_less_after_a_comma_does_not_turn_what_helps() -> None:
    assert clause_direction("het helpt echt, minder roest aan de leuningen") == "positive"
    assert clause_direction("it really helps, less rust on the railings") == "positive"
    assert clause_direction("ze zoeken minder") == "positive"
    assert clause_direction("het helpt minder dan gedacht") == "negative"


def test_saying_one_was_not_finished_is_no_effect(reader: Any) -> None:
    for text, lang in (
        ("Sorry, ik was nog niet klaar.", "nl"),
        ("Wacht even, ik ben nog niet klaar.", "nl"),
        ("Sorry, I wasn't finished.", "en"),
        ("hang on, I'm not done yet", "en"),
    ):
        reading = read_in(reader, text, ("Leerlingen",), lang, "een app", Step.EFFECTS)
        assert reading.effects == [], text


def test_asking_for_one_measure_asks_for_options(reader: Any) -> None:
    for text, lang in (
        ("wat zou een goede maatregel zijn voor de privacy van de fietsers?", "nl"),
        ("wat zou hier helpen?", "nl"),
        ("what would be a good measure for the cyclists' privacy?", "en"),
        ("what might help here?", "en"),
    ):
        reading = read_in(reader, text, ("Fietsers",), lang, "een app", Step.VALUES)
        assert [q.step for q in reading.questions] == [Step.OPTIONS], text
        assert reading.values == [], text


def test_also_in_front_of_a_name_before_a_dash_is_not_part_of_it(reader: Any) -> None:
    for text, lang, actors in (
        ("also the neighbours - they hear the drone all day", "en", ("Neighbours",)),
        ("ook de buren - die horen de drone de hele dag", "nl", ("Buren",)),
    ):
        reading = read_in(reader, text, actors, lang, "een drone", Step.EFFECTS)
        assert [(e.actor_id, e.direction) for e in reading.effects] == [(actors[0], "negative")]


def test_a_group_asked_about_and_then_told_about_gets_the_effect(reader: Any) -> None:
    for text, lang, actors in (
        (
            "en de wijkagenten? die krijgen straks alle meldingen die de app niet snapt",
            "nl",
            ("Bewoners", "Wijkagenten"),
        ),
        (
            "and the librarians? they end up answering what the kiosk cannot",
            "en",
            ("Visitors", "Librarians"),
        ),
    ):
        reading = read_in(reader, text, actors, lang, "een app", Step.EFFECTS)
        assert [e.actor_id for e in reading.effects] == [actors[1]], text


def test_a_question_about_a_group_stays_a_question(reader: Any) -> None:
    reading = read_in(
        reader, "And the librarians? Do they get a training?", ("Librarians",), "en", "a kiosk"
    )
    assert reading.effects == []


def test_the_stage_alone_answers_no_other_case_question(reader: Any) -> None:
    session = Session(language="nl")
    session.case.technology = "Een chatbot voor vragen over vaccinaties"
    session.meta["case_ask"] = "users"  # "wie werken er in de praktijk mee?"
    assert reader.read("het is een idee nog.", session).case == {"stage": "idea"}
    assert reader.read("de jeugdartsen en het KCC", session).case == {
        "users": "de jeugdartsen en het KCC"
    }


def test_what_are_actors_asks_what_the_step_means() -> None:
    from assistant.method.reading.asides import help_topic

    for text in ("wat zijn actoren?", "what are actors?", "wat is een actor", "What is an actor?"):
        assert help_topic(text.lower()) == (True, Step.ACTORS), text
    assert help_topic("wat zijn handelingsopties?") == (True, Step.OPTIONS)


def test_a_sentence_about_what_the_technology_does_answers_no_users_question(
    reader: Any,
) -> None:
    for text, lang in (
        ("de bot gebruikt onze eigen teksten en een taalmodel van buiten", "nl"),
        ("the sensors send a reading every hour to the maintenance team", "en"),
    ):
        session = Session(language=lang)  # type: ignore[arg-type]
        session.case.technology = "Een chatbot voor vragen over vaccinaties"
        session.meta["case_ask"] = "users"
        assert reader.read(text, session).case == {"notes": text}, text


def test_an_agreement_with_another_party_is_environment() -> None:
    from assistant.method.reading.extraction import option_kind

    for text in (
        "We spreken met de leverancier af dat gesprekken niet voor training gebruikt worden",
        "We agree with the supplier that chats are never used for training",
        "afspraak met de vervoerder: geen camerabeelden naar de politie zonder vordering",
    ):
        assert option_kind(text) == "environment", text
    assert option_kind("de monteurs spreken met de huurder een tijd af") == "human"


def test_what_is_overlooked_or_kept_badly_is_negative() -> None:
    for text in (
        "the old reports are messy, so the model might miss bridges that were never inspected",
        "de oude dossiers zijn rommelig",
        "het model ziet kwetsbare plekken over het hoofd",
    ):
        assert clause_direction(text) == "negative", text
    assert clause_direction("it was caught in time, that would have been missed before") == (
        "positive"
    )


def test_what_the_team_was_thinking_of_is_no_part_of_the_measure(reader: Any) -> None:
    reading = read_in(
        reader,
        "we were thinking the ranking only advises the planners",
        ("Planners",),
        "en",
        "a model",
        Step.OPTIONS,
    )
    assert [o.text for o in reading.options] == ["The ranking only advises the planners"]
    reading = read_in(
        reader,
        "wij dachten zelf aan een spreekuur in de bibliotheek",
        (),
        "nl",
        "een app",
        Step.OPTIONS,
    )
    assert [o.text for o in reading.options] == ["Een spreekuur in de bibliotheek"]
