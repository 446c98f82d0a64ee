"""Effects told inside the first message about the case, without +/- words: a contrast of
before and now about people, a consequence that points back with a direction, and people who
keep paying or get a task that is not theirs; and what the technology does or who runs it stays
the case (Dutch and English, sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader
from assistant.method.reading.told_changes import how_it_works, told_change
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
    assert len(found) == 1  # how it was is no effect of its own


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


def test_the_now_after_how_it_was_begins_with_it_and_its_people(reader: Reader) -> None:
    found = reader.read(
        "I work for a county library. This year we started a chatbot that answers questions "
        "about renewals on our website. Members used to call the desk and hold for ages. "
        "Now they get an answer at midnight from their sofa.",
        Session(language="en"),
    ).effects
    assert found[0].text.startswith("Members used to call the desk")
    assert found[0].actor_name == "Members"


def test_a_remark_with_people_after_daar_judges_the_clause_before(reader: Reader) -> None:
    reading = reader.read(
        "Ik werk bij een basisschool in Ede. Sinds dit jaar maakt de gymleraar filmpjes met "
        "een app op zijn telefoon. De filmpjes staan op een server in Amerika, daar zijn "
        "ouders niet blij mee.",
        Session(language="nl"),
    )
    assert [(e.direction, e.actor_name) for e in reading.effects] == [("negative", "Ouders")]
    assert "server in Amerika" in reading.effects[0].text


def test_the_subject_after_a_word_in_front_and_any_verb_is_the_actor(reader: Reader) -> None:
    reading = reader.read(
        "Ik werk bij het waterschap. Sinds vorig jaar meet een drone de hoogte van de dijk. "
        "Vroeger klommen onze landmeters elke maand over de dijk, nu krijgen ze de metingen "
        "op kantoor.",
        Session(language="nl"),
    )
    assert [e.actor_name for e in reading.effects] == ["Landmeters"]


@pytest.mark.parametrize(
    ("text", "works"),
    [
        ("It gives every request a red or a blue label, based on the address", True),
        ("Het systeem geeft elke melding een kleur, op basis van de wijk", True),
        ("Since May our wardens use an app to report loose paving stones quickly", True),
        ("Sinds maart gebruiken de wijkagenten een app om sneller te melden", True),
        ("The model flags poor families more often", False),
        ("De app stuurt ouders een bericht als er iets mis is", False),
        ("Het model toont je alleen de goedkope woningen, je ziet niet waarom", False),
        ("It shows you only the cheap flats, and you never learn why", False),
    ],
)
def test_how_the_technology_works_is_the_case(text: str, works: bool) -> None:
    assert how_it_works(text) is works


@pytest.mark.parametrize(
    "text",
    [
        "The parents finally feel heard by the school board",
        "De huurders voelen zich gehoord door de corporatie",
        "Clerks now process the forms in half the time",
        "De baliemedewerkers doen het in de helft van de tijd",
        "The night staff are happier with the new rota",
    ],
)
def test_being_heard_and_work_done_faster_are_positive(text: str) -> None:
    assert clause_direction(text) == "positive"
