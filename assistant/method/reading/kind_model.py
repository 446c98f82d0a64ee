"""A learned kind of a handling option (design, environment, human), beside the scores of the
rules: a multinomial logistic regression over the option's sentence vector (the packaged
multilingual-e5-small encoder) and hashed word and character n-grams of its words, learned from
the gold options of the development conversations (``python -m assistant.evals.kind_training``).
The rules keep the kind where they are sure; elsewhere the model's log-probabilities are added
to the rules' scores (:func:`combined_kind`). Numpy only; the weights are loaded once, on first
use."""

from __future__ import annotations

import json
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from assistant.domain.session import OptionKind
from assistant.errors import AssistantError

KINDS: tuple[OptionKind, ...] = ("design", "environment", "human")
MODEL_PATH = Path(__file__).with_name("data") / "option_kind_model.npz"
REBUILD = "python -m assistant.evals.kind_training"
HASHED = 2**13  # hashed n-gram slots
CHAR_GRAMS = (3, 4, 5)
TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
VECTOR = 384  # the encoder's dimension
VECTOR_SCALE = 2.0  # the sentence vector weighs as much as the words (both unit length)
ENCODER = "multilingual-e5-small"  # the vectors the model learned from
SURE_MARGIN = 2.0  # the rules' best kind ahead of the next by this much: the rules decide
MODEL_WEIGHT = 0.75  # the model's log-probabilities beside the rules' scores (grouped CV, dev pool)
FLOOR = 1e-9
LIKELY = 0.4  # a kind the model gives this much: a choice for the joint choice of kinds
LIKELY_LAST = 0.25  # ... and this much: a choice where it is the one kind still missing
LAST_RESORT_MARGIN = 1.5  # ... unless the rules lead with their kind by this much


class KindModelError(AssistantError):
    """The shipped model of option kinds is missing or unreadable."""


@dataclass(frozen=True)
class KindModel:
    """Weights per feature and kind, a bias per kind, and what it was trained on."""

    weights: np.ndarray  # (features, kinds)
    bias: np.ndarray  # (kinds,)
    about: dict[str, object]

    def probabilities(self, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        """How likely each kind of :data:`KINDS` is, per option (its text and its vector)."""
        rows = np.array([features(t, v) for t, v in zip(texts, vectors, strict=True)])
        return softmax(rows @ self.weights + self.bias)

    def fits(self, encoder: str) -> bool:
        """Whether the vectors of ``encoder`` (a model id) are those the model learned from."""
        return encoder.startswith(str(self.about.get("encoder", ENCODER)))


def plain(text: str) -> str:
    """Lower case without accents."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def _slot(gram: str) -> int:
    return zlib.crc32(gram.encode()) % HASHED


def text_grams(text: str) -> list[str]:
    """The words, word pairs and character n-grams of the words of ``text``."""
    tokens = TOKEN_RE.findall(plain(text))
    grams = [f"w:{t}" for t in tokens] + [f"b:{a} {b}" for a, b in pairwise(tokens)]
    for token in tokens:
        padded = f" {token} "
        for n in CHAR_GRAMS:
            grams.extend(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return grams


def features(text: str, vector: np.ndarray) -> np.ndarray:
    """One row of features: the sentence vector, then hashed n-grams (unit length)."""
    row = np.zeros(VECTOR + HASHED)
    row[:VECTOR] = VECTOR_SCALE * np.asarray(vector, dtype=float)
    for gram in text_grams(text):
        row[VECTOR + _slot(gram)] = 1.0
    norm = np.linalg.norm(row[VECTOR:])
    if norm > 0:
        row[VECTOR:] /= norm
    return row


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def rules_sure(scores: dict[OptionKind, float], margin: float = SURE_MARGIN) -> bool:
    """Whether the rules' best kind is ahead of the next by at least ``margin``."""
    ranked = sorted(scores.values(), reverse=True)
    return ranked[0] > 0 and ranked[0] - ranked[1] >= margin


def combined_kind(scores: dict[OptionKind, float], probabilities: np.ndarray) -> OptionKind:
    """The rules' kind where they are sure; else the kind whose rule score plus the model's
    weighted log-probability is highest."""
    if rules_sure(scores):
        return max(KINDS, key=lambda k: scores.get(k, 0.0))
    weighed = kind_leanings(scores, probabilities)
    return max(KINDS, key=lambda k: weighed[k])


def kind_leanings(
    scores: dict[OptionKind, float], probabilities: np.ndarray
) -> dict[OptionKind, float]:
    """How strongly the rules and the model together point to each kind: the rules' score plus
    the model's weighted log-probability (what :func:`combined_kind` weighs where the rules are
    not sure; the joint choice of kinds moves the option that leans least to its own kind)."""
    logs = np.log(np.maximum(probabilities, FLOOR))
    return {k: scores.get(k, 0.0) + MODEL_WEIGHT * float(logs[i]) for i, k in enumerate(KINDS)}


def likely_kinds(probabilities: np.ndarray, least: float = LIKELY) -> list[OptionKind]:
    """The kinds the model gives at least ``least``: where the words of a measure fit more than
    one kind ("a button to get a human": design, or the human contact it gives), each is a
    choice when the kinds of a message are chosen together."""
    return [k for k, p in zip(KINDS, probabilities, strict=True) if p >= least]


@cache
def kind_model(path: Path = MODEL_PATH) -> KindModel:
    """The shipped model (read once); :class:`KindModelError` naming the rebuild if it is
    missing or unreadable."""
    weights, bias, about = load_weights(
        path, len(KINDS), "the model of option kinds", REBUILD, KindModelError
    )
    return KindModel(weights, bias, about)


def load_weights(
    path: Path, classes: int, what: str, rebuild: str, error: type[AssistantError]
) -> tuple[np.ndarray, np.ndarray, dict[str, object]]:
    """Weights, bias and description of a learned model over :func:`features` stored at
    ``path`` with ``classes`` outputs; ``error`` naming ``rebuild`` if it is missing, unreadable
    or of another shape (the kind, direction and effect models share this)."""
    try:
        with np.load(path, allow_pickle=False) as stored:
            weights, bias = stored["weights"], stored["bias"]
            about = json.loads(str(stored["about"]))
    except (OSError, KeyError, ValueError) as exc:
        raise error(
            f"{what} at {path} is missing or unreadable ({exc}); rebuild it with `{rebuild}`"
        ) from exc
    if weights.shape != (VECTOR + HASHED, classes) or bias.shape != (classes,):
        raise error(
            f"{what} at {path} has shape {weights.shape}, not that of these features; "
            f"rebuild it with `{rebuild}`"
        )
    return weights, bias, about


def save_model(model: KindModel, path: Path) -> None:
    """Write ``model`` where :func:`kind_model` reads it (float32 weights)."""
    save_weights(model.weights, model.bias, model.about, path)


def save_weights(
    weights: np.ndarray, bias: np.ndarray, about: dict[str, object], path: Path
) -> None:
    """Write a learned model where :func:`load_weights` reads it (float32 weights)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    described = np.array(json.dumps(about, sort_keys=True))
    with path.open("wb") as handle:
        np.savez_compressed(handle, weights=weights.astype(np.float32), bias=bias, about=described)
