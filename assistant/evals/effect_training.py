"""Build the learned "does this sentence tell an effect" from the development conversations.

``python -m assistant.evals.effect_training [--cv] [--out PATH] [--vectors PATH]``: reads the
sentences of the users' turns (:mod:`assistant.evals.effect_examples`), encodes each with the
packaged encoder (kept in ``--vectors`` when given, to train again quickly), prints with
``--cv`` per set left out how well the model trained on the other sets tells effects (area
under the ROC curve, precision and recall from :data:`SURE_EFFECT`, on all sentences and on
those of first messages), and trains on all of them into the package's model file. The same
descent as the learned kind of an option (:func:`assistant.evals.kind_training.dual_descent`,
taken on the weights per feature):
the same examples give the same model."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.evals.effect_examples import EffectExample, effect_examples
from assistant.evals.kind_examples import dev_folders
from assistant.evals.kind_training import L2, RATE, STEPS, encoded
from assistant.method.reading.effect_model import (
    MODEL_PATH,
    REBUILD,
    SURE_EFFECT,
)
from assistant.method.reading.kind_model import ENCODER, HASHED, VECTOR, features, softmax
from assistant.method.reading.sentence_model import SentenceModel, save_sentence_model


def targets(examples: list[EffectExample]) -> np.ndarray:
    """One row per example: (no effect, effect), one-hot."""
    told = np.array([e.effect for e in examples], dtype=float)
    return np.stack([1.0 - told, told], axis=1)


FOLDS = 5  # groups of sets left out in turn (a fit takes a minute on two cores)


@dataclass(frozen=True)
class Rows:
    """Feature rows kept sparse: the sentence vectors, and the hashed n-grams as (row, slot,
    value) triples (a row holds a few hundred of the thousands of slots)."""

    dense: np.ndarray  # (rows, VECTOR)
    rows: np.ndarray
    slots: np.ndarray  # of the whole feature row (VECTOR and up)
    values: np.ndarray

    def times(self, weights: np.ndarray) -> np.ndarray:
        """These rows times ``weights`` (features, classes)."""
        out = self.dense @ weights[:VECTOR]
        part = weights[self.slots] * self.values[:, None]
        for k in range(weights.shape[1]):
            out[:, k] += np.bincount(self.rows, part[:, k], minlength=len(self.dense))
        return out

    def transposed_times(self, error: np.ndarray) -> np.ndarray:
        """The transposed rows times ``error`` (rows, classes): per feature."""
        out = np.zeros((VECTOR + HASHED, error.shape[1]))
        out[:VECTOR] = self.dense.T @ error
        for k in range(error.shape[1]):
            found = np.bincount(self.slots, self.values * error[self.rows, k], VECTOR + HASHED)
            out[VECTOR:, k] = found[VECTOR:]
        return out


def sparse_rows(full: list[np.ndarray]) -> Rows:
    """The :class:`Rows` of feature rows as :func:`features` gives them."""
    slots = [np.flatnonzero(r[VECTOR:]) + VECTOR for r in full]
    return Rows(
        np.array([r[:VECTOR] for r in full]),
        np.repeat(np.arange(len(full)), [len(s) for s in slots]),
        np.concatenate(slots),
        np.concatenate([r[s] for r, s in zip(full, slots, strict=True)]),
    )


def prepared(examples: list[EffectExample], kept: Path | None = None) -> list[np.ndarray]:
    """The feature rows of the examples."""
    texts = [e.text for e in examples]
    vectors = encoded(texts, kept)
    return [features(t, v) for t, v in zip(texts, vectors, strict=True)]


def descent(x: Rows, y: np.ndarray, l2: float = L2, steps: int = STEPS) -> SentenceModel:
    """Logistic regression over ``x`` towards ``y``: the steps of
    :func:`assistant.evals.kind_training.dual_descent` taken on the weights per feature (the
    same trajectory; far cheaper with thousands of examples and sparse rows)."""
    weights, bias = np.zeros((VECTOR + HASHED, y.shape[1])), np.zeros(y.shape[1])
    moved_w, moved_b = np.zeros_like(weights), np.zeros_like(bias)
    for _ in range(steps):
        ahead_w, ahead_b = weights + 0.9 * moved_w, bias + 0.9 * moved_b
        error = (softmax(x.times(ahead_w) + ahead_b) - y) / len(y)
        moved_w = 0.9 * moved_w - RATE * (x.transposed_times(error) + l2 * ahead_w)
        moved_b = 0.9 * moved_b - RATE * error.sum(axis=0)
        weights, bias = weights + moved_w, bias + moved_b
    return SentenceModel(weights, bias, {})


def held_out_probabilities(full: list[np.ndarray], y: np.ndarray, folders: list[str]) -> np.ndarray:
    """Each example's probability of an effect from the model trained on the other sets (the
    sets in :data:`FOLDS` groups, a whole set always in one)."""
    probs = np.zeros(len(y))
    fold = {f: i % FOLDS for i, f in enumerate(sorted(set(folders)))}
    for group in range(FOLDS):
        out = np.array([fold[f] == group for f in folders])
        model = descent(sparse_rows([r for r, o in zip(full, out, strict=True) if not o]), y[~out])
        rows = np.array([r for r, o in zip(full, out, strict=True) if o])
        probs[out] = softmax(rows @ model.weights + model.bias)[:, 1]
    return probs


def area_under_curve(told: np.ndarray, probs: np.ndarray) -> float:
    """The chance that an effect scores above a sentence without one (ties count half)."""
    pos, neg = probs[told], probs[~told]
    if not len(pos) or not len(neg):
        return float("nan")
    ranks = np.argsort(np.argsort(np.concatenate([pos, neg]))) + 1.0
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def figures(told: np.ndarray, probs: np.ndarray, sure: float = SURE_EFFECT) -> str:
    """Count, effects, AUC and precision/recall from ``sure``, as one printed row."""
    said = probs >= sure
    hits = int((said & told).sum())
    precision = hits / max(1, int(said.sum()))
    recall = hits / max(1, int(told.sum()))
    auc = area_under_curve(told, probs)
    return f"{len(told):5d} {int(told.sum()):5d} {auc:6.3f} {precision:6.2f} {recall:6.2f}"


def cross_validation(examples: list[EffectExample], x: list[np.ndarray]) -> None:
    """Per set left out, on all sentences and on those of first messages: count, effects,
    AUC, precision and recall from :data:`SURE_EFFECT`."""
    folders = [e.folder for e in examples]
    probs = held_out_probabilities(x, targets(examples), folders)
    told = np.array([e.effect for e in examples])
    first = np.array([e.first for e in examples])
    print(f"{'set left out':14s} {'n':>5s} {'eff':>5s} {'auc':>6s} {'P':>6s} {'R':>6s}  first:")
    for folder in [*sorted(set(folders)), "total"]:
        held = np.array([folder in (f, "total") for f in folders])
        both = held & first
        print(
            f"{folder:14s} {figures(told[held], probs[held])}  {figures(told[both], probs[both])}"
        )


def build(examples: list[EffectExample], x: list[np.ndarray], out: Path) -> SentenceModel:
    """Train on every example (``x``: their rows) and save the model with what it learned
    from."""
    about = {
        "sets": sorted({e.folder for e in examples}),
        "examples": len(examples),
        "effects": sum(1 for e in examples if e.effect),
        "rebuild": REBUILD,
    }
    return trained(x, targets(examples), about, out)


def trained(
    x: list[np.ndarray], y: np.ndarray, about: dict[str, object], out: Path
) -> SentenceModel:
    """A model of sentences trained on rows ``x`` with answers ``y``, saved to ``out`` with
    ``about`` and how it was trained."""
    learned = descent(sparse_rows(x), y)
    told = {**about, "l2": L2, "steps": STEPS, "encoder": ENCODER}
    model = SentenceModel(learned.weights, learned.bias, told)
    save_sentence_model(model, out)
    return model


def training_parser(doc: str, model_path: Path) -> argparse.ArgumentParser:
    """The command line every model of sentences is trained with: ``--cv``, ``--out``,
    ``--no-save``, ``--vectors``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print the figures per set left out")
    parser.add_argument("--out", type=Path, default=model_path, help="where to save the model")
    parser.add_argument("--no-save", action="store_true", help="only the cross-validation")
    parser.add_argument("--vectors", type=Path, help="keep the sentence vectors here")
    return parser


def main(argv: list[str] | None = None) -> None:
    args = training_parser(__doc__, MODEL_PATH).parse_args(argv)
    examples = effect_examples(dev_folders())
    x = prepared(examples, args.vectors)
    if args.cv:
        cross_validation(examples, x)
    if not args.no_save:
        model = build(examples, x, args.out)
        print(f"saved {args.out}: {model.about}")


if __name__ == "__main__":
    main()
