"""The learned kind of a handling option: the shipped model loads and knows what it learned
from, it decides options the rules leave tied (nl and en), training is deterministic, a missing
or broken model file names the command that rebuilds it, and the rules keep the kind where
they are sure."""

from __future__ import annotations

import numpy as np
from method_fakes import UNTOUCHED, EncoderTools

from assistant.evals.kind_training import targets, train
from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.kind_model import (
    KINDS,
    combined_kind,
    kind_model,
    rules_sure,
)
from assistant.method.reading.option_kind_scores import option_kind_scores
from assistant.method.recording import weigh_learned_kinds


def _learned(embedder: object, text: str, asked: str) -> tuple[str, str]:
    """The kind of the one option read from ``text`` where ``asked`` is the kind asked for:
    by the rules alone, and once the model has weighed in."""
    drafts = extract_options(text, asked)  # type: ignore[arg-type]
    assert len(drafts) == 1, drafts
    before = drafts[0].kind
    weigh_learned_kinds(EncoderTools(embedder), drafts)  # type: ignore[arg-type]
    return before, drafts[0].kind


def test_shipped_kind_model_loads_and_names_its_training_sets() -> None:
    model = kind_model()
    sets = model.about["sets"]
    assert isinstance(sets, list) and "dev22" in sets
    assert not UNTOUCHED & set(sets)
    assert int(str(model.about["examples"])) > 1000


def test_kind_training_is_deterministic_on_a_tiny_set() -> None:
    x = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.2, 0.0]])
    y = targets([("design",), ("environment",), ("human",), ("design", "environment")])
    first, second = train(x, y, steps=50), train(x, y, steps=50)
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(first.bias, second.bias)
    learned = (x[:3] @ first.weights + first.bias).argmax(axis=1)
    assert [KINDS[i] for i in learned] == ["design", "environment", "human"]


def test_combined_kind_keeps_the_rules_where_they_are_sure() -> None:
    sure = {"design": 3.0, "environment": 0.0, "human": 0.5}
    against = np.array([0.001, 0.001, 0.998])
    assert rules_sure(sure)
    assert combined_kind(sure, against) == "design"
    tied = {"design": 1.0, "environment": 1.0, "human": 0.0}
    assert not rules_sure(tied)
    assert combined_kind(tied, np.array([0.1, 0.8, 0.1])) == "environment"
    assert combined_kind(tied, np.array([0.8, 0.1, 0.1])) == "design"


def test_learned_kinds_leave_told_kinds_and_other_encoders_alone(embedder: object) -> None:
    told = OptionDraft("Een gesprek met de wijkagent", "environment")  # a label: no scores
    weigh_learned_kinds(EncoderTools(embedder), [told])  # type: ignore[arg-type]
    assert told.kind == "environment"
    scores = {"design": 0.0, "environment": 0.0, "human": 0.0}
    other = OptionDraft("Train the staff in plain language", "design", scores=scores)
    weigh_learned_kinds(EncoderTools(object()), [other])  # type: ignore[arg-type]
    assert other.kind == "design"


def test_learned_kind_decides_a_dutch_option_without_words_of_a_kind(embedder: object) -> None:
    text = "Elk kwartaal een klankbordgroep van bewoners die de uitkomsten bespreekt"
    assert max(option_kind_scores(text).values()) == 0  # the rules: the kind asked for
    assert _learned(embedder, text, "design") == ("design", "environment")


def test_learned_kind_decides_an_english_option_without_words_of_a_kind(embedder: object) -> None:
    text = "Drop the postcode from the input"
    assert max(option_kind_scores(text).values()) == 0
    assert _learned(embedder, text, "human") == ("human", "design")


def test_learned_kind_keeps_what_the_rules_are_sure_of(embedder: object) -> None:
    for text, kind in (
        ("Wijkverpleegkundigen krijgen een cursus over het lezen van de voorspellingen", "human"),
        ("A yearly audit by an outside firm", "environment"),
        ("Sensors only switch on at night", "design"),
    ):
        assert rules_sure(option_kind_scores(text)), text
        assert _learned(embedder, text, "design") == (kind, kind)
