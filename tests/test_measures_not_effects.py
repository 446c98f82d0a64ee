"""Measures said in the form of a proposal or an arrangement are read as options, not as
effects: a message that opens about the options where values are asked, a hedged rule that
limits what the technology does, a proposal asked after a fact, a proposal after effects in the
same message; values with their reasons are no effects (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.questions import is_question
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading
from assistant.method.reading.sentence_kinds import proposal

BUS_NL = ("Reizigers", "Chauffeurs", "Vervoerder")
BUS_EN = ("Passengers", "Drivers", "Operator")


def _read_at(
    reader: Reader, text: str, actors: tuple[str, ...], language: str, step: Step
) -> Reading:
    """``text`` read at ``step`` in a session about a check-in app in ``language``."""
    technology = "een app om in te checken" if language == "nl" else "a check-in app"
    return read_in(reader, text, actors, language, technology, step)


def _texts(items: list) -> str:
    return " | ".join(i.text for i in items)


@pytest.mark.parametrize(
    ("text", "language", "actors", "measure_words"),
    [
        (
            "maatregelen die ik zelf zie:\n"
            "- de papieren kaart blijft gewoon geldig voor wie geen telefoon heeft\n"
            "- inchecken mag ook bij de chauffeur, die helpt als het niet lukt",
            "nl",
            BUS_NL,
            "papieren kaart",
        ),
        (
            "options, hmm. at the start of each month the planner sits down with each driver "
            "and explains what the overview shows, more a chat than a form.",
            "en",
            BUS_EN,
            "sits down with each driver",
        ),
    ],
)
def test_a_message_that_opens_about_options_where_values_are_asked_holds_measures_not_effects(
    reader: Reader, text: str, language: str, actors: tuple[str, ...], measure_words: str
) -> None:
    reading = _read_at(reader, text, actors, language, Step.VALUES)
    assert not reading.effects, _texts(reading.effects)
    assert measure_words in _texts(reading.options).lower()


@pytest.mark.parametrize(
    ("text", "language", "actors", "measure_words"),
    [
        (
            "Chauffeurs voelen zich gevolgd. Misschien moet het weekoverzicht alleen naar de "
            "planner gaan als de chauffeur akkoord geeft.",
            "nl",
            BUS_NL,
            "alleen naar de planner",
        ),
        (
            "Chauffeurs weten niet wat de planner ziet. Misschien iets met dat het overzicht "
            "alleen voor de chauffeur zelf is?",
            "nl",
            BUS_NL,
            "alleen voor de chauffeur",
        ),
        (
            "Drivers feel followed. Maybe the notes should only go out if the driver says ok?",
            "en",
            BUS_EN,
            "only go out",
        ),
        (
            "Drivers feel followed. Perhaps something like the chat staying between the driver "
            "and the planner only?",
            "en",
            BUS_EN,
            "between the driver and the planner",
        ),
    ],
)
def test_a_hedged_rule_that_limits_the_technology_is_a_measure_where_effects_are_told(
    reader: Reader, text: str, language: str, actors: tuple[str, ...], measure_words: str
) -> None:
    technology = "camera's in de bus" if language == "nl" else "cameras on the bus"
    reading = read_in(reader, text, actors, language, technology, Step.EFFECTS)
    assert len(reading.effects) == 1, _texts(reading.effects)
    assert measure_words in _texts(reading.options)


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("Misschien krijgen reizigers dan alleen nog een papieren kaart.", "nl", BUS_NL),
        ("Maybe the passengers will only get a paper ticket then.", "en", BUS_EN),
    ],
)
def test_what_happens_to_people_after_a_hedge_stays_an_effect(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = _read_at(reader, text, actors, language, Step.EFFECTS)
    assert len(reading.effects) == 1 and not reading.options


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ('De bus toont eerst een scherm "heb je ingecheckt?" in plaats van een piep.', False),
        ("The app first asks 'is this your stop?' instead of fining you.", False),
        ('Mag de app eerst vragen "klopt dit"?', True),
        ("Can the driver see it?", True),
    ],
)
def test_a_question_mark_inside_quoted_words_makes_no_question(text: str, question: bool) -> None:
    assert is_question(text) is question


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        (
            'Liever zo: de app toont eerst een scherm "heb je ingecheckt?" in plaats van '
            "meteen een boete.",
            "nl",
            BUS_NL,
        ),
        (
            "Rather this: the app first asks 'did you forget to check in?' instead of sending "
            "a fine.",
            "en",
            BUS_EN,
        ),
    ],
)
def test_a_measure_that_quotes_a_question_is_a_measure_among_options(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = _read_at(reader, text, actors, language, Step.OPTIONS)
    assert not reading.effects and len(reading.options) == 1


@pytest.mark.parametrize(
    ("text", "language", "actors", "measure_words"),
    [
        (
            "o ja, de licentie loopt nog tot de zomer, kunnen we bij de verlenging afspreken "
            "dat de ritten na een maand gewist worden?",
            "nl",
            BUS_NL,
            "gewist",
        ),
        (
            "oh and the licence runs until summer, could we agree at the renewal that trips "
            "are deleted after a month?",
            "en",
            BUS_EN,
            "deleted",
        ),
    ],
)
def test_a_proposal_asked_after_a_fact_in_one_sentence_is_a_measure(
    reader: Reader, text: str, language: str, actors: tuple[str, ...], measure_words: str
) -> None:
    reading = _read_at(reader, text, actors, language, Step.OPTIONS)
    assert not reading.effects, _texts(reading.effects)
    assert measure_words in _texts(reading.options)


def test_a_proposal_after_effects_in_the_same_message_is_no_effect(reader: Reader) -> None:
    text = (
        "The drivers feel checked on all day and some passengers get stared at. We can't "
        "change the bus lol, so let's say: the operator explains beforehand to the drivers "
        "what the camera records."
    )
    reading = read_in(reader, text, BUS_EN, "en", "cameras on the bus", Step.EFFECTS)
    assert "explains beforehand" not in _texts(reading.effects)
    assert "explains beforehand" in _texts(reading.options)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "eerlijkheid (iedereen betaalt hetzelfde), privacy, waardigheid want een reiziger "
            "is geen verdachte, en betrouwbaarheid van de scanner",
            "nl",
        ),
        (
            "fairness (everyone pays the same), privacy, dignity because a passenger is no "
            "suspect, and reliability of the scanner",
            "en",
        ),
    ],
)
def test_values_with_their_reasons_where_values_are_asked_are_no_effects(
    reader: Reader, text: str, language: str
) -> None:
    actors = BUS_NL if language == "nl" else BUS_EN
    reading = _read_at(reader, text, actors, language, Step.VALUES)
    assert not reading.effects, _texts(reading.effects)
    assert len(reading.values) >= 3


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        (
            "maatregelen die ik zelf zie:\n- de ritten na een maand wissen\n- een bord in de bus",
            "nl",
            BUS_NL,
        ),
        (
            "ok the measures I see:\n- delete trips after a month\n- a sign on every bus",
            "en",
            BUS_EN,
        ),
    ],
)
def test_a_line_that_announces_the_options_above_a_list_is_no_option(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = _read_at(reader, text, actors, language, Step.OPTIONS)
    assert len(reading.options) == 2, _texts(reading.options)


@pytest.mark.parametrize(
    ("text", "language", "actors", "measure"),
    [
        (
            "Chauffeurs voelen zich gecontroleerd. De bus kunnen we niet veranderen, dus laten "
            "we zeggen: de vervoerder legt de chauffeurs vooraf uit wat de camera opneemt.",
            "nl",
            BUS_NL,
            "De vervoerder legt de chauffeurs vooraf uit wat de camera opneemt",
        ),
        (
            "The drivers feel checked on. We can't change the bus lol, so let's say: the "
            "operator explains beforehand to the drivers what the camera records.",
            "en",
            BUS_EN,
            "The operator explains beforehand to the drivers what the camera records",
        ),
    ],
)
def test_a_proposal_after_lets_say_is_the_measure_without_what_goes_before(
    reader: Reader, text: str, language: str, actors: tuple[str, ...], measure: str
) -> None:
    technology = "camera's in de bus" if language == "nl" else "cameras on the bus"
    reading = read_in(reader, text, actors, language, technology, Step.EFFECTS)
    assert [o.text for o in reading.options] == [measure]
    assert len(reading.effects) == 1, _texts(reading.effects)


@pytest.mark.parametrize(
    ("text", "proposes"),
    [
        ("Je kunt de bus niet veranderen, dus laten we zeggen: de vervoerder legt het uit.", True),
        ("We can't change the bus lol, so let's say: the operator explains it first.", True),
        ("Eerlijkheid misschien ook, maar laten we het bij drie houden.", False),
        ("Fairness maybe too, but let's keep it to three.", False),
    ],
)
def test_lets_in_a_later_clause_proposes_only_a_measure(text: str, proposes: bool) -> None:
    assert proposal(text) is proposes


@pytest.mark.parametrize(
    ("text", "language", "actors", "measure_words"),
    [
        (
            "1 en 2 graag. Verder: reizigers krijgen altijd te horen waarom hun rit is geweigerd.",
            "nl",
            BUS_NL,
            "te horen waarom",
        ),
        (
            "1 and 2 yes. Plus: drivers get told why a trip was flagged and by whom.",
            "en",
            BUS_EN,
            "get told why",
        ),
    ],
)
def test_people_told_or_informed_where_options_are_asked_is_a_measure(
    reader: Reader, text: str, language: str, actors: tuple[str, ...], measure_words: str
) -> None:
    reading = _read_at(reader, text, actors, language, Step.OPTIONS)
    assert not reading.effects, _texts(reading.effects)
    assert measure_words in _texts(reading.options)


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        (
            "En elke maand een rondetafel met de chauffeurs over wat er misging, zodat de "
            "planners leren wat de app niet ziet.",
            "nl",
            BUS_NL,
        ),
        (
            "And every month a round table with the drivers about what went wrong, so that "
            "the planners learn what the app misses.",
            "en",
            BUS_EN,
        ),
    ],
)
def test_a_measure_with_its_aim_where_values_are_asked_is_an_option_not_a_value(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = _read_at(reader, text, actors, language, Step.VALUES)
    assert not reading.values and len(reading.options) == 1, _texts(reading.options)


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        (
            "Voeg toe: in het contract met de vervoerder geen ritten per persoon, alleen totalen.",
            "nl",
            BUS_NL,
        ),
        ("Add: in the contract with the operator, no trips per person, only totals.", "en", BUS_EN),
    ],
)
def test_add_before_an_arrangement_adds_no_actor(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = _read_at(reader, text, actors, language, Step.OPTIONS)
    assert not reading.actors and len(reading.options) == 1, reading.actors


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("Liever zo: de app geeft veel te veel waarschuwingen.", "nl", BUS_NL),
        ("Before anything else: the app shows far too many warnings.", "en", BUS_EN),
        ("Anyway: the app gives far too many warnings.", "en", BUS_EN),
    ],
)
def test_a_lead_that_says_how_or_when_before_a_colon_names_no_actor(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    reading = _read_at(reader, text, actors, language, Step.EFFECTS)
    named = [e.actor_name for e in reading.effects if e.actor_name] + list(reading.actors)
    assert not named, named


@pytest.mark.parametrize(
    ("text", "language", "actors", "values"),
    [
        (
            "Het gaat om eerlijkheid (wie komt eerst), privacy vanwege de ritten, en "
            "betrouwbaarheid van de app.",
            "nl",
            BUS_NL,
            True,
        ),
        (
            "Values, driver health, fairness (a driver is no suspect, you shouldn't feel "
            "watched), transparency, reliability of the schedule.",
            "en",
            BUS_EN,
            True,
        ),
        ("Privacy goes down, safety improves for the drivers.", "en", BUS_EN, False),
    ],
)
def test_a_list_of_values_with_reasons_among_effects_is_values(
    reader: Reader, text: str, language: str, actors: tuple[str, ...], values: bool
) -> None:
    reading = _read_at(reader, text, actors, language, Step.EFFECTS)
    assert (not reading.effects) is values, _texts(reading.effects)
