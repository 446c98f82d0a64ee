"""Builds the adapters from settings, lazily, once per process.

Adapters (embedder, vector store, session store, chat model) are shared like a connection pool;
state of a conversation lives only in its ``Session``, loaded from the store per request.
"""

from __future__ import annotations

import gc
import threading
from functools import cached_property
from typing import TYPE_CHECKING

from assistant.embeddings import Embedder
from assistant.llm.base import ChatModel
from assistant.privacy import apply_privacy_env
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.knowledge.service import KnowledgeService
    from assistant.llm.factory import BackendChoice
    from assistant.method.suggestions import ValueSuggester
    from assistant.services.chat import ChatService
    from assistant.store.base import SessionStoreProtocol


class Services:
    def __init__(
        self, settings: Settings, chat_model: ChatModel | None = None, backend: str | None = None
    ) -> None:
        apply_privacy_env()
        self.settings = settings
        self._chat_model = chat_model
        self._backend = backend
        self._lock = threading.RLock()

    @cached_property
    def embedder(self) -> Embedder:
        return Embedder(self.settings.embeddings)

    @cached_property
    def knowledge(self) -> KnowledgeService:
        from assistant.knowledge.service import KnowledgeService

        return KnowledgeService(self.settings, self.embedder)

    @cached_property
    def suggester(self) -> ValueSuggester:
        """One value suggester for every conversation (its catalogue vectors are cached under
        ``<data_dir>/cache`` and in memory per process, so they are embedded once)."""
        from assistant.method.suggestions import ValueSuggester

        return ValueSuggester(
            self.knowledge.catalogue, self.embedder, self.settings.data_dir / "cache"
        )

    @cached_property
    def sessions(self) -> SessionStoreProtocol:
        from assistant.store.factory import open_session_store

        return open_session_store(self.settings)

    @cached_property
    def backend(self) -> BackendChoice:
        """The active chat backend and why (a given ``chat_model`` wins: tests, evals)."""
        from assistant.llm.factory import BackendChoice, select_backend

        if self._chat_model is not None:
            model = self._chat_model
            return BackendChoice(model, model.backend, model.backend, "requested", "Given model.")
        return select_backend(self.settings, self._backend)

    def prepare(self, progress: bool = True, freeze: bool = False) -> None:
        """Before the first turn: ``prepare_index``, then ``warm_up``."""
        self.prepare_index(progress)
        self.warm_up(freeze)

    def prepare_index(self, progress: bool = True) -> None:
        """Choose the backend (a probe) and build or update the corpus index (with a progress
        bar on first use)."""
        self.backend  # noqa: B018 - selects (and probes) the backend once
        self.knowledge.ensure_index(progress=progress)

    def warm_up(self, freeze: bool = False) -> None:
        """Load what the first turn would otherwise wait for: one search (the embedding model,
        the BM25 and vector indexes), the value catalogue (its vectors, name patterns and option
        patterns), the conductor with its prompt templates compiled, and the chat model's client.

        ``freeze`` (long-running servers): afterwards, move everything loaded out of the garbage
        collector's reach, so its full collections stop scanning models and modules (100-250 ms
        every few turns on 2 cores).
        """
        self.knowledge.search("warm-up", k=1)
        self.suggester.prepare()
        conductor = self.chat.conductor  # catalogue, prompt templates, retriever
        conductor.catalogue.prepare()
        conductor.prompts.compile_all()
        self.backend.model.prepare()
        if freeze:
            gc.collect()
            gc.freeze()

    @cached_property
    def chat(self) -> ChatService:
        from assistant.services.chat import ChatService

        return ChatService(self)
