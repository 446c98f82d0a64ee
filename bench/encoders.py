"""One encoder measured in a fresh process (so its peak memory is its own).

``python -m bench.encoders WORK --sample N`` with the encoder chosen by the environment
(``ASSISTANT_EMBEDDINGS__ENCODER``, ``ASSISTANT_EMBEDDINGS__MODEL``) prints one JSON line:

- ``paired``: indexing N generated chunks, ours and the raw encoder in alternating rounds
  (``bench.pipelines.run_paired``; no ahead-computed vectors);
- ``first_index_s``: indexing the shipped corpus in a fresh data dir, as on first use (with the
  shipped vectors where the project ships them for this encoder);
- ``retrieval``: per mode, the labelled queries' scores per group (``bench.quality``); modes
  hybrid, vector and bm25, and bm25 and hybrid without compound splitting; the group ``held-out``
  is the paraphrase set never used for tuning (``bench.quality.HELD_OUT``);
- ``values``: value-suggestion top-3 rate per language on effects written for it;
- ``option_values``: the share of options written for it tied to a value they protect (top 1),
  per language and split (``nl.dev``, ``en.held-out``; ``bench.quality.OPTION_VALUES``);
- ``query_ms`` (encoding one query) and ``search_ms`` (hybrid search, shipped corpus) samples;
- ``peak_rss_mb``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from assistant.privacy import apply_privacy_env
from bench.quality import (
    EFFECTS_HELD_OUT,
    SESSION_OPTION_VALUES,
    Search,
    evaluate_with_held_out,
    load_effects,
    load_option_cases,
    load_queries,
    option_value_top1,
    service_search,
    value_top3,
)


def _paired(work: Path, sample: int) -> dict[str, Any]:
    from bench.corpus import split_corpus, write_corpus
    from bench.pipelines import run_paired

    corpus = work / "sample"
    write_corpus(corpus, sample, sections_per_file=max(1, min(8, sample // 4)))
    split_corpus(corpus, 2)
    return run_paired(corpus, work / "paired", False, 0)


def _without_compounds(service: Any) -> tuple[Search, Search]:
    """Hybrid and BM25-only search over a BM25 index built without compound splitting."""
    from assistant.knowledge.bm25 import BM25Index, Tokenizer
    from assistant.knowledge.retriever import HybridRetriever

    store = service._open_store()
    bm25 = BM25Index.build(store.records(), Tokenizer(), compounds=False)
    retrieval = service.settings.retrieval
    retriever = HybridRetriever(
        store,
        bm25,
        service.embedder,
        retrieval.candidates,
        retrieval.rrf_k,
        service._alias_index(),
        retrieval.alias_weight,
    )

    def search(query: str, documents: str | None, k: int) -> list[str]:
        return [hit.id for hit in retriever.search(query, k, None, documents, "hybrid")]

    def bm25_only(query: str, documents: str | None, k: int) -> list[str]:
        return [bm25.ids[i] for i, _score in bm25.search(query, k, None, documents)]

    return search, bm25_only


def _quality(work: Path) -> dict[str, Any]:
    from assistant.embeddings import Embedder
    from assistant.knowledge.service import KnowledgeService
    from assistant.method.suggestions import ValueSuggester
    from bench.pipelines import bench_settings

    settings = bench_settings(work / "app")
    embedder = Embedder(settings.embeddings)
    start = time.perf_counter()
    embedder.embed_queries(["warm-up"])
    result: dict[str, Any] = {"load_s": time.perf_counter() - start}
    service = KnowledgeService(settings, embedder)
    start = time.perf_counter()
    result["chunks"] = service.index(progress=False).chunks
    result["first_index_s"] = time.perf_counter() - start
    queries = load_queries()
    hybrid_off, bm25_off = _without_compounds(service)
    searches = {mode: service_search(service, mode) for mode in ("hybrid", "vector", "bm25")}
    searches.update({"hybrid-no-compounds": hybrid_off, "bm25-no-compounds": bm25_off})
    result["retrieval"] = {
        mode: {
            group: s.rates() | {"missed": s.missed}
            for group, s in evaluate_with_held_out(f, queries).items()
        }
        for mode, f in searches.items()
    }
    suggester = ValueSuggester(service.catalogue, embedder, work / "value-cache")
    result["values"] = value_top3(suggester, load_effects())
    result["values_held_out"] = value_top3(suggester, load_effects(EFFECTS_HELD_OUT))
    result["option_values"] = option_value_top1(suggester, load_option_cases())
    result["option_values_sessions"] = option_value_top1(
        suggester, load_option_cases(SESSION_OPTION_VALUES)
    )
    result.update(_latency(service, embedder, [q.query for q in queries]))
    return result


def _latency(service: Any, embedder: Any, queries: list[str]) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {"query_ms": [], "search_ms": []}
    for query in queries:
        start = time.perf_counter()
        embedder.embed_queries([query])
        samples["query_ms"].append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        service.search(query, k=5)
        samples["search_ms"].append((time.perf_counter() - start) * 1000)
    return samples


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.encoders")
    parser.add_argument("work", type=Path)
    parser.add_argument("--sample", type=int, default=48, help="generated chunks to index")
    args = parser.parse_args(argv)
    apply_privacy_env()
    result = _quality(args.work)
    result["paired"] = _paired(args.work, args.sample)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
