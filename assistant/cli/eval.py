"""``ethics-assistant eval``: run scripted scenarios and write results, junit and an HTML report."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import fail, state
from assistant.errors import AssistantError
from assistant.paths import resource_dir

if TYPE_CHECKING:
    from assistant.evals.results import EvalResults, NotRunFile
    from assistant.evals.scenario import Scenario
    from assistant.evals.suite import SuiteOptions
    from assistant.llm.base import ChatModel
    from assistant.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


@dataclass
class Plan:
    """What to run, from the command line."""

    scenarios: list[Scenario]
    backends: list[str] | None
    models: list[str] | None
    repeat: int = 1
    min_pass: int = 1
    variants: int = 0
    seed: int = 0
    kinds: tuple[str, ...] = ()
    only: set[str] | None = None
    not_run: list[NotRunFile] = field(default_factory=list)
    failed_from: Path | None = None
    judge: bool = False
    judge_model: str | None = None
    user_model: str | None = None


def eval_command(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Scenario files or folders (default: evals/; subfolders when named)."),
    ] = None,
    backend: Annotated[
        list[str] | None,
        typer.Option("--backend", help="Backend to evaluate; repeat to compare backends."),
    ] = None,
    model: Annotated[
        list[str] | None,
        typer.Option("--model", help="Ollama model tag (or .gguf for embedded); repeatable."),
    ] = None,
    repeat: Annotated[int, typer.Option(min=1, max=100, help="Runs per scenario.")] = 1,
    min_pass: Annotated[
        int | None,
        typer.Option("--min-pass", min=1, help="Passing runs needed (default: all of --repeat)."),
    ] = None,
    report_dir: Annotated[
        Path, typer.Option("--report-dir", help="Where results.json, junit.xml, report.html go.")
    ] = Path("eval-report"),
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="Earlier results.json to compare with.")
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Only check the scenario files.")
    ] = False,
    judge: Annotated[
        bool, typer.Option("--judge", help="Score `judge:` criteria with the Ollama judge model.")
    ] = False,
    judge_model: Annotated[
        str | None, typer.Option("--judge-model", help="Ollama tag for the judge.")
    ] = None,
    print_schema: Annotated[
        bool, typer.Option("--print-schema", help="Print the scenario JSON Schema and exit.")
    ] = False,
    variants: Annotated[
        int, typer.Option("--variants", min=0, max=20, help="Also run N variants per scenario.")
    ] = 0,
    variant_kind: Annotated[
        list[str] | None,
        typer.Option("--variant-kind", help="Only these transformations (repeatable)."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the variants.")] = 0,
    failed_from: Annotated[
        Path | None,
        typer.Option("--failed-from", help="Re-run only what did not pass in this results.json."),
    ] = None,
    user_model: Annotated[
        str | None,
        typer.Option("--user-model", help="Ollama tag of the model that plays simulated users."),
    ] = None,
) -> None:
    """Run scripted conversations and check them. Exit 0 all pass, 1 any fail, 2 any error."""
    from assistant.evals.scenario import scenario_json_schema

    if print_schema:
        typer.echo(json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False))
        return
    plan = Plan(
        scenarios=[],
        backends=backend,
        models=model,
        repeat=repeat,
        min_pass=min_pass or repeat,
        variants=variants,
        seed=seed,
        kinds=_kinds(variant_kind),
        judge=judge,
        judge_model=judge_model,
        user_model=user_model,
    )
    _load(plan, paths, failed_from, validate)
    if validate:
        typer.echo(f"{len(plan.scenarios)} scenario(s) valid.")
        return
    if min_pass is not None and min_pass > repeat:
        raise fail(f"--min-pass {min_pass} is more than --repeat {repeat}", "lower --min-pass", 2)
    if not plan.scenarios:
        typer.echo(f"Nothing to re-run: every scenario in {failed_from} passed.")
        return
    try:
        results = _run(state(ctx).settings(), plan)
        _finish(results, report_dir, baseline)
    except AssistantError as exc:
        raise fail(exc.message, exc.fix, code=2) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    raise typer.Exit(results.exit_code())


def _kinds(chosen: list[str] | None) -> tuple[str, ...]:
    from assistant.evals.variants import VARIANT_KINDS

    unknown = [k for k in chosen or [] if k not in VARIANT_KINDS]
    if unknown:
        raise fail(
            f"unknown --variant-kind {', '.join(unknown)}", f"use {', '.join(VARIANT_KINDS)}", 2
        )
    return tuple(chosen) if chosen else VARIANT_KINDS


def _load(plan: Plan, paths: list[Path] | None, failed_from: Path | None, validate: bool) -> None:
    """The scenarios to run (all under ``paths``, or what failed in ``failed_from``)."""
    from assistant.evals.loader import ScenarioError, load_scenarios
    from assistant.evals.rerun import select_failed

    try:
        if failed_from is None and validate:
            plan.scenarios = load_scenarios(paths or [resource_dir("evals")])
            return
        if failed_from is None:
            _load_readable(plan, paths or [resource_dir("evals")])
            return
        rerun = select_failed(failed_from, paths)
    except ScenarioError as exc:
        raise fail(exc.message, exc.fix, code=1 if validate else 2) from None
    except AssistantError as exc:
        raise fail(exc.message, exc.fix, code=2) from None
    plan.scenarios, plan.failed_from, plan.variants = rerun.scenarios, failed_from, 0
    if not plan.backends:  # the backends that failed, each with its own failures
        plan.backends = [b for b, _ in rerun.backends]
        plan.models = [m for _, m in rerun.backends if m]
        plan.only = rerun.keys


def _load_readable(plan: Plan, paths: list[Path]) -> None:
    """The scenarios that can be read; the files that cannot are said with their fix (and count
    as errors), files that are no scenario files are named. Nothing readable: stop."""
    from assistant.evals.loader import ScenarioError, load_readable
    from assistant.evals.output import not_run_lines
    from assistant.evals.results import NotRunFile

    loaded = load_readable(paths)
    plan.not_run = [
        NotRunFile(file=str(n.path), problems=n.problems, fix=n.fix) for n in loaded.not_run
    ]
    if not loaded.scenarios:
        fixes = "; ".join(dict.fromkeys(n.fix for n in loaded.not_run))
        raise ScenarioError([p for n in loaded.not_run for p in n.problems], fixes)
    plan.scenarios = loaded.scenarios
    for line in not_run_lines(plan.not_run, "the others run"):
        typer.echo(line, err=True)
    if loaded.other_files:
        names = ", ".join(str(p) for p in loaded.other_files)
        typer.echo(f"Left alone (not a .yaml or .yml scenario file): {names}", err=True)


def _options(settings: Settings, plan: Plan) -> SuiteOptions:
    from assistant.evals.suite import SuiteOptions, variant_specs

    return SuiteOptions(
        variants=variant_specs(plan.backends or [settings.llm.backend], plan.models or []),
        repeat=plan.repeat,
        min_pass=plan.min_pass,
        judge_model=_ollama_model(settings, plan.judge_model, judge=True) if plan.judge else None,
        scenario_variants=plan.variants,
        variant_seed=plan.seed,
        variant_kinds=plan.kinds,
        user_model=_ollama_model(settings, plan.user_model) if plan.user_model else None,
        only=plan.only,
        failed_from=str(plan.failed_from) if plan.failed_from else None,
    )


def _run(settings: Settings, plan: Plan) -> EvalResults:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from assistant.evals.suite import run_suite

    options = _options(settings, plan)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("Preparing the index", total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=label)

        results = run_suite(plan.scenarios, settings, options, progress)
    results.not_run = plan.not_run
    return results


def _ollama_model(settings: Settings, tag: str | None, judge: bool = False) -> ChatModel:
    """An Ollama model for the judge or the simulated user, checked before the run."""
    from assistant.llm.factory import generation_defaults
    from assistant.llm.ollama import OllamaChatModel, probe_ollama

    tag = tag or (settings.ollama.judge_model if judge else None) or settings.ollama.model
    ollama = settings.ollama.model_copy(update={"model": tag})
    probe_ollama(ollama).raise_for_model(tag)
    return OllamaChatModel(ollama, generation_defaults(settings))


def _finish(results: EvalResults, report_dir: Path, baseline: Path | None) -> None:
    from assistant.evals.output import summary_lines, write_outputs

    diff = write_outputs(results, report_dir, baseline)
    for line in summary_lines(results):
        typer.echo(line)
    if diff is not None:
        for line in diff.lines():
            typer.echo(line)
    typer.echo(f"Report: {report_dir / 'report.html'} (results.json, junit.xml beside it)")
