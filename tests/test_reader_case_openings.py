"""How people open a conversation: who they are and a labelled idea in one message, with
abbreviations that do not end a sentence (Dutch and English, sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.reader import Reader
from assistant.method.reading.segments import split_sentences
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Provincie Utrecht, afd. mobiliteit. We willen slimme bermpalen.",
         ["Provincie Utrecht, afd. mobiliteit", "We willen slimme bermpalen"]),
        ("Het gaat om ca. 300 woningen, bijv. in Kanaleneiland. Start in juni.",
         ["Het gaat om ca. 300 woningen, bijv. in Kanaleneiland", "Start in juni"]),
        ("About approx. 40 buses, i.e. the whole fleet. Pilot next year.",
         ["About approx. 40 buses, i.e. the whole fleet", "Pilot next year"]),
        ("Dit is het idee. Wat denk jij?", ["Dit is het idee", "Wat denk jij?"]),
    ],
)  # fmt: skip
def test_a_sentence_does_not_end_after_an_abbreviation(line: str, expected: list[str]) -> None:
    assert split_sentences(line) == expected


def test_a_labelled_idea_after_who_we_are_is_the_technology(reader: Reader) -> None:
    reading = reader.read(
        "Hallo, waterschap Vechtstromen, afd. beheer. Idee: een drone die dijken scant op "
        "scheuren en de foto's automatisch beoordeelt.",
        Session(language="nl"),
    )
    assert reading.case["context"] == "Waterschap Vechtstromen, afd. beheer"
    assert reading.case["technology"].startswith("een drone die dijken scant")
    assert reading.case["stage"] == "idea"


def test_who_we_are_and_the_plan_in_one_sentence_are_split(reader: Reader) -> None:
    reading = reader.read(
        "we're a housing association in Leiden, the plan = cameras in the bike sheds that "
        "flag abandoned bikes",
        Session(language="en"),
    )
    assert reading.case["context"] == "housing association in Leiden"
    assert reading.case["technology"] == "cameras in the bike sheds that flag abandoned bikes"


@pytest.mark.parametrize(
    ("opening", "context"),
    [
        ("Ik werk bij het UWV en we testen een model dat re-integratiekansen voorspelt.", "UWV"),
        ("Our benefits agency wants a chatbot for questions about allowances.",
         "benefits agency"),
        ("De woningcorporatie wil slimme rookmelders met een app koppelen.", "woningcorporatie"),
    ],
)  # fmt: skip
def test_organisations_beyond_government_are_the_context(
    reader: Reader, opening: str, context: str
) -> None:
    language = "en" if opening.startswith("Our") else "nl"
    reading = reader.read(opening, Session(language=language))  # type: ignore[arg-type]
    assert context.lower() in reading.case.get("context", "").lower()


@pytest.mark.parametrize(
    ("opening", "language", "context", "technology"),
    [
        ("Ik ben adviseur bij de provincie, we overwegen een app om wolven te melden", "nl",
         "de provincie", "we overwegen een app om wolven te melden"),
        ("im an analyst at a water board and we want drones to count beavers", "en",
         "a water board", "we want drones to count beavers"),
    ],
)  # fmt: skip
def test_who_we_are_then_what_we_consider(
    reader: Reader, opening: str, language: str, context: str, technology: str
) -> None:
    reading = reader.read(opening, Session(language=language))  # type: ignore[arg-type]
    assert reading.case["context"] == context
    assert reading.case["technology"] == technology


@pytest.mark.parametrize(
    ("text", "language", "context", "technology"),
    [
        ("hoi, wij zijn bij gemeente Hengelo bezig met sensoren in de lantaarnpalen die drukte "
         "meten", "nl", "gemeente Hengelo", "sensoren in de lantaarnpalen die drukte meten"),
        ("we zijn als provincie aan het kijken naar een app voor meldingen over zwerfafval",
         "nl", "provincie", "een app voor meldingen over zwerfafval"),
        ("we at the city of Arnhem are looking into smart bins that report when they are full",
         "en", "the city of Arnhem", "smart bins that report when they are full"),
    ],
)  # fmt: skip
def test_who_we_are_and_what_we_are_busy_with_are_split(
    reader: Reader, text: str, language: str, context: str, technology: str
) -> None:
    reading = reader.read(text, Session(language=language))  # type: ignore[arg-type]
    assert reading.case["context"] == context
    assert reading.case["technology"] == technology


def test_a_technology_told_in_two_sentences_keeps_the_stop_between_them(reader: Reader) -> None:
    reading = reader.read(
        "wij zijn bij gemeente Hengelo bezig met sensoren in de lantaarnpalen die drukte meten. "
        "de tellingen gaan naar een dashboard",
        Session(language="nl"),
    )
    assert reading.case["technology"] == (
        "sensoren in de lantaarnpalen die drukte meten. de tellingen gaan naar een dashboard"
    )


def test_a_team_that_says_here_and_then_what_it_considers_is_split(reader: Reader) -> None:
    reading = reader.read(
        "hey. parking team here (gemeente Ede), we're thinking of using a chatbot that answers "
        "questions about permits",
        Session(language="en"),
    )
    assert reading.case["context"] == "parking team (gemeente Ede)"
    assert reading.case["technology"].startswith("we're thinking of using a chatbot")
