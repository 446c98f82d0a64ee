"""Scenario variants: each transformation keeps the meaning and the gold, is reproducible from
its seed, and moves the turn assertions with their turns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.evals.loader import load_scenario, load_scenarios
from assistant.evals.scenario import Scenario
from assistant.evals.scoring import norm
from assistant.evals.variants import VARIANT_KINDS, apply_variant, derive_variants
from assistant.evals.variants.turns import slots
from assistant.evals.variants.typos import COMMON
from assistant.evals.variants.words import METHOD_QUESTIONS, NEXT_SYNONYMS, NEXT_WORDS
from assistant.paths import PROJECT_ROOT

EVALS = PROJECT_ROOT / "evals"


@pytest.fixture(scope="module")
def shipped() -> list[Scenario]:
    return load_scenarios([EVALS])


def scenario(sid: str) -> Scenario:
    return load_scenario(EVALS / f"{sid}.yaml")


def texts(s: Scenario) -> list[str]:
    return [t.user for t in s.turns]


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def variant(sid: str, kind: str, seed: int = 3) -> Scenario:
    made = apply_variant(scenario(sid), kind, seed)
    assert made is not None and made.derived is not None
    assert (made.derived.of, made.derived.kind, made.derived.seed) == (sid, kind, seed)
    assert made.id == f"{sid}~{kind}" and made.derived.changes
    return made


def test_merge_sends_two_turns_as_one() -> None:
    original, merged = (
        scenario("nl-slimme-cameras-binnenstad"),
        variant("nl-slimme-cameras-binnenstad", "merge"),
    )
    assert len(merged.turns) == len(original.turns) - 1
    assert words(" ".join(texts(merged))) == words(" ".join(texts(original)))
    n = next(
        i for i, (a, b) in enumerate(zip(texts(merged), texts(original), strict=False)) if a != b
    )
    assert merged.turns[n].user.startswith(original.turns[n].user.rstrip("."))
    assert merged.turns[n].expect == original.turns[n + 1].expect  # the later turn's state


def test_case_in_one_tells_the_case_at_once() -> None:
    original, one = (
        scenario("en-digital-twin-province"),
        variant("en-digital-twin-province", "case-in-one"),
    )
    assert len(one.turns) == len(original.turns) - 3
    assert words(one.turns[0].user) == words(" ".join(texts(original)[:4]))
    assert one.turns[0].expect is not None and one.turns[0].expect.language == "en"
    assert texts(one)[1:] == texts(original)[4:]
    assert apply_variant(scenario("en-smart-cameras-police"), "case-in-one", 3) is None


def test_nav_synonyms_replace_every_next() -> None:
    original, other = (
        scenario("nl-sentiment-gemeente"),
        variant("nl-sentiment-gemeente", "nav-synonyms"),
    )
    for before, after, slot in zip(texts(original), texts(other), slots(original), strict=True):
        if slot.role == "next":
            assert after in NEXT_SYNONYMS["nl"] and norm(after) != norm(before)
        else:
            assert after == before
    assert [t.expect for t in other.turns] == [t.expect for t in original.turns]
    assert apply_variant(scenario("nl-oordeel-gevraagd"), "nav-synonyms", 3) is None


def test_nav_dropped_leaves_out_one_next() -> None:
    original, dropped = (
        scenario("nl-sentiment-gemeente"),
        variant("nl-sentiment-gemeente", "nav-dropped"),
    )
    assert len(dropped.turns) == len(original.turns) - 1
    gone = [t for t in texts(original) if t not in texts(dropped)]
    assert len(gone) == 0 or all(t in NEXT_WORDS["nl"] for t in gone)
    assert [t for t in texts(original) if t not in NEXT_WORDS["nl"]] == [
        t for t in texts(dropped) if t not in NEXT_WORDS["nl"]
    ]
    n = dropped.derived.changes[0].split()[1]  # type: ignore[union-attr]
    answer = dropped.turns[int(n) - 1]
    assert answer.expect is None or answer.expect.step is None  # the step after it is not asserted


def test_format_changes_the_shape_not_the_words() -> None:
    original, shaped = (
        scenario("nl-slimme-cameras-binnenstad"),
        variant("nl-slimme-cameras-binnenstad", "format"),
    )
    assert len(shaped.turns) == len(original.turns) and texts(shaped) != texts(original)
    for before, after in zip(texts(original), texts(shaped), strict=True):
        assert set(words(after)) - {"en"} == set(words(before)) - {"en"}  # "en" joins a list
    lists = [t for t in texts(shaped) if "\n" in t and t not in texts(original)]
    lines = [t for t in texts(original) if "\n" in t and t not in texts(shaped)]
    assert lists and lines  # the actors became a list, the effect lines one paragraph


def test_typos_lower_case_and_misspell_but_never_gold_words() -> None:
    original, typed = (
        scenario("nl-sentiment-gemeente"),
        variant("nl-sentiment-gemeente", "typos", 5),
    )
    assert original.gold is not None and typed.gold == original.gold
    changed = 0
    for before, after in zip(texts(original), texts(typed), strict=True):
        a, b = words(before), words(after)
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            if x != y:
                changed += 1
                assert COMMON["nl"].get(x) == y or abs(len(x) - len(y)) <= 1
        assert after == after.lower()
    assert changed >= 1
    joined = norm(" ".join(texts(typed)))
    for term in original.gold.terms():
        if norm(term) in norm(" ".join(texts(original))):
            assert norm(term) in joined, term


def test_early_gives_the_actors_or_effects_before_next() -> None:
    original, moved = (
        scenario("nl-slimme-cameras-binnenstad"),
        variant("nl-slimme-cameras-binnenstad", "early"),
    )
    assert sorted(texts(moved)) == sorted(texts(original)) and texts(moved) != texts(original)
    [i] = [i for i, (a, b) in enumerate(zip(texts(moved), texts(original), strict=True)) if a != b][
        :1
    ]
    assert texts(moved)[i] == texts(original)[i + 1] and texts(moved)[i + 1] == texts(original)[i]
    assert moved.turns[i].expect is None or moved.turns[i].expect.step is None


def test_question_asks_the_step_back_first() -> None:
    original, asked = (
        scenario("nl-sentiment-gemeente"),
        variant("nl-sentiment-gemeente", "question"),
    )
    assert len(asked.turns) == len(original.turns) + 1
    [extra] = [t for t in texts(asked) if t not in texts(original)]
    assert extra in METHOD_QUESTIONS["nl"].values()
    assert original.gold is not None and asked.gold is not None
    assert asked.gold.not_actors == [*original.gold.not_actors, extra]
    assert asked.gold.not_effects == [*original.gold.not_effects, extra]
    assert asked.gold.actors == original.gold.actors and asked.gold.effects == original.gold.effects


@pytest.mark.parametrize("kind", VARIANT_KINDS)
def test_every_kind_keeps_meaning_gold_and_final_checks(shipped: list[Scenario], kind: str) -> None:
    applied = 0
    for original in shipped:
        made = apply_variant(original, kind, 11)
        if made is None:
            continue
        applied += 1
        assert made.final == original.final and made.setup == original.setup
        assert made.language == original.language and made.tags == original.tags
        assert made.source == original.source
        before, after = norm(" ".join(texts(original))), norm(" ".join(texts(made)))
        assert original.gold is not None and made.gold is not None
        for term in original.gold.terms():  # every gold word said is still said
            assert norm(term) not in before or norm(term) in after, (original.id, kind, term)
        if kind != "question":
            assert made.gold == original.gold
    assert applied >= 3


def test_variants_are_reproducible_and_distinct(shipped: list[Scenario]) -> None:
    for original in shipped[:6]:
        first = derive_variants(original, 5, seed=7)
        again = derive_variants(original, 5, seed=7)
        assert [texts(v) for v in first] == [texts(v) for v in again]
        assert len({v.id for v in first}) == len(first) == len({tuple(texts(v)) for v in first})
        assert tuple(texts(original)) not in {tuple(texts(v)) for v in first}
        for v in first:
            assert v.derived is not None
            remade = apply_variant(original, v.derived.kind, v.derived.seed)
            assert remade is not None and texts(remade) == texts(v)
    full = scenario("nl-slimme-cameras-binnenstad")
    assert len(derive_variants(full, 8)) == 8  # every kind applies to a full conversation
    assert {v.derived.kind for v in derive_variants(full, 8)} == set(VARIANT_KINDS)  # type: ignore[union-attr]
    only = derive_variants(full, 3, kinds=("typos",))
    assert [v.id for v in only] == [f"{full.id}~typos", f"{full.id}~typos-2", f"{full.id}~typos-3"]


def test_a_variant_is_not_derived_again(tmp_path: Path) -> None:
    made = variant("nl-politie-drones", "typos")
    assert apply_variant(made, "merge", 1) is None
    assert derive_variants(made, 3) == []
