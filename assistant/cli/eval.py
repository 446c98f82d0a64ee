"""``ethics-assistant eval``: run scripted scenarios and write results, junit and an HTML report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import fail, state
from assistant.errors import AssistantError
from assistant.paths import resource_dir

if TYPE_CHECKING:
    from assistant.evals.results import EvalResults
    from assistant.evals.scenario import Scenario
    from assistant.llm.base import ChatModel
    from assistant.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


def eval_command(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Scenario files or folders (default: evals/).")
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
) -> None:
    """Run scripted conversations and check them. Exit 0 all pass, 1 any fail, 2 any error."""
    from assistant.evals.loader import ScenarioError, load_scenarios
    from assistant.evals.scenario import scenario_json_schema

    if print_schema:
        typer.echo(json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False))
        return
    targets = paths or [resource_dir("evals")]
    try:
        scenarios = load_scenarios(targets)
    except ScenarioError as exc:
        raise fail(exc.message, exc.fix, code=1 if validate else 2) from None
    if validate:
        typer.echo(f"{len(scenarios)} scenario(s) valid.")
        return
    if min_pass is not None and min_pass > repeat:
        raise fail(f"--min-pass {min_pass} is more than --repeat {repeat}", "lower --min-pass", 2)
    try:
        settings = state(ctx).settings()
        results = _run(
            settings, scenarios, backend, model, repeat, min_pass or repeat, judge, judge_model
        )
        _finish(results, report_dir, baseline)
    except AssistantError as exc:
        raise fail(exc.message, exc.fix, code=2) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    raise typer.Exit(results.exit_code())


def _run(
    settings: Settings,
    scenarios: list[Scenario],
    backends: list[str] | None,
    models: list[str] | None,
    repeat: int,
    min_pass: int,
    judge: bool,
    judge_tag: str | None,
) -> EvalResults:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from assistant.evals.suite import SuiteOptions, run_suite, variant_specs

    options = SuiteOptions(
        variants=variant_specs(backends or [settings.llm.backend], models or []),
        repeat=repeat,
        min_pass=min_pass,
        judge_model=_judge_model(settings, judge_tag) if judge else None,
    )
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("Preparing the index", total=None)

        def progress(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=label)

        return run_suite(scenarios, settings, options, progress)


def _judge_model(settings: Settings, tag: str | None) -> ChatModel:
    from assistant.llm.factory import generation_defaults
    from assistant.llm.ollama import OllamaChatModel, probe_ollama

    tag = tag or settings.ollama.judge_model or settings.ollama.model
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
