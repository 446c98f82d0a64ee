"""A learned yes/no about one sentence, beside the rules: a logistic regression over the
sentence's vector (the packaged multilingual-e5-small encoder) and hashed word and character
n-grams of its words (the features of the learned kind of an option,
:mod:`assistant.method.reading.kind_model`). Two models have this form: sentences that tell an
effect (:mod:`assistant.method.reading.effect_model`) and sentences that are a measure
(:mod:`assistant.method.reading.option_model`); each keeps its own file, thresholds and rebuild
command. Numpy only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.errors import AssistantError
from assistant.method.reading.kind_model import (
    ENCODER,
    features,
    load_weights,
    save_weights,
    softmax,
)

CLASSES = 2  # no, yes


@dataclass(frozen=True)
class SentenceModel:
    """Weights per feature and class (no, yes), a bias per class, and what it was trained on."""

    weights: np.ndarray  # (features, 2)
    bias: np.ndarray  # (2,)
    about: dict[str, object]

    def probabilities(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """How likely the answer is yes for each sentence (its text and its vector)."""
        rows = np.array([features(t, v) for t, v in zip(texts, vectors, strict=True)])
        return softmax(rows @ self.weights + self.bias)[:, 1]

    def fits(self, encoder: str) -> bool:
        """Whether the vectors of ``encoder`` (a model id) are those the model learned from."""
        return encoder.startswith(str(self.about.get("encoder", ENCODER)))


def load_sentence_model(
    path: Path, what: str, rebuild: str, error: type[AssistantError]
) -> SentenceModel:
    """The model saved at ``path``; ``error`` naming ``what`` and ``rebuild`` if it is missing or
    unreadable."""
    weights, bias, about = load_weights(path, CLASSES, what, rebuild, error)
    return SentenceModel(weights, bias, about)


def save_sentence_model(model: SentenceModel, path: Path) -> None:
    """Write ``model`` where :func:`load_sentence_model` reads it (float32 weights)."""
    save_weights(model.weights, model.bias, model.about, path)
