"""The learned "does this sentence tell an effect": the shipped model loads and names what it
learned from, training takes the steps of the learned kind's descent, a missing or broken
model file names the command that rebuilds it, and the model adds effects only where the rules
are unsure (a sentence they passed by, in a message of which they read effects, before the
values), with the people the case already knows."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from assistant.domain.session import Actor, Session, Step
from assistant.evals.effect_training import descent, sparse_rows
from assistant.evals.kind_training import dual_descent
from assistant.method.learned_effects import learned_effects, sentence_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.effect_model import REBUILD, EffectModelError, effect_model
from assistant.method.reading.kind_model import HASHED, VECTOR
from assistant.method.reading.reading import Reading


class _Suggester:
    def __init__(self, embedder: object) -> None:
        self.embedder = embedder


class _Tools:
    def __init__(self, embedder: object) -> None:
        self.suggester = _Suggester(embedder)


def _session(step: Step, *actors: str) -> Session:
    session = Session(language="nl")
    session.step = step
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(actors, start=1)]
    return session


def _learned(embedder: object, session: Session, told: str, passed: list[str]) -> list[str]:
    """The texts of the effects after the model weighed in, where the rules read ``told`` as
    an effect and passed by ``passed``."""
    reading = Reading(effects=[EffectDraft(told, "negative")], passed=passed)
    learned_effects(_Tools(embedder), session, reading)  # type: ignore[arg-type]
    return [e.text for e in reading.effects]


def test_shipped_effect_model_names_its_training_sets() -> None:
    model = effect_model()
    sets = model.about["sets"]
    assert isinstance(sets, list) and "dev20" in sets and "holdout2" in sets
    assert not {"dev21", "dev22", "holdout", "holdout3", "holdout7"} & set(sets)
    assert int(str(model.about["examples"])) > 5000


def test_missing_effect_model_names_the_rebuild(tmp_path: Path) -> None:
    with pytest.raises(EffectModelError, match=re.escape(REBUILD)):
        effect_model(tmp_path / "absent.npz")


def test_corrupt_effect_model_names_the_rebuild(tmp_path: Path) -> None:
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"no weights in here")
    with pytest.raises(EffectModelError, match=re.escape(REBUILD)):
        effect_model(broken)
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, weights=np.zeros((5, 2)), bias=np.zeros(2), about=np.array("{}"))
    with pytest.raises(EffectModelError, match=re.escape(REBUILD)):
        effect_model(wrong)


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
