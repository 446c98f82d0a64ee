"""Shared pytest fixtures. Each engineer keeps their fixtures in a separate, labelled block."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator

import pytest
from ollama_server import FakeOllama, Script

# --- Model backends: Ollama test server, closed port, clean environment --------------------------


@pytest.fixture
def ollama_server() -> Iterator[FakeOllama]:
    """A running fake Ollama server; change ``ollama_server.script`` to change its behaviour."""
    server = FakeOllama(Script()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def closed_port_url() -> str:
    """A URL on localhost where nothing listens (connections are refused at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No ASSISTANT_* or OLLAMA_HOST from the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("ASSISTANT_") or name == "OLLAMA_HOST":
            monkeypatch.delenv(name)
    monkeypatch.setenv("ASSISTANT_CONFIG", "")
    return monkeypatch


# --- end of model-backend fixtures ---------------------------------------------------------------


# --- Knowledge: one embedding model per test session, indexes in temporary data dirs ------------

from pathlib import Path as _KPath  # noqa: E402

from assistant.embeddings import Embedder as _KEmbedder  # noqa: E402
from assistant.settings import EmbeddingSettings as _KEmbeddingSettings  # noqa: E402


class CountingEmbedder:
    """Wraps the session's embedder and counts the texts it embeds (``calls``, ``texts``, and
    ``sizes``: the number of texts of each call)."""

    def __init__(self, inner: _KEmbedder) -> None:
        self.inner = inner
        self.calls = 0
        self.texts = 0
        self.sizes: list[int] = []

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    @property
    def similarity_floor(self) -> float:
        return self.inner.similarity_floor

    def _count(self, texts: list[str]) -> None:
        self.calls += 1
        self.texts += len(texts)
        self.sizes.append(len(texts))

    def embed(self, texts: list[str]):  # type: ignore[no-untyped-def]
        self._count(texts)
        return self.inner.embed(texts)

    def embed_queries(self, texts: list[str]):  # type: ignore[no-untyped-def]
        self._count(texts)
        return self.inner.embed_queries(texts)


@pytest.fixture(scope="session")
def embedder() -> _KEmbedder:
    """The default encoder (packaged multilingual-e5-small), loaded once for the test session;
    the shipped corpus and catalogue come with its vectors."""
    model = _KEmbedder(_KEmbeddingSettings())
    model.embed(["warm-up"])
    return model


@pytest.fixture
def counting_embedder(embedder: _KEmbedder) -> CountingEmbedder:
    return CountingEmbedder(embedder)


@pytest.fixture(scope="session")
def corpus_knowledge(embedder: _KEmbedder, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A KnowledgeService over the shipped corpus, indexed once per session in a temp data dir."""
    from assistant.knowledge.service import KnowledgeService
    from assistant.settings import load_settings

    settings = load_settings(data_dir=_KPath(tmp_path_factory.mktemp("corpus-data")))
    service = KnowledgeService(settings, embedder)
    service.index(progress=False)
    return service


# --- end of knowledge fixtures -------------------------------------------------------------------


# --- Session store: a throwaway PostgreSQL server; each behaviour test on SQLite and PostgreSQL ---

from pathlib import Path  # noqa: E402

from pg_cluster import MissingPostgres, PgCluster, postgres_bin_dir  # noqa: E402
from session_backends import PostgresBackend, SqliteBackend, StoreBackend  # noqa: E402


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PgCluster]:
    """A PostgreSQL server for this test run (fails, never skips, when PostgreSQL is missing)."""
    try:
        cluster = PgCluster(postgres_bin_dir())
    except MissingPostgres as exc:
        pytest.fail(str(exc), pytrace=False)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PgCluster) -> str:
    """URL of a fresh, empty database (schema) on the test server."""
    return postgres_cluster.fresh_url()


@pytest.fixture(params=["sqlite", "postgres"])
def session_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreBackend]:
    """A fresh session database of each engine; stores opened on it are closed afterwards."""
    backend: StoreBackend
    if request.param == "sqlite":
        backend = SqliteBackend(tmp_path / "data" / "nested" / "sessions.sqlite3")
    else:
        backend = PostgresBackend(request.getfixturevalue("postgres_url"))
    try:
        yield backend
    finally:
        backend.close()


# --- end of session store fixtures ---------------------------------------------------------------


# --- Method engine: one catalogue, value suggester and conductor per test session ----------------

from assistant.knowledge.catalogue import Catalogue as _MCatalogue  # noqa: E402
from assistant.method.conductor import Conductor as _MConductor  # noqa: E402
from assistant.method.reading.reader import Reader as _MReader  # noqa: E402
from assistant.method.suggestions import ValueSuggester as _MValueSuggester  # noqa: E402
from assistant.method.templates import PromptLibrary as _MPromptLibrary  # noqa: E402
from assistant.paths import PROJECT_ROOT as _MPROJECT_ROOT  # noqa: E402


@pytest.fixture(scope="session")
def method_catalogue() -> _MCatalogue:
    """The corpus value catalogue and option patterns."""
    return _MCatalogue(_MPROJECT_ROOT / "corpus")


@pytest.fixture(scope="session")
def message_reader(method_catalogue: _MCatalogue) -> _MReader:
    """The guided-mode reader on the corpus catalogue (read-only, shared)."""
    return _MReader(method_catalogue)


@pytest.fixture(scope="session")
def value_suggester(
    method_catalogue: _MCatalogue, embedder: _KEmbedder, tmp_path_factory: pytest.TempPathFactory
) -> _MValueSuggester:
    """Catalogue phrase vectors computed once per test session."""
    return _MValueSuggester(method_catalogue, embedder, tmp_path_factory.mktemp("value-cache"))


@pytest.fixture
def reader(message_reader: _MReader) -> _MReader:
    """The shared read-only reader under its short name."""
    return message_reader


@pytest.fixture
def conductor(method_catalogue: _MCatalogue, value_suggester: _MValueSuggester) -> _MConductor:
    """A conductor without retrieval (tests that need passages build their own)."""
    return _MConductor(method_catalogue, value_suggester, _MPromptLibrary(), max_values=6)


# --- end of method engine fixtures ---------------------------------------------------------------


# --- Web UI: one guided-mode app per test session, served on a free port ------------------------

from ui_client import UIServer, guided_services, serving  # noqa: E402


@pytest.fixture(scope="session")
def ui_server(
    embedder: _KEmbedder, corpus_knowledge: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[UIServer]:
    """The UI in guided mode on a fresh data dir, retrieving from the indexed corpus (the
    session's model and index, loaded once)."""
    data_dir = tmp_path_factory.mktemp("ui-data")
    services = guided_services(data_dir, embedder, corpus_knowledge, sessions__max_input_chars=300)
    with serving(services) as server:
        yield server


# --- end of web UI fixtures ----------------------------------------------------------------------


# --- Evals: one data dir per test session, so that the eval cache embeds the corpus once ---------


@pytest.fixture(scope="session")
def eval_data_dir(tmp_path_factory: pytest.TempPathFactory) -> _KPath:
    """Data dir of the eval tests: ``<dir>/eval-cache`` holds the corpus index they share."""
    return tmp_path_factory.mktemp("eval-data")


# --- end of eval fixtures ------------------------------------------------------------------------
