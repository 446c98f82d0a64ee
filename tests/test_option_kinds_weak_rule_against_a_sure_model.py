"""Option kinds where the rules lean on one weak cue (people named in front of the measure,
one word of a kind) and the learned model is sure of another kind: the model's
log-probabilities weigh 0.75 beside the rules' scores (grouped cross-validation over the dev
pool), so a lead of 1.5 gives way where the model finds the other kind about five times
likelier; where the rules are sure they keep their kind. Sentences of our own, nl and en."""

from __future__ import annotations

import numpy as np
from method_fakes import EncoderTools

from assistant.method.reading.extraction import extract_options
from assistant.method.reading.kind_model import combined_kind, kind_leanings, rules_sure
from assistant.method.recording import weigh_learned_kinds

PEOPLE_IN_FRONT = {"design": 0.0, "environment": 0.0, "human": 1.5}


def _weighed(embedder: object, text: str, asked: str) -> str:
    """The kind of the one option read from ``text`` once the model has weighed in."""
    drafts = extract_options(text, asked)  # type: ignore[arg-type]
    assert len(drafts) == 1, drafts
    weigh_learned_kinds(EncoderTools(embedder), drafts)  # type: ignore[arg-type]
    return drafts[0].kind


def test_a_model_ten_times_surer_outweighs_people_named_in_front() -> None:
    assert not rules_sure(PEOPLE_IN_FRONT)
    sure_model = np.array([0.02, 0.88, 0.10])
    assert combined_kind(PEOPLE_IN_FRONT, sure_model) == "environment"
    leanings = kind_leanings(PEOPLE_IN_FRONT, sure_model)
    assert leanings["environment"] > leanings["human"]


def test_a_model_that_barely_prefers_another_kind_leaves_the_rules_kind() -> None:
    unsure_model = np.array([0.05, 0.55, 0.40])
    assert combined_kind(PEOPLE_IN_FRONT, unsure_model) == "human"


def test_sure_rules_keep_their_kind_against_a_sure_model() -> None:
    sure_rules = {"design": 0.0, "environment": 0.0, "human": 2.5}
    assert combined_kind(sure_rules, np.array([0.01, 0.97, 0.02])) == "human"


def test_dutch_consent_given_each_year_by_tenants_is_an_arrangement(embedder: object) -> None:
    text = "Huurders geven per jaar toestemming voor het meten"
    assert _weighed(embedder, text, "human") == "environment"


def test_dutch_two_signatures_above_an_amount_is_an_arrangement(embedder: object) -> None:
    text = "Twee medewerkers tekenen elk besluit boven de duizend euro"
    assert _weighed(embedder, text, "human") == "environment"


def test_english_what_a_profile_shows_chosen_by_its_owner_is_design(embedder: object) -> None:
    text = "Employees choose themselves which fields are visible in their profile"
    assert _weighed(embedder, text, "human") == "design"
