"""A learned direction of an effect (a gain or a loss for the people it is about), beside the
direction the rules read from the clause's words: a logistic regression over the effect's
sentence vector (the packaged multilingual-e5-small encoder) and hashed word and character
n-grams of its words (the features of :mod:`assistant.method.reading.kind_model`), learned from
the gold effects of the development conversations (``python -m
assistant.evals.direction_training``). The rules keep the direction where their words decide
it firmly (a sign, a label, a judgement, direction words that add up); where they decide it
weakly or not at all ("minder wachttijd", "ouders zeggen dat ...", a clause that takes the
direction of the one before) the model's log-odds are added to the rules' signed strength
(:func:`combined_direction`). Numpy only; the weights are loaded once, on first use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from assistant.domain.session import Direction
from assistant.errors import AssistantError
from assistant.method.reading.effect_text import effect_direction, effect_strength
from assistant.method.reading.kind_model import (
    ENCODER,
    features,
    load_weights,
    save_weights,
    softmax,
)

DIRECTIONS: tuple[Direction, ...] = ("negative", "positive")
MODEL_PATH = Path(__file__).with_name("data") / "effect_direction_model.npz"
REBUILD = "python -m assistant.evals.direction_training"
SURE_STRENGTH = 1.0  # the rules' words decide more firmly than this: the rules decide
MODEL_WEIGHT = 0.3  # the model's log-odds beside the rules' signed strength (grouped CV)
VECTOR_WEIGHT = 0.5  # the sentence vector weighs half what it does for kinds (grouped CV)
FLOOR = 1e-9


class DirectionModelError(AssistantError):
    """The shipped model of effect directions is missing or unreadable."""


@dataclass(frozen=True)
class DirectionModel:
    """Weights per feature and direction, a bias per direction, and what it was trained on."""

    weights: np.ndarray  # (features, directions)
    bias: np.ndarray  # (directions,)
    about: dict[str, object]

    def positive(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """How likely each effect (its text and its vector) is a gain."""
        return softmax(rows_of(texts, vectors) @ self.weights + self.bias)[:, 1]

    def fits(self, encoder: str) -> bool:
        """Whether the vectors of ``encoder`` (a model id) are those the model learned from."""
        return encoder.startswith(str(self.about.get("encoder", ENCODER)))


def rows_of(texts: list[str], vectors: np.ndarray) -> np.ndarray:
    """The feature rows of effects (their texts and vectors): those of the kind model, the
    vector weighing :data:`VECTOR_WEIGHT` of what it weighs there."""
    pairs = zip(texts, vectors, strict=True)
    return np.array([features(t, VECTOR_WEIGHT * np.asarray(v)) for t, v in pairs])


def direction_sure(strength: float, margin: float = SURE_STRENGTH) -> bool:
    """Whether the rules' words decide a direction more firmly than ``margin``."""
    return strength > margin


def combined_direction(
    direction: Direction, strength: float, positive: float, weight: float = MODEL_WEIGHT
) -> Direction:
    """The rules' ``direction`` where they are sure (``strength``); else the sign of the rules'
    signed strength plus the model's weighted log-odds of a gain (``positive``: its
    probability); a tie keeps the rules' direction."""
    if direction_sure(strength):
        return direction
    odds = float(np.log(max(positive, FLOOR)) - np.log(max(1.0 - positive, FLOOR)))
    total = (strength if direction == "positive" else -strength) + weight * odds
    if total == 0:
        return direction
    return "positive" if total > 0 else "negative"


def effect_direction_of(text: str, vector: np.ndarray, default: Direction) -> Direction:
    """The direction of a new effect ``text`` (``vector``: its query vector from the encoder
    the model learned from): the rules' where their words decide firmly, else weighed with
    the shipped model; ``default`` where the rules read no direction and the model is even."""
    told = effect_direction(text)
    strength = effect_strength(text) if told is not None else 0.0
    positive = float(direction_model().positive([text], np.array([vector]))[0])
    return combined_direction(told or default, strength, positive)


@cache
def direction_model(path: Path = MODEL_PATH) -> DirectionModel:
    """The shipped model (read once); :class:`DirectionModelError` naming the rebuild if it
    is missing or unreadable."""
    weights, bias, about = load_weights(
        path, len(DIRECTIONS), "the model of effect directions", REBUILD, DirectionModelError
    )
    return DirectionModel(weights, bias, about)


def save_model(model: DirectionModel, path: Path) -> None:
    """Write ``model`` where :func:`direction_model` reads it (float32 weights)."""
    save_weights(model.weights, model.bias, model.about, path)
