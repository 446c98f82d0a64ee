"""Run scenarios on one or more variants (backend/model), each run in a fresh data dir.

The shipped corpus is indexed into ``<data_dir>/eval-cache`` (incrementally: only the first run
embeds it). Every scenario run gets a fresh data dir with its own session database and shares that
index read-only; a scenario with ``setup.documents`` gets its own copy of the index and indexes its
extra files there only.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant import __version__
from assistant.errors import AssistantError
from assistant.evals.judge import Judge
from assistant.evals.manifest import git_commit, prompt_hashes, settings_snapshot
from assistant.evals.play import ScenarioPlayer
from assistant.evals.results import (
    EvalResults,
    Manifest,
    RunRecord,
    ScenarioResult,
    Variant,
    aggregate,
)
from assistant.evals.scenario import Scenario
from assistant.evals.simulator import can_play_user
from assistant.evals.variants import VARIANT_KINDS, derive_variants
from assistant.llm.base import ChatModel
from assistant.services.container import Services
from assistant.settings import Settings

#: progress(done, total, label) - called after each scenario run.
Progress = Callable[[int, int, str], None]


@dataclass
class VariantSpec:
    backend: str
    model: str | None = None

    @property
    def label(self) -> str:
        return f"{self.backend}:{self.model}" if self.model else self.backend

    def settings(self, base: Settings) -> Settings:
        if not self.model:
            return base
        if self.backend == "embedded" or self.model.endswith(".gguf"):
            embedded = base.embedded.model_copy(update={"model_path": Path(self.model)})
            return base.model_copy(update={"embedded": embedded})
        ollama = base.ollama.model_copy(update={"model": self.model})
        return base.model_copy(update={"ollama": ollama})


def variant_specs(backends: Sequence[str], models: Sequence[str]) -> list[VariantSpec]:
    """Every backend, each with every model (guided has no model: it runs once)."""
    specs: list[VariantSpec] = []
    for backend in dict.fromkeys(backends):
        if backend == "guided" or not models:
            specs.append(VariantSpec(backend))
        else:
            specs.extend(VariantSpec(backend, model) for model in dict.fromkeys(models))
    return specs


@dataclass
class SuiteOptions:
    variants: list[VariantSpec]
    repeat: int = 1
    min_pass: int = 1
    judge_model: ChatModel | None = None
    chat_models: dict[str, ChatModel] = field(default_factory=dict, repr=False)
    scenario_variants: int = 0
    variant_seed: int = 0
    variant_kinds: tuple[str, ...] = VARIANT_KINDS
    user_model: ChatModel | None = field(default=None, repr=False)
    only: set[str] | None = None  # result keys ("id[backend]") to run; None: all
    failed_from: str | None = None


def expand(scenarios: list[Scenario], options: SuiteOptions) -> list[Scenario]:
    """Each scenario followed by its variants (``--variants``)."""
    out: list[Scenario] = []
    for scenario in scenarios:
        out.append(scenario)
        if options.scenario_variants:
            out += derive_variants(
                scenario, options.scenario_variants, options.variant_seed, options.variant_kinds
            )
    return out


class _ScenarioServices(Services):
    """Services for one run, sharing the (slow to load) embedder and chat model, and the
    read-only corpus index unless the scenario indexes documents of its own."""

    def __init__(
        self, settings: Settings, chat_model: ChatModel, shared: Services, own_index: bool
    ) -> None:
        super().__init__(settings, chat_model=chat_model)
        self.__dict__["embedder"] = shared.embedder
        self.__dict__["suggester"] = shared.suggester  # its vectors live in the eval cache
        if not own_index:
            self.__dict__["knowledge"] = shared.knowledge


class Workspace:
    """A prepared corpus index (kept in ``<data_dir>/eval-cache`` and updated incrementally, so
    only the first eval run embeds the corpus) and a fresh data dir per scenario run."""

    def __init__(self, settings: Settings, runs_dir: Path) -> None:
        self.runs_dir = runs_dir
        self.settings = _with_data_dir(settings, settings.data_dir / "eval-cache")
        self.base = Services(self.settings)
        self._runs = 0

    def prepare(self) -> str | None:
        """Bring the cached corpus index up to date (unchanged files are skipped)."""
        knowledge = self.base.knowledge
        knowledge.index(list(self.settings.retrieval.corpus_dirs), progress=False)
        self.base.suggester.prepare()
        return str(knowledge.fingerprint())

    def fresh(self, chat_model: ChatModel, scenario: Scenario) -> Services:
        """Services on a new data dir: its own session database, and its own copy of the index
        when the scenario adds documents (they never reach the shared index)."""
        self._runs += 1
        data_dir = self.runs_dir / f"run-{self._runs:04d}"
        documents = scenario.document_paths()
        if documents:
            ignore = shutil.ignore_patterns("sessions.sqlite3*")
            shutil.copytree(self.settings.data_dir, data_dir, ignore=ignore)
        else:
            data_dir.mkdir(parents=True)
        settings = _with_data_dir(self.settings, data_dir)
        services = _ScenarioServices(settings, chat_model, self.base, bool(documents))
        if documents:
            services.knowledge.index(documents, progress=False)
        return services


def _with_data_dir(settings: Settings, data_dir: Path) -> Settings:
    sessions = settings.sessions.model_copy(update={"database": None})
    return settings.model_copy(update={"data_dir": data_dir, "sessions": sessions})


def _variant(
    spec: VariantSpec, settings: Settings, options: SuiteOptions
) -> tuple[Variant, ChatModel | str]:
    """The variant's record and its chat model (or why it cannot run)."""
    variant = Variant(label=spec.label, backend=spec.backend, model=spec.model)
    given = options.chat_models.get(spec.label)
    if given is not None:
        variant.active_backend, variant.reason = given.backend, "given model"
        return variant, given
    from assistant.llm.factory import select_backend

    try:
        choice = select_backend(spec.settings(settings), spec.backend)
    except AssistantError as exc:
        variant.reason = f"{exc.message} (fix: {exc.fix})"
        return variant, variant.reason
    variant.active_backend, variant.reason = choice.active, choice.reason
    return variant, choice.model


def run_suite(
    scenarios: list[Scenario],
    settings: Settings,
    options: SuiteOptions,
    progress: Progress | None = None,
    workdir: Path | None = None,
) -> EvalResults:
    """Play every scenario ``repeat`` times on every variant; results with their manifest."""
    with tempfile.TemporaryDirectory(prefix="ethics-eval-", dir=workdir) as tmp:
        workspace = Workspace(settings, Path(tmp))
        fingerprint = workspace.prepare()
        catalogue = workspace.base.knowledge.catalogue
        judge = Judge(options.judge_model) if options.judge_model is not None else None
        results = EvalResults(manifest=_manifest(settings, options, fingerprint))
        scenarios = expand(scenarios, options)
        plan = [
            (spec, [s for s in scenarios if _wanted(options, s, spec)]) for spec in options.variants
        ]
        total = sum(len(chosen) for _, chosen in plan) * options.repeat
        done = 0
        for spec, chosen in plan:
            variant, model = _variant(spec, settings, options)
            results.manifest.variants.append(variant)
            user_model = _user_model(options, model)
            for scenario in chosen:
                runs: list[RunRecord] = []
                for _ in range(options.repeat):
                    if isinstance(model, str):
                        runs.append(RunRecord(status="error", error=model))
                    else:
                        services = workspace.fresh(model, scenario)
                        player = ScenarioPlayer(services, catalogue, judge, user_model)
                        runs.append(player.play(scenario))
                    done += 1
                    if progress is not None:
                        progress(done, total, f"{scenario.id} [{spec.label}]")
                results.scenarios.append(_result(scenario, spec.label, runs, options.min_pass))
        return results


def _wanted(options: SuiteOptions, scenario: Scenario, spec: VariantSpec) -> bool:
    return options.only is None or f"{scenario.id}[{spec.label}]" in options.only


def _user_model(options: SuiteOptions, model: ChatModel | str) -> ChatModel | None:
    """Who plays simulated users: --user-model, else the backend's model when it can."""
    if options.user_model is not None:
        return options.user_model
    if isinstance(model, str) or not can_play_user(model):
        return None
    return model


def _result(scenario: Scenario, label: str, runs: list[RunRecord], min_pass: int) -> ScenarioResult:
    outcome, passes = aggregate(runs, min_pass)
    return ScenarioResult(
        scenario_id=scenario.id,
        file=str(scenario.source or ""),
        language=scenario.language,
        description=scenario.about,
        variant=label,
        tags=list(scenario.tags),
        set=scenario.source.parent.name if scenario.source else "",
        derived=scenario.derived,
        gold=scenario.gold,
        outcome=outcome,
        passes=passes,
        runs=runs,
    )


def _manifest(settings: Settings, options: SuiteOptions, fingerprint: str | None) -> Manifest:
    judge = options.judge_model
    return Manifest(
        git_commit=git_commit(),
        assistant_version=__version__,
        prompt_hashes=prompt_hashes(),
        backend=[v.backend for v in options.variants],
        model=[v.model for v in options.variants],
        settings=settings_snapshot(settings),
        index_fingerprint=fingerprint,
        repeat=options.repeat,
        min_pass=options.min_pass,
        judge=judge.describe() if judge is not None else None,
        scenario_variants=options.scenario_variants,
        variant_seed=options.variant_seed,
        user_model=options.user_model.name if options.user_model is not None else None,
        failed_from=options.failed_from,
    )
