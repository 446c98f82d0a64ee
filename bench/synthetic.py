"""Stand-ins that let the bench build large indexes within its time budget.

``SyntheticEmbedder`` gives documents synthetic unit vectors (no encoder time) while ``indexing`` is
set, and embeds queries with the real model afterwards, so query latency includes the real query
encoding. The vectors are clustered like text embeddings: each is one of ``TOPICS`` fixed topic
directions plus noise (cosine about 0.6 within a topic, about 0 across). Uniform random vectors in
384 dimensions are the worst case for an HNSW graph and would make building and searching slower
than any real corpus does.

``MemoTokenizer`` is the project's BM25 tokenizer with a per-word stem cache: the same tokens, built
faster (used only to pre-build the BM25 cache of the large synthetic indexes).
"""

from __future__ import annotations

import threading
import zlib
from typing import Any

import numpy as np

from assistant.knowledge.bm25 import _TOKEN, Tokenizer
from assistant.language.compounds import CompoundSplitter
from assistant.language.verb_forms import VerbForms

TOPICS = 256
NOISE = 0.8  # norm of the noise added to a unit topic direction: cosine 1 / (1 + 0.8**2) = 0.61


class SyntheticEmbedder:
    """Implements the indexer's ``EmbedderLike``: clustered synthetic unit vectors for documents."""

    def __init__(
        self, model_id: str, real: Any | None = None, dimension: int = 384, indexing: bool = True
    ) -> None:
        self._model_id = model_id
        self.real = real
        self._dimension = dimension
        self.indexing = indexing
        self.calls = 0
        topics = np.random.default_rng(0).standard_normal((TOPICS, dimension))
        self._topics = topics / np.linalg.norm(topics, axis=1, keepdims=True)

    @property
    def model_id(self) -> str:
        """The real model's id, so the CLI (real embedder) accepts the index as up to date."""
        return self._model_id

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """The real query vectors once indexing is over (the vector half searches with them)."""
        if not self.indexing and self.real is not None:
            self.calls += 1
            return np.asarray(self.real.embed_queries(texts), dtype=np.float32)
        return self.embed(texts)

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        seed = zlib.crc32("\n".join(texts[:2]).encode()) + len(texts)
        rng = np.random.default_rng(seed)
        noise = rng.standard_normal((len(texts), self._dimension))
        noise *= NOISE / np.linalg.norm(noise, axis=1, keepdims=True)
        vectors = self._topics[rng.integers(0, TOPICS, len(texts))] + noise
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors.astype(np.float32)


def langchain_embeddings(dimension: int = 384) -> Any:
    """The same synthetic vectors behind LangChain's ``Embeddings`` interface (for its pipeline)."""
    from langchain_core.embeddings import Embeddings

    synthetic = SyntheticEmbedder(model_id="synthetic", dimension=dimension)

    class SyntheticEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return synthetic.embed(texts).tolist()  # type: ignore[no-any-return]

        def embed_query(self, text: str) -> list[float]:
            return self.embed_documents([text])[0]

    return SyntheticEmbeddings()


class MemoTokenizer(Tokenizer):
    """Same stems as ``Tokenizer``, each distinct word stemmed once."""

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
        self._memo_lock = threading.Lock()

    def tokens(
        self,
        text: str,
        language: str,
        splitter: CompoundSplitter | None = None,
        forms: VerbForms | None = None,
    ) -> list[str]:
        language = language if language in self._cache else "nl"
        cache = self._cache[language]
        stop = self._stop[language]
        words = _TOKEN.findall(text.lower())
        if splitter is not None and language == "nl":
            words = splitter.expand(words)
        words = [w for w in words if w not in stop]
        missing = [w for w in dict.fromkeys(words) if w not in cache]
        if missing:
            stems = super().tokens(" ".join(missing), language)
            with self._memo_lock:
                cache.update(zip(missing, stems, strict=True))
        stems = [cache[w] for w in words]
        return forms.read(words, stems) if forms is not None and language == "nl" else stems
