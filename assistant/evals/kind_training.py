"""Build the learned kind of a handling option from the development conversations.

``python -m assistant.evals.kind_training [--cv] [--out PATH] [--vectors PATH]``: reads the gold
options of the development sets (:mod:`assistant.evals.kind_examples`), encodes each option with
the packaged encoder (kept in ``--vectors`` when given, to train again quickly), prints with
``--cv`` the accuracy per set left out (rules, model, the two combined as the reader combines
them), and trains on all of them into the package's model file
(:data:`assistant.method.reading.kind_model.MODEL_PATH`). Plain numpy, full-batch gradient
descent from zero weights: the same examples give the same model."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.domain.session import OptionKind
from assistant.embeddings.packaged import PackagedE5
from assistant.evals.kind_examples import KindExample, dev_folders, kind_examples
from assistant.method.reading.kind_model import (
    ENCODER,
    KINDS,
    MODEL_PATH,
    REBUILD,
    KindModel,
    combined_kind,
    features,
    save_model,
    softmax,
)
from assistant.method.reading.option_kind_scores import option_kind_scores

L2 = 1e-4
STEPS = 400
RATE = 2.0


def targets(kinds: Sequence[tuple[OptionKind, ...]]) -> np.ndarray:
    """One row per example: the kinds gold accepts, sharing one."""
    rows = np.zeros((len(kinds), len(KINDS)))
    for row, accepted in zip(rows, kinds, strict=True):
        for kind in accepted:
            row[KINDS.index(kind)] = 1.0 / len(accepted)
    return rows


def train(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = STEPS) -> KindModel:
    """Logistic regression over ``x`` towards the soft targets ``y``: gradient descent with
    Nesterov momentum from zero weights (deterministic)."""
    weights, bias = dual_descent(x @ x.T, y, l2, steps)
    return KindModel(x.T @ weights, bias, {})


def dual_descent(
    gram: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = STEPS
) -> tuple[np.ndarray, np.ndarray]:
    """The descent of :func:`train` on the weights per example (those of the features are
    ``x.T @`` these, ``gram`` is ``x @ x.T``): the same steps, far cheaper with few examples
    and many features."""
    weights, bias = np.zeros(y.shape), np.zeros(y.shape[1])
    moved_w, moved_b = np.zeros_like(weights), np.zeros_like(bias)
    for _ in range(steps):
        ahead_w, ahead_b = weights + 0.9 * moved_w, bias + 0.9 * moved_b
        error = (softmax(gram @ ahead_w + ahead_b) - y) / len(y)
        moved_w = 0.9 * moved_w - RATE * (error + l2 * ahead_w)
        moved_b = 0.9 * moved_b - RATE * error.sum(axis=0)
        weights, bias = weights + moved_w, bias + moved_b
    return weights, bias


def prepared(
    examples: list[KindExample], kept: Path | None = None
) -> tuple[np.ndarray, list[dict[OptionKind, float]]]:
    """The feature rows of the examples (with their vectors, those ``kept`` holds taken from it)
    and the rules' scores of each."""
    texts = [e.text for e in examples]
    vectors = encoded(texts, kept)
    rows = np.array([features(t, v) for t, v in zip(texts, vectors, strict=True)])
    return rows, [option_kind_scores(t) for t in texts]


def encoded(texts: list[str], kept: Path | None) -> np.ndarray:
    """The vectors of ``texts``: those ``kept`` holds taken from it, the others encoded (and
    all written back there)."""
    known: dict[str, np.ndarray] = {}
    if kept is not None and kept.exists():
        with np.load(kept, allow_pickle=False) as stored:
            known = dict(zip(map(str, stored["texts"]), stored["vectors"], strict=True))
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        known.update(zip(missing, np.asarray(PackagedE5().encode(missing, "query")), strict=True))
        if kept is not None:
            np.savez(kept, texts=np.array(list(known)), vectors=np.array(list(known.values())))
    return np.array([known[t] for t in texts])


def rules_kind(scores: dict[OptionKind, float]) -> OptionKind:
    """The rules' best kind (ties in the order of :data:`KINDS`)."""
    return max(KINDS, key=lambda k: scores[k])


def held_out_probabilities(x: np.ndarray, y: np.ndarray, folders: list[str]) -> np.ndarray:
    """Each example's probabilities from the model trained on the other sets."""
    gram, probs = x @ x.T, np.zeros(y.shape)
    for folder in sorted(set(folders)):
        out = np.array([f == folder for f in folders])
        weights, bias = dual_descent(gram[np.ix_(~out, ~out)], y[~out])
        probs[out] = softmax(gram[np.ix_(out, ~out)] @ weights + bias)
    return probs


def cross_validation(
    examples: list[KindExample], x: np.ndarray, scores: list[dict[OptionKind, float]]
) -> None:
    """Per set left out: how many examples the rules, the model and the two combined get
    right, and what the combination gains and loses against the rules (``x``, ``scores``:
    those of :func:`prepared`)."""
    folders = [e.folder for e in examples]
    probs = held_out_probabilities(x, targets([e.kinds for e in examples]), folders)
    ways = {
        "rules": [rules_kind(s) for s in scores],
        "model": [KINDS[int(i)] for i in probs.argmax(axis=1)],
        "combined": [combined_kind(s, p) for s, p in zip(scores, probs, strict=True)],
    }
    right = {
        w: np.array([k in e.kinds for k, e in zip(c, examples, strict=True)])
        for w, c in ways.items()
    }
    print(f"{'set left out':14s} {'n':>5s} {'rules':>6s} {'model':>6s} {'comb':>6s}  gain loss")
    for folder in [*sorted(set(folders)), "total"]:
        held = np.array([folder in (f, "total") for f in folders])
        r, m, c = (right[w][held] for w in ways)
        print(
            f"{folder:14s} {held.sum():5d} {r.sum():6d} {m.sum():6d} {c.sum():6d}  "
            f"+{(c & ~r).sum():<4d} -{(r & ~c).sum()}"
        )


def build(examples: list[KindExample], x: np.ndarray, out: Path) -> KindModel:
    """Train on every example (``x``: their rows) and save the model with what it learned
    from."""
    model = train(x, targets([e.kinds for e in examples]))
    about = {
        "sets": sorted({e.folder for e in examples}),
        "examples": len(examples),
        "l2": L2,
        "steps": STEPS,
        "encoder": ENCODER,
        "rebuild": REBUILD,
    }
    model = KindModel(model.weights, model.bias, about)
    save_model(model, out)
    return model


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print the accuracy per set left out")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to save the model")
    parser.add_argument("--no-save", action="store_true", help="only the cross-validation")
    parser.add_argument("--vectors", type=Path, help="keep the option vectors here")
    args = parser.parse_args(argv)
    examples = kind_examples(dev_folders())
    x, scores = prepared(examples, args.vectors)
    if args.cv:
        cross_validation(examples, x, scores)
    if not args.no_save:
        model = build(examples, x, args.out)
        print(f"saved {args.out}: {model.about}")


if __name__ == "__main__":
    main()
