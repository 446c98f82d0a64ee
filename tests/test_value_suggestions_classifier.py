"""The classifier among the value signals: a ridge regression from an effect's vector onto the
values, fitted on the catalogue's phrases and the past cases' effects, lifts the value a
facilitator would name where the nearest phrases alone rate many values alike (sentences
written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.method import suggestions as suggest
from assistant.method.suggestions import ValueSuggester

LIFTED = [
    ("The council spends far less on outside interpreters", "efficiency"),
    ("Dove inwoners kunnen elke raadsvergadering volgen", "participation"),
    ("The avatar's signing contains mistakes nobody notices", "reliability"),
]


def _top3(suggester: ValueSuggester, text: str) -> list[str]:
    return [s.entry.id for s in suggester.suggest([text], 3)]


@pytest.mark.parametrize(("effect", "value"), LIFTED)
def test_the_classifier_lifts_the_value_behind_an_effect(
    value_suggester: ValueSuggester, monkeypatch: pytest.MonkeyPatch, effect: str, value: str
) -> None:
    assert value in _top3(value_suggester, effect)
    monkeypatch.setattr(suggest, "CLASSIFIER_WEIGHT", 0.0)
    assert value not in _top3(value_suggester, effect)


def test_the_classifier_has_one_column_per_value_and_a_bias(
    value_suggester: ValueSuggester,
) -> None:
    weights = value_suggester._classifier()
    dimensions = value_suggester._catalogue_matrix()[0].shape[1]
    assert weights.shape == (dimensions + 1, len(value_suggester.catalogue.values))
    assert value_suggester._classifier() is weights  # fitted once


def test_a_value_named_in_the_effect_stays_first(value_suggester: ValueSuggester) -> None:
    scores = value_suggester.similarity(["Dit raakt de privacy van reizigers op het perron"])
    keys = [entry.id for entry in value_suggester.catalogue.values]
    assert keys[int(np.argmax(scores[0]))] == "privacy"
