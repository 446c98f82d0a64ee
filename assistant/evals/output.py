"""Write the report files and the console summary lines for a finished run."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import InputError
from assistant.evals.compare import BaselineDiff, diff_baseline
from assistant.evals.figures import group_figures
from assistant.evals.junit import write_junit
from assistant.evals.report_html import write_report
from assistant.evals.results import EvalResults, NotRunFile, load_results
from assistant.evals.tables import figure_lines, variant_lines


def write_outputs(
    results: EvalResults, report_dir: Path, baseline: Path | None = None
) -> BaselineDiff | None:
    """``results.json``, ``junit.xml`` and ``report.html`` in ``report_dir``; the baseline diff."""
    results.figures = group_figures(results)
    diff = diff_baseline(results, load_results(baseline)) if baseline is not None else None
    try:
        report_dir.mkdir(parents=True, exist_ok=True)
        results.write(report_dir / "results.json")
        write_junit(results, report_dir / "junit.xml")
        write_report(results, report_dir / "report.html", diff)
    except OSError as exc:
        raise InputError(
            f"Cannot write the eval report to {report_dir}: {exc}",
            "choose a writable folder with --report-dir",
        ) from exc
    return diff


def summary_lines(results: EvalResults) -> list[str]:
    """Per variant counts, then each scenario that did not pass with its first problem."""
    lines: list[str] = []
    for variant in results.variants():
        c = results.counts(variant)
        lines.append(
            f"{variant}: {c['pass']} pass, {c['fail']} fail, {c['flaky']} flaky, "
            f"{c['error']} error ({sum(c.values())} scenarios)"
        )
    if results.not_run:
        lines.append(f"{len(results.not_run)} file(s) not run, counted as errors (listed below)")
    for result in results.scenarios:
        if result.outcome != "pass":
            lines.append(f"  {result.outcome.upper():5} {result.key}: {result.first_problem()}")
    if any(r.gold is not None for r in results.scenarios) or len(results.figures) > 1:
        lines += figure_lines(results)
    return lines + variant_lines(results) + not_run_lines(results.not_run)


def not_run_lines(not_run: list[NotRunFile], note: str = "counted as errors") -> list[str]:
    """Each path that gave no scenario, its problems and its fix."""
    if not not_run:
        return []
    lines = [f"Not run, {len(not_run)} file(s) with a problem ({note}):"]
    for item in not_run:
        lines.extend(f"  {problem}" for problem in item.problems)
        lines.append(f"    fix: {item.fix}")
    return lines
