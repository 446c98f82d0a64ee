"""``--failed-from results.json``: the scenarios (and variants) that did not pass earlier."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.evals.loader import ScenarioError, load_scenarios
from assistant.evals.results import EvalResults, ScenarioResult, load_results
from assistant.evals.scenario import Scenario
from assistant.evals.variants import apply_variant


@dataclass
class Rerun:
    scenarios: list[Scenario]
    keys: set[str]  # "id[backend]" of the failures
    backends: list[tuple[str, str | None]]  # (backend, model) of the failures, in run order


def failures(results: EvalResults) -> list[ScenarioResult]:
    """Failures, errors and flaky outcomes (all that did not pass)."""
    return [r for r in results.scenarios if r.outcome != "pass"]


def select_failed(path: Path, paths: list[Path] | None = None) -> Rerun:
    """What failed in ``path``, loaded again from its files (or from ``paths``); variants are
    derived again from their original with the recorded kind and seed."""
    old = load_results(path)
    failed = failures(old)
    files = paths or sorted({Path(r.file) for r in failed if r.file})
    loaded = {s.id: s for s in load_scenarios(files)} if files else {}
    scenarios: dict[str, Scenario] = {}
    problems: list[str] = []
    for result in failed:
        scenario = _again(result, loaded)
        if scenario is None:
            problems.append(f"{path}: {result.scenario_id} is not in {', '.join(map(str, files))}")
        else:
            scenarios.setdefault(scenario.id, scenario)
    if problems:
        raise ScenarioError(problems)
    labels = {r.variant for r in failed}
    backends = [(v.backend, v.model) for v in old.manifest.variants if v.label in labels]
    return Rerun(list(scenarios.values()), {r.key for r in failed}, backends)


def _again(result: ScenarioResult, loaded: dict[str, Scenario]) -> Scenario | None:
    derived = result.derived
    if derived is None:
        return loaded.get(result.scenario_id)
    original = loaded.get(derived.of)
    variant = apply_variant(original, derived.kind, derived.seed) if original else None
    if variant is None:
        return None
    again = variant.model_copy(update={"id": result.scenario_id})
    again._source = variant.source
    return again
