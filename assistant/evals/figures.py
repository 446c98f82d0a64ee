"""Figures per group: pass rate and item-level precision and recall per backend, overall, per
language, per variant kind, per folder and per tag, each with its spread over repeats; and the
variant table (how many scenarios still pass under each transformation).

Item ratios are micro-averaged (hits and totals summed over the group's runs, as the shared
scorer does); a run that ended in an error has no items and is left out of them, but counts as
not reaching options and not holding the values condition.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from assistant.evals.results import EvalResults, GroupFigures, RunRecord, ScenarioResult, Spread
from assistant.evals.scoring import METRICS

GROUP_ORDER = ("all", "language", "kind", "set", "tag")


def groups_of(result: ScenarioResult) -> list[str]:
    out = ["all", f"language:{result.language}", f"kind:{result.kind}"]
    out += [f"set:{result.set}"] if result.set else []
    return out + [f"tag:{tag}" for tag in result.tags]


def spread(values: list[float]) -> Spread | None:
    if not values:
        return None
    err = statistics.stdev(values) / len(values) ** 0.5 if len(values) > 1 else 0.0
    return Spread(mean=statistics.fmean(values), low=min(values), high=max(values), stderr=err)


def _per_repeat(
    results: list[ScenarioResult], value: Callable[[RunRecord], tuple[int, int] | None]
) -> list[float]:
    """The ratio of summed (hits, total) per repeat index (repeats with no total left out)."""
    repeats = max((len(r.runs) for r in results), default=0)
    ratios: list[float] = []
    for i in range(repeats):
        pairs = [value(r.runs[i]) for r in results if i < len(r.runs)]
        hits = sum(p[0] for p in pairs if p is not None)
        total = sum(p[1] for p in pairs if p is not None)
        if total:
            ratios.append(hits / total)
    return ratios


def _metric(name: str) -> Callable[[RunRecord], tuple[int, int] | None]:
    return lambda run: run.items.counts.get(name) if run.items is not None else None


def _reached(run: RunRecord) -> tuple[int, int]:
    return (1 if run.items is not None and run.items.reached_options else 0), 1


def _values_ok(run: RunRecord) -> tuple[int, int]:
    return (1 if run.items is not None and run.items.values_ok else 0), 1


def figures_of(variant: str, group: str, results: list[ScenarioResult]) -> GroupFigures:
    gold = [r for r in results if r.gold is not None]
    named = [r for r in gold if r.gold is not None and r.gold.values_any]
    passing = spread(_per_repeat(results, lambda run: (int(run.status == "pass"), 1)))
    items = {m: s for m in METRICS if (s := spread(_per_repeat(results, _metric(m)))) is not None}
    return GroupFigures(
        variant=variant,
        group=group,
        scenarios=len(results),
        passed=sum(1 for r in results if r.outcome == "pass"),
        pass_rate=passing or Spread(mean=0.0, low=0.0, high=0.0),
        items=items,
        gold_scenarios=len(gold),
        reached_options=spread(_per_repeat(gold, _reached)),
        values_scenarios=len(named),
        values_ok=spread(_per_repeat(named, _values_ok)),
    )


def _order(group: str) -> tuple[int, str]:
    return GROUP_ORDER.index(group.split(":")[0]), group


def group_figures(results: EvalResults) -> list[GroupFigures]:
    out: list[GroupFigures] = []
    for variant in results.variants():
        buckets: dict[str, list[ScenarioResult]] = {}
        for result in (r for r in results.scenarios if r.variant == variant):
            for group in groups_of(result):
                buckets.setdefault(group, []).append(result)
        out.extend(figures_of(variant, g, buckets[g]) for g in sorted(buckets, key=_order))
    return out


@dataclass
class KindRow:
    """One transformation on one backend: its variants against their originals."""

    variant: str
    kind: str
    variants: int = 0
    originals_passing: int = 0
    still_passing: int = 0  # variants passing whose original passes
    passing: int = 0
    items: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)


def _ratio(results: Iterable[ScenarioResult], metric: str) -> float | None:
    pairs = [counts[metric] for r in results if metric in (counts := r.item_counts())]
    total = sum(p[1] for p in pairs)
    return sum(p[0] for p in pairs) / total if total else None


def variant_table(results: EvalResults) -> list[KindRow]:
    """Per backend and kind: variants, how many of their originals pass, how many still pass,
    and each item ratio of the variants next to that of their originals."""
    originals = {(r.scenario_id, r.variant): r for r in results.scenarios if r.derived is None}
    rows: dict[tuple[str, str], tuple[KindRow, list[ScenarioResult], list[ScenarioResult]]] = {}
    for r in results.scenarios:
        origin = originals.get((r.origin, r.variant))
        if r.derived is None or origin is None:
            continue
        row, mine, theirs = rows.setdefault(
            (r.variant, r.kind), (KindRow(r.variant, r.kind), [], [])
        )
        row.variants += 1
        row.passing += r.outcome == "pass"
        row.originals_passing += origin.outcome == "pass"
        row.still_passing += origin.outcome == "pass" and r.outcome == "pass"
        mine.append(r)
        theirs.append(origin)
    for row, mine, theirs in rows.values():
        row.items = {m: (_ratio(mine, m), _ratio(theirs, m)) for m in METRICS}
    return [rows[k][0] for k in sorted(rows)]
