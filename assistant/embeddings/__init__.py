"""Embedding adapter: one ``Embedder`` in front of the encoder chosen in the settings.

``embeddings.encoder`` picks the backend in one ``match``: the packaged multilingual-e5-small
(``packaged.py``, the default) or sentence-transformers with any local model
(``sentence_models.py``). Both return L2-normalised float32 rows. ``embed`` is for indexed
passages, ``embed_queries`` for search queries and for short texts compared with each other
(value suggestions, reading messages). Texts whose vectors ship with the project
(``vector_cache.py``) are not encoded again, nor are queries encoded recently (``RECENT_LIMIT``:
one turn's models read the same sentences, the values step the effects read before, each turn of
a step searches with the same query). ``encode_ahead`` starts a query's encoding in the
background (a turn's likely search, while the message is read); ``embed_queries`` takes it up.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from assistant.embeddings.base import Encoder, Role
from assistant.embeddings.sentence_models import resolve_model_path
from assistant.embeddings.vector_cache import VectorCache, cache_path, text_key
from assistant.paths import shipped_vectors_dir
from assistant.privacy import apply_privacy_env
from assistant.settings import EmbeddingSettings

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Embedder", "Encoder", "RecentVectors", "Role", "make_encoder", "resolve_model_path"]

AHEAD_LIMIT = 8  # queries encoded ahead and not yet asked for (older ones are dropped)
#: Query vectors kept per embedder, least recently used dropped first (384 float32 each: 1.5 MiB).
#: The packaged encoder gives a text the same vector alone or in any batch, so a kept vector is
#: the one encoding it again would give.
RECENT_LIMIT = 1024


def make_encoder(settings: EmbeddingSettings) -> Encoder:
    """The encoder the settings name (nothing is loaded yet)."""
    match settings.encoder:
        case "multilingual-e5-small":
            from assistant.embeddings.packaged import PackagedE5

            return PackagedE5()
        case "sentence-transformers":
            from assistant.embeddings.sentence_models import SentenceTransformerEncoder

            return SentenceTransformerEncoder(settings)


def _one_blas_thread() -> None:
    """Keep NumPy's BLAS (OpenBLAS) to one thread for this process.

    Its threads keep spinning for a while after a matrix product (value suggestions do one per
    turn); the encoder's threads then wait on a busy core, and a 15 ms query encoding took
    100 ms on 2 cores (bench: guided turn p95). The products NumPy does here are small; the
    encoders' own thread pools (OpenMP) are left alone.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


class Embedder:
    """The app's encoder: loads on first use, thread-safe, normalised vectors (cosine = dot
    product). ``vector_dir``: where ahead-computed vectors are looked up (``None``: none; by
    default the shipped vectors of this installation)."""

    def __init__(
        self, settings: EmbeddingSettings, vector_dir: Path | Literal["shipped"] | None = "shipped"
    ) -> None:
        self.settings = settings
        self.encoder = make_encoder(settings)
        self.vector_dir = shipped_vectors_dir() if vector_dir == "shipped" else vector_dir
        self._cache: VectorCache | None = None
        self._ready = False
        self._lock = threading.Lock()
        self._ahead_lock = threading.Lock()
        self._ahead: OrderedDict[bytes, Future[np.ndarray]] = OrderedDict()
        self._worker: ThreadPoolExecutor | None = None
        self._recent = RecentVectors(RECENT_LIMIT)

    @property
    def model_id(self) -> str:
        """Identity of the model, stored with the index so a change triggers a re-embed."""
        return self.encoder.model_id

    @property
    def name(self) -> str:
        return self.encoder.name

    @property
    def languages(self) -> str:
        return self.encoder.languages

    @property
    def dimension(self) -> int:
        self._prepare()  # may load the model: the quiet, offline environment first
        return self.encoder.dimension

    @property
    def similarity_floor(self) -> float:
        return self.encoder.similarity_floor

    @property
    def cache(self) -> VectorCache | None:
        if self._cache is None and self.vector_dir is not None:
            self._cache = VectorCache(cache_path(self.vector_dir, self.model_id), self.model_id)
        return self._cache

    def embed(self, texts: list[str]) -> np.ndarray:
        """Vectors of passages: the texts that are indexed and searched."""
        return self._encode(texts, "passage")

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Vectors of queries, and of short texts compared with each other."""
        ahead = self._take_ahead(texts[0]) if len(texts) == 1 else None
        if ahead is not None:
            return ahead.result()  # the same call as below, made earlier in another thread
        return self._encode(texts, "query")

    def encode_ahead(self, text: str) -> None:
        """Start encoding the query ``text`` in the background: the encoder runs outside
        Python's lock, so a turn's search is encoded on one core while its message is read on
        the other. The next ``embed_queries([text])`` takes the vector (once); a text never asked
        for is dropped after ``AHEAD_LIMIT`` newer ones (and not encoded if it was still
        waiting: many users at once)."""
        if text in self._recent:
            return
        key = text_key("query", text)
        with self._ahead_lock:
            if key in self._ahead:
                return
            if self._worker is None:
                self._worker = ThreadPoolExecutor(1, thread_name_prefix="encode-ahead")
            self._ahead[key] = self._worker.submit(self._encode, [text], "query")
            while len(self._ahead) > AHEAD_LIMIT:
                self._ahead.popitem(last=False)[1].cancel()  # not started yet: never will

    def forget_texts(self) -> None:
        """Drop the query vectors kept (``RECENT_LIMIT``): the next texts are encoded again."""
        self._recent.clear()

    def _take_ahead(self, text: str) -> Future[np.ndarray] | None:
        if not self._ahead:
            return None
        with self._ahead_lock:
            return self._ahead.pop(text_key("query", text), None)

    def _encode(self, texts: list[str], role: Role) -> np.ndarray:
        """Rows of ``texts``: shipped vectors first, then queries encoded recently; only the rest
        is encoded, each distinct text once."""
        import numpy as np

        known = self._known(texts, role)
        missing = list(dict.fromkeys(t for t, v in zip(texts, known, strict=True) if v is None))
        if not missing:
            return np.stack(known) if texts else np.zeros((0, self.dimension), np.float32)  # type: ignore[arg-type]
        self._prepare()
        fresh = np.asarray(self.encoder.encode(missing, role), np.float32)
        if role == "query":
            self._recent.keep(missing, fresh)
        if len(missing) == len(texts):
            return fresh
        encoded = dict(zip(missing, fresh, strict=True))
        return np.stack([encoded[t] if v is None else v for t, v in zip(texts, known, strict=True)])

    def _known(self, texts: list[str], role: Role) -> list[np.ndarray | None]:
        """Each text's shipped vector, else (a query) its recent one, else ``None``."""
        known: list[np.ndarray | None] = [None] * len(texts)
        if self.cache is not None:
            known = self.cache.lookup(texts, role)
        if role != "query":
            return known
        return [self._recent.get(t) if v is None else v for t, v in zip(texts, known, strict=True)]

    def _prepare(self) -> None:
        with self._lock:
            if not self._ready:
                apply_privacy_env()
                _one_blas_thread()
                self._ready = True


class RecentVectors:
    """The query vectors of the last ``limit`` texts encoded (thread-safe). Rows are copied in;
    ``get`` hands out the kept row, which the embedder only stacks into a new array."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._rows: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, text: object) -> bool:
        with self._lock:
            return isinstance(text, str) and text_key("query", text) in self._rows

    def __len__(self) -> int:
        with self._lock:
            return len(self._rows)

    def get(self, text: str) -> np.ndarray | None:
        key = text_key("query", text)
        with self._lock:
            row = self._rows.get(key)
            if row is not None:
                self._rows.move_to_end(key)
            return row

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()

    def keep(self, texts: list[str], rows: np.ndarray) -> None:
        with self._lock:
            for text, row in zip(texts, rows, strict=True):
                key = text_key("query", text)
                self._rows[key] = row.copy()
                self._rows.move_to_end(key)
            while len(self._rows) > self.limit:
                self._rows.popitem(last=False)
