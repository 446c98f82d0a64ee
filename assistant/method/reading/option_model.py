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

from functools import cache
from pathlib import Path

from assistant.errors import AssistantError
from assistant.method.reading.sentence_model import (
    SentenceModel,
    load_sentence_model,
)

MODEL_PATH = Path(__file__).with_name("data") / "option_sentence_model.npz"
REBUILD = "python -m assistant.evals.option_training"
# From these probabilities a sentence is a measure: where options are asked (precision 0.95
# with grouped cross-validation per set, recall 0.40 of all measures), and before then, for a
# wish or condition said early (precision 0.97); chosen by the held-out figures of
# ``python -m assistant.evals.option_training --cv``.
SURE_OPTION = 0.8
VERY_SURE_OPTION = 0.85
# Before the values, a sentence in the form of a measure is one from SURE_EARLY_OPTION when the
# learned model of effect sentences gives it at most NO_EFFECT_EARLY (a joint choice between a
# measure said early and an effect, as where measures are given); chosen on the development
# sets, where the sentences from 0.75 to 0.85 that the effect model gives at most 0.2 held a gold
# option in 18 of 21.
SURE_EARLY_OPTION = 0.75
NO_EFFECT_EARLY = 0.2
# Where measures are given, a sentence the option model finds likely (though not sure of) is a
# measure when the learned model of effect sentences is unsure it tells an effect: the two
# models choose jointly between an effect and a measure.
LIKELY_OPTION = 0.6
UNLIKELY_EFFECT = 0.35


class OptionModelError(AssistantError):
    """The shipped model of option sentences is missing or unreadable."""


@cache
def option_model(path: Path = MODEL_PATH) -> SentenceModel:
    """The shipped model (read once); :class:`OptionModelError` naming the rebuild if it is
    missing or unreadable."""
    return load_sentence_model(path, "the model of option sentences", REBUILD, OptionModelError)
