"""Effects told inside the first message about the case, without +/- words: a contrast of
before and now about people, a consequence that points back with a direction, and people who
keep paying or get a task that is not theirs; and what the technology does or who runs it stays
the case (Dutch and English, sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.reader import Reader
from assistant.method.reading.told_changes import told_change
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def _effects(reader: Reader, text: str, language: str) -> list[tuple[str | None, str]]:
    reading = reader.read(text, Session(language=language))  # type: ignore[arg-type]
    return [(e.direction, e.text) for e in reading.effects]


def test_a_before_and_now_contrast_about_people_is_an_effect_nl(reader: Reader) -> None:
    found = _effects(
        reader,
        "Ik werk bij de gemeente Epe. Sinds dit jaar meet een sensor in elke container hoe vol "
        "die is. Vroeger reden de chauffeurs elke week alle containers langs, nu krijgen ze een "
        "route met alleen de volle containers. Dat scheelt ze uren in de wagen.",
        "nl",
    )
    assert len(found) == 1
    assert found[0][0] == "positive"
    assert "uren in de wagen" in found[0][1]


def test_the_now_after_a_sentence_of_how_it_was_is_an_effect_en(reader: Reader) -> None:
    found = _effects(
        reader,
        "I work for a county library. This year we started a chatbot that answers questions "
        "about renewals on our website. Members used to call the desk and hold for ages. "
        "Now they get an answer at midnight from their sofa.",
        "en",
    )
    assert [d for d, _ in found] == ["positive"]
    assert "midnight" in found[0][1]
    assert not any("used to" in t for _, t in found)


def test_people_who_keep_paying_or_get_a_task_not_theirs_are_negative(reader: Reader) -> None:
    found = _effects(
        reader,
        "I work for a regional transport authority. The ferry company plans a pricing model "
        "that sets each crossing's fare by demand. Commuters without a smartphone would keep "
        "paying the full counter price.",
        "en",
    )
    assert [d for d, _ in found] == ["negative"]
    assert told_change("Sommige wijkagenten voelen dat het bijhouden niet hun taak is", [])


@pytest.mark.parametrize(
    "text",
    [
        "Cameras above the gate film every lorry, and the customs officers review the flagged ones",
        "Nu doen drie medewerkers dat met de hand en lukt het net",
        "De parkeerwachters zijn in dienst van een bedrijf uit Zwolle",
        "Students used to wait a week for their grades",
        "Vroeger stonden de tellers bij de ingang",
    ],
)
def test_what_the_technology_does_or_how_it_was_is_no_change(text: str) -> None:
    assert not told_change(text, [])


@pytest.mark.parametrize(
    ("text", "formerly"),
    [
        ("Vroeger belden de ouders de school, nu zien ze het rooster meteen in de app", False),
        ("Now they get their tickets at the gate within a minute", True),
        ("Het rooster staat in de app, waardoor de ouders minder hoeven te bellen", False),
        ("The scan runs overnight, which really helps the night nurses", False),
    ],
)
def test_a_change_or_consequence_for_people_is_told(text: str, formerly: bool) -> None:
    assert told_change(text, [], formerly)
