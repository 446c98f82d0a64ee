"""Values said as what matters to the speaker, in clauses of their own ("wat ik belangrijk
vind: dat ...", "what matters to me: that ...") are the catalogue values they describe, not
effects, where effects or values are asked (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def at(step: Step, language: str = "nl") -> Session:
    technology = "Een app die de ritten van de buurtbus plant"
    return reading_session(step, language, technology, ("Reizigers", "Chauffeurs"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "wat ik belangrijk vind: dat chauffeurs plezier in hun werk houden, dat reizigers er "
            "zelf iets over te zeggen hebben, en dat niemand uitgesloten wordt",
            "nl",
            ["wellbeing", "participation", "inclusion"],
        ),
        (
            "wat voor mij telt: dat chauffeurs niet worden afgerekend op hun cijfers en dat er "
            "altijd een mens is om te bellen",
            "nl",
            ["justice", "human-contact"],
        ),
        (
            "what matters to me: that drivers stay proud of their work, that travellers have a "
            "say, and that nobody is left behind",
            "en",
            ["wellbeing", "participation", "inclusion"],
        ),
        (
            "values for me: riders in charge of their own lives, and the workload of the drivers",
            "en",
            ["autonomy", "wellbeing"],
        ),
    ],
)
@pytest.mark.parametrize("step", [Step.EFFECTS, Step.VALUES])
def test_what_matters_in_clauses_names_catalogue_values(
    reader: Reader, text: str, language: str, expected: list[str], step: Step
) -> None:
    reading = reader.read(text, at(step, language))
    assert [v.name for v in reading.values] == expected
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("voor mij: levens redden, privacy en dat mensen niet anders behandeld worden", "nl",
         ["public-safety", "privacy", "equal-treatment"]),
        ("I'd say saving lives, being fair to the drivers, and not treating riders differently",
         "en", ["public-safety", "justice", "equal-treatment"]),
    ],
)  # fmt: skip
def test_everyday_phrases_for_safety_and_equal_treatment(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert [v.name for v in reading.values] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("de werkdruk van de chauffeurs gaat flink omhoog", "nl"),
        ("the drivers are judged on their numbers every week now", "en"),
    ],
)
def test_the_same_words_in_an_effect_stay_an_effect(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert reading.effects and not reading.values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("privacy, en dat de app ook werkt voor ouderen die niet digitaal zijn", "nl"),
        ("privacy, and that it also works for riders who aren't online", "en"),
    ],
)
def test_working_for_people_who_are_not_digital_is_inclusion(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert [v.name for v in reading.values] == ["privacy", "inclusion"]


def test_a_note_in_brackets_after_a_named_value_names_no_other(reader: Reader) -> None:
    nl = reader.read("autonomie (reizigers hebben nu niets te zeggen), en privacy", at(Step.VALUES))
    en = reader.read("autonomy (riders get no say now) and privacy", at(Step.VALUES, "en"))
    assert [v.name for v in nl.values] == ["autonomy", "privacy"]
    assert [v.name for v in en.values] == ["autonomy", "privacy"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("wat ik belangrijk vind: dat een chauffeur met pech niet gestraft wordt", "nl"),
        ("what matters to me: that a driver with a bad week is not punished for it", "en"),
    ],
)
def test_not_being_punished_is_justice(reader: Reader, text: str, language: str) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert [v.name for v in reading.values] == ["justice"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("gelijkheid vooral. en dat reizigers snappen waarom een rit niet doorgaat", "nl"),
        ("dat chauffeurs begrijpen waarom de app een andere route kiest", "nl"),
        ("and that every rider understands why a trip was cancelled", "en"),
    ],
)
def test_people_understanding_why_is_explainability(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert "explainability" in [v.name for v in reading.values]
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("privacy en dat iedereen de app kan gebruiken, ook als je slecht leest", "nl"),
        ("and that everyone can actually use it, even if you read poorly", "en"),
    ],
)
def test_everyone_able_to_use_it_is_accessibility(reader: Reader, text: str, language: str) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert "accessibility" in [v.name for v in reading.values]
    assert not reading.effects
