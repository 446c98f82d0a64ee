"""Chroma adapter: a persistent client under the data dir, or a Chroma server (``chroma run``).

The collection's metadata records the embedding model id, its dimension and the chunking
signature; ``VectorStore.open`` reports a mismatch so the indexer can re-embed everything instead of
mixing vectors of different models. A Chroma folder that cannot be opened raises ``IndexBroken``
with the fix.

A second collection, ``<name>-aliases``, holds the chunks' aliases (other representations of a
chunk, such as an entry's everyday lines): one vector each, with the chunk's id in its ``parent``
metadata. It is created and dropped with the chunks; searches read it into memory
(``knowledge/aliases.py``), so the chunk search itself stays as it was.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.errors import ConfigError, IndexBroken
from assistant.knowledge.documents import MetaValue
from assistant.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

SQLITE_HEADER = b"SQLite format 3\x00"
ALIAS_MARK = "~alias-"
ADD_BATCH = 1000
READ_PAGE = 5000


def alias_id(parent: str, number: int) -> str:
    """The id of a chunk's ``number``-th alias: ``<chunk id>~alias-<number>``."""
    return f"{parent}{ALIAS_MARK}{number}"


def alias_parent(alias: str) -> str:
    return alias.rsplit(ALIAS_MARK, 1)[0]


def rebuild_fix(settings: Settings) -> str:
    return (
        f"run `ethics-assistant index --rebuild` or delete {chroma_dir(settings)} "
        "(it is rebuilt from the corpus)"
    )


def chroma_dir(settings: Settings) -> Path:
    return settings.index_dir / "chroma"


def location(settings: Settings) -> str:
    """Where the collection lives, e.g. ``http://localhost:8000/ethics_knowledge``."""
    vs = settings.vectorstore
    if vs.mode == "http":
        scheme = "https" if vs.ssl else "http"
        return f"{scheme}://{vs.host}:{vs.port}/{vs.collection}"
    return f"{chroma_dir(settings)}/{vs.collection}"


def looks_corrupt(settings: Settings) -> bool:
    """Cheap check of a persistent index: a ``chroma.sqlite3`` that is not SQLite."""
    db = chroma_dir(settings) / "chroma.sqlite3"
    if settings.vectorstore.mode != "persistent" or not db.exists():
        return False
    try:
        with db.open("rb") as handle:
            return handle.read(16) != SQLITE_HEADER
    except OSError:
        return True


def _meta(meta: Mapping[str, Any] | None) -> dict[str, MetaValue]:
    return {k: v for k, v in (meta or {}).items() if isinstance(v, str | int | float | bool)}


@dataclass
class StoreState:
    """What the collection holds, per source file: its content hash and chunk ids."""

    files: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    @property
    def chunk_count(self) -> int:
        return sum(len(ids) for _, ids in self.files.values())


def _client(settings: Settings) -> ClientAPI:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    vs = settings.vectorstore
    if vs.mode == "http":
        try:
            client = chromadb.HttpClient(
                host=vs.host, port=vs.port, ssl=vs.ssl, settings=chroma_settings
            )
            client.heartbeat()
        except Exception as exc:
            raise IndexBroken(
                f"The Chroma server at {location(settings)} is not reachable ({exc})",
                f"start it with `chroma run --path <dir> --port {vs.port}` or set "
                "ASSISTANT_VECTORSTORE__MODE=persistent",
            ) from exc
        return client
    path = chroma_dir(settings)
    if looks_corrupt(settings):
        raise IndexBroken(f"The knowledge index at {path} is corrupt", rebuild_fix(settings))
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:
        raise IndexBroken(
            f"The knowledge index at {path} cannot be opened ({exc})", rebuild_fix(settings)
        ) from exc


def remove_persistent(settings: Settings) -> None:
    """Delete the persistent Chroma folder (``--rebuild`` of a corrupt index)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    shutil.rmtree(chroma_dir(settings), ignore_errors=True)


class VectorStore:
    """One Chroma collection; vectors are passed in (the embedder is ours), cosine distance."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = _client(settings)
        self._collection: Collection | None = None
        self._aliases: Collection | None = None

    @property
    def name(self) -> str:
        return self.settings.vectorstore.collection

    @property
    def alias_name(self) -> str:
        return f"{self.name}-aliases"

    def _wrap(self, exc: Exception, action: str) -> IndexBroken:
        return IndexBroken(
            f"The knowledge index at {location(self.settings)} failed while {action} ({exc})",
            rebuild_fix(self.settings),
        )

    def metadata(self) -> dict[str, Any] | None:
        """The collection's metadata, or ``None`` when there is no collection yet."""
        try:
            names = [getattr(c, "name", c) for c in self.client.list_collections()]
            if self.name not in names:
                return None
            return dict(self.client.get_collection(self.name).metadata or {})
        except Exception as exc:
            raise self._wrap(exc, "reading the collection") from exc

    def create(self, model_id: str, dimension: int, signature: str) -> None:
        """(Re)create the collections for this model; existing vectors are dropped."""
        self.drop()
        meta = {"model_id": model_id, "dimension": dimension, "signature": signature}
        try:
            self._collection = self.client.create_collection(
                self.name,
                metadata=meta,
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,
            )
            self._aliases = self.client.create_collection(
                self.alias_name,
                metadata=meta,
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,
            )
        except ValueError as exc:
            raise ConfigError(
                f"Cannot create collection {self.name!r}: {exc}",
                "set ASSISTANT_VECTORSTORE__COLLECTION to 3-512 letters, digits, . _ or -",
            ) from exc
        except Exception as exc:
            raise self._wrap(exc, "creating the collection") from exc

    def drop(self) -> None:
        self._collection = self._aliases = None
        try:
            if self.metadata() is not None:
                self.client.delete_collection(self.name)
            names = [getattr(c, "name", c) for c in self.client.list_collections()]
            if self.alias_name in names:
                self.client.delete_collection(self.alias_name)
        except IndexBroken:
            raise
        except Exception as exc:
            raise self._wrap(exc, "deleting the collection") from exc

    @property
    def collection(self) -> Collection:
        if self._collection is None:
            try:
                self._collection = self.client.get_collection(self.name, embedding_function=None)
            except Exception as exc:
                raise self._wrap(exc, "opening the collection") from exc
        return self._collection

    @property
    def aliases(self) -> Collection:
        if self._aliases is None:
            try:
                self._aliases = self.client.get_collection(self.alias_name, embedding_function=None)
            except Exception as exc:
                raise self._wrap(exc, "opening the aliases") from exc
        return self._aliases

    def _read_all(self, include: list[str]) -> dict[str, list[Any]]:
        """Every record, read in pages (one unbounded ``get`` can exceed SQLite's variable cap)."""
        out: dict[str, list[Any]] = {"ids": [], "documents": [], "metadatas": []}
        try:
            while True:
                got = self.collection.get(
                    include=include,  # type: ignore[arg-type]
                    limit=READ_PAGE,
                    offset=len(out["ids"]),
                )
                for key in out:
                    out[key].extend(got.get(key) or [])  # type: ignore[arg-type]
                if len(got["ids"]) < READ_PAGE:
                    return out
        except Exception as exc:
            raise self._wrap(exc, "reading the collection") from exc

    def state(self) -> StoreState:
        got = self._read_all(["metadatas"])
        state = StoreState()
        for chunk_id, meta in zip(got["ids"], got["metadatas"], strict=False):
            path = str((meta or {}).get("path", ""))
            file_hash = str((meta or {}).get("file_hash", ""))
            state.files.setdefault(path, (file_hash, []))[1].append(chunk_id)
        return state

    def records(self) -> tuple[list[str], list[str], list[dict[str, MetaValue]]]:
        """All chunk ids, texts and metadata (for BM25)."""
        got = self._read_all(["documents", "metadatas"])
        metas = [_meta(m) for m in got["metadatas"]]
        return list(got["ids"]), list(got["documents"]), metas

    def add(
        self,
        ids: list[str],
        vectors: np.ndarray | list[list[float]],
        texts: list[str],
        metadatas: list[dict[str, MetaValue]],
        aliases: bool = False,
    ) -> None:
        """Add chunks, or with ``aliases`` aliases (their metadata names the chunk: ``parent``)."""
        collection = self.aliases if aliases else self.collection
        try:
            for start in range(0, len(ids), ADD_BATCH):
                end = start + ADD_BATCH
                collection.upsert(
                    ids=ids[start:end],
                    embeddings=vectors[start:end],  # type: ignore[arg-type]
                    documents=texts[start:end],
                    metadatas=metadatas[start:end],  # type: ignore[arg-type]
                )
        except Exception as exc:
            raise self._wrap(exc, "adding chunks") from exc

    def delete(self, ids: list[str]) -> None:
        """Delete chunks and their aliases."""
        try:
            for start in range(0, len(ids), ADD_BATCH):
                batch = ids[start : start + ADD_BATCH]
                self.collection.delete(ids=batch)
                where: dict[str, Any] = {"parent": {"$in": batch}}
                self.aliases.delete(where=where)
        except IndexBroken:
            raise
        except Exception as exc:
            raise self._wrap(exc, "deleting chunks") from exc

    def count(self) -> int:
        try:
            return int(self.collection.count())
        except Exception as exc:
            raise self._wrap(exc, "counting chunks") from exc

    def query(
        self, vector: list[float], n: int, where: dict[str, Any] | None, documents: bool = True
    ) -> list[tuple[str, str, dict[str, MetaValue], float]]:
        """``(id, text, metadata, cosine similarity)``, best first. ``documents=False`` leaves
        text and metadata empty: Chroma then reads no stored rows (5-10x faster per query)."""
        include = ["documents", "metadatas", "distances"] if documents else ["distances"]
        try:
            got = self.collection.query(
                query_embeddings=[vector],  # type: ignore[arg-type]
                n_results=n,
                where=where,
                include=include,  # type: ignore[arg-type]
            )
        except Exception as exc:
            raise self._wrap(exc, "searching") from exc
        ids = got["ids"][0]
        dists = (got["distances"] or [[]])[0]
        texts = (got["documents"] or [[]])[0] if documents else [""] * len(ids)
        metas = (got["metadatas"] or [[]])[0] if documents else [None] * len(ids)
        return [
            (i, t, _meta(m), 1.0 - float(d))
            for i, t, m, d in zip(ids, texts, metas, dists, strict=False)
        ]

    def alias_rows(self) -> tuple[list[str], np.ndarray, list[dict[str, MetaValue]]]:
        """Every alias: its parent chunk id, its vector and its metadata (kind, language)."""
        ids: list[str] = []
        vectors: list[Any] = []
        metas: list[dict[str, MetaValue]] = []
        try:
            while True:
                got = self.aliases.get(
                    include=["embeddings", "metadatas"],
                    limit=READ_PAGE,
                    offset=len(ids),
                )
                ids.extend(got["ids"])
                vectors.extend(got["embeddings"] if got["embeddings"] is not None else [])
                metas.extend(_meta(m) for m in got["metadatas"] or [])
                if len(got["ids"]) < READ_PAGE:
                    break
        except Exception as exc:
            raise self._wrap(exc, "reading the aliases") from exc
        matrix = np.asarray(vectors, dtype=np.float32)
        return (
            [alias_parent(i) for i in ids],
            matrix.reshape(len(ids), -1) if ids else matrix,
            metas,
        )
