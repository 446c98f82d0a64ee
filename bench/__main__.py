"""``python -m bench [--quick] [--out bench/results]``: measure, then write results.json and .md.

Stages run one after another on this machine (see bench/stages.py for sizes and repeats); the
whole run is meant to finish in under 10 minutes on 2 cores, ``--quick`` in about two.
``--only STAGE`` (repeatable) runs a stage and the stages it needs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.privacy import apply_privacy_env
from bench import report, stages, stats

# What a stage needs from the stages before it (indexes, the prepared app data dir).
NEEDS: dict[str, tuple[str, ...]] = {
    "huge index": ("indexing",),
    "retrieval": ("indexing", "huge index"),
    "startup": ("conversation",),
    "ui": ("conversation",),
}
STAGES = ("encoders", "indexing", "huge index", "retrieval", "conversation", "startup", "ui")


def chosen_stages(only: list[str] | None) -> set[str]:
    """The stages to run: ``only`` (all when empty) and what they need."""
    wanted = set(only or STAGES)
    unknown = wanted - set(STAGES)
    if unknown:
        raise SystemExit(f"unknown stage(s) {sorted(unknown)}; choose from {', '.join(STAGES)}")
    for name in list(wanted):
        wanted |= set(NEEDS.get(name, ()))
    return wanted


def run(
    plan: stages.Plan,
    out: Path,
    quick: bool,
    log: Callable[[str], None],
    embedder: Any = None,
    app_data: Path | None = None,
    only: list[str] | None = None,
) -> dict[str, Any]:
    """Run the stages (all, or ``only`` and what they need) in a temporary folder; returns the
    results (also written under ``out``).

    ``embedder`` (a loaded ``Embedder``) and ``app_data`` (a data dir whose corpus index is built)
    let a caller that has them skip loading the model and indexing the shipped corpus again.
    """
    wanted = chosen_stages(only)
    from assistant.embeddings import Embedder
    from assistant.settings import load_settings

    apply_privacy_env()
    env = stats.environment()
    started = time.perf_counter()
    rows: list[report.Figure] = []
    timings: dict[str, float] = {}
    errors: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="ethics-bench-") as tmp:
        ctx = stages.Context(Path(tmp), app_data)
        embedder = embedder or Embedder(load_settings().embeddings)
        steps: list[tuple[str, Callable[[], list[report.Figure]]]] = [
            ("encoders", lambda: stages.encoders(plan, ctx)),
            ("indexing", lambda: stages.indexing(plan, ctx)),
            ("huge index", lambda: stages.huge_index(plan, ctx)),
            ("retrieval", lambda: stages.retrieval(plan, ctx, embedder)),
            ("conversation", lambda: stages.conversation(plan, ctx, embedder)),
            ("startup", lambda: stages.startup(plan, ctx)),
            ("ui", lambda: stages.ui(plan, ctx)),
        ]
        for name, step in steps:
            if name not in wanted:
                continue
            log(f"bench: {name}...")
            start = time.perf_counter()
            try:
                rows += step()
            except Exception as exc:  # a broken stage must not lose the figures of the others
                errors[name] = f"{type(exc).__name__}: {exc}"[:2000]
                log(f"bench: {name} failed: {errors[name]}")
            timings[name] = round(time.perf_counter() - start, 1)
            log(f"bench: {name} took {timings[name]} s")
            results = _results(rows, env, quick, started, timings, errors)
            report.write(out, results)
    return results


def _results(
    rows: list[report.Figure],
    env: dict[str, Any],
    quick: bool,
    started: float,
    timings: dict[str, float],
    errors: dict[str, str],
) -> dict[str, Any]:
    """The results so far (written after every stage, so a late failure keeps earlier figures)."""
    env["load_average_end"] = list(os.getloadavg())
    env["pressure_end"] = stats.pressure()
    results = report.results(rows, env, quick, time.perf_counter() - started)
    results["stage_seconds"] = dict(timings)
    results["stage_errors"] = dict(errors)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--out", type=Path, default=Path("bench/results"), help="output folder")
    parser.add_argument(
        "--only",
        action="append",
        choices=STAGES,
        help="run this stage (and the stages it needs); repeatable; default: all",
    )
    args = parser.parse_args(argv)
    plan = stages.QUICK if args.quick else stages.Plan()
    log = lambda line: print(line, file=sys.stderr)  # noqa: E731
    results = run(plan, args.out, args.quick, log, only=args.only)
    print(report.markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
