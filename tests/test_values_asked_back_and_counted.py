"""Values said the way people ask and count: a value asked back as a question ("zou
transparantie niet ook een ding zijn?", "isn't privacy a thing too?") is that value, not a
measure; "ja die twee plus X" / "yes those two, and X" after choosing two keeps those two and adds
X instead of taking the strongest proposals. Parties named in a role ("de Waarderingskamer als
toezichthouder") are named without it; an opening "ik ben adviseur bij de gemeente X, we ..."
gives "gemeente X" as the context. Sentences written for these tests, in Dutch and English."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.domain.session import Actor, Effect, Proposal, Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("zou transparantie niet ook een ding zijn?", "nl", "transparency"),
        ("en is eerlijkheid hier niet belangrijk?", "nl", "justice"),
        ("isn't privacy a thing too?", "en", "privacy"),
        ("wouldn't autonomy play a role here?", "en", "autonomy"),
    ],
)
def test_a_value_asked_back_is_that_value(
    message_reader: Reader, text: str, language: str, key: str
) -> None:
    reading = read_in(message_reader, text, ("Bewoners",), language, "a tool", Step.OPTIONS)
    assert [v.name for v in reading.values] == [key]
    assert reading.options == []


def test_a_measure_asked_back_stays_a_measure(message_reader: Reader) -> None:
    text = "zou een tweede controle door een collega niet een ding zijn?"
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "een tool", Step.OPTIONS)
    assert reading.values == []


def two_chosen(language: str) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.VALUES
    session.case.technology = "Een tool die bezwaren sorteert"
    session.actors = [Actor(id="a1", name="Bezwaarmakers")]
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text="Minder aandacht voor kansloze"),
    ]
    session.values = [
        Value(id="v1", name="Transparantie", key="transparency", priority=1),
        Value(id="v2", name="Gelijke behandeling", key="equal-treatment", priority=2),
        Value(id="v3", name="Rechtsbescherming", key="legal-protection"),
        Value(id="v4", name="Legitimiteit", key="legitimacy"),
        Value(id="v5", name="Welzijn", key="wellbeing"),
    ]
    session.proposals = [
        Proposal(number=1, kind="value", ref="v3", text="Rechtsbescherming"),
        Proposal(number=2, kind="value", ref="v4", text="Legitimiteit"),
        Proposal(number=3, kind="value", ref="v5", text="Welzijn"),
    ]
    return session


@pytest.mark.parametrize(
    ("text", "language"),
    [("ja die twee plus doelmatigheid", "nl"), ("yes those two, and efficiency", "en")],
)
def test_those_two_are_the_values_chosen(conductor: Conductor, text: str, language: str) -> None:
    session = two_chosen(language)
    conductor.plan(session, text)
    chosen = {v.key for v in session.chosen_values()}
    assert chosen == {"transparency", "equal-treatment", "efficiency"}


def test_a_count_that_is_not_the_values_chosen_takes_proposals(conductor: Conductor) -> None:
    session = two_chosen("nl")
    conductor.plan(session, "ja die drie plus doelmatigheid")
    assert "legal-protection" in {v.key for v in session.chosen_values()}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("de taxateurs, de Waarderingskamer als toezichthouder, LTO als belangenclub", "nl",
         ["Taxateurs", "Waarderingskamer", "LTO"]),
        ("the teachers and the vendor as processor", "en", ["Teachers", "Vendor"]),
        ("Ria als beheerder en de hoveniers", "nl", ["Beheerder", "Hoveniers"]),
        ("mantelzorgers, en mensen die als vrijwilliger werken", "nl",
         ["Mantelzorgers", "Mensen die als vrijwilliger werken"]),
    ],
)  # fmt: skip
def test_a_party_named_in_a_role_is_named_without_it(
    message_reader: Reader, text: str, language: str, names: list[str]
) -> None:
    reading = read_in(message_reader, text, (), language, "a tool", Step.ACTORS)
    assert reading.actors == names


@pytest.mark.parametrize(
    ("text", "language", "context"),
    [
        ("ik ben beleidsmedewerker bij de gemeente Zwolle en we overwegen een AI-tool die "
         "bezwaren sorteert", "nl", "gemeente Zwolle"),
        ("I'm a policy advisor at the municipality of Breda and we are considering a chatbot",
         "en", "municipality of Breda"),
    ],
)  # fmt: skip
def test_the_workplace_in_an_opening_is_the_context(
    message_reader: Reader, text: str, language: str, context: str
) -> None:
    reading = read_in(message_reader, text, (), language, "", Step.CASE)
    assert reading.case["context"].endswith(context)
    assert not reading.case["context"].lower().startswith(("ik ben", "i'm"))


def test_not_a_name_actually_then_remove_them(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "not IT staff actually, remove them",
        ("Students", "IT staff"),
        "en",
        "a tool",
    )
    assert reading.removed_actors == ["IT staff"]
    assert reading.effects == []
    text = "de ICT-afdeling niet eigenlijk, haal ze maar weg"
    reading = read_in(message_reader, text, ("Leerlingen", "ICT-afdeling"), "nl", "een tool")
    assert reading.removed_actors == ["ICT-afdeling"]
    assert reading.effects == []
