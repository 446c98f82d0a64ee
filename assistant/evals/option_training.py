"""Build the learned "this sentence is a handling option" from the development conversations.

``python -m assistant.evals.option_training [--cv] [--out PATH] [--vectors PATH] [--leave-out
SET ...]``: reads the sentences of the users' turns (:mod:`assistant.evals.option_examples`),
encodes each with the packaged encoder (kept in ``--vectors`` when given, to train again
quickly), prints with ``--cv`` per set left out how well the model trained on the other sets
tells measures (area under the ROC curve, precision and recall from :data:`SURE_OPTION` and
from :data:`VERY_SURE_OPTION`), and over all sets left out the precision and recall from a
range of thresholds (to choose them by), and trains on all of them (less the sets of
``--leave-out``, to try the model on sets it did not learn from) into the package's model
file. The descent of the learned effect sentences
(:func:`assistant.evals.effect_training.descent`): the same examples give the same model."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.evals.effect_training import (
    encoded,
    figures,
    held_out_probabilities,
    trained,
    training_parser,
)
from assistant.evals.kind_examples import dev_folders
from assistant.evals.option_examples import OptionExample, option_examples
from assistant.method.reading.kind_model import features
from assistant.method.reading.option_model import (
    MODEL_PATH,
    REBUILD,
    SURE_OPTION,
    VERY_SURE_OPTION,
)
from assistant.method.reading.sentence_model import SentenceModel

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def targets(examples: list[OptionExample]) -> np.ndarray:
    """One row per example: (no measure, measure), one-hot."""
    told = np.array([e.option for e in examples], dtype=float)
    return np.stack([1.0 - told, told], axis=1)


def prepared(examples: list[OptionExample], kept: Path | None = None) -> list[np.ndarray]:
    """The feature rows of the examples."""
    texts = [e.text for e in examples]
    vectors = encoded(texts, kept)
    return [features(t, v) for t, v in zip(texts, vectors, strict=True)]


def cross_validation(examples: list[OptionExample], x: list[np.ndarray]) -> None:
    """Per set left out: count, measures, AUC, precision and recall from :data:`SURE_OPTION`
    and :data:`VERY_SURE_OPTION`; then over all sets, precision and recall per threshold."""
    folders = [e.folder for e in examples]
    probs = held_out_probabilities(x, targets(examples), folders)
    told = np.array([e.option for e in examples])
    print(f"{'set left out':14s} {'n':>5s} {'opt':>5s} {'auc':>6s} {'P':>6s} {'R':>6s}  very sure")
    for folder in [*sorted(set(folders)), "total"]:
        held = np.array([folder in (f, "total") for f in folders])
        sure = figures(told[held], probs[held], SURE_OPTION)
        very = figures(told[held], probs[held], VERY_SURE_OPTION)
        print(f"{folder:14s} {sure}  {very[-13:]}")
    for threshold in THRESHOLDS:
        print(f"from {threshold:4.2f}: {figures(told, probs, threshold)}")


def build(examples: list[OptionExample], x: list[np.ndarray], out: Path) -> SentenceModel:
    """Train on every example (``x``: their rows) and save the model with what it learned
    from."""
    about = {
        "sets": sorted({e.folder for e in examples}),
        "examples": len(examples),
        "options": sum(1 for e in examples if e.option),
        "rebuild": REBUILD,
    }
    return trained(x, targets(examples), about, out)


def main(argv: list[str] | None = None) -> None:
    parser = training_parser(__doc__, MODEL_PATH)
    parser.add_argument("--leave-out", nargs="*", default=[], help="sets not to learn from")
    args = parser.parse_args(argv)
    examples = option_examples(dev_folders())
    x = prepared(examples, args.vectors)
    if args.cv:
        cross_validation(examples, x)
    if not args.no_save:
        kept = [i for i, e in enumerate(examples) if e.folder not in args.leave_out]
        model = build([examples[i] for i in kept], [x[i] for i in kept], args.out)
        print(f"saved {args.out}: {model.about}")


if __name__ == "__main__":
    main()
