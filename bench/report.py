"""Figures, and the results.json / results.md the bench writes.

A figure is one row of the table: a value (the median, p95 or a ratio), its spread over the
repeats, the target and whether it is met. ``met`` is ``None`` when a figure has no target or was
not measured; the table then says so.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCHEMA = "ethics-assistant-bench/1"
_OPS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


@dataclass
class Figure:
    id: str
    name: str
    value: float | None
    unit: str
    stat: str = "median"
    spread: str = ""
    repeats: int = 1
    target: str = ""
    met: bool | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def check(self, op: str, bound: float) -> Figure:
        """Set ``target`` to e.g. ``"< 50"`` and ``met`` from the value."""
        self.target = f"{op} {bound:g}"
        self.met = None if self.value is None else _OPS[op](self.value, bound)
        return self


def fmt(value: float | None, digits: int = 3) -> str:
    """A compact number: 3 significant digits, no exponent for everyday sizes."""
    if value is None:
        return "-"
    if value == 0 or abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.{digits}g}"


def spread_range(low: float, high: float) -> str:
    return f"{fmt(low)}-{fmt(high)}"


def figure(
    fid: str,
    name: str,
    summary: dict[str, float] | None,
    unit: str,
    stat: str = "median",
    **kw: Any,
) -> Figure:
    """A figure from ``stats.summarize`` output (``None``: not measured)."""
    if summary is None:
        return Figure(fid, name, None, unit, stat, "", 0, **kw)
    spread = f"min-max {spread_range(summary['min'], summary['max'])}"
    if stat == "p95":
        spread = f"p50 {fmt(summary['median'])}, {spread}"
    return Figure(fid, name, summary[stat], unit, stat, spread, int(summary["n"]), **kw)


def _met(fig: Figure) -> str:
    if fig.value is None:
        return "not measured"
    if fig.met is None:
        return "-" if not fig.target else "not measured"
    return "yes" if fig.met else "**MISSED**"


def markdown(results: dict[str, Any]) -> str:
    env = results["environment"]
    versions = ", ".join(f"{k} {v}" for k, v in env["versions"].items())
    lines = [
        f"# Benchmark results{' (quick run)' if results['quick'] else ''}",
        "",
        f"Machine: {env['cores']} cores, {env['cpu_model']}; {env['platform']}.  ",
        f"Load average at start / end: {_load(env['load_average_start'])} / "
        f"{_load(env.get('load_average_end', []))}.  ",
        f"Pressure stalls (% of the last 5 min) at start / end: "
        f"{_pressure(env.get('pressure_start'))} / {_pressure(env.get('pressure_end'))}.  ",
        f"Versions: {versions}.  ",
        f"Bench duration: {results['duration_s']:.0f} s.",
        "",
        "| Figure | Value | Unit | Statistic | Spread | Repeats | Target | Met | Cores | Note |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for stage, error in results.get("stage_errors", {}).items():
        lines.insert(-2, f"Stage **{stage}** failed: {error}  ")
    for fig in results["figures"]:
        f = Figure(**fig)
        row = [f.name, fmt(f.value), f.unit, f.stat, f.spread or "-", str(f.repeats)]
        row += [f.target or "-", _met(f), str(env["cores"]), f.note or "-"]
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def _pressure(values: dict[str, float] | None) -> str:
    names = {"cpu_some_avg300": "CPU (some)", "io_full_avg300": "I/O (full)"}
    return ", ".join(f"{names.get(k, k)} {v:.1f}" for k, v in (values or {}).items()) or "-"


def _load(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values) or "-"


def write(out: Path, results: dict[str, Any]) -> tuple[Path, Path]:
    """Write ``results.json`` and ``results.md`` under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / "results.json", out / "results.md"
    json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    md_path.write_text(markdown(results), "utf-8")
    return json_path, md_path


def results(
    figures: list[Figure], env: dict[str, Any], quick: bool, seconds: float
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "quick": quick,
        "duration_s": seconds,
        "environment": env,
        "figures": [asdict(f) for f in figures],
    }
