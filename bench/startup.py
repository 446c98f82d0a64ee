"""Subprocess figures: re-index through the CLI, UI cold start to first HTTP 200 (the start-up
page) and to the app's page, the eval suite.

Each runs ``ethics-assistant`` as a user would (a fresh Python process), so imports count.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT
from assistant.ui.startup_page import MARKER

CLI = [sys.executable, "-c", "from assistant.cli.main import app; app()"]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(extra)
    return env


def cli(data_dir: Path, *args: str, timeout: float = 600, **env: str) -> tuple[float, int, str]:
    """``(seconds, exit code, last output line)`` of one ``ethics-assistant`` command."""
    start = time.perf_counter()
    done = subprocess.run(
        [*CLI, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(**env),
        cwd=PROJECT_ROOT,
        check=False,
    )
    lines = (done.stdout.strip() or done.stderr.strip()).splitlines()
    return time.perf_counter() - start, done.returncode, lines[-1] if lines else ""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str, app: bool) -> bool:
    """HTTP 200 from ``url``; with ``app``, from the app itself, not the start-up page."""
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return int(response.status) == 200 and not (app and response.headers.get(MARKER))
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def serving(data_dir: Path, port: int) -> Iterator[tuple[subprocess.Popen[bytes], float]]:
    """``ethics-assistant serve`` (guided) on ``data_dir`` in a fresh process; yields the process
    and when it was started; stops it afterwards."""
    env = _env(ASSISTANT_UI__PORT=str(port), ASSISTANT_LLM__BACKEND="guided")
    started = time.perf_counter()
    process = subprocess.Popen(
        [*CLI, "--data-dir", str(data_dir), "serve"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=PROJECT_ROOT,
    )
    try:
        yield process, started
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def until_http(
    url: str,
    process: subprocess.Popen[bytes],
    started: float,
    timeout: float = 60,
    app: bool = False,
) -> float | None:
    """Seconds from ``started`` to the first HTTP 200 from ``url`` (with ``app``: from the app,
    past the start-up page that answers while it loads); None when it never came."""
    while time.perf_counter() - started < timeout and process.poll() is None:
        if _answers(url, app):
            return time.perf_counter() - started
        time.sleep(0.05)
    return None


def ui_cold_start(data_dir: Path, timeout: float = 60) -> tuple[float | None, float | None]:
    """Seconds from starting ``ethics-assistant serve`` to the first HTTP 200 (the start-up
    page) and to the app's own page; None on failure."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with serving(data_dir, port) as (process, started):
        first = until_http(url, process, started, timeout)
        return first, until_http(url, process, started, timeout, app=True)


def eval_suite(data_dir: Path, report_dir: Path, timeout: float = 600) -> dict[str, Any]:
    """``ethics-assistant eval evals/ --backend guided``: total seconds, exit code, summary.

    Timed as an evaluator's usual run, with the eval cache (``<data_dir>/eval-cache``) built: it
    is seeded from the data dir's own index of the shipped corpus (embedding that index once is
    the first-use figure)."""
    cache = data_dir / "eval-cache"
    for name in ("index", "cache"):
        if (data_dir / name).is_dir() and not (cache / name).exists():
            shutil.copytree(data_dir / name, cache / name)
    seconds, code, last = cli(
        data_dir,
        "eval",
        str(PROJECT_ROOT / "evals"),
        "--backend",
        "guided",
        "--report-dir",
        str(report_dir),
        timeout=timeout,
    )
    return {"seconds": seconds, "exit_code": code, "summary": last}
