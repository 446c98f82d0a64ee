"""Comparisons: against a baseline run (regressions and fixes) and between variants."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.evals.results import EvalResults


@dataclass(frozen=True)
class Change:
    key: str
    before: str
    after: str


@dataclass
class BaselineDiff:
    regressions: list[Change] = field(default_factory=list)
    fixes: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list, repr=False)
    new: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Regressions: {len(self.regressions)}, fixes: {len(self.fixes)}"]
        out += [f"  REGRESSION {c.key}: {c.before} -> {c.after}" for c in self.regressions]
        out += [f"  FIXED      {c.key}: {c.before} -> {c.after}" for c in self.fixes]
        out += [f"  CHANGED    {c.key}: {c.before} -> {c.after}" for c in self.changed]
        out += [f"  NEW        {key}" for key in self.new]
        out += [f"  NOT RUN    {key} (in the baseline)" for key in self.missing]
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
    return diff


def comparison_table(results: EvalResults) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Variants as columns, scenarios as rows (outcome per cell; '-' when not run)."""
    variants = results.variants()
    cells: dict[str, dict[str, str]] = {}
    for r in results.scenarios:
        label = r.outcome if len(r.runs) == 1 else f"{r.outcome} {r.passes}/{len(r.runs)}"
        cells.setdefault(r.scenario_id, {})[r.variant] = label
    rows = [(sid, [row.get(v, "-") for v in variants]) for sid, row in cells.items()]
    return variants, rows
