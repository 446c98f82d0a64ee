"""Asides a speaker makes between the steps, read for what they are (Dutch and English): a
request for a verdict in its many shapes is a verdict request, never an option; an actor added
late while values or options are asked is an actor, never an option; an effect told before and
called a risk to the speaker's own organisation, or no effect, is taken off; a turn that
only turns down what the assistant said, or that announces a pasted text, holds no item; a word
that closes a list of actors is no actor."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Actor, Effect, Session, Step
from assistant.method.reading.chatter import chatter
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.late_additions import late_addition
from assistant.method.reading.reader import Reader

FERRY = ("Passengers", "Crew", "Harbour office")
SCHOOL = ("Leerlingen", "Docenten", "Ouders")


@pytest.mark.parametrize(
    "text",
    [
        "Frankly, should we put this live in every branch or not?",
        "Do you think we're doing the right thing by closing the counter?",
        "Would you say it's irresponsible for a small council to buy this?",
        "So, is scoring tenants by algorithm OK?",
        "Is a chatbot the right tool here at all?",
        "Is it even needed? Nothing ever went wrong so far.",
        "Is this discrimination, legally?",
        "Eerlijk gezegd, moeten we dit nou overal invoeren of niet?",
        "Doen we hier wel goed aan?",
        "Wat zou je doen, ermee doorgaan?",
        "Zou jij dit invoeren als je hier rector was?",
        "Nou, is dit proportioneel of moeten we het laten?",
        "Kun je me zeggen of het ethisch is om leerlingen zo te volgen?",
        "Is het eigenlijk wel onze taak als school om dit te doen?",
    ],
)
def test_requests_for_a_verdict_in_many_shapes(text: str) -> None:
    assert detect_intent(text).kind == "verdict"


@pytest.mark.parametrize(
    "text",
    [
        "moeten we een vaste contactpersoon aanwijzen of niet?",
        "Are the teachers ok with that?",
        "Is de brief voor ouders duidelijk genoeg, of moet die korter?",
        "should we add a helpdesk, what do you think?",
    ],
)
def test_questions_about_a_measure_or_people_ask_no_verdict(text: str) -> None:
    assert detect_intent(text).kind != "verdict"


def test_a_verdict_request_is_no_option_where_options_are_asked(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Honestly, should we roll this out on every ferry or not? What do you think?",
        FERRY,
        "en",
        "a boarding scanner",
        Step.OPTIONS,
    )
    assert reading.options == []
    assert reading.intent is not None and reading.intent.kind == "verdict"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wait, I forgot an actor, the port authority, they own the quay.", "Port authority"),
        ("hm, one more actor I should have mentioned earlier, the lock keepers.", "Lock keepers"),
        (
            "nog een actor die ik eerder had moeten noemen, de conciërge, die opent de deur.",
            "Conciërge",
        ),
    ],
)
def test_actors_announced_late_with_a_comma(text: str, name: str) -> None:
    added = late_addition(text)
    assert added is not None and added.names == [name]


@pytest.mark.parametrize("step", [Step.VALUES, Step.OPTIONS])
def test_late_actors_where_values_or_options_are_asked_are_no_options_en(
    message_reader: Reader, step: Step
) -> None:
    reading = read_in(
        message_reader,
        "Wait, I forgot an actor, the port authority, they own the quay.",
        FERRY,
        "en",
        "a boarding scanner",
        step,
    )
    assert reading.actors == ["Port authority"]
    assert reading.options == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wacht, de medezeggenschapsraad is ook een actor, die moet instemmen.",
            "Medezeggenschapsraad",
        ),
        (
            "de conciërge hoort er trouwens ook bij, die krijgt vragen waar hij niks van weet.",
            "Conciërge",
        ),
    ],
)
def test_late_actors_said_to_be_actors_too_are_no_options_nl(
    message_reader: Reader, text: str, name: str
) -> None:
    reading = read_in(message_reader, text, SCHOOL, "nl", "een aanwezigheidsapp", Step.OPTIONS)
    assert reading.actors == [name]
    assert reading.options == []


def _with_effects(language: str, texts: list[str]) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.case.technology = "a boarding scanner" if language == "en" else "een aanwezigheidsapp"
    session.actors = [Actor(id=n, name=n) for n in (FERRY if language == "en" else SCHOOL)]
    session.effects = [
        Effect(id=f"e{i}", direction="negative", text=t) for i, t in enumerate(texts)
    ]
    return session


def test_an_effect_called_a_risk_for_us_is_taken_off_en(message_reader: Reader) -> None:
    session = _with_effects(
        "en",
        ["Boarding is faster", "If the scanner data leaks we get fined by the regulator"],
    )
    reading = message_reader.read(
        "ok the fine thing is really a legal risk for us, not an effect, leave it out. What I "
        "mean for the passengers is that they feel watched at the gate.",
        session,
    )
    assert reading.removed_items == [("effect", "e1")]
    assert [a for _t, _d, a in told(reading)] == ["Passengers"]


def test_an_effect_said_to_be_no_effect_is_taken_off_nl(message_reader: Reader) -> None:
    session = _with_effects(
        "nl",
        ["Docenten sparen tijd", "De app kan falen en dan krijgen we een klacht bij de inspectie"],
    )
    reading = message_reader.read(
        "nee wacht, die klacht is geen effect, dat is een risico voor ons als school. Wat ik "
        "bedoel: ouders schrikken van een melding die niet klopt.",
        session,
    )
    assert reading.removed_items == [("effect", "e1")]
    assert len(reading.effects) == 1


@pytest.mark.parametrize(
    "text",
    [
        "No, that's not quite it about the crew.",
        "No, I don't mean the money side.",
        "Nee, veiligheid is het niet echt.",
        "nee, dat klopt niet helemaal",
        "Here's a bit from the board meeting in May, the effects are in there:",
        "Hier nog aantekeningen van het teamoverleg, misschien staat er iets bruikbaars in:",
    ],
)
def test_turning_down_or_announcing_a_paste_holds_no_item(text: str) -> None:
    assert chatter(text)


@pytest.mark.parametrize(
    "text",
    [
        "The crew lose their evening off.",
        "Here's the data from the sensors showing fewer incidents.",
        "Hier een deel van de ouders is boos.",
        "It is not about the money, passengers feel watched",
    ],
)
def test_content_is_no_talk(text: str) -> None:
    assert not chatter(text)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("passengers. crew. harbour office. done.", "en", ["Passengers", "Crew", "Harbour office"]),
        ("leerlingen. docenten. ouders. klaar.", "nl", ["Leerlingen", "Docenten", "Ouders"]),
    ],
)
def test_a_closing_word_after_a_list_of_actors_is_no_actor(
    message_reader: Reader, text: str, language: str, names: list[str]
) -> None:
    reading = read_in(message_reader, text, (), language, "", Step.ACTORS)
    assert reading.actors == names


@pytest.mark.parametrize("text", ["Ok, laten we verder gaan.", "ok, let's move on."])
def test_lets_move_on_moves_on(text: str) -> None:
    assert detect_intent(text).kind == "next"


def test_lets_move_on_before_options_is_no_option(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Ok, laten we verder gaan. Opties: een vaste contactpersoon voor ouders op elke school.",
        SCHOOL,
        "nl",
        "een aanwezigheidsapp",
        Step.OPTIONS,
    )
    assert [o.text for o in reading.options] == [
        "Een vaste contactpersoon voor ouders op elke school"
    ]
