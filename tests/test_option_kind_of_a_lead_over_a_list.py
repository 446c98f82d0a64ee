"""A kind named by a lead before a list of measures ("voor de mensen zelf: ...", "on the design
side: ...") or said to be missing in the sentence before is the kind of the first measure after
it; a later measure of the list keeps it unless its own words are surely of another kind ("...,
en een wet die het verbiedt": environment). A lead further on in the line ("On the context side:
...") carries its kind to the measures after it. A kind label ("Ontwerp: X, Y") holds for each
measure of its line. Dutch and English; sentences written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.extraction import extract_options
from assistant.method.reading.reader import Reader


def _kinds(text: str) -> list[str]:
    return [d.kind for d in extract_options(text, "design")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("voor de mensen zelf: een cursus voor de baliemedewerkers, en een wet die het "
         "verbiedt, en de app toont alleen tellingen", ["human", "environment", "design"]),
        ("on the design side: the app shows only counts, a training for the desk staff, and "
         "a law that bans it", ["design", "human", "environment"]),
    ],
)  # fmt: skip
def test_a_later_measure_surely_of_another_kind_keeps_its_own(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Aan de ontwerpkant: de app toont alleen tellingen. Aan de omgevingskant: leg in de "
         "regeling vast dat de app wordt gebruikt, en laat de commissie elk kwartaal tien "
         "dossiers nalopen.", ["design", "environment", "environment"]),
        ("On the design side: the app shows only counts. On the context side: state in the "
         "scheme that the app is used, and let the board sample ten files each quarter.",
         ["design", "environment", "environment"]),
    ],
)  # fmt: skip
def test_a_lead_further_on_carries_its_kind_onwards(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Ontwerp: de app toont alleen tellingen, een cursus voor de baliemedewerkers",
         ["design", "design"]),
        ("Design: the app shows only counts, a training for the desk staff", ["design", "design"]),
        ("voor de mensen zelf: de wijkagent en een jongerenwerker lopen samen een rondje, en "
         "buurtbewoners praten mee", ["human", "human"]),
        ("for the people themselves: the warden and a youth worker walk a round together, and "
         "residents talk along", ["human", "human"]),
    ],
)  # fmt: skip
def test_a_label_or_a_lead_where_the_rules_are_unsure_holds(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("Wat nog ontbreekt is de menskant. Een cursus voor de baliemedewerkers. En een wet "
         "die het verbiedt.", "nl", ["human", "environment"]),
        ("What's missing is the people side. A training for the desk staff. And a law that "
         "bans it.", "en", ["human", "environment"]),
    ],
)  # fmt: skip
def test_the_missing_kind_said_before_holds_for_the_first_measure_after_it(
    reader: Reader, text: str, language: str, kinds: list[str]
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een app aan de balie", ("bezoekers",))
    reading = reader.read(text, session)
    assert [o.kind for o in reading.options] == kinds
