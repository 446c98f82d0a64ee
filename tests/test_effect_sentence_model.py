"""The learned "does this sentence tell an effect": the shipped model loads and names what it
learned from, training takes the steps of the learned kind's descent, a missing or broken
model file names the command that rebuilds it, and the model adds effects only where the rules
are unsure (a sentence they passed by, in a message of which they read effects, before the
values), with the people the case already knows."""

from __future__ import annotations

import numpy as np
from method_fakes import UNTOUCHED, EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.evals.effect_training import descent, sparse_rows
from assistant.evals.kind_training import dual_descent
from assistant.method.learned_effects import learned_effects, sentence_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.effect_model import effect_model
from assistant.method.reading.kind_model import HASHED, VECTOR
from assistant.method.reading.reading import Reading


def _session(step: Step, *actors: str) -> Session:
    session = Session(language="nl")
    session.step = step
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(actors, start=1)]
    return session


def _learned(embedder: object, session: Session, told: list[str], passed: list[str]) -> list[str]:
    """The texts of the effects after the model weighed in, where the rules read ``told`` as
    effects and passed by ``passed``."""
    drafts = [EffectDraft(t, "negative", weighed=("negative", 0.0)) for t in told]  # the asked
    reading = Reading(effects=drafts, passed=passed)
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects]


def test_shipped_effect_model_names_its_training_sets() -> None:
    model = effect_model()
    sets = model.about["sets"]
    assert isinstance(sets, list) and "dev24" in sets and "holdout2" in sets
    assert not UNTOUCHED & set(sets)
    assert int(str(model.about["examples"])) > 5000


def test_effect_training_takes_the_steps_of_the_kind_descent() -> None:
    rows = np.zeros((4, VECTOR + HASHED))
    rows[0, [1, VECTOR + 3]] = [1.0, 0.5]
    rows[1, [2, VECTOR + 9]] = [1.0, 0.5]
    rows[2, [1, VECTOR + 4]] = [0.8, 0.7]
    rows[3, [2, VECTOR + 9, VECTOR + 11]] = [0.9, 0.4, 0.4]
    y = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    learned = descent(sparse_rows(list(rows)), y, steps=30)
    again = descent(sparse_rows(list(rows)), y, steps=30)
    per_example, bias = dual_descent(rows @ rows.T, y, steps=30)
    assert np.array_equal(learned.weights, again.weights)
    assert np.allclose(learned.weights, rows.T @ per_example)
    assert np.allclose(learned.bias, bias)
    assert list((rows @ learned.weights + learned.bias).argmax(axis=1)) == [1, 0, 1, 0]


def test_sentence_effect_keeps_known_people_and_leaves_new_names_off() -> None:
    session = _session(Step.CASE, "Leerkrachten")
    known = sentence_effects("De leerkrachten moesten elke ochtend de lijsten nalopen.", session)
    assert [d.actor_id for d in known] == ["a1"]
    unknown = sentence_effects("A driver in Leeds waited three weeks for his licence.", session)
    assert unknown and all(not d.actor_id and not d.actor_name for d in unknown)


DUTCH_STORY = (
    "Een moeder vertelde dat ze drie keer moest bellen voordat iemand het dossier van haar "
    "zoon kon vinden."
)
DUTCH_CASE = "Het systeem draait sinds maart op drie locaties in de gemeente."
ENGLISH_STORY = "Older tenants often wait weeks before anyone comes to fix the heating."
ENGLISH_CASE = "The pilot started in March and runs on three sites."


def test_learned_effect_from_a_dutch_story_sentence(embedder: object) -> None:
    session = _session(Step.CASE, "Ouders")
    told = ["De ouders zijn blij met de app"]
    found = _learned(embedder, session, told, [DUTCH_STORY, DUTCH_CASE])
    assert found == [*told, DUTCH_STORY.rstrip(".")]


def test_learned_effect_from_an_english_story_sentence(embedder: object) -> None:
    session = _session(Step.CASE, "Tenants")
    told = ["Tenants are worried about the cameras"]
    found = _learned(embedder, session, told, [ENGLISH_CASE, ENGLISH_STORY])
    assert found == [*told, ENGLISH_STORY.rstrip(".")]


def test_learned_effects_only_in_a_message_that_tells_effects(embedder: object) -> None:
    reading = Reading(passed=[ENGLISH_STORY, DUTCH_STORY])
    learned_effects(EncoderTools(embedder), _session(Step.CASE), reading)  # type: ignore[arg-type]
    assert reading.effects == []


def test_learned_effects_only_before_the_values(embedder: object) -> None:
    told = ["De ouders zijn blij met de app"]
    assert _learned(embedder, _session(Step.VALUES), told, [DUTCH_STORY]) == told
    assert _learned(embedder, _session(Step.OPTIONS), told, [DUTCH_STORY]) == told


def test_learned_effects_drop_a_directionless_effect_that_tells_none(embedder: object) -> None:
    told = [
        "Tenants are worried about the cameras",
        "The supplier is a company from Eindhoven",
    ]
    assert _learned(embedder, _session(Step.EFFECTS), told, [])[:1] == told[:1]
    assert _learned(embedder, _session(Step.EFFECTS), told, []) == told[:1]
    nl = ["De leverancier is een bedrijf uit Eindhoven", "De ouders zijn blij met de app"]
    assert _learned(embedder, _session(Step.ACTORS), nl, []) == nl[1:]


def test_learned_effects_drop_a_short_fragment_that_tells_none(embedder: object) -> None:
    told = ["My colleague from procurement", "Parents read the reports"]
    assert _learned(embedder, _session(Step.EFFECTS), told, []) == told[1:]
    nl = ["Het projectteam", "Kinderen lezen thuis vaker"]
    assert _learned(embedder, _session(Step.ACTORS), nl, []) == nl[1:]


def test_learned_effects_drop_a_short_fragment_at_the_values_too(embedder: object) -> None:
    told = ["Het projectteam", "My colleague from procurement"]
    assert _learned(embedder, _session(Step.VALUES), told, []) == []


def test_learned_effects_leave_the_reading_with_another_encoder() -> None:
    told = ["The pilot started in March"]
    assert _learned(object(), _session(Step.CASE), told, [ENGLISH_STORY]) == told
