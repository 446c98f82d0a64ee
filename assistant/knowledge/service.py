"""The knowledge service: index, search and shared outcomes, for the CLI, the UI and the conductor.

Every command works on a fresh data dir: ``search`` builds the index of the shipped corpus on first
use (``ensure_index``). Thread-safe; one instance per process is shared by all users.
"""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path
from typing import Any

from assistant.domain.session import Session
from assistant.errors import IndexBroken, InputError
from assistant.knowledge.aliases import AliasIndex
from assistant.knowledge.bm25 import BM25Index, Tokenizer, cached_index
from assistant.knowledge.catalogue import Catalogue
from assistant.knowledge.documents import KINDS
from assistant.knowledge.index import EmbedderLike, Indexer, IndexReport
from assistant.knowledge.outcomes import build_outcome, write_outcome
from assistant.knowledge.retriever import MODES, Hit, HybridRetriever
from assistant.knowledge.vectorstore import VectorStore, location, remove_persistent
from assistant.settings import Settings

MAX_QUERY_CHARS = 2000


class KnowledgeService:
    def __init__(self, settings: Settings, embedder: EmbedderLike) -> None:
        self.settings = settings
        self.embedder = embedder
        self._lock = threading.RLock()
        self._store: VectorStore | None = None
        self._bm25: tuple[str, BM25Index] | None = None
        self._aliases: tuple[str, AliasIndex] | None = None
        self._ensured = False
        self.indexer = Indexer(settings, embedder, self._open_store)

    @cached_property
    def catalogue(self) -> Catalogue:
        return Catalogue(self.settings.retrieval.corpus_dirs[0])

    @property
    def outcomes_dir(self) -> Path:
        return self.settings.data_dir / "outcomes"

    def default_paths(self) -> list[Path]:
        """The corpus folders, plus shared outcomes when there are any."""
        paths = list(self.settings.retrieval.corpus_dirs)
        if self.outcomes_dir.is_dir():
            paths.append(self.outcomes_dir)
        return paths

    def _open_store(self) -> VectorStore:
        if self._store is None:
            self._store = VectorStore(self.settings)
        return self._store

    def index(
        self, paths: list[Path] | None = None, rebuild: bool = False, progress: bool = True
    ) -> IndexReport:
        """Index ``paths`` (default: the corpus); ``rebuild`` starts from an empty collection."""
        with self._lock:
            if rebuild and self.settings.vectorstore.mode == "persistent":
                try:
                    self._open_store()
                except IndexBroken:
                    remove_persistent(self.settings)
                    self._store = None
            report = self.indexer.run(paths or self.default_paths(), rebuild, progress)
            self._ensured = True
            if report.changed:
                self._bm25 = self._aliases = None
            return report

    def ensure_index(self, progress: bool = True) -> IndexReport | None:
        """Bring the corpus index up to date once per process (cheap when nothing changed)."""
        with self._lock:
            if self._ensured:
                return None
            return self.index(None, progress=progress)

    def fingerprint(self) -> str:
        """Identity of the collection's content; changes whenever chunks change."""
        manifest = self.indexer.manifest()
        if manifest is None:
            self.index(progress=False)
            manifest = self.indexer.manifest()
        if manifest is None:
            raise IndexBroken(
                f"The knowledge index at {location(self.settings)} has no manifest",
                "run `ethics-assistant index --rebuild`",
            )
        return manifest.fingerprint

    def _bm25_index(self) -> BM25Index:
        fingerprint = self.fingerprint()
        with self._lock:
            if self._bm25 is None or self._bm25[0] != fingerprint:
                store = self._open_store()
                index = cached_index(
                    self.settings.index_dir / "bm25", fingerprint, store.records, self._tokenizer
                )
                self._bm25 = (fingerprint, index)
            return self._bm25[1]

    def _alias_index(self) -> AliasIndex:
        """The aliases in memory, read again when the collection changed."""
        fingerprint = self.fingerprint()
        with self._lock:
            if self._aliases is None or self._aliases[0] != fingerprint:
                parents, vectors, metas = self._open_store().alias_rows()
                kinds = [str(m.get("kind", "")) for m in metas]
                languages = [str(m.get("language", "")) for m in metas]
                index = AliasIndex.build(parents, vectors, kinds, languages)
                self._aliases = (fingerprint, index)
            return self._aliases[1]

    @cached_property
    def _tokenizer(self) -> Tokenizer:
        return Tokenizer()

    def search_ahead(self, query: str) -> None:
        """Start encoding ``query`` for a ``search`` (default mode) that is likely to follow;
        the search then finds its vector ready (the results are the same either way)."""
        query = " ".join((query or "").split())[:MAX_QUERY_CHARS]
        encode_ahead = getattr(self.embedder, "encode_ahead", None)
        if query and encode_ahead is not None:
            encode_ahead(query)

    def search(
        self,
        query: str,
        k: int | None = None,
        kind: str | list[str] | None = None,
        language: str | None = None,
        mode: str = "hybrid",
    ) -> list[Hit]:
        """The best ``k`` chunks for ``query``, optionally only of ``kind`` / ``language``."""
        query = " ".join((query or "").split())[:MAX_QUERY_CHARS]
        if not query:
            raise InputError(
                "The search query is empty",
                'type a question or keywords, e.g. `ethics-assistant search "privacy cameras"`',
            )
        if mode not in MODES:
            raise InputError(f"Unknown search mode {mode!r}", f"use one of {', '.join(MODES)}")
        if language not in (None, "nl", "en"):
            raise InputError(f"Unknown language {language!r}", "use nl or en")
        k = k or self.settings.retrieval.k
        if k < 1:
            raise InputError("k must be at least 1", "pass --k 1 or more")
        kinds = [kind] if isinstance(kind, str) else (list(kind) if kind else None)
        unknown = [name for name in kinds or [] if name not in KINDS]
        if unknown:
            raise InputError(f"Unknown kind {unknown[0]!r}", f"use one of {', '.join(KINDS)}")
        self.ensure_index()
        hybrid = mode == "hybrid" and self.settings.retrieval.alias_weight > 0
        retriever = HybridRetriever(
            self._open_store(),
            self._bm25_index() if mode != "vector" else None,
            self.embedder,
            self.settings.retrieval.candidates,
            self.settings.retrieval.rrf_k,
            self._alias_index() if hybrid else None,
            self.settings.retrieval.alias_weight,
        )
        return retriever.search(query, min(k, 100), kinds, language, mode)

    def status(self) -> dict[str, Any]:
        """For ``doctor``: is the index built, how many chunks, which model; never raises."""
        manifest = self.indexer.manifest()
        info: dict[str, Any] = {
            "location": location(self.settings),
            "mode": self.settings.vectorstore.mode,
            "model": self.embedder.model_id,
            "built": manifest is not None,
            "chunks": manifest.chunk_count if manifest else 0,
            "files": len(manifest.files) if manifest else 0,
            "dimension": manifest.dimension if manifest else None,
            "fingerprint": manifest.fingerprint if manifest else "",
            "error": "",
        }
        try:
            store = self._open_store()
            meta = store.metadata()
            info["built"] = meta is not None and meta.get("model_id") == self.embedder.model_id
            info["chunks"] = store.count() if meta is not None else 0
        except IndexBroken as exc:
            info.update(built=False, error=str(exc))
        return info

    def share_outcome(self, session: Session) -> str:
        """Store the scrubbed outcome of a finished session and index it; returns its chunk id."""
        outcome = build_outcome(session)
        path = write_outcome(self.outcomes_dir, outcome)
        report = self.index([path], progress=False)
        if report.errors:
            raise IndexBroken(
                f"The shared outcome could not be indexed: {report.errors[0]}",
                "run `ethics-assistant index` and try again",
            )
        return outcome.id
