"""People who steer and correct the conversation (guided mode; sentences written for these
tests, Dutch and English): an effect meant for other people moves to them and no actor is taken
off; a question back about where something belongs is no item; a slip owned up to or an example
turned down is no effect; an effect said not to be what it was recorded as, or put on a side,
takes that direction; a chosen value replaced by another is corrected in place; a proposal
turned down by its place with its reason, and a measure of one's own turned down, are no
options; actors are taken off in more words; an option taken back by a pointer gives its place
to what follows."""

from __future__ import annotations

from method_fakes import options_proposed, reading_session

from assistant.domain.session import Effect, HandlingOption, Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


def _library(language: str) -> Session:
    """A session about a library's self-checkout, at the effects step, with three effects."""
    actors = ("Bezoekers", "Medewerkers", "Vrijwilligers") if language == "nl" else (
        "Visitors", "Staff", "Volunteers")  # fmt: skip
    session = reading_session(Step.EFFECTS, language, "zelfscankassa", actors)
    texts = (
        ("Bezoekers hoeven niet meer in de rij te staan", "Medewerkers raken het praatje aan de "
         "balie kwijt", "Vrijwilligers krijgen minder uren")
        if language == "nl"
        else ("Visitors no longer queue", "Staff lose the chat at the desk",
              "Volunteers get fewer hours")
    )  # fmt: skip
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="positive", text=texts[0]),
        Effect(id="e2", actor_id="a2", direction="negative", text=texts[1]),
        Effect(id="e3", actor_id="a3", direction="negative", text=texts[2]),
    ]
    return session


def _names(session: Session) -> list[str]:
    return [a.name for a in session.actors]


def _actor_of(session: Session, effect_id: str) -> str:
    effect = next(e for e in session.effects if e.id == effect_id)
    actor = session.actor(effect.actor_id)
    return actor.name if actor is not None else ""


def test_effect_meant_for_other_people_moves_to_them_nl(conductor: Conductor) -> None:
    session = _library("nl")
    conductor.plan(
        session, "sorry, dat van het praatje: ik bedoelde de bezoekers, niet de medewerkers."
    )
    assert _actor_of(session, "e2") == "Bezoekers"
    assert "Medewerkers" in _names(session)
    assert len(session.effects) == 3


def test_effect_meant_for_other_people_moves_to_them_en(conductor: Conductor) -> None:
    session = _library("en")
    conductor.plan(session, "the fewer hours one is about the staff, not about the volunteers.")
    assert _actor_of(session, "e3") == "Staff"
    assert "Volunteers" in _names(session)
    assert len(session.effects) == 3


def test_effect_meant_for_a_group_not_yet_named_gets_that_group_nl(conductor: Conductor) -> None:
    session = _library("nl")
    conductor.plan(
        session, "bij dat van de uren bedoelde ik niet de vrijwilligers maar de scholieren zelf."
    )
    assert _actor_of(session, "e3") == "Scholieren"
    assert "Vrijwilligers" in _names(session)


def test_effect_meant_for_others_told_again_keeps_one_effect_en(conductor: Conductor) -> None:
    session = _library("en")
    conductor.plan(
        session,
        "wait, the chat one: I meant the visitors, not the staff. Visitors lose the chat at "
        "the desk.",
    )
    chats = [e for e in session.effects if "chat" in e.text]
    assert len(chats) == 1 and _actor_of(session, chats[0].id) == "Visitors"


def test_more_people_meant_is_no_move_nl(reader: Reader) -> None:
    session = _library("nl")
    reading = reader.read(
        "bij dat van het praatje bedoelde ik niet alleen de medewerkers.", session
    )
    assert not reading.effect_fixes and not reading.removed_items


def test_question_where_something_belongs_is_no_item_nl(reader: Reader) -> None:
    session = _library("nl")
    reading = reader.read("Is de gemeente eigenlijk een actor of niet?", session)
    assert not reading.effects and not reading.actors


def test_question_effect_or_risk_is_no_item_nl(reader: Reader) -> None:
    session = _library("nl")
    reading = reader.read("Dat van de uren: is dat nou een effect of een risico?", session)
    assert not reading.effects


def test_question_where_something_belongs_is_no_item_en(reader: Reader) -> None:
    session = _library("en")
    reading = reader.read("Should schoolchildren be a separate actor?", session)
    assert not reading.effects and not reading.actors
    reading = reader.read("Does this cover the three kinds?", options_proposed((), "x", "en"))
    assert not reading.options and not reading.effects


def test_worry_asked_as_a_question_is_still_read_en(reader: Reader) -> None:
    session = _library("en")
    reading = reader.read("Are the costs a risk for the library?", session)
    assert reading.effects or reading.questions or reading.unread


def test_slip_owned_up_to_is_no_effect_nl(reader: Reader) -> None:
    session = _library("nl")
    reading = reader.read(
        "Dat laatste heb ik verkeerd gezegd. Ik haalde twee dingen door elkaar.", session
    )
    assert not reading.effects


def test_slip_owned_up_to_is_no_effect_en(reader: Reader) -> None:
    session = _library("en")
    reading = reader.read("Sorry, that sentence was a mess.", session)
    assert not reading.effects


def test_example_turned_down_with_a_reason_is_no_effect_nl(reader: Reader) -> None:
    session = _library("nl")
    reading = reader.read("3 klopt niet, daar hebben we nooit klachten over gehad.", session)
    assert not reading.effects


def test_example_turned_down_by_what_it_was_about_is_no_effect_en(reader: Reader) -> None:
    session = _library("en")
    reading = reader.read("Not the one about parking, that doesn't apply to us.", session)
    assert not reading.effects


def test_effect_said_not_a_downside_turns_positive_nl(conductor: Conductor) -> None:
    session = _library("nl")
    conductor.plan(
        session,
        "Dat van de vrijwilligers was geen nadeel maar juist een voordeel, ze willen minder uren.",
    )
    assert next(e for e in session.effects if e.id == "e3").direction == "positive"
    assert len(session.effects) == 3


def test_effect_said_not_a_negative_then_put_on_a_side_en(conductor: Conductor) -> None:
    session = _library("en")
    conductor.plan(
        session,
        "the volunteers one isn't a negative. They asked for it themselves. So put it as positive.",
    )
    assert next(e for e in session.effects if e.id == "e3").direction == "positive"
    assert len(session.effects) == 3


def test_effect_put_on_the_wrong_side_by_mistake_turns_nl(conductor: Conductor) -> None:
    session = _library("nl")
    conductor.plan(session, "die van de medewerkers zette ik per ongeluk bij min, dat is een plus.")
    assert next(e for e in session.effects if e.id == "e2").direction == "positive"
    assert len(session.effects) == 3


def test_effect_put_on_a_side_alone_takes_it_nl(conductor: Conductor) -> None:
    session = _library("nl")
    conductor.plan(
        session, "en dat van de vrijwilligers, dat heb ik nagevraagd. Zet het bij de voordelen."
    )
    assert next(e for e in session.effects if e.id == "e3").direction == "positive"
    assert not session.options


def _values(language: str, names: tuple[str, ...]) -> Session:
    session = reading_session(Step.VALUES, language, "zelfscankassa", ("Bezoekers",))
    session.values = [Value(id=f"v{i}", name=n, priority=i) for i, n in enumerate(names, start=1)]
    return session


def test_chosen_value_replaced_by_another_keeps_its_place_en(conductor: Conductor) -> None:
    session = _values("en", ("Privacy", "Autonomy", "Inclusion"))
    conductor.plan(
        session, "please replace autonomy with trust, that is what the board cares about."
    )
    assert [v.name for v in session.chosen_values()] == ["Privacy", "Trust", "Inclusion"]
    assert not session.effects and not session.options


def test_chosen_value_said_not_the_right_word_is_replaced_nl(conductor: Conductor) -> None:
    session = _values("nl", ("Privacy", "Eerlijkheid"))
    conductor.plan(
        session,
        "eerlijkheid is niet het goede woord. Ik bedoel eigenlijk betrouwbaarheid van de scanner.",
    )
    assert [v.key for v in session.chosen_values()][1] == "reliability"
    assert not session.effects


def test_chosen_value_replaced_in_the_users_words_nl(conductor: Conductor) -> None:
    session = _values("nl", ("Privacy", "Gelijke toegang"))
    conductor.plan(session, "ik wil gelijke toegang toch vervangen door professionele autonomie.")
    names = [v.name for v in session.chosen_values()]
    assert names[1].startswith("Professionele autonomie") and len(names) == 2
    assert not session.options


def test_actor_renamed_to_a_value_is_a_value_nl(reader: Reader) -> None:
    session = _values("nl", ("Privacy",))
    session.actors[0].name = "Bibliothecarissen"
    reading = reader.read("ok, noem het professionele autonomie.", session)
    assert not reading.renamed_actors


def test_proposal_turned_down_by_its_place_with_a_reason_is_no_option_nl(reader: Reader) -> None:
    session = options_proposed(
        (
            ("design", "Een pauzeknop"),
            ("environment", "Een externe toets"),
            ("human", "Een cursus"),
        ),
        "zelfscankassa",
    )
    reading = reader.read(
        "neem 1 en 3, de tweede niet, we gaan niet alles extern laten toetsen.", session
    )
    assert reading.reference == [1, 3]
    assert not reading.options


def test_proposal_turned_down_by_its_place_with_a_reason_is_no_option_en(reader: Reader) -> None:
    session = options_proposed(
        (("design", "A pause button"), ("environment", "An external audit"), ("human", "A course")),
        "self-checkout",
        "en",
    )
    reading = reader.read("take 1 and 3 but not the second, we can't audit everything.", session)
    assert reading.reference == [1, 3]
    assert not reading.options


def test_own_measure_turned_down_is_no_option_nl(reader: Reader) -> None:
    session = options_proposed((), "zelfscankassa")
    reading = reader.read(
        "- een pauzeknop op de kassa\n- een grote campagne niet, te duur\n- een cursus voor "
        "vrijwilligers doen we niet, die hebben er al genoeg",
        session,
    )
    assert [o.text for o in reading.options] == ["Een pauzeknop op de kassa"]


def test_own_measure_turned_down_is_no_option_en(reader: Reader) -> None:
    session = options_proposed((), "self-checkout", "en")
    reading = reader.read(
        "and no to a separate desk for children, too much work for the staff.", session
    )
    assert not reading.options


def test_own_measure_said_with_not_is_still_an_option_nl(reader: Reader) -> None:
    session = options_proposed((), "zelfscankassa")
    reading = reader.read("De kassa bewaart de pasnummers niet, alleen het aantal boeken.", session)
    assert reading.options


def test_actor_taken_off_in_other_words_nl(reader: Reader) -> None:
    session = reading_session(
        Step.ACTORS, "nl", "zelfscankassa", ("Bezoekers", "Autoriteit Persoonsgegevens", "Raad")
    )
    reading = reader.read("de AP streep je maar door, die is hier niet bij betrokken.", session)
    assert reading.removed_actors == ["Autoriteit Persoonsgegevens"]
    assert not reading.effects
    reading = reader.read("de raad haal je weg, die komt pas later in beeld.", session)
    assert reading.removed_actors == ["Raad"]


def test_actor_taken_off_in_other_words_en(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", "self-checkout", ("Visitors", "Retirees"))
    reading = reader.read("retirees aren't in scope, only members. Take them off.", session)
    assert reading.removed_actors == ["Retirees"]
    assert not reading.effects and not reading.actors
    session = reading_session(Step.ACTORS, "en", "self-checkout", ("Visitors", "Regulator"))
    reading = reader.read("the regulator isn't involved, we don't ask them. Remove it.", session)
    assert reading.removed_actors == ["Regulator"] and not reading.actors


def _options(language: str, texts: tuple[str, ...]) -> Session:
    session = reading_session(Step.OPTIONS, language, "zelfscankassa", ("Bezoekers",))
    session.values = [Value(id="v1", name="Privacy", priority=1)]
    session.options = [
        HandlingOption(id=f"o{i}", kind="design", text=t, value_ids=["v1"])
        for i, t in enumerate(texts, start=1)
    ]
    return session


def test_option_taken_back_by_a_pointer_gives_its_place_nl(reader: Reader) -> None:
    session = _options("nl", ("Een app die laat zien wie er meekijkt", "Een cursus"))
    reading = reader.read(
        "die app, nee toch niet, niet iedereen heeft een telefoon. Maak ervan: een lijst op papier "
        "bij de balie.",
        session,
    )
    assert reading.removed_items == [("option", "o1")]
    assert [(o.text, o.kind) for o in reading.options] == [
        ("Een lijst op papier bij de balie", "design")
    ]


def test_option_taken_back_by_a_pointer_gives_its_place_en(reader: Reader) -> None:
    session = _options("en", ("A leaflet for every visitor", "A course"))
    reading = reader.read(
        "that leaflet, no, not after all. Replace it with: a sign at the door.", session
    )
    assert reading.removed_items == [("option", "o1")]
    assert [o.text for o in reading.options] == ["A sign at the door"]


def test_question_in_brackets_inside_a_list_of_values_keeps_the_list_en(reader: Reader) -> None:
    session = _library("en")
    reading = reader.read("values: openness (is that a value?), privacy and trust", session)
    assert reading.intent is None or reading.intent.kind != "help"
    assert len(reading.values) >= 2
