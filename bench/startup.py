"""Subprocess figures: re-index through the CLI, UI cold start to first HTTP 200, the eval suite.

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
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT

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


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return int(response.status) == 200
    except (urllib.error.URLError, OSError):
        return False


def ui_cold_start(data_dir: Path, timeout: float = 60) -> float | None:
    """Seconds from starting ``ethics-assistant serve`` to the first HTTP 200; None on failure."""
    return serve_timings(data_dir, timeout)["http_s"]


FIRST_MESSAGE = "De gemeente wil slimme camera's in de binnenstad gebruiken die drukte tellen."


def serve_timings(data_dir: Path, timeout: float = 60, turn: bool = False) -> dict[str, Any]:
    """Seconds from starting ``ethics-assistant serve`` to the first HTTP 200 (``http_s``) and,
    with ``turn``, to the reply to a first message sent as a browser would (``turn_s``); None
    for what did not happen within ``timeout`` (``error`` says why)."""
    port = free_port()
    env = _env(ASSISTANT_UI__PORT=str(port), ASSISTANT_LLM__BACKEND="guided")
    found: dict[str, Any] = {"http_s": None, "turn_s": None, "error": ""}
    start = time.perf_counter()
    process = subprocess.Popen(
        [*CLI, "--data-dir", str(data_dir), "serve"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=PROJECT_ROOT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        while time.perf_counter() - start < timeout and process.poll() is None:
            if _answers(url):
                found["http_s"] = time.perf_counter() - start
                break
            time.sleep(0.1)
        if turn and found["http_s"] is not None:
            _first_turn(url, found)
            found["turn_s"] = time.perf_counter() - start if not found["error"] else None
        return found
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _first_turn(url: str, found: dict[str, Any]) -> None:
    """Send the first message through the UI's ``/send`` endpoint (as the UI tests do)."""
    try:
        from gradio_client import Client

        Client(url, verbose=False).predict("nl", FIRST_MESSAGE, api_name="/send")
    except Exception as exc:  # the figure says why it is missing
        found["error"] = f"{type(exc).__name__}: {exc}"[:300]


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
