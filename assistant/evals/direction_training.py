"""Build the learned direction of an effect from the development conversations.

``python -m assistant.evals.direction_training [--cv] [--out PATH] [--vectors PATH]``: reads the
gold effects of the development sets (:mod:`assistant.evals.direction_examples`), encodes each
effect with the packaged encoder (kept in ``--vectors`` when given, to train again quickly),
prints with ``--cv`` per set left out how many directions the rules, the model and the two
combined get right, and trains on all of them into the package's model file
(:data:`assistant.method.reading.direction_model.MODEL_PATH`). The descent of
:mod:`assistant.evals.kind_training`: the same examples give the same model."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.evals.direction_examples import DirectionExample, direction_examples
from assistant.evals.effect_training import encoded, training_parser
from assistant.evals.kind_examples import dev_folders
from assistant.evals.kind_training import L2, STEPS, dual_descent
from assistant.method.reading.direction_model import (
    DIRECTIONS,
    ENCODER,
    MODEL_PATH,
    REBUILD,
    DirectionModel,
    combined_direction,
    rows_of,
    save_model,
)
from assistant.method.reading.kind_model import softmax


def targets(examples: list[DirectionExample]) -> np.ndarray:
    """One row per example: 1 for the direction gold gives it."""
    rows = np.zeros((len(examples), len(DIRECTIONS)))
    for row, example in zip(rows, examples, strict=True):
        row[DIRECTIONS.index(example.direction)] = 1.0
    return rows


def example_rows(examples: list[DirectionExample], kept: Path | None = None) -> np.ndarray:
    """The feature rows of the examples, with their vectors from the packaged encoder (those
    ``kept`` holds taken from it)."""
    texts = [e.text for e in examples]
    return rows_of(texts, encoded(texts, kept))


def held_out_positive(x: np.ndarray, y: np.ndarray, folders: list[str]) -> np.ndarray:
    """Each example's probability of a gain from the model trained on the other sets."""
    gram, positive = x @ x.T, np.zeros(len(y))
    for folder in sorted(set(folders)):
        out = np.array([f == folder for f in folders])
        weights, bias = dual_descent(gram[np.ix_(~out, ~out)], y[~out])
        positive[out] = softmax(gram[np.ix_(out, ~out)] @ weights + bias)[:, 1]
    return positive


def cross_validation(examples: list[DirectionExample], x: np.ndarray) -> np.ndarray:
    """Per set left out: how many directions the rules, the model and the two combined get
    right, and what the combination fixes and breaks against the rules; the held-out
    probabilities (for trying other margins)."""
    folders = [e.folder for e in examples]
    positive = held_out_positive(x, targets(examples), folders)
    gold = np.array([e.direction for e in examples])
    rules = np.array([e.rules for e in examples]) == gold
    model = np.where(positive > 0.5, "positive", "negative") == gold
    pairs = zip(examples, positive, strict=True)
    combined = np.array([combined_direction(e.rules, e.strength, p) for e, p in pairs]) == gold
    print(f"{'set left out':14s} {'n':>5s} {'rules':>6s} {'model':>6s} {'comb':>6s}  fix break")
    for folder in [*sorted(set(folders)), "total"]:
        held = np.array([folder in (f, "total") for f in folders])
        r, m, c = rules[held], model[held], combined[held]
        print(
            f"{folder:14s} {held.sum():5d} {r.sum():6d} {m.sum():6d} {c.sum():6d}  "
            f"+{(c & ~r).sum():<4d} -{(r & ~c).sum()}"
        )
    return positive


def build(examples: list[DirectionExample], x: np.ndarray, out: Path) -> DirectionModel:
    """Train on every example (``x``: their rows) and save the model with what it learned
    from."""
    weights, bias = dual_descent(x @ x.T, targets(examples))
    about = {
        "sets": sorted({e.folder for e in examples}),
        "examples": len(examples),
        "l2": L2,
        "steps": STEPS,
        "encoder": ENCODER,
        "rebuild": REBUILD,
    }
    model = DirectionModel(x.T @ weights, bias, about)
    save_model(model, out)
    return model


def main(argv: list[str] | None = None) -> None:
    args = training_parser(__doc__, MODEL_PATH).parse_args(argv)
    examples = direction_examples(dev_folders())
    x = example_rows(examples, args.vectors)
    if args.cv:
        cross_validation(examples, x)
    if not args.no_save:
        model = build(examples, x, args.out)
        print(f"saved {args.out}: {model.about}")


if __name__ == "__main__":
    main()
