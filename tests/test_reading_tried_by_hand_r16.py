"""Faults found by typing new conversations by hand (sentences written for these tests): a fear
told without "that" ("the drivers fear the new rota cuts their breaks") is bad for whoever
fears it; a name with "wiens"/"wier" after it keeps its whole clause instead of stopping at
the verb."""

from __future__ import annotations

import pytest
from method_fakes import read_in, reading_session, told

from assistant.domain.session import Step
from assistant.method.reading.questions import method_question
from assistant.method.reading.reader import Reader

DEPOT = ("Drivers", "Planners", "Union")


@pytest.mark.parametrize(
    "text",
    [
        "The drivers fear the new rota cuts their breaks.",
        "And the planners worry their job disappears.",
        "Drivers are afraid they lose their fixed routes.",
    ],
)
def test_a_fear_told_without_that_is_bad_for_whoever_fears_it(
    message_reader: Reader, text: str
) -> None:
    reading = read_in(message_reader, text, DEPOT, "en", "a rota app for bus drivers")
    [(_, direction, _)] = told(reading)
    assert direction == "negative"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "betrokken: de huurders wiens woning wordt gemeten, de verhuurder en de monteur",
            "nl",
            "Huurders wiens woning wordt gemeten",
        ),
        (
            "betrokken: de bestuurders wier besluit wordt getoetst en de rechtbank",
            "nl",
            "Bestuurders wier besluit wordt getoetst",
        ),
    ],
)
def test_a_name_with_wiens_keeps_its_clause(
    message_reader: Reader, text: str, language: str, expected: str
) -> None:
    reading = read_in(message_reader, text, (), language, "een meetsensor", Step.ACTORS)
    assert reading.actors[0] == expected


DIKE = ("Dijkwachten", "Inspecteurs", "Leverancier van de sensoren")
YARD = ("Farmers", "Vendor", "Hunters")


@pytest.mark.parametrize(
    ("text", "language", "actors", "expected"),
    [
        ("nee wacht, de leverancier doet alleen de aanleg, die laat ik eruit", "nl", DIKE,
         "Leverancier van de sensoren"),
        ("De inspecteurs komen er pas later bij. Die halen we weg.", "nl", DIKE, "Inspecteurs"),
        ("the vendor only installs the kit, those I'd leave out", "en", YARD, "Vendor"),
        ("The hunters aren't in this at all, I'd drop them.", "en", YARD, "Hunters"),
    ],
)  # fmt: skip
def test_an_actor_taken_off_by_a_pronoun_after_naming_it(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...], expected: str
) -> None:
    reading = read_in(message_reader, text, actors, language, "sensoren", Step.ACTORS)
    assert reading.removed_actors == [expected]
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("nadeel: de dijkwachten gaan minder zelf kijken. de inspecteurs krijgen sneller een "
         "melding.", "nl", DIKE),
        ("downside: farmers lose the visit. the hunters get a quicker warning.", "en", YARD),
        ("negatief: de dijkwachten raken hun rol kwijt.\nde inspecteurs krijgen meer overzicht.",
         "nl", DIKE),
    ],
)  # fmt: skip
def test_a_label_holds_for_its_own_sentence_not_for_the_next(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = read_in(message_reader, text, actors, language, "sensoren")
    assert [direction for _, direction, _ in told(reading)] == ["negative", "positive"]


@pytest.mark.parametrize(
    "text",
    ["wat kunnen we nu doen", "Wat kunnen we er dan nog aan doen?", "wat kan ik hier zelf doen?"],
)
def test_what_can_we_do_now_asks_for_the_options(text: str) -> None:
    question = method_question(f"{text.rstrip('?')}?", Step.VALUES)
    assert question is not None and question.step == Step.OPTIONS


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("We want tablets in the cells.\nRight now guards do all that with paper forms.", "en",
         ["Guards"]),
        ("We want a scanner at the desk. Currently the caseworkers check every file by hand.",
         "en", ["Caseworkers"]),
    ],
)  # fmt: skip
def test_a_time_in_front_of_the_people_is_no_part_of_their_name(
    message_reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.CASE, language, "")
    reading = message_reader.read(text, session, set())
    assert reading.users == expected


@pytest.mark.parametrize(
    ("text", "language", "direction"),
    [
        ("- less contact: the form moment was also a check-in", "en", "negative"),
        ("- minder contact: het formulier was ook een praatje", "nl", "negative"),
        ("- more control: they can order things themselves", "en", "positive"),
    ],
)
def test_a_label_that_is_itself_a_change_names_no_actor(
    message_reader: Reader, text: str, language: str, direction: str
) -> None:
    reading = read_in(message_reader, text, DIKE, language, "tablets")
    [(said, found, actor)] = told(reading)
    assert found == direction and not actor
    assert said.lower().startswith(("less contact", "minder contact", "more control"))


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("actually the hunters aren't really involved, they only see the app. keep them though",
         "en", YARD),
        ("de inspecteurs zijn eigenlijk niet betrokken. laat ze toch maar staan", "nl", DIKE),
    ],
)  # fmt: skip
def test_an_actor_taken_off_and_kept_after_all_stays_and_tells_no_effect(
    message_reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = read_in(message_reader, text, actors, language, "sensoren", Step.ACTORS)
    assert reading.removed_actors == [] and reading.effects == [] and reading.options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("- everything is logged, so the guards can read the messages? feels off", "en"),
        ("- alles wordt gelogd, dus de bewakers kunnen meelezen? voelt niet goed", "nl"),
    ],
)
def test_a_judgement_without_subject_goes_to_the_effect_before_it(
    message_reader: Reader, text: str, language: str
) -> None:
    actors = ("Guards", "Detainees") if language == "en" else ("Bewakers", "Gedetineerden")
    reading = read_in(message_reader, text, actors, language, "tablets")
    [(said, direction, _)] = told(reading)
    assert direction == "negative" and "?. " not in said


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ok: voice option on the tablet and pictograms", "en", "Voice option"),
        ("oké: spraakoptie op de tablet en pictogrammen", "nl", "Spraakoptie"),
    ],
)
def test_an_agreeing_word_with_a_colon_is_no_part_of_the_option(
    message_reader: Reader, text: str, language: str, expected: str
) -> None:
    reading = read_in(message_reader, text, (), language, "tablets", Step.OPTIONS)
    assert reading.options[0].text.startswith(expected)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("boeren. taxateurs. bij12. faunabeheereenheid. gedeputeerde", "nl",
         ["Boeren", "Taxateurs", "Bij12", "Faunabeheereenheid", "Gedeputeerde"]),
        ("caseworkers. their team leads. uwv. the works council (or) ", "en",
         ["Caseworkers", "Team leads", "Uwv", "Works council (or)"]),
    ],
)  # fmt: skip
def test_a_list_typed_with_full_stops_is_a_list_of_actors_at_the_case_step(
    message_reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.CASE, language, "een app voor schademeldingen")
    session.meta["case_asked"] = ["context"]
    reading = message_reader.read(text, session, set())
    assert reading.actors + reading.users == expected and not reading.case


def test_sentences_with_full_stops_stay_sentences(message_reader: Reader) -> None:
    session = reading_session(Step.CASE, "nl", "een app voor schademeldingen")
    reading = message_reader.read(
        "we willen een app. burgers melden. handhavers kijken.", session, set()
    )
    assert reading.case.get("notes")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "prov. fryslan / bij12. idee: schade laten schatten met satellietbeelden",
            "provincie fryslan",
        ),
        ("gem. Utrecht. idee: slimme camera's bij containers", "gemeente Utrecht"),
    ],
)
def test_a_public_body_in_shorthand_is_the_context(
    message_reader: Reader, text: str, context: str
) -> None:
    reading = message_reader.read(text, reading_session(Step.CASE, "nl", ""), set())
    assert reading.case["context"].startswith(context)
    assert not reading.case["technology"].startswith(("prov", "gem"))


@pytest.mark.parametrize(
    ("text", "language", "context"),
    [
        ("Our public library wants a chatbot that answers questions about loans.", "en",
         "public library"),
        ("Onze bibliotheek wil een chatbot die vragen over openingstijden beantwoordt.", "nl",
         "bibliotheek"),
    ],
)  # fmt: skip
def test_our_library_is_the_context(
    message_reader: Reader, text: str, language: str, context: str
) -> None:
    reading = message_reader.read(text, reading_session(Step.CASE, language, ""), set())
    assert reading.case["context"] == context
