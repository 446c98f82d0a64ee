"""At the options step, chatter and leads that name whom a measure is for are no options, and the
measure after such a lead keeps its kind; measures typed as a numbered list on one line, after a
dash among option lines, or as an afterthought are not lost (Dutch and English; sentences
written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Effect, Step
from assistant.method.reading.extraction import extract_options, numbered_parts
from assistant.method.reading.kind_coverage import kind_coverage
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "Voor de bewoners zelf",
        "iets voor de chauffeurs",
        "For the park rangers themselves",
        "for the teachers and parents",
        "one for the volunteers please",
        "Voor de raadsleden zelf?",
        "ah, the people side, I hadn't thought of that",
        "de menskant dus",
    ],
)
def test_a_lead_for_people_is_kind_talk_for_the_human_kind(text: str) -> None:
    assert kind_coverage(text) == (True, "human")


@pytest.mark.parametrize(
    "text",
    ["for visitors in a wheelchair", "een cursus voor de chauffeurs", "voor de techniek"],
)
def test_a_measure_or_a_lead_that_names_no_people_is_no_such_lead(text: str) -> None:
    assert kind_coverage(text) == (False, None)


@pytest.mark.parametrize(
    "text",
    ["Ja lastig", "hmm, tricky", "Let's go through it then", "Kan dat ook een waarde zijn?",
     "Goed punt", "could that be a value?", "laten we ze maar doorlopen"],
)  # fmt: skip
def test_chatter_among_options_is_no_option(text: str) -> None:
    assert extract_options(text, "design") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Voor de chauffeurs zelf. Een korte uitleg bij de start van elke dienst.", "nl"),
        ("For the cleaners themselves. A card in their locker that explains the sensor.", "en"),
        ("Wat ik nog mis is iets voor de bewoners zelf. Een avond in het buurthuis.", "nl"),
    ],
)
def test_the_measure_after_a_lead_for_people_is_human(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Sensors in the depot")
    reading = reader.read(text, session)
    assert [o.kind for o in reading.options] == ["human"]


def test_a_numbered_list_on_one_line_is_split_into_its_measures() -> None:
    line = "1 geen camera bij de kluisjes 2 beelden na een week wissen 3 uitleg aan de ouders"
    assert numbered_parts(line) == [
        "geen camera bij de kluisjes",
        "beelden na een week wissen",
        "uitleg aan de ouders",
    ]
    drafts = extract_options(
        "options: 1 keep a paper form for anyone without the app 2 store only monthly totals",
        "design",
    )
    assert [d.text for d in drafts] == [
        "Keep a paper form for anyone without the app",
        "Store only monthly totals",
    ]


@pytest.mark.parametrize(
    "line",
    ["an input field for the average over 3 years", "2 extra staff on the desk", "step 1 then 3"],
)
def test_numbers_not_in_order_from_one_leave_the_line_whole(line: str) -> None:
    assert numbered_parts(line) == [line]


def test_a_dashed_line_among_option_lines_is_an_option(reader: Reader) -> None:
    session = reading_session(Step.OPTIONS, "nl", "Slimme lantaarnpalen", ("Bewoners",))
    text = (
        "+ ontwerp: de sensor telt alleen voetgangers, geen gezichten\n"
        "+ omgeving: afspraak met de wijkraad over wat er met de data gebeurt\n"
        "- en de bewaartermijn naar een week in plaats van een maand"
    )
    reading = reader.read(text, session)
    assert len(reading.options) == 3
    assert reading.options[-1].text.startswith("De bewaartermijn")
    assert reading.effects == []


def test_a_dashed_downside_among_options_stays_an_effect(reader: Reader) -> None:
    session = reading_session(Step.OPTIONS, "nl", "Slimme lantaarnpalen", ("Bewoners",))
    text = (
        "+ ontwerp: de sensor telt alleen voetgangers, geen gezichten\n"
        "- bewoners ergeren zich aan het licht dat steeds aangaat"
    )
    reading = reader.read(text, session)
    assert len(reading.options) == 1
    assert len(reading.effects) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("oja en de bewoner mag de meting zelf inzien", "nl", "De bewoner mag de meting"),
        ("oh and also a pause button on the display", "en", "A pause button"),
    ],
)
def test_an_afterthought_opens_no_measure(
    reader: Reader, text: str, language: str, expected: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Sensors in the depot")
    reading = reader.read(text, session)
    assert [o.text[: len(expected)] for o in reading.options] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("and a yearly check of a random sample of quiet streets, I want that in the model too",
         "en"),
        ("en elk jaar een steekproef van rustige straten, dat wil ik ook in het model", "nl"),
    ],
)  # fmt: skip
def test_a_measure_with_where_the_speaker_wants_it_is_one_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Noise sensors", ("Residents",))
    reading = reader.read(text, session)
    assert len(reading.options) == 1
    assert reading.actors == []


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("en de boswachters leren hoe ze de camera zelf uitzetten als er wandelaars in beeld zijn",
         "nl", "Boswachters"),
        ("and the wardens learn when to ignore an alert from the sensor", "en", "Wardens"),
    ],
)  # fmt: skip
def test_people_learning_how_is_a_measure_not_an_effect(
    reader: Reader, text: str, language: str, actor: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Camera's in het bos", (actor,))
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text=f"{actor} feel watched")
    ]
    reading = reader.read(text, session)
    assert [o.kind for o in reading.options] == ["human"]
    assert reading.effects == []
