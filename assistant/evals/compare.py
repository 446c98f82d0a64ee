"""Comparisons: against a baseline run (regressions and fixes) and between variants."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.evals.figures import group_figures
from assistant.evals.results import EvalResults, ScenarioResult, Spread
from assistant.evals.scoring import METRICS

EPSILON = 0.005  # smaller moves of a ratio are not reported


@dataclass(frozen=True)
class Change:
    key: str
    before: str
    after: str


@dataclass(frozen=True)
class FigureChange:
    """A figure that moved: a group's pass rate or item ratio, or one scenario's item ratio."""

    key: str
    figure: str
    before: float
    after: float

    @property
    def better(self) -> bool:
        return self.after > self.before

    def describe(self) -> str:
        sign = "+" if self.better else ""
        change = f"{self.before:.2f} -> {self.after:.2f} ({sign}{self.after - self.before:.2f})"
        return f"{self.key} {self.figure}: {change}"


@dataclass
class BaselineDiff:
    regressions: list[Change] = field(default_factory=list)
    fixes: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list, repr=False)
    new: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    figures: list[FigureChange] = field(default_factory=list)

    @property
    def better(self) -> list[FigureChange]:
        return [f for f in self.figures if f.better]

    @property
    def worse(self) -> list[FigureChange]:
        return [f for f in self.figures if not f.better]

    def lines(self) -> list[str]:
        out = [f"Regressions: {len(self.regressions)}, fixes: {len(self.fixes)}"]
        out += [f"  REGRESSION {c.key}: {c.before} -> {c.after}" for c in self.regressions]
        out += [f"  FIXED      {c.key}: {c.before} -> {c.after}" for c in self.fixes]
        out += [f"  CHANGED    {c.key}: {c.before} -> {c.after}" for c in self.changed]
        out += [f"  NEW        {key}" for key in self.new]
        out += [f"  NOT RUN    {key} (in the baseline)" for key in self.missing]
        if self.figures:
            out.append(f"Figures: {len(self.better)} better, {len(self.worse)} worse")
            out += [f"  BETTER     {f.describe()}" for f in self.better]
            out += [f"  WORSE      {f.describe()}" for f in self.worse]
        return out


def diff_baseline(current: EvalResults, baseline: EvalResults) -> BaselineDiff:
    """Per scenario and variant: pass -> not pass is a regression, not pass -> pass a fix."""
    before = {r.key: r.outcome for r in baseline.scenarios}
    diff = BaselineDiff()
    for result in current.scenarios:
        old = before.pop(result.key, None)
        if old is None:
            diff.new.append(result.key)
        elif old == "pass" and result.outcome != "pass":
            diff.regressions.append(Change(result.key, old, result.outcome))
        elif old != "pass" and result.outcome == "pass":
            diff.fixes.append(Change(result.key, old, result.outcome))
        elif old != result.outcome:
            diff.changed.append(Change(result.key, old, result.outcome))
    diff.missing = sorted(before)
    diff.figures = _group_changes(current, baseline) + _item_changes(current, baseline)
    return diff


def _common(results: EvalResults, keys: set[str]) -> EvalResults:
    return results.model_copy(
        update={"scenarios": [r for r in results.scenarios if r.key in keys], "figures": []}
    )


def _group_changes(current: EvalResults, baseline: EvalResults) -> list[FigureChange]:
    """Group figures of both runs on the scenarios both ran (a changed set is no change)."""
    keys = {r.key for r in current.scenarios} & {r.key for r in baseline.scenarios}
    old = {(f.variant, f.group): f for f in group_figures(_common(baseline, keys))}
    out: list[FigureChange] = []
    for new in group_figures(_common(current, keys)):
        was = old.get((new.variant, new.group))
        if was is None:
            continue
        pairs: list[tuple[str, Spread | None, Spread | None]]
        pairs = [("pass rate", was.pass_rate, new.pass_rate)]
        pairs += [(m, was.items.get(m), new.items.get(m)) for m in METRICS]
        key = f"{new.group} [{new.variant}]"
        out += [
            FigureChange(key, name, a.mean, b.mean)
            for name, a, b in pairs
            if a is not None and b is not None and abs(a.mean - b.mean) >= EPSILON
        ]
    return out


def _sums(result: ScenarioResult) -> dict[str, float]:
    return {m: h / t for m, (h, t) in result.item_counts().items() if t}


def _item_changes(current: EvalResults, baseline: EvalResults) -> list[FigureChange]:
    old = {r.key: _sums(r) for r in baseline.scenarios}
    out: list[FigureChange] = []
    for result in current.scenarios:
        was, now = old.get(result.key, {}), _sums(result)
        out += [
            FigureChange(result.key, m, was[m], now[m])
            for m in METRICS
            if m in was and m in now and abs(was[m] - now[m]) >= EPSILON
        ]
    return out


def _recalls(result: ScenarioResult) -> str:
    """`` · actors 3/4 · effects 1/2 · options 2/3`` over the runs, for what the gold holds."""
    counts = result.item_counts()
    shown = [
        f"{kind} {counts[key][0]}/{counts[key][1]}"
        for kind in ("actors", "effects", "options")
        if (key := f"{kind}_recall") in counts and counts[key][1]
    ]
    return "".join(f" · {part}" for part in shown)


def comparison_table(results: EvalResults) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Variants as columns, scenarios as rows (outcome per cell, with the recall of actors,
    effects and options where there is gold, so backends compare per conversation; '-' when
    not run)."""
    variants = results.variants()
    cells: dict[str, dict[str, str]] = {}
    for r in results.scenarios:
        label = r.outcome if len(r.runs) == 1 else f"{r.outcome} {r.passes}/{len(r.runs)}"
        cells.setdefault(r.scenario_id, {})[r.variant] = label + _recalls(r)
    rows = [(sid, [row.get(v, "-") for v in variants]) for sid, row in cells.items()]
    return variants, rows
