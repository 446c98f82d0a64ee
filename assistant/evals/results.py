"""The results of an eval run: a versioned JSON schema (``results.json``) and the outcome rules.

Outcomes of one scenario on one variant (backend/model) over ``repeat`` runs:
pass (at least ``min_pass`` runs passed), flaky (some runs passed, fewer than ``min_pass``),
error (no run passed and at least one could not be evaluated) and fail (no run passed).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.errors import InputError
from assistant.evals.canvas import Canvas
from assistant.evals.gold import Gold
from assistant.evals.scenario import Derived
from assistant.evals.scoring import ItemScores

#: 2 added the final canvas, item scores, tags, set, derived variants and group figures; a
#: version 1 file is still read (as a baseline).
RESULTS_SCHEMA_VERSION = 2
READABLE_VERSIONS = (1, 2)

Status = Literal["pass", "fail", "error", "skipped"]
Outcome = Literal["pass", "fail", "error", "flaky"]
OUTCOMES: tuple[Outcome, ...] = ("pass", "fail", "error", "flaky")


class AssertionResult(BaseModel):
    name: str
    scope: str = Field(description="'turn N' or 'final'.")
    status: Status
    expected: str = ""
    actual: str = ""
    evidence: str = ""

    def describe(self) -> str:
        text = (
            f"{self.scope}: {self.name} {self.status}: expected {self.expected}; got {self.actual}"
        )
        return f"{text}; evidence: {self.evidence}" if self.evidence else text


class CitationRecord(BaseModel):
    id: str
    title: str = ""
    source: str = ""


class TurnRecord(BaseModel):
    index: int = Field(description="1-based turn number.")
    user: str
    reply: str
    step: str = ""
    step_after: str = ""
    intent: str = ""
    language: str = ""
    retrieved_ids: list[str] = Field(default_factory=list)
    cited_ids: list[str] = Field(default_factory=list)
    citations: list[CitationRecord] = Field(default_factory=list)
    latency_ms: float = 0.0
    notices: list[str] = Field(default_factory=list)
    assertions: list[AssertionResult] = Field(default_factory=list)


class RunRecord(BaseModel):
    """One play of a scenario."""

    status: Literal["pass", "fail", "error"]
    error: str = Field("", description="Why the run could not be evaluated (status error).")
    duration_s: float = 0.0
    session_id: str = ""
    turns: list[TurnRecord] = Field(default_factory=list)
    final: list[AssertionResult] = Field(default_factory=list)
    final_state: dict[str, Any] = Field(default_factory=dict, description="Counts at the end.")
    canvas: Canvas | None = Field(None, description="The session at the end, names for ids.")
    items: ItemScores | None = Field(None, description="Item-level scores, when there is gold.")

    def assertions(self) -> list[AssertionResult]:
        return [a for t in self.turns for a in t.assertions] + list(self.final)

    def failures(self) -> list[AssertionResult]:
        return [a for a in self.assertions() if a.status in ("fail", "error")]


class ScenarioResult(BaseModel):
    scenario_id: str
    file: str = ""
    language: str
    description: str = ""
    variant: str = Field(description="Backend (and model) label, e.g. 'guided'.")
    tags: list[str] = Field(default_factory=list)
    set: str = Field("", description="The folder the scenario file is in.")
    derived: Derived | None = Field(None, description="How this variant was made (--variants).")
    gold: Gold | None = Field(None, description="The scenario's item-level gold.")
    outcome: Outcome
    passes: int
    runs: list[RunRecord]

    @property
    def key(self) -> str:
        return f"{self.scenario_id}[{self.variant}]"

    @property
    def origin(self) -> str:
        """The id of the scenario this one was derived from (its own id for an original)."""
        return self.derived.of if self.derived else self.scenario_id

    @property
    def kind(self) -> str:
        return self.derived.kind if self.derived else "original"

    def item_counts(self) -> dict[str, tuple[int, int]]:
        """Item-level (hits, total) per metric, summed over the runs that were scored."""
        sums: dict[str, tuple[int, int]] = {}
        for run in self.runs:
            for metric, (hits, total) in (run.items.counts if run.items else {}).items():
                h, t = sums.get(metric, (0, 0))
                sums[metric] = (h + hits, t + total)
        return sums

    def first_problem(self) -> str:
        """The message for junit and the console: the first failing run's first problem."""
        for run in self.runs:
            if run.status == "error" and run.error:
                return run.error
            failures = run.failures()
            if failures:
                more = f" (+{len(failures) - 1} more)" if len(failures) > 1 else ""
                return failures[0].describe() + more
        return ""


class Variant(BaseModel):
    label: str
    backend: str
    model: str | None = None
    active_backend: str = ""
    reason: str = ""


class Manifest(BaseModel):
    git_commit: str | None = None
    assistant_version: str = ""
    prompt_hashes: dict[str, str] = Field(default_factory=dict)
    variants: list[Variant] = Field(default_factory=list)
    backend: list[str] = Field(default_factory=list)
    model: list[str | None] = Field(default_factory=list)
    settings: dict[str, Any] = Field(default_factory=dict)
    index_fingerprint: str | None = None
    repeat: int = 1
    min_pass: int = 1
    judge: str | None = Field(None, description="Judge model, when --judge was given.")
    scenario_variants: int = Field(0, description="Variants per scenario (--variants).")
    variant_seed: int = Field(0, description="Seed the variants were derived with.")
    user_model: str | None = Field(None, description="Model playing simulated users.")
    failed_from: str | None = Field(None, description="Results whose failures were re-run.")


class Spread(BaseModel):
    """A figure over repeats: its mean, lowest and highest value and the standard error."""

    mean: float
    low: float
    high: float
    stderr: float = 0.0


class GroupFigures(BaseModel):
    """Pass rate and item-level figures of one group of scenarios on one backend."""

    variant: str = Field(description="Backend (and model) label.")
    group: str = Field(description="'all', 'language:nl', 'tag:X', 'kind:typos' or 'set:dev'.")
    scenarios: int
    passed: int = Field(description="Scenarios whose outcome is pass (k of n).")
    pass_rate: Spread = Field(description="Share of passing runs, per repeat.")
    items: dict[str, Spread] = Field(
        default_factory=dict, description="Metric -> micro-averaged ratio, per repeat."
    )
    gold_scenarios: int = Field(0, description="Scenarios with item-level gold.")
    reached_options: Spread | None = Field(None, description="Share of gold scenarios.")
    values_scenarios: int = Field(0, description="Scenarios whose gold names values.")
    values_ok: Spread | None = Field(None, description="Share of values_scenarios.")


class NotRunFile(BaseModel):
    """A path given to the run that gave no scenario (the others ran)."""

    file: str
    problems: list[str]
    fix: str


class EvalResults(BaseModel):
    schema_version: int = RESULTS_SCHEMA_VERSION
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    manifest: Manifest = Field(default_factory=Manifest)
    scenarios: list[ScenarioResult] = Field(default_factory=list)
    figures: list[GroupFigures] = Field(
        default_factory=list, description="Per backend and group; written with the results."
    )
    not_run: list[NotRunFile] = Field(
        default_factory=list,
        description="Paths that gave no scenario (unreadable, invalid, missing), each with its "
        "fix; they count as errors.",
    )

    def counts(self, variant: str | None = None) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
        for result in self.scenarios:
            if variant is None or result.variant == variant:
                counts[result.outcome] += 1
        return counts

    def exit_code(self) -> int:
        """0 all pass, 1 any fail (or flaky), 2 any error (a file that could not run too)."""
        counts = self.counts()
        if counts["error"] or self.not_run:
            return 2
        return 1 if counts["fail"] or counts["flaky"] else 0

    def variants(self) -> list[str]:
        return list(dict.fromkeys(r.variant for r in self.scenarios))

    def write(self, path: Path) -> None:
        path.write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")


def aggregate(runs: list[RunRecord], min_pass: int) -> tuple[Outcome, int]:
    """The outcome over repeated runs, and the number of passing runs."""
    passes = sum(1 for r in runs if r.status == "pass")
    if passes >= min_pass:
        return "pass", passes
    if passes:
        return "flaky", passes
    if any(r.status == "error" for r in runs):
        return "error", passes
    return "fail", passes


def run_status(assertions: list[AssertionResult]) -> Literal["pass", "fail", "error"]:
    statuses = {a.status for a in assertions}
    if "error" in statuses:
        return "error"
    return "fail" if "fail" in statuses else "pass"


def load_results(path: Path) -> EvalResults:
    """A ``results.json`` from an earlier run (for ``--baseline``)."""
    try:
        data = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"Cannot read baseline {path}: {exc}", "give an existing results.json"
        ) from exc
    try:
        results = EvalResults.model_validate_json(data)
    except ValidationError as exc:
        raise InputError(
            f"{path} is not an eval results.json: {exc.errors()[0]['msg']}",
            "give the results.json written by `ethics-assistant eval`",
        ) from exc
    if results.schema_version not in READABLE_VERSIONS:
        raise InputError(
            f"{path} has results schema version {results.schema_version}, this version reads "
            f"{', '.join(map(str, READABLE_VERSIONS))}",
            "re-run the baseline with this version of ethics-assistant",
        )
    return results
