"""Values given in the user's own words after a lead that says what matters to the speaker
("waar het mij om gaat: dat ...", "mij gaat t om", "it all comes down to", "mine would be"), or
as wishes ("dat ...", "that ...") where values are asked: the catalogue values they describe,
never an actor or an effect (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def at(step: Step, language: str = "nl") -> Session:
    technology = "Een app die meldt wanneer de bibliotheekboeken terug moeten"
    return reading_session(step, language, technology, ("Leners", "Bibliothecarissen"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Waar het ons om gaat: dat leners zelf bepalen wat ze lenen, en dat niemand een boete "
            "krijgt zonder het te weten.",
            "nl",
            ["autonomy", "legal-certainty"],
        ),
        (
            "mij gaat t om: dat je rustig kunt lezen zonder dat iemand je bespiedt, dat "
            "bibliothecarissen hun vak houden en dat leners mogen meepraten over de regels",
            "nl",
            ["privacy", "craftsmanship", "participation"],
        ),
        (
            "For us it all comes down to: readers know what the system does; the lending history "
            "stays private; and staff keep their craft.",
            "en",
            ["transparency", "privacy", "craftsmanship"],
        ),
        (
            "Mine would be: a reminder from a real person, and being treated just as seriously "
            "as the big borrowers.",
            "en",
            ["human-contact", "equal-treatment"],
        ),
    ],
)
@pytest.mark.parametrize("step", [Step.EFFECTS, Step.VALUES])
def test_a_value_lead_names_catalogue_values(
    reader: Reader, text: str, language: str, expected: list[str], step: Step
) -> None:
    reading = reader.read(text, at(step, language))
    assert [v.name for v in reading.values] == expected
    assert not reading.effects
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Waar het mij om gaat: dat de koffieautomaat bij de ingang blijft staan", "nl"),
        ("Mine would be: the reading room keeps its big windows", "en"),
    ],
)
def test_a_value_lead_without_a_value_is_no_actor_or_effect(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert not reading.effects
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Wat ik belangrijk vind? Dat een lener weet met wie hij praat. En dat de app de "
            "balie niet vervangt.",
            "nl",
            ["transparency", "human-contact"],
        ),
        (
            "What drives me: that borrowers are never filmed; that nobody gets hurt on the stairs.",
            "en",
            ["privacy", "public-safety"],
        ),
    ],
)
def test_sentences_after_a_lead_on_its_own_are_values(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [v.name for v in reading.values] == expected
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dat de leeszaal net zo goed open is voor wie geen pas heeft als voor leden.", "nl"),
        ("That the decision stays with the librarian and not the system.", "en"),
    ],
)
def test_a_wish_where_values_are_asked_names_a_value_not_an_effect(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert reading.values
    assert not reading.effects


def test_a_wish_that_names_no_value_is_no_effect_where_values_are_asked(reader: Reader) -> None:
    reading = reader.read("Dat de boekenkast in de hal een andere kleur krijgt.", at(Step.VALUES))
    assert not reading.effects


def test_an_effect_among_effects_stays_an_effect(reader: Reader) -> None:
    reading = reader.read("Leners krijgen minder boetes.", at(Step.EFFECTS))
    assert reading.effects and not reading.values


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Voor mij: een lener moet erop kunnen rekenen dat zijn leesgeschiedenis anoniem "
            "blijft. Kinderen beschermen tegen gevaar op de trap. En niemand mag een stempel "
            "krijgen door een te late inlevering.",
            "nl",
            ["privacy", "public-safety", "human-dignity"],
        ),
        (
            "For me: that readers can stay anonymous, and that nobody gets labelled a bad "
            "borrower.",
            "en",
            ["privacy", "human-dignity"],
        ),
        ("en dat een lener gezien wordt als mens ipv als nummer", "nl", ["human-dignity"]),
        (
            "wat mij betreft gaat het om: je leenpas is van jou, en dat het ook werkt voor wie "
            "niet digitaal is",
            "nl",
            ["autonomy", "inclusion"],
        ),
        ("For me it comes down to: your reading list stays yours.", "en", ["autonomy"]),
    ],
)
def test_wishes_in_own_words_name_catalogue_values(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert [v.name for v in reading.values] == expected
    assert not reading.effects
