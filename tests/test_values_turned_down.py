"""Values turned down where values are chosen: "X zie ik hier niet als waarde", "niet X, die
speelt geen rol", "X laat ik bewust weg", "I disagree with your X, keep it off the list", "X
isn't at stake here" leave X unchosen; "X wil ik niet bovenaan", "I disagree that X should be
the first value" are no effect and no option. A measure under the label of its kind ("Environment:
...") is no value of that name. Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def read(
    reader: Reader, text: str, language: str, step: Step = Step.VALUES
) -> tuple[list[str], int, int]:
    reading = reader.read(
        text, reading_session(step, language, "Een rooster-app", ("Medewerkers",))
    )
    keys = [v.entry.id if v.entry else v.name for v in reading.values]
    return keys, len(reading.effects), len(reading.options)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Transparantie zie ik hier niet als waarde, laat die weg. Wel privacy en vertrouwen.",
            "nl",
            ["privacy", "trust"],
        ),
        (
            "Privacy en vertrouwen. Niet transparantie, die speelt hier geen rol.",
            "nl",
            ["privacy", "trust"],
        ),
        ("Transparantie laat ik bewust weg. Privacy en vertrouwen.", "nl", ["privacy", "trust"]),
        (
            "Privacy and trust. I disagree with your transparency, keep it off the list.",
            "en",
            ["privacy", "trust"],
        ),
        ("Privacy and trust. Transparency isn't really at stake here.", "en", ["privacy", "trust"]),
    ],
)
def test_a_value_turned_down_is_not_chosen(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert read(reader, text, language) == (expected, 0, 0)


def test_a_value_refused_the_top_is_no_effect_nl(reader: Reader) -> None:
    text = "Nee, transparantie wil ik niet bovenaan. Privacy en vertrouwen wegen het zwaarst."
    assert read(reader, text, "nl", Step.EFFECTS) == (["privacy", "trust"], 0, 0)


def test_a_value_refused_the_first_place_is_no_option_en(reader: Reader) -> None:
    text = (
        "I disagree that punctuality should be the first value, that's the goal. Privacy and trust."
    )
    assert read(reader, text, "en", Step.EFFECTS) == (["privacy", "trust"], 0, 0)


def test_a_measure_under_its_kind_label_is_no_value_en(reader: Reader) -> None:
    text = (
        "Technology: shifts are never shown to managers. Environment: the works council signs "
        "off on the rules."
    )
    assert read(reader, text, "en") == ([], 0, 2)


def test_a_sentence_with_not_keeps_its_effect(reader: Reader) -> None:
    assert read(reader, "De medewerkers werken niet sneller.", "nl", Step.EFFECTS) == ([], 1, 0)
