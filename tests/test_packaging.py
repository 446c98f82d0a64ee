"""A non-editable install works: the wheel carries the corpus, the prompts and the eval scenarios,
and ``ethics-assistant chat --backend guided --script`` runs from it in another folder.

The wheel is built from a copy of the source (no build artefacts in the checkout), installed
without dependencies into a folder of its own (the dependencies come from this environment), and
run in a fresh process with that folder first on the path and the working directory elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.paths import PROJECT_ROOT, RESOURCES

SOURCES = ("assistant", *RESOURCES, "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload, no-any-return]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built wheel, installed (no dependencies) into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in SOURCES:
        origin = PROJECT_ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(origin, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    built = _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work), str(source)])
    assert built.returncode == 0, built.stderr
    (wheel,) = work.glob("ethics_assistant-*.whl")
    target = work / "site"
    done = _run([*pip, "install", "--no-deps", "--no-index", "--target", str(target), str(wheel)])
    assert done.returncode == 0, done.stderr
    return target


def _env(target: Path, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.pop("HF_HUB_DISABLE_PROGRESS_BARS", None)
    return env | {"PYTHONPATH": str(target), "ASSISTANT_DATA_DIR": str(data_dir)}


def test_the_wheel_carries_its_resources_and_is_what_runs(installed: Path, tmp_path: Path) -> None:
    code = (
        "import json, assistant, assistant.paths as p; "
        "from assistant.embeddings import Embedder; from assistant.settings import load_settings; "
        "print(json.dumps([assistant.__file__, *(str(p.resource_dir(r)) for r in p.RESOURCES), "
        "str(Embedder(load_settings().embeddings).vector_dir)]))"
    )
    done = _run([sys.executable, "-c", code], cwd=tmp_path, env=_env(installed, tmp_path / "d"))
    assert done.returncode == 0, done.stderr
    module, corpus, prompts, evals, vectors = map(Path, json.loads(done.stdout))
    package = installed / "assistant"
    assert module == package / "__init__.py"
    assert corpus == package / "_resources" / "corpus"
    assert (corpus / "values" / "catalogue.yaml").is_file()
    assert (prompts / "brief" / "nl" / "content.yaml").is_file()
    assert (prompts / "nl" / "system.j2").is_file()
    assert sorted(evals.glob("*.yaml")) and (evals / "schema.json").is_file()
    assert (package / "store" / "migrations" / "001_init.sql").is_file()
    assert (package / "method" / "reading" / "data" / "option_kind_model.npz").is_file()
    assert (package / "method" / "reading" / "data" / "effect_direction_model.npz").is_file()
    assert (package / "method" / "reading" / "data" / "effect_sentence_model.npz").is_file()
    # the shipped vectors are read from the package too, so first use encodes nothing
    assert vectors == corpus / ".vectors" and sorted(vectors.glob("*.npz"))


def test_guided_chat_runs_from_the_wheel_in_another_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    turns = elsewhere / "turns.txt"
    turns.write_text("Camera's met kentekenherkenning langs de N-weg\nvolgende\n", "utf-8")
    data_dir = tmp_path / "data"
    script = installed / "bin" / "ethics-assistant"
    args = [sys.executable, str(script), "chat", "--backend", "guided", "--script", "turns.txt"]
    done = _run([*args, "--json"], cwd=elsewhere, env=_env(installed, data_dir))
    assert done.returncode == 0, done.stderr
    session = json.loads(done.stdout)
    assert session["step"] == "actors" and session["case"]["technology"].startswith("Camera's")
    cited = [c["id"] for turn in session["transcript"] for c in turn["citations"]]
    assert cited, "the reply cites nothing: the shipped corpus was not indexed"
    # the index was built from the installed package's corpus, not from a source tree
    (manifest,) = (data_dir / "index").glob("manifest-*.json")
    files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    packaged = str(installed / "assistant" / "_resources" / "corpus")
    assert len(files) >= 20 and all(path.startswith(packaged) for path in files)
    # a user's terminal: our own progress, no model-loading bars from libraries
    assert "Loading weights" not in done.stderr
