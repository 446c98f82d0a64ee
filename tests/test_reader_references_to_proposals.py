"""Referring to the numbered proposals with more in the same message: "neem ze over plus X",
"2 vind ik prima", "de eerste en de laatste", a reference in its own sentence before an option
(Dutch and English, sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Proposal, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.reader import Reader
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def proposing(step: Step, language: str = "nl", count: int = 4) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.case.technology = "Een rekenmodel dat huisbezoeken plant"
    kind = "value" if step == Step.VALUES else "option"
    numbers = range(1, count + 1)
    session.proposals = [
        Proposal(number=n, kind=kind, ref=f"p{n}", text=f"Voorstel {n}") for n in numbers
    ]
    return session


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("neem ze over plus rechtvaardigheid", "nl", "justice"),
        ("ja die, en autonomie erbij", "nl", "autonomy"),
        ("sure those, plus transparency", "en", "transparency"),
        ("take them all and add privacy", "en", "privacy"),
    ],
)
def test_taking_the_proposals_and_adding_a_value(
    reader: Reader, text: str, language: str, value: str
) -> None:
    reading = reader.read(text, proposing(Step.VALUES, language))
    assert reading.reference == []
    assert [v.name for v in reading.values] == [value]


def test_an_adverb_after_taking_them_is_not_a_value(reader: Reader) -> None:
    reading = reader.read("yes those, absolutely", proposing(Step.VALUES, "en"))
    assert reading.reference == []
    assert reading.values == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("nummer 3 vind ik prima", [3]),
        ("de tweede en de laatste zijn goed", [2, 4]),
        ("the first and the last look fine", [1, 4]),
    ],
)
def test_numbers_and_the_last_one(reader: Reader, text: str, numbers: list[int]) -> None:
    language = "en" if text.startswith("the") else "nl"
    reading = reader.read(text, proposing(Step.OPTIONS, language))
    assert reading.reference == numbers
    assert reading.options == []


def test_a_reference_in_its_own_sentence_before_an_own_option(reader: Reader) -> None:
    reading = reader.read(
        "2 en 4 lijken me goed. en daarnaast: bewoners kunnen een huisbezoek altijd weigeren",
        proposing(Step.OPTIONS),
    )
    assert reading.reference == [2, 4]
    assert [o.text for o in reading.options] == ["Bewoners kunnen een huisbezoek altijd weigeren"]


@pytest.mark.parametrize(
    ("text", "language"),
    [("bedankt, dit helpt", "nl"), ("dankjewel!", "nl"), ("thanks, this helps a lot", "en")],
)
def test_thanks_among_the_options_agree_and_are_not_ignored(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, proposing(Step.OPTIONS, language))
    assert reading.intent is not None and reading.intent.kind == "affirm"
    assert reading.ignored == []


def test_thanks_before_the_options_are_still_set_aside(reader: Reader) -> None:
    reading = reader.read("bedankt, dit helpt", proposing(Step.VALUES))
    assert reading.intent is None
    assert reading.ignored == ["bedankt, dit helpt"]
