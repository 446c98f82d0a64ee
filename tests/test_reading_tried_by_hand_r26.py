"""Faults found by typing new conversations by hand in the twenty-sixth round (sentences written
for these tests, Dutch and English): a list of names ending in "zijn de belangrijkste
betrokkenen denk ik" gave one actor; staff checking a sample of the work every week, said where
options are asked, was a negative effect; "merken er weinig van" / "will barely notice" was an
effect; "I like the idea of ..." stayed in front of the measure; "opties? geen idee" where
proposals stood repeated the question without showing them."""

from __future__ import annotations

from typing import Any

import pytest
from method_fakes import converse, read_in, session_at, value_proposals

from assistant.domain.session import Step
from assistant.method.reading.extraction import detect_context, detect_stage
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import all_but


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "nl",
            "Bewoners zelf, onze wijkagenten en scholen zijn de belangrijkste betrokkenen denk ik",
            ["Bewoners", "Wijkagenten", "Scholen"],
        ),
        (
            "en",
            "Tenants themselves, our caretakers and the landlord are the main stakeholders I think",
            ["Tenants", "Caretakers", "Landlord"],
        ),
    ],
)
def test_a_list_named_the_main_stakeholders_with_a_hedge_gives_every_actor(
    reader: Reader, language: str, text: str, names: list[str]
) -> None:
    assert read_in(reader, text, (), language, "een app", Step.ACTORS).actors == names


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        ("nl", "de coaches lezen elke week een steekproef van de adviezen na om fouten te vinden",
         ("Coaches", "Cliënten")),
        ("nl", "de coaches kijken elke maand de antwoorden van het systeem na", ("Coaches",)),
        ("en", "the coaches review a sample of the advice every week to catch mistakes",
         ("Coaches", "Clients")),
        ("en", "coaches go through the answers every month", ("Coaches",)),
    ],
)  # fmt: skip
def test_staff_checking_the_work_in_a_routine_among_options_is_a_measure(
    reader: Reader, language: str, text: str, actors: tuple[str, ...]
) -> None:
    reading = read_in(reader, text, actors, language, "een app", Step.OPTIONS)
    assert reading.effects == []
    assert len(reading.options) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "coaches lose an hour every week"),
        ("nl", "coaches verliezen elke week een uur"),
    ],
)
def test_a_loss_every_week_among_options_stays_an_effect(
    reader: Reader, language: str, text: str
) -> None:
    reading = read_in(reader, text, ("Coaches",), language, "een app", Step.OPTIONS)
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "vissers merken er weinig van denk ik"),
        ("nl", "vissers merken weinig verschil"),
        ("en", "fishermen will barely notice it I think"),
        ("en", "fishermen won't notice much"),
    ],
)
def test_noticing_little_is_no_effect(reader: Reader, language: str, text: str) -> None:
    assert read_in(reader, text, ("Vissers", "Fishermen"), language, "een app").effects == []


def test_noticing_less_and_less_is_still_an_effect(reader: Reader) -> None:
    reading = read_in(reader, "vissers merken er steeds minder van", ("Vissers",), "nl", "een app")
    assert len(reading.effects) == 1


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        ("en", "I like the idea of asking tenants before their data is shared", "Asking tenants"),
        ("en", "we really like the idea of a yearly check by an outside party", "A yearly check"),
        (
            "nl",
            "ik zie wel iets in een jaarlijkse controle door een externe partij",
            "Een jaarlijk",
        ),
        ("nl", "ik vind het een goed idee om huurders eerst te informeren", "Huurders eerst"),
    ],
)
def test_liking_an_idea_is_no_part_of_the_measure(
    reader: Reader, language: str, text: str, start: str
) -> None:
    reading = read_in(reader, text, ("Tenants", "Huurders"), language, "een app", Step.OPTIONS)
    assert [o.text[: len(start)] for o in reading.options] == [start]


def test_no_idea_where_options_stand_shows_them_again_in_full(conductor: Any) -> None:
    for language, turns, no_idea in (
        (
            "nl",
            [
                "De gemeente wil camera's die tellen hoeveel mensen op het plein zijn",
                "bezoekers, handhavers en winkeliers",
                "positief: minder drukte voor bezoekers. negatief: bezoekers voelen zich bekeken",
                "privacy en veiligheid",
                "volgende",
            ],
            "opties? geen idee eigenlijk",
        ),
        (
            "en",
            [
                "The town wants cameras that count how many people are on the square",
                "visitors, wardens and shopkeepers",
                "positive: less crowding for visitors. negative: visitors feel watched",
                "privacy and safety",
                "next",
            ],
            "options? no idea really",
        ),
    ):
        session = converse(conductor, language, turns)
        shown = [p.text.split(":")[0] for p in session.proposals if p.kind == "option"]
        assert shown
        plan = conductor.plan(session, no_idea)
        assert all(title in plan.draft.text for title in shown)


@pytest.mark.parametrize(
    ("language", "text", "keys"),
    [
        ("en", "values: privacy, trust, safety. in that order", ["privacy", "trust"]),
        ("en", "trust and privacy, in that order", ["trust", "privacy"]),
        ("nl", "privacy, vertrouwen en veiligheid, in die volgorde", ["privacy", "trust"]),
        ("nl", "waarden: vertrouwen, privacy. precies in deze volgorde.", ["trust", "privacy"]),
    ],
)
def test_the_order_said_after_values_is_no_value(
    reader: Reader, language: str, text: str, keys: list[str]
) -> None:
    reading = read_in(reader, text, (), language, "een app", Step.VALUES)
    found = [v.name for v in reading.values]
    assert found[: len(keys)] == keys
    assert not any("order" in name.lower() or "volgorde" in name.lower() for name in found)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("we want to use face matching on recorded footage afterwards (not live)", "idea"),
        ("we willen gezichtsherkenning achteraf gebruiken, niet live", "idea"),
        ("the booking tool went live in March", "in_use"),
        ("de planner staat live sinds de zomer", "in_use"),
        ("the wardens watch live footage of the square", None),
    ],
)
def test_live_footage_is_no_stage_and_going_live_is(text: str, stage: str | None) -> None:
    assert detect_stage(text) == stage


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Het systeem beslist zelf over de openingstijden van de sluis."),
        ("en", "The tool decides on its own which lock opens first."),
    ],
)
def test_the_system_deciding_itself_answers_the_decisions(
    message_reader: Reader, language: str, text: str
) -> None:
    session = session_at(Step.CASE, language)
    session.case.users = session.case.decisions = ""
    session.meta["case_ask"] = "users"
    assert message_reader.read(text, session).case.get("decisions") == text.rstrip(".")


def test_noticing_little_is_answered_as_no_effect_not_as_not_understood(conductor: Any) -> None:
    for language, turns, said, answer in (
        (
            "nl",
            ["De gemeente wil een app voor het melden van zwerfafval", "bewoners en boa's"],
            "de boa's merken er weinig van denk ik",
            "geen effect",
        ),
        (
            "en",
            ["The town wants an app to report litter", "residents and wardens"],
            "the wardens will barely notice it",
            "no effect",
        ),
    ):
        session = converse(
            conductor, language, [*turns, "volgende" if language == "nl" else "next"]
        )
        plan = conductor.plan(session, said)
        assert session.effects == []
        assert answer in plan.draft.text


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("probation service. a tool that ranks files for review", "probation service"),
        ("Reclassering Nederland. Een tool die dossiers rangschikt", "Reclassering Nederland"),
        ("we zijn van de brandweer Twente en testen een drone", "de brandweer Twente"),
        ("The tax office wants a letter checker", "The tax office"),
    ],
)
def test_bodies_of_justice_tax_and_safety_are_the_context(text: str, context: str) -> None:
    assert detect_context(text) == context


@pytest.mark.parametrize(
    ("language", "turns", "answer", "meaning"),
    [
        (
            "nl",
            ["De gemeente wil slimme containers", "bewoners en chauffeurs",
             "positief: minder ritten voor chauffeurs", "volgende",
             "duurzaamheid en iets met goed werkgeverschap voor de chauffeurs"],
            "goed werkgeverschap bedoel ik als: dat chauffeurs prettig en zeker hun werk doen",
            "dat chauffeurs prettig en zeker hun werk doen",
        ),
        (
            "en",
            ["The town wants smart bins", "residents and drivers",
             "positive: fewer rounds for drivers", "next",
             "sustainability and something like decent employership for the drivers"],
            "by decent employership I mean: drivers can do their work in peace and security",
            "drivers can do their work in peace and security",
        ),
    ],
)  # fmt: skip
def test_the_meaning_of_an_own_value_that_names_it_again_is_its_definition(
    conductor: Any, language: str, turns: list[str], answer: str, meaning: str
) -> None:
    session = converse(conductor, language, turns)
    own = [v for v in session.chosen_values() if not v.key]
    assert own and session.meta.get("define_value") == own[0].id
    actors = len(session.actors)
    conductor.plan(session, answer)
    assert own[0].definition == meaning
    assert len(session.actors) == actors and len(session.effects) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "die eerste over de bakkers is eigenlijk niet zo erg hoor, ze wennen er wel aan"),
        ("nl", "dat nadeel valt wel mee"),
        ("en", "that first one about the bakers isn't that bad actually"),
        ("en", "the last point seems a bit overblown to me"),
    ],
)
def test_judging_an_effect_named_before_is_no_new_effect(
    reader: Reader, language: str, text: str
) -> None:
    assert read_in(reader, text, ("Bakkers", "Bakers"), language, "een app").effects == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "het nadeel is dat het erg duur is voor de bakkers"),
        ("en", "the downside is that bakers lose their fixed routes"),
        ("nl", "de eerste weken is het zwaar voor de bakkers"),
    ],
)
def test_an_effect_led_by_its_word_stays_an_effect(
    reader: Reader, language: str, text: str
) -> None:
    reading = read_in(reader, text, ("Bakkers", "Bakers"), language, "een app")
    assert [e.direction for e in reading.effects] == ["negative"]


def test_judging_an_effect_is_answered_as_such(conductor: Any) -> None:
    turns = ["De gemeente wil een app voor bakkers", "bakkers en klanten", "volgende",
             "nadeel: bakkers verliezen hun vaste klanten"]  # fmt: skip
    session = converse(conductor, "nl", turns)
    plan = conductor.plan(session, "dat nadeel valt wel mee eigenlijk")
    assert len(session.effects) == 1
    assert "laat ik staan" in plan.draft.text


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("ok, waarden", Step.VALUES),
        ("ok waarden", Step.VALUES),
        ("right, options.", Step.OPTIONS),
        ("ja, actoren", Step.ACTORS),
    ],
)
def test_a_step_named_after_an_acknowledgement_goes_there(text: str, step: Step) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == ("goto", step)


def test_a_value_after_an_acknowledgement_is_no_move() -> None:
    assert detect_intent("ok, privacy").kind != "goto"


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("take them all except the last one", [1, 2, 3, 4]),
        ("neem ze allemaal behalve de laatste", [1, 2, 3, 4]),
        ("alles behalve 3", [1, 2, 4, 5]),
        ("all but 2", [1, 3, 4, 5]),
        ("neem ze over, behalve nummer 2 en 5", [1, 3, 4]),
    ],
)
def test_all_proposals_but_some_takes_the_others(text: str, taken: list[int]) -> None:
    assert all_but(text, value_proposals(5)) == taken


@pytest.mark.parametrize(
    "text", ["1 en 2, maar niet zonder uitleg", "privacy, except where it matters"]
)
def test_an_exception_that_leaves_out_no_proposal_takes_none_by_it(text: str) -> None:
    session = value_proposals(3)
    assert all_but(text, session) is None


def test_all_values_but_the_last_are_chosen_in_a_conversation(conductor: Any) -> None:
    turns = ["The town wants cameras that count visitors on the square",
             "visitors, wardens and shopkeepers",
             "positive: less crowding for visitors. negative: visitors feel watched",
             "what values do you see?"]  # fmt: skip
    session = converse(conductor, "en", turns)
    shown = [p.ref for p in session.proposals if p.kind == "value"]
    conductor.plan(session, "take them all except the last one")
    assert [v.id for v in session.chosen_values()] == shown[:-1]


@pytest.mark.parametrize(
    "text", ["ok I think we're done", "we're done I think", "ok we zijn klaar"]
)
def test_saying_we_are_done_finishes(text: str) -> None:
    assert detect_intent(text).kind == "done"
