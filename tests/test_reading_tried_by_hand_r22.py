"""Faults found by typing new conversations by hand in the twenty-second round (sentences written
for these tests, Dutch and English): "wat zijn de opties?" and "what are the options?" ask for
options (proposals), not what an option is; a value named after a hedge ("iets van
verbondenheid", "some sort of fairness") is that value, the hedge no value of its own, also in a
second sentence where effects are asked; the speaker's own mood about their working day ("ik baal
een beetje, mijn leidinggevende wil ...", "honestly I'm a bit annoyed") is no effect and no part
of the case; "fine, done" after asking for proposals finishes and takes none; a markdown
heading that names a part of a document ("## Case", "**Status**") is no part of the case, one of
a step's words is its label; "stakeholders are X, Y" names X; "our own inspectors" are the
inspectors; "the neighbours" are the people named as living near; a sound of hesitation ("hmm",
"uhm") opens no item."""

from __future__ import annotations

import pytest
from method_fakes import options_proposed, read_in

from assistant.domain.session import HandlingOption, Session, Step
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.noise import strip_noise
from assistant.method.reading.pasted_tables import tables_as_lines
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import moves_on


@pytest.mark.parametrize(
    ("language", "text", "step"),
    [
        ("nl", "wat zijn de opties?", Step.OPTIONS),
        ("nl", "wat zijn opties", Step.OPTIONS),
        ("nl", "wat zijn de mogelijke opties hier?", Step.OPTIONS),
        ("nl", "wat zijn de actoren?", Step.ACTORS),
        ("en", "what are the options?", Step.OPTIONS),
        ("en", "what are the possible options", Step.OPTIONS),
        ("en", "what are the effects", Step.EFFECTS),
    ],
)
def test_what_are_the_options_asks_for_them(
    message_reader: Reader, language: str, text: str, step: Step
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "drones", Step.VALUES)
    assert detect_intent(text).kind != "help"
    assert [q.step for q in reading.questions] == [step]


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("wat is een handelingsoptie?", Step.OPTIONS),
        ("wat zijn handelingsopties?", Step.OPTIONS),
        ("wat zijn actoren?", Step.ACTORS),
        ("what is an option?", Step.OPTIONS),
        ("what are actors?", Step.ACTORS),
    ],
)
def test_what_an_option_is_is_still_a_question_about_the_method(text: str, step: Step) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == ("help", step)


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("nl", "en iets van verbondenheid", ["social-cohesion"]),
        ("nl", "eerlijkheid en een soort van openheid", ["justice", "transparency"]),
        ("en", "and some sort of fairness", ["justice"]),
        ("en", "privacy and a kind of trust", ["privacy", "trust"]),
        ("en", "something like transparency", ["transparency"]),
    ],
)
def test_a_value_after_a_hedge_is_that_value_alone(
    message_reader: Reader, language: str, text: str, values: list[str]
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "drones", Step.VALUES)
    assert [v.name for v in reading.values] == values


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        (
            "nl",
            "waarden? rechtvaardigheid natuurlijk, en privacy. en iets van verbondenheid",
            ["justice", "privacy", "social-cohesion"],
        ),
        (
            "en",
            "values? safety obviously, and privacy. and some sort of fairness",
            ["public-safety", "privacy", "justice"],
        ),
    ],
)
def test_a_hedged_value_in_a_second_sentence_goes_on_with_the_values_where_effects_are_asked(
    message_reader: Reader, language: str, text: str, values: list[str]
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "drones", Step.EFFECTS)
    assert [v.name for v in reading.values] == values
    assert reading.effects == []


@pytest.mark.parametrize(
    ("language", "text", "case"),
    [
        (
            "nl",
            "Ik baal een beetje, mijn teamleider wil dit morgen af hebben. Wij willen met "
            "sensoren de drukte in het zwembad meten.",
            "sensoren",
        ),
        (
            "en",
            "Honestly I'm a bit stressed, my director wants this done by Monday. We want to "
            "count visitors at the pool with sensors.",
            "sensors",
        ),
    ],
)
def test_the_speakers_own_mood_about_their_working_day_is_left_out(
    message_reader: Reader, language: str, text: str, case: str
) -> None:
    reading = read_in(message_reader, text, (), language, "", Step.CASE)
    assert reading.effects == []
    assert len(reading.ignored) == 1
    kept = " ".join(str(v) for v in reading.case.values())
    assert case in kept and "baal" not in kept and "stressed" not in kept


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "ik ben bang dat de badmeesters gestrest raken van al die meldingen"),
        ("en", "the lifeguards are stressed by all the alerts"),
    ],
)
def test_stress_of_people_in_the_case_is_still_an_effect(
    message_reader: Reader, language: str, text: str
) -> None:
    actors = ("badmeesters", "lifeguards")
    reading = read_in(message_reader, text, actors, language, "sensoren", Step.EFFECTS)
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    "text", ["fine, done", "ok dat was het", "prima, klaar", "good, that's it"]
)
def test_agreeing_then_closing_after_asking_for_proposals_takes_none(text: str) -> None:
    session = Session(language="en")
    session.step = Step.OPTIONS
    session.meta["options_asked"] = True
    session.options = [
        HandlingOption(id=k, text="x", kind=k) for k in ("design", "environment", "human")
    ]
    assert moves_on(text, session)


def test_a_bare_agreement_after_asking_for_proposals_still_takes_them() -> None:
    session = Session(language="en")
    session.step = Step.OPTIONS
    session.meta["options_asked"] = True
    assert not moves_on("fine", session)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "## Case\nThe water board wants drones.\n## Status\npilot",
            "The water board wants drones.\npilot",
        ),
        ("**Casus**\nWe willen drones inzetten.", "We willen drones inzetten."),
        ("### Actoren\n- boeren\n- bewoners", "Actoren:\n- boeren\n- bewoners"),
        ("**Betrokken:**\n- boeren", "Betrokken:\n- boeren"),
        ("# Drones boven de dijk\nWe willen vliegen.", "Drones boven de dijk\nWe willen vliegen."),
    ],
)
def test_a_markdown_heading_is_a_label_or_left_out(text: str, kept: str) -> None:
    cleaned, _ignored = strip_noise(text)
    lines = [line for line in cleaned.splitlines() if line.strip()]
    assert lines == [line for line in kept.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        (
            "en",
            "stakeholders are road users, our own inspectors and the contractors",
            ["Road users", "Inspectors", "Contractors"],
        ),
        (
            "nl",
            "betrokkenen zijn weggebruikers, onze eigen inspecteurs en de aannemers",
            ["Weggebruikers", "Inspecteurs", "Aannemers"],
        ),
    ],
)
def test_a_list_after_stakeholders_are_names_its_first_item_and_own_is_no_name(
    message_reader: Reader, language: str, text: str, actors: list[str]
) -> None:
    reading = read_in(message_reader, text, (), language, "een model", Step.ACTORS)
    assert reading.actors == actors


@pytest.mark.parametrize(
    ("language", "text", "near"),
    [
        ("en", "hmm the neighbours get less noise at night", "People living near the locks"),
        ("nl", "uhm, de buren hebben minder last van lawaai", "Mensen die naast de sluis wonen"),
    ],
)
def test_the_neighbours_are_the_people_named_as_living_near(
    message_reader: Reader, language: str, text: str, near: str
) -> None:
    actors = ("Skippers", near)
    reading = read_in(message_reader, text, actors, language, "sensoren", Step.EFFECTS)
    assert [(e.actor_id, e.text.split()[0].lower()) for e in reading.effects] == [
        (near, "the" if language == "en" else "de")
    ]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("hmm also the boatmen wait less", "also the boatmen wait less"),
        ("Uhm, de schippers wachten. Ehm en de buren ook", "de schippers wachten. en de buren ook"),
        ("hmm", "hmm"),
        ("the hummus stall sells more", "the hummus stall sells more"),
    ],
)
def test_a_sound_of_hesitation_opens_no_item(text: str, plain: str) -> None:
    assert strip_noise(text)[0] == plain


@pytest.mark.parametrize(
    ("table", "lines"),
    [
        (
            "| + | - |\n|---|---|\n| fewer closures | staff trust the model blindly |",
            ["positive: fewer closures", "negative: staff trust the model blindly"],
        ),
        (
            "wie\t✅\t❌\nboeren\tminder schade\tmeer controle",
            ["positive for boeren: minder schade", "negative for boeren: meer controle"],
        ),
        (
            "| pro | con |\n|---|---|\n| sneller | duurder |",
            ["positive: sneller", "negative: duurder"],
        ),
    ],
)
def test_a_table_with_sign_columns_gives_effects_of_those_directions(
    table: str, lines: list[str]
) -> None:
    assert tables_as_lines(table).splitlines() == lines


@pytest.mark.parametrize(
    ("language", "text", "picked"),
    [
        ("nl", "1, 2 en 3 prima, klaar", [1, 2, 3]),
        ("nl", "ok 2 en 3, klaar", [2, 3]),
        ("en", "1 and 3 fine, done", [1, 3]),
    ],
)
def test_a_pick_of_option_proposals_that_ends_in_closing_takes_them_and_finishes(
    message_reader: Reader, language: str, text: str, picked: list[int]
) -> None:
    proposals = (("design", "Geen opslag"), ("environment", "Een audit"), ("human", "Training"))
    session = options_proposed(proposals, "spraakherkenning", language)
    reading = message_reader.read(text, session)
    assert reading.reference == picked
    assert reading.intent is not None and reading.intent.kind == "done"


def test_a_pick_without_closing_finishes_nothing(message_reader: Reader) -> None:
    proposals = (("design", "Geen opslag"), ("environment", "Een audit"))
    session = options_proposed(proposals, "spraakherkenning")
    reading = message_reader.read("neem 1 en 2", session)
    assert reading.reference == [1, 2] and reading.intent is None
