"""Stand-ins that let the bench build large indexes within its time budget.

``SyntheticEmbedder`` gives documents random unit vectors (no encoder time) while ``indexing`` is
set, and embeds queries with the real model afterwards, so query latency includes the real query
encoding. ``MemoTokenizer`` is the project's BM25 tokenizer with a per-word stem cache: the same
tokens, built faster (used only to pre-build the BM25 cache of the large synthetic indexes).
"""

from __future__ import annotations

import threading
import zlib
from typing import Any

import numpy as np

from assistant.knowledge.bm25 import _TOKEN, Tokenizer


class SyntheticEmbedder:
    """Implements the indexer's ``EmbedderLike``: random unit vectors for documents."""

    def __init__(
        self, model_id: str, real: Any | None = None, dimension: int = 384, indexing: bool = True
    ) -> None:
        self._model_id = model_id
        self.real = real
        self._dimension = dimension
        self.indexing = indexing
        self.calls = 0

    @property
    def model_id(self) -> str:
        """The real model's id, so the CLI (real embedder) accepts the index as up to date."""
        return self._model_id

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if not self.indexing and self.real is not None:
            return np.asarray(self.real.embed(texts), dtype=np.float32)
        seed = zlib.crc32("\n".join(texts[:2]).encode()) + len(texts)
        vectors = np.random.default_rng(seed).standard_normal((len(texts), self._dimension))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors.astype(np.float32)


class MemoTokenizer(Tokenizer):
    """Same stems as ``Tokenizer``, each distinct word stemmed once."""

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
        self._memo_lock = threading.Lock()

    def tokens(self, text: str, language: str) -> list[str]:
        language = language if language in self._cache else "nl"
        cache = self._cache[language]
        stop = self._stop[language]
        words = [w for w in _TOKEN.findall(text.lower()) if w not in stop]
        missing = [w for w in dict.fromkeys(words) if w not in cache]
        if missing:
            stems = super().tokens(" ".join(missing), language)
            with self._memo_lock:
                cache.update(zip(missing, stems, strict=True))
        return [cache[w] for w in words]
