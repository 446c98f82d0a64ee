"""The vectors that ship with the corpus: they cover the shipped corpus and value catalogue for
the default encoder, equal fresh encodings, and spare a fresh data dir all encoding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.embeddings import Embedder, Role
from assistant.embeddings.vector_cache import VectorCache, cache_path, text_key, write_cache
from assistant.knowledge.service import KnowledgeService
from assistant.method.suggestions import ValueSuggester
from assistant.services.shipped_vectors import missing_texts, shipped_texts
from assistant.settings import load_settings


class CountingEncoder:
    """Wraps an encoder and counts the texts it is asked to encode."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.texts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def encode(self, texts: list[str], role: Role) -> np.ndarray:
        self.texts += len(texts)
        return self.inner.encode(texts, role)


def test_shipped_vectors_cover_the_corpus_and_the_catalogue(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    embedder = Embedder(settings.embeddings)
    texts = shipped_texts(settings)
    assert {role for role, _ in texts} == {"passage", "query"} and len(texts) > 1000
    missing = [text[:60] for _, text in missing_texts(settings, embedder)]
    assert missing == [], (
        f"{len(missing)} shipped texts lack vectors: run `ethics-assistant vectors --build`"
    )
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "vectors"])
    assert result.exit_code == 0 and "Up to date" in result.output


def test_shipped_vectors_equal_fresh_encodings(embedder: Embedder, tmp_path: Path) -> None:
    texts = shipped_texts(load_settings(data_dir=tmp_path))
    sample = texts[:: len(texts) // 6][:6]
    for role in ("passage", "query"):
        chosen = [text for r, text in sample if r == role]
        shipped = embedder.cache.lookup(chosen, role) if embedder.cache is not None else []
        fresh = embedder.encoder.encode(chosen, role)
        assert all(vector is not None for vector in shipped)
        cosines = np.sum(np.stack(shipped) * fresh, axis=1)  # type: ignore[arg-type]
        assert cosines.min() > 0.999, cosines


def test_a_fresh_data_dir_encodes_nothing_of_the_shipped_corpus(
    embedder: Embedder, tmp_path: Path
) -> None:
    settings = load_settings(data_dir=tmp_path)
    counting = Embedder(settings.embeddings)
    counting.encoder = CountingEncoder(embedder.encoder)
    service = KnowledgeService(settings, counting)
    report = service.index(progress=False)
    assert report.embedded > 300 and not report.errors
    ValueSuggester(service.catalogue, counting, tmp_path / "cache").prepare()
    assert counting.encoder.texts == 0
    assert service.search("Wie nodig je uit voor een sessie?", k=3)
    assert counting.encoder.texts == 1  # the query itself


def test_vector_cache_looks_up_by_model_role_and_text(tmp_path: Path) -> None:
    rows = np.eye(3, dtype=np.float32)
    path = cache_path(tmp_path, "model/one 1.0")
    assert path.name == "model-one-1.0.npz"
    entries = [(text_key("query", "a"), rows[0]), (text_key("passage", "a"), rows[1])]
    assert write_cache(path, "model/one 1.0", entries) == 2
    cache = VectorCache(path, "model/one 1.0")
    query, missing = cache.lookup(["a", "b"], "query")
    assert np.array_equal(query, rows[0]) and missing is None  # type: ignore[arg-type]
    assert np.array_equal(cache.lookup(["a"], "passage")[0], rows[1])  # type: ignore[arg-type]
    assert VectorCache(path, "another model").lookup(["a"], "query") == [None]
    assert VectorCache(tmp_path / "absent.npz", "model/one 1.0").lookup(["a"], "query") == [None]
    (tmp_path / "broken.npz").write_bytes(b"not numpy")
    assert VectorCache(tmp_path / "broken.npz", "m").lookup(["a"], "query") == [None]


def test_embedder_encodes_only_what_the_cache_lacks(embedder: Embedder, tmp_path: Path) -> None:
    known = embedder.encoder.encode(["bekend"], "passage")[0]
    path = cache_path(tmp_path, embedder.model_id)
    write_cache(
        path, embedder.model_id, [(text_key("passage", "bekend"), known * 0 + 1 / 384**0.5)]
    )
    counting = Embedder(embedder.settings, vector_dir=tmp_path)
    counting.encoder = CountingEncoder(embedder.encoder)
    rows = counting.embed(["bekend", "nieuw"])
    assert counting.encoder.texts == 1
    assert np.allclose(rows[0], 1 / 384**0.5, atol=1e-3)  # from the cache (float16)
    assert np.allclose(rows[1], embedder.encoder.encode(["nieuw"], "passage")[0], atol=1e-5)


def test_vectors_command_says_when_the_file_is_out_of_date(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["--data-dir", str(tmp_path), "vectors"],
        env={"ASSISTANT_RETRIEVAL__CHUNK_CHARS": "200"},  # other chunks than the shipped ones
    )
    assert result.exit_code == 1
    assert "ethics-assistant vectors --build" in result.output


def test_building_encodes_only_the_missing_texts(embedder: Embedder, tmp_path: Path) -> None:
    from assistant.paths import SHIPPED_VECTORS_DIR
    from assistant.services.shipped_vectors import build_shipped_vectors

    settings = load_settings(data_dir=tmp_path)
    texts = shipped_texts(settings)
    dropped = {text_key(role, text) for role, text in texts[:3]}
    shipped = np.load(cache_path(SHIPPED_VECTORS_DIR, embedder.model_id))
    kept = [
        (bytes(key), vector)
        for key, vector in zip(shipped["keys"], shipped["vectors"], strict=True)
        if bytes(key) not in dropped
    ]
    write_cache(cache_path(tmp_path, embedder.model_id), embedder.model_id, kept)
    built = build_shipped_vectors(settings, folder=tmp_path)
    assert built.encoded == 3 and built.vectors == len(texts)
    assert missing_texts(settings, Embedder(settings.embeddings, vector_dir=tmp_path)) == []
