"""A learned "this sentence is a handling option (a measure)", beside the rules: a logistic
regression over the sentence's vector (the packaged multilingual-e5-small encoder) and hashed
word and character n-grams of its words (the features of the learned kind of an option,
:mod:`assistant.method.reading.kind_model`), learned from the sentences of the development
conversations that hold a gold option and those that hold none
(``python -m assistant.evals.option_training``). Used only where the rules are unsure: a
sentence in which the rules read nothing (or only a case note or an effect) where options are
asked, and a measure said as a wish or a condition before then. Numpy only; the weights are
loaded once, on first use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
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

MODEL_PATH = Path(__file__).with_name("data") / "option_sentence_model.npz"
REBUILD = "python -m assistant.evals.option_training"
CLASSES = 2  # no measure, measure
# From these probabilities a sentence is a measure: where options are asked (precision 0.95
# with grouped cross-validation per set, recall 0.40 of all measures), and before then, for a
# wish or condition said early (precision 0.97); chosen by the held-out figures of
# ``python -m assistant.evals.option_training --cv``.
SURE_OPTION = 0.8
VERY_SURE_OPTION = 0.85


class OptionModelError(AssistantError):
    """The shipped model of option sentences is missing or unreadable."""


@dataclass(frozen=True)
class OptionModel:
    """Weights per feature and class (no measure, measure), a bias per class, and what it was
    trained on."""

    weights: np.ndarray  # (features, 2)
    bias: np.ndarray  # (2,)
    about: dict[str, object]

    def probabilities(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """How likely each sentence (its text and its vector) is a measure."""
        rows = np.array([features(t, v) for t, v in zip(texts, vectors, strict=True)])
        return softmax(rows @ self.weights + self.bias)[:, 1]

    def fits(self, encoder: str) -> bool:
        """Whether the vectors of ``encoder`` (a model id) are those the model learned from."""
        return encoder.startswith(str(self.about.get("encoder", ENCODER)))


@cache
def option_model(path: Path = MODEL_PATH) -> OptionModel:
    """The shipped model (read once); :class:`OptionModelError` naming the rebuild if it is
    missing or unreadable."""
    weights, bias, about = load_weights(
        path, CLASSES, "the model of option sentences", REBUILD, OptionModelError
    )
    return OptionModel(weights, bias, about)


def save_model(model: OptionModel, path: Path) -> None:
    """Write ``model`` where :func:`option_model` reads it (float32 weights)."""
    save_weights(model.weights, model.bias, model.about, path)
