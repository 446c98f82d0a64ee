"""Measures said before the values, chosen jointly by the learned models (guided mode;
sentences written for these tests): a sentence in the form of a measure that the option model
finds sure but not very sure of is a measure said early when the effect model finds no effect in
it ("I would say: delete the recordings after 48 hours unless ..."), kept as an aside; one the
effect model finds an effect in, or one not in the form of a measure, stays as the rules read it."""

from __future__ import annotations

import numpy as np
import pytest
from method_fakes import EncoderTools

from assistant.domain.session import Session, Step
from assistant.method.learned_options import learned_options, said_early
from assistant.method.reading.reading import Reading

ENGLISH_EARLY = "I would say: delete the recordings after 48 hours unless there was an incident."
DUTCH_EARLY = "Ik zou zeggen: kentekens na een week verwijderen tenzij er een boete loopt."


def _learned(embedder: object, reading: Reading) -> list[str]:
    session = Session(language="nl")
    session.step = Step.EFFECTS
    learned_options(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [o.text for o in reading.options]


@pytest.mark.parametrize(("text", "part"), [(ENGLISH_EARLY, "48 hours"), (DUTCH_EARLY, "week")])
def test_a_measure_said_early_that_tells_no_effect_is_kept(
    embedder: object, text: str, part: str
) -> None:
    reading = Reading(passed=[text])
    found = _learned(embedder, reading)
    assert len(found) == 1 and part in found[0]
    assert reading.passed == [] and reading.drawn == 1


def test_the_joint_choice_needs_both_models() -> None:
    options = np.array([0.9, 0.8, 0.8, 0.6])
    effects = np.array([0.5, 0.1, 0.4, 0.0])
    assert said_early(options, effects).tolist() == [True, True, False, False]


def test_a_plan_told_in_the_case_is_no_measure_said_early(embedder: object) -> None:
    plan = "We want to use a camera that counts cyclists at the crossing."
    assert _learned(embedder, Reading(passed=[plan])) == []
