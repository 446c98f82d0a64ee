"""Scenario variants without a model: the same conversation said differently.

``derive_variants(scenario, n, seed)`` makes up to ``n`` variants of a scripted scenario, each by
one transformation (its *kind*), seeded so that the same seed gives the same turns. A variant keeps
the original's meaning, setup, final assertions and gold; turn assertions follow their turn (see
:mod:`assistant.evals.variants.turns`). Kinds:

- ``merge``: two consecutive turns of one step sent as one message;
- ``case-in-one``: the case told in one message instead of several;
- ``nav-synonyms``: every "next" said otherwise ("ga door", "ok", "prima", "verder");
- ``nav-dropped``: one "next" left out, the next answer given straight away;
- ``format``: bullets become a sentence, lines one paragraph, a comma list bullets;
- ``typos``: lower case and common typos (never in a word the gold looks for);
- ``early``: the actors or the effects given one step early;
- ``question``: the user first asks the step's question back ("welke waarden spelen hier?"); the
  question is added to the gold's not-actors and not-effects.
"""

from __future__ import annotations

import hashlib
import random

from assistant.evals.scenario import Derived, Scenario
from assistant.evals.variants.transforms import (
    Outcome,
    Transform,
    case_in_one,
    early,
    merge,
    nav_dropped,
    nav_synonyms,
    question,
    reformat,
)
from assistant.evals.variants.typos import typos

TRANSFORMS: dict[str, Transform] = {
    "merge": merge,
    "case-in-one": case_in_one,
    "nav-synonyms": nav_synonyms,
    "nav-dropped": nav_dropped,
    "format": reformat,
    "typos": typos,
    "early": early,
    "question": question,
}
VARIANT_KINDS: tuple[str, ...] = tuple(TRANSFORMS)
ROUNDS = 4  # how often a kind is tried again with a new seed when more variants are asked for


def stable_seed(*parts: object) -> int:
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()
    return int(digest[:8], 16)


def apply_variant(scenario: Scenario, kind: str, seed: int) -> Scenario | None:
    """The variant of ``scenario`` made by ``kind`` with ``seed``; None when it does not apply."""
    if not scenario.turns or scenario.derived is not None:
        return None
    outcome = TRANSFORMS[kind](scenario, random.Random(seed))
    return None if outcome is None else _variant(scenario, kind, seed, outcome)


def _variant(scenario: Scenario, kind: str, seed: int, outcome: Outcome) -> Scenario:
    gold = scenario.gold
    if gold is not None and outcome.not_items:
        gold = gold.model_copy(
            update={
                "not_actors": [*gold.not_actors, *outcome.not_items],
                "not_effects": [*gold.not_effects, *outcome.not_items],
            }
        )
    derived = Derived(of=scenario.id, kind=kind, seed=seed, changes=outcome.changes)
    copy = scenario.model_copy(
        update={
            "id": f"{scenario.id}~{kind}",
            "turns": outcome.turns,
            "gold": gold,
            "derived": derived,
        }
    )
    copy._source = scenario.source
    return copy


def derive_variants(
    scenario: Scenario, count: int, seed: int = 0, kinds: tuple[str, ...] = VARIANT_KINDS
) -> list[Scenario]:
    """Up to ``count`` different variants, kinds in a seeded order per scenario, then again with
    new seeds when more are asked for than kinds apply."""
    order = list(kinds)
    random.Random(stable_seed(seed, scenario.id)).shuffle(order)
    seen = {tuple(t.user for t in scenario.turns)}
    out: list[Scenario] = []
    for round_ in range(ROUNDS):
        for kind in order:
            if len(out) == count:
                return out
            variant = apply_variant(scenario, kind, stable_seed(seed, scenario.id, kind, round_))
            if variant is None or (texts := tuple(t.user for t in variant.turns)) in seen:
                continue
            seen.add(texts)
            if round_:
                variant = variant.model_copy(update={"id": f"{variant.id}-{round_ + 1}"})
                variant._source = scenario.source
            out.append(variant)
    return out
