"""Values named where the case or the actors are asked, before any effect is told ("I think it's
about safety?", "nou gezondheid natuurlijk. en privacy"): kept as chosen values, but the
conversation goes one step on toward the effects, not past them to the values; once effects are
told, a list of values moves on to the values as before. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.domain.session import Step

NL_CASE = (
    "De gemeente wil deelscooters een app geven die parkeren op de stoep meldt. Het is een idee."
)
EN_CASE = "The municipality wants to give shared scooters an app that reports pavement parking."


def test_a_value_where_actors_are_asked_goes_on_to_the_effects_nl(conductor: Any) -> None:
    session = converse(
        conductor,
        "nl",
        [
            NL_CASE,
            "volgende",
            "gebruikers, voetgangers, de verhuurder",
            "nou veiligheid natuurlijk. en privacy",
        ],
    )
    assert session.step == Step.EFFECTS
    assert [v.key for v in session.chosen_values()] == ["security", "privacy"]


def test_a_value_where_actors_are_asked_goes_on_to_the_effects_en(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [EN_CASE, "next", "riders, pedestrians, the rental company", "I think it's about safety?"],
    )
    assert session.step == Step.EFFECTS
    assert [v.key for v in session.chosen_values()] == ["public-safety"]


def test_values_after_effects_move_on_to_the_values(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            EN_CASE,
            "next",
            "riders, pedestrians, the rental company",
            "Pedestrians trip less often over scooters on the pavement.",
            "Values: safety and privacy",
        ],
    )
    assert session.step == Step.VALUES
